# Home Manager's mime-packages, at evaluation: the chosen packages
# replace the default ones, in home.packages and in the commands.
{ config, lib, ... }:
let
  stub = name: program: {
    type = "derivation";
    inherit name;
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta.mainProgram = program;
  };
in
{
  xdg.mime = {
    enable = true;
    sharedMimeInfoPackage = stub "update-mime-database" "update-mime-database";
    desktopFileUtilsPackage = stub "desktop-file-utils-custom" null;
  };

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;
  home.file.profile-commands.text = config.home.extraProfileCommands;

  test.expected = {
    "home-files/packages" = ./packages-expected-packages.txt;
    "home-files/profile-commands" = ./packages-expected-profile.sh;
  };
}
