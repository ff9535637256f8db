# The defaults of nixpkgs' `config` options that this set reads. User values
# win; unknown names pass through untouched (nixpkgs checks them with the
# module system, we do not).
{ lib }:
userConfig:
{
  allowUnfree = false;
  allowBroken = false;
  allowUnsupportedSystem = false;
  allowAliases = true;
  allowlistedLicenses = [ ];
  blocklistedLicenses = [ ];
  permittedInsecurePackages = [ ];
  checkMeta = false;
  doCheckByDefault = false;
  strictDepsByDefault = false;
  allowVariants = true;
}
// userConfig
