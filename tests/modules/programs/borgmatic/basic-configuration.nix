# Home Manager's basic-configuration inputs. Its test reads single values
# back with yq; here the whole file (JSON, which YAML accepts) is compared.
{
  programs.borgmatic = {
    enable = true;
    backups.main = {
      location = {
        sourceDirectories = [ "/my-stuff-to-backup" ];
        repositories = [
          "/mnt/disk1"
          "/mnt/disk2"
        ];
        extraConfig.one_file_system = true;
      };
      storage = {
        encryptionPasscommand = "fetch-the-password.sh";
        extraConfig.checkpoint_interval = 200;
      };
      retention = {
        keepWithin = "14d";
        keepSecondly = 12;
        extraConfig.prefix = "hostname";
      };
      consistency = {
        checks = [
          {
            name = "repository";
            frequency = "2 weeks";
          }
          {
            name = "archives";
            frequency = "4 weeks";
          }
        ];
        extraConfig.prefix = "hostname";
      };
    };
  };

  test.expected."home-files/.config/borgmatic.d/main.yaml" = ./basic-configuration-expected.yaml;
}
