# Home Manager has no test for this; Hearth's own, from its module: the
# proxy in the graphical session. The package is a placeholder.
{
  services.xembed-sni-proxy = {
    enable = true;
    package = {
      type = "derivation";
      name = "plasma-workspace";
      outPath = "@plasma-workspace@";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/xembed-sni-proxy.service" = ./xembed-sni-proxy.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/xembed-sni-proxy.service" =
      ./xembed-sni-proxy.service;
  };
}
