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
        List of maintainers of each module. This option should be defined at
        most once per module.
      '';
    };

    doc = mkOption {
      type = types.nullOr types.path;
      internal = true;
      default = null;
      example = "./meta.chapter.md";
      description = ''
        Documentation prologue for the set of options of each module. This
        option should be defined at most once per module.
      '';
    };

    buildDocsInSandbox = mkOption {
      type = types.bool;
      internal = true;
      default = true;
      description = ''
        Whether to include this module's options when building the
        documentation in a sandbox, i.e. without access to `pkgs`.
      '';
    };
  };
}
