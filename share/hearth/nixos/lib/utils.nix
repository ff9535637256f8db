# Helpers NixOS modules receive as the `utils` module argument. Only what
# Hearth's modules (and Home Manager's NixOS module) use lives here.
{ lib }:

let
  inherit (lib) concatMapStrings stringToCharacters toLower;
  inherit (lib.strings) charToInt normalizePath removePrefix removeSuffix;

  # Bytes systemd keeps as they are in a unit name (unit_name_escape).
  unescaped = stringToCharacters "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:_.";

  hex = c: "\\x${toLower (lib.fixedWidthString 2 "0" (lib.trivial.toHexString (charToInt c)))}";
in
rec {
  # Escapes a string for use in a unit name exactly as `systemd-escape`
  # does: "/" becomes "-", a leading "." and every byte outside
  # [A-Za-z0-9:_.] become \xNN. Only ASCII is supported (user and unit
  # names are ASCII); anything else is reported rather than mangled.
  escapeSystemdString =
    s:
    let
      chars = stringToCharacters s;
      escapeChar =
        i: c:
        if c == "/" then
          "-"
        else if (i == 0 && c == ".") || !(builtins.elem c unescaped) then
          if builtins.match "[ -~\t\n]" c == null then
            throw "escapeSystemdString: `${s}' contains a non-ASCII byte, which Hearth cannot escape"
          else
            hex c
        else
          c;
    in
    lib.concatStrings (lib.imap0 escapeChar chars);

  # `systemd-escape --path`: the path is normalised, its outer slashes are
  # dropped and "/" alone becomes "-". NixOS names mount units and Home
  # Manager names its per-user service this way.
  escapeSystemdPath =
    s:
    let
      normalized = normalizePath s;
      trimmed = removeSuffix "/" (removePrefix "/" normalized);
    in
    if normalized == "/" then "-" else escapeSystemdString trimmed;

  # The login shell path of a `users.users.<name>.shell` value: a package
  # with `shellPath`, or a path/string used as it is. NixOS points into
  # /run/current-system/sw; a host Hearth does not own has no such tree, so
  # a shell package is named by its store path.
  toShellPath =
    shell:
    if lib.types.shellPackage.check shell then
      "${shell}${shell.shellPath}"
    else if lib.types.package.check shell && lib.isDerivation shell then
      throw "${shell} is not a shell package (it has no `shellPath')"
    else
      toString shell;
}
