with builtins; map (v: [ (isAttrs v) (isBool v) (isFloat v) (isFunction v) (isInt v) (isList v) (isNull v) (isPath v) (isString v) ]) [ { } true 1.0 (x: x) 1 [ ] null ./. "s" ]
