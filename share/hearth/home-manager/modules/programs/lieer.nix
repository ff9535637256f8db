# programs.lieer: lieer (gmi), which syncs Gmail with a notmuch maildir.
# For every mail account with `lieer.enable` it writes the account's
# .gmailieer.json in the account's maildir, and makes notmuch skip lieer's
# own files. The timers that run it are services.lieer's.
#
# Checked against Home Manager's module and test. Only enabled accounts are
# used (Home Manager's module reads every account's lieer.enable), and the
# notmuch ignore rule goes to programs.notmuch.settings, where Hearth's
# notmuch module keeps it, rather than through the old option's warning.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.lieer;

  jsonFormat = pkgs.formats.json { };

  lieerAccounts = lib.filter (a: a.enable && a.lieer.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  nonGmail = map (a: a.name) (lib.filter (a: a.flavor != "gmail.com") lieerAccounts);

  withoutNotmuch = map (a: a.name) (
    lib.filter (a: !a.notmuch.enable && a.lieer.notmuchSetupWarning) lieerAccounts
  );

  # Indented lines of a help text, one per account.
  indented = lines: lib.concatStringsSep "\n    " lines;

  # The keys lieer's own documentation describes; others may be added.
  knownSettings = {
    drop_non_existing_label = mkOption {
      type = types.bool;
      default = false;
      description = "Whether labels missing on Gmail's side may be dropped.";
    };

    file_extension = mkOption {
      type = types.str;
      default = "";
      example = "mbox";
      description = "An extension for local file names, for programs that index by it.";
    };

    ignore_empty_history = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to tolerate the empty change history Gmail's API sometimes
        returns (<https://github.com/gauteh/lieer/issues/120>).
      '';
    };

    ignore_remote_labels = mkOption {
      type = types.listOf types.str;
      default = [
        "CATEGORY_FORUMS"
        "CATEGORY_PROMOTIONS"
        "CATEGORY_UPDATES"
        "CATEGORY_SOCIAL"
        "CATEGORY_PERSONAL"
      ];
      description = "Gmail labels not turned into local tags (before translation).";
    };

    ignore_tags = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Local tags not turned into Gmail labels (after translation).";
    };

    local_trash_tag = mkOption {
      type = types.str;
      default = "trash";
      description = "The local tag for Gmail's TRASH label.";
    };

    remove_local_messages = mkOption {
      type = types.bool;
      default = true;
      description = "Whether messages deleted on Gmail are deleted locally too.";
    };

    replace_slash_with_dot = mkOption {
      type = types.bool;
      default = false;
      description = "Whether '/' in Gmail labels becomes '.'.";
    };

    timeout = mkOption {
      type = types.ints.unsigned;
      default = 600;
      description = "The HTTP timeout in seconds; 0 waits as long as the system does.";
    };
  };

  renamedAccountOption =
    old: new: lib.mkRenamedOptionModule [ "lieer" old ] [ "lieer" "settings" new ];

  # The per-account options, merged into accounts.email.accounts.<name>.
  # The renames of older releases warn through the account's own
  # `warnings`, which this module gathers.
  accountModule = {
    imports = [
      (renamedAccountOption "dropNonExistingLabels" "drop_non_existing_label")
      (renamedAccountOption "ignoreTagsRemote" "ignore_remote_labels")
      (renamedAccountOption "ignoreTagsLocal" "ignore_tags")
      (renamedAccountOption "timeout" "timeout")
      (renamedAccountOption "replaceSlashWithDot" "replace_slash_with_dot")
    ];

    options = {
      lieer = {
        enable = lib.mkEnableOption "lieer Gmail synchronization for notmuch";

        notmuchSetupWarning = mkOption {
          type = types.bool;
          default = true;
          description = ''
            Whether to warn when notmuch is not enabled for the account too
            (turn off when `notmuch init` set it up outside Home Manager).
          '';
        };

        settings = mkOption {
          type = types.submodule {
            freeformType = jsonFormat.type;
            options = knownSettings;
          };
          default = { };
          description = ''
            The account's .gmailieer.json, see
            <https://github.com/gauteh/lieer/> for the keys not listed here.
          '';
        };

        sync = {
          enable = lib.mkEnableOption "lieer synchronization service";

          frequency = mkOption {
            type = types.str;
            default = "*:0/5";
            description = ''
              When to synchronize the account: the timer's OnCalendar, see
              {manpage}`systemd.time(7)`.
            '';
          };
        };
      };

      warnings = mkOption {
        type = types.listOf types.str;
        default = [ ];
        internal = true;
        visible = false;
      };
    };
  };

  # An address's '@' may not appear in a store path's name.
  configFile = account: {
    name = "${account.maildir.absPath}/.gmailieer.json";
    value.source = jsonFormat.generate (lib.strings.sanitizeDerivationName "lieer-${account.address}.json") (
      { account = account.address; } // account.lieer.settings
    );
  };
in
{
  options = {
    programs.lieer = {
      enable = lib.mkEnableOption "lieer Gmail synchronization for notmuch";

      package = lib.mkPackageOption pkgs "lieer" { };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = nonGmail == [ ];
        message = ''
          lieer is enabled for non-Gmail accounts:

              ${indented nonGmail}

          If these accounts are actually Gmail accounts, you can
          fix this error with:

              ${indented (map (n: ''accounts.email.accounts.${n}.flavor = "gmail.com";'') nonGmail)}
        '';
      }
    ];

    warnings =
      lib.optional (withoutNotmuch != [ ]) ''
        lieer is enabled for the following email accounts, but notmuch is not:

            ${indented withoutNotmuch}

        Notmuch can be enabled with:

            ${indented (map (n: "accounts.email.accounts.${n}.notmuch.enable = true;") withoutNotmuch)}

        If you have configured notmuch outside of Home Manager, you can suppress this
        warning with:

            programs.lieer.notmuchSetupWarning = false;
      ''
      ++ lib.concatMap (a: a.warnings) lieerAccounts;

    home.packages = [ cfg.package ];

    # lieer keeps its state beside the mail; notmuch is not to index it.
    programs.notmuch.settings.new.ignore = [ "/.*[.](json|lock|bak)$/" ];

    home.file = lib.listToAttrs (map configFile lieerAccounts);
  };
}
