# accounts.calendar: the calendars that calendar programs share (vdirsyncer
# syncs them, khal shows them). This file holds only the shared data: where
# a calendar lives on disk and where it comes from. Each program declares
# `accounts.calendar.accounts` again with a submodule of its own
# `<program>.*` options, and the module system merges them. Nothing is
# written here; only the one-primary-calendar assertion comes from this file.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.accounts.calendar;

  localStorage =
    name:
    types.submodule {
      options = {
        path = mkOption {
          type = types.str;
          default = "${cfg.basePath}/${name}";
          defaultText = lib.literalExpression "‹accounts.calendar.basePath›/‹name›";
          description = "The directory (or file, for `singlefile`) holding the calendar.";
        };
        type = mkOption {
          type = types.enum [
            "filesystem"
            "singlefile"
          ];
          default = "filesystem";
          description = "Whether the calendar is a directory of items or one file.";
        };
        fileExt = mkOption {
          type = types.nullOr types.str;
          default = ".ics";
          description = "The extension of each item's file.";
        };
        encoding = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The encoding of item contents and file names; `null` for UTF-8.";
        };
      };
    };

  remoteStorage = types.submodule {
    options = {
      type = mkOption {
        type = types.enum [
          "caldav"
          "http"
          "google_calendar"
        ];
        description = "The kind of server the calendar comes from.";
      };
      url = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Where the server is.";
      };
      userName = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The name to log in with.";
      };
      passwordCommand = mkOption {
        type = types.nullOr (types.listOf types.str);
        default = null;
        example = [
          "pass"
          "caldav"
        ];
        description = "A command (program and arguments) that prints the password.";
      };
    };
  };

  calendarModule =
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          readOnly = true;
          description = "The calendar's attribute name, set for you.";
        };
        primary = mkOption {
          type = types.bool;
          default = false;
          description = "Whether this is the main calendar; at most one is.";
        };
        primaryCollection = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The main collection of an account that has several.";
        };
        local = mkOption {
          type = localStorage name;
          default = { };
          description = "Where the calendar is kept on this machine.";
        };
        remote = mkOption {
          type = types.nullOr remoteStorage;
          default = null;
          description = "Where the calendar is synchronised from; `null` for nowhere.";
        };
      };

      config.name = name;
    };
in
{
  options.accounts.calendar = {
    basePath = mkOption {
      type = types.str;
      example = ".calendar";
      apply = p: if lib.hasPrefix "/" p then p else "${config.home.homeDirectory}/${p}";
      description = "The directory holding every calendar; relative to the home directory unless absolute.";
    };

    accounts = mkOption {
      type = types.attrsOf (types.submodule calendarModule);
      default = { };
      description = "The calendars, by name.";
    };
  };

  config = lib.mkIf (cfg.accounts != { }) {
    assertions =
      let
        primaries = lib.catAttrs "name" (lib.filter (a: a.primary) (lib.attrValues cfg.accounts));
        count = builtins.length primaries;
      in
      [
        {
          assertion = count <= 1;
          message =
            "Must have at most one primary calendar account but found ${toString count}, namely "
            + lib.concatStringsSep ", " primaries;
        }
      ];
  };
}
