" plugin-specific config
setlocal commentstring=//\ %s
setlocal comments=://
