# The uninstall configuration drops every file and package and adds the
# step removing Home Manager's state after the links are gone.
{
  uninstall = true;
  programs.bash.enable = true;

  test.expected = {
    "activation-order" = ./uninstall-expected-order.txt;
    "manifest/files" = ./uninstall-expected-files.json;
  };
}
