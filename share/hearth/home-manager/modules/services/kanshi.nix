# services.kanshi: kanshi, which switches output layouts as monitors come
# and go, as a user service bound to the Wayland session target, and its
# ~/.config/kanshi/config. `settings` is the file's directives in order:
# profiles (outputs and exec commands), global outputs and includes. The
# older `profiles` and `extraConfig` still work, with a warning, but do not
# mix with `settings`.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.kanshi;

  outputType = types.submodule {
    options = {
      criteria = mkOption {
        type = types.str;
        example = "Iiyama North America PLE2483H-DP";
        description = ''
          The output: its name (`DP-1`), its make, model and serial number
          as one string, or `*` for any output.
        '';
      };

      status = mkOption {
        type = types.nullOr (
          types.enum [
            "enable"
            "disable"
          ]
        );
        default = null;
        description = "Whether the output is on.";
      };

      mode = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "1920x1080@60Hz";
        description = "Resolution and, optionally, refresh rate.";
      };

      position = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "1600,0";
        description = "Position of the top left corner, in layout coordinates.";
      };

      scale = mkOption {
        type = types.nullOr types.float;
        default = null;
        example = 2.0;
        description = "Scale factor.";
      };

      transform = mkOption {
        type = types.nullOr (
          types.enum [
            "normal"
            "90"
            "180"
            "270"
            "flipped"
            "flipped-90"
            "flipped-180"
            "flipped-270"
          ]
        );
        default = null;
        description = "Rotation and flip.";
      };

      adaptiveSync = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Adaptive sync (variable refresh rate) on or off.";
      };

      alias = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "A name for this output that profiles can use as `$name`; global outputs only.";
      };
    };
  };

  profileOptions = {
    outputs = mkOption {
      type = types.listOf outputType;
      default = [ ];
      description = "The outputs the profile matches, and their settings.";
    };

    exec = mkOption {
      type = types.coercedTo types.str lib.singleton (types.listOf types.str);
      default = [ ];
      example = [ "swaymsg workspace 1, move workspace to eDP-1" ];
      description = "Commands run, in order, once the profile is applied.";
    };
  };

  namedProfileType = types.submodule {
    options = profileOptions // {
      name = mkOption {
        type = types.str;
        default = "";
        description = "The profile's name (may be empty).";
      };
    };
  };

  directiveType = types.attrTag {
    profile = mkOption {
      type = namedProfileType;
      description = "A profile: outputs that must all be there, and commands to run.";
    };
    output = mkOption {
      type = outputType;
      description = "Settings for an output in every profile.";
    };
    include = mkOption {
      type = types.str;
      description = "Another configuration file to read.";
    };
  };

  outputLine =
    o:
    ''output "${o.criteria}"''
    + lib.optionalString (o.status != null) " ${o.status}"
    + lib.optionalString (o.mode != null) " mode ${o.mode}"
    + lib.optionalString (o.position != null) " position ${o.position}"
    + lib.optionalString (o.scale != null) " scale ${toString o.scale}"
    + lib.optionalString (o.transform != null) " transform ${o.transform}"
    + lib.optionalString (o.adaptiveSync != null) " adaptive_sync ${if o.adaptiveSync then "on" else "off"}"
    + lib.optionalString (o.alias != null) " alias \$${o.alias}";

  profileBlock = name: p: ''
    profile ${name} {
      ${lib.concatStringsSep "\n  " (map outputLine p.outputs ++ map (c: "exec ${c}") p.exec)}
    }
  '';

  directive =
    d:
    if d ? profile then
      profileBlock d.profile.name d.profile
    else if d ? output then
      outputLine d.output
    else
      ''include "${d.include}"'';

  usesLegacy = cfg.profiles != { } || cfg.extraConfig != "";

  # The legacy layout puts an empty line between the profiles and
  # extraConfig and at the end; settings add nothing after the last
  # directive, so that no settings write no file.
  text =
    if usesLegacy then
      lib.concatStringsSep "\n" (lib.mapAttrsToList profileBlock cfg.profiles)
      + "\n"
      + cfg.extraConfig
      + "\n"
    else
      lib.concatStringsSep "\n" (map directive cfg.settings);

  # An alias names a global output; inside a profile it means nothing.
  profileAliases = lib.concatMap (
    d: lib.optionals (d ? profile) (map (o: o.alias) d.profile.outputs)
  ) cfg.settings;
in
{
  options.services.kanshi = {
    enable = lib.mkEnableOption "kanshi, which sets up outputs as monitors are plugged in and out";

    package = lib.mkPackageOption pkgs "kanshi" { };

    settings = mkOption {
      type = types.listOf directiveType;
      default = [ ];
      example = lib.literalExpression ''
        [
          { include = "/etc/kanshi/shared"; }
          {
            profile.name = "undocked";
            profile.outputs = [ { criteria = "eDP-1"; } ];
          }
        ]
      '';
      description = ''
        The directives of {file}`~/.config/kanshi/config`, in order, each
        one of `profile`, `output` or `include`; see {manpage}`kanshi(5)`.
      '';
    };

    profiles = mkOption {
      type = types.attrsOf (types.submodule { options = profileOptions; });
      default = { };
      description = "Deprecated: profiles by name; use `settings`.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Deprecated: text after the profiles; use `settings`.";
    };

    systemdTarget = mkOption {
      type = types.str;
      default = config.wayland.systemd.target;
      defaultText = lib.literalExpression "config.wayland.systemd.target";
      description = "The target that starts (and stops) the service.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.kanshi" pkgs lib.platforms.linux)
      {
        assertion = cfg.settings == [ ] || !usesLegacy;
        message = "Cannot mix kanshi.settings with kanshi.profiles or kanshi.extraConfig";
      }
      {
        assertion = lib.all (a: a == null) profileAliases;
        message = "Output kanshi.*.output.alias can only be defined on global scope";
      }
    ];

    warnings =
      lib.optional (cfg.profiles != { }) "kanshi.profiles option is deprecated. Use kanshi.settings instead."
      ++ lib.optional (cfg.extraConfig != "") "kanshi.extraConfig option is deprecated. Use kanshi.settings instead.";

    home.packages = [ cfg.package ];

    xdg.configFile."kanshi/config" = lib.mkIf (cfg.settings != [ ] || usesLegacy) { inherit text; };

    systemd.user.services.kanshi = {
      Unit = {
        Description = "Dynamic output configuration";
        Documentation = "man:kanshi(1)";
        PartOf = [ cfg.systemdTarget ];
        Requires = [ cfg.systemdTarget ];
        After = [ cfg.systemdTarget ];
        ConditionEnvironment = "WAYLAND_DISPLAY";
      };

      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/kanshi";
        ExecReload = "${cfg.package}/bin/kanshictl reload";
        Restart = "always";
      };

      Install.WantedBy = [ cfg.systemdTarget ];
    };
  };
}
