{
  rofi-basic-configuration = ./basic-configuration.nix;
  rofi-custom-theme = ./custom-theme.nix;
  rofi-no-settings = ./no-settings.nix;
  rofi-omitted-settings = ./omitted-settings.nix;
  rofi-legacy-option-defaults = ./legacy-option-defaults.nix;
  rofi-explicit-legacy-defaults = ./explicit-legacy-defaults.nix;
  rofi-legacy-options = ./legacy-options.nix;
  rofi-config-with-deprecated-options = ./config-with-deprecated-options.nix;
}
