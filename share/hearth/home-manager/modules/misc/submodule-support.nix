# Flags set when Home Manager runs inside a NixOS or nix-darwin module,
# and the OS arguments that are null when it runs on its own.
{ lib, ... }:

{
  options.submoduleSupport = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
      internal = true;
      description = "Set by the NixOS and nix-darwin integrations, which evaluate each user's configuration inside the system's.";
    };

    externalPackageInstall = lib.mkOption {
      type = lib.types.bool;
      default = false;
      internal = true;
      description = ''
        Whether the packages of {option}`home.packages` are installed by the
        operating system (`users.users.<name>.packages`) rather than into the
        user's profile.
      '';
    };
  };

  config._module.args = {
    osConfig = lib.mkDefault null;
    nixosConfig = lib.mkDefault null;
    darwinConfig = lib.mkDefault null;
  };
}
