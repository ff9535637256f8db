# Mirrors Home Manager's astroid-disabled: nothing is written.
{
  imports = [ ./observe.nix ];

  programs.astroid.enable = false;

  test.expected."home-files/written" = ./nothing-written.json;
}
