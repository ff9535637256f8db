[ (x: x) ({ a }: a) builtins.map (builtins.add 1) ]
