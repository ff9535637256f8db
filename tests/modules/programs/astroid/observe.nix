# Imported by the astroid cases: what the harness cannot see directly, as
# files it can compare. `written` lists the astroid files under
# $XDG_CONFIG_HOME; `warnings` holds the warnings with this directory's
# path (which differs between checkouts) replaced by <dir>.
{ config, lib, ... }:
{
  home.file.written.text = builtins.toJSON (
    lib.filter (lib.hasPrefix "astroid") (lib.attrNames config.xdg.configFile)
  );

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );
}
