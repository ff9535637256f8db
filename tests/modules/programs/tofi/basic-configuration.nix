# Home Manager's tofi-basic-configuration test. Home Manager stubs
# pkgs.tofi; a placeholder stands in here.
{
  programs.tofi = {
    enable = true;
    package = {
      type = "derivation";
      name = "tofi";
      outPath = "@tofi@";
    };
    settings = {
      background-color = "#000000";
      border-width = 0;
      font = "monospace";
      height = "100%";
      num-results = 5;
      outline-width = 0;
      padding-left = "35%";
      padding-top = "35%";
      result-spacing = 25;
      width = "100%";
    };
  };

  test.expected."home-files/.config/tofi/config" = ./basic-configuration.conf;
}
