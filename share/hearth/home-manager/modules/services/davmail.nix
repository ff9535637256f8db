# services.davmail: DavMail, a gateway giving Exchange and Office 365
# mailboxes POP, IMAP, SMTP, CalDAV and LDAP ports, as a sandboxed systemd
# user service started with the graphical session. Its settings become a
# Java properties file in the store, given to davmail on its command line;
# defaults suit Office 365 with logs and OAuth tokens under
# $XDG_STATE_HOME. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.davmail;

  # Java's Properties.load reads a backslash as an escape, so the backslash
  # itself and the control characters are written escaped; a key also ends
  # at an unescaped separator or blank.
  controlEscapes = s: lib.replaceStrings [ "\\" "\n" "\r" "\t" ] [ "\\\\" "\\n" "\\r" "\\t" ] s;
  escapeKey = k: lib.replaceStrings [ " " "=" ":" "#" "!" ] [ "\\ " "\\=" "\\:" "\\#" "\\!" ] (controlEscapes k);
  # Leading blanks of a value would be skipped as separator.
  escapeValue =
    v:
    let
      s = controlEscapes v;
    in
    if lib.hasPrefix " " s then "\\" + s else s;
  showValue = v: if lib.isBool v then lib.boolToString v else toString v;

  propertiesText =
    "# Generated with Nix\n\n"
    + lib.concatStrings (lib.mapAttrsToList (k: v: "${escapeKey k} = ${escapeValue (showValue v)}\n") cfg.settings);

  settingsFile = pkgs.writeText "davmail.properties" propertiesText;

  stateHome = config.xdg.stateHome;

  defaults = {
    "davmail.server" = true;
    "davmail.disableUpdateCheck" = true;
    "davmail.logFilePath" = "${stateHome}/davmail.log";
    "davmail.logFileSize" = "1MB";
    "davmail.mode" = "auto";
    "davmail.url" = "https://outlook.office365.com/EWS/Exchange.asmx";
    "davmail.caldavPort" = 1080;
    "davmail.imapPort" = 1143;
    "davmail.ldapPort" = 1389;
    "davmail.popPort" = 1110;
    "davmail.smtpPort" = 1025;
    # With oauth.persistToken, DavMail would otherwise write the token into
    # its own settings file, which is read-only in the store.
    "davmail.oauth.tokenFilePath" = "${stateHome}/davmail-tokens";
    "log4j.logger.davmail" = "WARN";
    "log4j.logger.httpclient.wire" = "WARN";
    "log4j.logger.org.apache.commons.httpclient" = "WARN";
    "log4j.rootLogger" = "WARN";
  }
  # The client id and redirect of Microsoft's own Outlook, for tenants
  # that admit no other OAuth client.
  // lib.optionalAttrs cfg.imitateOutlook {
    "davmail.oauth.clientId" = "d3590ed6-52b3-4102-aeff-aad2292ab01c";
    "davmail.oauth.redirectUri" = "urn:ietf:wg:oauth:2.0:oob";
  };
in
{
  options.services.davmail = {
    enable = lib.mkEnableOption "DavMail, a POP/IMAP/SMTP gateway to Microsoft Exchange";

    imitateOutlook = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = "Whether DavMail signs in to Office 365 as Outlook does.";
    };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.int
          types.float
          types.str
          types.path
        ]
      );
      default = { };
      example = {
        "davmail.url" = "https://outlook.office365.com/EWS/Exchange.asmx";
        "davmail.allowRemote" = true;
        "davmail.imapPort" = 55555;
        "davmail.bindAddress" = "10.0.1.2";
        "davmail.smtpSaveInSent" = true;
        "davmail.folderSizeLimit" = 10;
        "davmail.caldavAutoSchedule" = false;
        "log4j.logger.rootLogger" = "DEBUG";
      };
      description = ''
        DavMail's properties, over the module's defaults (see
        <http://davmail.sourceforge.net/serversetup.html> and
        <http://davmail.sourceforge.net/advanced.html>).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = pkgs.stdenv.hostPlatform.isLinux;
        message = "The DavMail service is only available on Linux.";
      }
    ];

    services.davmail.settings = lib.mapAttrs (_: lib.mkDefault) defaults;

    home.packages = [ pkgs.davmail ];

    systemd.user.services.davmail = {
      Unit = {
        Description = "DavMail POP/IMAP/SMTP Exchange Gateway";
        After = [
          "graphical-session.target"
          "network.target"
        ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${pkgs.davmail}/bin/davmail ${settingsFile}";
        Restart = "on-failure";

        # A network gateway needs little more than its sockets.
        CapabilityBoundingSet = [ "" ];
        DeviceAllow = [ "" ];
        LockPersonality = true;
        NoNewPrivileges = true;
        PrivateDevices = true;
        PrivateTmp = true;
        PrivateUsers = true;
        ProtectClock = true;
        ProtectControlGroups = true;
        ProtectSystem = "strict";
        ProtectHostname = true;
        ProtectKernelLogs = true;
        ProtectKernelModules = true;
        ProtectKernelTunables = true;
        ProtectProc = "invisible";
        RemoveIPC = true;
        RestrictAddressFamilies = [
          "AF_INET"
          "AF_INET6"
        ];
        RestrictNamespaces = true;
        RestrictRealtime = true;
        RestrictSUIDSGID = true;
        SystemCallArchitectures = "native";
        SystemCallFilter = "@system-service";
        SystemCallErrorNumber = "EPERM";
        UMask = "0077";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
