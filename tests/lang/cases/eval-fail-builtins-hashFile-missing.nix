builtins.hashFile "sha256" ./lib/no-such-file
