# specialisation.<name>.configuration: variants of the configuration, each
# its own generation, reachable as specialisation/<name> in the parent
# generation (`home-manager switch --specialisation NAME`).
{
  config,
  extendModules,
  lib,
  ...
}:

{
  options.specialisation = lib.mkOption {
    type = lib.types.attrsOf (
      lib.types.submodule {
        options.configuration = lib.mkOption {
          # A specialisation is the whole configuration plus its own
          # definitions, minus the specialisations themselves.
          type =
            let
              extended = extendModules { modules = [ { specialisation = lib.mkOverride 0 { }; } ]; };
            in
            extended.type;
          default = { };
          visible = "shallow";
          description = "Arbitrary Home Manager configuration settings.";
        };
      }
    );
    default = { };
    description = ''
      A set of named specialized configurations. These can be used to extend
      your base configuration with additional settings. For example, you can
      have specialisations named {var}`light` and {var}`dark`
      that apply light and dark color theme configurations.
    '';
  };

  config.home.extraBuilderCommands = lib.mkIf (config.specialisation != { }) ''
    mkdir $out/specialisation
    ${lib.concatStringsSep "\n" (
      lib.mapAttrsToList (
        name: s: "ln -s ${s.configuration.home.activationPackage} $out/specialisation/${lib.escapeShellArg name}"
      ) config.specialisation
    )}
  '';
}
