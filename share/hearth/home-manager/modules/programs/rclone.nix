# programs.rclone: installs rclone and, when remotes are declared, an
# activation step that copies the remotes' plain settings (an INI file in
# the store) to ~/.config/rclone/rclone.conf with mode 600, then adds each
# secret with `rclone config update`, reading it from its file at
# activation time so it never enters the store.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.rclone;
  ini = pkgs.formats.ini { };

  # A remote's settings must name its backend.
  settingsType =
    types.addCheck (types.attrsOf (
      types.nullOr (
        types.oneOf [
          types.bool
          types.int
          types.float
          types.str
        ]
      )
    )) (lib.hasAttr "type")
    // {
      name = "rcloneRemoteConfig";
      description = "An attribute set containing a remote type and options.";
    };

  remoteType = types.submodule {
    options = {
      config = mkOption {
        type = settingsType;
        default = { };
        example = {
          type = "mega";
          user = "you@example.com";
          hard_delete = true;
        };
        description = ''
          The remote's settings, keyed as in rclone's config file (an
          option's long name without `--` and the backend prefix, with
          `_` for `-`). `type` is required. Values land in the
          world-readable store: put credentials in {option}`secrets`.
        '';
      };

      secrets = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          password = "/run/secrets/password";
        };
        description = ''
          Sensitive settings, each given as the path of a file holding its
          value, read during activation. A secrets manager's files must
          exist by then.
        '';
      };
    };
  };

  # Home Manager names it rclone.conf@pre-secrets, a name Nix 2.8 refuses
  # for a store path.
  plainConfig = ini.generate "rclone.conf-pre-secrets" (lib.mapAttrs (_: r: r.config) cfg.remotes);

  # `config_refresh_token=false` keeps rclone from starting an OAuth flow.
  setSecret = remote: key: file: ''
    ${lib.getExe cfg.package} config update \
      ${remote} config_refresh_token=false \
      ${key} "$(cat ${file})" \
      --quiet > /dev/null
  '';

  secretCommands = lib.concatLists (
    lib.mapAttrsToList (remote: r: lib.mapAttrsToList (setSecret remote) r.secrets) cfg.remotes
  );
in
{
  options.programs.rclone = {
    enable = lib.mkEnableOption "rclone";

    package = lib.mkPackageOption pkgs "rclone" { };

    remotes = mkOption {
      type = types.attrsOf remoteType;
      default = { };
      description = "Remotes by name, each with its settings and secrets.";
    };

    writeAfter = mkOption {
      type = types.str;
      default = "reloadSystemd";
      description = "Activation step after which rclone.conf is written.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.activation.createRcloneConfig = lib.mkIf (cfg.remotes != { }) (
      lib.hm.dag.entryAfter [ "writeBoundary" cfg.writeAfter ] (
        ''
          run install $VERBOSE_ARG -D -m600 ${plainConfig} "${config.xdg.configHome}/rclone/rclone.conf"
        ''
        + lib.concatLines secretCommands
        + "\n"
      )
    );
  };
}
