# makeSetupHook: a package whose nix-support/setup-hook is `script`, with
# @name@ substitutions applied. Putting it in nativeBuildInputs sources the
# hook (and pulls in `propagatedBuildInputs`) in the using build.
{ lib, runCommand }:
{
  name ? lib.warn "calling makeSetupHook without passing a name is deprecated." "hook",
  deps ? [ ],
  propagatedBuildInputs ? [ ],
  depsTargetTargetPropagated ? [ ],
  meta ? { },
  passthru ? { },
  substitutions ? { },
}:
script:
runCommand name
  {
    inherit meta;
    strictDeps = true;
    propagatedBuildInputs = lib.toList deps ++ propagatedBuildInputs;
    passthru = passthru // {
      inherit script substitutions;
    };
  }
  (
    ''
      mkdir -p $out/nix-support
      cp ${script} $out/nix-support/setup-hook
      chmod u+w $out/nix-support/setup-hook
      if [ -n "''${propagatedBuildInputs:-}" ]; then
        printf '%s ' $propagatedBuildInputs > $out/nix-support/propagated-build-inputs
      fi
    ''
    + lib.optionalString (substitutions != { }) ''
      substituteInPlace $out/nix-support/setup-hook ${
        lib.escapeShellArgs (
          lib.concatLists (
            lib.mapAttrsToList (n: v: [
              "--subst-var-by"
              n
              (if lib.isList v then lib.concatMapStringsSep " " toString v else toString v)
            ]) substitutions
          )
        )
      }
    ''
  )
