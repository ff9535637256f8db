# `meta.*` options that modules set about themselves (maintainers,
# documentation). They are metadata only and never affect a configuration.
{ lib, ... }:

let
  inherit (lib) mkOption types;

  # Maintainers are attribute sets from lib.maintainers; anything else is a
  # mistake worth reporting early.
  maintainer = types.addCheck types.raw builtins.isAttrs // {
    name = "maintainer";
    description = "maintainer";
  };
in
{
  options.meta = {
    maintainers = mkOption {
      type = types.listOf maintainer;
      internal = true;
      default = [ ];
      example = lib.literalExpression "[ lib.maintainers.alice lib.maintainers.bob ]";
      description = ''
        Who maintains a module. Each module sets it once, for itself.
      '';
    };

    doc = mkOption {
      type = types.nullOr types.path;
      internal = true;
      default = null;
      example = "./meta.chapter.md";
      description = ''
        A document that introduces a module's options in the manual. Each
        module sets it once, for itself.
      '';
    };

    buildDocsInSandbox = mkOption {
      type = types.bool;
      internal = true;
      default = true;
      description = ''
        Whether the manual can be built from this module's options without
        `pkgs` (in a sandbox).
      '';
    };
  };
}
