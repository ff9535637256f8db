# startServices = "suggest": the step only reloads and prints commands.
{
  systemd.user.startServices = "suggest";

  test.expected."activation/reloadSystemd" = ./switch-suggest-expected.sh;
}
