# The list of Home Manager modules: the core ones, nixpkgs' assertions and
# meta modules, then every module under programs/ and services/ (found by
# readDir, as Home Manager does, so a new program module needs no edit
# here). `minimal` keeps only the core and the shells.
{
  pkgs,
  lib,
  check ? true,
  minimal ? false,
  # false when the caller's pkgs is used as is (NixOS' useGlobalPkgs).
  useNixpkgsModule ? true,
}:

let
  core = [
    ./home-environment.nix
    ./files.nix
    ./generation.nix
    ./systemd.nix
    ./xresources.nix
    ./xsession.nix
    ./wayland.nix
    ./manual.nix
    ./accounts/calendar.nix
    ./accounts/contacts.nix
    ./accounts/email.nix
    ./config/home-cursor.nix
    ./config/i18n.nix
    ./i18n/input-method
    ./misc/dconf.nix
    ./misc/editorconfig.nix
    ./misc/fontconfig.nix
    ./misc/gtk
    ./misc/lib.nix
    ./misc/news.nix
    ./misc/nix.nix
    ./misc/numlock.nix
    ./misc/pam.nix
    ./misc/qt
    ./misc/shell.nix
    ./misc/specialisation.nix
    ./misc/submodule-support.nix
    ./misc/tmpfiles.nix
    ./misc/uninstall.nix
    ./misc/version.nix
    ./misc/vte.nix
    ./misc/xdg.nix
    ./misc/xdg-autostart.nix
    ./misc/xdg-desktop-entries.nix
    ./misc/xdg-mime.nix
    ./misc/xdg-mime-apps.nix
    ./misc/xdg-portal.nix
    ./misc/xdg-system-dirs.nix
    ./misc/xdg-user-dirs.nix
    ../../lib/modules/assertions.nix
    ../../lib/modules/meta.nix
    (if useNixpkgsModule then ./misc/nixpkgs.nix else ./misc/nixpkgs-disabled.nix)
  ];

  # Every `.nix` file and every directory of `dir`, sorted by name.
  discover =
    dir:
    let
      entries = if builtins.pathExists dir then builtins.readDir dir else { };
      wanted = n: t: t == "directory" || lib.hasSuffix ".nix" n;
    in
    map (n: dir + "/${n}") (builtins.attrNames (lib.filterAttrs wanted entries));

  minimalPrograms = [ ./programs/bash.nix ];

  # Not in `minimal`: they configure zsh, which it leaves out.
  targets = [ ./targets/generic-linux.nix ];

  allModules =
    core
    ++ (if minimal then minimalPrograms else targets ++ discover ./programs ++ discover ./services);

  argsModule =
    { config, ... }:
    {
      config = {
        _module.args.baseModules = allModules;
        _module.args.pkgsPath = lib.mkDefault (
          if lib.versionAtLeast config.home.stateVersion "20.09" then pkgs.path else <nixpkgs>
        );
        _module.args.pkgs = lib.mkDefault pkgs;
        _module.check = check;
        lib = lib.hm;
      }
      // lib.optionalAttrs useNixpkgsModule {
        nixpkgs.system = lib.mkDefault pkgs.stdenv.hostPlatform.system;
      };
    };
in
allModules ++ [ argsModule ]
