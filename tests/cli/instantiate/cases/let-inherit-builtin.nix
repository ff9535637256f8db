let inherit (builtins) map; in [ map ]
