# News: entries shown by `home-manager news` and announced after a switch.
# Hearth ships no entries yet; modules may add them.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;
  cfg = config.news;

  entryModule = types.submodule (
    { config, ... }:
    {
      options = {
        id = mkOption {
          type = types.str;
          internal = true;
          description = "A unique entry identifier; by default the hash of the message.";
        };
        time = mkOption {
          type = types.str;
          internal = true;
          description = "Time of this entry, in `date -d` format (e.g. 2026-01-31T12:00:00+00:00).";
        };
        condition = mkOption {
          type = types.bool;
          internal = true;
          default = true;
          description = "Whether the news entry applies to this configuration.";
        };
        message = mkOption {
          type = types.str;
          internal = true;
          description = "The news entry content.";
        };
      };
      config.id = lib.mkDefault (builtins.hashString "sha256" config.message);
    }
  );
in
{
  options.news = {
    display = mkOption {
      type = types.enum [
        "silent"
        "notify"
        "show"
      ];
      default = "notify";
      description = ''
        How unread and relevant news should be presented when
        running {command}`home-manager build` and
        {command}`home-manager switch`.

        The options are

        `silent`
        : Do not print anything during build or switch. The
          {command}`home-manager news` command still
          works for viewing the entries.

        `notify`
        : The number of unread and relevant news entries will be
          printed to standard output. The {command}`home-manager
          news` command can later be used to view the entries.

        `show`
        : A pager showing unread news entries is opened.
      '';
    };

    entries = mkOption {
      type = types.listOf entryModule;
      default = [ ];
      internal = true;
      description = "News entries.";
    };

    json = {
      output = mkOption {
        type = types.package;
        internal = true;
        description = "The news entries as JSON, for the {command}`home-manager news` command.";
      };
    };
  };

  config.news.json.output = pkgs.writeText "hm-news.json" (
    builtins.toJSON {
      inherit (cfg) display;
      entries = map (e: { inherit (e) id time condition message; }) cfg.entries;
    }
  );
}
