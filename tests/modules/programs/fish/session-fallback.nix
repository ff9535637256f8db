# Shell the translation does not handle (here a `case`): the whole of
# hm-session-vars.sh is run by /bin/sh and its variables taken over.
{
  programs.fish.enable = true;
  programs.fish.generateCompletions = false;
  home.sessionVariablesExtra = ''
    case "$TERM" in
      dumb) export PAGER=cat ;;
    esac
  '';

  test.expected."home-path/etc/profile.d/hm-session-vars.fish" = ./session-fallback-expected.fish;
}
