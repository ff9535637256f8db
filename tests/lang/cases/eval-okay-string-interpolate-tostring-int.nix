# `"${toString n}"` with n an integer already known, beside a toString that is
# not the builtin, one reached through `with` and `inherit`, and other calls.
let
  n = 41 + 1;
  big = 9223372036854775807;
  neg = 0 - 12345;
  mine = { toString = x: "mine"; };
  f = i: "k${toString (i * 7 + 1)}-${toString i}";
in
{
  plain = [ "n${toString n}" "${toString big}" "${toString neg}" "x${toString 0}y" (f 1000) ];
  shadowed = let toString = x: "<${builtins.toString x}>"; in "a${toString n}";
  viaWith = with mine; "b${toString n}";
  viaInherit = let inherit (builtins) toString; in "c${toString (n * 2)}";
  otherCall = let g = x: "g${builtins.toString x}"; in "d${g n}";
  mixed = map (i: "${toString i}:${toString (i - 1)}") [ 1 2 3 ];
}
