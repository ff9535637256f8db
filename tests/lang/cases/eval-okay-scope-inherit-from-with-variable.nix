with { v = "via with"; }; { inherit v; }
