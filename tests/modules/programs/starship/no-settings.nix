# Without settings no file is written; both shells get the hook.
{ config, lib, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.starship.enable = true;

  home.file.starship-files.text = builtins.toJSON (
    builtins.filter (lib.hasSuffix ".toml") (map (f: f.target) (builtins.attrValues config.home.file))
  );

  test.expected = {
    "home-files/starship-files" = ./no-settings-expected-files.json;
    "home-files/.bashrc" = ./no-settings-expected.bashrc;
    "home-files/.zshrc" = ./no-settings-expected.zshrc;
  };
}
