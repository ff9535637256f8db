# Mirrors Home Manager's bottom-empty-settings: no settings, no file; the
# package is installed when the package set has one.
{ config, lib, ... }:
{
  programs.bottom.enable = true;

  home.file.state.text = builtins.toJSON {
    files = builtins.filter (t: lib.hasInfix "bottom" t) (
      map (f: f.target) (builtins.attrValues config.home.file)
    );
    installed = builtins.any (p: p.name == "bottom") config.home.packages;
  };

  test.expected."home-files/state" = ./empty-settings-expected.json;
}
