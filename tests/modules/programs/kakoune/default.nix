{
  kakoune-whitespace-highlighter = ./whitespace-highlighter.nix;
  kakoune-whitespace-highlighter-corner-cases = ./whitespace-highlighter-corner-cases.nix;
  kakoune-most-options = ./most-options.nix;
  kakoune-null-package-plugins = ./null-package-plugins.nix;
}
