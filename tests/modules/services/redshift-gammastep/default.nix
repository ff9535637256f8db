{
  gammastep-basic-configuration = ./gammastep-basic-configuration.nix;
  gammastep-tray-configuration = ./gammastep-tray-configuration.nix;
  redshift-basic-configuration = ./redshift-basic-configuration.nix;
  redshift-tray-configuration = ./redshift-tray-configuration.nix;
  redshift-geoclue-verbose = ./redshift-geoclue-verbose.nix;
  redshift-no-location = ./redshift-no-location.nix;
  redshift-brightness-renamed = ./redshift-brightness-renamed.nix;
}
