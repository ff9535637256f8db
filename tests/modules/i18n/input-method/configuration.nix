# Home Manager's fcitx5 configuration case: global options, input method
# groups, an addon's settings and a theme, with the Wayland frontend (so no
# GTK_IM_MODULE or QT_IM_MODULE). Adapted: the files linked into
# ~/.config/fcitx5 are read through ./linked.nix, and the session variables
# are checked whole rather than for the absence of two of them.
{
  imports = [
    ./stub-pkgs.nix
    ./linked.nix
  ];

  i18n.inputMethod = {
    enable = true;
    type = "fcitx5";
    fcitx5 = {
      waylandFrontend = true;
      settings = {
        globalOptions = {
          Behavior = {
            ActiveByDefault = false;
            resetStateWhenFocusIn = "No";
            ShareInputState = "No";
            PreeditEnabledByDefault = true;
            ShowInputMethodInformation = true;
            showInputMethodInformationWhenFocusIn = false;
            CompactInputMethodInformation = true;
            ShowFirstInputMethodInformation = true;
            DefaultPageSize = 5;
            OverrideXkbOption = false;
            PreloadInputMethod = true;
            AllowInputMethodForPassword = false;
            ShowPreeditForPassword = false;
            AutoSavePeriod = 30;
          };
          Hotkey = {
            EnumerateWithTriggerKeys = true;
            EnumerateSkipFirst = false;
            ModifierOnlyKeyTimeout = 250;
          };
        };
        inputMethod = {
          GroupOrder."0" = "Default";
          "Groups/0" = {
            Name = "Default";
            "Default Layout" = "us";
            DefaultIM = "pinyin";
          };
          "Groups/0/Items/0" = {
            Name = "keyboard-us";
            Layout = null;
          };
          "Groups/0/Items/1" = {
            Name = "pinyin";
            Layout = null;
          };
        };
        addons.classicui.globalSection.Theme = "example";
      };
      themes.example = {
        theme = ''
          [Metadata]
          Name=example
          Version=0.1
          Author=home-manager
          Description=Theme for testing
          ScaleWithDPI=True
        '';
      };
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/fcitx5-daemon.service" = ./configuration-expected.service;
    "home-files/linked/config" = ./configuration-expected-config;
    "home-files/linked/profile" = ./configuration-expected-profile;
    "home-files/linked/conf/classicui.conf" = ./configuration-expected-classicui.conf;
    "home-files/.local/share/fcitx5/themes/example/theme.conf" = ./configuration-expected-theme.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./configuration-expected-vars.sh;
  };
}
