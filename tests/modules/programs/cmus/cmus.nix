# Mirrors Home Manager's cmus test.
{
  programs.cmus = {
    enable = true;
    theme = "gruvbox";
    extraConfig = "test";
  };

  test.expected."home-files/.config/cmus/rc" = ./cmus-expected-rc;
}
