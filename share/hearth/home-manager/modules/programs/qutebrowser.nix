# programs.qutebrowser: config.py (autoconfig switch, `c.` settings,
# aliases, search engines, key mappings, bindings, extra lines, then
# per-domain settings as config.set calls), quickmarks and a folder of
# greasemonkey scripts under ~/.config/qutebrowser (~/.qutebrowser on
# Darwin). After a change a running qutebrowser is told, over its IPC
# socket, to source config.py again.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.qutebrowser;

  # Python literals: None, True/False, quoted strings, lists.
  pyValue =
    v:
    if v == null then
      "None"
    else if builtins.isBool v then
      (if v then "True" else "False")
    else if builtins.isString v then
      ''"${v}"''
    else if builtins.isList v then
      "[${lib.concatMapStringsSep ", " pyValue v}]"
    else
      toString v;

  # A nested settings tree as (dotted name, value) pairs in name order.
  flatten =
    prefix: attrs:
    lib.concatLists (
      lib.mapAttrsToList (
        n: v: if builtins.isAttrs v then flatten "${prefix}${n}." v else [ (lib.nameValuePair "${prefix}${n}" v) ]
      ) attrs
    );

  settingLines = map (s: "c.${s.name} = ${pyValue s.value}") (flatten "" cfg.settings);

  dictLines = dict: lib.mapAttrsToList (k: v: ''${dict}['${k}'] = "${v}"'');

  bindingLines =
    mode:
    lib.mapAttrsToList (
      key: command:
      if command == null then
        ''config.unbind("${key}", mode="${mode}")''
      else
        ''config.bind("${key}", "${lib.escape [ ''"'' ] command}", mode="${mode}")''
    );

  domainLines =
    domain: settings:
    map (s: ''config.set("${s.name}", ${pyValue s.value}, "${domain}")'') (flatten "" settings);

  configPy = lib.concatStringsSep "\n" (
    [ "config.load_autoconfig(${if cfg.loadAutoconfig then "" else "False"})" ]
    ++ settingLines
    ++ dictLines "c.aliases" cfg.aliases
    ++ dictLines "c.url.searchengines" cfg.searchEngines
    ++ dictLines "c.bindings.key_mappings" cfg.keyMappings
    ++ lib.optional (!cfg.enableDefaultBindings) "c.bindings.default = {}"
    ++ lib.concatLists (lib.mapAttrsToList bindingLines cfg.keyBindings)
    ++ lib.optional (cfg.extraConfig != "") cfg.extraConfig
    ++ lib.concatLists (lib.mapAttrsToList domainLines cfg.perDomainSettings)
  );

  quickmarks = lib.concatStringsSep "\n" (lib.mapAttrsToList (name: url: "${name} ${url}") cfg.quickmarks);

  greasemonkeyDir = pkgs.linkFarmFromDrvs "greasemonkey-userscripts" cfg.greasemonkey;

  # The command qutebrowser's IPC takes, as its own client sends it.
  sourceCommand = builtins.toJSON {
    args = [ ":config-source" ];
    target_arg = null;
    protocol_version = 1;
  };

  reload = ''
    hash="$(echo -n "$USER" | md5sum | cut -d' ' -f1)"
    socket="''${XDG_RUNTIME_DIR:-/run/user/$UID}/qutebrowser/ipc-$hash"
    if [[ -S $socket ]]; then
      command=${lib.escapeShellArg sourceCommand}
      echo "$command" | ${pkgs.socat}/bin/socat -lf /dev/null - UNIX-CONNECT:"$socket"
    fi
    unset hash socket command
  '';

  isDarwin = pkgs.stdenv.hostPlatform.isDarwin;

  # ~/.qutebrowser on Darwin, $XDG_CONFIG_HOME/qutebrowser elsewhere. The
  # choice stays inside mkIf: pkgs itself comes from the configuration.
  files = attrs: {
    home.file = lib.mapAttrs' (n: v: lib.nameValuePair ".qutebrowser/${n}" (mkIf isDarwin v)) attrs;
    xdg.configFile = lib.mapAttrs' (n: v: lib.nameValuePair "qutebrowser/${n}" (mkIf (!isDarwin) v)) attrs;
  };
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "qutebrowser" "domainSettings" ]
      [ "programs" "qutebrowser" "perDomainSettings" ]
    )
  ];

  options.programs.qutebrowser = {
    enable = lib.mkEnableOption "qutebrowser, a keyboard-driven web browser";

    package = lib.mkPackageOption pkgs "qutebrowser" { };

    loadAutoconfig = mkOption {
      type = types.bool;
      default = false;
      description = "Whether config.py also loads the settings changed from within qutebrowser (autoconfig.yml).";
    };

    settings = mkOption {
      type = types.attrsOf types.anything;
      default = { };
      example = {
        tabs.position = "left";
        colors.hints.bg = "#000000";
      };
      description = ''
        Settings written as `c.<name> = <value>` lines of
        {file}`config.py`; nested sets make dotted names. See
        <https://qutebrowser.org/doc/help/settings.html>.
      '';
    };

    perDomainSettings = mkOption {
      type = types.attrsOf (types.attrsOf types.anything);
      default = { };
      example = {
        "zoom.us".content.autoplay = true;
      };
      description = "Settings applied to one URL pattern only, by pattern, written as `config.set` calls.";
    };

    aliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      description = "Command aliases, by alias name.";
    };

    searchEngines = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        DEFAULT = "https://duckduckgo.com/?q={}";
        w = "https://en.wikipedia.org/wiki/Special:Search?search={}";
      };
      description = ''
        Search engine URLs by name, `{}` standing for the search terms.
        `DEFAULT` serves input that is no URL.
      '';
    };

    keyMappings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        "<Ctrl-[>" = "<Escape>";
      };
      description = "Keys that act as other keys, ignored where a key has a binding of its own.";
    };

    enableDefaultBindings = mkOption {
      type = types.bool;
      default = true;
      description = "Whether qutebrowser keeps its built-in key bindings.";
    };

    keyBindings = mkOption {
      type = types.attrsOf (types.attrsOf (types.nullOr (types.separatedString " ;; ")));
      default = { };
      example = {
        normal."<Ctrl-v>" = "spawn mpv {url}";
        prompt."<Ctrl-y>" = "prompt-yes";
      };
      description = ''
        Commands by key, by mode (normal, insert, hint, passthrough,
        command, prompt, yesno, caret, register). `null` removes a
        default binding; several definitions of one key run one after
        the other (joined by ` ;; `).
      '';
    };

    quickmarks = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        nixpkgs = "https://github.com/NixOS/nixpkgs";
      };
      description = "Quickmarks by name. Managed this way, they cannot be changed from qutebrowser.";
    };

    greasemonkey = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "User scripts linked into qutebrowser's {file}`greasemonkey` folder.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Python lines added to {file}`config.py` after the generated ones.";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      { home.packages = [ cfg.package ]; }
      (files {
        "config.py" = {
          text = configPy;
          onChange = if isDarwin then "" else reload;
        };
      })
      (mkIf (cfg.quickmarks != { }) (files { quickmarks.text = quickmarks; }))
      (mkIf (cfg.greasemonkey != [ ]) (files { greasemonkey.source = greasemonkeyDir; }))
    ]
  );
}
