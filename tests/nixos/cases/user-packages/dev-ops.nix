# A user's configuration given as a path.
{ pkgs, ... }:

{
  home.packages = [ pkgs.hello ];
  home.stateVersion = "24.05";
}
