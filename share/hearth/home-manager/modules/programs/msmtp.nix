# programs.msmtp: the msmtp SMTP client's $XDG_CONFIG_HOME/msmtp/config,
# one `account` block per mail account with `msmtp.enable` (the
# `accounts.email.accounts.<name>.msmtp` options are declared here too),
# and the queue locations msmtpq reads from the environment.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.msmtp;

  onOff = b: if b then "on" else "off";

  allAccounts = config.accounts.email.accounts;

  # accountOrder first (each name once), then the rest by name.
  ordered =
    let
      named = lib.unique (lib.filter (n: allAccounts ? ${n}) cfg.accountOrder);
      rest = lib.filter (n: !(lib.elem n named)) (builtins.attrNames allAccounts);
    in
    map (n: allAccounts.${n}) (named ++ rest);

  msmtpAccounts = lib.filter (a: a.enable && a.msmtp.enable) ordered;

  aliasAddress = alias: if builtins.isString alias then alias else alias.address;

  # Settings sorted by name, as msmtp reads them in any order.
  accountSettings =
    a:
    {
      host = a.smtp.host;
      from = a.address;
      auth = "on";
      tls = onOff a.smtp.tls.enable;
      tls_starttls = onOff a.smtp.tls.useStartTls;
    }
    // lib.optionalAttrs (a.smtp.userName != null) { user = a.smtp.userName; }
    // lib.optionalAttrs (a.msmtp.tls.fingerprint != null) {
      tls_fingerprint = a.msmtp.tls.fingerprint;
    }
    // lib.optionalAttrs (a.smtp.port != null) { port = toString a.smtp.port; }
    // lib.optionalAttrs (a.smtp.tls.certificatesFile != null) {
      tls_trust_file = toString a.smtp.tls.certificatesFile;
    }
    // lib.optionalAttrs (a.passwordCommand != null) {
      passwordeval = toString a.passwordCommand;
    }
    // a.msmtp.extraConfig;

  # An alias is an account of its own inheriting everything but `from`.
  aliasBlock = a: alias: "\naccount ${aliasAddress alias} : ${a.name}\nfrom ${aliasAddress alias}";

  accountBlock =
    a:
    lib.concatStringsSep "\n" (
      [ "account ${a.name}" ]
      ++ lib.mapAttrsToList (n: v: "${n} ${v}") (accountSettings a)
      ++ map (aliasBlock a) a.aliases
    );

  # `account default` must follow the account it names, so it comes last.
  primary = lib.findFirst (a: a.primary) null msmtpAccounts;

  accountsText =
    lib.concatStringsSep "\n\n" (map accountBlock msmtpAccounts)
    + lib.optionalString (primary != null) "\n\naccount default : ${primary.name}\n";

  accountModule = {
    options.msmtp = {
      enable = lib.mkEnableOption "sending this account's mail with msmtp (`msmtp --account=<name>`)";

      tls.fingerprint = mkOption {
        type = types.nullOr (types.strMatching "([[:alnum:]]{2}:)+[[:alnum:]]{2}");
        default = null;
        example = "my:SH:a2:56:ha:sh";
        description = "The fingerprint of the server certificate to trust, as `msmtp --serverinfo` shows it.";
      };

      extraConfig = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          auth = "login";
        };
        description = "More settings of this account's block.";
      };
    };
  };

  deprecated =
    name: replacement: x:
    lib.warnIfNot (x == "") ''
      `programs.msmtp.${name}` is deprecated, use `programs.msmtp.configContent` instead.

      Example: programs.msmtp.configContent = ${replacement} "set syslog";
    '' x;
in
{
  options = {
    programs.msmtp = {
      enable = lib.mkEnableOption "msmtp";

      package = lib.mkPackageOption pkgs "msmtp" { };

      configContent = mkOption {
        type = types.lines;
        default = "";
        example = lib.literalExpression ''lib.mkBefore "defaults\nlogfile ~/.msmtp.log"'';
        description = ''
          The text of the configuration file. The accounts are added to it;
          `lib.mkBefore` puts settings before them (an `account` line there
          would clash with the generated ones).
        '';
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        visible = false;
        apply = deprecated "extraConfig" "lib.mkBefore";
        description = "Text before the accounts; use `configContent` with `lib.mkBefore`.";
      };

      extraAccounts = mkOption {
        type = types.lines;
        default = "";
        visible = false;
        apply = deprecated "extraAccounts" "lib.mkAfter";
        description = "Text after the accounts; use `configContent` with `lib.mkAfter`.";
      };

      accountOrder = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [
          "work"
          "home"
        ];
        description = "Accounts to write first, in this order; the others follow by name.";
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = lib.all (n: allAccounts ? ${n}) cfg.accountOrder;
        message = "programs.msmtp.accountOrder contains an unknown account name.";
      }
    ];

    home.packages = [ cfg.package ];

    programs.msmtp.configContent = lib.mkMerge [
      (lib.mkBefore "# Generated by Home Manager.\n")
      (mkIf (cfg.extraConfig != "") (lib.mkBefore cfg.extraConfig))
      accountsText
      (mkIf (cfg.extraAccounts != "") (lib.mkAfter cfg.extraAccounts))
    ];

    xdg.configFile."msmtp/config".text = cfg.configContent;

    home.sessionVariables = {
      MSMTPQ_Q = "${config.xdg.dataHome}/msmtp/queue";
      MSMTPQ_LOG = "${config.xdg.dataHome}/msmtp/queue.log";
    };
  };
}
