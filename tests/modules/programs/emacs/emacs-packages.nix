# extraPackages from two definitions (their selections concatenated),
# overrides replacing one package and adding another, and default.el
# requiring what was chosen. No extraConfig would mean no default.el.
{ config, lib, ... }:
let
  final = config.programs.emacs.finalPackage;
  names = lib.concatMapStringsSep " " (p: p.name);
  defaultEl = lib.findFirst (p: p.pname or "" == "default") null final.explicitRequires;
in
{
  imports = [
    { programs.emacs.extraPackages = epkgs: [ epkgs.magit ]; }
  ];

  programs.emacs = {
    enable = true;
    extraPackages = epkgs: [
      epkgs.evil
      epkgs.my-mode
    ];
    overrides = self: super: {
      evil = super.evil // {
        name = "emacs-evil-patched";
      };
      my-mode = self.trivialBuild {
        pname = "my-mode";
        version = "1.0";
        src = "/my-mode.el";
        packageRequires = [ self.company ];
      };
    };
    extraConfig = ''
      (require 'evil)
      (evil-mode 1)
    '';
  };

  home.file."emacs-wrapper".text = ''
    emacs: ${final.emacs.name}
    packages: ${names final.explicitRequires}
    my-mode requires: ${names (lib.elemAt final.explicitRequires 2).packageRequires}
    default.el requires: ${names defaultEl.packageRequires}
  '';
  home.file."default.el".text = defaultEl.src.text;

  test.expected = {
    "home-files/emacs-wrapper" = ./emacs-packages-wrapper.txt;
    "home-files/default.el" = ./emacs-packages-default.el;
  };
}
