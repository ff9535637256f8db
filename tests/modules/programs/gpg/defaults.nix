# Enabled alone: the hardened defaults, an empty scdaemon.conf, GNUPGHOME
# set to the default home, and the home made before linking.
{ config, ... }:
{
  programs.gpg.enable = true;

  home.file.vars.text = config.home.sessionVariables.GNUPGHOME + "\n";

  test.expected = {
    "home-files/.gnupg/gpg.conf" = ./defaults-expected.conf;
    "home-files/.gnupg/scdaemon.conf" = ./empty-expected.conf;
    "home-files/vars" = ./defaults-expected-vars.txt;
    "activation/createGpgHomedir" = ./defaults-expected-activation.sh;
  };
}
