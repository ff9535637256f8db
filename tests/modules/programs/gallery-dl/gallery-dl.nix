# Mirrors Home Manager's gallery-dl test (its stub package becomes a
# runCommand placeholder).
{ pkgs, ... }:
{
  programs.gallery-dl = {
    enable = true;
    package = pkgs.runCommand "gallery-dl" { } "";
    settings = {
      cache.file = "~/gallery-dl/cache.sqlite3";
      extractor.base-directory = "~/gallery-dl/";
    };
  };

  test.expected."home-files/.config/gallery-dl/config.json" = ./gallery-dl-expected.json;
}
