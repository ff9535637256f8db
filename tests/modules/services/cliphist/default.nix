{
  cliphist-sway-session-target = ./sway-session-target.nix;
  cliphist-multiple-session-targets = ./multiple-session-targets.nix;
  cliphist-extra-options = ./extra-options.nix;
  cliphist-quoted-options = ./quoted-options.nix;
  cliphist-no-images = ./no-images.nix;
}
