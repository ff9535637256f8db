# The second layer: builders, formats and the host-provided packages. Names
# follow nixpkgs. The Debian layer (../../debian/overlay.nix) comes after
# this one as an ordinary overlay, so a Debian package of the same name
# (coreutils, bash, ...) replaces the host stand-in here without any change
# to this file; aliases.nix comes after both.
{ lib }:
final: prev:
let
  inherit (final) callPackage;
  trivial = import ../build-support/trivial-builders {
    inherit lib;
    inherit (final)
      stdenv
      stdenvNoCC
      runtimeShell
      lndir
      ;
  };
  substitutes = callPackage ../build-support/substitute { };
  replaceVarsFns = callPackage ../build-support/replace-vars { };
  host = import ../host {
    inherit lib;
    inherit (final) stdenvNoCC;
  };
in
trivial
// {
  inherit (substitutes) substitute substituteAll;
  inherit (replaceVarsFns) replaceVars replaceVarsWith;

  runtimeShell = final.stdenv.shell;
  runtimeShellPackage = final.bash;

  lndir = callPackage ../build-support/lndir { };
  replace-secret = callPackage ../tools/replace-secret { };
  # The X utilities Home Manager's xsession, pointerCursor and
  # screen-locker run, from Debian's packages that hold them.
  xorg = (prev.xorg or { }) // {
    inherit (final) lndir;
    setxkbmap = final.x11-xkb-utils;
    xrdb = final.x11-xserver-utils;
    xsetroot = final.x11-xserver-utils;
    xset = final.x11-xserver-utils;
  };

  # The Qt plugins and styles Home Manager's qt module names by nixpkgs
  # attribute path, from the Debian packages that hold them (those Debian
  # lacks, such as Qt 6 builds of qtstyleplugins, stay missing).
  libsForQt5 = (prev.libsForQt5 or { }) // {
    qt5ct = final.qt5ct;
    qtstyleplugins = final.qt5-style-plugins;
    qtstyleplugin-kvantum = final.qt5-style-kvantum;
  };
  qt6Packages = (prev.qt6Packages or { }) // {
    qt6ct = final.qt6ct;
  };
  kdePackages = (prev.kdePackages or { }) // {
    inherit (final)
      breeze
      kio
      plasma-integration
      systemsettings
      ;
    kdeconnect-kde = final.kdeconnect;
  };
  lxqt = (prev.lxqt or { }) // {
    inherit (final) lxqt-config lxqt-qtplugin;
  };

  buildEnv = callPackage ../build-support/buildenv { };
  makeSetupHook = callPackage ../build-support/setup-hooks/make-setup-hook.nix { };
  makeWrapper = callPackage ../build-support/make-wrapper { };
  makeShellWrapper = final.makeWrapper;
  # No C compiler is assumed, so the binary wrapper is the shell one.
  makeBinaryWrapper = final.makeWrapper;

  formats = import ../pkgs-lib/formats.nix {
    inherit lib;
    pkgs = final;
  };

  # Host-provided basics (./host): stand-ins until real packages arrive.
  inherit (host)
    bash
    bashInteractive
    coreutils
    gnused
    gnugrep
    findutils
    gawk
    gnutar
    gzip
    xz
    diffutils
    which
    patch
    shellcheck
    glibcLocales
    ;
  mkHostPackage = host.mkHostPackage;
  shellcheck-minimal = final.shellcheck;
  coreutils-full = final.coreutils;
}
