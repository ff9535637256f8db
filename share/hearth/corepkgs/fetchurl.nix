# <nix/fetchurl.nix>: a fixed-output derivation for Nix's built-in
# downloader (the builder "builtin:fetchurl"). Nix carries this expression
# inside its evaluator; Hearth reads it from here when neither -I nor
# NIX_PATH has a `nix` entry. Every attribute handed to `derivation` lands in
# the .drv, so the names, values and defaults are Nix's: changing one changes
# the store paths of everything fetched with it.
let
  # The one-algorithm hash arguments: the first one set, in this order, is
  # used, and sha256 when none is.
  legacyHash =
    sha512: sha1: md5: sha256:
    if sha512 != "" then
      {
        algo = "sha512";
        value = sha512;
      }
    else if sha1 != "" then
      {
        algo = "sha1";
        value = sha1;
      }
    else if md5 != "" then
      {
        algo = "md5";
        value = md5;
      }
    else
      {
        algo = "sha256";
        value = sha256;
      };
in
{
  url,
  name ? baseNameOf (toString url),
  # An SRI hash ("sha256-..."), which names its algorithm itself.
  hash ? "",
  sha512 ? "",
  sha1 ? "",
  md5 ? "",
  sha256 ? "",
  outputHash ? if hash != "" then hash else (legacyHash sha512 sha1 md5 sha256).value,
  outputHashAlgo ? if hash != "" then "" else (legacyHash sha512 sha1 md5 sha256).algo,
  # The result is a NAR (an executable file, or the unpacked archive)
  # rather than the downloaded bytes.
  executable ? false,
  unpack ? false,
  # No fixed hash: fetched anew each time (Nix's impure-derivations feature).
  impure ? false,
  # Accepted for old callers and ignored: the builder is built into Nix.
  system ? "",
}:
derivation (
  {
    inherit
      name
      url
      executable
      unpack
      ;
    # What nix-prefetch-url reads.
    urls = [ url ];
    builder = "builtin:fetchurl";
    system = "builtin";
    outputHashMode = if unpack || executable then "recursive" else "flat";
    # A remote builder would download it no faster.
    preferLocalBuild = true;
    # Nix lists the proxy variables here; it changes nothing but the .drv.
    impureEnvVars = [
      "http_proxy"
      "https_proxy"
      "ftp_proxy"
      "all_proxy"
      "no_proxy"
    ];
  }
  // (if impure then { __impure = true; } else { inherit outputHash outputHashAlgo; })
)
