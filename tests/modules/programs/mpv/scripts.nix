# Like Home Manager's mpv-scripts and mpv-extra-wrapper-args tests: the
# installed mpv is a wrapper loading the script and taking the extra
# arguments (checked in its wrapping command, as nothing is built here).
{ config, ... }:
{
  programs.mpv = {
    enable = true;
    scripts = [
      {
        type = "derivation";
        name = "mpvScript";
        outPath = "@mpvScript@";
        scriptName = "mpvScript";
      }
    ];
    extraMakeWrapperArgs = [
      "--prefix"
      "LD_LIBRARY_PATH"
      ":"
      "@libaacs@/lib"
    ];
  };

  home.file.mpv-wrapper.text = config.programs.mpv.finalPackage.postBuild;

  test.expected."home-files/mpv-wrapper" = ./scripts-expected-wrapper.sh;
}
