# lib.hm.deprecations: helpers for modules whose old options moved.
{ lib }:

{
  /**
    Renames for options that moved under a `settings` set: each spec is
    an old name (or path), renamed to `transform` of each of its parts, or
    `{ old; new; }` with the new path given. The result is a list of
    modules for `imports`; each old option forwards its definitions with
    a warning.

    Type: mkSettingsRenamedOptionModules :: [String] -> [String] -> { transform ? (String -> String) } -> [spec] -> [Module]

    Examples:
      mkSettingsRenamedOptionModules [ "services" "x" ] [ "services" "x" "settings" ]
        { transform = lib.hm.strings.toKebabCase; } [ "maxVisible" ]
      => [ (lib.mkRenamedOptionModule [ "services" "x" "maxVisible" ] [ "services" "x" "settings" "max-visible" ]) ]
  */
  mkSettingsRenamedOptionModules =
    oldPrefix: newPrefix:
    {
      transform ? (import ./strings.nix { inherit lib; }).toSnakeCase,
    }:
    map (
      spec:
      let
        old = lib.toList (if builtins.isAttrs spec then spec.old else spec);
        new = if builtins.isAttrs spec then lib.toList spec.new else map transform old;
      in
      lib.mkRenamedOptionModule (oldPrefix ++ old) (newPrefix ++ new)
    );
}
