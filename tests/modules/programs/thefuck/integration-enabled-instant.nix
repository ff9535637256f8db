# Mirrors Home Manager's thefuck-integration-enabled-instant: instant
# mode adds its flag, each argument shell-quoted.
{ config, ... }:
{
  programs = {
    thefuck = {
      enable = true;
      enableInstantMode = true;
    };
    bash.enable = true;
  };

  test.expected."home-files/.bashrc" = ./integration-enabled-instant-expected.bashrc;
}
