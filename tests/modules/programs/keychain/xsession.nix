# The X session runs the same keychain line from its startup script
# (xsession.initExtra), as Home Manager's module does.
{ config, ... }:
{
  xsession.enable = true;
  programs.keychain.enable = true;

  home.file.xsession-init.text = config.xsession.initExtra;

  test.expected."home-files/xsession-init" = ./xsession-expected.sh;
}
