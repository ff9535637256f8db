# The expression `home-manager build/switch` evaluates for a non-flake
# configuration: `confPath` is the configuration file, `confAttr` (the -A
# flag) an attribute inside it.
{
  pkgs ? import <nixpkgs> { },
  confPath,
  confAttr ? null,
  check ? true,
}:

let
  # A path (not its import) keeps file names in error messages.
  configuration =
    if confAttr == "" || confAttr == null then confPath else (import confPath).${confAttr};

  env = import ../modules {
    inherit configuration pkgs check;
  };
in
{
  inherit (env)
    activationPackage
    config
    options
    pkgs
    newsDisplay
    newsEntries
    ;
}
