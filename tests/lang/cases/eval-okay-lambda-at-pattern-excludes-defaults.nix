# The @-bound set is the argument as passed: defaults are not added to it.
(args@{ a ? 1, b ? 2 }: builtins.attrNames args) { a = 5; }
