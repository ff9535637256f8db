# Flags in Home Manager's order: the extra flags, then --agents and
# --inherit, then the keys; zsh and fish hooks switched off.
{
  programs.bash.enable = true;
  programs.keychain = {
    enable = true;
    keys = [
      "id_ed25519"
      "0123456789ABCDEF"
    ];
    agents = [
      "ssh"
      "gpg"
    ];
    inheritType = "any-once";
    extraFlags = [
      "--quiet"
      "--nogui"
    ];
    enableZshIntegration = false;
    enableFishIntegration = false;
  };

  test.expected."home-files/.bashrc" = ./flags-expected.bashrc;
}
