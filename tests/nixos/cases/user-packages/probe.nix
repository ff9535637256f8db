# Where packages go, the uid handed to Home Manager, and the legacy
# driver in hm-setup-env.
{ config, pkgs, ... }:

let
  hm = config.home-manager.users;
  setupEnv = pkgs.writeScript "hm-setup-env" ''
    #! ${pkgs.runtimeShell} -el

    # The activation runs in a login shell so that the user has a sane
    # environment; a running user session lends its display and bus.
    eval "$(
      XDG_RUNTIME_DIR=''${XDG_RUNTIME_DIR:-/run/user/$UID} systemctl --user show-environment 2> /dev/null \
      | ${pkgs.gnused}/bin/sed -En '/^(DBUS_SESSION_BUS_ADDRESS|DISPLAY|WAYLAND_DISPLAY|XAUTHORITY|XDG_RUNTIME_DIR)=/s/^/export /p'
    )"

    exec "$1/activate" --driver-version 0
  '';
in
{
  profileDirectories = map (u: u.home.profileDirectory) [ hm.eve hm.dev-ops ];
  uids = map (u: u.home.uid) [ hm.eve hm.dev-ops ];
  externalPackageInstall = hm.eve.submoduleSupport.externalPackageInstall;
  evePackagesAreHomePath = config.users.users.eve.packages == [ hm.eve.home.path ];
  pathsToLink = builtins.elem "/etc/profile.d" config.environment.pathsToLink;
  legacyDriver =
    config.systemd.services."home-manager-dev\\x2dops".serviceConfig.ExecStart
    == "${setupEnv} ${hm.dev-ops.home.activationPackage}";
}
