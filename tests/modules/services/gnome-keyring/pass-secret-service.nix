# Another secrets service on the same bus is refused.
{
  services = {
    gnome-keyring.enable = true;
    pass-secret-service.enable = true;
  };
}
