# Locales for Nix-built programs on Linux: glibc finds the locale archive
# through a versioned variable, so programs built against another glibc
# are not misled.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (pkgs.stdenv.hostPlatform) isLinux;
  # glibc 2.27 changed the archive format and the variable it reads.
  archiveVar =
    if lib.versionAtLeast (pkgs.glibc.version or "2.27") "2.27" then "LOCALE_ARCHIVE_2_27" else "LOCALE_ARCHIVE_2_11";
in
{
  options.i18n.glibcLocales = lib.mkOption {
    type = lib.types.path;
    default = pkgs.glibcLocales;
    defaultText = lib.literalExpression "pkgs.glibcLocales";
    example = lib.literalExpression ''
      pkgs.glibcLocales.override {
        allLocales = false;
        locales = [ "de_DE.UTF-8/UTF-8" "C.UTF-8/UTF-8" ];
      }
    '';
    description = "Package whose {file}`lib/locale/locale-archive` Nix-built programs load; a smaller build with only the locales you use saves space.";
  };

  config = lib.mkIf isLinux {
    home.sessionVariables.${archiveVar} = "${config.i18n.glibcLocales}/lib/locale/locale-archive";
  };
}
