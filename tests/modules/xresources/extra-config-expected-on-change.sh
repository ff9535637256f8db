if (( ${changedFiles[.config/X11/Xresources]} == 1 )); then
  if [[ -v DRY_RUN || -v VERBOSE ]]; then
    echo "Running onChange hook for" .config/X11/Xresources
  fi
  if [[ ! -v DRY_RUN ]]; then
    if [[ -v DISPLAY ]]; then
  @xrdb@/bin/xrdb -merge /home/hm-user/.config/X11/Xresources
fi

  fi
fi
