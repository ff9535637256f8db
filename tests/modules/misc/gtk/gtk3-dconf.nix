# gtk3 mirrors its settings into dconf.settings; this case shows what
# Home Manager's gtk3 writes to org/gnome/desktop/interface (through the
# warnings, the one list the harness reads back).
{ config, ... }:
{
  config = {
    gtk = {
      enable = true;
      font = {
        name = "Cantarell";
        size = 10;
      };
      theme.name = "Adwaita-dark";
      iconTheme.name = "Adwaita";
      cursorTheme = {
        name = "Adwaita";
        size = 24;
      };
      colorScheme = "dark";
    };

    warnings = [ (builtins.toJSON config.dconf.settings) ];

    test.expected.warnings = ./gtk3-dconf-expected-warnings.txt;
  };
}
