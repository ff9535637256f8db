# Every field options.json has, and the visibility rules: internal and
# visible = false options are left out, "shallow" hides an option's
# sub-options, "transparent" hides the option but keeps its sub-options.
{ lib, ... }:
let
  inherit (lib) mkOption types literalExpression literalMD;
in
{
  options.services.demo = {
    enable = lib.mkEnableOption "the demo service";
    port = mkOption {
      type = types.port;
      default = 8080;
      description = "Port to listen on.";
    };
    user = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "nobody";
      description = "User to run as.";
    };
    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ "--quiet" "-v" ];
      example = literalExpression ''[ "--log-level" "debug" ]'';
      description = "Extra arguments.";
    };
    dataDir = mkOption {
      type = types.path;
      default = "/var/lib/demo";
      defaultText = literalMD "the state directory";
      description = "Where data lives.";
      relatedPackages = [ "hello" ];
    };
    settings = mkOption {
      type = types.attrsOf types.int;
      default = { b = 2; a = 1; };
      description = ''
        Settings, one per line.
        Second line.'';
    };
    version = mkOption {
      type = types.str;
      default = "1.0";
      readOnly = true;
      description = "The version (read-only).";
    };
    secret = mkOption {
      type = types.str;
      default = "";
      internal = true;
      description = "Internal: not documented.";
    };
    hidden = mkOption {
      type = types.bool;
      default = false;
      visible = false;
      description = "Hidden: not documented.";
    };
    untyped = mkOption { };
    instances = mkOption {
      type = types.attrsOf (types.submodule {
        options.name = mkOption {
          type = types.str;
          description = "Instance name.";
        };
      });
      default = { };
      description = "Named instances.";
    };
    hooks = mkOption {
      type = types.listOf (types.submodule {
        options.command = mkOption {
          type = types.lines;
          description = "A hook's command.";
        };
      });
      default = [ ];
      description = "Hooks, in order.";
    };
    shallow = mkOption {
      type = types.submodule { options.inner = mkOption { type = types.int; description = "Not shown."; }; };
      visible = "shallow";
      default = { };
      description = "Shown without its sub-options.";
    };
    transparent = mkOption {
      type = types.submodule { options.inner = mkOption { type = types.int; description = "Shown."; }; };
      visible = "transparent";
      default = { };
      description = "Not shown, its sub-options are.";
    };
  };
}
