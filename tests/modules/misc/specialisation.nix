# A specialisation is a whole generation of its own, linked from the
# parent's; its definitions merge with the parent's (hence mkForce).
{ config, lib, ... }:
{
  home.file."mode".text = "light\n";
  specialisation.dark.configuration = {
    home.file."mode".text = lib.mkForce "dark\n";
  };
  home.file."dark-mode".text = config.specialisation.dark.configuration.home.file."mode".text;

  test.expected = {
    "home-files/mode" = ./specialisation-expected-light.txt;
    "home-files/dark-mode" = ./specialisation-expected-dark.txt;
  };
}
