# Hearth's own case (Home Manager tests only the configuration above): with
# alwaysResetDesktops off, each monitor gets its desktops only while it
# holds bspwm's default one; early commands come first, a rule without
# directives names only its target, and freeform directives join the known
# ones in name order.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../script-newline-pkgs.nix { inherit lib; });

  xsession.windowManager.bspwm = {
    enable = true;
    alwaysResetDesktops = false;
    extraConfigEarly = ''
      bspc wm --adopt-orphans
    '';
    monitors = {
      "DP-1" = [ "web" ];
      "HDMI-0" = [
        "I"
        "II"
      ];
    };
    rules = {
      Gimp = {
        state = "floating";
        splitRatio = 0.65;
        one_shot = true;
      };
      Zathura = { };
    };
  };

  test.expected."home-files/.config/bspwm/bspwmrc" = ./keep-desktops-bspwmrc;
}
