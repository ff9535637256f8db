# replaceStrings copies runs of bytes no pattern starts with at once;
# empty patterns, matches at the ends and overlapping patterns still behave.
with builtins; [
  (replaceStrings [ "" ] [ "-" ] "abc")
  (replaceStrings [ "a" "" ] [ "X" "-" ] "banana")
  (replaceStrings [ "ana" "an" ] [ "1" "2" ] "banana")
  (replaceStrings [ "na" ] [ "" ] "banana")
  (replaceStrings [ "a" ] [ "b" ] "")
  (replaceStrings [ "" ] [ "x" ] "")
  (replaceStrings [ "c" "bc" ] [ "1" "2" ] "abcabc")
  (replaceStrings [ "é" "\n" ] [ "e" " " ] "café\nau lait")
  (replaceStrings [ "oo" "o" ] [ "0" "1" ] "foooo")
  (replaceStrings [ ] [ ] "same")
  (replaceStrings [ "x" ] [ "y" ] "no match here")
  (replaceStrings [ "end" ] [ "END" ] "the end")
]
