# Helpers that wrap derivations without forcing them.
{ lib }:
{
  /** A derivation-like set whose attributes are available without
      evaluating `derivation` until one of its paths is needed.
      Type: { derivation; meta ? null; passthru ? {}; outputs ? [string] } -> derivation.
      Example: `(lazyDerivation { derivation = drv; passthru.x = 1; }).x` => `1` */
  lazyDerivation =
    { derivation, meta ? null, passthru ? { }, outputs ? derivation.outputs }:
    let
      checked =
        if derivation.type or null == "derivation" then
          derivation
        else
          throw "lazyDerivation: `derivation` must be a derivation";
    in
    {
      type = "derivation";
      outPath = checked.outPath;
      drvPath = checked.drvPath;
      name = checked.name;
      system = checked.system;
      inherit outputs;
      outputName = checked.outputName or "out";
    }
    // lib.attrsets.genAttrs outputs (outputName: checked.${outputName})
    // passthru
    // lib.attrsets.optionalAttrs (meta != null) { inherit meta; };

  /** The value if the condition holds, else null (dropped by `derivation`).
      Type: bool -> a -> a | null.  Example: `optionalDrvAttr false "x"` => `null` */
  optionalDrvAttr = cond: value: if cond then value else null;

  /** Wrap a derivation so that using any of its attributes other than
      name, meta and type warns.
      Type: string -> derivation -> derivation.  Example: `(warnOnInstantiate "old" drv).name` */
  warnOnInstantiate = msg: drv:
    let
      wrapped = builtins.removeAttrs drv [ "meta" "name" "type" ];
    in
    drv // builtins.mapAttrs (_: lib.warn msg) wrapped;
}
