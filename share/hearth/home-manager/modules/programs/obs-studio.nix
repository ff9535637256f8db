# programs.obs-studio: OBS Studio with plugins. nixpkgs' wrapOBS is used
# where the package set has it; elsewhere (Debian's packages) OBS and its
# plugins are linked into one tree whose bin/obs is told where the
# plugins are, as wrapOBS does: OBS_PLUGINS_PATH and
# OBS_PLUGINS_DATA_PATH name the plugins' lib/obs-plugins and
# share/obs/obs-plugins. Without plugins the package is installed as it
# is.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests. (A later
# check found Home Manager's current module far larger: generated
# settings, profiles and scene collections installed at activation with a
# manifest, and plugin integrations. None of that is here yet.)
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.obs-studio;

  plugins = pkgs.symlinkJoin {
    name = "obs-studio-plugins";
    paths = cfg.plugins;
  };

  wrapped = pkgs.symlinkJoin {
    name = "wrapped-${cfg.package.name}";
    paths = [ cfg.package ] ++ cfg.plugins;
    nativeBuildInputs = [ pkgs.makeWrapper ];
    postBuild = ''
      wrapProgram $out/bin/obs \
        --set OBS_PLUGINS_PATH "${plugins}/lib/obs-plugins" \
        --set OBS_PLUGINS_DATA_PATH "${plugins}/share/obs/obs-plugins" ${
          lib.escapeShellArgs (lib.concatMap (p: p.obsWrapperArguments or [ ]) cfg.plugins)
        }
    '';
  };
in
{
  options.programs.obs-studio = {
    enable = lib.mkEnableOption "OBS Studio, for screen recording and live streaming";

    package = lib.mkPackageOption pkgs "obs-studio" { };

    finalPackage = lib.mkOption {
      type = lib.types.package;
      readOnly = true;
      visible = false;
      description = "The OBS Studio that is installed, with the plugins.";
    };

    plugins = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.obs-studio-plugins.wlrobs ]";
      description = "Plugins OBS Studio loads.";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.obs-studio.finalPackage =
      if pkgs ? wrapOBS then
        pkgs.wrapOBS.override { obs-studio = cfg.package; } { inherit (cfg) plugins; }
      else if cfg.plugins == [ ] then
        cfg.package
      else
        wrapped;

    home.packages = [ cfg.finalPackage ];
  };
}
