# programs.kakoune: ~/.config/kak/kakrc, generated from typed settings
# (options, highlighters, the ncurses UI, user modes, key mappings, hooks)
# followed by extraConfig; an optional colour scheme package linked under
# ~/.config/kak/colors; and kak, wrapped with its plugins, in
# home.packages. Line layout (including its stray blanks) follows Home
# Manager byte for byte so kakrc files are interchangeable.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    mkEnableOption
    mkIf
    mkOption
    optional
    optionalString
    types
    ;

  cfg = config.programs.kakoune;

  flag = b: if b then "true" else "false";
  opt = cond: text: optionalString cond text;

  nullable = type: default: description: mkOption {
    type = types.nullOr type;
    inherit default description;
  };

  boolOpt =
    default: description:
    mkOption {
      type = types.bool;
      inherit default description;
    };

  hookNames = [
    "NormalIdle"
    "NormalKey"
    "InsertIdle"
    "InsertKey"
    "InsertChar"
    "InsertDelete"
    "InsertMove"
    "WinCreate"
    "WinClose"
    "WinResize"
    "WinDisplay"
    "WinSetOption"
    "BufSetOption"
    "BufNewFile"
    "BufOpenFile"
    "BufCreate"
    "BufWritePre"
    "BufWritePost"
    "BufReload"
    "BufClose"
    "BufOpenFifo"
    "BufReadFifo"
    "BufCloseFifo"
    "RuntimeError"
    "ModeChange"
    "PromptIdle"
    "GlobalSetOption"
    "KakBegin"
    "KakEnd"
    "FocusIn"
    "FocusOut"
    "RawKey"
    "InsertCompletionShow"
    "InsertCompletionHide"
    "ModuleLoaded"
    "ClientCreate"
    "ClientClose"
    "RegisterModified"
    "User"
  ];

  hookType = types.submodule {
    options = {
      name = mkOption {
        type = types.enum hookNames;
        example = "SetOption";
        description = "Event the hook runs on (see Kakoune's hooks documentation).";
      };
      once = boolOpt false "Drop the hook after its first run.";
      group = nullable types.str null "Hook group to put the hook in.";
      option = nullable types.str null "Filter argument of the hook, such as `filetype=latex`.";
      commands = mkOption {
        type = types.lines;
        default = "";
        example = "set-option window indentwidth 2";
        description = "Kakoune commands the hook runs.";
      };
    };
  };

  mappingType = types.submodule {
    options = {
      mode = mkOption {
        type = types.str;
        example = "user";
        description = "Mode the mapping applies in; an unknown name declares a user mode.";
      };
      docstring = nullable types.str null "Text shown for the mapping in info boxes.";
      key = mkOption {
        type = types.str;
        example = "<a-x>";
        description = "Key to map.";
      };
      effect = mkOption {
        type = types.str;
        example = ":wq<ret>";
        description = "Keys the mapping sends.";
      };
    };
  };

  uiType = types.submodule {
    options = {
      setTitle = boolOpt false "Set the terminal's title.";
      statusLine = mkOption {
        type = types.enum [
          "top"
          "bottom"
        ];
        default = "bottom";
        description = "Where the status line goes.";
      };
      assistant = mkOption {
        type = types.enum [
          "clippy"
          "cat"
          "dilbert"
          "none"
        ];
        default = "clippy";
        description = "Figure drawn beside info boxes.";
      };
      enableMouse = boolOpt false "Handle the mouse.";
      changeColors = boolOpt true "Let Kakoune change the terminal's palette.";
      wheelDownButton = nullable types.str null "Button reported for wheel-down events.";
      wheelUpButton = nullable types.str null "Button reported for wheel-up events.";
      shiftFunctionKeys = nullable types.ints.unsigned null "Offset of shifted function keys (12 when Shift-F1 arrives as F13).";
      useBuiltinKeyParser = boolOpt false "Parse keys in Kakoune rather than through ncurses.";
    };
  };

  scrollOffType = types.submodule {
    options = {
      lines = mkOption {
        type = types.ints.unsigned;
        default = 0;
        description = "Lines kept visible above and below the cursor.";
      };
      columns = mkOption {
        type = types.ints.unsigned;
        default = 0;
        description = "Columns kept visible left and right of the cursor.";
      };
    };
  };

  wrapType = types.submodule {
    options = {
      enable = mkEnableOption "the wrap highlighter";
      word = boolOpt false "Break lines between words.";
      indent = boolOpt false "Indent continuation lines like the line they continue.";
      maxWidth = nullable types.ints.unsigned null "Column to wrap at even in wider windows.";
      marker = nullable types.str null "Text that starts each continuation line.";
    };
  };

  numberLinesType = types.submodule {
    options = {
      enable = mkEnableOption "the number-lines highlighter";
      relative = boolOpt false "Number lines relative to the main cursor.";
      highlightCursor = boolOpt false "Give the cursor's line number its own face.";
      separator = nullable types.str null "Text between the numbers and the buffer (Kakoune's default is `|`).";
    };
  };

  whitespaceType = types.submodule {
    options = {
      enable = mkEnableOption "the show-whitespaces highlighter";
      lineFeed = nullable types.str null "Character shown for line feeds.";
      space = nullable types.str null "Character shown for spaces.";
      nonBreakingSpace = nullable types.str null "Character shown for non-breaking spaces.";
      tab = nullable types.str null "Character shown for tabs.";
      tabStop = nullable types.str null "Character padding a tab to its width.";
    };
  };

  enumList = values: types.nullOr (types.listOf (types.enum values));

  settingsType = types.submodule {
    options = {
      colorScheme = nullable types.str null "Colour scheme to load.";
      tabStop = nullable types.ints.unsigned null "Display width of a tab (Kakoune's default is 6).";
      indentWidth = nullable types.ints.unsigned null "Width of one indentation level; 0 indents with tabs.";
      incrementalSearch = boolOpt true "Search while the pattern is typed.";
      alignWithTabs = boolOpt false "Align selections with tabs.";
      autoInfo = mkOption {
        type = enumList [
          "command"
          "onkey"
          "normal"
        ];
        default = null;
        example = [
          "command"
          "normal"
        ];
        description = "Where automatic info boxes appear.";
      };
      autoComplete = mkOption {
        type = enumList [
          "insert"
          "prompt"
        ];
        default = null;
        description = "Modes that show completions automatically.";
      };
      autoReload = nullable (types.enum [
        "yes"
        "no"
        "ask"
      ]) null "What to do when a buffer's file changes on disk.";
      scrollOff = nullable scrollOffType null "Margin kept around the cursor.";
      ui = nullable uiType null "Options of the terminal interface.";
      showMatching = boolOpt false "Highlight the character matching the one under each cursor.";
      wrapLines = nullable wrapType null "The wrap highlighter.";
      numberLines = nullable numberLinesType null "The number-lines highlighter.";
      showWhitespace = nullable whitespaceType null "The show-whitespaces highlighter.";
      keyMappings = mkOption {
        type = types.listOf mappingType;
        default = [ ];
        description = "Global key mappings.";
      };
      hooks = mkOption {
        type = types.listOf hookType;
        default = [ ];
        description = "Global hooks.";
      };
    };
  };

  # A single character is single-quoted (a lone quote is double-quoted);
  # longer text is taken as already quoted, as older configurations wrote it.
  quoteChar =
    c:
    if c == "'" then
      ''"'"''
    else if builtins.stringLength c == 1 then
      "'${c}'"
    else
      c;

  builtinModes = [
    "insert"
    "normal"
    "prompt"
    "menu"
    "user"
    "goto"
    "view"
    "object"
  ];

  kakrcBody =
    s:
    let
      wrapFlags =
        w:
        opt w.word " -word"
        + opt w.indent " -indent"
        + opt (w.marker != null) " -marker ${w.marker}"
        + opt (w.maxWidth != null) " -width ${toString w.maxWidth}";

      numberFlags =
        n:
        opt n.relative " -relative "
        + opt n.highlightCursor " -hlcursor"
        + opt (n.separator != null) " -separator ${n.separator}";

      whitespaceFlags =
        w:
        lib.concatMapStrings (p: opt (w.${p.option} != null) " -${p.flag} ${quoteChar w.${p.option}}") [
          {
            option = "tab";
            flag = "tab";
          }
          {
            option = "tabStop";
            flag = "tabpad";
          }
          {
            option = "space";
            flag = "spc";
          }
          {
            option = "nonBreakingSpace";
            flag = "nbsp";
          }
          {
            option = "lineFeed";
            flag = "lf";
          }
        ];

      # Unset optional buttons leave empty fields, hence double blanks.
      uiFields = u: [
        "terminal_set_title=${flag u.setTitle}"
        "terminal_status_on_top=${flag (u.statusLine == "top")}"
        "terminal_assistant=${u.assistant}"
        "terminal_enable_mouse=${flag u.enableMouse}"
        "terminal_change_colors=${flag u.changeColors}"
        (opt (u.wheelDownButton != null) "terminal_wheel_down_button=${toString u.wheelDownButton}")
        (opt (u.wheelUpButton != null) "terminal_wheel_up_button=${toString u.wheelUpButton}")
        (opt (u.shiftFunctionKeys != null) "terminal_shift_function_key=${toString u.shiftFunctionKeys}")
        "terminal_builtin_key_parser=${flag u.useBuiltinKeyParser}"
      ];

      declareMode = m: opt (!builtins.elem m builtinModes) "try %{declare-user-mode ${m}}";

      mapping =
        km:
        "map global ${km.mode} ${km.key} '${km.effect}' "
        + opt (km.docstring != null) "-docstring '${km.docstring}'";

      hook =
        h:
        lib.concatStringsSep " " [
          "hook"
          (opt (h.group != null) "-group ${h.group}")
          (opt h.once "-once")
          "global"
          h.name
          (opt (h.option != null) h.option)
          "%{ ${h.commands} }"
        ];

      enabled = x: x != null && x.enable;
      set = name: value: "set-option global ${name} ${value}";
    in
    [ "# Generated by home-manager" ]
    ++ optional (s.colorScheme != null) "colorscheme ${s.colorScheme}"
    ++ optional (s.tabStop != null) (set "tabstop" (toString s.tabStop))
    ++ optional (s.indentWidth != null) (set "indentwidth" (toString s.indentWidth))
    ++ optional (!s.incrementalSearch) (set "incsearch" "false")
    ++ optional s.alignWithTabs (set "aligntab" "true")
    ++ optional (s.autoInfo != null) (set "autoinfo" (lib.concatStringsSep "|" s.autoInfo))
    ++ optional (s.autoComplete != null) (set "autocomplete" (lib.concatStringsSep "|" s.autoComplete))
    ++ optional (s.autoReload != null) (set "autoreload" s.autoReload)
    ++ optional (enabled s.wrapLines) "add-highlighter global/ wrap${wrapFlags s.wrapLines}"
    ++ optional (enabled s.numberLines) "add-highlighter global/ number-lines${numberFlags s.numberLines}"
    ++ optional s.showMatching "add-highlighter global/ show-matching"
    ++ optional (enabled s.showWhitespace) "add-highlighter global/ show-whitespaces${whitespaceFlags s.showWhitespace}"
    ++ optional (s.scrollOff != null) (
      set "scrolloff" "${toString s.scrollOff.lines},${toString s.scrollOff.columns}"
    )
    ++ [ "# UI options" ]
    ++ optional (s.ui != null) (set "ui_options" (lib.concatStringsSep " " (uiFields s.ui)))
    ++ [ "# User modes" ]
    ++ map declareMode (lib.unique (map (km: km.mode) s.keyMappings))
    ++ [ "# Key mappings" ]
    ++ map mapping s.keyMappings
    ++ [ "# Hooks" ]
    ++ map hook s.hooks;

  kakrc = pkgs.writeText "kakrc" (
    optionalString (cfg.config != null) (lib.concatStringsSep "\n" (kakrcBody cfg.config))
    + "\n"
    + cfg.extraConfig
  );

  # nixpkgs' wrapKakoune when pkgs has it; otherwise the package joined
  # with its plugins' autoload scripts under share/kak/autoload/plugins.
  withPlugins =
    if pkgs ? wrapKakoune then
      pkgs.wrapKakoune cfg.package { configure.plugins = cfg.plugins; }
    else if cfg.plugins == [ ] then
      cfg.package
    else
      pkgs.symlinkJoin {
        name = "kakoune-with-plugins";
        paths = [ cfg.package ];
        postBuild = ''
          mkdir -p $out/share/kak/autoload/plugins
          for p in ${lib.escapeShellArgs cfg.plugins}; do
            for f in "$p"/share/kak/autoload/plugins/*; do
              [ -e "$f" ] && ln -sf "$f" $out/share/kak/autoload/plugins/
            done
          done
        '';
      };
in
{
  options.programs.kakoune = {
    enable = mkEnableOption "the kakoune text editor";

    package = lib.mkPackageOption pkgs "kakoune-unwrapped" { nullable = true; };

    config = mkOption {
      type = types.nullOr settingsType;
      default = { };
      description = "Settings written to the top of kakrc; `null` writes none.";
    };

    defaultEditor = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to set {env}`EDITOR` to `kak`.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines appended to {file}`$XDG_CONFIG_HOME/kak/kakrc`.";
    };

    plugins = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.kakounePlugins.kak-fzf ]";
      description = "Plugins installed with kak; ignored when {option}`package` is `null`.";
    };

    colorSchemePackage = mkOption {
      type = types.nullOr types.package;
      default = null;
      example = lib.literalExpression "pkgs.kakounePlugins.kakoune-catppuccin";
      description = ''
        Package of colour schemes, linked under
        {file}`$XDG_CONFIG_HOME/kak/colors/` by its name; pick one with
        {option}`programs.kakoune.config.colorScheme`.
      '';
    };
  };

  config = mkIf cfg.enable {
    warnings = optional (cfg.package == null && cfg.plugins != [ ]) ''
      You have configured `plugins` for `kakoune` but have not set `package`.

      The listed plugins will not be installed.
    '';

    home.packages = mkIf (cfg.package != null) [ withPlugins ];
    home.sessionVariables = mkIf cfg.defaultEditor { EDITOR = "kak"; };

    xdg.configFile = lib.mkMerge [
      { "kak/kakrc".source = kakrc; }
      (mkIf (cfg.colorSchemePackage != null) {
        "kak/colors/${cfg.colorSchemePackage.name}".source = cfg.colorSchemePackage;
      })
    ];
  };
}
