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
          description = "Definitions added on top of the main configuration for this variant.";
        };
      }
    );
    default = { };
    description = ''
      Named variants of this configuration. Each is built as its own
      generation, linked from the main one, and activated with
      {command}`home-manager switch --specialisation NAME`; useful for, say,
      a work and a personal setup that differ in a few settings.
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
