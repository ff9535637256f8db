# Mirrors Home Manager's qutebrowser-url-settings: per-domain settings
# after the extra lines, by domain, then by setting.
{
  programs.qutebrowser = {
    enable = true;
    settings.colors = {
      hints = {
        bg = "#000000";
        fg = "#ffffff";
      };
      tabs.bar.bg = "#000000";
      webpage.darkmode.enabled = true;
    };
    perDomainSettings = {
      "zoom.us".content = {
        autoplay = true;
        media.audio_capture = true;
        media.video_capture = true;
      };
      "web.whatsapp.com".colors.webpage.darkmode.enabled = false;
    };
    extraConfig = ''
      # Extra qutebrowser configuration.
    '';
  };

  test.expected."home-files/.config/qutebrowser/config.py" = ./url-settings-expected.py;
}
