# services.muchsync: for each remote, a systemd user service running
# muchsync (notmuch mail and tags synchronised over SSH) and a persistent
# timer starting it. Active as soon as a remote is named; needs
# programs.notmuch, whose configuration paths the service passes on.
# Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.muchsync;

  # Settings muchsync takes for either end of the synchronisation.
  sideOptions = side: {
    checkForModifiedFiles = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Check the timestamp of every ${side} mail file, so files edited in
        place are noticed (muchsync -F). Startup gets slower; useful when
        a program rewrites mail files, e.g. offlineimap with synclabels.
      '';
    };

    importNew = mkOption {
      type = types.bool;
      default = true;
      description = "Whether `notmuch new` runs ${side} before synchronising.";
    };
  };

  remoteModule = {
    options = {
      frequency = mkOption {
        type = types.str;
        default = "*:0/5";
        description = "When to synchronise, as systemd's OnCalendar= reads it (systemd.time(7)).";
      };

      sshCommand = mkOption {
        type = types.str;
        default = "${pkgs.openssh}/bin/ssh -CTaxq";
        defaultText = "ssh -CTaxq";
        description = "The shell command line muchsync runs to reach the remote; quote what the shell would split.";
      };

      upload = mkOption {
        type = types.bool;
        default = true;
        description = "Whether local changes are sent to the remote too.";
      };

      local = sideOptions "locally";

      remote = sideOptions "on the remote" // {
        host = mkOption {
          type = types.str;
          description = "The SSH host to synchronise with.";
        };

        muchsyncPath = mkOption {
          type = types.str;
          default = "";
          defaultText = "$PATH/muchsync";
          description = "Where muchsync is on the remote, when not on its PATH (empty: found there).";
        };
      };
    };
  };

  commandLine =
    r:
    lib.concatStringsSep " " (
      [
        (lib.getExe cfg.package)
        "-s ${lib.escapeShellArg r.sshCommand}"
      ]
      ++ lib.optional (!r.upload) "--noup"
      # Flags before the host apply to this end, after it to the remote.
      ++ lib.optional r.local.checkForModifiedFiles "-F"
      ++ lib.optional (!r.local.importNew) "--nonew"
      ++ [ (lib.escapeShellArg r.remote.host) ]
      ++ lib.optional (r.remote.muchsyncPath != "") "-r ${lib.escapeShellArg r.remote.muchsyncPath}"
      ++ lib.optional r.remote.checkForModifiedFiles "-F"
      ++ lib.optional (!r.remote.importNew) "--nonew"
    );

  perRemote = f: lib.mapAttrs' (name: r: lib.nameValuePair "muchsync-${name}" (f name r)) cfg.remotes;

  vars = config.home.sessionVariables;
in
{
  options.services.muchsync = {
    package = lib.mkPackageOption pkgs "muchsync" { };

    remotes = mkOption {
      type = types.attrsOf (types.submodule remoteModule);
      default = { };
      example = lib.literalExpression ''
        {
          server = {
            frequency = "*:0/10";
            remote.host = "server.tld";
          };
        }
      '';
      description = "The remotes to synchronise with, by name (the units are muchsync-<name>).";
    };
  };

  config = lib.mkIf (cfg.remotes != { }) {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.muchsync" pkgs lib.platforms.linux)
      {
        assertion = config.programs.notmuch.enable;
        message = ''
          The muchsync module requires 'programs.notmuch.enable = true'.
        '';
      }
    ];

    systemd.user.services = perRemote (
      name: r: {
        Unit.Description = "muchsync sync service (${name})";
        Service = {
          CPUSchedulingPolicy = "idle";
          IOSchedulingClass = "idle";
          Environment = [
            ''"PATH=${pkgs.notmuch}/bin"''
            ''"NOTMUCH_CONFIG=${vars.NOTMUCH_CONFIG}"''
            ''"NMBGIT=${vars.NMBGIT}"''
          ];
          ExecStart = commandLine r;
        };
      }
    );

    systemd.user.timers = perRemote (
      name: r: {
        Unit.Description = "muchsync periodic sync (${name})";
        Timer = {
          Unit = "muchsync-${name}.service";
          OnCalendar = r.frequency;
          Persistent = true;
        };
        Install.WantedBy = [ "timers.target" ];
      }
    );
  };
}
