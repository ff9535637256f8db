builtins.fromJSON (builtins.readFile ./lib/sample.json)
