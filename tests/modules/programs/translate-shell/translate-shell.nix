# Home Manager's translate-shell test. Hearth's stubs have no
# translate-shell, so the package is left out (`null`).
{
  programs.translate-shell = {
    enable = true;
    package = null;
    settings = {
      verbose = true;
      engine = "bing";
      play = true;
      hl = "en";
      tl = [
        "de"
        "fr"
      ];
    };
  };

  test.expected."home-files/.config/translate-shell/init.trans" = ./translate-shell-expected.trans;
}
