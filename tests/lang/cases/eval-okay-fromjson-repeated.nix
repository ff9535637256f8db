# fromJSON of big texts, the same text again (Hearth remembers the value) and
# a text of the same length that differs: each gives its own value.
let
  inherit (builtins) genList listToAttrs toJSON fromJSON stringLength replaceStrings;
  set = listToAttrs (genList (i: { name = "p${toString i}"; value = { n = i; s = "v${toString i}"; }; }) 400);
  text = toJSON set;
  other = replaceStrings [ "\"p7\"" ] [ "\"q7\"" ] text;
  a = fromJSON text;
  b = fromJSON text;
  c = fromJSON other;
in
{
  long = stringLength text > 4096;
  sameLength = stringLength other == stringLength text;
  equal = a == b && a == set;
  p7 = a.p7.s;
  q7 = c.q7.s;
  cHasP7 = c ? p7;
  again = (fromJSON (text + " ")).p399.n;
}
