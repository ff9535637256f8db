# programs.irssi: the Irssi chat client and ~/.irssi/config, laid out as
# Home Manager writes it: settings, aliases, chat networks, servers,
# channels, then the user's lines.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.irssi;

  yesNo = lib.hm.booleans.yesNo;

  # Irssi strings are double-quoted; only the quote needs escaping.
  quoted = s: lib.escape [ ''"'' ] s;

  aliasLines = lib.concatStringsSep "\n" (
    lib.mapAttrsToList (name: command: "  ${name} = \"${quoted command}\";") cfg.aliases
  );

  chatnetBlock =
    name: net:
    ''
      ${name} = {
        type = "${net.type}";
        nick = "${quoted net.nick}";
        autosendcmd = "${lib.concatMapStringsSep ";" quoted net.autoCommands}";
    ''
    + lib.optionalString net.saslExternal "  sasl_mechanism = \"EXTERNAL\";\n"
    + ''
      };
    '';

  # The certificate line keeps the empty line after it that Home
  # Manager's layout leaves (a line of two blanks without certificate).
  # toString keeps a path literal (a private key) out of the store.
  serverBlock =
    name: net:
    let
      inherit (net) server;
    in
    ''
      {
        chatnet = "${name}";
        address = "${server.address}";
        port = "${toString server.port}";
        use_ssl = "${yesNo server.ssl.enable}";
        ssl_verify = "${yesNo server.ssl.verify}";
        autoconnect = "${yesNo server.autoConnect}";
        ${
          lib.optionalString (server.ssl.certificateFile != null) ''
            ssl_cert = "${toString server.ssl.certificateFile}";
          ''
        }
      }
    '';

  channelBlock = netName: name: channel: ''
    {
      chatnet = "${netName}";
      name = "${name}";
      autojoin = "${yesNo channel.autoJoin}";
    }
  '';

  chatnets = lib.concatStringsSep "\n" (lib.mapAttrsToList chatnetBlock cfg.networks);
  servers = lib.concatStringsSep ",\n" (lib.mapAttrsToList serverBlock cfg.networks);
  channels = lib.concatStringsSep ",\n" (
    lib.mapAttrsToList (
      netName: net: lib.concatStringsSep ",\n" (lib.mapAttrsToList (channelBlock netName) net.channels)
    ) cfg.networks
  );

  channelType = types.submodule {
    options = {
      autoJoin = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to join the channel when connected.";
      };
    };
  };

  networkType = types.submodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          visible = false;
          description = "Name of the network.";
        };

        nick = mkOption {
          type = types.str;
          description = "Nickname on this network.";
        };

        type = mkOption {
          type = types.str;
          default = "IRC";
          description = "Chat protocol of the network.";
        };

        autoCommands = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "Commands run after connecting.";
        };

        saslExternal = mkOption {
          type = types.bool;
          default = false;
          description = ''
            Whether to log in with SASL EXTERNAL, that is with the client
            certificate ({option}`server.ssl.certificateFile`).
          '';
        };

        server = {
          address = mkOption {
            type = types.str;
            description = "Host name of the server.";
          };

          port = mkOption {
            type = types.port;
            default = 6667;
            description = "Port of the server.";
          };

          autoConnect = mkOption {
            type = types.bool;
            default = false;
            description = "Whether Irssi connects to this server when it starts.";
          };

          ssl = {
            enable = mkOption {
              type = types.bool;
              default = true;
              description = "Whether to connect over TLS.";
            };

            verify = mkOption {
              type = types.bool;
              default = true;
              description = "Whether to check the server's certificate.";
            };

            certificateFile = mkOption {
              type = types.nullOr types.path;
              default = null;
              description = "Client certificate (PEM) to present to the server.";
            };
          };
        };

        channels = mkOption {
          type = types.attrsOf channelType;
          default = { };
          description = "Channels of this network, by name.";
        };
      };
    }
  );
in
{
  options.programs.irssi = {
    enable = lib.mkEnableOption "the Irssi chat client";

    package = lib.mkPackageOption pkgs "irssi" { };

    aliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        J = "join";
        BYE = "quit";
      };
      description = "Command aliases, by name.";
    };

    networks = mkOption {
      type = types.attrsOf networkType;
      default = { };
      example = lib.literalExpression ''
        {
          liberachat = {
            nick = "jane";
            server = {
              address = "irc.libera.chat";
              port = 6697;
              autoConnect = true;
            };
            channels.nixos.autoJoin = true;
          };
        }
      '';
      description = "Chat networks, each with one server and its channels.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Text added verbatim at the end of the configuration.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file.".irssi/config".text = ''
      settings = {
        core = {
          settings_autosave = "no";
        };
      };

      aliases = {
      ${aliasLines}
      };

      chatnets = {
      ${chatnets}
      };

      servers = (
      ${servers}
      );

      channels = (
      ${channels}
      );

      ${cfg.extraConfig}
    '';
  };
}
