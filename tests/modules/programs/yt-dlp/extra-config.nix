# Mirrors Home Manager's yt-dlp-extraConfig: extra lines alone.
{
  programs.yt-dlp = {
    enable = true;
    extraConfig = ''
      --config-locations /home/user/.yt-dlp.conf
    '';
  };

  test.expected."home-files/.config/yt-dlp/config" = ./extra-config-expected;
}
