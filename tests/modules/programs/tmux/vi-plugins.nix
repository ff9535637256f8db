# Most options at once: vi keys with pane navigation, a full prefix key,
# a shell, new-session, reversed splits, plugins (bare and with extra
# lines) between the settings and extraConfig, and no secure socket.
{ config, lib, ... }:
let
  plugin = name: {
    type = "derivation";
    pname = "tmuxplugin-${name}";
    name = "tmuxplugin-${name}";
    outPath = "@tmuxplugin-${name}@";
    rtp = "@tmuxplugin-${name}@/share/tmux-plugins/${name}/${name}.tmux";
  };
in
{
  programs.tmux = {
    enable = true;
    keyMode = "vi";
    customPaneNavigationAndResize = true;
    resizeAmount = 3;
    prefix = "C-Space";
    shortcut = "q";
    shell = "/usr/bin/fish";
    newSession = true;
    reverseSplit = true;
    disableConfirmationPrompt = true;
    mouse = true;
    focusEvents = true;
    aggressiveResize = true;
    clock24 = true;
    baseIndex = 1;
    escapeTime = 0;
    historyLimit = 50000;
    terminal = "tmux-256color";
    secureSocket = false;
    tmuxp.enable = true;
    plugins = [
      (plugin "copycat")
      {
        plugin = plugin "battery";
        extraConfig = ''
          set -g @batt_icon_status_charged '='
        '';
      }
    ];
    extraConfig = ''
      set -g renumber-windows on
    '';
  };

  home.file.packages.text = lib.concatMapStrings (p: "${p}\n") config.home.packages;

  test.expected = {
    "home-files/.config/tmux/tmux.conf" = ./vi-plugins-expected.conf;
    "home-files/packages" = ./vi-plugins-expected-packages.txt;
  };
}
