# programs.offlineimap: OfflineIMAP's configuration at
# $XDG_CONFIG_HOME/offlineimap/config (a general section, optional mbnames
# and DEFAULT sections, then an account and its two repositories for every
# mail account with `offlineimap.enable`), and the Python file it loads,
# get_settings.py, with its compiled get_settings.pyc beside it.
#
# Checked against Home Manager's module; its tests were not readable, so
# the cases under tests/modules/programs/offlineimap are Hearth's own.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.offlineimap;

  syncedAccounts = lib.filter (a: a.enable && a.offlineimap.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  # OfflineIMAP reads booleans as yes/no.
  extraType = types.attrsOf (
    types.oneOf [
      types.str
      types.int
      types.bool
    ]
  );

  renderIni = lib.generators.toINI {
    mkKeyValue = k: v: "${k} = ${if lib.isBool v then lib.hm.booleans.yesNo v else toString v}";
  };

  extraOption =
    section: example:
    mkOption {
      type = extraType;
      default = { };
      inherit example;
      description = "Further settings of the ${section} section.";
    };

  # The per-account options, merged into accounts.email.accounts.<name>.
  accountModule = {
    options.offlineimap = {
      enable = lib.mkEnableOption "OfflineIMAP for this account";

      extraConfig = {
        account = extraOption "account" { autorefresh = 20; };
        local = extraOption "local repository" { sync_deletes = true; };
        remote = extraOption "remote repository" {
          maxconnections = 2;
          expunge = false;
        };
      };

      postSyncHookCommand = mkOption {
        type = types.lines;
        default = "";
        description = "Shell commands run after the account's mail is fetched.";
      };
    };
  };

  # Gmail accounts use OfflineIMAP's Gmail repository types, which map
  # labels to folders.
  isGmail = account: account.flavor == "gmail.com";

  # The password comes from the account's command, through get_pass of the
  # Python file.
  passwordEval =
    account:
    let
      quoted = lib.concatMapStringsSep "," (arg: "'${arg}'") account.passwordCommand;
    in
    lib.optionalAttrs (account.passwordCommand != null) {
      remotepasseval = ''get_pass("${account.name}", [${quoted}]).strip(b"\n")'';
    };

  tlsSettings =
    tls:
    if tls.enable then
      {
        ssl = true;
        sslcacertfile = toString tls.certificatesFile;
        starttls = tls.useStartTls;
      }
    else
      {
        ssl = false;
        starttls = false;
      };

  accountSections =
    account:
    let
      inherit (account) name imap;
      own = account.offlineimap;
    in
    renderIni {
      "Account ${name}" = {
        localrepository = "${name}-local";
        remoterepository = "${name}-remote";
      }
      // lib.optionalAttrs (own.postSyncHookCommand != "") {
        postsynchook =
          pkgs.writeShellScriptBin "postsynchook" own.postSyncHookCommand + "/bin/postsynchook";
      }
      // own.extraConfig.account;

      "Repository ${name}-local" = {
        type = if isGmail account then "GmailMaildir" else "Maildir";
        localfolders = account.maildir.absPath;
      }
      // own.extraConfig.local;

      "Repository ${name}-remote" = {
        type = if isGmail account then "Gmail" else "IMAP";
        remoteuser = account.userName;
      }
      // lib.optionalAttrs (imap.host != null) { remotehost = imap.host; }
      // lib.optionalAttrs ((imap.port or null) != null) { remoteport = imap.port; }
      // passwordEval account
      // tlsSettings imap.tls
      // own.extraConfig.remote;
    };

  # Compiled ahead so OfflineIMAP need not write beside a read-only file.
  compiledPythonFile = pkgs.runCommandLocal "get_settings-compile" {
    nativeBuildInputs = [ cfg.package ];
    inherit (cfg) pythonFile;
    passAsFile = [ "pythonFile" ];
  } ''
    mkdir -p $out/bin
    cp $pythonFilePath $out/bin/get_settings.py
    python -m py_compile $out/bin/get_settings.py
  '';
in
{
  options = {
    programs.offlineimap = {
      enable = lib.mkEnableOption "OfflineIMAP";

      package = lib.mkPackageOption pkgs "offlineimap" {
        extraDescription = "An override can add Python packages for the Python file to use.";
      };

      pythonFile = mkOption {
        type = types.lines;
        default = ''
          import subprocess

          def get_pass(service, cmd):
              return subprocess.check_output(cmd, )
        '';
        description = "Python code loaded by OfflineIMAP, for use from the configuration (get_pass reads passwords).";
      };

      extraConfig = {
        general = extraOption "general" {
          maxage = 30;
          ui = "blinkenlights";
        };
        default = extraOption "DEFAULT" { gmailtrashfolder = "[Gmail]/Papierkorb"; };
        mbnames = extraOption "mbnames (written only when set)" {
          filename = "~/.config/mutt/mailboxes";
          header = "'mailboxes '";
        };
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."offlineimap/get_settings.py".text = cfg.pythonFile;
    xdg.configFile."offlineimap/get_settings.pyc".source = "${compiledPythonFile}/bin/get_settings.pyc";

    xdg.configFile."offlineimap/config".text =
      ''
        # Generated by Home Manager.
        # See https://github.com/OfflineIMAP/offlineimap/blob/master/offlineimap.conf
        # for an exhaustive list of options.
      ''
      + renderIni (
        {
          general = {
            accounts = lib.concatMapStringsSep "," (a: a.name) syncedAccounts;
            pythonfile = "${config.xdg.configHome}/offlineimap/get_settings.py";
            metadata = "${config.xdg.dataHome}/offlineimap";
          }
          // cfg.extraConfig.general;
        }
        // lib.optionalAttrs (cfg.extraConfig.mbnames != { }) {
          mbnames = {
            enabled = true;
          }
          // cfg.extraConfig.mbnames;
        }
        // lib.optionalAttrs (cfg.extraConfig.default != { }) { DEFAULT = cfg.extraConfig.default; }
      )
      + "\n"
      + lib.concatMapStringsSep "\n" accountSections syncedAccounts;
  };
}
