# xsession: the X session as Home Manager runs it. ~/.xprofile reads the
# session variables and ~/.profile, stops what a previous session left
# running, hands the session's variables to systemd and marks itself read;
# ~/.xsession reads ~/.xprofile unless the display manager already did,
# starts hm-graphical-session.target, runs the window manager, and stops the
# graphical targets once it exits. home.keyboard becomes a setxkbmap unit.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xsession;
  keyboard = config.home.keyboard;

  setxkbmapArgs =
    lib.optional (keyboard.layout != null) "-layout '${keyboard.layout}'"
    ++ lib.optional (keyboard.variant != null) "-variant '${keyboard.variant}'"
    ++ lib.optional (keyboard.model != null) "-model '${keyboard.model}'"
    ++ map (o: "-option '${o}'") keyboard.options;
in
{
  options.xsession = {
    enable = lib.mkEnableOption "the X session scripts";

    scriptPath = mkOption {
      type = types.str;
      default = ".xsession";
      example = ".xsession-hm";
      description = "Where, relative to the home directory, the session script is written.";
    };

    profilePath = mkOption {
      type = types.str;
      default = ".xprofile";
      example = ".xprofile-hm";
      description = "Where, relative to the home directory, the session profile is written.";
    };

    windowManager.command = mkOption {
      type = types.str;
      example = lib.literalExpression ''"''${pkgs.i3}/bin/i3"'';
      description = "The command that runs the window manager; the session ends with it.";
    };

    preferStatusNotifierItems = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = ''
        Whether tray applets should use Status Notifier Items (app
        indicators) rather than the XEmbed tray; not every bar shows them.
      '';
    };

    profileExtra = mkOption {
      type = types.lines;
      default = "";
      description = "Shell commands run by the session profile, before the session starts.";
    };

    initExtra = mkOption {
      type = types.lines;
      default = "";
      description = "Shell commands run by the session script before the window manager.";
    };

    importedVariables = mkOption {
      type = types.listOf (types.strMatching "[a-zA-Z_][a-zA-Z0-9_]*");
      example = [ "GDK_PIXBUF_ICON_LOADER" ];
      visible = false;
      description = "Variables of the X session passed on to the systemd user manager, for graphical services.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "xsession" pkgs lib.platforms.linux) ];

    xsession.importedVariables = [
      "DBUS_SESSION_BUS_ADDRESS"
      "DISPLAY"
      "SSH_AUTH_SOCK"
      "XAUTHORITY"
      "XDG_DATA_DIRS"
      "XDG_RUNTIME_DIR"
      "XDG_SESSION_ID"
    ];

    systemd.user = {
      services = lib.mkIf (keyboard != null) {
        setxkbmap = {
          Unit = {
            Description = "Set up keyboard in X";
            After = [ "graphical-session-pre.target" ];
            PartOf = [ "graphical-session.target" ];
          };
          Install.WantedBy = [ "graphical-session.target" ];
          Service = {
            Type = "oneshot";
            RemainAfterExit = true;
            ExecStart = "${pkgs.xorg.setxkbmap}/bin/setxkbmap ${toString setxkbmapArgs}";
          };
        };
      };

      targets = {
        hm-graphical-session.Unit = {
          Description = "Home Manager X session";
          Requires = [ "graphical-session-pre.target" ];
          BindsTo = [
            "graphical-session.target"
            "tray.target"
          ];
        };
        tray.Unit = {
          Description = "Home Manager System Tray";
          Requires = [ "graphical-session-pre.target" ];
        };
      };
    };

    home.file.${cfg.profilePath}.text = ''
      . "${config.home.profileDirectory}/etc/profile.d/hm-session-vars.sh"

      if [ -e "$HOME/.profile" ]; then
        . "$HOME/.profile"
      fi

      # If there are any running services from a previous session.
      # Need to run this in xprofile because the NixOS xsession
      # script starts up graphical-session.target.
      systemctl --user stop graphical-session.target graphical-session-pre.target

      ${lib.optionalString (cfg.importedVariables != [ ]) (
        "systemctl --user import-environment " + toString (lib.unique cfg.importedVariables)
      )}

      ${cfg.profileExtra}

      export HM_XPROFILE_SOURCED=1
    '';

    home.file.${cfg.scriptPath} = {
      executable = true;
      text = ''
        if [ -z "$HM_XPROFILE_SOURCED" ]; then
          . "${config.home.homeDirectory}/${cfg.profilePath}"
        fi
        unset HM_XPROFILE_SOURCED

        systemctl --user start hm-graphical-session.target

        ${cfg.initExtra}

        ${cfg.windowManager.command}

        systemctl --user stop graphical-session.target
        systemctl --user stop graphical-session-pre.target

        # Wait until the units actually stop.
        while [ -n "$(systemctl --user --no-legend --state=deactivating list-units)" ]; do
          sleep 0.5
        done
      '';
    };
  };
}
