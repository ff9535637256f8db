# With plugins OBS is linked with them and bin/obs wrapped to find them,
# with each plugin's own wrapper arguments.
{ config, pkgs, ... }:
let
  wlrobs = pkgs.runCommand "wlrobs" { passthru.obsWrapperArguments = [ "--set-default" "WLR" "1" ]; } "";
in
{
  programs.obs-studio = {
    enable = true;
    plugins = [ wlrobs ];
  };

  home.file.wrapper.text = config.programs.obs-studio.finalPackage.postBuild;

  test.expected."home-files/wrapper" = ./plugins-expected-wrapper.sh;
}
