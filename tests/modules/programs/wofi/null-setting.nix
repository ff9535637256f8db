# Not one of Home Manager's cases: a null setting is left out.
{
  programs.wofi = {
    enable = true;
    settings = {
      show = "run";
      width = null;
    };
  };

  test.expected."home-files/.config/wofi/config" = ./null-setting-expected.conf;
}
