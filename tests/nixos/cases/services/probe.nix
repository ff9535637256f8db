# The generated job script and the login-shell environment file, by
# content (equal store paths mean equal texts).
{ config, pkgs, ... }:

let
  start = pkgs.writeTextFile {
    name = "unit-script-web-start";
    executable = true;
    destination = "/bin/web-start";
    text = ''
      #!${pkgs.runtimeShell}
      set -e

      exec hello --greeting "$GREETING"

    '';
  };
in
{
  startScript = config.systemd.services.web.serviceConfig.ExecStart == "${start}/bin/web-start %i";
  environmentScript = config.environment.etc."profile.d/hearth-environment.sh".text;
  jobScripts = builtins.length config.systemd.services.web.jobScripts;
}
