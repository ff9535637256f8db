# hm-session-vars.fish as babelfish would translate hm-session-vars.sh:
# exports with expansions, search paths, and the extra lines of
# gpg-agent's and ssh-agent's SSH_AUTH_SOCK and of targets.genericLinux
# (its `. FILE` is run by /bin/sh at startup; babelfish would translate it
# then).
{ config, ... }:
{
  programs.fish.enable = true;
  programs.fish.generateCompletions = false;
  xdg.enable = false;

  home.sessionVariables = {
    EDITOR = "vim";
    EMPTY = "";
    QUOTES = "it's \"quoted\" \\ $HOME";
    CACHE = "\${XDG_CACHE_HOME:-$HOME/.cache}/x";
    NOW = "$(date +%s)";
  };
  home.sessionPath = [
    "$HOME/bin"
    "/opt/tools/bin"
  ];
  home.sessionVariablesExtra = ''
    if [ -z "$SSH_AUTH_SOCK" ]; then
      export SSH_AUTH_SOCK="$(/usr/bin/gpgconf --list-dirs agent-ssh-socket)"
    elif [ -n "$OTHER" ]; then
      export SSH_AUTH_SOCK=$XDG_RUNTIME_DIR/ssh-agent
    else
      unset SSH_AUTH_SOCK
    fi
    . "/etc/profile.d/some.sh"

    # reset TERM with new TERMINFO available (if any)
    export TERM="$TERM"
  '';

  test.expected."home-path/etc/profile.d/hm-session-vars.fish" = ./session-variables-expected.fish;
}
