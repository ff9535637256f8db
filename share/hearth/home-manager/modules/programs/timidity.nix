# programs.timidity: timidity wrapped so that every run reads a
# configuration file holding `extraConfig` (`-c timidity.cfg`); the
# wrapped package is what gets installed.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.timidity;

  configFile = pkgs.writeText "timidity.cfg" cfg.extraConfig;
in
{
  options.programs.timidity = {
    enable = lib.mkEnableOption "timidity, a software MIDI renderer";

    package = lib.mkPackageOption pkgs "timidity" { };

    finalPackage = lib.mkOption {
      type = lib.types.package;
      readOnly = true;
      description = "The installed timidity: {option}`package` wrapped to read the configuration.";
    };

    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = lib.literalExpression ''
        '''
          soundfont ''${pkgs.soundfont-fluid}/share/soundfonts/FluidR3_GM2-2.sf2
        '''
      '';
      description = "Lines of timidity's configuration file.";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.timidity.finalPackage = pkgs.symlinkJoin {
      name = "timidity-with-config";
      paths = [ cfg.package ];
      nativeBuildInputs = [ pkgs.makeWrapper ];
      postBuild = ''
        wrapProgram $out/bin/timidity \
          --add-flags '-c ${configFile}'
      '';
    };

    home.packages = [ cfg.finalPackage ];
  };
}
