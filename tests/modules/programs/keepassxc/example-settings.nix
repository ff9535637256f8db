# Home Manager's example-settings test (its Linux path).
{
  imports = [ ./package.nix ];

  programs.keepassxc = {
    enable = true;
    settings = {
      Browser.Enabled = true;
      GUI = {
        AdvancedSettings = true;
        ApplicationTheme = "dark";
        CompactMode = true;
        HidePasswords = true;
      };
      SSHAgent.Enabled = true;
    };
  };

  test.expected."home-files/.config/keepassxc/keepassxc.ini" = ./example-settings-expected.ini;
}
