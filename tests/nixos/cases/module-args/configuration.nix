# The arguments every user's modules receive: osConfig, nixosConfig,
# osClass, name, modulesPath, extraSpecialArgs and the extended lib;
# sharedModules apply to every user; minimal reaches the module list.
{ lib, pkgs, ... }:

{
  imports = [ <home-manager/nixos> ];

  networking.hostName = "box";
  users.users.eve.isNormalUser = true;
  users.users.sam = {
    isNormalUser = true;
    description = "Sam";
  };

  home-manager = {
    minimal = true;
    extraSpecialArgs.inputs = {
      flake = "github:example/dotfiles";
    };
    sharedModules = [
      (
        {
          lib,
          name,
          osConfig,
          nixosConfig,
          osClass,
          modulesPath,
          inputs,
          ...
        }:
        {
          options.seen = lib.mkOption { type = lib.types.attrs; };
          config.seen = {
            inherit name osClass inputs;
            host = osConfig.networking.hostName;
            sameConfig = nixosConfig == osConfig;
            gecos = osConfig.users.users.${name}.description;
            modules = builtins.baseNameOf modulesPath;
            hm = lib.hm.stub;
          };
          config.home.packages = [ pkgs.hello ];
        }
      )
    ];
    users.eve.home.stateVersion = "23.11";
    users.sam.home.stateVersion = "23.11";
  };
}
