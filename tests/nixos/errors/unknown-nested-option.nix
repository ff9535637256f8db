# A misspelt option inside a group the system layer has.
{ pkgs, ... }:
{
  environment.sytemPackages = [ pkgs.hello ];
}
