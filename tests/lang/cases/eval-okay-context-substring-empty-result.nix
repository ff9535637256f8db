# Even an empty substring keeps the context.
builtins.hasContext (builtins.substring 0 0 "${./lib/answer.nix}")
