# lib.network.ipv6.fromString: the manual's example, "::" in each place,
# prefixes, and each kind of malformed address.
{ lib }:
let
  from = lib.network.ipv6.fromString;
  fails = a: { expr = from a; expectedError = true; };
in
{
  testManualExample = { expr = from "2001:DB8::ffff/32"; expected = { address = "2001:db8:0:0:0:0:0:ffff"; prefixLength = 32; }; };
  testDefaultPrefix = { expr = (from "::1").prefixLength; expected = 128; };
  testAddresses = {
    expr = map (a: (from a).address) [ "::" "::1" "1::" "fe80::1:2" "0001:0002:0003:0004:0005:0006:0007:0008" "ABCD:0:0:0:0:0:0:00ff" ];
    expected = [ "0:0:0:0:0:0:0:0" "0:0:0:0:0:0:0:1" "1:0:0:0:0:0:0:0" "fe80:0:0:0:0:0:1:2" "1:2:3:4:5:6:7:8" "abcd:0:0:0:0:0:0:ff" ];
  };
  testPrefixBounds = { expr = map (a: (from a).prefixLength) [ "::1/1" "::1/128" ]; expected = [ 1 128 ]; };
  testPrefixZero = fails "::1/0";
  testPrefixTooLong = fails "::1/129";
  testPrefixNotNumber = fails "::1/x";
  testTwoSlashes = fails "::1/64/1";
  testBadCharacters = fails "1.2.3.4";
  testTooFewGroups = fails "1:2:3";
  testTooManyGroups = fails "1:2:3:4:5:6:7:8:9";
  testCompressedButFull = fails "1:2:3:4::5:6:7:8";
  testTwoCompressions = fails "1::2::3";
  testGroupTooBig = fails "12345::1";
}
