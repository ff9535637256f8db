# Hearth's own case: without settings no config.json is written, so
# asking for it fails.
{
  programs.gallery-dl = {
    enable = true;
    package = null;
  };

  test.expected."home-files/.config/gallery-dl/config.json" = ./gallery-dl-expected.json;
}
