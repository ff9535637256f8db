map builtins.stringLength [ "\n" "\t" "\r" "\\" "\"" "\$" "\q" "" ]
