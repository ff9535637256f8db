# attrNames sorts by the names' first 8 bytes first, then by the rest:
# names sharing those bytes, prefixes of others, longer names and bytes
# above 0x7f must still come in byte order.
builtins.attrNames {
  "abcdefgh" = 1; "abcdefghi" = 2; "abcdefgha" = 3; "abcdefg" = 4; "abcdefgH" = 5;
  "a" = 6; "" = 7; "b" = 8; "é" = 9; "z" = 10; "Z" = 11; "abcdefgh-long-name-2" = 12;
  "abcdefgh-long-name-10" = 13; "n199999" = 14; "n2" = 15; "n10" = 16; "_x" = 17; "0" = 18;
}
