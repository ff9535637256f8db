# Mirrors Home Manager's mpv legacy-config test: `config` is the old name
# of `settings` (the rename warning names this file's path, so only
# mpv.conf is compared).
{
  programs.mpv = {
    enable = true;
    config = {
      force-window = true;
      ytdl-format = "bestvideo+bestaudio";
      cache-secs = 4000000;
    };
  };

  test.expected."home-files/.config/mpv/mpv.conf" = ./legacy-config-expected;
}
