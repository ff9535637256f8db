# One Debian package as derivations. The builders are Hearth's own
# (builtin:hearth-apt-fetch, builtin:hearth-deb-unpack, builtin:hearth-deb-env,
# implemented in src/pkgs) and run without a sandboxed shell, as Nix's
# builtin:fetchurl does.
{ lib, index }:
let
  # Store names allow [A-Za-z0-9+-._?=]; versions also have ':' and '~'.
  safe = s: builtins.replaceStrings [ ":" "~" "/" ] [ "_" "_" "_" ] s;

  debFile =
    name: e:
    derivation {
      name = safe (baseNameOf e.filename);
      system = "builtin";
      builder = "builtin:hearth-apt-fetch";
      package = name;
      inherit (e) url;
      size = toString e.size;
      outputHashMode = "flat";
      outputHashAlgo = "sha256";
      outputHash = e.sha256;
      preferLocalBuild = true;
    };

  unpacked =
    name:
    let
      e = index.entry name;
    in
    derivation {
      name = safe "${name}-${e.version}";
      system = "builtin";
      builder = "builtin:hearth-deb-unpack";
      package = name;
      deb = debFile name e;
      preferLocalBuild = true;
    };
in
name:
let
  e = index.entry name;
  real = index.resolve name;
  members = index.closure name;
  drv = derivation {
    name = safe "${real}-${e.version}";
    system = "builtin";
    builder = "builtin:hearth-deb-env";
    package = real;
    inherit (e) version;
    # The requested package first: earlier trees win a clash.
    nodes = map unpacked members;
    nodePackages = members;
    preferLocalBuild = true;
  };
in
drv
// {
  pname = real;
  inherit (e) version;
  debian = e // {
    closure = members;
  };
  meta = {
    description = "Debian's ${real} ${e.version}";
    mainProgram = real;
    platforms = lib.platforms.linux;
  };
}
