# programs.khal: ~/.config/khal/config, a `[calendars]` section with one
# entry per calendar that enables khal (and per address book, as a
# birthday calendar), then the settings and locale as INI, byte for byte
# as Home Manager writes it. khal's reader is picky about leading blanks,
# so every line starts at column 0. The `accounts.*.accounts.<name>.khal`
# options are declared here too.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.khal;

  iniFormat = pkgs.formats.ini { };

  # Options every khal-enabled calendar or address book has.
  sharedAccountOptions = {
    enable = lib.mkEnableOption "khal access";

    readOnly = lib.mkEnableOption "read-only mode for this account";

    color = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "light green";
      description = "The colour of this calendar's events: a name or `#rrggbb`.";
    };

    priority = mkOption {
      type = types.int;
      default = 10;
      description = "Where calendars overlap, the colour of the highest priority wins.";
    };

    addresses = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "The mail addresses that are you in this calendar's invitations (for PARTSTAT).";
    };
  };

  calendarAccountModule = {
    options.khal = sharedAccountOptions // {
      type = mkOption {
        type = types.enum [
          "calendar"
          "discover"
        ];
        default = "calendar";
        description = "One calendar, or a directory whose subdirectories matching {option}`glob` are calendars.";
      };

      glob = mkOption {
        type = types.str;
        default = "*";
        description = "Which subdirectories are calendars, when {option}`type` is `discover`.";
      };
    };
  };

  contactAccountModule = {
    options.khal = sharedAccountOptions // {
      collections = mkOption {
        type = types.nullOr (types.listOf types.str);
        default = null;
        description = "The collections to read birthdays from, each a calendar of its own.";
      };
    };
  };

  enabled = lib.filterAttrs (_: a: a.khal.enable);

  calendarAccounts = enabled config.accounts.calendar.accounts;

  # An address book becomes one birthday calendar per listed collection,
  # named <account>-<collection>, or a single one.
  birthdayCalendars =
    name: account:
    let
      asBirthdays = lib.recursiveUpdate account { khal.type = "birthdays"; };
    in
    if account.khal.collections == null then
      { ${name} = asBirthdays; }
    else
      lib.listToAttrs (
        map (c: {
          name = "${name}-${c}";
          value = lib.recursiveUpdate asBirthdays { khal.thisCollection = c; };
        }) account.khal.collections
      );

  contactAccounts = lib.concatMapAttrs birthdayCalendars (enabled config.accounts.contact.accounts);

  # Address books win a name clash, as in Home Manager.
  khalAccounts = calendarAccounts // contactAccounts;

  primaryAccount = lib.findSingle (a: a.primary) null null (
    lib.mapAttrsToList (n: a: a // { name = n; }) calendarAccounts
  );

  nonNull = lib.filterAttrs (_: v: v != null);

  calendarPath =
    a:
    a.local.path
    + lib.optionalString (a.local.type != "singlefile") "/"
    + lib.optionalString (a.khal.type == "discover") a.khal.glob
    + lib.optionalString (a.khal.type == "birthdays" && a.khal ? thisCollection) a.khal.thisCollection;

  # Ends in three newlines once joined: khal's sections need no more, but
  # the bytes are Home Manager's.
  calendarEntry =
    name: a:
    lib.concatStringsSep "\n" (
      [
        "[[${name}]]"
        "path = ${calendarPath a}"
      ]
      ++ lib.optional a.khal.readOnly "readonly = True"
      ++ lib.optional (a.khal.addresses != [ ]) "addresses= ${lib.concatStringsSep ", " a.khal.addresses}"
      ++ lib.optional (a.khal.color != null) "color = '${a.khal.color}'"
      ++ [
        (lib.generators.toKeyValue { } (nonNull {
          inherit (a.khal) type priority;
        }))
        "\n"
      ]
    );

  # The primary calendar is the default one unless the settings name another.
  settings =
    cfg.settings
    // lib.optionalAttrs (primaryAccount != null) {
      default = lib.recursiveUpdate {
        highlight_event_days = true;
        default_calendar =
          if primaryAccount.primaryCollection == null then
            primaryAccount.name
          else
            primaryAccount.primaryCollection;
      } (cfg.settings.default or { });
    };

  strftimeOption =
    default: what:
    mkOption {
      type = types.str;
      inherit default;
      description = "How khal shows and reads ${what}, as a Python strftime format.";
    };

  localeOptions = {
    dateformat = strftimeOption "%x" "dates";
    timeformat = strftimeOption "%X" "times";
    datetimeformat = strftimeOption "%c" "dates with times";
    longdateformat = strftimeOption "%x" "dates with a year (the format should contain `%Y`)";
    longdatetimeformat = strftimeOption "%c" "dates and times with a year (the format should contain `%Y`)";

    unicode_symbols = mkOption {
      type = types.bool;
      default = true;
      description = "Whether indicators such as the repeat mark use non-ASCII symbols.";
    };

    default_timezone = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The timezone of new events and of times without one; `null` for the system's.";
    };

    local_timezone = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The timezone times are shown in; `null` for the system's.";
    };

    firstweekday = mkOption {
      type = types.ints.between 0 6;
      default = 0;
      description = "The first day of the week, 0 for Monday to 6 for Sunday.";
    };

    weeknumbers = mkOption {
      type = types.enum [
        "off"
        "left"
        "right"
      ];
      default = "off";
      description = "Where ISO week numbers are shown (they assume weeks start on Monday).";
    };
  };
in
{
  options = {
    programs.khal = {
      enable = lib.mkEnableOption "khal, a CLI calendar application";

      package = lib.mkPackageOption pkgs "khal" { nullable = true; };

      locale = mkOption {
        type = types.submodule { options = localeOptions; };
        default = { };
        description = "The `[locale]` section.";
      };

      settings = mkOption {
        inherit (iniFormat) type;
        default = { };
        example = {
          default = {
            default_calendar = "Calendar";
            timedelta = "5d";
          };
          view.agenda_event_format = "{calendar-color}{cancelled}{start-end-time-style} {title}{repeat-symbol}{reset}";
        };
        description = "Other sections of the configuration file, by section and key.";
      };
    };

    accounts.calendar.accounts = mkOption {
      type = types.attrsOf (types.submodule calendarAccountModule);
    };

    accounts.contact.accounts = mkOption {
      type = types.attrsOf (types.submodule contactAccountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."khal/config".text = lib.concatStringsSep "\n" (
      [ "[calendars]" ]
      ++ lib.mapAttrsToList calendarEntry khalAccounts
      ++ [
        (lib.generators.toINI { } (
          lib.recursiveUpdate settings {
            locale = nonNull (removeAttrs cfg.locale [ "_module" ]);
          }
        ))
      ]
    );
  };
}
