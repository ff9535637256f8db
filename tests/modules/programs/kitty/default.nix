{
  kitty-example-mk-order = ./example-mk-order.nix;
  kitty-null-shell-integration = ./null-shell-integration.nix;
  kitty-diff-and-themes = ./diff-and-themes.nix;
  kitty-example-diff-config = ./example-diff-config.nix;
}
