# oh-my-zsh: its variables close .zshenv (after envExtra here, in the XDG
# directory), its setup runs at order 800 and replaces compinit.
{
  home.stateVersion = "26.05";
  programs.zsh = {
    enable = true;
    envExtra = "export EXTRA=1";
    oh-my-zsh = {
      enable = true;
      plugins = [
        "git"
        "sudo"
      ];
      theme = "robbyrussell";
      custom = "$HOME/omz-custom";
      extraConfig = ''
        zstyle :omz:plugins:ssh-agent identities id_rsa
      '';
    };
  };

  test.expected = {
    "home-files/.config/zsh/.zshenv" = ./oh-my-zsh-expected.zshenv;
    "home-files/.config/zsh/.zshrc" = ./oh-my-zsh-expected.zshrc;
    "home-files/.cache/oh-my-zsh/.keep" = ./oh-my-zsh-expected.keep;
  };
}
