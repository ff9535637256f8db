# <nix/fetchurl.nix> with no `nix` entry in the search path: Nix's built-in
# expression (Hearth's share/hearth/corepkgs), the same store paths.
let
  fetch = import <nix/fetchurl.nix>;
  paths = d: [
    d.drvPath
    d.outPath
  ];
  url = "https://example.org/a.tar.gz";
in
{
  sha256 = paths (fetch {
    inherit url;
    sha256 = "0000000000000000000000000000000000000000000000000000";
  });
  sri = paths (fetch {
    inherit url;
    hash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  });
  sha1 = paths (fetch {
    inherit url;
    sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  });
  unpacked = paths (fetch {
    inherit url;
    sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    unpack = true;
  });
  executable = paths (fetch {
    url = "https://example.org/bin/tool";
    sha256 = "0000000000000000000000000000000000000000000000000000";
    executable = true;
    name = "tool-1";
  });
  args = builtins.functionArgs fetch;
}
