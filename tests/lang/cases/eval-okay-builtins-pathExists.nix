with builtins; [ (pathExists ./lib/answer.nix) (pathExists ./lib/nope) (pathExists ./lib) (pathExists /.) (pathExists "/pwd-surely-not-there") ]
