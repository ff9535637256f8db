# After Home Manager's poetry-default-settings: without settings no
# config.toml is written; without a package nothing is installed.
{ config, lib, ... }:
{
  programs.poetry = {
    enable = true;
    package = null;
  };

  home.file.state.text = builtins.toJSON {
    written = lib.any (f: lib.hasSuffix "pypoetry/config.toml" f.target) (lib.attrValues config.home.file);
    installed = builtins.filter (lib.hasPrefix "@poetry") (map toString config.home.packages);
  };

  test.expected."home-files/state" = ./default-settings-expected.json;
}
