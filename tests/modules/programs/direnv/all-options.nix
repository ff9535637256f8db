# TOML configuration with silent's settings merged into [global], the
# stdlib, both libraries and the zsh hook.
{ config, pkgs, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.direnv = {
    enable = true;
    silent = true;
    nix-direnv = {
      enable = true;
      package = pkgs.runCommand "nix-direnv-3.0" { } "";
    };
    mise.enable = true;
    stdlib = ''
      layout_poetry() { :; }
    '';
    config = {
      global.hide_env_diff = true;
      whitelist.prefix = [ "/home/user/projects" ];
    };
  };

  home.file.nix-direnv-source.text = toString config.xdg.configFile."direnv/lib/hm-nix-direnv.sh".source + "\n";

  test.expected = {
    "home-files/.config/direnv/direnv.toml" = ./all-options-expected.toml;
    "home-files/.config/direnv/direnvrc" = ./all-options-expected-direnvrc;
    "home-files/.config/direnv/lib/hm-mise.sh" = ./all-options-expected-mise.sh;
    "home-files/nix-direnv-source" = ./all-options-expected-nix-direnv.txt;
    "home-files/.zshrc" = ./all-options-expected.zshrc;
  };
}
