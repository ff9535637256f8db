# After Home Manager's mise-mutable-config: the global configuration goes
# to conf.d, config.toml is no managed file, and activation creates an
# empty one. (HM's test also runs a real mise against the result; that part
# needs a built mise and is left out.)
{ config, ... }:
{
  programs.mise = {
    enable = true;
    enableMutableConfig = true;
    globalConfig.env.HM_TEST = "home-manager";
  };

  home.file.managed.text = builtins.toJSON (config.xdg.configFile ? "mise/config.toml");

  test.expected = {
    "home-files/.config/mise/conf.d/50-home-manager.toml" = ./mutable-config-expected.toml;
    "home-files/managed" = ./mutable-config-expected-managed.json;
    "activation/miseMutableConfig" = ./mutable-config-expected-activation.sh;
  };
}
