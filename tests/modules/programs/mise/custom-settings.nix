# Mirrors Home Manager's mise-custom-settings: the global configuration,
# settings included (programs.mise.settings now lives under
# globalConfig.settings), as one config.toml.
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
      settings = {
        verbose = false;
        experimental = true;
        disable_tools = [ "node" ];
      };
    };
  };

  test.expected = {
    "home-files/.config/mise/config.toml" = ./custom-settings-expected-config.toml;
  };
}
