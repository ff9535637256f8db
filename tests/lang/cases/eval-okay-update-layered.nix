# `//` of a big set and small ones (Hearth layers these): lookups, order,
# sizes, equality and every builtin that walks a set must see one set.
let
  inherit (builtins) genList listToAttrs foldl' attrNames attrValues length
    removeAttrs intersectAttrs mapAttrs toJSON hasAttr;
  big = listToAttrs (genList (i: { name = "k${toString i}"; value = i; }) 300);
  # 40 small updates, some replacing, some adding, some both
  steps = foldl' (acc: i: acc // { "k${toString (i * 7)}" = -i; "n${toString i}" = i; }) big (genList (i: i) 40);
  # the same result built in one go (listToAttrs keeps a name's first value)
  direct = listToAttrs (genList (i: { name = "k${toString (i * 7)}"; value = -i; }) 40
    ++ genList (i: { name = "n${toString i}"; value = i; }) 40
    ++ genList (i: { name = "k${toString i}"; value = i; }) 300);
  direct' = foldl' (a: b: a // b) { } (map (n: { ${n} = direct.${n}; }) (attrNames direct));
  # a layered set under a big update and over a small one
  twice = (steps // { z = 1; }) // big;
  nested = (big // { a = 1; }) // ((big // { b = 2; }) // { c = 3; });
  # small sets under a big one: names the big one has stay the big one's
  under = { k1 = "small"; u = 1; } // steps;
  under2 = { k2 = "small"; v = 2; } // ({ w = 3; k3 = "small"; } // (steps // { x = 4; }));
  under3 = ({ k4 = "small"; } // under2) // { k4 = "top"; y = 5; };
in
{
  size = length (attrNames steps);
  same = steps == direct';
  names = attrNames steps == attrNames direct';
  values = attrValues steps == attrValues direct';
  k0 = steps.k0;
  k7 = steps.k7;
  k8 = steps.k8;
  k273 = steps.k273;
  n39 = steps.n39;
  missing = steps.nope or "none";
  has = [ (steps ? n5) (steps ? k299) (steps ? k300) (hasAttr "n0" steps) ];
  removed = length (attrNames (removeAttrs steps [ "k0" "n1" "nope" ]));
  inter = attrNames (intersectAttrs { k7 = null; n3 = null; x = null; } steps);
  inter2 = length (attrNames (intersectAttrs steps big));
  mapped = (mapAttrs (n: v: v * 2) steps).k14;
  json = builtins.substring 0 40 (toJSON steps);
  twice = [ (length (attrNames twice)) twice.z twice.k7 twice.n1 ];
  nested = [ (length (attrNames nested)) nested.a nested.b nested.c nested.k1 ];
  under = [ (length (attrNames under)) under.k1 under.u under.n0 (under == steps // { u = 1; }) ];
  under2 = [ (length (attrNames under2)) under2.k2 under2.v under2.w under2.k3 under2.x ];
  under3 = [ (length (attrNames under3)) under3.k4 under3.y (attrNames under3 == attrNames (under2 // { y = 0; })) ];
  unequal = steps == (steps // { k0 = 1; });
  unequal2 = steps == (removeAttrs steps [ "n0" ]);
}
