# Puts the profiles Hearth installs packages into on PATH (and their share/
# on XDG_DATA_DIRS, and their list in NIX_PROFILES, where zsh modules look
# for completions) for login shells. On a machine with Nix, Nix's own
# profile script does this; Hearth needs no Nix, so it brings its own.
# Installed as /etc/profile.d/hearth.sh, which /etc/profile sources; a
# user without root can source it from their shell's profile instead
# (programs.bash.profileExtra). POSIX sh: bash, dash and zsh all read it.
# Sourcing it twice adds nothing twice.
if [ -n "${HOME-}" ]; then
  __hearth_path=
  # Most specific first: the user's profile, the one that moved to the XDG
  # state dir (use-xdg-base-directories; only when it exists, since few
  # homes have one), then the machine's default. Named, not listed, so that
  # a HOME with a space in it needs no word splitting.
  for __hearth_which in user xdg default; do
    case $__hearth_which in
      user) __hearth_profile="$HOME/.nix-profile" ;;
      xdg)
        __hearth_profile="${XDG_STATE_HOME:-$HOME/.local/state}/nix/profile"
        [ -d "$__hearth_profile" ] || continue
        ;;
      default) __hearth_profile=/nix/var/nix/profiles/default ;;
    esac
    case ":$PATH:" in
      *":$__hearth_profile/bin:"*) ;;
      *) __hearth_path="$__hearth_path$__hearth_profile/bin:" ;;
    esac
    # Desktop files, icons and the like: after the host's own directories
    # (the freedesktop default when none are set).
    case ":${XDG_DATA_DIRS-}:" in
      *":$__hearth_profile/share:"*) ;;
      *) XDG_DATA_DIRS="${XDG_DATA_DIRS:-/usr/local/share:/usr/share}:$__hearth_profile/share" ;;
    esac
  done
  PATH="$__hearth_path$PATH"
  # Least specific first, as Nix orders it; one set by the system (the
  # system layer's hearth-environment.sh) is kept.
  if [ -z "${NIX_PROFILES-}" ]; then
    NIX_PROFILES="/nix/var/nix/profiles/default $HOME/.nix-profile"
    export NIX_PROFILES
  fi
  unset __hearth_which __hearth_profile __hearth_path
  export PATH XDG_DATA_DIRS
fi
