# Mirrors Home Manager's pet settings_21_05: before 21.11 the settings are
# written under [General] for the user.
{
  home.stateVersion = "21.05";
  programs.pet = {
    enable = true;
    settings.editor = "nvim";
  };

  test.expected."home-files/.config/pet/config.toml" = ./settings-21-05-expected.toml;
}
