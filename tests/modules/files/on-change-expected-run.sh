if (( ${changedFiles[conf/a.conf]} == 1 )); then
  if [[ -v DRY_RUN || -v VERBOSE ]]; then
    echo "Running onChange hook for" conf/a.conf
  fi
  if [[ ! -v DRY_RUN ]]; then
    echo "a changed"

  fi
fi
