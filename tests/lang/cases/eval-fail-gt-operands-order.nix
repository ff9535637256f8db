(throw "left") > (throw "right")
