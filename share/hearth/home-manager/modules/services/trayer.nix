# services.trayer: the trayer system tray as a user service that the tray
# target (services/tray.nix) starts, its settings given as `--name value`
# arguments in name order, as Home Manager's module does.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.trayer;

  render = v: if builtins.isBool v then lib.boolToString v else toString v;

  arguments = lib.concatStringsSep " " (lib.mapAttrsToList (name: v: "--${name} ${render v}") cfg.settings);
in
{
  options.services.trayer = {
    enable = lib.mkEnableOption "trayer, the lightweight GTK2+ systray for UNIX desktops";

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.trayer;
      defaultText = lib.literalExpression "pkgs.trayer";
      example = lib.literalExpression "pkgs.trayer";
      description = "The trayer package.";
    };

    settings = lib.mkOption {
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
      example = lib.literalExpression ''
        {
          edge = "top";
          padding = 6;
          SetDockType = true;
          tint = "0x282c34";
        }
      '';
      description = ''
        trayer's command-line options without their dashes, such as
        `edge` (left, right, top, bottom, none), `align`, `widthtype`,
        `width`, `height`, `SetDockType`, `SetPartialStrut`, `transparent`,
        `alpha`, `tint`, `expand`, `padding`, `monitor` (a number or
        `primary`) and `iconspacing`; see
        <https://github.com/sargon/trayer-srg>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.trayer" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    # The tray host needs the tray target it belongs to.
    services.tray.appletsEnabled = true;

    systemd.user.services.trayer = {
      Unit = {
        Description = "trayer -- lightweight GTK2+ systray for UNIX desktops";
        PartOf = [ "tray.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/trayer ${arguments}";
        Restart = "on-failure";
      };
      Install.WantedBy = [ "tray.target" ];
    };
  };
}
