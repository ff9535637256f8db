map (s: (builtins.parseDrvName s).version) [ "foo-1" "foo-bar-2.0" "foo-bar" "foo-" "-1" "foo-1-2" ]
