# programs.go: the Go toolchain, its user environment file
# ($XDG_CONFIG_HOME/go/env, read by every `go` command), source trees
# linked under the first GOPATH entry, and the telemetry mode file.
# The pre-25.11 goPath/extraGoPaths/goBin/goPrivate options feed `env`.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.go;

  home = config.home.homeDirectory;

  # Lists are search paths (":") except GOPRIVATE-style patterns (",").
  listSeparator = name: if name == "GOPATH" then ":" else ",";

  renderedEnv = lib.mapAttrs (
    name: value: if builtins.isList value then lib.concatStringsSep (listSeparator name) value else value
  ) (lib.filterAttrs (_: v: v != null && v != [ ]) cfg.env);

  envText = lib.concatStrings (lib.mapAttrsToList (name: value: "${name}=${value}\n") renderedEnv);

  gopath = lib.toList cfg.env.GOPATH;

  # Where `packages` go: the first GOPATH entry, relative to the home
  # directory, or Go's own default ~/go.
  mainGoPath = if gopath == [ ] then "go" else lib.removePrefix "${home}/" (builtins.head gopath);

  mainGoPathInHome = gopath == [ ] || lib.hasPrefix "${home}/" (builtins.head gopath);

  modeText = "${cfg.telemetry.mode} ${cfg.telemetry.date}";

  isDarwin = pkgs.stdenv.hostPlatform.isDarwin;
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "programs" "go" "goPrivate" ] [ "programs" "go" "env" "GOPRIVATE" ])
    (lib.mkChangedOptionModule [ "programs" "go" "goBin" ] [ "programs" "go" "env" "GOBIN" ] (
      config: "${config.home.homeDirectory}/${config.programs.go.goBin}"
    ))
    (lib.mkChangedOptionModule [ "programs" "go" "goPath" ] [ "programs" "go" "env" "GOPATH" ] (
      config: [ "${config.home.homeDirectory}/${config.programs.go.goPath}" ]
    ))
    (lib.mkChangedOptionModule [ "programs" "go" "extraGoPaths" ] [ "programs" "go" "env" "GOPATH" ] (
      config: map (p: "${config.home.homeDirectory}/${p}") config.programs.go.extraGoPaths
    ))
  ];

  options.programs.go = {
    enable = lib.mkEnableOption "Go";

    package = lib.mkPackageOption pkgs "go" { };

    packages = mkOption {
      type = types.attrsOf types.path;
      default = { };
      example = lib.literalExpression ''
        { "golang.org/x/text" = builtins.fetchGit "https://go.googlesource.com/text"; }
      '';
      description = ''
        Source trees to link into {file}`src/` of the first
        {option}`programs.go.env.GOPATH` entry (or {file}`~/go`), by
        import path.
      '';
    };

    env = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf types.str;

        options = {
          GOPATH = mkOption {
            type = types.either types.str (types.listOf types.str);
            default = [ ];
            apply = lib.toList;
            example = [ "/home/jane/go" ];
            description = "Workspace directories, absolute; written joined by `:`.";
          };

          GOPRIVATE = mkOption {
            type = types.either types.str (types.listOf types.str);
            default = [ ];
            apply = lib.toList;
            example = [ "*.corp.example.com" ];
            description = ''
              Module path patterns fetched directly, bypassing the proxy
              and checksum database; written joined by `,`.
            '';
          };
        };
      };
      default = { };
      example = {
        GOAMD64 = "v3";
        GOPATH = [ "/home/jane/go" ];
      };
      description = ''
        Variables for Go's environment file
        {file}`$XDG_CONFIG_HOME/go/env`, as {command}`go env -w` would
        write them. See {command}`go help environment`.
      '';
    };

    telemetry = {
      mode = mkOption {
        type = types.nullOr (
          types.enum [
            "off"
            "local"
            "on"
          ]
        );
        default = null;
        description = "Telemetry mode written to Go's mode file; `null` leaves the file alone.";
      };

      date = mkOption {
        type = types.str;
        default = "1970-01-01";
        description = ''
          Date (YYYY-MM-DD) recorded with the mode; with mode `on`, the
          wait before the first upload counts from it.
        '';
      };
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          {
            assertion = cfg.packages == { } || mainGoPathInHome;
            message = "The first element of `programs.go.env.GOPATH must be an absolute path that points to a directory inside ${home} if `programs.go.packages` is set.";
          }
        ];

        home.packages = [ cfg.package ];

        home.file = lib.mapAttrs' (
          name: source: lib.nameValuePair "${mainGoPath}/src/${name}" { inherit source; }
        ) cfg.packages;
      }

      (mkIf (renderedEnv != { }) {
        home.file."Library/Application Support/go/env" = mkIf isDarwin { text = envText; };
        xdg.configFile."go/env" = mkIf (!isDarwin) { text = envText; };
      })

      (mkIf (cfg.telemetry.mode != null) {
        home.file."Library/Application Support/go/telemetry/mode" = mkIf isDarwin { text = modeText; };
        xdg.configFile."go/telemetry/mode" = mkIf (!isDarwin) { text = modeText; };
      })
    ]
  );
}
