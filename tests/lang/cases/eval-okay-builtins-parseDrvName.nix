with builtins; [ (parseDrvName "hello-2.10") (parseDrvName "nix-0.12pre12876") (parseDrvName "name-with-dashes-1.0-beta") (parseDrvName "noversion") (parseDrvName "a-b") ]
