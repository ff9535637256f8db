# Evaluates one case directory of tests/nixos/cases with Hearth's <nixos>:
#   manifest      the system manifest (compared with manifest.json)
#   unitFailures  units/ and user-units/ files whose text differs from the
#                 rendered unit of that name (must be [])
#   probe         probe.nix applied to the evaluated system, when present
#                 (compared with probe.json)
{ dir }:

let
  system = import ../../share/hearth/nixos { configuration = dir + "/configuration.nix"; };
  # Warnings name the files that define options; the checkout's location
  # is replaced so that expected outputs hold anywhere.
  root = toString ../..;
  manifest = system.manifest // {
    warnings = map (builtins.replaceStrings [ root ] [ "@source@" ]) system.manifest.warnings;
  };

  expectedUnits =
    sub: rendered:
    let
      path = dir + "/${sub}";
    in
    if builtins.pathExists path then
      map (
        name:
        let
          expected = builtins.readFile (path + "/${name}");
          actual = rendered.${name}.text or null;
        in
        if expected == actual then null else { inherit name expected actual; }
      ) (builtins.attrNames (builtins.readDir path))
    else
      [ ];
in
{
  inherit manifest;
  unitFailures = builtins.filter (x: x != null) (
    expectedUnits "units" manifest.units ++ expectedUnits "user-units" manifest.userUnits
  );
  probe = if builtins.pathExists (dir + "/probe.nix") then import (dir + "/probe.nix") system else null;
}
