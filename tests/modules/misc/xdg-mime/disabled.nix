# Home Manager's mime-disabled (which checks that neither updater ran):
# nothing is added to the packages or to the profile's commands.
{ config, lib, ... }:
{
  xdg.mime.enable = false;

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;
  home.file.profile-commands.text = config.home.extraProfileCommands;

  test.expected = {
    "home-files/packages" = ./disabled-expected-packages.txt;
    "home-files/profile-commands" = ./disabled-expected-profile.sh;
  };
}
