# Enabled alone: the settings block with every optional part empty, the
# socket moved under XDG_RUNTIME_DIR, tmux installed.
{ config, lib, ... }:
{
  programs.tmux.enable = true;

  home.file.packages.text = lib.concatMapStrings (p: "${p}\n") config.home.packages;

  test.expected = {
    "home-files/.config/tmux/tmux.conf" = ./defaults-expected.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./defaults-expected-vars.sh;
    "home-files/packages" = ./defaults-expected-packages.txt;
  };
}
