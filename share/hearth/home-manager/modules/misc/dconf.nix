# dconf.settings: loads the settings into the user's dconf database at
# activation (`dconf load /` of a generated keyfile, the dconfSettings
# step), resets keys an earlier generation set and this one no longer does
# (from the state/dconf-keys.json each generation keeps), and makes sure
# ~/.config/dconf exists.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.dconf;

  # One section per dconf directory, each key's value in GVariant text.
  keyfile = lib.generators.toINI {
    mkKeyValue = key: value: "${key}=${toString (lib.hm.gvariant.mkValue value)}";
  } cfg.settings;

  # Every key this generation manages, as absolute dconf paths.
  managedKeys = pkgs.writeText "dconf-keys.json" (
    builtins.toJSON (
      lib.concatLists (
        lib.mapAttrsToList (dir: keys: map (key: "/${dir}/${key}") (lib.attrNames keys)) cfg.settings
      )
    )
  );
  statePath = "state/${managedKeys.name}";

  # Prints the keys of the old generation's list missing from the new one;
  # nothing when there is no old list.
  staleKeys = pkgs.writeShellScript "dconf-stale-keys" ''
    set -euo pipefail
    [[ -f $1 ]] || exit 0
    ${lib.getExe' pkgs.jq "jq"} -r -n --slurpfile old "$1" --slurpfile new "$2" '($old[] - $new[])[]'
  '';

  dconf = "${pkgs.dconf}/bin/dconf";
  dbus = pkgs.dbus;
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  options.dconf = {
    enable = mkOption {
      type = types.bool;
      # The step needs a D-Bus session, which Darwin does not have.
      default = !pkgs.stdenv.hostPlatform.isDarwin;
      visible = false;
      description = ''
        Whether to write {option}`dconf.settings` into dconf. On NixOS the
        system also needs `programs.dconf.enable = true`.
      '';
    };

    settings = mkOption {
      type = types.attrsOf (types.attrsOf lib.hm.types.gvariant);
      default = { };
      example = lib.literalExpression ''
        {
          "org/gnome/calculator" = {
            button-mode = "programming";
            show-thousands = true;
            base = 10;
            word-size = 64;
            window-position = lib.hm.gvariant.mkTuple [ 100 100 ];
          };
        }
      '';
      description = ''
        Keys to set, grouped by dconf directory (without the leading
        slash). dconf is typed: a key whose schema says `u` needs
        `lib.hm.gvariant.mkUint32`, as a bare Nix integer is written as an
        `int32`. dconf2nix turns a `dconf dump` into this form.
      '';
    };
  };

  config = mkIf (cfg.enable && cfg.settings != { }) {
    xdg.configFile."dconf/.keep".source = builtins.toFile "keep" "";

    home.extraBuilderCommands = ''
      mkdir -p $out/state/
      ln -s ${managedKeys} $out/${statePath}
    '';

    # dconf writes through its D-Bus service; without a session bus one is
    # started for the step.
    home.activation.dconfSettings = lib.hm.dag.entryAfter [ "installPackages" ] ''
      if [[ -v DBUS_SESSION_BUS_ADDRESS ]]; then
        export DCONF_DBUS_RUN_SESSION=""
      else
        export DCONF_DBUS_RUN_SESSION="${dbus}/bin/dbus-run-session --dbus-daemon=${dbus}/bin/dbus-daemon"
      fi

      if [[ -v oldGenPath ]]; then
        ${staleKeys} "$oldGenPath/${statePath}" "$newGenPath/${statePath}" \
          | while read -r key; do
              verboseEcho "Resetting dconf key \"$key\""
              run $DCONF_DBUS_RUN_SESSION ${dconf} reset "$key"
            done
      fi

      run $DCONF_DBUS_RUN_SESSION ${dconf} load / < ${pkgs.writeText "hm-dconf.ini" keyfile}

      unset DCONF_DBUS_RUN_SESSION
    '';
  };
}
