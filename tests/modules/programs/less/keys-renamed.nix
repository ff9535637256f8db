# `keys` is now `config`: the file is the same, with a warning.
{ config, lib, ... }:
{
  programs.less = {
    enable = true;
    keys = ''
      s        back-line
      t        forw-line
    '';
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/lesskey" = ./keys-renamed-expected.lesskey;
    "home-files/warnings" = ./keys-renamed-expected-warnings.txt;
  };
}
