# hm-session-vars.sh: the guard, one sorted export per non-null variable
# (booleans as words, values unescaped inside double quotes), then the
# newline closing the block. Linux adds the locale archive variable and
# xdg.enable the XDG directories.
{ config, ... }:
{
  home.sessionVariables = {
    V1 = "v1";
    V2 = "v2-${config.home.sessionVariables.V1}";
    IS_EMPTY = "";
    IS_NULL = null;
    IS_TRUE = true;
    IS_FALSE = false;
    REF = "$HOME/x";
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./session-variables-expected.sh;
}
