# Not a Home Manager test: extraConfig comes first, the file can move, and
# activation merges it again only with a display (onChange).
{ lib, config, ... }:
{
  xresources = {
    path = "${config.xdg.configHome}/X11/Xresources";
    extraConfig = ''
      #include ".Xresources.d/colors"
    '';
    properties."Xft.dpi" = 120;
  };

  test.expected = {
    "home-files/.config/X11/Xresources" = ./extra-config-expected.conf;
    "activation/onFilesChange" = ./extra-config-expected-on-change.sh;
  };
}
