# XDG base directories: where they are, the session variables naming them
# (with xdg.enable), and xdg.{config,data,state,cache}File, which are
# home.file entries under those directories.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xdg;
  homeDirectory = config.home.homeDirectory;

  inherit (import ../lib/file-type.nix { inherit homeDirectory lib pkgs; }) fileType;

  # Before 20.09 (without xdg.enable) the directories came from the
  # caller's environment.
  fromEnvironment = lib.versionOlder config.home.stateVersion "20.09";

  dirs = {
    cache = {
      var = "XDG_CACHE_HOME";
      rel = ".cache";
    };
    config = {
      var = "XDG_CONFIG_HOME";
      rel = ".config";
    };
    data = {
      var = "XDG_DATA_HOME";
      rel = ".local/share";
    };
    state = {
      var = "XDG_STATE_HOME";
      rel = ".local/state";
    };
    bin = {
      var = "XDG_BIN_HOME";
      rel = ".local/bin";
    };
  };

  defaultFor =
    d:
    let
      standard = "${homeDirectory}/${d.rel}";
      env = builtins.getEnv d.var;
    in
    if cfg.enable || !fromEnvironment then standard else if env != "" then env else standard;

  homeOption =
    kind: d:
    mkOption {
      type = types.path;
      defaultText = lib.literalExpression ''"''${config.home.homeDirectory}/${d.rel}"'';
      apply = toString;
      description = "Where programs keep their ${kind} files; exported as the matching `XDG_*_HOME` variable when {option}`xdg.enable` is set.";
    };

  fileOption =
    kind: home:
    mkOption {
      type = fileType "xdg.${kind}File" "{var}`xdg.${kind}Home`" home;
      default = { };
      description = "Files to place under {option}`xdg.${kind}Home`, keyed by path relative to it; they take the same attributes as {option}`home.file`.";
    };

  # xdg.<kind>File.<name> is home.file."<kind>Home/<name>".
  underHome = home: files: lib.mapAttrs' (name: file: lib.nameValuePair "${home}/${name}" file) files;
in
{
  options.xdg = {
    enable = lib.mkEnableOption "the XDG base directory variables ({env}`XDG_CONFIG_HOME` and the rest) in the session";

    cacheHome = homeOption "cache" dirs.cache;
    configHome = homeOption "configuration" dirs.config;
    dataHome = homeOption "data" dirs.data;
    stateHome = homeOption "state" dirs.state;
    binHome = homeOption "executable" dirs.bin;

    cacheFile = fileOption "cache" cfg.cacheHome;
    configFile = fileOption "config" cfg.configHome;
    dataFile = fileOption "data" cfg.dataHome;
    stateFile = fileOption "state" cfg.stateHome;

    localBinInPath = lib.mkEnableOption "putting {option}`xdg.binHome` on {env}`PATH`";
  };

  config = lib.mkMerge [
    {
      xdg = lib.mapAttrs' (kind: d: lib.nameValuePair "${kind}Home" (lib.mkOptionDefault (defaultFor d))) dirs;

      home.file = lib.mkMerge [
        (underHome cfg.configHome cfg.configFile)
        (underHome cfg.dataHome cfg.dataFile)
        (underHome cfg.stateHome cfg.stateFile)
        (underHome cfg.cacheHome cfg.cacheFile)
        # Keep the directories around even when nothing else is in them.
        { "${cfg.cacheHome}/.keep".text = ""; }
        { "${cfg.stateHome}/.keep".text = ""; }
      ];
    }

    (lib.mkIf cfg.enable (
      let
        variables = lib.mapAttrs' (kind: d: lib.nameValuePair d.var cfg."${kind}Home") dirs;
      in
      {
        home.sessionVariables = variables;
        # Services started by the user manager see them too.
        systemd.user.sessionVariables = variables;
      }
    ))

    (lib.mkIf cfg.localBinInPath { home.sessionPath = [ cfg.binHome ]; })
  ];
}
