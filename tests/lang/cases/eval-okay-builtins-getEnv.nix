[ (builtins.getEnv "TEST_VAR") (builtins.getEnv "HEARTH_SURELY_UNSET_VARIABLE") (builtins.getEnv "HOME") ]
