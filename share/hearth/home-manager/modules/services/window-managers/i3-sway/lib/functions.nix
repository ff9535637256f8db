# Rendering of the shared parts of i3's and sway's configuration file,
# line for line as Home Manager writes them (its tests compare bytes).
# Each function returns one entry of the file's list of blocks, which the
# modules join with newlines; block functions that end in a newline leave
# an empty line after themselves, as Home Manager's do.
{
  lib,
  cfg,
  moduleName,
}:

let
  inherit (lib) concatStringsSep mapAttrsToList optionalString;
  yesNo = lib.hm.booleans.yesNo;
in
rec {
  # `[class="^Firefox$" floating]`: true writes the bare key, false nothing.
  criteriaStr =
    criteria:
    let
      one =
        k: v:
        if builtins.isBool v then
          optionalString v k
        else
          ''${k}="${v}"'';
    in
    "[${concatStringsSep " " (mapAttrsToList one criteria)}]";

  # The binding whose command is defaultWorkspace goes first: i3 and sway
  # open the first workspace the file names.
  isDefaultWorkspace = v: cfg.config.defaultWorkspace != null && v == cfg.config.defaultWorkspace;
  keybindingDefaultWorkspace = lib.filterAttrs (_: isDefaultWorkspace) cfg.config.keybindings;
  keybindingsRest = lib.filterAttrs (_: v: !isDefaultWorkspace v) cfg.config.keybindings;

  # A null command still takes a (blank) line.
  keybindingsStr =
    {
      keybindings,
      bindsymArgs ? "",
      indent ? "",
    }:
    concatStringsSep "\n" (
      mapAttrsToList (
        key: command:
        optionalString (command != null) "${indent}bindsym ${
          optionalString (bindsymArgs != "") "${bindsymArgs} "
        }${key} ${command}"
      ) keybindings
    );

  keycodebindingsStr =
    bindings:
    concatStringsSep "\n" (
      mapAttrsToList (
        code: command: optionalString (command != null) "bindcode ${code} ${command}"
      ) bindings
    );

  colorSetStr =
    c:
    concatStringsSep " " [
      c.border
      c.background
      c.text
      c.indicator
      c.childBorder
    ];

  barColorSetStr =
    c:
    concatStringsSep " " [
      c.border
      c.background
      c.text
    ];

  modeStr = bindkeysToCode: name: keybindings: ''
    mode "${name}" {
    ${keybindingsStr {
      inherit keybindings;
      bindsymArgs = optionalString bindkeysToCode "--to-code";
      indent = "  ";
    }}
    }
  '';

  assignStr =
    workspace: criteria: concatStringsSep "\n" (map (c: "assign ${criteriaStr c} ${workspace}") criteria);

  # `font pango:A, B Style Size`; a list of families (deprecated) has no
  # style or size, and no families means no font line.
  fontConfigStr =
    fonts:
    let
      line =
        names: style: size:
        optionalString (names != [ ]) (
          concatStringsSep " " (
            lib.remove "" [
              "font"
              "pango:${concatStringsSep ", " names}"
              style
              size
            ]
          )
        );
    in
    if builtins.isList fonts then
      line fonts "" ""
    else
      line fonts.names fonts.style (toString fonts.size);

  # Every line of a block but its first and last gets two more spaces.
  indentBlock =
    lines:
    let
      n = builtins.length lines;
    in
    lib.imap1 (i: l: if i == 1 || i == n then l else "  ${l}") lines;

  dropEmpty = builtins.filter (l: l != "" && l != null);

  barStr =
    bar:
    let
      inherit (bar) colors;
      colorLine = name: value: optionalString (value != null) "${name} ${value}";
      colorSetLine = name: set: optionalString (set != null) "${name} ${barColorSetStr set}";
      colorLines = dropEmpty [
        (colorLine "background" colors.background)
        (colorLine "statusline" colors.statusline)
        (colorLine "separator" colors.separator)
        (colorLine "focused_background" colors.focusedBackground)
        (colorLine "focused_statusline" colors.focusedStatusline)
        (colorLine "focused_separator" colors.focusedSeparator)
        (colorSetLine "focused_workspace" colors.focusedWorkspace)
        (colorSetLine "active_workspace" colors.activeWorkspace)
        (colorSetLine "inactive_workspace" colors.inactiveWorkspace)
        (colorSetLine "urgent_workspace" colors.urgentWorkspace)
        (colorSetLine "binding_mode" colors.bindingMode)
      ];
      lines = dropEmpty (
        lib.flatten [
          "bar {"
          (optionalString (bar.id != null) "id ${bar.id}")
          (fontConfigStr bar.fonts)
          (optionalString (bar.mode != null) "mode ${bar.mode}")
          (optionalString (bar.hiddenState != null) "hidden_state ${bar.hiddenState}")
          (optionalString (bar.position != null) "position ${bar.position}")
          (optionalString (bar.statusCommand != null) "status_command ${bar.statusCommand}")
          "${moduleName}bar_command ${bar.command}"
          (optionalString (bar.workspaceButtons != null) "workspace_buttons ${yesNo bar.workspaceButtons}")
          (optionalString (
            bar.workspaceNumbers != null
          ) "strip_workspace_numbers ${yesNo (!bar.workspaceNumbers)}")
          (optionalString (bar.trayOutput != null) "tray_output ${bar.trayOutput}")
          (optionalString (bar.trayPadding != null) "tray_padding ${toString bar.trayPadding}")
          (lib.optionals (colorLines != [ ]) (indentBlock ([ "colors {" ] ++ colorLines ++ [ "}" ])))
          bar.extraConfig
          "}"
        ]
      );
    in
    lib.concatMapStrings (l: l + "\n") (indentBlock lines);

  gapsStr =
    let
      g = cfg.config.gaps;
      sized = name: optionalString (g.${name} != null) "gaps ${name} ${toString g.${name}}";
    in
    concatStringsSep "\n" (dropEmpty [
      (sized "inner")
      (sized "outer")
      (sized "horizontal")
      (sized "vertical")
      (sized "top")
      (sized "bottom")
      (sized "left")
      (sized "right")
      (optionalString (g.smartGaps != "off") "smart_gaps ${g.smartGaps}")
      (optionalString (g.smartBorders != "off") "smart_borders ${g.smartBorders}")
    ]);

  windowBorderString =
    window: floating:
    let
      border = w: "${if w.titlebar then "normal" else "pixel"} ${toString w.border}";
    in
    "default_border ${border window}\ndefault_floating_border ${border floating}";

  floatingCriteriaStr = criteria: "for_window ${criteriaStr criteria} floating enable";

  windowCommandsStr = { command, criteria, ... }: "for_window ${criteriaStr criteria} ${command}";

  # Outputs are quoted as Nix strings are, which i3 and sway read alike.
  workspaceOutputStr =
    item:
    ''workspace "${item.workspace}" output ${concatStringsSep " " (map lib.strings.escapeNixString item.output)}'';
}
