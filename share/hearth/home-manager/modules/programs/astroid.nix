# programs.astroid: the Astroid mail reader's JSON configuration at
# $XDG_CONFIG_HOME/astroid/config, written from `settings` only when it is
# not empty (Astroid fills in what is missing), and the mail-fetching
# script astroid/poll.sh. Mail accounts with `astroid.enable` add their
# account entries, the notmuch configuration's path and gpg's path, each
# key a default that any definition replaces.
#
# The options of older releases still work, with a warning each:
# `extraConfig` forwards every definition into `settings` at the priority
# it had, and `externalEditor` sets `settings.editor` at normal priority.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  options,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.astroid;
  opts = options.programs.astroid;

  jsonFormat = pkgs.formats.json { };

  astroidAccounts = lib.filterAttrs (_: a: a.enable && a.astroid.enable) config.accounts.email.accounts;

  # Astroid's configuration spells every boolean as a string.
  boolText = b: if b then "true" else "false";

  # The per-account options, merged into accounts.email.accounts.<name>.
  accountModule =
    { config, ... }:
    {
      options.astroid = {
        enable = lib.mkEnableOption "Astroid for this account";

        sendMailCommand = mkOption {
          type = types.str;
          description = ''
            The command that sends this account's mail; for accounts that
            use msmtp it is `msmtpq --read-envelope-from --read-recipients`.
          '';
        };

        extraConfig = mkOption {
          type = types.attrsOf types.anything;
          default = { };
          example = {
            select_query = "";
          };
          description = "Further keys of the account's entry.";
        };
      };

      config = lib.mkIf config.notmuch.enable {
        astroid.sendMailCommand = lib.mkIf config.msmtp.enable (
          lib.mkOptionDefault "${config.msmtp.msmtpCommand or "msmtpq"} --read-envelope-from --read-recipients"
        );
      };
    };

  accountEntry =
    account:
    let
      inherit (account) signature gpg;
      box = folder: "${account.maildir.absPath}/${folder}/cur/";
    in
    {
      email = account.address;
      name = account.realName;
      sendmail = account.astroid.sendMailCommand;
      additional_sent_tags = "";
      default = boolText account.primary;
      save_drafts_to = box account.folders.drafts;
      save_sent = "true";
      save_sent_to = box account.folders.sent;
      select_query = "";
    }
    // lib.optionalAttrs (signature.showSignature != "none") {
      signature_attach = boolText (signature.showSignature == "attach");
      signature_default_on = "true";
      signature_file = pkgs.writeText "signature.txt" signature.text;
      signature_file_markdown = "false";
      # Astroid puts "--\n" before the signature itself.
      signature_separate = "true";
    }
    // lib.optionalAttrs (gpg != null) {
      always_gpg_sign = boolText gpg.signByDefault;
      gpgkey = gpg.key;
    }
    // account.astroid.extraConfig;

  # Every leaf a default of its own, so a definition of one key leaves the
  # others; derivations (the signature file) are leaves.
  generated = lib.mapAttrsRecursiveCond (v: !lib.isDerivation v) (_: lib.mkOptionDefault) {
    astroid.notmuch_config = "${config.xdg.configHome}/notmuch/default/config";
    accounts = lib.mapAttrs (_: accountEntry) astroidAccounts;
    crypto.gpg.path = "${pkgs.gnupg}/bin/gpg";
  };

  # Definitions the user gave, the option's default aside.
  userDefined = opt: opt.highestPrio < (lib.mkOptionDefault null).priority;

  # extraConfig's definitions, each at the priority that won among them.
  legacySettings = lib.mkMerge (
    map (d: lib.mkOverride opts.extraConfig.highestPrio d.value) opts.extraConfig.definitionsWithLocations
  );

  legacyWarnings =
    lib.optional (userDefined opts.externalEditor) (
      "The option `programs.astroid.externalEditor' defined in ${lib.showFiles opts.externalEditor.files}"
      + " has been changed to `programs.astroid.settings.editor' that has a different type."
      + " Please read `programs.astroid.settings.editor' documentation and update your configuration accordingly."
    )
    ++ lib.optional opts.extraConfig.isDefined (
      "The option `programs.astroid.extraConfig' defined in ${lib.showFiles opts.extraConfig.files}"
      + " has been renamed to `programs.astroid.settings'."
    );
in
{
  options = {
    programs.astroid = {
      enable = lib.mkEnableOption "Astroid";

      package = lib.mkPackageOption pkgs "astroid" { nullable = true; };

      pollScript = mkOption {
        type = types.str;
        default = "";
        example = "mbsync gmail";
        description = "Shell commands that fetch new mail, written to astroid/poll.sh when not empty.";
      };

      settings = mkOption {
        inherit (jsonFormat) type;
        default = { };
        example = {
          poll.interval = "15";
          thread_view.gravatar.enable = "false";
        };
        description = ''
          Astroid's settings; only what is set is written, and nothing at
          all when this is empty. The accounts with `astroid.enable` give
          `accounts`, `astroid.notmuch_config` and `crypto.gpg.path`, each
          key as a default. Priorities act per key: `lib.mkForce` on a
          section replaces it whole. In `editor.cmd`, `%1` is the file
          name, `%2` the server name and `%3` the socket id. See
          <https://github.com/astroidmail/astroid/wiki/Configuration-Reference>.
        '';
      };

      # The options of older releases.
      extraConfig = mkOption {
        inherit (jsonFormat) type;
        visible = false;
        description = "Renamed to `programs.astroid.settings`.";
      };

      externalEditor = mkOption {
        type = types.nullOr types.str;
        default = null;
        visible = false;
        description = ''
          Replaced by `programs.astroid.settings.editor`: a command sets
          `editor.cmd` and turns on `editor.external_editor`.
        '';
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkMerge [
    {
      warnings = legacyWarnings;

      programs.astroid.settings = lib.mkMerge [
        (lib.mkIf opts.extraConfig.isDefined legacySettings)
        (lib.mkIf (cfg.externalEditor != null) {
          editor = {
            external_editor = "true";
            cmd = cfg.externalEditor;
          };
        })
      ];
    }

    (lib.mkIf cfg.enable {
      programs.astroid.settings = lib.mkIf (astroidAccounts != { }) generated;

      home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

      xdg.configFile."astroid/config" = lib.mkIf (cfg.settings != { }) {
        source = jsonFormat.generate "astroid-config" cfg.settings;
      };

      xdg.configFile."astroid/poll.sh" = lib.mkIf (cfg.pollScript != "") {
        executable = true;
        text = ''
          # Generated by Home Manager

          ${cfg.pollScript}
        '';
      };
    })
  ];
}
