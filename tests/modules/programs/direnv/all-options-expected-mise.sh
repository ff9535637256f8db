eval "$(@mise@/bin/mise direnv activate)"
