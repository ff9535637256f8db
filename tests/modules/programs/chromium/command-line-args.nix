# Hearth's own case: a package without nixpkgs' override (as Debian's
# chromium) is wrapped in a script passing the arguments first.
{ config, ... }:
{
  programs.chromium = {
    enable = true;
    commandLineArgs = [
      "--enable-logging=stderr"
      "--ozone-platform-hint=auto"
    ];
  };

  home.file.wrapper.text = config.programs.chromium.finalPackage.postBuild;

  test.expected."home-files/wrapper" = ./command-line-args-expected.sh;
}
