# The switch's settings reach the reloadSystemd step on its own line:
# where the units are (under xdg.configHome), a chosen systemctlPath
# (quoted for the shell) and servicesStartTimeoutMs.
{
  xdg.configHome = "/home/hm-user/.cfg";
  systemd.user = {
    systemctlPath = "/opt/system d/bin/systemctl";
    servicesStartTimeoutMs = 1500;
  };

  test.expected."activation/reloadSystemd" = ./switch-settings-expected.sh;
}
