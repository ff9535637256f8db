# The standard environment over the host's toolchain. The builder is the
# host's /bin/bash and PATH ends in the host's /usr/bin:/bin, which Hearth's
# build sandbox exposes read-only; there is no bootstrapped compiler. The
# stdenv is itself a derivation holding `setup` (./setup.sh), so builds can
# `source $stdenv/setup` as nixpkgs builds do.
{
  lib,
  config,
  hostPlatform,
}:
let
  shell = "/bin/bash";
  # Where host tools are found, last on every build's PATH.
  initialPath = [
    "/usr/bin"
    "/bin"
  ];

  drv = derivation {
    name = "stdenv-${hostPlatform.parsed.kernel.name or "linux"}";
    system = hostPlatform.system;
    builder = shell;
    args = [
      "-e"
      ./builder.sh
    ];
    setup = ./setup.sh;
    initialPath = lib.concatStringsSep " " initialPath;
    inherit shell;
    preferLocalBuild = true;
    allowSubstitutes = false;
  };

  stdenv = drv // {
    inherit
      lib
      config
      shell
      initialPath
      hostPlatform
      ;
    buildPlatform = hostPlatform;
    targetPlatform = hostPlatform;
    system = hostPlatform.system;
    cc = null;
    hasCC = false;
    isLinux = hostPlatform.isLinux;
    isDarwin = hostPlatform.isDarwin;
    isFreeBSD = hostPlatform.isFreeBSD or false;
    isOpenBSD = hostPlatform.isOpenBSD or false;
    isi686 = hostPlatform.isi686;
    isx86_32 = hostPlatform.isx86_32;
    isx86_64 = hostPlatform.isx86_64;
    is64bit = hostPlatform.is64bit;
    isAarch32 = hostPlatform.isAarch32;
    isAarch64 = hostPlatform.isAarch64;
    isMips = hostPlatform.isMips;
    isCygwin = hostPlatform.isCygwin;
    isBSD = hostPlatform.isBSD;

    mkDerivation = import ./make-derivation.nix {
      inherit lib config stdenv;
    };
    # Nothing to adapt: there is one stdenv.
    override = f: stdenv;
  };
in
stdenv
