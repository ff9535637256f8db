# The old pinentryPackage still works, with a warning; the program name
# falls back to `pinentry` without meta.mainProgram.
{ config, lib, pkgs, ... }:
{
  programs.gpg.enable = true;
  services.gpg-agent = {
    enable = true;
    pinentryPackage = pkgs.pinentry-tty;
    grabKeyboardAndMouse = false;
  };

  # Paths of this checkout vary, so the warning names the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.gnupg/gpg-agent.conf" = ./pinentry-package-renamed-expected.conf;
    "home-files/warnings" = ./pinentry-package-renamed-expected-warnings.txt;
  };
}
