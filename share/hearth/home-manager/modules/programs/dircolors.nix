# programs.dircolors: a dircolors database (~/.dir_colors, or
# $XDG_CONFIG_HOME/dir_colors with home.preferXdgDirectories) seeded with
# coreutils' own defaults, and the shell hooks that turn it into LS_COLORS.
# The nushell hook comes with a nushell module, which Hearth does not ship.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkDefault mkIf mkOption types;

  cfg = config.programs.dircolors;

  dircolorsExe = lib.getExe' cfg.package "dircolors";

  # The shells read the file at run time, so the path may start with `~`.
  dbPath =
    if config.home.preferXdgDirectories then "${config.xdg.configHome}/dir_colors" else "~/.dir_colors";

  # Entries sorted by name, an empty line, then the user's own lines.
  text = lib.concatStringsSep "\n" (
    lib.mapAttrsToList (name: value: "${name} ${value}") cfg.settings
    ++ [ "" ]
    ++ lib.optional (cfg.extraConfig != "") cfg.extraConfig
  );

  # What `dircolors --print-database` prints (coreutils 9), by colour.
  defaultsBy =
    colour: names:
    lib.genAttrs names (_: mkDefault colour);

  defaults = lib.mkMerge [
    {
      RESET = mkDefault "0";
      DIR = mkDefault "01;34";
      LINK = mkDefault "01;36";
      MULTIHARDLINK = mkDefault "00";
      FIFO = mkDefault "40;33";
      SOCK = mkDefault "01;35";
      DOOR = mkDefault "01;35";
      BLK = mkDefault "40;33;01";
      CHR = mkDefault "40;33;01";
      ORPHAN = mkDefault "40;31;01";
      MISSING = mkDefault "00";
      SETUID = mkDefault "37;41";
      SETGID = mkDefault "30;43";
      CAPABILITY = mkDefault "30;41";
      STICKY_OTHER_WRITABLE = mkDefault "30;42";
      OTHER_WRITABLE = mkDefault "34;42";
      STICKY = mkDefault "37;44";
      EXEC = mkDefault "01;32";
    }
    # Archives.
    (defaultsBy "01;31" [
      ".tar" ".tgz" ".arc" ".arj" ".taz" ".lha" ".lz4" ".lzh" ".lzma" ".tlz"
      ".txz" ".tzo" ".t7z" ".zip" ".z" ".dz" ".gz" ".lrz" ".lz" ".lzo" ".xz"
      ".zst" ".tzst" ".bz2" ".bz" ".tbz" ".tbz2" ".tz" ".deb" ".rpm" ".jar"
      ".war" ".ear" ".sar" ".rar" ".alz" ".ace" ".zoo" ".cpio" ".7z" ".rz"
      ".cab" ".wim" ".swm" ".dwm" ".esd"
    ])
    # Images and video.
    (defaultsBy "01;35" [
      ".jpg" ".jpeg" ".mjpg" ".mjpeg" ".gif" ".bmp" ".pbm" ".pgm" ".ppm"
      ".tga" ".xbm" ".xpm" ".tif" ".tiff" ".png" ".svg" ".svgz" ".mng" ".pcx"
      ".mov" ".mpg" ".mpeg" ".m2v" ".mkv" ".webm" ".ogm" ".mp4" ".m4v" ".mp4v"
      ".vob" ".qt" ".nuv" ".wmv" ".asf" ".rm" ".rmvb" ".flc" ".avi" ".fli"
      ".flv" ".gl" ".dl" ".xcf" ".xwd" ".yuv" ".cgm" ".emf" ".ogv" ".ogx"
    ])
    # Audio.
    (defaultsBy "00;36" [
      ".aac" ".au" ".flac" ".m4a" ".mid" ".midi" ".mka" ".mp3" ".mpc" ".ogg"
      ".ra" ".wav" ".oga" ".opus" ".spx" ".xspf"
    ])
  ];
in
{
  options.programs.dircolors = {
    enable = lib.mkEnableOption "a managed dircolors database and `LS_COLORS` set from it";

    package = lib.mkPackageOption pkgs "dircolors" { default = "coreutils"; };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    settings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        OTHER_WRITABLE = "30;46";
        ".sh" = "01;32";
      };
      description = ''
        Database entries, by file type or extension. Starts from the
        database `dircolors --print-database` shows; entries given here
        replace those.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added verbatim after the entries.";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        programs.dircolors.settings = defaults;

        programs.bash.initExtra = mkIf cfg.enableBashIntegration ''
          eval $(${dircolorsExe} -b ${dbPath})
        '';

        programs.fish.shellInit = mkIf cfg.enableFishIntegration ''
          eval (${dircolorsExe} -c ${dbPath})
        '';

        # Before Oh My Zsh and the user's init, which may read LS_COLORS.
        programs.zsh.initContent = mkIf cfg.enableZshIntegration (
          lib.mkOrder 550 ''
            eval $(${dircolorsExe} -b ${dbPath})
          ''
        );
      }
      (mkIf (!config.home.preferXdgDirectories) { home.file.".dir_colors".text = text; })
      (mkIf config.home.preferXdgDirectories { xdg.configFile.dir_colors.text = text; })
    ]
  );
}
