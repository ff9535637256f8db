# `uninstall = true`: a configuration that removes everything Home Manager
# put in place. `home-manager uninstall` switches to it once.
{ config, lib, ... }:

{
  options.uninstall = lib.mkOption {
    type = lib.types.bool;
    default = false;
    description = ''
      Replace the configuration with an empty one, so that the next
      {command}`home-manager switch` removes every file and package Home
      Manager put in place. This is how Home Manager is uninstalled.
    '';
  };

  config = lib.mkIf config.uninstall {
    home.packages = lib.mkForce [ ];
    home.file = lib.mkForce { };
    home.stateVersion = lib.mkForce config.home.version.release;
    manual.manpages.enable = lib.mkForce false;
    news.display = lib.mkForce "silent";

    # Runs after the (now empty) file set is linked, so every old link is
    # already gone. A crash part-way leaves some of the state directories
    # and profile links; running the uninstall again removes the rest.
    home.activation.uninstall = lib.hm.dag.entryAfter [ "installPackages" "linkGeneration" ] ''
      nixProfileRemove home-manager-path

      if [[ -e $hmDataPath ]]; then
        run rm $VERBOSE_ARG -r "$hmDataPath"
      fi

      if [[ -e $hmStatePath ]]; then
        run rm $VERBOSE_ARG -r "$hmStatePath"
      fi

      if [[ -e $genProfilePath ]]; then
        run rm $VERBOSE_ARG "$genProfilePath"*
      fi

      if [[ -e $legacyGenGcPath ]]; then
        run rm $VERBOSE_ARG "$legacyGenGcPath"
      fi
    '';
  };
}
