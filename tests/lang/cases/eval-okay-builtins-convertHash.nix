with builtins; [
  (convertHash { hash = "sha256-LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564="; toHashFormat = "base16"; })
  (convertHash { hash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"; hashAlgo = "sha256"; toHashFormat = "nix32"; })
  (convertHash { hash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"; hashAlgo = "sha256"; toHashFormat = "sri"; })
  (convertHash { hash = "sha1-C+7Hteo/D9vJXQ3UfzxbwnXaijM="; toHashFormat = "base64"; })
]
