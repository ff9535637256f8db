# xdg.portal: installs xdg-desktop-portal with the chosen portal backends
# and configuration packages, points the portal service at the profile's
# portal definitions (NIX_XDG_DESKTOP_PORTAL_DIR, for the session and for
# systemd user units), and writes ~/.config/xdg-desktop-portal/
# <desktop>-portals.conf (portals.conf for `common`) from xdg.portal.config.
{
  config,
  osConfig,
  pkgs,
  lib,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.xdg.portal;

  # An interface maps to one backend or a list tried in order; the file
  # wants them joined by semicolons.
  backends = types.attrsOf (
    types.coercedTo (types.either (types.listOf types.str) types.str) (
      x: lib.concatStringsSep ";" (lib.toList x)
    ) types.str
  );

  portalsDir = "${config.home.profileDirectory}/share/xdg-desktop-portal/portals";

  confName = desktop: "${lib.optionalString (desktop != "common") "${desktop}-"}portals.conf";
in
{
  meta.maintainers = [ ];

  options.xdg.portal = {
    enable = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = ''
        Whether to set up xdg-desktop-portal, through which sandboxed and
        other programs open files, take screenshots and so on. With Home
        Manager's NixOS module and `home-manager.useUserPackages`, the
        system needs `environment.pathsToLink = [ "/share/xdg-desktop-portal"
        "/share/applications" ];` for the definitions to be found.
      '';
    };

    package = lib.mkPackageOption pkgs "xdg-desktop-portal" { };

    extraPortals = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = ''
        Portal backends to install, such as xdg-desktop-portal-gtk. Their
        definitions are found through `NIX_XDG_DESKTOP_PORTAL_DIR`, the
        profile's share/xdg-desktop-portal/portals. At least one is needed.
      '';
    };

    xdgOpenUsePortal = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to set `NIXOS_XDG_OPEN_USE_PORTAL=1`, so that xdg-open asks
        the portal to open things instead of starting programs itself
        (which goes wrong from inside FHS environments or wrappers).
      '';
    };

    config = mkOption {
      type = types.attrsOf backends;
      default = { };
      example = {
        x-cinnamon.default = [
          "xapp"
          "gtk"
        ];
        pantheon = {
          default = [
            "pantheon"
            "gtk"
          ];
          "org.freedesktop.impl.portal.Secret" = [ "gnome-keyring" ];
        };
        common.default = [ "gtk" ];
      };
      description = ''
        Which backend serves each portal interface, per desktop (see
        {manpage}`portals.conf(5)`). `xdg.portal.config.<desktop>` is written
        to {file}`$XDG_CONFIG_HOME/xdg-desktop-portal/<desktop>-portals.conf`,
        `common` to {file}`portals.conf`.
      '';
    };

    configPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.gnome-session ]";
      description = ''
        Packages whose share/xdg-desktop-portal/<desktop>-portals.conf
        choose backends; {option}`xdg.portal.config` takes precedence.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "xdg.portal" pkgs lib.platforms.linux)
      {
        assertion = cfg.extraPortals != [ ];
        message = "Setting xdg.portal.enable to true requires a portal implementation in xdg.portal.extraPortals such as xdg-desktop-portal-gtk or xdg-desktop-portal-kde.";
      }
      {
        assertion =
          let
            onNixos = pkgs.stdenv.hostPlatform.isLinux && config.submoduleSupport.enable;
            linked = path: lib.elem path osConfig.environment.pathsToLink;
          in
          onNixos && osConfig.home-manager.useUserPackages
          -> linked "/share/applications" && linked "/share/xdg-desktop-portal";
        message = ''
          xdg.portal: since you installed Home Manager via its NixOS module and
          'home-manager.useUserPackages' is enabled, you need to add

          environment.pathsToLink = [ `/share/applications` `/share/xdg-desktop-portal` ];

          to your NixOS configuration so that the portal definitions and DE
          provided configurations get linked.
        '';
      }
    ];

    warnings = lib.optional (cfg.configPackages == [ ] && cfg.config == { }) ''
      xdg-desktop-portal 1.17 reworked how portal implementations are loaded, you
      should either set `xdg.portal.config` or `xdg.portal.configPackages`
      to specify which portal backend to use for the requested interface.

      https://github.com/flatpak/xdg-desktop-portal/blob/1.18.1/doc/portals.conf.rst.in

      If you simply want to keep the behaviour in < 1.17, which uses the first
      portal implementation found in lexicographical order, use the following:

      xdg.portal.config.common.default = "*";
    '';

    home.packages = [ cfg.package ] ++ cfg.extraPortals ++ cfg.configPackages;
    home.sessionVariables = lib.mkMerge [
      (mkIf cfg.xdgOpenUsePortal { NIXOS_XDG_OPEN_USE_PORTAL = "1"; })
      { NIX_XDG_DESKTOP_PORTAL_DIR = portalsDir; }
    ];
    systemd.user.sessionVariables.NIX_XDG_DESKTOP_PORTAL_DIR = portalsDir;

    xdg.configFile = lib.concatMapAttrs (
      desktop: backendsOf:
      lib.optionalAttrs (backendsOf != { }) {
        "xdg-desktop-portal/${confName desktop}".text = lib.generators.toINI { } {
          preferred = backendsOf;
        };
      }
    ) cfg.config;
  };
}
