# No settings: prefs_user.config is still written (empty), since the
# settings always carry startup_commands; no keys_user.config.
{ config, lib, ... }:
{
  programs.sioyek.enable = true;

  home.file.has-keys.text = lib.boolToString (config.xdg.configFile ? "sioyek/keys_user.config") + "\n";

  test.expected = {
    "home-files/.config/sioyek/prefs_user.config" = ./empty-expected-prefs;
    "home-files/has-keys" = ./empty-expected-has-keys;
  };
}
