# services.stalonetray: the stalonetray system tray as a user service that
# the tray target (services/tray.nix) starts, and ~/.config/stalonetrayrc
# from `config` (`name value` lines: quoted values, bare true/false, `none`
# for null) and/or `extraConfig`, as Home Manager writes them.
#
# Checked against Home Manager's module (which has no tests).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.stalonetray;

  render =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if v == null then
      "none"
    else
      ''"${toString v}"'';
in
{
  options.services.stalonetray = {
    enable = lib.mkEnableOption "Stalonetray system tray";

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.stalonetray;
      defaultText = lib.literalExpression "pkgs.stalonetray";
      example = lib.literalExpression "pkgs.stalonetray";
      description = "The stalonetray package.";
    };

    config = lib.mkOption {
      type =
        with lib.types;
        attrsOf (
          nullOr (oneOf [
            str
            bool
            int
          ])
        );
      default = { };
      example = {
        geometry = "3x1-600+0";
        decorations = null;
        icon_size = 30;
        sticky = true;
        background = "#cccccc";
      };
      description = "stalonetray's settings, one `name value` line each in {file}`stalonetrayrc`.";
    };

    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = ''
        geometry 3x1-600+0
        decorations none
      '';
      description = "Lines added to {file}`stalonetrayrc` as they are.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "services.stalonetray" pkgs lib.platforms.linux) ];

        home.packages = [ cfg.package ];

        # The tray host needs the tray target it belongs to.
        services.tray.appletsEnabled = true;

        systemd.user.services.stalonetray = {
          Unit = {
            Description = "Stalonetray system tray";
            PartOf = [ "tray.target" ];
          };
          Service = {
            ExecStart = "${cfg.package}/bin/stalonetray";
            Restart = "on-failure";
          };
          Install.WantedBy = [ "tray.target" ];
        };
      }

      (lib.mkIf (cfg.config != { }) {
        xdg.configFile."stalonetrayrc".text = lib.concatStrings (
          lib.mapAttrsToList (name: v: "${name} ${render v}\n") cfg.config
        );
      })

      (lib.mkIf (cfg.extraConfig != "") { xdg.configFile."stalonetrayrc".text = cfg.extraConfig; })
    ]
  );
}
