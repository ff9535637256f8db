# xsession.windowManager.awesome: installs awesome and makes it the X
# session's window manager, with --no-argb if asked and a --search pair
# (share/ and lib/ Lua directories) for every extra Lua module. The
# configuration itself (rc.lua) is left to the user.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xsession.windowManager.awesome;

  luaVersion = cfg.package.lua.luaversion;

  # The spacing is Home Manager's: a space after the program and after
  # --no-argb, and one before every --search.
  searchArgs = lib.concatMapStrings (
    m:
    lib.concatMapStrings (dir: " --search ${m}/${dir}/lua/${luaVersion}") [
      "share"
      "lib"
    ]
  ) cfg.luaModules;
in
{
  options.xsession.windowManager.awesome = {
    enable = lib.mkEnableOption "Awesome window manager";

    package = lib.mkPackageOption pkgs "awesome" { };

    luaModules = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.luaPackages.vicious ]";
      description = "Lua packages awesome's configuration can require.";
    };

    noArgb = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to turn off awesome's support for translucent windows, which
        can slow some setups down a lot.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "xsession.windowManager.awesome" pkgs lib.platforms.linux)
    ];

    home.packages = [ cfg.package ];

    xsession.windowManager.command =
      "${cfg.package}/bin/awesome " + lib.optionalString cfg.noArgb "--no-argb " + searchArgs;
  };
}
