(throw "left") <= (throw "right")
