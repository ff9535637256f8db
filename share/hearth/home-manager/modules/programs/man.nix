# programs.man: manual pages for what home.packages installs, read with
# man-db (the default) or mandoc, and optionally their search index built
# with the generation: man-db's through ~/.manpath, mandoc's as a linked
# directory added to MANPATH.
#
# Differs from Home Manager: with man-db, `package` defaults to null, so
# the system's man (Debian's man-db) is used rather than a second copy in
# every generation; set it to pkgs.man for generateCaches.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.man;

  # Every installed package's share/man, where the index is built from.
  manualPages = pkgs.buildEnv {
    name = "man-paths";
    paths = config.home.packages;
    pathsToLink = [ "/share/man" ];
    extraOutputsToInstall = [ "man" ];
    ignoreCollisions = true;
  };

  # mandb writes its index where a MANDB_MAP line of its config points.
  manDbCache = pkgs.runCommandLocal "man-cache" { nativeBuildInputs = [ cfg.package ]; } ''
    echo "MANDB_MAP ${manualPages}/share/man $out" > man.conf
    mandb -C man.conf --no-straycats --create ${manualPages}/share/man
  '';

  # makewhatis writes mandoc.db into the tree it indexes, so the pages
  # are copied into the output first.
  mandocCache = pkgs.runCommandLocal "mandoc-cache" { nativeBuildInputs = [ cfg.package ]; } ''
    mkdir -p $out
    cp -rL ${manualPages}/share/man/. $out/ || true
    chmod -R u+w $out
    makewhatis -T utf8 $out
  '';

  mandocDir = ".local/share/mandoc/man";
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "man" "extraConfig" ]
      [ "programs" "man" "man-db" "extraConfig" ]
    )
  ];

  options.programs.man = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether to install the `man` outputs of everything in
        {option}`home.packages`, with a {command}`man` to read them.
      '';
    };

    package = mkOption {
      type = types.nullOr types.package;
      default = if cfg.mandoc.enable && !cfg.man-db.enable then pkgs.mandoc else null;
      defaultText = lib.literalExpression "if mandoc.enable then pkgs.mandoc else null";
      description = ''
        The package providing {command}`man`. `null` installs none and
        leaves the system's to read the pages.
      '';
    };

    generateCaches = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to build the search index of the installed pages with each
        generation, so {manpage}`apropos(1)` and `man -k` find them. Off by
        default because it makes every build slower. Needs
        {option}`programs.man.package`.
      '';
    };

    man-db = {
      enable = lib.mkEnableOption "man-db as the man page viewer" // {
        default = true;
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        example = ''
          MANDATORY_MANPATH /usr/man
          SECTION 1 n l 8
        '';
        description = "Lines appended to {file}`~/.manpath` (written only with generateCaches).";
      };
    };

    mandoc.enable = lib.mkEnableOption "mandoc as the man page viewer";
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          {
            assertion = !(cfg.mandoc.enable && cfg.man-db.enable);
            message = ''
              man-db and mandoc can't be used as the man page viewer at the same time!
            '';
          }
        ];

        # Only when the user asked: modules such as fish's turn caches on
        # with mkDefault, and with Hearth's null package that would warn
        # every fish user about a choice they never made.
        warnings =
          lib.optional (
            cfg.generateCaches && cfg.package == null && options.programs.man.generateCaches.highestPrio < 1000
          ) "programs.man.generateCaches has no effect when programs.man.package is null"
          ++ lib.optional (
            cfg.man-db.enable && cfg.man-db.extraConfig != "" && !cfg.generateCaches
          ) "programs.man.man-db.extraConfig has no effect when programs.man.generateCaches is false";

        home.packages = lib.optional (cfg.package != null) cfg.package;
        home.extraOutputsToInstall = [ "man" ];
      }

      (mkIf (cfg.man-db.enable && cfg.generateCaches && cfg.package != null) {
        home.file.".manpath".text =
          ''
            MANDB_MAP ${config.home.profileDirectory}/share/man ${manDbCache}
          ''
          + lib.optionalString (cfg.man-db.extraConfig != "") "\n${cfg.man-db.extraConfig}";
      })

      (mkIf (cfg.mandoc.enable && cfg.generateCaches && cfg.package != null) {
        home.file.${mandocDir}.source = mandocCache;
        home.sessionSearchVariables.MANPATH = [ "${config.home.homeDirectory}/${mandocDir}" ];
      })
    ]
  );
}
