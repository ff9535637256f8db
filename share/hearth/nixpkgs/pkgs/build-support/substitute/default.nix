# Derivation forms of the setup script's substitute functions: `substitute`
# applies explicit substitution flags to `src`; `substituteAll` replaces
# every @name@ for which the derivation has an attribute `name`.
{ lib, stdenvNoCC }:
let
  # The file name of a path or store path, without the store hash.
  storeBaseName =
    src:
    let
      b = builtins.unsafeDiscardStringContext (baseNameOf (toString src));
    in
    if builtins.match "[a-z0-9]{32}-.*" b != null then builtins.substring 33 (-1) b else b;
in
{
  substitute =
    args@{
      src,
      substitutions ? [ ],
      replacements ? [ ],
      ...
    }:
    let
      name = args.name or (storeBaseName src);
    in
    stdenvNoCC.mkDerivation (
      builtins.removeAttrs args [ "replacements" ]
      // {
        inherit name;
        substitutions = substitutions ++ replacements;
        preferLocalBuild = true;
        allowSubstitutes = false;
        dontUnpack = true;
        dontConfigure = true;
        dontBuild = true;
        dontFixup = true;
        installPhase = ''
          runHook preInstall
          args=()
          eval "args=($substitutionsEscaped)"
          substitute "$src" "$out" "''${args[@]}"
          if [ -n "''${isExecutable:-}" ]; then chmod +x "$out"; fi
          runHook postInstall
        '';
        substitutionsEscaped = lib.escapeShellArgs (substitutions ++ replacements);
      }
    );

  substituteAll =
    args:
    stdenvNoCC.mkDerivation (
      {
        name = if args ? name then args.name else storeBaseName args.src;
        preferLocalBuild = true;
        allowSubstitutes = false;
        dontUnpack = true;
        dontConfigure = true;
        dontBuild = true;
        dontFixup = true;
        installPhase = ''
          runHook preInstall
          if [ -n "''${dir:-}" ]; then
            target=$out/$dir/$name
            mkdir -p "$out/$dir"
          else
            target=$out
          fi
          substituteAll "$src" "$target"
          if [ -n "''${isExecutable:-}" ]; then chmod +x "$target"; fi
          runHook postInstall
        '';
      }
      // args
    );
}
