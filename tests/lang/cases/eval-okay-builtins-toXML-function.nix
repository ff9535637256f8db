builtins.toXML [ ({ a, b ? 1, ... }@args: a) (x: x) ({ }: 1) ]
