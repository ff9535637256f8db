# Each set option is its own TOML file; the theme, left empty, writes none.
# (Home Manager's joshuto tests could not be read; this is Hearth's case.)
{ config, lib, ... }:
{
  programs.joshuto = {
    enable = true;
    settings = {
      use_trash = true;
      display.show_icons = true;
    };
    keymap.default_view.keymap = [
      {
        keys = [ "q" ];
        commands = [ "quit" ];
      }
    ];
    mimetype.class.text_default = [
      {
        command = "micro";
        fork = false;
      }
    ];
  };

  home.file.files.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "joshuto/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected = {
    "home-files/.config/joshuto/joshuto.toml" = ./settings-expected-joshuto.toml;
    "home-files/.config/joshuto/keymap.toml" = ./settings-expected-keymap.toml;
    "home-files/.config/joshuto/mimetype.toml" = ./settings-expected-mimetype.toml;
    "home-files/files" = ./settings-expected-files.json;
  };
}
