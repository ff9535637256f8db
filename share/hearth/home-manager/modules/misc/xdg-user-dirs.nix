# xdg.userDirs: the well-known user directories (Desktop, Downloads...)
# of xdg-user-dirs, written to ${xdg.configHome}/user-dirs.dirs, with
# xdg-user-dirs-update told (user-dirs.conf) to leave that file alone.
#
# Before home.stateVersion 26.05 the directories are also exported as
# session variables unless setSessionVariables says otherwise; from 26.05
# they are not, as in Home Manager.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xdg.userDirs;
  home = config.home.homeDirectory;

  legacySessionVariables = lib.versionOlder config.home.stateVersion "26.05";

  dirType = types.nullOr (types.coercedTo types.path toString types.str);

  # option name, variable stem, default directory under $HOME
  wellKnown = [
    [ "desktop" "DESKTOP" "Desktop" ]
    [ "documents" "DOCUMENTS" "Documents" ]
    [ "download" "DOWNLOAD" "Downloads" ]
    [ "music" "MUSIC" "Music" ]
    [ "pictures" "PICTURES" "Pictures" ]
    [ "projects" "PROJECTS" "Projects" ]
    [ "publicShare" "PUBLICSHARE" "Public" ]
    [ "templates" "TEMPLATES" "Templates" ]
    [ "videos" "VIDEOS" "Videos" ]
  ];

  dirOption =
    sub:
    mkOption {
      type = dirType;
      default = "${home}/${sub}";
      defaultText = lib.literalExpression ''"''${config.home.homeDirectory}/${sub}"'';
      description = ''
        The ${sub} directory; `null` leaves it out of {file}`user-dirs.dirs`
        and the session.
      '';
    };

  # extraConfig keys name the directory as xdg-user-dirs-update does
  # ("MISC"); the full variable name is still accepted, with a warning.
  variableFor =
    key:
    let
      m = builtins.match "XDG_(.*)_DIR" key;
    in
    if m == null then
      "XDG_${key}_DIR"
    else
      lib.warn "using keys like ‘${key}’ for xdg.userDirs.extraConfig is deprecated in favor of keys like ‘${builtins.head m}’" key;

  directories =
    lib.filterAttrs (_: v: v != null) (
      builtins.listToAttrs (
        map (d: lib.nameValuePair "XDG_${builtins.elemAt d 1}_DIR" cfg.${builtins.head d}) wellKnown
      )
    )
    // lib.mapAttrs' (k: v: lib.nameValuePair (variableFor k) v) cfg.extraConfig;
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "xdg" "userDirs" "publishShare" ] [ "xdg" "userDirs" "publicShare" ])
  ];

  options.xdg.userDirs =
    {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Whether to write {file}`$XDG_CONFIG_HOME/user-dirs.dirs` (a
          read-only link) from these options.
        '';
      };

      package = lib.mkPackageOption pkgs "xdg-user-dirs" { nullable = true; };

      extraConfig = mkOption {
        type = types.attrsOf (types.coercedTo types.path toString types.str);
        default = { };
        example = lib.literalExpression ''
          {
            MISC = "''${config.home.homeDirectory}/Misc";
          }
        '';
        description = ''
          More user directories, keyed by the name xdg-user-dirs gives them
          (`MISC` becomes {env}`XDG_MISC_DIR`).
        '';
      };

      createDirectories = lib.mkEnableOption "creating the user directories at activation";

      setSessionVariables = mkOption {
        type = types.bool;
        default = legacySessionVariables;
        defaultText = lib.literalExpression ''lib.versionOlder config.home.stateVersion "26.05"'';
        description = ''
          Whether to export the directories as {env}`XDG_*_DIR` session
          variables too. Programs that follow the specification read
          {file}`user-dirs.dirs` and need no variables.
        '';
      };
    }
    // builtins.listToAttrs (
      map (d: lib.nameValuePair (builtins.head d) (dirOption (builtins.elemAt d 2))) wellKnown
    );

  config = lib.mkIf cfg.enable {
    # Values are quoted: xdg-user-dirs reads the file as shell syntax.
    xdg.configFile."user-dirs.dirs".text = lib.generators.toKeyValue { } (
      lib.mapAttrs (_: v: ''"${v}"'') directories
    );

    xdg.configFile."user-dirs.conf".text = "enabled=False";

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.sessionVariables = lib.mkIf cfg.setSessionVariables directories;

    # Only while the legacy default is in effect, not when it is chosen.
    warnings =
      lib.optional (legacySessionVariables && options.xdg.userDirs.setSessionVariables.highestPrio >= 1500)
        ''
          The default value of `xdg.userDirs.setSessionVariables` has changed from `true` to `false`.
          You are currently using the legacy default (`true`) because `home.stateVersion` is less than "26.05".
          To silence this warning and keep legacy behavior, set:
            xdg.userDirs.setSessionVariables = true;
          To adopt the new default behavior, set:
            xdg.userDirs.setSessionVariables = false;
        '';

    # A link is left alone: the user may point a directory elsewhere.
    home.activation.createXdgUserDirectories = lib.mkIf cfg.createDirectories (
      lib.hm.dag.entryAfter [ "linkGeneration" ] (
        lib.concatMapStringsSep "\n" (
          dir: ''[[ -L "${dir}" ]] || run mkdir -p $VERBOSE_ARG "${dir}"''
        ) (lib.attrValues directories)
      )
    );
  };
}
