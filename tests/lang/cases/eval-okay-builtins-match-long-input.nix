# Long subjects: the regex engine must not recurse once per byte.
let
  s = builtins.concatStringsSep "" (builtins.genList (x: "ab") 100000);
  m = builtins.match "((a|b)*)(b)" s;
in
[
  (builtins.stringLength (builtins.head m))
  (builtins.elemAt m 1)
  (builtins.length (builtins.split "b" s))
  (builtins.match "(.*)c" s)
]
