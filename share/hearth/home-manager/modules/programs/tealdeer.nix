# programs.tealdeer: tealdeer's config.toml (under ~/Library/Application
# Support on macOS, $XDG_CONFIG_HOME elsewhere), written only when
# settings are given, and by default a timer refreshing its page cache
# (services.tldr-update).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.tealdeer;

  tomlFormat = pkgs.formats.toml { };

  configDir =
    if pkgs.stdenv.hostPlatform.isDarwin then "Library/Application Support" else config.xdg.configHome;

  # Free-form TOML, with the [updates] keys tealdeer always reads typed
  # and defaulted as tealdeer does.
  settingsType = types.submodule {
    freeformType = tomlFormat.type;
    options.updates = mkOption {
      type = types.submodule {
        freeformType = tomlFormat.type;
        options = {
          auto_update = lib.mkEnableOption "refreshing the cache when tldr runs and it is older than the interval";
          auto_update_interval_hours = mkOption {
            type = types.ints.positive;
            default = 720;
            example = 24;
            description = "Age in hours after which the cache counts as outdated.";
          };
        };
      };
      default = { };
      description = "The [updates] table: when tealdeer refreshes its cache by itself.";
    };
  };
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "programs" "tealdeer" "updateOnActivation" ] ''
      Refreshing the cache needs the network, which activation should not.
      Use programs.tealdeer.settings.updates.auto_update = true, or the
      timer of programs.tealdeer.enableAutoUpdates, instead.'')
  ];

  options.programs.tealdeer = {
    enable = lib.mkEnableOption "tealdeer, a fast tldr client";

    package = lib.mkPackageOption pkgs "tealdeer" { };

    settings = mkOption {
      type = types.nullOr settingsType;
      default = null;
      example = {
        display.compact = true;
        updates.auto_update = true;
      };
      description = ''
        Contents of tealdeer's {file}`config.toml`; see
        <https://tealdeer-rs.github.io/tealdeer/config.html>. Nothing is
        written while this is `null`.
      '';
    };

    enableAutoUpdates = lib.mkEnableOption "a systemd timer that refreshes the page cache" // {
      default = true;
      example = false;
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file."${configDir}/tealdeer/config.toml" = lib.mkIf (cfg.settings != null && cfg.settings != { }) {
      source = tomlFormat.generate "tealdeer-config" cfg.settings;
    };

    services.tldr-update = lib.mkIf cfg.enableAutoUpdates {
      enable = true;
      package = lib.mkDefault cfg.package;
    };
  };
}
