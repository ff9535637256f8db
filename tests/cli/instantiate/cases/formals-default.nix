let f = { a ? 1 + 1 }@args: [ a args ]; in f { }
