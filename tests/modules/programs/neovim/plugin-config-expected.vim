let g:hmPlugins='HM_PLUGINS_CONFIG'

let g:hmExtraConfig='HM_EXTRA_CONFIG'
