with builtins; [ (stringLength "") (stringLength "abc") (stringLength "a\nb") (stringLength "ünï") ]
