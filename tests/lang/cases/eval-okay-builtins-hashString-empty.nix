with builtins; [ (hashString "sha256" "") (hashString "md5" "") ]
