# Nothing set: no config.yml, and Debian has no lazygit to install; the
# wrapper reads its directory file from ~/.lazygit.
{ config, lib, ... }:
{
  programs.lazygit.enable = true;

  home.file.state.text = builtins.toJSON {
    files = map (f: f.target) (builtins.filter (f: f.enable && lib.hasInfix "lazygit" f.target) (lib.attrValues config.home.file));
    package = config.programs.lazygit.package;
    wrapper = lib.hasInfix "LAZYGIT_NEW_DIR_FILE=~/.lazygit/newdir" config.programs.bash.initExtra;
  };

  test.expected."home-files/state" = ./no-settings-expected.json;
}
