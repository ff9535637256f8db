# Checks the entry point the `home-manager` command evaluates
# (home-manager/home-manager.nix): the whole path from a configuration file
# to the generation's derivation, with Nixpkgs re-imported through
# `pkgs.path` as standalone Home Manager does. Evaluates to the list of
# failed checks.
let
  hm = ../../share/hearth/home-manager/home-manager/home-manager.nix;
  pkgs = import ./stubs.nix { };

  plain = import hm {
    inherit pkgs;
    confPath = ./entry/home.nix;
  };
  selected = import hm {
    inherit pkgs;
    confPath = ./entry/attrs.nix;
    confAttr = "work";
  };

  checks = {
    "username" = plain.config.home.username == "alice";
    "generation name" = plain.activationPackage.name == "home-manager-generation";
    # Forces the whole derivation graph: link farm, manifest, home-path.
    "generation drvPath" = builtins.isString plain.activationPackage.drvPath;
    "nixpkgs re-imported with nixpkgs.config" = plain.pkgs.config == { allowUnfree = true; };
    "home-manager command installed" = builtins.any (p: p.name == "home-manager") plain.config.home.packages;
    "manifest version" = plain.config.home.activationManifest.version == 1;
    "profile directory" = plain.config.home.activationManifest.profileDirectory == "/home/alice/.nix-profile";
    "confAttr" = selected.config.home.username == "alice";
    "news" = plain.newsDisplay == "notify" && plain.newsEntries == [ ];
  };
in
builtins.filter (name: !checks.${name}) (builtins.attrNames checks)
