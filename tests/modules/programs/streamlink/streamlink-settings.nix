# Home Manager's streamlink-settings test (its Linux path).
{
  imports = [ ./package.nix ];

  programs.streamlink = {
    enable = true;
    settings = {
      player = "mpv";
      player-args = "--cache 2048";
      player-no-close = true;
      http-header = [
        "User-Agent=Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"
        "Accept-Language=en-US"
      ];
    };
  };

  test.expected."home-files/.config/streamlink/config" = ./config;
}
