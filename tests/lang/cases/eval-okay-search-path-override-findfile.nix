# <x> is sugar for __findFile __nixPath "x", so a binding in scope takes over.
let __findFile = nixPath: name: "found ${name}"; in [ <foo> <bar/baz.nix> ]
