# Without a package no hook is added, and the integrations left on warn.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.mise = {
    enable = true;
    package = null;
  };

  home.file.hook.text = builtins.toJSON (
    builtins.match ".*mise activate.*" config.programs.bash.initExtra != null
  );

  test.expected = {
    "home-files/hook" = ./no-package-expected-hook.json;
    warnings = ./no-package-expected-warnings;
  };
}
