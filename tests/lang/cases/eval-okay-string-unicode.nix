[ "é" "日本" "😀" (builtins.stringLength "é") (builtins.stringLength "😀") ]
