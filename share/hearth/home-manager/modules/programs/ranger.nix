# programs.ranger: rc.conf (set, alias and map commands, then extra
# lines), rifle.conf (condition = command lines), plugins linked under
# ~/.config/ranger/plugins.
#
# Differs from Home Manager where the package cannot be rebuilt (Debian's
# have no overrideAttrs): extraPackages are installed beside ranger
# rather than added to its Python inputs.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.ranger;

  # One "<command> <name> <value>" line per entry.
  commands =
    command:
    lib.generators.toKeyValue {
      mkKeyValue = name: value: "${command} ${name} ${lib.generators.mkValueStringDefault { } value}";
    };

  rebuildable = cfg.package ? overrideAttrs;
in
{
  options.programs.ranger = {
    enable = lib.mkEnableOption "ranger, a console file manager";

    package = lib.mkPackageOption pkgs "ranger" { };

    finalPackage = mkOption {
      type = types.package;
      readOnly = true;
      visible = false;
      description = "The ranger that is installed, with the extra packages.";
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages ranger needs at run time (previewers, Python modules of plugins).";
    };

    aliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        e = "edit";
        filter = "scout -prts";
      };
      description = "Command aliases, written as `alias` lines of {file}`rc.conf`.";
    };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.float
          types.int
          types.str
        ]
      );
      default = { };
      example = {
        preview_images = true;
        column_ratios = "1,3,4";
      };
      description = "Options, written as `set` lines of {file}`rc.conf`.";
    };

    mappings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        Q = "quitall";
      };
      description = "Key bindings, written as `map` lines of {file}`rc.conf`.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = "unmap gd";
      description = "Lines added to {file}`rc.conf` after the generated ones.";
    };

    plugins = mkOption {
      type = types.listOf (
        types.submodule {
          options = {
            name = mkOption {
              type = types.str;
              description = "The plugin's name under {file}`$XDG_CONFIG_HOME/ranger/plugins`.";
            };
            src = mkOption {
              type = types.path;
              description = "The plugin's file or folder.";
            };
          };
        }
      );
      default = [ ];
      description = "Plugins to link into ranger's plugin folder.";
    };

    rifle = mkOption {
      type = types.listOf (
        types.submodule {
          options = {
            condition = mkOption {
              type = types.str;
              example = "mime ^text, label editor";
              description = "When the rule applies, in rifle's condition syntax.";
            };
            command = mkOption {
              type = types.str;
              example = ''vim -- "$@"'';
              description = "The command that opens the files.";
            };
          };
        }
      );
      default = [ ];
      description = "Rules of {file}`$XDG_CONFIG_HOME/ranger/rifle.conf`, in order; the first that applies wins.";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        programs.ranger.finalPackage =
          if rebuildable && cfg.extraPackages != [ ] then
            cfg.package.overrideAttrs (old: {
              propagatedBuildInputs = (old.propagatedBuildInputs or [ ]) ++ cfg.extraPackages;
            })
          else
            cfg.package;

        home.packages = [ cfg.finalPackage ] ++ lib.optionals (!rebuildable) cfg.extraPackages;

        xdg.configFile."ranger/rc.conf".text = ''
          ${commands "set" cfg.settings}
          ${commands "alias" cfg.aliases}
          ${commands "map" cfg.mappings}
          ${cfg.extraConfig}
        '';
      }

      (mkIf (cfg.plugins != [ ]) {
        xdg.configFile = lib.listToAttrs (
          map (p: lib.nameValuePair "ranger/plugins/${p.name}" { source = p.src; }) cfg.plugins
        );
      })

      (mkIf (cfg.rifle != [ ]) {
        xdg.configFile."ranger/rifle.conf".text = lib.concatMapStrings (
          r: "${r.condition} = ${r.command}\n"
        ) cfg.rifle;
      })
    ]
  );
}
