# lib.sources' git and naming helpers (over the fake .git directories in
# tests/lib/git-fixture), lib.path.hasStorePathPrefix, lib.sourceTypes and
# a few top-level aliases.
{ lib }:
with lib;
let
  git = ../git-fixture;
  keptBy = source: map (p: source.filter (toString git + "/" + p) "regular") [ "loose/HEAD" "packed/HEAD" ];
in
{
  testCommitIdLoose = { expr = commitIdFromGitRepo (git + "/loose"); expected = "1111111111111111111111111111111111111111"; };
  testCommitIdPacked = { expr = commitIdFromGitRepo (git + "/packed"); expected = "2222222222222222222222222222222222222222"; };
  testCommitIdDetached = { expr = commitIdFromGitRepo (git + "/detached"); expected = "4444444444444444444444444444444444444444"; };
  testCommitIdWorktree = { expr = commitIdFromGitRepo (git + "/worktree.git"); expected = "1111111111111111111111111111111111111111"; };
  testCommitIdNotGit = { expr = commitIdFromGitRepo (git + "/not-git"); expectedError = true; };
  testPathIsGitRepo = { expr = map (d: pathIsGitRepo (git + "/${d}")) [ "loose" "packed" "worktree.git" "not-git" ]; expected = [ true true true false ]; };
  testUrlToName = {
    expr = map sources.urlToName [ "https://x.org/foo.tar.gz" "git@github.com:o/repo.git" "/a/b/" "x.tar.gz.zip" "plain" ];
    expected = [ "foo" "repo" "b" "x" "plain" ];
  };
  testShortRev = { expr = map sources.shortRev [ "0123456789abcdef" "refs/tags/v12.0" "release-1.2.3" "main" 42 ]; expected = [ "0123456" "12.0" "1.2.3" "main" "42" ]; };
  testRevOrTag = { expr = [ (revOrTag null "v1") (revOrTag "abc" "v1") (revOrTag "abc" null) (revOrTag null null) ]; expected = [ "v1" "v1" "abc" "HEAD" ]; };
  testRepoRevToName = {
    expr = [
      (repoRevToName "source" "https://x.org/foo.git" "v1.2" null)
      (repoRevToName "versioned" "https://x.org/foo.git" "v1.2" "git")
      (repoRevToName "full" "https://x.org/foo.git" "v1.2" "git")
      (repoRevToName "full" "foo" null null)
    ];
    expected = [ "source" "foo-1.2-source" "foo-1.2-git-source" "foo-source" ];
  };
  testRepoRevToNameBadKind = { expr = repoRevToName "pretty" "a" null null; expectedError = true; };
  testSourcesTrace = {
    expr = keptBy (sources.trace (cleanSourceWith { src = git; filter = p: t: hasPrefix (toString git + "/loose") p; }));
    expected = [ true false ];
  };
  testHasStorePathPrefix = {
    expr = map path.hasStorePathPrefix [
      /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo
      /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo.drv
      /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo/bar/baz
      /nix/store
      /nix/store/.links
      /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j
      /nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-foo
      /home/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo
    ];
    expected = [ true true true false false false false false ];
  };
  testHasStorePathPrefixString = { expr = path.hasStorePathPrefix "/nix/store"; expectedError = true; };
  testSourceTypes = {
    expr = sourceTypes;
    expected = {
      fromSource = { shortName = "fromSource"; isSource = true; };
      binaryNativeCode = { shortName = "binaryNativeCode"; isSource = false; };
      binaryBytecode = { shortName = "binaryBytecode"; isSource = false; };
      binaryFirmware = { shortName = "binaryFirmware"; isSource = false; };
    };
  };
  testCartesianProductOfSets = { expr = cartesianProductOfSets { a = [ 1 2 ]; b = [ 3 ]; }; expected = [ { a = 1; b = 3; } { a = 2; b = 3; } ]; };
  testMkLuaInlineTop = { expr = mkLuaInline "vim.g.x"; expected = generators.mkLuaInline "vim.g.x"; };
}
