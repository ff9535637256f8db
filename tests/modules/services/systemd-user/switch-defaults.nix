# Left at their defaults: the systemd package's systemctl (used only when
# present) and no start window.
{
  test.expected."activation/reloadSystemd" = ./switch-defaults-expected.sh;
}
