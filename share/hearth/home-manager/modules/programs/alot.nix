# programs.alot: the alot mail reader's configuration at
# $XDG_CONFIG_HOME/alot/config (top-level settings, tag display, key
# bindings per mode, and an [accounts] entry for every mail account indexed
# by notmuch, primary first), and its hooks at alot/hooks.py.
#
# alot's parser is sensitive to leading blanks, so every line is written
# flush left.
#
# Checked against Home Manager's module and test. Only enabled accounts are
# listed (Home Manager's module reads every account's notmuch.enable).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.alot;

  # A stable sort keeps the rest in attribute order.
  accounts = lib.sort (a: b: a.primary && !b.primary) (
    lib.filter (a: a.enable && a.notmuch.enable) (lib.attrValues config.accounts.email.accounts)
  );

  # alot is written in Python and spells booleans its way.
  pyBool = b: if b then "True" else "False";

  tagModule = types.submodule {
    options = {
      translated = mkOption {
        type = types.nullOr types.str;
        description = "A fixed text shown for the tag; the empty string hides it.";
      };
      translation = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "A pattern and replacement (for Python's `re.sub`) computing the text shown.";
      };
      normal = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "'','', 'white','light red', 'white','#d66'";
        description = ''
          The tag's colours when not focused, see
          <https://alot.readthedocs.io/en/latest/configuration/theming.html#tagstring-formatting>.
        '';
      };
      focus = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The tag's colours when focused.";
      };
    };
  };

  bindingModes = [
    "global"
    "bufferlist"
    "search"
    "envelope"
    "taglist"
    "thread"
  ];

  bindingsModule = types.submodule {
    options = lib.genAttrs bindingModes (
      mode:
      mkOption {
        type = types.attrsOf types.str;
        default = { };
        description = "Key bindings of the ${mode} mode.";
      }
    );
  };

  # The per-account options, merged into accounts.email.accounts.<name>.
  accountModule =
    { config, ... }:
    {
      options.alot = {
        sendMailCommand = mkOption {
          type = types.nullOr types.str;
          description = ''
            The command that sends this account's mail; for accounts that
            use msmtp it is `msmtpq --read-envelope-from --read-recipients`.
          '';
        };

        contactCompletion = mkOption {
          type = types.attrsOf types.str;
          default = {
            type = "shellcommand";
            command = "'${pkgs.notmuch}/bin/notmuch address --format=json --output=recipients  date:6M..'";
            regexp = "'\\[?{" + ''"name": "(?P<name>.*)", "address": "(?P<email>.+)", "name-addr": ".*"'' + "}[,\\]]?'";
            shellcommand_external_filtering = "False";
          };
          defaultText = lib.literalMD "a notmuch address search of the last six months";
          example = {
            type = "shellcommand";
            command = "abook --mutt-query";
            regexp = "'^(?P<email>[^@]+@[^\\t]+)\\t+(?P<name>[^\\t]+)'";
            ignorecase = "True";
          };
          description = ''
            The account's address book, written to its `[[[abook]]]`
            section, see
            <http://alot.readthedocs.io/en/latest/configuration/contacts_completion.html>.
          '';
        };

        extraConfig = mkOption {
          type = types.lines;
          default = "";
          description = "Lines added to the account's section.";
        };
      };

      config = lib.mkIf config.notmuch.enable {
        alot.sendMailCommand = lib.mkOptionDefault (
          if config.msmtp.enable then "msmtpq --read-envelope-from --read-recipients" else null
        );
      };
    };

  keyValueLines = attrs: lib.mapAttrsToList (k: v: "${k}=${v}") attrs;

  maildirBox = account: folder: "'maildir://${account.maildir.absPath}/${folder}'";

  accountText =
    account:
    let
      inherit (account) alot gpg signature folders;
    in
    lib.concatStringsSep "\n" (
      [ "[[${account.name}]]" ]
      ++ keyValueLines (
        {
          address = account.address;
          realname = account.realName;
          sendmail_command = lib.optionalString (alot.sendMailCommand != null) alot.sendMailCommand;
        }
        // lib.optionalAttrs (folders.sent != null) { sent_box = maildirBox account folders.sent; }
        // lib.optionalAttrs (folders.drafts != null) { draft_box = maildirBox account folders.drafts; }
        // lib.optionalAttrs (account.aliases != [ ]) {
          aliases = lib.concatStringsSep "," account.aliases;
        }
        // lib.optionalAttrs (gpg != null) {
          gpg_key = gpg.key;
          encrypt_by_default = if gpg.encryptByDefault then "all" else "none";
          sign_by_default = pyBool gpg.signByDefault;
        }
        // lib.optionalAttrs (signature.showSignature != "none") {
          signature = "${pkgs.writeText "signature.txt" signature.text}";
          signature_as_attachment = pyBool (signature.showSignature == "attach");
        }
      )
      ++ [
        alot.extraConfig
        "[[[abook]]]"
      ]
      ++ keyValueLines alot.contactCompletion
    );

  bindingLines = attrs: lib.concatStringsSep "\n" (lib.mapAttrsToList (k: v: "${k} = ${v}") attrs);

  # Tags are second-level sections: [[name]].
  tagsText = lib.generators.toINI { mkSectionName = name: "[${name}]"; } (
    lib.mapAttrs (_: tag: lib.filterAttrs (n: v: n != "_module" && v != null) tag) cfg.tags
  );

  configText =
    ''
      # Generated by Home Manager.
      # See http://alot.readthedocs.io/en/latest/configuration/config_options.html

      ${lib.generators.toKeyValue {
        mkKeyValue = k: v: "${k} = ${if lib.isBool v then pyBool v else toString v}";
      } cfg.settings}
      ${cfg.extraConfig}
      [tags]
    ''
    + tagsText
    + ''
      [bindings]
      ${bindingLines cfg.bindings.global}

      [[bufferlist]]
      ${bindingLines cfg.bindings.bufferlist}
      [[search]]
      ${bindingLines cfg.bindings.search}
      [[envelope]]
      ${bindingLines cfg.bindings.envelope}
      [[taglist]]
      ${bindingLines cfg.bindings.taglist}
      [[thread]]
      ${bindingLines cfg.bindings.thread}

      [accounts]

      ${lib.concatMapStringsSep "\n\n" accountText accounts}
    '';
in
{
  options = {
    programs.alot = {
      enable = mkOption {
        type = types.bool;
        default = false;
        example = true;
        description = ''
          Whether to enable the alot mail reader, which lists every mail
          account indexed by notmuch.
        '';
      };

      package = lib.mkPackageOption pkgs "alot" { nullable = true; };

      hooks = mkOption {
        type = types.lines;
        default = "";
        description = "The Python text of alot/hooks.py, written when not empty.";
      };

      bindings = mkOption {
        type = bindingsModule;
        default = { };
        description = "Key bindings, by mode.";
      };

      tags = mkOption {
        type = types.attrsOf tagModule;
        default = { };
        description = "How each tag is shown.";
      };

      settings = mkOption {
        type = types.attrsOf (
          types.oneOf [
            types.str
            types.int
            types.bool
            types.float
          ]
        );
        default = {
          initial_command = "search tag:inbox AND NOT tag:killed";
          auto_remove_unread = true;
          handle_mouse = true;
          prefer_plaintext = true;
        };
        example = lib.literalExpression ''
          {
            auto_remove_unread = true;
            ask_subject = false;
            thread_indent_replies = 2;
          }
        '';
        description = "Top-level settings of the configuration file (a definition replaces the defaults).";
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Lines added after the top-level settings.";
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."alot/config".text = configText;

    xdg.configFile."alot/hooks.py" = lib.mkIf (cfg.hooks != "") {
      text = "# Generated by Home Manager.\n" + cfg.hooks;
    };
  };
}
