# Mirrors Home Manager's kakoune whitespace-highlighter test, which checks
# each flag by regex; here the whole kakrc is compared.
# Home Manager stubs the package in its stubs.nix; Hearth's stubs have no
# kakoune-unwrapped, so the case names one.
{ pkgs, ... }:
{
  programs.kakoune = {
    enable = true;
    package = pkgs.runCommand "kakoune" { } "";
    config.showWhitespace = {
      enable = true;
      lineFeed = "1";
      space = "2";
      nonBreakingSpace = "3";
      tab = "4";
      tabStop = "5";
    };
  };

  test.expected."home-files/.config/kak/kakrc" = ./whitespace-highlighter-expected.kak;
}
