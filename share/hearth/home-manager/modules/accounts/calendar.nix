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

  collections = import ./collections.nix { inherit lib; };
in
{
  imports = [
    (collections.collectionsModule {
      kind = "calendar";
      noun = "calendar";
      item = "item";
      fileExt = ".ics";
      remoteTypes = [
        "caldav"
        "http"
        "google_calendar"
      ];
      basePathExample = ".calendar";
      extraOptions = {
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
      };
    })
  ];

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
