# Home Manager's bemenu-empty-configuration test: without settings there
# is no BEMENU_OPTS.
{
  programs.bemenu = {
    enable = true;
    package = {
      type = "derivation";
      name = "bemenu";
      outPath = "@bemenu@";
    };
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./empty-configuration-vars.sh;
}
