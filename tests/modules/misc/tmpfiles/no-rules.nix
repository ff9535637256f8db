# Home Manager's tmpfiles-no-rules: empty settings write no rule file and
# link no unit. HM asserts that user-tmpfiles.d is absent; here the list of
# files the module would add is written out and must be empty.
{ config, lib, ... }:
{
  systemd.user.tmpfiles.settings = { };

  home.file.tmpfiles-files.text = lib.concatLines (
    builtins.filter (n: lib.hasInfix "tmpfiles" n) (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/tmpfiles-files" = ./no-rules-expected-files.txt;
}
