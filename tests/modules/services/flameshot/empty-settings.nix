# Mirrors Home Manager's flameshot-empty-settings test: no settings, no
# flameshot.ini (the harness fails on a missing home.file target, so the
# case checks the expected error).
{
  services.flameshot.enable = true;

  test.expected."home-files/.config/flameshot/flameshot.ini" = ./example-settings-expected.ini;
}
