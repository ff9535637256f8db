# Home Manager's cava-basic-configuration test: sections in name order
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
        foreground = "'#ffffff'";
      };
    };
  };

  test.expected."home-files/.config/cava/config" = ./cava-basic-configuration-expected.ini;
}
