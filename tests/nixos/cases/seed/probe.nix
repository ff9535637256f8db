# What the seed's user gets from the NixOS side, and the exact
# hm-setup-env script the unit runs (rebuilt here from its expected text:
# equal store paths mean equal texts).
{ config, pkgs, ... }:

let
  eve = config.home-manager.users.eve;
  setupEnv = pkgs.writeScript "hm-setup-env" ''
    #! ${pkgs.runtimeShell} -el

    # The activation runs in a login shell so that the user has a sane
    # environment; a running user session lends its display and bus.
    eval "$(
      XDG_RUNTIME_DIR=''${XDG_RUNTIME_DIR:-/run/user/$UID} systemctl --user show-environment 2> /dev/null \
      | ${pkgs.gnused}/bin/sed -En '/^(DBUS_SESSION_BUS_ADDRESS|DISPLAY|WAYLAND_DISPLAY|XAUTHORITY|XDG_RUNTIME_DIR)=/s/^/export /p'
    )"

    exec "$1/activate" --driver-version 1
  '';
in
{
  inherit (eve.home) username homeDirectory uid profileDirectory;
  inherit (eve.submoduleSupport) enable externalPackageInstall;
  bash = eve.programs.bash.enable;
  packages = map (p: p.name) eve.home.packages;
  execStart =
    config.systemd.services.home-manager-eve.serviceConfig.ExecStart == "${setupEnv} ${eve.home.activationPackage}";
}
