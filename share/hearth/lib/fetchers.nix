# lib.fetchers: what the package set's fetchers share: the proxy variables
# a fixed-output fetch may read, and turning `hash`/`sha256`/`sha512`
# arguments into `outputHash`/`outputHashAlgo`.
{ lib }:
let
  placeholders = {
    hash = lib.misc.fakeHash;
    sha256 = lib.misc.fakeSha256;
    sha512 = lib.misc.fakeSha512;
  };
  namesFor = hashTypes: [ "hash" ] ++ hashTypes;

  normalizeHash =
    {
      hashTypes ? [ "sha256" ],
      required ? true,
    }:
    args:
    if args ? outputHash then
      args
    else
      let
        # Sorted, so that the error lists names as attrNames would.
        given = builtins.filter (n: args ? ${n}) (builtins.sort builtins.lessThan (namesFor hashTypes));
        name = builtins.head given;
        value = args.${name};
      in
      if builtins.length given > 1 then
        throw "fetcher called with mutually-incompatible arguments: ${builtins.concatStringsSep ", " given}"
      else if given == [ ] then
        lib.trivial.throwIf required "fetcher called without `hash`" args
      else
        builtins.removeAttrs args (namesFor hashTypes)
        // {
          outputHashAlgo = if name == "hash" then null else name;
          outputHash =
            if value == "" then placeholders.${name} or (throw "no “fake hash” defined for ${name}") else value;
        };
in
{
  /** Environment variables a fixed-output fetch takes from the caller:
      proxy settings (both cases) and NIX_SSL_CERT_FILE. */
  proxyImpureEnvVars = [
    "http_proxy"
    "https_proxy"
    "ftp_proxy"
    "all_proxy"
    "no_proxy"
    "HTTP_PROXY"
    "HTTPS_PROXY"
    "FTP_PROXY"
    "ALL_PROXY"
    "NO_PROXY"
    "NIX_SSL_CERT_FILE"
  ];

  /** Arguments with one of `hash` or the `hashTypes` names replaced by
      `outputHash` and `outputHashAlgo` (null for an SRI `hash`); an empty
      hash becomes the matching fake hash. Arguments that already have
      `outputHash` are returned as they are; none at all is an error when
      `required`, several always.
      Type: { hashTypes ? [string], required ? bool } -> attrs -> attrs.
      Example: `normalizeHash { } { sha256 = "abc"; x = 1; }` => `{ outputHash = "abc"; outputHashAlgo = "sha256"; x = 1; }` */
  inherit normalizeHash;

  /** A fetcher taking `outputHash`/`outputHashAlgo` turned into one taking
      `hash` (or a `hashTypes` name); its functionArgs list `hash`, optional
      exactly when `outputHash` was.
      Type: { hashTypes ? [string] } -> (attrs -> a) -> attrs -> a. */
  withNormalizedHash =
    {
      hashTypes ? [ "sha256" ],
    }:
    fetcher:
    let
      fArgs = lib.trivial.functionArgs fetcher;
      normalize = normalizeHash {
        inherit hashTypes;
        required = !fArgs.outputHash;
      };
    in
    assert fArgs ? outputHash && fArgs ? outputHashAlgo;
    assert builtins.intersectAttrs fArgs (lib.attrsets.genAttrs (namesFor hashTypes) (_: null)) == { };
    lib.trivial.setFunctionArgs (args: fetcher (normalize args)) (
      builtins.removeAttrs fArgs [
        "outputHash"
        "outputHashAlgo"
      ]
      // {
        hash = fArgs.outputHash;
      }
    );
}
