# Bash's own session variables go to .profile, sorted, after the sourcing
# of hm-session-vars.sh; null is left out, a later value may use an
# earlier one at evaluation time.
{ config, ... }:
{
  programs.bash = {
    enable = true;
    sessionVariables = {
      V1 = "v1";
      V2 = "v2-${config.programs.bash.sessionVariables.V1}";
      NUM = 30;
      ON = true;
      GONE = null;
    };
    profileExtra = ''
      umask 022
    '';
  };

  test.expected."home-files/.profile" = ./session-variables-expected.profile;
}
