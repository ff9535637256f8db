# Mirrors Home Manager's mpv-override-with-null-package test: both
# assertions fail.
{
  programs.mpv = {
    enable = true;
    package = null;
    extraMakeWrapperArgs = [ "--set" "A" "1" ];
  };
}
