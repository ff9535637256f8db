# After Home Manager's wofi-basic-configuration test (inputs not verified
# against it): settings as `key=value` lines in name order, and the style
# as written.
{
  programs.wofi = {
    enable = true;
    settings = {
      drun-print_command = true;
      insensitive = true;
      show = "drun";
      xoffset = 50;
      yoffset = 200;
      location = "top-left";
    };
    style = ''
      * {
        font-family: monospace;
      }
      window {
        background-color: #7c818c;
      }
    '';
  };

  test.expected = {
    "home-files/.config/wofi/config" = ./basic-configuration-config;
    "home-files/.config/wofi/style.css" = ./basic-configuration-style.css;
  };
}
