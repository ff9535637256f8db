# programs.beets: ~/.config/beets/config.yaml, and the mpd plugins: with
# mpdIntegration the mpd connection and the plugin names join the
# settings, and mpdstats gets a user service of its own.
#
# Checked against Home Manager's tests (mpdstats, mpdstats-external,
# mpdupdate, the state-version defaults); its current module was not in the
# index, so the mpdIntegration options follow what those tests use.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.beets;
  mpd = cfg.mpdIntegration;

  yamlFormat = pkgs.formats.yaml { };
in
{
  options.programs.beets = {
    enable = mkOption {
      type = types.bool;
      default =
        if lib.versionAtLeast config.home.stateVersion "19.03" then false else cfg.settings != { };
      defaultText = lib.literalMD "`false` from state version 19.03 on, before it whether settings are given";
      example = true;
      description = "Whether to enable beets, a music library manager.";
    };

    package = lib.mkPackageOption pkgs "beets" { };

    settings = mkOption {
      type = yamlFormat.type;
      default = { };
      example = {
        directory = "~/music";
        plugins = [ "fetchart" ];
      };
      description = "Settings for {file}`$XDG_CONFIG_HOME/beets/config.yaml`.";
    };

    mpdIntegration = {
      enableStats = lib.mkEnableOption "the mpdstats plugin, with a user service running it";

      enableUpdate = lib.mkEnableOption "the mpdupdate plugin";

      host = mkOption {
        type = types.str;
        default = "localhost";
        description = "Host of the mpd the plugins talk to.";
      };

      port = mkOption {
        type = types.port;
        default = config.services.mpd.network.port;
        defaultText = lib.literalExpression "config.services.mpd.network.port";
        description = "Port of the mpd the plugins talk to.";
      };
    };
  };

  config = lib.mkMerge [
    (mkIf cfg.enable {
      home.packages = [ cfg.package ];

      xdg.configFile."beets/config.yaml".source = yamlFormat.generate "beets-config" cfg.settings;
    })

    (mkIf (mpd.enableStats || mpd.enableUpdate) {
      programs.beets.settings.mpd = { inherit (mpd) host port; };
    })

    (mkIf mpd.enableStats { programs.beets.settings.plugins = [ "mpdstats" ]; })

    (mkIf mpd.enableUpdate { programs.beets.settings.plugins = [ "mpdupdate" ]; })

    (mkIf (cfg.enable && mpd.enableStats) {
      systemd.user.services.beets-mpdstats =
        let
          needsMpd = lib.optional config.services.mpd.enable "mpd.service";
        in
        {
          Unit = {
            Description = "Beets MPDStats daemon";
            After = needsMpd;
            Requires = needsMpd;
          };
          Service.ExecStart = "${cfg.package}/bin/beet mpdstats";
          Install.WantedBy = [ "default.target" ];
        };
    })
  ];
}
