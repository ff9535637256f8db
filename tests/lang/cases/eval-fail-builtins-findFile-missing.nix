builtins.findFile [ ] "nothing"
