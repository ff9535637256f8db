# The configuration of Home Manager's emacs-extra-config test (emacs-nox, a
# hm-test package of its own, extraConfig requiring it). That test runs
# Emacs and loads default.el; here the wiring is compared instead: default.el
# holds extraConfig verbatim, as a package of its own after the chosen ones,
# and the wrapped Emacs is in the profile. tests/e2e/home_emacs.test.sh runs
# Emacs for real.
{ config, lib, pkgs, ... }:
let
  final = config.programs.emacs.finalPackage;
  defaultEl = lib.findFirst (p: p.pname or "" == "default") (throw "no default.el package") final.explicitRequires;
in
{
  programs.emacs = {
    enable = true;
    package = pkgs.emacs-nox;
    extraConfig = ''
      (require 'hm-test)
      (setq hm 'home-manager)
    '';
    extraPackages = epkgs: [
      (epkgs.trivialBuild {
        pname = "hm-test";
        version = "0.1.0";
        src = pkgs.writeText "hm-test.el" ''
          (defun hm-test-fn () 'success)
          (provide 'hm-test)
        '';
      })
    ];
  };

  home.file."default.el".text = defaultEl.src.text;
  home.file."emacs-wrapper".text = ''
    name: ${final.name}
    emacs: ${final.emacs.name}
    packages: ${lib.concatMapStringsSep " " (p: p.name) final.explicitRequires}
    default.el file: ${defaultEl.src.name}
    in home.packages: ${lib.boolToString (lib.elem final config.home.packages)}
  '';

  test.expected = {
    "home-files/default.el" = ./emacs-extra-config-default.el;
    "home-files/emacs-wrapper" = ./emacs-extra-config-wrapper.txt;
  };
}
