with builtins; let vs = [ "1.0" "1.0a" "1.0pre" "1.0.1" "2" "10" "1.a" ]; in map (a: map (b: compareVersions a b) vs) vs
