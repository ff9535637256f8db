# lib.lists.
{ lib }:
with lib;
{
  testSingleton = { expr = singleton 1; expected = [ 1 ]; };
  testForEach = { expr = forEach [ 1 2 ] (x: x * 10); expected = [ 10 20 ]; };
  testFoldr = { expr = foldr (a: b: a + b) "z" [ "a" "b" "c" ]; expected = "abcz"; };
  testFoldrEmpty = { expr = foldr (a: b: a + b) "z" [ ]; expected = "z"; };
  testFoldrLazy = { expr = foldr (a: b: a) 0 [ 1 (throw "lazy") ]; expected = 1; };
  testFold = { expr = fold (a: b: [ a ] ++ b) [ ] [ 1 2 ]; expected = [ 1 2 ]; };
  testFoldl = { expr = foldl (a: b: a + b) "z" [ "a" "b" "c" ]; expected = "zabc"; };
  testFoldlEmpty = { expr = foldl (a: b: a + b) 0 [ ]; expected = 0; };
  testFoldlStrict = { expr = foldl' (acc: x: acc + x) 0 [ 1 2 3 ]; expected = 6; };
  testFoldlStrictInitial = { expr = foldl' (acc: x: x) (throw "forced") [ 1 ]; expectedError = true; };
  testImap0 = { expr = imap0 (i: v: "${v}-${toString i}") [ "a" "b" ]; expected = [ "a-0" "b-1" ]; };
  testImap1 = { expr = imap1 (i: v: "${v}-${toString i}") [ "a" "b" ]; expected = [ "a-1" "b-2" ]; };
  testIfilter0 = { expr = ifilter0 (i: v: i == 0 || v > 2) [ 1 2 3 ]; expected = [ 1 3 ]; };
  testConcatMap = { expr = concatMap (x: [ x x ]) [ 1 2 ]; expected = [ 1 1 2 2 ]; };
  testFlatten = { expr = flatten [ 1 [ 2 [ 3 ] 4 ] 5 ]; expected = [ 1 2 3 4 5 ]; };
  testFlattenScalar = { expr = flatten 1; expected = [ 1 ]; };
  testFlattenEmpty = { expr = flatten [ [ ] [ [ ] ] ]; expected = [ ]; };
  testRemove = { expr = remove 3 [ 1 3 4 3 ]; expected = [ 1 4 ]; };
  testFindSingleOne = { expr = findSingle (x: x == 3) "none" "many" [ 1 3 ]; expected = 3; };
  testFindSingleNone = { expr = findSingle (x: x == 3) "none" "many" [ 1 ]; expected = "none"; };
  testFindSingleMany = { expr = findSingle (x: x == 3) "none" "many" [ 3 3 ]; expected = "many"; };
  testFindFirstIndex = { expr = findFirstIndex (x: x > 3) null [ 0 6 4 ]; expected = 1; };
  testFindFirstIndexNone = { expr = findFirstIndex (x: x > 9) null [ 0 6 4 ]; expected = null; };
  testFindFirstIndexLazy = { expr = findFirstIndex (x: if x == 1 then true else throw "late") null [ 1 2 ]; expected = 0; };
  testFindFirst = { expr = findFirst (x: x > 3) 7 [ 1 6 4 ]; expected = 6; };
  testFindFirstDefault = { expr = findFirst (x: x > 9) 7 [ 1 6 4 ]; expected = 7; };
  testAny = { expr = [ (any isString [ 1 "a" ]) (any isString [ ]) ]; expected = [ true false ]; };
  testAll = { expr = [ (all isString [ "b" "a" ]) (all isString [ ]) (all isString [ 1 ]) ]; expected = [ true true false ]; };
  testCount = { expr = count (x: x == 3) [ 3 2 3 4 6 ]; expected = 2; };
  testOptional = { expr = [ (optional true "foo") (optional false "foo") ]; expected = [ [ "foo" ] [ ] ]; };
  testOptionals = { expr = [ (optionals true [ 2 3 ]) (optionals false [ 2 3 ]) ]; expected = [ [ 2 3 ] [ ] ]; };
  testToList = { expr = [ (toList [ 1 2 ]) (toList "hi") (toList [ ]) ]; expected = [ [ 1 2 ] [ "hi" ] [ ] ]; };
  testRange = { expr = range 2 4; expected = [ 2 3 4 ]; };
  testRangeSingle = { expr = range 3 3; expected = [ 3 ]; };
  testRangeEmpty = { expr = range 3 2; expected = [ ]; };
  testRangeNegative = { expr = range (-1) 1; expected = [ (-1) 0 1 ]; };
  testReplicate = { expr = replicate 3 "a"; expected = [ "a" "a" "a" ]; };
  testReplicateZero = { expr = replicate 0 "a"; expected = [ ]; };
  testPartition = { expr = partition (x: x > 2) [ 5 1 2 3 4 ]; expected = { right = [ 5 3 4 ]; wrong = [ 1 2 ]; }; };
  testGroupBy = {
    expr = groupBy (x: boolToString (x > 2)) [ 5 1 2 3 4 ];
    expected = { true = [ 5 3 4 ]; false = [ 1 2 ]; };
  };
  testGroupByNames = {
    expr = groupBy (x: x.name) [ { name = "a"; v = 1; } { name = "b"; v = 2; } { name = "a"; v = 3; } ];
    expected = { a = [ { name = "a"; v = 1; } { name = "a"; v = 3; } ]; b = [ { name = "b"; v = 2; } ]; };
  };
  testGroupByPrime = { expr = groupBy' builtins.add 0 (x: boolToString (x > 2)) [ 5 1 2 3 4 ]; expected = { true = 12; false = 3; }; };
  testZipListsWith = { expr = zipListsWith (a: b: a + b) [ "h" "l" ] [ "e" "o" "x" ]; expected = [ "he" "lo" ]; };
  testZipLists = { expr = zipLists [ 1 2 ] [ "a" "b" ]; expected = [ { fst = 1; snd = "a"; } { fst = 2; snd = "b"; } ]; };
  testReverseList = { expr = reverseList [ "b" "o" "j" ]; expected = [ "j" "o" "b" ]; };
  testReverseListEmpty = { expr = reverseList [ ]; expected = [ ]; };
  testListDfs = {
    expr = listDfs true (a: b: a < b) [ 3 1 2 ];
    expected = { minimal = 1; visited = [ 3 ]; rest = [ 2 ]; };
  };
  testToposortOrder = { expr = toposort hasPrefix [ "/" "/home/user" "other" "/home" ]; expected = { result = [ "/" "/home" "/home/user" "other" ]; }; };
  testToposortDocExample = { expr = toposort hasPrefix [ "/home/user" "other" "/" "/home" ]; expected = { result = [ "/" "/home" "/home/user" "other" ]; }; };
  testToposortNumbers = { expr = toposort (a: b: a < b) [ 3 2 1 ]; expected = { result = [ 1 2 3 ]; }; };
  testToposortCycle = {
    expr = toposort (a: b: true) [ 1 2 ];
    expected = { cycle = [ 1 2 ]; loops = [ 1 ]; };
  };
  testToposortCycleMixed = {
    expr = toposort (a: b: a != b) [ "a" "b" "c" ];
    expected = { cycle = [ "a" "b" ]; loops = [ "a" ]; };
  };
  testToposortEmpty = { expr = toposort (a: b: a < b) [ ]; expected = { result = [ ]; }; };
  testToposortStable = { expr = toposort (a: b: false) [ 3 1 2 ]; expected = { result = [ 3 1 2 ]; }; };
  testSort = { expr = sort (a: b: a < b) [ 5 3 7 ]; expected = [ 3 5 7 ]; };
  testSortStable = {
    expr = sort (a: b: a.k < b.k) [ { k = 1; v = "a"; } { k = 0; v = "b"; } { k = 1; v = "c"; } ];
    expected = [ { k = 0; v = "b"; } { k = 1; v = "a"; } { k = 1; v = "c"; } ];
  };
  testSortOn = { expr = sortOn stringLength [ "aa" "b" "cccc" ]; expected = [ "b" "aa" "cccc" ]; };
  testSortOnStable = { expr = sortOn (x: 0) [ 3 1 2 ]; expected = [ 3 1 2 ]; };
  testCompareLists = {
    expr = [
      (compareLists compare [ ] [ ])
      (compareLists compare [ ] [ "a" ])
      (compareLists compare [ "a" ] [ ])
      (compareLists compare [ "a" "b" ] [ "a" "c" ])
      (compareLists compare [ "a" "b" ] [ "a" "b" ])
    ];
    expected = [ 0 (-1) 1 (-1) 0 ];
  };
  testNaturalSort = {
    expr = naturalSort [ "disk11" "disk8" "disk100" "disk9" ];
    expected = [ "disk8" "disk9" "disk11" "disk100" ];
  };
  testNaturalSortVersions = { expr = naturalSort [ "10.46.2" "10.5.1" "10.46.1" ]; expected = [ "10.5.1" "10.46.1" "10.46.2" ]; };
  testTake = { expr = [ (take 2 [ "a" "b" "c" ]) (take 4 [ 1 ]) (take 0 [ 1 ]) ]; expected = [ [ "a" "b" ] [ 1 ] [ ] ]; };
  testTakeEnd = { expr = [ (takeEnd 2 [ 1 2 3 ]) (takeEnd 5 [ 1 ]) (takeEnd 0 [ 1 ]) ]; expected = [ [ 2 3 ] [ 1 ] [ ] ]; };
  testDrop = { expr = [ (drop 2 [ "a" "b" "c" ]) (drop 5 [ 1 ]) (drop 0 [ 1 ]) ]; expected = [ [ "c" ] [ ] [ 1 ] ]; };
  testDropEnd = { expr = [ (dropEnd 2 [ 1 2 3 ]) (dropEnd 5 [ 1 ]) (dropEnd 0 [ 1 ]) ]; expected = [ [ 1 ] [ ] [ 1 ] ]; };
  testListsHasPrefix = { expr = [ (lists.hasPrefix [ 1 2 ] [ 1 2 3 ]) (lists.hasPrefix [ 2 ] [ 1 2 ]) (lists.hasPrefix [ ] [ 1 ]) ]; expected = [ true false true ]; };
  testListsRemovePrefix = { expr = lists.removePrefix [ 1 2 ] [ 1 2 3 ]; expected = [ 3 ]; };
  testListsRemovePrefixBad = { expr = lists.removePrefix [ 2 ] [ 1 2 ]; expectedError = true; };
  testSublist = { expr = sublist 1 3 [ "a" "b" "c" "d" "e" ]; expected = [ "b" "c" "d" ]; };
  testSublistPastEnd = { expr = sublist 1 3 [ ]; expected = [ ]; };
  testSublistClip = { expr = sublist 2 10 [ 1 2 3 ]; expected = [ 3 ]; };
  testCommonPrefix = { expr = commonPrefix [ 1 2 3 4 ] [ 1 2 4 ]; expected = [ 1 2 ]; };
  testCommonPrefixEqual = { expr = commonPrefix [ 1 2 ] [ 1 2 ]; expected = [ 1 2 ]; };
  testCommonPrefixNone = { expr = commonPrefix [ 1 ] [ 2 ]; expected = [ ]; };
  testLast = { expr = last [ 1 2 3 ]; expected = 3; };
  testLastEmpty = { expr = last [ ]; expectedError = true; };
  testInit = { expr = init [ 1 2 3 ]; expected = [ 1 2 ]; };
  testInitEmpty = { expr = init [ ]; expectedError = true; };
  testUnique = { expr = unique [ 3 2 3 4 ]; expected = [ 3 2 4 ]; };
  testUniqueStrings = { expr = lists.uniqueStrings [ "b" "a" "b" ]; expected = [ "a" "b" ]; };
  testAllUnique = { expr = [ (allUnique [ 3 2 3 4 ]) (allUnique [ 3 2 4 1 ]) (allUnique [ ]) ]; expected = [ false true true ]; };
  testIntersectLists = { expr = intersectLists [ 1 2 3 ] [ 6 3 2 ]; expected = [ 3 2 ]; };
  testSubtractLists = { expr = subtractLists [ 3 2 ] [ 1 2 3 4 5 3 ]; expected = [ 1 4 5 ]; };
  testMutuallyExclusive = { expr = [ (mutuallyExclusive [ 1 2 ] [ 3 ]) (mutuallyExclusive [ 1 2 ] [ 2 ]) (mutuallyExclusive [ ] [ 1 ]) ]; expected = [ true false true ]; };
  testReplaceElemAt = { expr = replaceElemAt [ 1 2 3 ] 0 "a"; expected = [ "a" 2 3 ]; };
  testReplaceElemAtOutOfRange = { expr = replaceElemAt [ 1 2 3 ] 3 "a"; expectedError = true; };
  testCrossLists = { expr = crossLists (x: y: "${toString x}${toString y}") [ [ 1 2 ] [ 3 4 ] ]; expected = [ "13" "14" "23" "24" ]; };
  testElemAt = { expr = elemAt [ 1 2 ] 1; expected = 2; };
  testHeadTail = { expr = [ (head [ 1 2 ]) (tail [ 1 2 ]) ]; expected = [ 1 [ 2 ] ]; };
  testConcatLists = { expr = concatLists [ [ 1 ] [ ] [ 2 3 ] ]; expected = [ 1 2 3 ]; };
  testGenList = { expr = genList (x: x * x) 4; expected = [ 0 1 4 9 ]; };
}
