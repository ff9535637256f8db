# setSessionVariables set explicitly, even to the legacy default, silences
# the warning; the package is installed unless null.
{
  xdg.userDirs = {
    enable = true;
    setSessionVariables = true;
    package = null;
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./user-dirs-explicit-expected-vars.sh;
    warnings = ./user-dirs-current-expected-warnings.txt;
  };
}
