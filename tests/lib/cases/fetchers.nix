# lib.fetchers: normalizeHash and withNormalizedHash (the manual's examples
# and their edges), proxyImpureEnvVars.
{ lib }:
with lib;
let
  fetch = { url, outputHash ? "", outputHashAlgo ? null }: { inherit url outputHash outputHashAlgo; };
  fetchRequired = { url, outputHash, outputHashAlgo }: { inherit url outputHash outputHashAlgo; };
  wrapped = fetchers.withNormalizedHash { hashTypes = [ "sha256" "sha512" ]; } fetch;
  fails = e: { expr = e; expectedError = true; };
in
{
  testNormalizeEmptyHash = { expr = fetchers.normalizeHash { } { hash = ""; foo = "bar"; }; expected = { outputHash = fakeHash; outputHashAlgo = null; foo = "bar"; }; };
  testNormalizeSha256 = { expr = fetchers.normalizeHash { } { sha256 = fakeSha256; }; expected = { outputHash = fakeSha256; outputHashAlgo = "sha256"; }; };
  testNormalizeSha512 = { expr = fetchers.normalizeHash { hashTypes = [ "sha512" ]; } { sha512 = ""; }; expected = { outputHash = fakeSha512; outputHashAlgo = "sha512"; }; };
  testNormalizeKeepsOutputHash = { expr = fetchers.normalizeHash { } { outputHash = "x"; sha256 = "y"; }; expected = { outputHash = "x"; sha256 = "y"; }; };
  testNormalizeNotRequired = { expr = fetchers.normalizeHash { required = false; } { a = 1; }; expected = { a = 1; }; };
  testNormalizeMissing = fails (fetchers.normalizeHash { } { a = 1; });
  testNormalizeTwo = fails (fetchers.normalizeHash { } { hash = "a"; sha256 = "b"; });
  testNormalizeUnknownType = fails (fetchers.normalizeHash { } { sha512 = "b"; a = 1; });
  testNormalizeNoFake = fails (fetchers.normalizeHash { hashTypes = [ "md5" ]; } { md5 = ""; }).outputHash;
  testWithNormalizedHash = {
    expr = [ (wrapped { url = "u"; sha512 = "h"; }) (wrapped { url = "u"; hash = "sha256-x"; }) ];
    expected = [ { url = "u"; outputHash = "h"; outputHashAlgo = "sha512"; } { url = "u"; outputHash = "sha256-x"; outputHashAlgo = null; } ];
  };
  testWithNormalizedHashArgs = {
    expr = [ (functionArgs wrapped) (functionArgs (fetchers.withNormalizedHash { } fetchRequired)) ];
    expected = [ { url = false; hash = true; } { url = false; hash = false; } ];
  };
  testWithNormalizedHashOptional = { expr = wrapped { url = "u"; }; expected = { url = "u"; outputHash = ""; outputHashAlgo = null; }; };
  testWithNormalizedHashRequired = fails (fetchers.withNormalizedHash { } fetchRequired { url = "u"; });
  testProxyImpureEnvVars = { expr = [ (length fetchers.proxyImpureEnvVars) (elem "https_proxy" fetchers.proxyImpureEnvVars) (last fetchers.proxyImpureEnvVars) ]; expected = [ 11 true "NIX_SSL_CERT_FILE" ]; };
}
