{
  i3-bar-focused-colors = ./i3-bar-focused-colors.nix;
  i3-followmouse = ./i3-followmouse.nix;
  i3-fonts = ./i3-fonts.nix;
  i3-fonts-deprecated = ./i3-fonts-deprecated.nix;
  i3-keybindings = ./i3-keybindings.nix;
  i3-null-config = ./i3-null-config.nix;
  i3-workspace-default = ./i3-workspace-default.nix;
  i3-workspace-output = ./i3-workspace-output.nix;
  i3-xsession = ./i3-xsession.nix;
}
