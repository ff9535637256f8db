# Shared by the scripts that run the `home-manager` command against a
# private store (private-store.sh first): Hearth under the command's
# name, a sandbox HOME, an environment that no variable of the caller's
# session leaks into, and hm, which points <nixpkgs> and <home-manager>
# at this source tree.

# home_manager_cli USER: sets up $tmp/bin and $tmp/home for USER.
home_manager_cli() {
  mkdir -p "$tmp/bin" "$tmp/home"
  # Only `home-manager`: the generation's activate must run the same binary
  # (HEARTH_BIN), with no `hearth` on PATH.
  ln -s "$hearth" "$tmp/bin/home-manager"
  export PATH="$tmp/bin:$PATH" HOME="$tmp/home" USER="$1" NO_COLOR=1 PAGER=cat
  # Each of these changes where Home Manager reads or writes, or what it
  # runs, so none may come from the session running the test.
  unset XDG_STATE_HOME XDG_CONFIG_HOME XDG_DATA_HOME DRY_RUN VERBOSE HOME_MANAGER_CONFIG \
    HEARTH_HOME_BUILDER EDITOR VISUAL DISPLAY || true
}

hm() {
  home-manager -I "nixpkgs=$src/share/hearth/nixpkgs" -I "home-manager=$src/share/hearth/home-manager" "$@"
}
