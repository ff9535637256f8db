# Another secrets service on the same bus is refused (the option is
# declared here, as Hearth has no pass-secret-service module yet).
{ lib, ... }:
{
  options.services.pass-secret-service.enable = lib.mkEnableOption "a stand-in";

  config.services = {
    gnome-keyring.enable = true;
    pass-secret-service.enable = true;
  };
}
