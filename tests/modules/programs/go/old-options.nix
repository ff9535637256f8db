# Mirrors Home Manager's go-old-options: the old names land in `env`
# (relative paths made absolute under the home directory), each with a
# warning; the warnings are sorted here, their order being the module
# system's.
{ config, lib, ... }:
{
  programs.go = {
    enable = true;
    goPath = "mygo";
    extraGoPaths = [
      "another/go"
      "yet/another/go"
    ];
    goBin = ".local/bin.go";
    goPrivate = [
      "*.corp.example.com"
      "rsc.io/private"
    ];
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") (lib.sort lib.lessThan config.warnings)
  );

  test.expected = {
    "home-files/.config/go/env" = ./old-options-expected.env;
    "home-files/warnings" = ./old-options-expected-warnings.txt;
  };
}
