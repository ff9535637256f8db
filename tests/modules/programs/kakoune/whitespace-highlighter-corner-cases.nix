# Mirrors Home Manager's kakoune whitespace-highlighter-corner-cases test
# (its stubs only provide the package); the whole kakrc is compared.
# Home Manager stubs the package in its stubs.nix; Hearth's stubs have no
# kakoune-unwrapped, so the case names one.
{ pkgs, ... }:
{
  programs.kakoune = {
    enable = true;
    package = pkgs.runCommand "kakoune" { } "";
    config.showWhitespace = {
      enable = true;
      lineFeed = ''"'';
      space = " ";
      nonBreakingSpace = "' '"; # already quoted, kept as is
      tab = "'";
    };
  };

  test.expected."home-files/.config/kak/kakrc" = ./whitespace-highlighter-corner-cases-expected.kak;
}
