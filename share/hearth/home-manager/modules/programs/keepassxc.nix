# programs.keepassxc: the KeePassXC password manager, its settings as
# ~/.config/keepassxc/keepassxc.ini (written only when there are any), and
# the package offered to the browsers as a native messaging host, so the
# browser extension finds it, as Home Manager does. `autostart` adds
# KeePassXC's desktop entry to xdg.autostart, which must be enabled.
#
# One difference from Home Manager, for want of the module: there is no
# Floorp module to offer the host to.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.keepassxc;

  ini = pkgs.formats.ini { };

  desktopEntry = "org.keepassxc.KeePassXC.desktop";
in
{
  options.programs.keepassxc = {
    enable = lib.mkEnableOption "KeePassXC, a password manager";

    package = lib.mkPackageOption pkgs "keepassxc" { nullable = true; };

    settings = lib.mkOption {
      inherit (ini) type;
      default = { };
      example = lib.literalExpression ''
        {
          Browser.Enabled = true;
          GUI = {
            ApplicationTheme = "dark";
            CompactMode = true;
          };
          SSHAgent.Enabled = true;
        }
      '';
      description = ''
        Settings by section, written to
        {file}`$XDG_CONFIG_HOME/keepassxc/keepassxc.ini`; the names are
        those of KeePassXC's src/core/Config.cpp. KeePassXC cannot write
        its settings back to the linked file, and says so.
      '';
    };

    autostart = lib.mkOption {
      type = lib.types.bool;
      default = false;
      example = true;
      description = ''
        Start KeePassXC on login, through an XDG autostart entry; needs
        {option}`xdg.autostart.enable`.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        # Without xdg.autostart the entry would be listed but never linked.
        assertions = [
          {
            assertion = cfg.autostart -> config.xdg.autostart.enable;
            message = ''
              {option}`xdg.autostart.enable` has to be enabled in order for
              {option}`programs.keepassxc.autostart` to be effective.
            '';
          }
        ];

        xdg.autostart.entries = lib.mkIf cfg.autostart [
          "${cfg.package}/share/applications/${desktopEntry}"
        ];

        xdg.configFile."keepassxc/keepassxc.ini" = lib.mkIf (cfg.settings != { }) {
          source = ini.generate "keepassxc-settings" cfg.settings;
        };
      }

      (lib.mkIf (cfg.package != null) {
        home.packages = [ cfg.package ];
        programs.brave.nativeMessagingHosts = [ cfg.package ];
        programs.chromium.nativeMessagingHosts = [ cfg.package ];
        programs.firefox.nativeMessagingHosts = [ cfg.package ];
        programs.vivaldi.nativeMessagingHosts = [ cfg.package ];
      })
    ]
  );
}
