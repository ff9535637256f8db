# Home Manager's pam-session-variables: one OVERRIDE line per variable,
# sorted by name; values may refer to each other.
{ config, ... }:
{
  pam.sessionVariables = {
    V1 = "v1";
    V2 = "v2-${config.pam.sessionVariables.V1}";
  };

  test.expected."home-files/.pam_environment" = ./session-variables-expected.txt;
}
