# Home Manager's bemenu-basic-configuration test: the settings as
# BEMENU_OPTS. Home Manager checks the one export line; the whole session
# variables file is compared here. Its tests use nixpkgs' bemenu; a
# placeholder stands in here.
{
  programs.bemenu = {
    enable = true;
    package = {
      type = "derivation";
      name = "bemenu";
      outPath = "@bemenu@";
    };
    settings = {
      line-height = 28;
      prompt = "open";
      ignorecase = true;
      fb = "#1e1e2e";
      ff = "#cdd6f4";
      nb = "#1e1e2e";
      nf = "#cdd6f4";
      tb = "#1e1e2e";
      hb = "#1e1e2e";
      tf = "#f38ba8";
      hf = "#f9e2af";
      af = "#cdd6f4";
      ab = "#1e1e2e";
      width-factor = 0.3;
    };
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./basic-configuration-vars.sh;
}
