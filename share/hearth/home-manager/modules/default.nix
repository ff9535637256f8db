# Evaluates a Home Manager configuration, as Home Manager's own
# modules/default.nix does: the configuration plus every HM module, with
# class "homeManager". Failed assertions throw ("Failed assertions:" and one
# "- <message>" line each); warnings are traced in red. The generation's
# derivation is `activationPackage`; `config.home.activationManifest` is the
# same generation described as data (docs/generation-manifest.md).
{
  configuration,
  pkgs,
  lib ? pkgs.lib,
  check ? true,
  extraSpecialArgs ? { },
  minimal ? false,
  # Hearth addition: false keeps `pkgs` as given instead of re-importing
  # Nixpkgs with nixpkgs.* (what useGlobalPkgs does; the tests use it too).
  useNixpkgsModule ? true,
}:

let
  extendedLib = import ./lib/stdlib-extended.nix lib;

  hmModules = import ./modules.nix {
    inherit
      check
      minimal
      pkgs
      useNixpkgsModule
      ;
    lib = extendedLib;
  };

  raw = extendedLib.evalModules {
    modules = [ configuration ] ++ hmModules;
    class = "homeManager";
    specialArgs = {
      modulesPath = builtins.toString ./.;
    }
    // extraSpecialArgs;
  };

  # Home Manager prints warnings in bold red (ESC[1;31m ... ESC[0m).
  esc = builtins.fromJSON ''"\u001b"'';
  showWarnings =
    warnings: value:
    builtins.foldl' (acc: w: builtins.trace "${esc}[1;31mwarning: ${w}${esc}[0m" acc) value warnings;

  checked =
    result:
    let
      failed = map (a: a.message) (builtins.filter (a: !a.assertion) result.config.assertions);
    in
    if failed == [ ] then
      showWarnings result.config.warnings result
    else
      throw "\nFailed assertions:\n${lib.concatMapStringsSep "\n" (m: "- ${m}") failed}";

  withExtraAttrs =
    result:
    let
      module = checked result;
    in
    {
      inherit (module) options config;
      activationPackage = module.config.home.activationPackage;
      # Older name for the same derivation, kept for existing scripts.
      activation-script = module.config.home.activationPackage;
      newsDisplay = result.config.news.display;
      newsEntries = lib.sort (a: b: a.time > b.time) (
        builtins.filter (e: e.condition) result.config.news.entries
      );
      inherit (module._module.args) pkgs;
      extendModules = args: withExtraAttrs (result.extendModules args);
    };
in
withExtraAttrs raw
