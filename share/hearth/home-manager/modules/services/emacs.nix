# services.emacs: the Emacs daemon as a systemd user service, optionally
# socket-activated, plus an emacsclient desktop entry and EDITOR when
# asked. Linux only (no launchd agent). With programs.emacs enabled, its
# finalPackage (Emacs with the chosen packages) is the default package.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.services.emacs;
  programsEmacs = config.programs.emacs or { };

  binDir = "${cfg.package}/bin";

  # Debian versions carry an epoch ("1:28.2+1-15"), which would sort
  # before "27".
  version = lib.last (lib.splitString ":" (lib.getVersion cfg.package));
  atLeast28 = lib.versionAtLeast version "28";

  # Emacs before 28 deletes its socket on exit, which leaves a
  # socket-activated service without one: keep the directory read-only
  # while it runs (home-manager issue 2018, Emacs bug 47511).
  socketWorkaround = !atLeast28 && cfg.socketActivation.enable;

  # emacsclient's default socket, so it needs no wrapping.
  socketDir = "%t/emacs";
  socketPath = "${socketDir}/server";

  documentation = "info:emacs man:emacs(1) https://gnu.org/software/emacs/";

  clientDesktopFile = pkgs.writeTextFile {
    name = "emacsclient.desktop";
    destination = "/share/applications/emacsclient.desktop";
    text = lib.generators.toINI { } {
      "Desktop Entry" = {
        Type = "Application";
        Exec = "${binDir}/emacsclient ${lib.concatStringsSep " " cfg.client.arguments} %F";
        Terminal = false;
        Name = "Emacs Client";
        Icon = "emacs";
        Comment = "Edit text";
        GenericName = "Text Editor";
        MimeType = "text/english;text/plain;text/x-makefile;text/x-c++hdr;text/x-c++src;text/x-chdr;text/x-csrc;text/x-java;text/x-moc;text/x-pascal;text/x-tcl;text/x-tex;application/x-shellscript;text/x-c;text/x-c++;";
        Categories = "Development;TextEditor;";
        Keywords = "Text;Editor;";
        # Emacs 28 names daemon frames' class Emacsd.
        StartupWMClass = if atLeast28 then "Emacsd" else "Emacs";
      };
    };
  };

  # With no arguments a new frame, as `emacsclient` alone would fail.
  editor = pkgs.writeShellScript "editor" ''exec ${lib.getBin cfg.package}/bin/emacsclient "''${@:---create-frame}"'';
in
{
  options.services.emacs = {
    enable = lib.mkEnableOption "the Emacs daemon";

    package = mkOption {
      type = types.package;
      default = if programsEmacs.enable or false then programsEmacs.finalPackage else pkgs.emacs;
      defaultText = lib.literalExpression ''
        if config.programs.emacs.enable then config.programs.emacs.finalPackage else pkgs.emacs
      '';
      description = "The Emacs package the daemon runs.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "-f"
        "exwm-enable"
      ];
      description = "Arguments appended to the daemon's command line.";
    };

    client = {
      enable = lib.mkEnableOption "an emacsclient desktop entry";

      arguments = mkOption {
        type = types.listOf types.str;
        default = [ "-c" ];
        description = "Arguments of emacsclient in the desktop entry.";
      };
    };

    socketActivation.enable = lib.mkEnableOption "starting the daemon when a client first connects to its socket";

    startWithUserSession = mkOption {
      type = types.either types.bool (types.enum [ "graphical" ]);
      default = !cfg.socketActivation.enable;
      defaultText = lib.literalExpression "!config.services.emacs.socketActivation.enable";
      example = "graphical";
      description = ''
        Start the daemon with the user session: `true` with
        `default.target`, `"graphical"` with `graphical-session.target`
        (and stop it with that session), `false` not at all.
      '';
    };

    defaultEditor = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = "Set {env}`EDITOR` to emacsclient (a new frame when given no file).";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "services.emacs" pkgs lib.platforms.linux) ];

        systemd.user.services.emacs = {
          Unit = {
            Description = "Emacs text editor";
            Documentation = documentation;
            After = lib.optional (cfg.startWithUserSession == "graphical") "graphical-session.target";
            PartOf = lib.optional (cfg.startWithUserSession == "graphical") "graphical-session.target";
            # A restart would lose unsaved buffers.
            X-RestartIfChanged = false;
            RefuseManualStart = mkIf socketWorkaround true;
          };
          Service = {
            Type = "notify";
            # Through a login shell, so Emacs gets the user's environment
            # ($PATH above all). The socket path is explicit so a manual
            # start still serves the socket systemd listens on.
            ExecStart = ''${pkgs.runtimeShell} -l -c "${binDir}/emacs --fg-daemon${
              lib.optionalString cfg.socketActivation.enable "=${lib.escapeShellArg socketPath}"
            } ${lib.escapeShellArgs cfg.extraOptions}"'';
            # SIGTERM, systemd's way of stopping, makes Emacs exit with 15.
            SuccessExitStatus = 15;
            Restart = "on-failure";
            ExecStartPost = mkIf socketWorkaround "${pkgs.coreutils}/bin/chmod --changes -w ${socketDir}";
            ExecStopPost = mkIf socketWorkaround "${pkgs.coreutils}/bin/chmod --changes +w ${socketDir}";
          };
          Install = mkIf (cfg.startWithUserSession != false) {
            WantedBy = [ (if cfg.startWithUserSession == true then "default.target" else "graphical-session.target") ];
          };
        };

        home.packages = lib.optional cfg.client.enable (lib.hiPrio clientDesktopFile);

        home.sessionVariables = mkIf cfg.defaultEditor { EDITOR = lib.getBin editor; };
      }

      (mkIf cfg.socketActivation.enable {
        systemd.user.sockets.emacs = {
          Unit = {
            Description = "Emacs text editor";
            Documentation = documentation;
          };
          Socket = {
            ListenStream = socketPath;
            FileDescriptorName = "server";
            SocketMode = "0600";
            DirectoryMode = "0700";
            # Emacs' exit hook asks whether a server runs by connecting;
            # without flushing, that connection would start it again.
            FlushPending = true;
          };
          Install = {
            WantedBy = [ "sockets.target" ];
            # So systemd owns the socket file even when the service is
            # started by hand while the socket unit is stopped.
            RequiredBy = [ "emacs.service" ];
          };
        };
      })
    ]
  );
}
