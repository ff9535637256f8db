let inherit (s) x; s = { x = "from s"; }; in x
