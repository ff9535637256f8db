# Home Manager's sxhkd-configuration test: keybindings in name order (a
# null one leaves an empty entry), then extraConfig; the script as a
# command is an addition of Hearth's.
{ pkgs, ... }:
{
  services.sxhkd = {
    enable = true;
    keybindings = {
      "super + a" = "run command a";
      "super + b" = null;
      "super + Shift + b" = "run command b";
      "super + s" = pkgs.writeShellScript "script.sh" "echo $USER";
    };
    extraConfig = ''
      super + c
        call command c

      # comment
      super + d
        call command d
    '';
  };

  test.expected."home-files/.config/sxhkd/sxhkdrc" = ./sxhkdrc;
}
