# The `home-manager` command as a package: a wrapper running Hearth's
# implementation (`hearth home-manager`), with the Home Manager tree and
# the default configuration path baked in as Home Manager's script does.
{
  lib,
  writeTextFile,
  runtimeShell,
  hearth ? null,
  path ? null,
}:

let
  hearthBin = if hearth == null then "hearth" else "${hearth}/bin/hearth";
in
writeTextFile {
  name = "home-manager";
  executable = true;
  destination = "/bin/home-manager";
  text = ''
    #!${runtimeShell}
    export HEARTH_HOME_MANAGER=${lib.escapeShellArg (toString ../.)}
    ${lib.optionalString (path != null) ''export HOME_MANAGER_PATH="${path}"''}
    exec ${hearthBin} home-manager "$@"
  '';
}
