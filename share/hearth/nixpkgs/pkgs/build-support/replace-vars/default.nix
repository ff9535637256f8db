# replaceVars / replaceVarsWith: substitute @name@ in `src` from an
# attribute set. A replacement that matches nothing fails the build, as
# does any @name@-shaped text left afterwards, except names given as null.
{ lib, stdenvNoCC }:
rec {
  replaceVarsWith =
    {
      src,
      replacements,
      dir ? null,
      isExecutable ? false,
      ...
    }@attrs:
    let
      forbidden = [
        "buildCommand"
        "buildPhase"
        "installPhase"
        "passAsFile"
      ];
      bad = builtins.filter (n: attrs ? ${n}) forbidden;
      baseName =
        let
          b = builtins.unsafeDiscardStringContext (baseNameOf (toString src));
        in
        if builtins.match "[a-z0-9]{32}-.*" b != null then builtins.substring 33 (-1) b else b;
      substituted = lib.filterAttrs (_: v: v != null) replacements;
      exempt = builtins.attrNames (lib.filterAttrs (_: v: v == null) replacements);
      flags = lib.concatLists (
        lib.mapAttrsToList (n: v: [
          "--replace-fail"
          "@${n}@"
          (toString v)
        ]) substituted
      );
    in
    if bad != [ ] then
      throw "replaceVarsWith: the attribute(s) ${lib.concatStringsSep ", " bad} cannot be given; use the `replacements` argument"
    else
      stdenvNoCC.mkDerivation (
        {
          name = baseName;
          doCheck = true;
          dontUnpack = true;
          preferLocalBuild = true;
          allowSubstitutes = false;
          dontConfigure = true;
          dontFixup = true;
          buildPhase = ''
            runHook preBuild
            target=$out
            if [ -n "''${dir:-}" ]; then
              mkdir -p "$out/$dir"
              target="$out/$dir/$name"
            fi
            substitute "$src" "$target" ${lib.escapeShellArgs flags}
            if [ -n "''${isExecutable:-}" ]; then chmod +x "$target"; fi
            runHook postBuild
          '';
          # Anything still shaped like @name@ was probably meant to be
          # replaced; names exempted with null must still occur.
          checkPhase = ''
            runHook preCheck
            rest=$(cat "$target")
            for v in ${lib.escapeShellArgs (map (n: "@${n}@") exempt)}; do
              if [[ "$rest" != *"$v"* ]]; then
                echo "ERROR: pattern $v doesn't match anything in file '$src'" >&2
                exit 1
              fi
              rest=''${rest//"$v"/}
            done
            if left=$(grep -Eo "@[a-zA-Z_][0-9A-Za-z_'-]*@" <<<"$rest"); then
              echo "ERROR: file '$src' contains unsubstituted variables:" >&2
              printf '  %s\n' $left >&2
              exit 1
            fi
            runHook postCheck
          '';
          installPhase = ":";
          isExecutable = if isExecutable then "1" else "";
        }
        // lib.optionalAttrs (dir != null) { inherit dir; }
        // builtins.removeAttrs attrs [
          "replacements"
          "dir"
          "isExecutable"
        ]
      );

  replaceVars = src: replacements: replaceVarsWith { inherit src replacements; };
}
