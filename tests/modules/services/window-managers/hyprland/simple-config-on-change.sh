if (( ${changedFiles[.config/hypr/hyprland.conf]} == 1 )); then
  if [[ -v DRY_RUN || -v VERBOSE ]]; then
    echo "Running onChange hook for" .config/hypr/hyprland.conf
  fi
  if [[ ! -v DRY_RUN ]]; then
    (
  XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/run/user/$(id -u)}
  if [[ -d "/tmp/hypr" || -d "$XDG_RUNTIME_DIR/hypr" ]]; then
    for i in $(@hyprland@/bin/hyprctl instances -j | jq ".[].instance" -r); do
      @hyprland@/bin/hyprctl -i "$i" reload config-only
    done
  fi
)

  fi
fi
