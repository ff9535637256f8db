builtins.concatLists [ [ 1 ] 2 ]
