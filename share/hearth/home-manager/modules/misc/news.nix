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
          description = "Identifier remembered once the entry is read; defaults to a hash of the message.";
        };
        time = mkOption {
          type = types.str;
          internal = true;
          description = "When the entry was written, in a form {command}`date -d` parses, such as `2026-01-31T12:00:00+00:00`.";
        };
        condition = mkOption {
          type = types.bool;
          internal = true;
          default = true;
          description = "Show the entry only when this holds, typically when a module it concerns is enabled.";
        };
        message = mkOption {
          type = types.str;
          internal = true;
          description = "Text of the entry.";
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
        What {command}`home-manager build` and
        {command}`home-manager switch` do about news you have not read yet:

        `silent`
        : say nothing (read them later with {command}`home-manager news`);

        `notify`
        : print how many unread entries there are;

        `show`
        : open the unread entries in a pager.
      '';
    };

    entries = mkOption {
      type = types.listOf entryModule;
      default = [ ];
      internal = true;
      description = "All news entries that modules contribute.";
    };

    json = {
      output = mkOption {
        type = types.package;
        internal = true;
        description = "File with the entries and display mode as JSON, read by {command}`home-manager news`.";
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
