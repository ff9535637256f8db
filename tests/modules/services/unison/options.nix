# Options added to and replacing the defaults, a repeated option, an `=`
# inside a value, and a state directory of the pair's own.
{
  imports = [ ./package.nix ];

  services.unison = {
    enable = true;
    pairs.music = {
      roots = [
        "/home/hm-user/music"
        "ssh://nas//srv/music files"
      ];
      stateDirectory = "/home/hm-user/.unison-music";
      commandOptions = {
        repeat = "30";
        ignore = [
          "Name *.tmp"
          "Path cache"
        ];
        sshargs = "-o Compression=yes";
      };
    };
  };

  test.expected."home-files/.config/systemd/user/unison-pair-music.service" = ./options.service;
}
