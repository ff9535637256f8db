# useUserPackages and the activation settings every user's unit carries:
# backups, verbosity and the legacy profile driver; a user name that needs
# escaping, with a fixed uid.
{ pkgs, ... }:

{
  imports = [ <home-manager/nixos> ];

  users.users.eve.isNormalUser = true;
  users.users.dev-ops = {
    isNormalUser = true;
    uid = 1500;
    home = "/srv/dev-ops";
  };

  home-manager = {
    useUserPackages = true;
    backupFileExtension = "backup";
    backupCommand = "mv -v";
    overwriteBackup = true;
    verbose = true;
    enableLegacyProfileManagement = true;

    users.eve = {
      home.packages = [ pkgs.atool pkgs.httpie ];
      home.stateVersion = "23.11";
    };
    users.dev-ops = ./dev-ops.nix;
  };
}
