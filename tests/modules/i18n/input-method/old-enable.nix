# Hearth's own case: the deprecated `enabled` still chooses fcitx5, with a
# warning; the packages are fcitx5 with its addons (quick phrases become
# one, their backslashes and newlines escaped) and the two GTK immodules
# caches, and no settings means no ~/.config/fcitx5.
{ config, lib, pkgs, ... }:
{
  imports = [ ./stub-pkgs.nix ];

  i18n.inputMethod = {
    enabled = "fcitx5";
    fcitx5.addons = [ (pkgs.runCommand "fcitx5-rime" { } "") ];
    fcitx5.quickPhrase = {
      smile = "(^_^)";
      two = "a\\b\nc";
    };
  };

  home.file.state.text = builtins.toJSON {
    hasConfig = config.xdg.configFile ? fcitx5;
    addons = map (p: p.name) config.i18n.inputMethod.package.addons;
    quickPhrase = (lib.findFirst (p: p.name == "QuickPhrase.mb") null config.i18n.inputMethod.package.addons).text;
    packages = map (p: p.name) (builtins.filter (p: p ? name) config.home.packages);
    caches = map (p: p.buildCommand) (
      builtins.filter (p: builtins.match "gtk.-immodule.cache" p.name != null) config.home.packages
    );
  } + "\n";

  test.expected = {
    "home-files/state" = ./old-enable-expected.json;
    warnings = ./old-enable-expected-warnings.txt;
  };
}
