# Home Manager's mime test builds the profile and checks the
# mimeinfo.cache and MIME database the updaters leave in it; nothing is
# built here, so this case (Hearth's own) pins what makes them: the
# packages added to home.packages and the profile's post-build commands.
{ config, lib, ... }:
{
  xdg.mime.enable = true;

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;
  home.file.profile-commands.text = config.home.extraProfileCommands;
  home.file.dirs-builder.text = (builtins.elemAt config.home.packages 1).buildCommand;

  test.expected = {
    "home-files/packages" = ./enabled-expected-packages.txt;
    "home-files/profile-commands" = ./enabled-expected-profile.sh;
    "home-files/dirs-builder" = ./enabled-expected-dirs.sh;
  };
}
