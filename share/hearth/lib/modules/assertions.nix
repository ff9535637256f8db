# `assertions` and `warnings`: the convention NixOS and Home Manager modules
# use to report problems. The module system only collects them; the entry
# point (e.g. Home Manager's) throws on failed assertions and prints the
# warnings. mkRemovedOptionModule and the rename helpers write into them.
{ lib, ... }:

let
  inherit (lib) mkOption types;
in
{
  options = {
    assertions = mkOption {
      type = types.listOf types.unspecified;
      internal = true;
      default = [ ];
      example = [
        {
          assertion = false;
          message = "services.web.tls needs services.web.certificate";
        }
      ];
      description = ''
        Conditions that must hold. Each item is an attribute set with a
        boolean `assertion` and a string `message` reported when the
        assertion is false.
      '';
    };

    warnings = mkOption {
      type = types.listOf types.str;
      internal = true;
      default = [ ];
      example = [ "programs.old-editor is unmaintained; consider programs.neovim" ];
      description = ''
        Messages to show to the user after evaluation.
      '';
    };
  };
}
