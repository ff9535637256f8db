# services.unison: one user service per pair of roots, running unison in
# watch mode with its options as `-name=value` arguments, and a timer that
# starts it a second after login and again a minute after it stops, as
# Home Manager's module writes them.
#
# Checked against Home Manager's module (which has no tests).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.unison;

  twoOf =
    elemType:
    let
      list = types.addCheck (types.listOf elemType) (l: builtins.length l == 2);
    in
    list // { description = "${list.description} of length 2"; };

  # The options every pair runs with unless it sets them itself.
  baseOptions = {
    repeat = "watch";
    sshcmd = "${pkgs.openssh}/bin/ssh";
    ui = "text";
    auto = "true";
    batch = "true";
    # The journal keeps the output; no log file.
    log = "false";
  };

  pairModule = {
    options = {
      stateDirectory = mkOption {
        type = types.path;
        default = "${config.xdg.dataHome}/unison";
        defaultText = "$XDG_DATA_HOME/unison";
        description = "Where unison keeps its archives for this pair (its {env}`UNISON`).";
      };

      commandOptions = mkOption {
        type = with types; attrsOf (either str (listOf str));
        default = baseOptions;
        apply = lib.mergeAttrs baseOptions;
        description = ''
          Options for {command}`unison`, by name without the dash, added
          to the defaults; a list repeats the option. See
          {manpage}`unison(1)`.
        '';
      };

      roots = mkOption {
        type = twoOf types.str;
        example = lib.literalExpression ''
          [
            "/home/user/documents"
            "ssh://remote/documents"
          ]
        '';
        description = "The two roots to keep in sync.";
      };
    };
  };

  # `=` inside a value is escaped so unison does not split there.
  optionArgs =
    name: value:
    map (v: lib.escapeShellArg "-${name}=${lib.escape [ "=" ] v}") (lib.toList value);

  commandLine = options: lib.concatStringsSep " " (lib.concatLists (lib.mapAttrsToList optionArgs options));

  unitName = name: "unison-pair-${name}";

  perPair = f: lib.mapAttrs' (name: pair: lib.nameValuePair (unitName name) (f name pair)) cfg.pairs;
in
{
  options.services.unison = {
    enable = lib.mkEnableOption "Unison synchronisation";

    package = lib.mkPackageOption pkgs "unison" {
      example = "pkgs.unison.override { enableX11 = false; }";
    };

    pairs = mkOption {
      type = types.attrsOf (types.submodule pairModule);
      default = { };
      example = lib.literalExpression ''
        {
          my-documents.roots = [
            "/home/user/documents"
            "ssh://remote/documents"
          ];
        }
      '';
      description = "Pairs of roots to keep in sync, by name.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.unison" pkgs lib.platforms.linux) ];

    systemd.user.services = perPair (
      name: pair: {
        Unit.Description = "Unison pair sync (${name})";
        Service = {
          CPUSchedulingPolicy = "idle";
          IOSchedulingClass = "idle";
          Environment = [ "UNISON='${toString pair.stateDirectory}'" ];
          ExecStart = ''
            ${cfg.package}/bin/unison \
              ${commandLine pair.commandOptions} \
              ${lib.concatMapStringsSep " " lib.escapeShellArg pair.roots}
          '';
        };
      }
    );

    systemd.user.timers = perPair (
      name: pair: {
        Unit.Description = "Unison pair sync auto-restart (${name})";
        Timer = {
          Unit = "${unitName name}.service";
          OnActiveSec = 1;
          OnUnitInactiveSec = 60;
        };
        Install.WantedBy = [ "timers.target" ];
      }
    );
  };
}
