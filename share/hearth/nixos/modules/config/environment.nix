# environment.systemPackages, pathsToLink, extraOutputsToInstall,
# variables and profiles. NixOS sets these up from its own /etc/profile;
# a host Hearth does not own keeps its /etc/profile, so the same settings
# reach login shells through /etc/profile.d/hearth-environment.sh.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;
  cfg = config.environment;

  exportLine = name: value: "export ${name}=${lib.escapeShellArg value}\n";

  # Profiles are listed most specific first; each one's bin/ goes on PATH
  # in that order, ahead of the host's own PATH. Profile paths name shell
  # variables ($HOME, $USER) that expand where the script runs.
  environmentScript = ''
    # Written by Hearth's system layer from environment.variables and
    # environment.profiles. Sourced by login shells through /etc/profile.
    if [ -z "''${__HEARTH_ENVIRONMENT_SOURCED-}" ]; then
    __HEARTH_ENVIRONMENT_SOURCED=1
    export NIX_PROFILES="${lib.concatStringsSep " " (lib.reverseList cfg.profiles)}"
    ${lib.concatStrings (lib.mapAttrsToList exportLine cfg.variables)}for __hearth_profile in ${lib.concatMapStringsSep " " (p: "\"${p}\"") (lib.reverseList cfg.profiles)}; do
      case ":$PATH:" in
        *":$__hearth_profile/bin:"*) ;;
        *) PATH="$__hearth_profile/bin:$PATH" ;;
      esac
    done
    unset __hearth_profile
    export PATH
    fi
  '';
in
{
  options.environment = {
    systemPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.firefox pkgs.thunderbird ]";
      description = "Packages linked into the system profile, for every user.";
    };

    pathsToLink = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "/" ];
      description = "Directories of packages linked into the system and per-user profiles.";
    };

    extraOutputsToInstall = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "dev"
        "info"
      ];
      description = "Outputs besides the default ones linked into the profiles.";
    };

    variables = mkOption {
      type = types.attrsOf (
        types.oneOf [
          (types.listOf (
            types.oneOf [
              types.int
              types.str
              types.path
            ]
          ))
          types.int
          types.str
          types.path
        ]
      );
      default = { };
      example = {
        EDITOR = "nvim";
        VISUAL = "nvim";
      };
      apply = lib.mapAttrs (_: v: if builtins.isList v then lib.concatMapStringsSep ":" toString v else toString v);
      description = "Environment variables of login shells; a list is joined with colons.";
    };

    profiles = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Profiles whose bin/ directories login shells put on PATH, most specific first.";
    };

    systemPath = mkOption {
      type = types.package;
      readOnly = true;
      internal = true;
      description = "The system profile: systemPackages linked together.";
    };
  };

  config = {
    # The directories NixOS links for everyone, plus manuals.
    environment.pathsToLink = [
      "/bin"
      "/etc/xdg"
      "/etc/gtk-2.0"
      "/etc/gtk-3.0"
      "/lib"
      "/sbin"
      "/share/emacs"
      "/share/hunspell"
      "/share/org"
      "/share/themes"
      "/share/vulkan"
      "/share/kservices5"
      "/share/kservicetypes5"
      "/share/kxmlgui5"
      "/share/systemd"
      "/share/thumbnailers"
      "/share/man"
      "/share/info"
    ];

    environment.systemPath = pkgs.buildEnv {
      name = "system-path";
      paths = cfg.systemPackages;
      inherit (cfg) pathsToLink extraOutputsToInstall;
      ignoreCollisions = true;
    };

    # The system profile (systemPath, linked at /run/current-system/sw by
    # the system layer) and Nix's default profile come after the users'.
    environment.profiles = lib.mkAfter [
      "/nix/var/nix/profiles/default"
      "/run/current-system/sw"
    ];

    environment.etc."profile.d/hearth-environment.sh".text = environmentScript;
  };
}
