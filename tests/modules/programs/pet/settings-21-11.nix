# After Home Manager's pet settings_21_11: from state version 21.11 on the
# settings are written as given, the defaults under [General]; a selector
# of the user's own wins over fzf.
{
  home.stateVersion = "24.05";
  programs.pet = {
    enable = true;
    settings.General.selectcmd = "peco";
  };

  test.expected."home-files/.config/pet/config.toml" = ./settings-21-11-expected.toml;
}
