# lib.hm.assertions: ready-made `assertions` entries.
{ lib }:

{
  /**
    An assertion that `platforms` (a list of platform patterns, as in
    `meta.platforms`) includes the host, for modules that only make sense on
    some systems.

    Type: assertPlatform :: String -> Pkgs -> [Platform] -> Assertion

    Examples:
      assertPlatform "services.foo" pkgs lib.platforms.linux
  */
  assertPlatform = module: pkgs: platforms: {
    assertion = lib.meta.availableOn pkgs.stdenv.hostPlatform { meta = { inherit platforms; }; };
    message =
      let
        names = lib.concatStringsSep "\n" (map (p: "  - ${p.system or (toString p)}") platforms);
      in
      ''
        The module ${module} does not support your platform. It only supports

        ${names}'';
  };
}
