# One Debian package as derivations. The builders are Hearth's own
# (builtin:hearth-apt-fetch, builtin:hearth-deb-unpack, builtin:hearth-deb-env,
# implemented in src/pkgs) and run without a sandboxed shell, as Nix's
# builtin:fetchurl does. What `pkgs.NAME` gives is a fourth, small
# derivation over them, the package's face (below).
{
  lib,
  index,
  runCommandLocal,
  fixups,
}:
let
  mainPrograms = import ./main-programs.nix;

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
      builderVersion = "2";
      package = name;
      deb = debFile name e;
      # Kept for its update-alternatives calls (src/pkgs/alternatives.hh).
      control = "postinst";
      preferLocalBuild = true;
    };
in
name:
let
  e = index.entry name;
  real = index.resolve name;
  members = index.closure name;
  # The merged tree of the package and its dependencies, with wrappers.
  tree = derivation {
    name = safe "${real}-${e.version}";
    system = "builtin";
    builder = "builtin:hearth-deb-env";
    # What the builder makes (links, alternatives, wrappers) is not in its
    # inputs: bumped when that changes, so that stores built by an older
    # Hearth get the new tree instead of keeping theirs.
    builderVersion = "2";
    package = real;
    inherit (e) version;
    # The requested package first: earlier trees win a clash.
    nodes = map unpacked members;
    nodePackages = members;
    preferLocalBuild = true;
  };
  # The face holds links to the tree's bin/ and share/ entries and nothing
  # else. Profiles (buildEnv) merge whatever a package holds, and every
  # tree holds its whole closure in libexec/hearth: two packages sharing
  # a dependency would collide on its files there (Debian's dangling
  # /usr/share/doc links first of all). The programs still find their tree:
  # each wrapper locates it from its own resolved path. Entries are linked
  # one by one so that ./fixups.nix can add files where nixpkgs has them.
  face = runCommandLocal tree.name { inherit tree; } ''
    shopt -s dotglob nullglob
    mkdir $out
    for dir in bin share; do
      [ -d "$tree/$dir" ] || continue
      mkdir "$out/$dir"
      for entry in "$tree/$dir"/*; do ln -s "$entry" "$out/$dir/"; done
    done
    ${fixups.${real} or ""}
  '';
in
face
// {
  pname = real;
  inherit (e) version;
  inherit tree;
  # The package's own files alone, unpacked (./vim-plugins.nix lays
  # plugins out from it without the dependencies' trees).
  unpacked = unpacked real;
  # The tree's root, where Debian's /usr is (runtime files of vim, nvim).
  root = "${tree}/libexec/hearth/root";
  debian = e // {
    closure = members;
  };
  meta = {
    description = "Debian's ${real} ${e.version}";
    mainProgram = mainPrograms.${real} or real;
    platforms = lib.platforms.linux;
  };
}
