# programs.gradle: gradle.properties (Java properties of `settings`) and
# init scripts under init.d, both in the Gradle home (~/.gradle unless
# `home` says otherwise, then exported as GRADLE_USER_HOME); turns on
# programs.java, as Home Manager does.
#
# Hearth's pkgs.formats has no javaProperties yet, so the properties
# format lives here: nixpkgs' header comment and sorted `key = value`
# lines, with the escapes the Properties syntax needs.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.gradle;

  defaultHome = ".gradle";

  escapeCommon = builtins.replaceStrings [ "\\" "\n" "\r" "\t" "\f" ] [ "\\\\" "\\n" "\\r" "\\t" "\\f" ];

  # A key ends at the first unescaped blank, `=` or `:`; `#` or `!` at
  # its start would make the line a comment.
  escapeKey =
    k:
    let
      e = builtins.replaceStrings [ " " "=" ":" ] [ "\\ " "\\=" "\\:" ] (escapeCommon k);
    in
    if lib.hasPrefix "#" e || lib.hasPrefix "!" e then "\\" + e else e;

  # Leading blanks of a value would be skipped by the reader.
  escapeValue = v: if lib.hasPrefix " " v then "\\" + escapeCommon v else escapeCommon v;

  propertyValue = v: if builtins.isBool v then lib.boolToString v else toString v;

  propertiesFormat = {
    type = types.attrsOf (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
        types.path
        types.package
      ]
    );
    generate =
      name: value:
      pkgs.writeText name (
        "# Generated with Nix\n\n"
        + lib.concatStrings (
          lib.mapAttrsToList (k: v: "${escapeKey k} = ${escapeValue (propertyValue v)}\n") value
        )
      );
  };

  initScript = types.submodule (
    { name, config, ... }:
    {
      options = {
        text = mkOption {
          type = types.nullOr types.lines;
          default = null;
          description = "The script's text; when `null`, {option}`source` must be given.";
        };

        source = mkOption {
          type = types.path;
          description = "The script's file; made from {option}`text` when that is set.";
        };
      };

      config.source = lib.mkIf (config.text != null) (
        lib.mkDefault (
          pkgs.writeTextFile {
            inherit (config) text;
            name = lib.hm.strings.storeFileName name;
          }
        )
      );
    }
  );
in
{
  options.programs.gradle = {
    enable = lib.mkEnableOption "Gradle Build Tool";

    home = mkOption {
      type = types.str;
      default = defaultHome;
      description = ''
        The Gradle home, relative to [](#opt-home.homeDirectory). Any other
        value than {file}`.gradle` is exported as {env}`GRADLE_USER_HOME`.
      '';
    };

    package = lib.mkPackageOption pkgs "gradle" { example = "pkgs.gradle_7"; };

    settings = mkOption {
      type = types.submodule { freeformType = propertiesFormat.type; };
      default = { };
      example = lib.literalExpression ''
        {
          "org.gradle.caching" = true;
          "org.gradle.parallel" = true;
          "org.gradle.jvmargs" = "-XX:MaxMetaspaceSize=384m";
        }
      '';
      description = "Properties written to {file}`gradle.properties` in the Gradle home.";
    };

    initScripts = mkOption {
      type = types.attrsOf initScript;
      default = { };
      example = lib.literalExpression ''
        {
          "maven-local.gradle".text = '''
            allprojects { repositories { mavenLocal() } }
          ''';
          "other.init.gradle.kts".source = ./other.init.gradle.kts;
        }
      '';
      description = ''
        Init scripts linked into {file}`init.d` of the Gradle home, by file
        name (see <https://docs.gradle.org/current/userguide/init_scripts.html>).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file = lib.mkMerge (
      [
        {
          "${cfg.home}/gradle.properties" = lib.mkIf (cfg.settings != { }) {
            source = propertiesFormat.generate "gradle.properties" cfg.settings;
          };
        }
      ]
      ++ lib.mapAttrsToList (name: script: {
        "${cfg.home}/init.d/${name}".source = script.source;
      }) cfg.initScripts
    );

    home.sessionVariables = lib.mkIf (cfg.home != defaultHome) {
      GRADLE_USER_HOME = "${config.home.homeDirectory}/${cfg.home}";
    };

    programs.java.enable = true;
  };
}
