with builtins; [ (hasContext "plain") (hasContext "") (hasContext (toString 1)) ]
