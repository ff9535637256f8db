# The Debian layer of the package set: `pkgs.<debian-name>` for every binary
# package of the machine's apt sources, plus nixpkgs names that differ
# (./aliases.nix). Each package is four derivations (./package.nix): the
# .deb, fetched through apt and pinned by hash; its unpacked tree; the
# merged tree of it and the dependencies the host lacks, with wrappers;
# and the face a profile merges, its bin/ and share/ (with the layout
# fixes of ./fixups.nix). `vimPlugins` holds Debian's Vim plugin packages
# under nixpkgs' names (./vim-plugins.nix), `emacsPackages` its Emacs Lisp
# packages (./emacs-packages.nix).
#
# Where the data comes from (see docs/debian-packages.md):
#   config.debian.index     the directory `hearth lock index` writes, else
#                           $HEARTH_DEBIAN_INDEX, else <hearth-debian-index>
#   config.debian.lockFile  hearth.lock.json, else $HEARTH_LOCK_FILE; its
#                           pins win over the index
# Without an index the layer adds nothing, so evaluation still works on a
# machine that is not Debian.
final: prev:
let
  inherit (prev) lib;
  cfg = prev.config.debian or { };

  fromEnv = name: let v = builtins.getEnv name; in if v == "" then null else v;
  searchPath =
    let r = builtins.tryEval (builtins.findFile builtins.nixPath "hearth-debian-index");
    in if r.success then r.value else null;

  indexDir = cfg.index or (let e = fromEnv "HEARTH_DEBIAN_INDEX"; in if e != null then e else searchPath);
  lockFile = cfg.lockFile or (fromEnv "HEARTH_LOCK_FILE");

  index = import ./index.nix { inherit indexDir lockFile; };
  package = import ./package.nix {
    inherit lib index;
    inherit (final) runCommandLocal;
    fixups = import ./fixups.nix;
  };

  # Every name is a thunk: evaluating pkgs.hello reads one shard of the index.
  debianPackages = builtins.mapAttrs (name: _: package name) index.names;

  # What the host provides stays the host stand-in of the layer below
  # (bash, coreutils...): nothing to fetch, and scripts already use it.
  hostStandIns = builtins.intersectAttrs index.host prev;

  # nixpkgs' package sets of the layer below stay sets where Debian has a
  # metapackage of the same name (xorg, lxqt). Named, not detected: telling
  # a set from a package means forcing it, which needs this layer's names.
  packageSets = builtins.intersectAttrs (lib.genAttrs [ "xorg" "lxqt" ] (_: null)) prev;

  aliases = import ./aliases.nix;
  # An alias to its own name (git = "git") only documents that the names
  # agree; as an alias it would refer to itself.
  presentAliases = lib.filterAttrs (
    alias: target: alias != target && index.names ? ${target} && !(prev ? ${alias})
  ) aliases;
in
if indexDir == null then
  { }
else
  debianPackages
  // builtins.mapAttrs (alias: target: final.${target}) presentAliases
  // hostStandIns
  // packageSets
  # nixpkgs' Emacs carries its package set.
  // lib.optionalAttrs (index.names ? emacs) {
    emacs = debianPackages.emacs // {
      pkgs = final.emacsPackagesFor final.emacs;
    };
  }
  // {
    vimPlugins = import ./vim-plugins.nix {
      inherit lib index;
      inherit (final) runCommandLocal;
      unpacked = name: (package name).unpacked;
      pkgs = final;
    };
    emacsPackagesFor = import ./emacs-packages.nix {
      inherit lib index;
      inherit (final) runCommandLocal;
      unpacked = name: (package name).unpacked;
      pkgs = final;
    };
    emacsPackages = final.emacsPackagesFor final.emacs;
    emacsWithPackages = final.emacsPackages.emacsWithPackages;
    debian = {
      inherit indexDir lockFile;
      inherit (index) entry closure;
    };
  }
