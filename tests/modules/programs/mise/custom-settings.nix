# Mirrors Home Manager's mise-custom-settings: config.toml and
# settings.toml as TOML.
{
  programs.mise = {
    enable = true;
    globalConfig = {
      tools = {
        node = "lts";
        python = [
          "3.10"
          "3.11"
        ];
      };
      aliases.my_custom_node = "20";
    };
    settings = {
      verbose = false;
      experimental = false;
      disable_tools = [ "node" ];
    };
  };

  test.expected = {
    "home-files/.config/mise/config.toml" = ./custom-settings-expected-config.toml;
    "home-files/.config/mise/settings.toml" = ./custom-settings-expected-settings.toml;
  };
}
