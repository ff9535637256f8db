# lib.kernel: values for Linux kernel configuration options as nixpkgs'
# kernel builder reads them (tristates, free-form values, optional ones)
# and version conditions over them.
{ lib }:
let
  tristate = t: {
    tristate = t;
    optional = false;
  };
in
{
  /** Built in, as a module, off, and left out of the configuration. */
  yes = tristate "y";
  module = tristate "m";
  no = tristate "n";
  unset = tristate null;

  /** A value that is not a tristate, such as a number or a string.
      Type: string -> attrs.  Example: `freeform "64"` => `{ freeform = "64"; optional = false; }` */
  freeform = x: {
    freeform = x;
    optional = false;
  };

  /** The same setting, but one the kernel may not know (no error then).
      Type: attrs -> attrs.  Example: `option yes` => `{ tristate = "y"; optional = true; }` */
  option = x: x // { optional = true; };

  /** mkIf conditions on the kernel version: at least, older than, and in
      [low, high).
      Type: string -> { whenAtLeast, whenOlder, whenBetween }.
      Example: `(whenHelpers "6.1").whenOlder "6.6" yes` => `mkIf true yes` */
  whenHelpers = version: {
    whenAtLeast = ver: lib.modules.mkIf (lib.strings.versionAtLeast version ver);
    whenOlder = ver: lib.modules.mkIf (lib.strings.versionOlder version ver);
    whenBetween =
      low: high:
      lib.modules.mkIf (lib.strings.versionAtLeast version low && lib.strings.versionOlder version high);
  };
}
