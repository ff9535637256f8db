# Home Manager's bspwm-configuration test: awkward monitor and desktop
# names, every kind of setting, a rule with a null directive, extra
# commands and startup programs. Adapted: the shell in the first line of
# bspwmrc is the stubs' placeholder bash, and words that need no quoting
# (focused, border_width, 2, on, ...) stand bare: Home Manager's stored
# bspwmrc comes from a nixpkgs whose escapeShellArg quoted every word.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../script-newline-pkgs.nix { inherit lib; });

  xsession.windowManager.bspwm = {
    enable = true;
    monitors.focused = [
      "desktop 1"
      "d'esk top"
    ];
    settings = {
      border_width = 2;
      split_ratio = 0.52;
      gapless_monocle = true;
      external_rules_command = "/path/to/external rules command";
      ignore_ewmh_fullscreen = [
        "enter"
        "exit"
      ];
    };
    rules."*" = {
      sticky = true;
      center = false;
      desktop = "d'esk top#next";
      splitDir = "north";
      border = null;
    };
    extraConfig = ''
      extra config
    '';
    startupPrograms = [
      "foo"
      "bar || qux"
    ];
  };

  test.expected."home-files/.config/bspwm/bspwmrc" = ./bspwmrc;
}
