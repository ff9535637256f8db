# Mirrors Home Manager's mpv newline-values test: the length prefix
# counts the newline, so a value may span lines.
{
  programs.mpv = {
    enable = true;
    settings.title = "line\nvalue";
    profiles.multiline.profile-desc = "profile\nvalue";
  };

  test.expected."home-files/.config/mpv/mpv.conf" = ./newline-values-expected;
}
