# programs.emacs: Emacs with Emacs Lisp packages picked from the package
# set (`epkgs: [ epkgs.magit ]`) and extraConfig as the site-wide
# default.el, which Emacs loads after the user's init file. On Hearth the
# packages are Debian's elpa-* packages (pkgs.emacsPackagesFor,
# share/hearth/nixpkgs/debian/emacs-packages.nix).
#
# Checked against Home Manager's module and its emacs-extra-config test.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.emacs;

  epkgs = (pkgs.emacsPackagesFor cfg.package).overrideScope cfg.overrides;

  # extraConfig becomes a package of its own holding default.el, requiring
  # the chosen packages so that it may load them.
  withDefaultEl =
    set:
    let
      chosen = cfg.extraPackages set;
      defaultEl = set.trivialBuild {
        pname = "default";
        version = "0.1.0";
        src = pkgs.writeText "default.el" cfg.extraConfig;
        packageRequires = chosen;
      };
    in
    chosen ++ lib.optional (cfg.extraConfig != "") defaultEl;
in
{
  options.programs.emacs = {
    enable = lib.mkEnableOption "Emacs";

    package = lib.mkPackageOption pkgs "emacs" { };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        (setq standard-indent 2)
      '';
      description = ''
        Emacs Lisp written to a `default.el` on the wrapped Emacs'
        load-path, which Emacs loads after the user's init file (unless
        that sets `inhibit-default-init`). Options Emacs reads only from
        the user's own init file, such as `inhibit-startup-message`, have
        no effect here.
      '';
    };

    extraPackages = mkOption {
      type = lib.hm.types.selectorFunction;
      default = _: [ ];
      defaultText = "epkgs: [ ]";
      example = lib.literalExpression "epkgs: [ epkgs.magit epkgs.evil ]";
      description = ''
        Emacs Lisp packages to put on the wrapped Emacs' load-path, picked
        from the Emacs package set (with the packages they require).
      '';
    };

    overrides = mkOption {
      type = lib.hm.types.overlayFunction;
      default = _: _: { };
      defaultText = "self: super: { }";
      example = lib.literalExpression ''
        self: super: {
          my-mode = self.trivialBuild { pname = "my-mode"; src = ./my-mode.el; };
        }
      '';
      description = "Changes to the Emacs package set, as an overlay of it.";
    };

    finalPackage = mkOption {
      type = types.package;
      visible = false;
      readOnly = true;
      description = "The Emacs wrapped with the packages and default.el.";
    };
  };

  config = mkIf cfg.enable {
    programs.emacs.finalPackage = epkgs.emacsWithPackages withDefaultEl;
    home.packages = [ cfg.finalPackage ];
  };
}
