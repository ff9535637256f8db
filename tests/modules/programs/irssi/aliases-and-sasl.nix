# Home Manager's layout for what its test leaves out: aliases (sorted,
# quotes escaped), connect commands joined by ";", two networks'
# servers and channels separated by commas, a server without certificate
# (its line left blank but for the indent), and SASL EXTERNAL, whose line
# is Hearth's reading of Irssi's chatnet setting.
{
  programs.irssi = {
    enable = true;
    aliases = {
      J = "join";
      SAY = ''echo "hi"'';
    };
    networks = {
      libera = {
        nick = "jane";
        autoCommands = [
          "/msg nickserv identify"
          ''/echo "ready"''
        ];
        saslExternal = true;
        server = {
          address = "irc.libera.chat";
          port = 6697;
          ssl.certificateFile = /home/jane/libera.pem;
        };
        channels = {
          nixos.autoJoin = true;
          home-manager = { };
        };
      };
      local = {
        nick = "j";
        server = {
          address = "localhost";
          ssl.enable = false;
        };
        channels.test = { };
      };
    };
    extraConfig = ''
      ignores = ( );
    '';
  };

  test.expected."home-files/.irssi/config" = ./aliases-and-sasl-expected.config;
}
