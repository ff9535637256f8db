# programs.pandoc: pandoc wrapped to read a defaults file (the JSON of
# `defaults`) on every run, plus templates and citation styles under
# $XDG_DATA_HOME/pandoc (templates/NAME and csl/<file's name>).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.pandoc;

  jsonFormat = pkgs.formats.json { };

  # A style keeps its file's own name; the name carries no store
  # dependency of its own, so its context may go.
  cslName = file: builtins.unsafeDiscardStringContext (baseNameOf file);

  dataFiles =
    lib.mapAttrs' (name: file: lib.nameValuePair "pandoc/templates/${name}" { source = file; }) cfg.templates
    // lib.listToAttrs (
      map (file: lib.nameValuePair "pandoc/csl/${cslName file}" { source = file; }) cfg.citationStyles
    );
in
{
  options.programs.pandoc = {
    enable = lib.mkEnableOption "pandoc";

    package = lib.mkPackageOption pkgs "pandoc" { };

    finalPackage = mkOption {
      type = types.package;
      readOnly = true;
      description = "The installed pandoc: {option}`package` wrapped to read {option}`defaultsFile`.";
    };

    defaults = mkOption {
      type = jsonFormat.type;
      default = { };
      example = lib.literalExpression ''
        {
          metadata.author = "John Doe";
          pdf-engine = "xelatex";
          citeproc = true;
        }
      '';
      description = ''
        Settings pandoc applies to every conversion, written as JSON to the
        defaults file it is always given (see "Defaults files" in pandoc's
        manual).
      '';
    };

    defaultsFile = mkOption {
      type = types.path;
      readOnly = true;
      description = "The generated defaults file.";
    };

    templates = mkOption {
      type = types.attrsOf types.path;
      default = { };
      example = lib.literalExpression ''{ "default.latex" = ./my-template.latex; }'';
      description = "Templates to install, by file name.";
    };

    citationStyles = mkOption {
      type = types.listOf types.path;
      default = [ ];
      example = lib.literalExpression "[ ./ieee.csl ]";
      description = "Citation style (.csl) files to install.";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.pandoc = {
      defaultsFile = jsonFormat.generate "hm.json" cfg.defaults;

      finalPackage = pkgs.symlinkJoin {
        name = "pandoc-with-defaults";
        paths = [ cfg.package ];
        nativeBuildInputs = [ pkgs.makeWrapper ];
        postBuild = ''
          wrapProgram "$out/bin/pandoc" \
            --add-flags '--defaults "${cfg.defaultsFile}"'
        '';
      };
    };

    home.packages = [ cfg.finalPackage ];

    xdg.dataFile = dataFiles;
  };
}
