# services.sxhkd: the simple X hotkey daemon, its sxhkdrc from
# `keybindings` and `extraConfig`, started by the X session script (not a
# service: it must see the session's display) in a transient scope so that
# a new session replaces the old one's.
#
# Checked against Home Manager's module and its sxhkdrc test (the stored
# sxhkd-service test predates the X session start, so that case is Hearth's).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.sxhkd;

  # A null command leaves the hotkey out; it still counts as an (empty)
  # entry between its neighbours, as in Home Manager's sxhkdrc.
  binding =
    hotkey: command:
    lib.optionalString (command != null) ''
      ${hotkey}
        ${command}
    '';

  bindings = lib.concatStringsSep "\n" (lib.mapAttrsToList binding cfg.keybindings);

  command = "${cfg.package}/bin/sxhkd ${toString cfg.extraOptions}";
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "services" "sxhkd" "extraPath" ] ''
      sxhkd now runs with the X session's PATH; the option has no use.
    '')
  ];

  options.services.sxhkd = {
    enable = lib.mkEnableOption "the simple X hotkey daemon";

    package = lib.mkPackageOption pkgs "sxhkd" { };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "-m 1" ];
      description = "Arguments for {command}`sxhkd`, joined with spaces.";
    };

    keybindings = mkOption {
      type = types.attrsOf (
        types.nullOr (
          types.oneOf [
            types.str
            types.path
          ]
        )
      );
      default = { };
      example = lib.literalExpression ''
        {
          "super + Return" = "alacritty";
          "super + {_,shift + }q" = "bspc node -{c,k}";
          "super + F2" = null;
        }
      '';
      description = ''
        Commands by hotkey, in sxhkd's syntax; `null` drops a hotkey that
        another module set.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        super + {_,shift + }{1-9,0}
          bspc {desktop -f,node -d} '^{1-9,10}'
      '';
      description = "Text appended to sxhkdrc, after the keybindings.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.sxhkd" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."sxhkd/sxhkdrc".text = lib.concatStringsSep "\n" [
      bindings
      cfg.extraConfig
    ];

    # The scope keeps sxhkd out of the session script's process group; its
    # output goes to the journal, and an out-of-memory kill of one of the
    # commands it runs does not stop it.
    xsession.initExtra = ''
      systemctl --user stop sxhkd.scope 2> /dev/null || true
      systemd-cat -t sxhkd systemd-run --user --scope --property=OOMPolicy=continue -u sxhkd ${command} &
    '';
  };
}
