# From state version 21.11 on, pet's own settings go under [General]; a
# selector of the user's own wins over fzf.
{
  home.stateVersion = "24.05";
  programs.pet = {
    enable = true;
    settings.General.selectcmd = "peco";
  };

  test.expected."home-files/.config/pet/config.toml" = ./general-expected.toml;
}
