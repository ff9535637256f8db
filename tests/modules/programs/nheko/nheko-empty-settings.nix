# Mirrors Home Manager's nheko-empty-settings test (Linux): no nheko.conf.
{ config, lib, ... }:
{

  programs.nheko.enable = true;

  home.file.state.text = builtins.toJSON {
    conf = builtins.any (f: lib.hasSuffix "nheko/nheko.conf" f.target) (
      builtins.attrValues config.home.file
    );
    packages = builtins.filter (n: n == "nheko") (map (p: p.name) config.home.packages);
  };

  test.expected."home-files/state" = ./nheko-empty-settings-expected.json;
}
