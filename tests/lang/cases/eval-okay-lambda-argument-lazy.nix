(x: "unused") (throw "never")
