# Mirrors Home Manager's mpv-invalid-settings test: scripts need the
# default package.
{ pkgs, ... }:
{
  programs.mpv = {
    enable = true;
    package = pkgs.runCommand "my-mpv" { } "";
    scripts = [
      {
        type = "derivation";
        name = "mpvScript";
        outPath = "@mpvScript@";
        scriptName = "mpvScript";
      }
    ];
  };
}
