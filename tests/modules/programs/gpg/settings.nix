# Overridden and added settings (strings, flags, repeated options), a
# moved home, scdaemon settings and keys imported on activation.
{ config, pkgs, ... }:
{
  programs.gpg = {
    enable = true;
    homedir = "${config.xdg.dataHome}/keys/gnupg";
    settings = {
      default-key = "0x5C2E8A1F90B4D377";
      auto-key-locate = [
        "local"
        "wkd"
      ];
      no-comments = false;
      throw-keyids = true;
      keyid-format = "long";
    };
    scdaemonSettings = {
      pcsc-shared = true;
      card-timeout = "5";
      disable-ccid = false;
    };
    publicKeys = [
      {
        text = "-----BEGIN PGP PUBLIC KEY BLOCK-----\nplaceholder\n";
        trust = "marginal";
      }
      { source = ./settings.nix; }
    ];
  };

  home.file.vars.text = config.home.sessionVariables.GNUPGHOME + "\n";

  test.expected = {
    "home-files/.local/share/keys/gnupg/gpg.conf" = ./settings-expected.conf;
    "home-files/.local/share/keys/gnupg/scdaemon.conf" = ./settings-expected-scdaemon.conf;
    "home-files/vars" = ./settings-expected-vars.txt;
    "activation/importGpgKeys" = ./settings-expected-import.sh;
  };
}
