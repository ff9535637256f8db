let fibs = builtins.genList (i: if i < 2 then i else builtins.elemAt fibs (i - 1) + builtins.elemAt fibs (i - 2)) 60; in builtins.elemAt fibs 59
