# services.cliphist: Wayland clipboard history. wl-paste --watch hands each
# new selection to `cliphist store`, text in one user service and images
# (when allowed) in another, both started with the Wayland session targets.
# Debian 12 does not package cliphist: there `package` must be given.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.cliphist;

  targets = lib.toList cfg.systemdTargets;

  watcher = description: pasteArgs: {
    Unit = {
      Description = description;
      PartOf = targets;
      After = targets;
    };
    Service = {
      Type = "simple";
      ExecStart = "${pkgs.wl-clipboard}/bin/wl-paste ${pasteArgs} ${cfg.package}/bin/cliphist ${lib.escapeShellArgs cfg.extraOptions} store";
      Restart = "on-failure";
    };
    Install.WantedBy = targets;
  };
in
{
  imports = [
    # The old single target becomes a one-element list.
    (lib.mkChangedOptionModule [ "services" "cliphist" "systemdTarget" ]
      [ "services" "cliphist" "systemdTargets" ]
      (c: [ c.services.cliphist.systemdTarget ])
    )
  ];

  options.services.cliphist = {
    enable = lib.mkEnableOption "cliphist, a clipboard history for Wayland";

    package = lib.mkPackageOption pkgs "cliphist" { };

    allowImages = mkOption {
      type = types.bool;
      default = true;
      description = "Keep copied images in the history too.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [
        "-max-dedupe-search"
        "10"
        "-max-items"
        "500"
      ];
      description = "Arguments for {command}`cliphist` before `store`.";
    };

    systemdTargets = mkOption {
      type = types.either (types.listOf types.str) types.str;
      default = [ config.wayland.systemd.target ];
      defaultText = lib.literalExpression "[ config.wayland.systemd.target ]";
      example = "sway-session.target";
      description = ''
        User targets that start the watchers. A compositor's session target
        is only reached when its module's systemd integration is on.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.cliphist" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    systemd.user.services.cliphist = watcher "Clipboard management daemon" "--watch";

    systemd.user.services.cliphist-images = lib.mkIf cfg.allowImages (
      watcher "Clipboard management daemon - images" "--type image --watch"
    );
  };
}
