# xdg.mimeApps: which applications open which MIME types, written to
# ${xdg.configHome}/mimeapps.list (the file the freedesktop MIME
# applications specification reads first) and, for programs that still
# read the older location, ${xdg.dataHome}/applications/mimeapps.list.
#
# Not provided: Home Manager's defaultApplicationPackages and its expansion
# of globs such as "text/*", which both read packages' files at build time;
# a glob key is written as it is.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xdg.mimeApps;

  # One desktop file or several, most preferred first.
  desktopFiles = types.coercedTo (types.either (types.listOf types.str) types.str) lib.toList (
    types.listOf types.str
  );

  associationOption =
    description: example:
    mkOption {
      type = types.attrsOf desktopFiles;
      default = { };
      inherit example description;
    };

  # The specification separates several desktop files with ";".
  section = lib.mapAttrs (_: lib.concatStringsSep ";");
in
{
  options.xdg.mimeApps = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to write {file}`$XDG_CONFIG_HOME/mimeapps.list` (a read-only
        link) from these options.
      '';
    };

    associations.added =
      associationOption
        ''
          Applications to offer for a MIME type even though their desktop
          file does not list it.
        ''
        (
          lib.literalExpression ''
            {
              "image/png" = [ "viewer.desktop" "editor.desktop" ];
              "text/plain" = "editor.desktop";
            }
          ''
        );

    associations.removed =
      associationOption
        ''
          Applications not to offer for a MIME type even though their
          desktop file lists it.
        ''
        {
          "image/png" = "browser.desktop";
        };

    defaultApplications =
      associationOption
        ''
          The application that opens each MIME type by default; when a list
          is given and the first is not installed, the next one is tried.
        ''
        (
          lib.literalExpression ''
            {
              "application/pdf" = [ "reader.desktop" "browser.desktop" ];
            }
          ''
        );
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "xdg.mimeApps" pkgs lib.platforms.linux) ];

    xdg.configFile."mimeapps.list".text = lib.generators.toINI { } {
      "Added Associations" = section cfg.associations.added;
      "Removed Associations" = section cfg.associations.removed;
      "Default Applications" = section cfg.defaultApplications;
    };

    # The same file, not a copy.
    xdg.dataFile."applications/mimeapps.list".source = config.xdg.configFile."mimeapps.list".source;
  };
}
