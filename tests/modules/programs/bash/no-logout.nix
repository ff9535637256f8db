# Without logoutExtra there is no .bash_logout entry at all.
{ config, lib, ... }:
{
  programs.bash.enable = true;

  home.file.".bash_logout-present".text = lib.boolToString (config.home.file ? ".bash_logout");
  test.expected."home-files/.bash_logout-present" = ./no-logout-expected.txt;
}
