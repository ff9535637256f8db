# Not one of Home Manager's cases: with nothing set no ~/.tmate.conf is
# written.
{ config, ... }:
{
  programs.tmate.enable = true;

  home.file.written.text = builtins.toJSON (config.home.file ? ".tmate.conf") + "\n";
  test.expected."home-files/written" = ./empty-expected.json;
}
