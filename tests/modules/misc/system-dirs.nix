# xdg.systemDirs: both lists go in front of the session's own value, in
# hm-session-vars.sh and in environment.d; environment.d also has the XDG base
# directories, as xdg.enable puts them there.
{
  xdg.systemDirs.config = [
    "/etc/xdg"
    "/foo/bar"
  ];
  xdg.systemDirs.data = [
    "/usr/local/share"
    "/usr/share"
    "/baz/quux"
  ];

  test.expected."home-files/.config/environment.d/10-home-manager.conf" =
    ./system-dirs-expected-environment.conf;
  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./system-dirs-expected-vars.sh;
}
