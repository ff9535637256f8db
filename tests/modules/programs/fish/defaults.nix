# Nothing configured: config.fish with its empty sections, the session
# variables as fish, and the generated completions on the search path.
{ config, lib, ... }:
{
  programs.fish.enable = true;

  home.sessionVariables = {
    V1 = "v1";
    V2 = "v2-${config.home.sessionVariables.V1}";
  };

  test.expected = {
    "home-files/.config/fish/config.fish" = ./defaults-expected.fish;
    "home-path/etc/profile.d/hm-session-vars.fish" = ./defaults-expected-vars.fish;
  };
}
