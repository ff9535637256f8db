# programs.hexchat: installs HexChat and writes ~/.config/hexchat/
# hexchat.conf (sorted `key = value` lines, no final newline) and
# servlist.conf (one block per network in HexChat's one-letter field
# format), optionally forced over the copies HexChat rewrites on exit; a
# theme package is linked file by file into ~/.config/hexchat. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.hexchat;

  # HexChat's numeric codes for the login methods.
  loginCodes = {
    nickServMsg = 1;
    nickServ = 2;
    challengeAuth = 4;
    sasl = 6;
    serverPassword = 7;
    customCommands = 9;
    saslExternal = 10;
  };

  flagOption =
    default: description:
    mkOption {
      type = types.nullOr types.bool;
      inherit default description;
    };

  networkFlagsType = types.submodule {
    options = {
      autoconnect = flagOption false "Connect to the network at start-up.";
      connectToSelectedServerOnly = flagOption true "Try only the selected server, not the others in the list.";
      bypassProxy = flagOption true "Connect without the configured proxy.";
      forceSSL = flagOption false "Use SSL for every server.";
      acceptInvalidSSLCertificates = flagOption false "Accept certificates that fail verification.";
      useGlobalUserInformation = flagOption false "Use the global nicknames and names instead of this network's.";
    };
  };

  nullStr =
    description:
    mkOption {
      type = types.nullOr types.str;
      default = null;
      inherit description;
    };

  strList =
    example: description:
    mkOption {
      type = types.listOf types.str;
      default = [ ];
      inherit example description;
    };

  networkType = types.submodule {
    options = {
      autojoin = strList [ "#home-manager" "#nix" ] "Channels joined after connecting.";
      charset = nullStr "Character set, as HexChat names it (such as `UTF-8 (Unicode)`).";
      commands = strList [ "ECHO Greetings fellow Nixer!" ] "Commands run after connecting.";
      loginMethod = mkOption {
        type = types.nullOr (types.enum (builtins.attrNames loginCodes));
        default = null;
        description = ''
          How to log in: `nickServMsg` (/MSG NickServ), `nickServ`
          (/NICKSERV), `challengeAuth`, `sasl`, `serverPassword` (/PASS),
          `saslExternal` (certificate) or `customCommands` (through
          {option}`commands`); `null` is HexChat's default.
        '';
      };
      nickname = nullStr "First-choice nickname.";
      nickname2 = nullStr "Second-choice nickname.";
      options = mkOption {
        type = types.nullOr networkFlagsType;
        default = null;
        example = {
          autoconnect = true;
          useGlobalUserInformation = true;
        };
        description = "The network's switches.";
      };
      password = nullStr "Password; it is stored world-readable in the Nix store.";
      realName = nullStr "Real name, shown by WHOIS.";
      userName = nullStr "User name, the `user` of the `user@host` hostmask.";
      servers = strList [ "irc.libera.chat" ] "Server addresses.";
    };
  };

  field = key: value: if value == null then null else "${key}=${value}";
  fields = key: values: if values == [ ] then null else lib.concatMapStringsSep "\n" (field key) values;

  # HexChat keeps the switches as one bit set.
  flagBits =
    o:
    if o == null then
      0
    else
      lib.foldl' builtins.add 0 [
        (if o.connectToSelectedServerOnly then 0 else 1)
        (if o.useGlobalUserInformation then 2 else 0)
        (if o.forceSSL then 4 else 0)
        (if o.autoconnect then 8 else 0)
        (if o.bypassProxy then 0 else 16)
        (if o.acceptInvalidSSLCertificates then 32 else 0)
      ];

  # A blank line opens each block. `L=` is written even without a method.
  networkBlock =
    name:
    let
      n = cfg.channels.${name};
    in
    lib.concatStringsSep "\n" (
      lib.remove null [
        ""
        (field "N" name)
        (field "L" (lib.optionalString (n.loginMethod != null) (toString loginCodes.${n.loginMethod})))
        (field "E" n.charset)
        (field "F" (toString (flagBits n.options)))
        (field "I" n.nickname)
        (field "i" n.nickname2)
        (field "R" n.realName)
        (field "U" n.userName)
        (field "P" n.password)
        (fields "S" n.servers)
        (fields "J" n.autojoin)
        (fields "C" n.commands)
      ]
    );
in
{
  options.programs.hexchat = {
    enable = lib.mkEnableOption "HexChat, a graphical IRC client";

    channels = mkOption {
      type = types.attrsOf networkType;
      default = { };
      description = "Networks, by name, written to {file}`$XDG_CONFIG_HOME/hexchat/servlist.conf`.";
    };

    settings = mkOption {
      type = types.nullOr (types.attrsOf types.str);
      default = null;
      example = {
        irc_nick1 = "mynick";
        text_font = "Monospace 14";
      };
      description = ''
        Settings written to {file}`$XDG_CONFIG_HOME/hexchat/hexchat.conf`
        (see HexChat's list of settings).
      '';
    };

    overwriteConfigFiles = mkOption {
      type = types.nullOr types.bool;
      default = false;
      description = ''
        Replace existing hexchat.conf and servlist.conf files. HexChat
        rewrites both when it exits, which otherwise blocks the next
        switch; any changes made in HexChat are lost.
      '';
    };

    theme = mkOption {
      type = types.nullOr types.package;
      default = null;
      description = "Package holding an unpacked HexChat theme (a `.hct` file is a ZIP archive).";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.hexchat" pkgs lib.platforms.linux) ];

    home.packages = [ pkgs.hexchat ];

    xdg.configFile."hexchat" = lib.mkIf (cfg.theme != null) {
      source = cfg.theme;
      recursive = true;
    };

    xdg.configFile."hexchat/hexchat.conf" = lib.mkIf (cfg.settings != null) {
      force = cfg.overwriteConfigFiles;
      text = lib.concatStringsSep "\n" (lib.mapAttrsToList (k: v: "${k} = ${v}") cfg.settings);
    };

    # The final blank line keeps HexChat from dropping the last field.
    xdg.configFile."hexchat/servlist.conf" = lib.mkIf (cfg.channels != { }) {
      force = cfg.overwriteConfigFiles;
      text = lib.concatMapStringsSep "\n" networkBlock (builtins.attrNames cfg.channels) + "\n\n";
    };
  };
}
