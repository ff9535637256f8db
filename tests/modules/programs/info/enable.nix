# Home Manager has no test for programs.info; this pins what its module
# does: the reader installed, info outputs wanted, and the dir file built
# by the profile's post-build commands.
{ config, ... }:
{
  programs.info.enable = true;

  home.file.state.text = builtins.toJSON {
    packages = map (p: p.name) config.home.packages;
    outputs = config.home.extraOutputsToInstall;
  };
  home.file.profile-commands.text = config.home.extraProfileCommands;

  test.expected = {
    "home-files/state" = ./enable-expected.json;
    "home-files/profile-commands" = ./enable-expected-profile.sh;
  };
}
