# pkgs.emacsPackagesFor EMACS: Debian 12's Emacs Lisp packages (elpa-<name>)
# under the attribute names nixpkgs gives them, as a scope with
# `emacsWithPackages` (also `withPackages`), `trivialBuild` and
# `overrideScope`, which Home Manager's programs.emacs uses.
#
# Debian ships a package's sources under
# usr/share/emacs/site-lisp/elpa-src/<name>-<version>/ and byte-compiles
# them into usr/share/emacs/site-lisp/elpa/ from a maintainer script, which
# never runs here. Each attribute is a small derivation laying that source
# directory out as nixpkgs' packages are, at
# share/emacs/site-lisp/elpa/<name>-<version> (./emacs-package.sh): a
# package.el package directory, byte-compiled with the set's Emacs. Its
# Debian dependencies on other elpa-* packages become `packageRequires`. A well-known nixpkgs
# package Debian does not package is an attribute that throws saying so.
{
  lib,
  index,
  runCommandLocal,
  # Debian name -> the derivation holding only that package's files.
  unpacked,
  # The package set, for newScope.
  pkgs,
}:
let
  # Store names allow [A-Za-z0-9+-._?=]; Debian versions also have ':' and '~'.
  safe = builtins.replaceStrings [ ":" "~" ] [ "_" "_" ];

  # Debian names whose nixpkgs name is not the rest of the name.
  renamed = {
    ledger-mode = "elpa-ledger";
  };

  # Every elpa-<name> of the apt sources as <name>, then the renames.
  fromIndex = lib.listToAttrs (
    map (name: lib.nameValuePair (lib.removePrefix "elpa-" name) name) (
      builtins.filter (lib.hasPrefix "elpa-") (builtins.attrNames index.names)
    )
  );
  fromDebian =
    lib.filterAttrs (_: package: !(builtins.elem package (builtins.attrValues renamed))) fromIndex
    // renamed;

  # A real Debian package -> its nixpkgs name, for packageRequires.
  byPackage = lib.mapAttrs' (name: package: lib.nameValuePair (index.resolve package) name) (
    lib.filterAttrs (_: package: index.names ? ${package}) fromDebian
  );

  # Well-known nixpkgs Emacs packages Debian 12 does not package.
  notInDebian = [
    "all-the-icons"
    "cider"
    "clojure-mode"
    "corfu"
    "dashboard"
    "deadgrep"
    "direnv"
    "doom-modeline"
    "dracula-theme"
    "envrc"
    "evil-collection"
    "general"
    "git-gutter"
    "gruvbox-theme"
    "json-mode"
    "multiple-cursors"
    "nix-mode"
    "nord-theme"
    "rg"
    "smartparens"
    "terraform-mode"
    "typescript-mode"
    "vterm-toggle"
  ];

  missing =
    name:
    throw "pkgs.emacsPackages.${name}: Debian 12 does not package the Emacs package ${name} (there is no elpa-${name}), and Hearth's emacsPackages are built from Debian's elpa-* packages (docs/debian-packages.md).";

  elpaPackage =
    self: pname: package:
    let
      e = index.entry package;
      real = index.resolve package;
      version = safe e.version;
      requires = builtins.filter (d: byPackage ? ${d} && byPackage.${d} != pname) (
        map (d: if index.names ? ${d} then index.resolve d else d) (e.depends or [ ])
      );
    in
    if !(index.names ? ${package}) then
      throw "pkgs.emacsPackages.${pname}: the Debian package ${package}, which has this Emacs package, is not in this machine's apt sources."
    else
      runCommandLocal "emacs-${pname}-${version}" {
        inherit pname version;
        src = unpacked real;
        debName = real;
        inherit (self) emacs;
        requiredLisp = closure (map (d: self.${byPackage.${d}}) requires);
        passthru = {
          packageRequires = map (d: self.${byPackage.${d}}) requires;
          debian = {
            package = real;
            inherit (e) version;
          };
        };
        meta = {
          description = "Emacs package ${pname}, from Debian's ${real} ${e.version}";
          platforms = lib.platforms.all;
        };
      } (builtins.readFile ./emacs-package.sh);

  # A package made of the Emacs Lisp files of `src` (one file, or a
  # directory's *.el), put at share/emacs/site-lisp so that `load` and
  # `require` find them: what Home Manager builds its default.el with.
  trivialBuild =
    {
      pname,
      version ? "0",
      src,
      packageRequires ? [ ],
      meta ? { },
      ...
    }:
    runCommandLocal "emacs-${pname}-${version}" {
      inherit pname version src;
      passthru = { inherit packageRequires; };
      inherit meta;
    } ''
      mkdir -p $out/share/emacs/site-lisp
      if [ -d "$src" ]; then
        cp "$src"/*.el $out/share/emacs/site-lisp/
      else
        cp "$src" "$out/share/emacs/site-lisp/$(stripHash "$src")"
      fi
    '';

  # The chosen packages and everything they require, each once, in order.
  # A package is known by its name (emacs-<pname>-<version>), which asks
  # for no store path: evaluating the list needs no index entry of Emacs'
  # own dependencies.
  closure =
    packages:
    map (x: x.package) (
      builtins.genericClosure {
        startSet = map (p: {
          key = p.name;
          package = p;
        }) packages;
        operator =
          item:
          map (p: {
            key = p.name;
            package = p;
          }) (item.package.packageRequires or [ ]);
      }
    );

  withPackagesFor =
    self: emacs: f:
    let
      explicitRequires = if lib.isFunction f then f self else f;
      deps = closure explicitRequires;
    in
    runCommandLocal "emacs-with-packages-${safe emacs.version}" {
      inherit emacs deps;
      passthru = {
        inherit emacs explicitRequires deps;
        inherit (emacs) version;
        pkgs = self;
      };
      meta = (emacs.meta or { }) // {
        mainProgram = "emacs";
      };
    } (builtins.readFile ./emacs-with-packages.sh);

  emacsPackagesFor =
    emacs:
    lib.makeScope (extra: lib.callPackageWith (pkgs // extra)) (
      self:
      lib.genAttrs notInDebian missing
      // lib.mapAttrs (elpaPackage self) fromDebian
      // {
        inherit emacs trivialBuild;
        emacsWithPackages = withPackagesFor self emacs;
        withPackages = withPackagesFor self emacs;
      }
    );
in
emacsPackagesFor
