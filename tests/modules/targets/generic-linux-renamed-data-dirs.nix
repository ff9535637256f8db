# The old targets.genericLinux.extraXdgDataDirs still works, as
# xdg.systemDirs.data, with a warning naming the new option (checked by
# content: the warning also names this file's absolute path).
{ config, lib, ... }:
{
  targets.genericLinux.extraXdgDataDirs = [ "/opt/share" ];

  home.file."rename-warning".text = lib.boolToString (
    lib.any (lib.hasInfix "`targets.genericLinux.extraXdgDataDirs' defined in") config.warnings
    && lib.any (lib.hasInfix "has been renamed to `xdg.systemDirs.data'.") config.warnings
  );

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./generic-linux-renamed-data-dirs-expected-vars.sh;
    "home-files/rename-warning" = ./expected-true.txt;
  };
}
