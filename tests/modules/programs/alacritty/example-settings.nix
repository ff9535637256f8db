# Tables and an array of tables; the escaped `\x0c` keeps one backslash.
{
  programs.alacritty = {
    enable = true;
    settings = {
      window.dimensions = {
        lines = 3;
        columns = 200;
      };
      keyboard.bindings = [
        {
          key = "K";
          mods = "Control";
          chars = "\\x0c";
        }
      ];
    };
  };

  test.expected."home-files/.config/alacritty/alacritty.toml" = ./example-settings-expected.toml;
}
