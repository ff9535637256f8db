builtins.fromJSON ''{"a": 1, "b": [1, 2], "c": {"d": null}}''
