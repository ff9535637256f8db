# All four string kinds, escapes (\u, \U as UTF-8), line-ending backslashes,
# the first newline of multi-line strings dropped, quotes before the closer,
# CRLF line ends.
[
  (builtins.fromTOML (builtins.readFile ./lib/strings.toml))
  (builtins.fromTOML (builtins.readFile ./lib/crlf.toml))
]
