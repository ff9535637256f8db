{
  wlsunset-service = ./wlsunset-service.nix;
  wlsunset-sunrise-sunset = ./sunrise-sunset.nix;
  wlsunset-sunrise-sunset-no-duration = ./sunrise-sunset-no-duration.nix;
  wlsunset-sunrise-without-sunset = ./sunrise-without-sunset.nix;
}
