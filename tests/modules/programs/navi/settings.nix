# Mirrors Home Manager's navi-settings: the settings as YAML.
{
  programs.navi = {
    enable = true;
    settings = {
      cheats.paths = [
        "/path/to/some/cheats"
        "/path/to/another/cheats"
      ];
      shell.command = "bash";
    };
  };

  test.expected."home-files/.config/navi/config.yaml" = ./settings-expected.yaml;
}
