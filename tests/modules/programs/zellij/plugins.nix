# Mirrors Home Manager's zellij-plugins: each plugin linked under
# zellij/plugins, aliased to that file and loaded at start; their
# run-time dependencies go into the package through its override.
{ config, pkgs, ... }:
let
  just = pkgs.runCommand "just" { } "";
  plugin =
    name: deps:
    pkgs.runCommand "zellij-${name}" {
      pname = "zellij-${name}";
      passthru.runtimeDeps = deps;
    } "";
  zellij = pkgs.zellij // {
    override = args: zellij // { extraPackages = args.extraPackages or [ ]; };
  };
in
{
  programs.zellij = {
    enable = true;
    package = zellij;
    plugins = [
      (plugin "foo" [ ])
      (plugin "bar" [ ])
      (plugin "baz" [ just ])
    ];
    settings.plugins.bar.foo = 123;
  };

  home.file.state.text = builtins.toJSON {
    extraPackages = map (p: p.name) config.programs.zellij.finalPackage.extraPackages;
    links = map (n: config.xdg.configFile."zellij/plugins/${n}.wasm".source.name) [
      "foo"
      "bar"
      "baz"
    ];
  };

  test.expected = {
    "home-files/.config/zellij/config.kdl" = ./plugins-expected.kdl;
    "home-files/state" = ./plugins-expected-state.json;
  };
}
