# The hook goes last in .bashrc; nothing is written under direnv/.
{ config, lib, ... }:
{
  programs.bash.enable = true;
  programs.direnv.enable = true;

  home.file.direnv-files.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "direnv/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected = {
    "home-files/.bashrc" = ./bash-expected.bashrc;
    "home-files/direnv-files" = ./bash-expected-files.json;
  };
}
