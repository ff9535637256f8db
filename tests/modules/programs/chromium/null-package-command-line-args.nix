# Mirrors Home Manager's chromium-null-package-command-line-args test.
{
  programs.chromium = {
    enable = true;
    package = null;
    commandLineArgs = [ "--enable-logging=stderr" ];
  };
}
