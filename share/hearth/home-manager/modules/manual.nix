# manual.*: which forms of the Home Manager manual to install. Hearth does
# not build the manual yet, so these only record the choice.
{ lib, ... }:

{
  options.manual = {
    html.enable = lib.mkEnableOption "the HTML manual ({command}`home-manager-help`)";
    manpages.enable = lib.mkEnableOption "the home-configuration.nix(5) man page" // {
      default = true;
      example = false;
    };
    json.enable = lib.mkEnableOption "the options as JSON";
  };
}
