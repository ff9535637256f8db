# A configuration as a user writes it, for entry.nix.
{ pkgs, ... }:
{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.stateVersion = "25.11";
  programs.home-manager.enable = true;
  programs.bash.enable = true;
  nixpkgs.config.allowUnfree = true;
  home.packages = [ pkgs.vte ];
}
