# pkgs.emacsPackages / emacsPackagesFor, evaluated over a small fixed
# Debian index (../fixtures/emacs-index: Debian 12's entries for emacs and
# a few elpa-* packages, with magit also as the virtual name elpa-magit
# provides). Nothing is fetched or built: these are the derivations'
# names, attributes and requirements, the wrapper's closure, the scope's
# overrides, and the errors for packages Debian lacks.
{ lib, pkgs, nixpkgs }:
let
  debianPkgs = import nixpkgs {
    config.debian.index = toString ../fixtures/emacs-index;
    overlays = [ ];
  };
  ep = debianPkgs.emacsPackages;
  names = map (p: p.name);
  throws = v: !(builtins.tryEval v).success;
in
{
  # The package set without a Debian index has none of it.
  withoutIndex = {
    expr = map (n: pkgs ? ${n}) [
      "emacsPackages"
      "emacsPackagesFor"
      "emacsWithPackages"
    ];
    expected = [
      false
      false
      false
    ];
  };

  magit = {
    expr = {
      inherit (ep.magit) name pname version;
      isDerivation = lib.isDerivation ep.magit;
      # Laid out from the package's own unpacked files.
      src = ep.magit.src.name;
      inherit (ep.magit) debian;
      # Debian's Depends on other elpa-* packages, in their order; git and
      # Debian's helpers are not Emacs packages.
      packageRequires = names ep.magit.packageRequires;
    };
    expected = {
      name = "emacs-magit-3.3.0-2";
      pname = "magit";
      version = "3.3.0-2";
      isDerivation = true;
      src = "elpa-magit-3.3.0-2";
      debian = {
        package = "elpa-magit";
        version = "3.3.0-2";
      };
      packageRequires = [
        "emacs-dash-2.19.1+git20220608.1.0ac1ecf+dfsg-1"
        "emacs-git-commit-3.3.0-2"
        "emacs-magit-section-3.3.0-2"
        "emacs-with-editor-3.0.5-1"
      ];
    };
  };

  # nixpkgs' names: elpa-<name> is <name>, elpa-ledger is ledger-mode.
  nixpkgsNames = {
    expr = {
      ledger = ep.ledger-mode.name;
      attributes = map (n: ep ? ${n}) [
        "ledger"
        "elpa-magit"
        "goto-chg"
        "use-package"
      ];
    };
    expected = {
      ledger = "emacs-ledger-mode-4.0.0-1";
      attributes = [
        false
        false
        true
        true
      ];
    };
  };

  # The wrapper takes the chosen packages and all they require, each once,
  # the chosen ones first.
  withPackages = {
    expr =
      let
        w = debianPkgs.emacsWithPackages (e: [
          e.use-package
          e.magit
          e.dash
        ]);
      in
      {
        inherit (w) name version;
        deps = names w.deps;
        explicit = names w.explicitRequires;
        emacs = w.emacs.pname;
        mainProgram = w.meta.mainProgram;
      };
    expected = {
      # Store names cannot hold Debian's ':'.
      name = "emacs-with-packages-1_28.2+1-15+deb12u4";
      version = "1:28.2+1-15+deb12u4";
      deps = [
        "emacs-use-package-2.4.4-1"
        "emacs-magit-3.3.0-2"
        "emacs-dash-2.19.1+git20220608.1.0ac1ecf+dfsg-1"
        "emacs-bind-key-2.4.4-1"
        "emacs-diminish-0.45-4"
        "emacs-git-commit-3.3.0-2"
        "emacs-magit-section-3.3.0-2"
        "emacs-with-editor-3.0.5-1"
      ];
      explicit = [
        "emacs-use-package-2.4.4-1"
        "emacs-magit-3.3.0-2"
        "emacs-dash-2.19.1+git20220608.1.0ac1ecf+dfsg-1"
      ];
      emacs = "emacs";
      mainProgram = "emacs";
    };
  };

  # A list works as well as a function; emacs.pkgs is the same set.
  listAndEmacsPkgs = {
    expr = {
      list = names (ep.withPackages [ ep.evil ]).deps;
      emacsPkgs = debianPkgs.emacs.pkgs.evil.name;
    };
    expected = {
      list = [
        "emacs-evil-1.14.2-1"
        "emacs-goto-chg-1.7.3-1"
      ];
      emacsPkgs = "emacs-evil-1.14.2-1";
    };
  };

  # Overrides reach the packages requiring what they replace.
  overrideScope = {
    expr =
      let
        o = ep.overrideScope (
          self: super: {
            dash = self.trivialBuild {
              pname = "dash";
              version = "9";
              src = builtins.toFile "dash.el" "(provide 'dash)";
            };
            mine = self.trivialBuild {
              pname = "mine";
              src = builtins.toFile "mine.el" "(provide 'mine)";
              packageRequires = [ super.magit ];
            };
          }
        );
      in
      {
        magitRequires = names o.magit.packageRequires;
        closure = names (o.emacsWithPackages (e: [ e.mine ])).deps;
        untouched = builtins.length ep.magit.packageRequires;
      };
    expected = {
      magitRequires = [
        "emacs-dash-9"
        "emacs-git-commit-3.3.0-2"
        "emacs-magit-section-3.3.0-2"
        "emacs-with-editor-3.0.5-1"
      ];
      closure = [
        "emacs-mine-0"
        "emacs-magit-3.3.0-2"
        "emacs-dash-9"
        "emacs-git-commit-3.3.0-2"
        "emacs-magit-section-3.3.0-2"
        "emacs-with-editor-3.0.5-1"
      ];
      untouched = 4;
    };
  };

  # Home Manager's default.el package.
  trivialBuild = {
    expr =
      let
        d = ep.trivialBuild {
          pname = "default";
          version = "0.1.0";
          src = debianPkgs.writeText "default.el" "(setq hm 'success)";
          packageRequires = [ ep.magit ];
        };
      in
      {
        inherit (d) name pname version;
        requires = names d.packageRequires;
      };
    expected = {
      name = "emacs-default-0.1.0";
      pname = "default";
      version = "0.1.0";
      requires = [ "emacs-magit-3.3.0-2" ];
    };
  };

  # A well-known package Debian 12 lacks throws (the message is checked by
  # ../emacs_packages.test.sh).
  notInDebian = {
    expr = ep.nix-mode;
    expectedError = true;
  };

  # Every package attribute is a package or such an error.
  everyAttribute = {
    expr = lib.all (p: throws p || lib.isDerivation p) (
      lib.attrValues (
        builtins.removeAttrs ep [
          "emacs"
          "trivialBuild"
          "emacsWithPackages"
          "withPackages"
          "newScope"
          "callPackage"
          "overrideScope"
          "overrideScope'"
          "packages"
        ]
      )
    );
    expected = true;
  };
}
