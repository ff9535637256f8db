# Mirrors Home Manager's cava-basic-configuration: sections in name order
# under the header, the file ending in a blank line.
{
  programs.cava = {
    enable = true;
    settings = {
      general.framerate = 30;
      input.source = "alsa";
      smoothing.noise_reduction = 65;
      color = {
        background = "'#000000'";
        foreground = "'#FFFFFF'";
      };
    };
  };

  test.expected."home-files/.config/cava/config" = ./basic-configuration-expected;
}
