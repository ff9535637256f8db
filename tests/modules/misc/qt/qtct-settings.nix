# Home Manager's qt-qtct-settings: one file per tool, INI.
{ lib, ... }:
{
  qt = {
    enable = true;
    qt5ctSettings.test_section.test_option = "test";
    qt6ctSettings = {
      Appearance = {
        style = "kvantum";
        icon_theme = "Papirus-Dark";
      };
      Fonts.general = ''"DejaVu Sans,12"'';
      Interface.stylesheets = [
        "/a/one.qss"
        "/b/two.qss"
      ];
    };
  };

  test.expected = {
    "home-files/.config/qt5ct/qt5ct.conf" = ./qtct-settings-expected-qt5ct.conf;
    "home-files/.config/qt6ct/qt6ct.conf" = ./qtct-settings-expected-qt6ct.conf;
  };
}
