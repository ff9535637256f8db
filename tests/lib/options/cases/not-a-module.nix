# A value that is no module: `hearth options` says what it expected.
42
