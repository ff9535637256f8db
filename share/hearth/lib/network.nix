# lib.network: parsing network addresses. Only IPv6's text forms of RFC 4291
# ("x:x:x:x:x:x:x:x" and "::" compression, not the embedded IPv4 form).
{ lib }:
let
  inherit (builtins) length match genList filter;
  inherit (lib.strings) splitString hasPrefix hasSuffix hasInfix;

  groups = 8;

  # The eight groups of an address as hex strings, "::" filled with zeros.
  expand =
    addr:
    let
      parts = splitString ":" addr;
      given = filter (p: p != "") parts;
      zeros = genList (_: "0") (groups - length given);
      leading = hasPrefix "::" addr;
      trailing = hasSuffix "::" addr;
      compressed = hasInfix "::" addr;
      # splitString gives two empty parts for "::" at either end, one inside.
      empties = if leading || trailing then 2 else if compressed then 1 else 0;
    in
    if match "[0-9A-Fa-f:]+" addr == null then
      throw "${addr} contains malformed characters for IPv6 address"
    else if addr == "::" then
      zeros
    else if
      length parts - length given != empties
      || (compressed && length given >= groups)
      || (!compressed && length given != groups)
    then
      throw "${addr} is not a valid IPv6 address"
    else if leading then
      zeros ++ given
    else if trailing then
      given ++ zeros
    else
      builtins.concatMap (p: if p == "" then zeros else [ p ]) parts;

  group =
    hex:
    let
      n = lib.trivial.fromHexString hex;
    in
    if n <= 65535 then n else throw "0x${hex} is not a valid u16 integer";

  show = ns: lib.strings.concatMapStringsSep ":" (n: lib.strings.toLower (lib.trivial.toHexString n)) ns;
in
{
  ipv6 = {
    /** An IPv6 address with an optional "/prefix" (1 to 128, default 128)
        as { address; prefixLength; }: the address with all eight groups
        written out, in lower case without leading zeros (not RFC 5952's
        compressed form).
        Type: string -> { address :: string, prefixLength :: int }.
        Example: `ipv6.fromString "2001:DB8::ffff/32"` => `{ address = "2001:db8:0:0:0:0:0:ffff"; prefixLength = 32; }` */
    fromString =
      addr:
      let
        parts = splitString "/" addr;
        address = show (map group (expand (builtins.head parts)));
      in
      if length parts == 1 then
        {
          inherit address;
          prefixLength = 128;
        }
      else if length parts == 2 then
        let
          n = lib.strings.toInt (builtins.elemAt parts 1);
        in
        {
          inherit address;
          prefixLength =
            if 1 <= n && n <= 128 then n else throw "${addr} IPv6 subnet should be in range [1;128], got ${toString n}";
        }
      else
        throw "${addr} is not a valid IPv6 address in CIDR notation";
  };
}
