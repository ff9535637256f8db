# programs.autorandr: autorandr profiles under ~/.config/autorandr/<name>/
# (`setup`: one "<output> <EDID>" line per output; `config`: an "output"
# stanza per output, "off" for a disabled one; hook scripts beside them),
# and global hooks in ~/.config/autorandr/<hook>.d/. Hooks are bash
# scripts (writeShellScriptBin). An output may set scale or transform, not
# both.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.autorandr;

  # An n-by-m list of lists of elemType; merged as a single value.
  matrixOf =
    n: m: elemType:
    lib.mkOptionType {
      name = "matrixOf";
      description = "${toString n}×${toString m} matrix of ${elemType.description}s";
      check =
        rows:
        let
          sized = len: xs: builtins.isList xs && builtins.length xs == len;
        in
        sized n rows && builtins.all (row: sized m row && builtins.all elemType.check row) rows;
      merge = lib.mergeOneOption;
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = mod: matrixOf n m (elemType.substSubModules mod);
      functor = (lib.types.defaultFunctor "matrixOf") // {
        wrapped = elemType;
      };
    };

  scaleType = types.submodule {
    options = {
      method = mkOption {
        type = types.enum [
          "factor"
          "pixel"
        ];
        default = "factor";
        example = "pixel";
        description = "`factor` scales by x and y (xrandr --scale); `pixel` scales from that size (--scale-from).";
      };
      x = mkOption {
        type = types.either types.float types.ints.positive;
        description = "Horizontal factor or width in pixels.";
      };
      y = mkOption {
        type = types.either types.float types.ints.positive;
        description = "Vertical factor or height in pixels.";
      };
    };
  };

  outputType = types.submodule {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the output is on in this profile.";
      };
      crtc = mkOption {
        type = types.nullOr types.ints.unsigned;
        default = null;
        example = 0;
        description = "CRTC (display controller) driving the output.";
      };
      primary = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the output is the primary one.";
      };
      position = mkOption {
        type = types.str;
        default = "";
        example = "5760x0";
        description = "Position of the output's top left corner.";
      };
      mode = mkOption {
        type = types.str;
        default = "";
        example = "3840x2160";
        description = "Resolution.";
      };
      rate = mkOption {
        type = types.str;
        default = "";
        example = "60.00";
        description = "Refresh rate.";
      };
      gamma = mkOption {
        type = types.str;
        default = "";
        example = "1.0:0.909:0.833";
        description = "Gamma correction, red:green:blue.";
      };
      rotate = mkOption {
        type = types.nullOr (
          types.enum [
            "normal"
            "left"
            "right"
            "inverted"
          ]
        );
        default = null;
        example = "left";
        description = "Rotation.";
      };
      transform = mkOption {
        type = types.nullOr (matrixOf 3 3 types.float);
        default = null;
        example = lib.literalExpression ''
          [
            [ 0.6 0.0 0.0 ]
            [ 0.0 0.6 0.0 ]
            [ 0.0 0.0 1.0 ]
          ]
        '';
        description = "Transformation matrix, as xrandr(1) --transform takes it.";
      };
      dpi = mkOption {
        type = types.nullOr types.ints.positive;
        default = null;
        example = 96;
        description = "DPI of the output.";
      };
      scale = mkOption {
        type = types.nullOr scaleType;
        default = null;
        example = {
          x = 1.25;
          y = 1.25;
        };
        description = "Scaling, a shorthand for a transform (so not together with {option}`transform`).";
      };
    };
  };

  profileHooksType = types.submodule {
    options = lib.genAttrs hookNames (
      hook:
      mkOption {
        type = types.lines;
        default = "";
        description = "Script run at ${hook} for this profile.";
      }
    );
  };

  globalHooksType = types.submodule {
    options = lib.genAttrs hookNames (
      hook:
      mkOption {
        type = types.attrsOf types.lines;
        default = { };
        description = "Scripts run at ${hook} for every profile, by name.";
      }
    );
  };

  profileType = types.submodule {
    options = {
      fingerprint = mkOption {
        type = types.attrsOf types.str;
        default = { };
        description = "EDID of each output, as `autorandr --fingerprint` shows them.";
      };
      config = mkOption {
        type = types.attrsOf outputType;
        default = { };
        description = "Settings of each output.";
      };
      hooks = mkOption {
        type = profileHooksType;
        default = { };
        description = "Hook scripts of this profile.";
      };
    };
  };

  hookFile = dir: name: script: {
    name = "autorandr/${dir}/${name}";
    value.source = "${pkgs.writeShellScriptBin "hook" script}/bin/hook";
  };

  outputText =
    name: o:
    if !o.enable then
      "output ${name}\noff\n"
    else
      lib.concatStringsSep "\n" (
        [ "output ${name}" ]
        ++ lib.optional (o.position != "") "pos ${o.position}"
        ++ lib.optional (o.crtc != null) "crtc ${toString o.crtc}"
        ++ lib.optional o.primary "primary"
        ++ lib.optional (o.dpi != null) "dpi ${toString o.dpi}"
        ++ lib.optional (o.gamma != "") "gamma ${o.gamma}"
        ++ lib.optional (o.mode != "") "mode ${o.mode}"
        ++ lib.optional (o.rate != "") "rate ${o.rate}"
        ++ lib.optional (o.rotate != null) "rotate ${o.rotate}"
        ++ lib.optional (o.transform != null) (
          "transform " + lib.concatMapStringsSep "," toString (lib.flatten o.transform)
        )
        ++ lib.optional (o.scale != null) (
          (if o.scale.method == "factor" then "scale" else "scale-from")
          + " ${toString o.scale.x}x${toString o.scale.y}"
        )
      );

  profileFiles =
    name: p:
    {
      "autorandr/${name}/setup".text = lib.concatStringsSep "\n" (
        lib.mapAttrsToList (output: edid: "${output} ${edid}") p.fingerprint
      );
      "autorandr/${name}/config".text = lib.concatStringsSep "\n" (lib.mapAttrsToList outputText p.config);
    }
    // builtins.listToAttrs (
      map (hook: hookFile name hook p.hooks.${hook}) (
        builtins.filter (hook: p.hooks.${hook} != "") hookNames
      )
    );

  hookNames = [
    "postswitch"
    "preswitch"
    "predetect"
  ];

  globalHookFiles = hook: lib.mapAttrsToList (hookFile "${hook}.d") cfg.hooks.${hook};
in
{
  options.programs.autorandr = {
    enable = lib.mkEnableOption "Autorandr";

    package = lib.mkPackageOption pkgs "autorandr" { };

    hooks = mkOption {
      type = globalHooksType;
      default = { };
      example = lib.literalExpression ''
        {
          postswitch."notify-i3" = "''${pkgs.i3}/bin/i3-msg restart";
        }
      '';
      description = "Hook scripts run for every profile.";
    };

    profiles = mkOption {
      type = types.attrsOf profileType;
      default = { };
      example = lib.literalExpression ''
        {
          work = {
            fingerprint = {
              eDP1 = "<EDID>";
              DP1 = "<EDID>";
            };
            config = {
              eDP1.enable = false;
              DP1 = {
                primary = true;
                position = "0x0";
                mode = "3840x2160";
                rate = "60.00";
              };
            };
          };
        }
      '';
      description = "Profiles: the outputs autorandr recognises them by, and how to set them up.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = lib.concatLists (
      lib.mapAttrsToList (
        profile: p:
        lib.mapAttrsToList (output: o: {
          assertion = o.scale == null || o.transform == null;
          message = ''
            Cannot use the profile output options 'scale' and 'transform' simultaneously.
            Check configuration for: programs.autorandr.profiles.${profile}.config.${output}
          '';
        }) p.config
      ) cfg.profiles
    );

    home.packages = [ cfg.package ];

    xdg.configFile = lib.mkMerge (
      [
        (builtins.listToAttrs (lib.concatMap globalHookFiles hookNames))
      ]
      ++ lib.mapAttrsToList profileFiles cfg.profiles
    );
  };
}
