# Home Manager's beets-legacy-enable-default test: before state version
# 19.03, settings alone enable beets. (Home Manager checks only that the
# file holds the directory line.)
{
  home.stateVersion = "18.09";

  programs.beets.settings = {
    directory = "~/Music";
  };

  test.expected."home-files/.config/beets/config.yaml" = ./legacy-enable-default-expected.yaml;
}
