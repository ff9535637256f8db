# A failing assertion of a user's Home Manager configuration, and one of
# the system's own.
{
  imports = [ <home-manager/nixos> ];
  users.users.eve.isNormalUser = true;
  users.users.svc = {
    isSystemUser = true;
    group = "svc";
  };
  home-manager.users.eve = {
    home.stateVersion = "23.11";
    assertions = [
      {
        assertion = false;
        message = "eve's configuration is not ready";
      }
    ];
  };
}
