# Devices, folders (one shared encrypted, one disabled), global options, a
# free-form section, keys and a GUI password: what the updater script sends
# and the key-copying ExecStartPre.
{ config, ... }:
{
  services.syncthing = {
    enable = true;
    cert = "/run/secrets/syncthing-cert.pem";
    key = "/run/secrets/syncthing-key.pem";
    passwordFile = "/run/secrets/syncthing-gui";
    allProxy = "socks5://127.0.0.1:1080";
    overrideFolders = false;
    settings = {
      options = {
        relaysEnabled = false;
        urAccepted = -1;
      };
      gui.theme = "dark";
      devices.laptop = {
        id = "AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD-EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH";
        addresses = [ "tcp://192.168.1.20:22000" ];
      };
      devices.backup.id = "IIIIIII-JJJJJJJ-KKKKKKK-LLLLLLL-MMMMMMM-NNNNNNN-OOOOOOO-PPPPPPP";
      folders."~/Photos" = {
        id = "photos";
        devices = [
          "laptop"
          {
            name = "backup";
            encryptionPasswordFile = "/run/secrets/photos-backup";
          }
        ];
        versioning = {
          type = "simple";
          params.keep = "5";
        };
      };
      folders."/srv/old" = {
        enable = false;
        devices = [ "laptop" ];
      };
    };
  };

  home.file.syncthing-init-script.text =
    (builtins.head config.systemd.user.services.syncthing-init.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/syncthing.service" = ./settings-expected.service;
    "home-files/syncthing-init-script" = ./settings-expected.sh;
  };
}
