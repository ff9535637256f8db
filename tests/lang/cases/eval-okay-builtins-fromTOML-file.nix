builtins.fromTOML (builtins.readFile ./lib/sample.toml)
