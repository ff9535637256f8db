# xdg.mime: installs shared-mime-info and, when home.path is built, runs
# update-mime-database and update-desktop-database over it, so the profile
# carries the MIME database and the desktop files' mimeinfo.cache. On by
# default on Linux, as in Home Manager, when the package set has both
# tools: Hearth's has them only with a Debian index, and a home that uses
# no Debian package must not start needing one.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xdg.mime;

  # The tools run while building, so for the build platform when cross.
  forBuild = p: p.__spliced.buildHost or p;

  # buildEnv links a directory only one package has; a second package with
  # the same directories makes them real ones the updaters can write into.
  emptyDirs =
    name:
    pkgs.runCommandLocal name { } ''
      mkdir -p $out/share/{applications,mime/packages}
    '';
in
{
  options.xdg.mime = {
    enable = mkOption {
      type = types.bool;
      default =
        pkgs.stdenv.hostPlatform.isLinux && pkgs ? shared-mime-info && pkgs ? desktop-file-utils;
      defaultText = lib.literalExpression "true if host platform is Linux (and pkgs has shared-mime-info and desktop-file-utils), false otherwise";
      description = ''
        Whether to install what the XDG Shared MIME-info
        (<https://specifications.freedesktop.org/shared-mime-info-spec/shared-mime-info-spec-latest.html>)
        and MIME Applications
        (<https://specifications.freedesktop.org/mime-apps-spec/mime-apps-spec-latest.html>)
        specifications need: the MIME database and the desktop files'
        MIME cache of the profile.
      '';
    };

    sharedMimeInfoPackage = mkOption {
      type = types.package;
      default = pkgs.shared-mime-info;
      defaultText = lib.literalExpression "pkgs.shared-mime-info";
      description = "Package whose update-mime-database is run.";
    };

    desktopFileUtilsPackage = mkOption {
      type = types.package;
      default = pkgs.desktop-file-utils;
      defaultText = lib.literalExpression "pkgs.desktop-file-utils";
      description = "Package whose update-desktop-database is run.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "xdg.mime" pkgs lib.platforms.linux) ];

    home.packages = [
      # The base MIME types.
      cfg.sharedMimeInfoPackage
      (emptyDirs "dummy-xdg-mime-dirs1")
      (emptyDirs "dummy-xdg-mime-dirs2")
    ];

    # Only where the directories are writable, i.e. real directories.
    home.extraProfileCommands = ''
      if [[ -w $out/share/mime && -w $out/share/mime/packages && -d $out/share/mime/packages ]]; then
        XDG_DATA_DIRS=$out/share \
        PKGSYSTEM_ENABLE_FSYNC=0 \
        ${lib.getExe (forBuild cfg.sharedMimeInfoPackage)} -V $out/share/mime > /dev/null
      fi

      if [[ -w $out/share/applications ]]; then
        ${lib.getExe' (forBuild cfg.desktopFileUtilsPackage) "update-desktop-database"} $out/share/applications
      fi
    '';
  };
}
