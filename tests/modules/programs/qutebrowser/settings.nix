# Mirrors Home Manager's qutebrowser-settings: nested settings become
# dotted names, lists Python lists, extra lines last.
{
  programs.qutebrowser = {
    enable = true;
    settings = {
      colors = {
        hints = {
          bg = "#000000";
          fg = "#ffffff";
        };
        tabs.bar.bg = "#000000";
      };
      spellcheck.languages = [
        "en-US"
        "sv-SE"
      ];
      tabs.tabs_are_windows = true;
    };
    extraConfig = ''
      # Extra qutebrowser configuration.
    '';
  };

  test.expected."home-files/.config/qutebrowser/config.py" = ./settings-expected.py;
}
