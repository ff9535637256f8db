{ fromDefault = true; value = import ../answer.nix; }
