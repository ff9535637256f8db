builtins.sort builtins.lessThan [ "b" "B" "a" "A" "_" "1" "é" "" ]
