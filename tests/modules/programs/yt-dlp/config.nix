# Mirrors Home Manager's yt-dlp-config: a list repeats its option, false
# is the --no- form, and the extra lines end the file with an empty line.
{
  programs.yt-dlp = {
    enable = true;
    settings = {
      embed-thumbnail = true;
      embed-subs = false;
      sub-langs = "all";
      downloader = "aria2c";
      downloader-args = "aria2c:'-c -x8 -s8 -k1M'";
      trim-filenames = 30;
      color = [
        "stdout:no_color"
        "stderr:always"
      ];
    };
    extraConfig = ''
      --config-locations /home/user/.yt-dlp.conf
    '';
  };

  test.expected."home-files/.config/yt-dlp/config" = ./config-expected;
}
