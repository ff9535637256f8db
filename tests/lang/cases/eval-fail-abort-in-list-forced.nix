builtins.elemAt [ 1 (abort "element") ] 1
