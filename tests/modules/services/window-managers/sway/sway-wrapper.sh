#!@bash@/bin/bash
export SDL_VIDEODRIVER=wayland

exec @sway@/bin/sway --unsupported-gpu --debug "$@"
