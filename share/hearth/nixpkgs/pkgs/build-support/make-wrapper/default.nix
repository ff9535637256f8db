# makeWrapper as a setup hook: in nativeBuildInputs it gives the build the
# makeWrapper and wrapProgram shell functions (./make-wrapper.sh).
{ makeSetupHook, runtimeShell }:
makeSetupHook {
  name = "make-shell-wrapper-hook";
  substitutions.shell = runtimeShell;
} ./make-wrapper.sh
