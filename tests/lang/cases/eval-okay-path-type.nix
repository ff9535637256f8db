with builtins; [ (typeOf ./.) (isPath ./.) (isPath "/a") (isString ./.) (typeOf ~/x) ]
