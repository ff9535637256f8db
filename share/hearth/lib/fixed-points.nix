# Fixed points and overlays ("extensions"): the machinery behind
# `makeExtensible`, which default.nix also uses to build lib itself, so
# makeExtensible and everything it calls must not touch `lib`.
{ lib }:
rec {
  /** The least fixed point of a function: `x` such that `x == f x`, lazily.
      Type: (a -> a) -> a.  Example: `fix (self: { a = 1; b = self.a + 1; })` => `{ a = 1; b = 2; }` */
  fix = f: let x = f x; in x;

  /** Like `fix`, but the result remembers `f` as `__unfix__`.
      Type: (attrs -> attrs) -> attrs.  Example: `(fix' (self: { a = 1; })).__unfix__ { }` => `{ a = 1; }` */
  fix' = f: let x = f x // { __unfix__ = f; }; in x;

  /** Apply `f` repeatedly until the value stops changing.
      Type: (a -> a) -> a -> a.  Example: `converge (x: if x > 5 then x else x + 1) 0` => `6` */
  converge = f: x:
    let
      x' = f x;
    in
    if x' == x then x else converge f x';

  /** Apply an overlay `final: prev: ...` on top of a function of `final`.
      Type: (attrs -> attrs -> attrs) -> (attrs -> attrs) -> attrs -> attrs.
      Example: `fix (extends (final: prev: { b = prev.a + 1; }) (final: { a = 1; }))` => `{ a = 1; b = 2; }` */
  extends = overlay: f: final:
    let
      prev = f final;
    in
    prev // overlay final prev;

  /** Compose two overlays into one; the second sees the first's result.
      Type: overlay -> overlay -> overlay.
      Example: `composeExtensions (f: p: { a = 1; }) (f: p: { b = p.a; }) { } { }` => `{ a = 1; b = 1; }` */
  composeExtensions = f: g: final: prev:
    let
      fApplied = f final prev;
      prev' = prev // fApplied;
    in
    fApplied // g final prev';

  /** Compose a list of overlays, left to right.
      Type: [overlay] -> overlay.
      Example: `composeManyExtensions [ (f: p: { a = 1; }) ] { } { }` => `{ a = 1; }` */
  composeManyExtensions = lib.foldr (x: y: composeExtensions x y) (final: prev: { });

  /** Make an attribute set from `f self` that has an `extend` function
      taking an overlay.
      Type: (attrs -> attrs) -> attrs.
      Example: `((makeExtensible (self: { a = 1; })).extend (f: p: { b = p.a; })).b` => `1` */
  makeExtensible = makeExtensibleWithCustomName "extend";

  /** `makeExtensible` with the name of the extending function chosen.
      Type: string -> (attrs -> attrs) -> attrs.
      Example: `(makeExtensibleWithCustomName "ext" (s: { a = 1; })) ? ext` => `true` */
  makeExtensibleWithCustomName = extenderName: rattrs:
    fix' (
      self:
      (rattrs self)
      // {
        ${extenderName} = f: makeExtensibleWithCustomName extenderName (extends f rattrs);
      }
    );

  /** Turn an attrset, a function of `prev` or an overlay into an overlay.
      Type: attrs | (attrs -> attrs) | overlay -> overlay.
      Example: `toExtension { a = 1; } { } { }` => `{ a = 1; }` */
  toExtension = f:
    if lib.isFunction f then
      final: prev:
      let
        fPrev = f prev;
      in
      if lib.isFunction fPrev then f final prev else fPrev
    else
      final: prev: f;
}
