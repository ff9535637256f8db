# Mirrors Home Manager's aria2-settings (less the extraConfig it has
# since removed): sorted key=value lines, a float printed as Nix prints it.
{
  programs.aria2 = {
    enable = true;
    settings = {
      listen-port = 60000;
      dht-listen-port = 60000;
      seed-ratio = 1.0;
      max-upload-limit = "50K";
      ftp-pasv = true;
    };
  };

  test.expected."home-files/.config/aria2/aria2.conf" = ./settings-expected.conf;
}
