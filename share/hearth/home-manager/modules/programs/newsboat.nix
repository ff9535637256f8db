# programs.newsboat: the Newsboat feed reader's urls and config files
# (under ~/.newsboat before state version 21.05, $XDG_CONFIG_HOME/newsboat
# from then on), and an optional systemd timer that reloads the feeds.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.newsboat;

  quote = s: ''"${s}"'';

  urlLine =
    u:
    lib.concatStringsSep " " (
      [ u.url ] ++ map quote u.tags ++ lib.optional (u.title != null) (quote "~${u.title}")
    );

  queryLine = name: query: quote "query:${name}:${lib.escape [ ''"'' ] query}";

  # Query feeds came after the plain feeds before state version 20.03.
  urlsText =
    let
      urls = map urlLine cfg.urls;
      queries = lib.mapAttrsToList queryLine cfg.queries;
    in
    lib.concatStringsSep "\n" (
      if lib.versionAtLeast config.home.stateVersion "20.03" then queries ++ urls else urls ++ queries
    )
    + "\n";

  configText = ''
    max-items ${toString cfg.maxItems}
    browser ${cfg.browser}
    reload-threads ${toString cfg.reloadThreads}
    auto-reload ${lib.hm.booleans.yesNo cfg.autoReload}
    ${lib.optionalString (cfg.reloadTime != null) "reload-time ${toString cfg.reloadTime}"}
    prepopulate-query-feeds yes

    ${cfg.extraConfig}
  '';

  files = {
    urls = mkIf (cfg.urls != [ ]) { text = urlsText; };
    config.text = configText;
  };

  unitDoc = {
    Description = "Automatic Newsboat Article Fetcher";
    Documentation = [ "man:newsboat(1)" ];
  };
in
{
  options.programs.newsboat = {
    enable = lib.mkEnableOption "the Newsboat feed reader";

    package = lib.mkPackageOption pkgs "newsboat" { nullable = true; };

    urls = mkOption {
      type = types.listOf (
        types.submodule {
          options = {
            url = mkOption {
              type = types.str;
              example = "https://example.com/feed.xml";
              description = "Address of the feed.";
            };

            tags = mkOption {
              type = types.listOf types.str;
              default = [ ];
              example = [ "news" ];
              description = "Tags to file the feed under.";
            };

            title = mkOption {
              type = types.nullOr types.str;
              default = null;
              description = "Title shown instead of the feed's own.";
            };
          };
        }
      );
      default = [ ];
      description = ''
        The feeds, written to the urls file. Leave empty to keep that file
        out of Home Manager's hands (to sync it some other way, say).
      '';
    };

    maxItems = mkOption {
      type = types.int;
      default = 0;
      description = "How many articles to keep per feed; 0 keeps all.";
    };

    reloadThreads = mkOption {
      type = types.int;
      default = 5;
      description = "How many feeds to fetch in parallel.";
    };

    autoReload = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to reload the feeds periodically while Newsboat runs.";
    };

    reloadTime = mkOption {
      type = types.nullOr types.int;
      default = 60;
      description = "Minutes between automatic reloads.";
    };

    browser = mkOption {
      type = types.str;
      default = "${pkgs.xdg-utils}/bin/xdg-open";
      defaultText = lib.literalExpression ''"''${pkgs.xdg-utils}/bin/xdg-open"'';
      description = "Program that opens articles in a web browser.";
    };

    queries = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        "nix" = ''rssurl =~ "nixos.org"'';
      };
      description = "Query feeds, by title: filter expressions over all articles.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added verbatim at the end of the config file.";
    };

    auto-fetch-articles = {
      enable = lib.mkEnableOption "a systemd timer that reloads the feeds in the background";

      onCalendar = mkOption {
        type = types.str;
        default = "daily";
        example = "hourly";
        description = "When to reload, as a {manpage}`systemd.time(7)` calendar event.";
      };
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.queries != { } -> cfg.urls != [ ];
        message = ''
          Cannot specify queries if urls is empty. Unset queries if you
          want to manage urls imperatively.
        '';
      }
      {
        assertion = cfg.auto-fetch-articles.enable -> cfg.package != null;
        message = ''
          Cannot fetch articles if package is unset.
        '';
      }
    ];

    home.packages = mkIf (cfg.package != null) [ cfg.package ];

    home.file = mkIf (lib.versionOlder config.home.stateVersion "21.05") (
      lib.mapAttrs' (name: lib.nameValuePair ".newsboat/${name}") files
    );

    xdg.configFile = mkIf (lib.versionAtLeast config.home.stateVersion "21.05") (
      lib.mapAttrs' (name: lib.nameValuePair "newsboat/${name}") files
    );

    # The lock keeps two runs (or the timer and an open Newsboat's reload)
    # from writing the cache at once.
    systemd.user.services.newsboat-fetch-articles = mkIf cfg.auto-fetch-articles.enable {
      Unit = unitDoc;
      Service = {
        Type = "oneshot";
        Slice = "background.slice";
        CPUSchedulingPolicy = "idle";
        IOSchedulingClass = "idle";
        RuntimeDirectory = "newsboat";
        ExecStart = "${lib.getExe' pkgs.flock "flock"} %t/newsboat.lock ${lib.getExe' cfg.package "newsboat"} --execute=reload";
      };
    };

    systemd.user.timers.newsboat-fetch-articles = mkIf cfg.auto-fetch-articles.enable {
      Unit = unitDoc // {
        After = [ "network.target" ];
      };
      Timer = {
        Unit = "newsboat-fetch-articles.service";
        OnCalendar = cfg.auto-fetch-articles.onCalendar;
        Persistent = true;
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
