# Only enabled: config.yml holds the version and the declared defaults,
# there is no hosts.yml, and gh serves both default hosts' credentials.
# No Home Manager test has these defaults; config.yml follows remarshal's
# YAML 1.1 (an empty string quoted, the version quoted).
{ config, ... }:
{
  programs.gh.enable = true;

  home.file.state.text = builtins.toJSON {
    hosts = config.xdg.configFile ? "gh/hosts.yml";
    credential = config.programs.git.settings.credential;
  };

  test.expected = {
    "home-files/.config/gh/config.yml" = ./defaults-expected.yml;
    "home-files/state" = ./defaults-expected.json;
  };
}
