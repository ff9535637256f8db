# programs.htop: $XDG_CONFIG_HOME/htop/htoprc as `key=value` lines
# (booleans as 1/0, lists space-separated), header_layout first because
# htop reads it before the column meters, then screens in DAG order.
# Without screens the classic `fields` list is always written, or htop
# ignores the file. config.lib.htop has the field numbers and meter
# helpers configurations use.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.htop;

  formatOption =
    n: v:
    "${n}=${
      if builtins.isBool v then
        (if v then "1" else "0")
      else
        toString v
    }";

  # A meter list [ { Name = mode; } ... ] becomes the names and the modes.
  metersOn = side: meters: {
    "${side}_meters" = lib.concatMap builtins.attrNames meters;
    "${side}_meter_modes" = lib.concatMap builtins.attrValues meters;
  };

  # htop's process field numbers (htop's ProcessField enum).
  fields = {
    PID = 0;
    COMM = 1;
    STATE = 2;
    PPID = 3;
    PGRP = 4;
    SESSION = 5;
    TTY_NR = 6;
    TPGID = 7;
    MINFLT = 9;
    CMINFLT = 10;
    MAJFLT = 11;
    CMAJFLT = 12;
    UTIME = 13;
    STIME = 14;
    CUTIME = 15;
    CSTIME = 16;
    PRIORITY = 17;
    NICE = 18;
    STARTTIME = 20;
    PROCESSOR = 37;
    M_SIZE = 38;
    M_RESIDENT = 39;
    M_SHARE = 40;
    M_TRS = 41;
    M_DRS = 42;
    M_LRS = 43;
    M_DT = 44;
    ST_UID = 45;
    PERCENT_CPU = 46;
    PERCENT_MEM = 47;
    USER = 48;
    TIME = 49;
    NLWP = 50;
    TGID = 51;
    PERCENT_NORM_CPU = 52;
    ELAPSED = 53;
    CTID = 99;
    VPID = 100;
    VXID = 102;
    RCHAR = 102;
    WCHAR = 103;
    SYSCR = 104;
    SYSCW = 105;
    RBYTES = 106;
    WBYTES = 107;
    CNCLWB = 108;
    IO_READ_RATE = 109;
    IO_WRITE_RATE = 110;
    IO_RATE = 111;
    CGROUP = 112;
    OOM = 113;
    IO_PRIORITY = 114;
    M_PSS = 118;
    M_SWAP = 119;
    M_PSSWP = 120;
  };

  modes = {
    Bar = 1;
    Text = 2;
    Graph = 3;
    LED = 4;
  };

  meter = mode: name: { ${name} = mode; };

  # What htop writes itself when it has no screens (macOS has no M_SHARE).
  defaultFields = lib.filter (f: !(pkgs.stdenv.hostPlatform.isDarwin && f == fields.M_SHARE)) (
    with fields;
    [
      PID
      USER
      PRIORITY
      NICE
      M_SIZE
      M_RESIDENT
      M_SHARE
      STATE
      PERCENT_CPU
      PERCENT_MEM
      TIME
      COMM
    ]
  );

  screenModule = types.submodule (
    { dagName, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          description = "Label of the screen's tab; defaults to the attribute name.";
        };

        fields = mkOption {
          type = types.oneOf [
            types.str
            (types.listOf types.str)
          ];
          default = "PID USER M_VIRT STATE PERCENT_CPU PERCENT_MEM TIME Command";
          description = "Columns of the screen, by htop field name, as one space-separated string or a list.";
        };

        all_branches_collapsed = mkOption {
          type = types.bool;
          default = false;
          description = "Start the tree view with every branch folded.";
        };

        sort_direction = mkOption {
          type = types.enum [
            (-1)
            1
          ];
          default = -1;
          description = "Sort order: `1` for ascending, `-1` for descending.";
        };

        sort_key = mkOption {
          type = types.str;
          example = "PERCENT_MEM";
          description = "Field that rows are sorted on.";
        };

        tree_sort_direction = mkOption {
          type = types.enum [
            (-1)
            1
          ];
          default = -1;
          description = "Sort order in the tree view: `1` ascending, `-1` descending.";
        };

        tree_sort_key = mkOption {
          type = types.str;
          example = "PERCENT_MEM";
          description = "Field that the tree view sorts siblings on.";
        };

        tree_view = mkOption {
          type = types.bool;
          default = false;
          description = "Show processes as a parent/child tree.";
        };

        tree_view_always_by_pid = mkOption {
          type = types.bool;
          default = false;
          description = "In the tree view, order siblings by PID whatever the sort key.";
        };
      };

      config.name = lib.mkDefault dagName;
    }
  );

  hasScreens = cfg.screens != { };

  settingsLines =
    let
      leading = lib.optionalAttrs (cfg.settings ? header_layout) { inherit (cfg.settings) header_layout; };
      rest = lib.optionalAttrs (!hasScreens) { fields = defaultFields; } // removeAttrs cfg.settings [ "header_layout" ];
    in
    lib.mapAttrsToList formatOption leading ++ lib.mapAttrsToList formatOption rest;

  # `screen:Name=fields`, then the screen's other settings as `.key=value`.
  screenLines =
    let
      sorted = lib.hm.dag.topoSort cfg.screens;
      screens = sorted.result or (abort "Dependency cycle in htop screens: ${builtins.toJSON sorted}");
      format =
        s:
        [ "screen:${formatOption s.name s.fields}" ]
        ++ lib.mapAttrsToList (k: formatOption ".${k}") (removeAttrs s [
          "fields"
          "name"
        ]);
    in
    lib.concatMap (e: format e.data) screens;
in
{
  options.programs.htop = {
    enable = lib.mkEnableOption "htop";

    package = lib.mkPackageOption pkgs "htop" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.int
          types.str
          (types.listOf (types.oneOf [
            types.int
            types.str
          ]))
        ]
      );
      default = { };
      example = lib.literalExpression ''
        {
          hide_kernel_threads = true;
          show_program_path = false;
          fields = with config.lib.htop.fields; [ PID USER STATE PERCENT_CPU M_RESIDENT COMM ];
        } // (with config.lib.htop; rightMeters [ (text "Uptime") (graph "LoadAverage") ])
      '';
      description = "Settings for {file}`$XDG_CONFIG_HOME/htop/htoprc`; `config.lib.htop` has helpers for the field and meter values.";
    };

    screens = mkOption {
      type = lib.hm.types.dagOf screenModule;
      default = { };
      description = "Screens, each a tab with its own columns and sorting, ordered with the `lib.hm.dag` functions.";
    };
  };

  config = lib.mkIf cfg.enable {
    lib.htop = {
      inherit fields modes;
      leftMeters = metersOn "left";
      rightMeters = metersOn "right";
      bar = meter modes.Bar;
      text = meter modes.Text;
      graph = meter modes.Graph;
      led = meter modes.LED;
      blank = meter modes.Text "Blank";
    };

    home.packages = [ cfg.package ];

    xdg.configFile."htop/htoprc" = lib.mkIf (cfg.settings != { } || hasScreens) {
      text = lib.concatStringsSep "\n" (settingsLines ++ screenLines) + "\n";
    };
  };
}
