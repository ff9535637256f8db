(
  export XDG_CACHE_HOME=/home/hm-user/.cache
  verboseEcho "Rebuilding bat theme cache"
  run @bat@/bin/bat cache --build
)
