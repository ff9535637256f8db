# After Home Manager's swaylock settings test (inputs not verified against
# it; the rendering rules are its module's): values as `name=value`,
# true as a bare flag, false left out; an image path taken to the store.
{
  programs.swaylock = {
    enable = true;
    settings = {
      color = "808080";
      font-size = 24;
      indicator-idle-visible = false;
      indicator-radius = 100;
      line-color = "ffffff";
      show-failed-attempts = true;
      image = ./settings.nix;
      ring-clear-color = "00000000";
      scaling = "fill";
    };
  };

  test.expected."home-files/.config/swaylock/config" = ./settings-expected.conf;
}
