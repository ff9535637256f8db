# The impure defaults nixpkgs reads when an argument is not given: the
# current system, the user's config file and overlays. Everything pure is
# left to ./default.nix.
let
  homeDir = builtins.getEnv "HOME";

  # First of: $NIXPKGS_CONFIG, ~/.config/nixpkgs/config.nix, ~/.nixpkgs/config.nix.
  configFile =
    let
      env = builtins.getEnv "NIXPKGS_CONFIG";
      candidates =
        (if env != "" then [ env ] else [ ])
        ++ (if homeDir != "" then [ (homeDir + "/.config/nixpkgs/config.nix") (homeDir + "/.nixpkgs/config.nix") ] else [ ]);
      found = builtins.filter builtins.pathExists candidates;
    in
    if found == [ ] then null else builtins.head found;

  # `<nixpkgs-overlays>`, else ~/.config/nixpkgs/overlays{.nix,/}. A
  # directory contributes each `*.nix` file and each dir with a default.nix.
  kindOf = p: (builtins.readDir (dirOf p)).${baseNameOf p} or "missing";
  overlaysFrom =
    path:
    let
      isDir = kindOf path == "directory" && !builtins.pathExists (path + "/default.nix");
      content = builtins.readDir path;
      wanted =
        name:
        (builtins.match ".*\\.nix" name != null && content.${name} != "directory")
        || builtins.pathExists (path + "/${name}/default.nix");
    in
    if isDir then map (n: import (path + "/${n}")) (builtins.filter wanted (builtins.attrNames content)) else import path;

  defaultOverlays =
    let
      fromSearchPath = builtins.tryEval <nixpkgs-overlays>;
      candidates =
        if homeDir != "" then
          builtins.filter builtins.pathExists [
            (homeDir + "/.config/nixpkgs/overlays.nix")
            (homeDir + "/.config/nixpkgs/overlays")
          ]
        else
          [ ];
    in
    if fromSearchPath.success && builtins.pathExists fromSearchPath.value then
      overlaysFrom fromSearchPath.value
    else if candidates == [ ] then
      [ ]
    else if builtins.length candidates > 1 then
      throw ''
        Nixpkgs overlays can be specified with ${homeDir}/.config/nixpkgs/overlays.nix or ${homeDir}/.config/nixpkgs/overlays, but not both.
        Please remove one of them and try again.''
    else
      overlaysFrom (builtins.head candidates);
in
{
  localSystem ? { system = args.system or builtins.currentSystem; },
  system ? localSystem.system,
  crossSystem ? localSystem,
  config ? (if configFile != null then import configFile else { }),
  overlays ? defaultOverlays,
  crossOverlays ? [ ],
  ...
}@args:
import ./. (
  builtins.removeAttrs args [ "system" ]
  // {
    inherit config overlays localSystem crossSystem crossOverlays;
  }
)
