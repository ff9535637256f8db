"${./lib/dir}"
