[ (false && throw "x") (true || throw "x") (false -> throw "x") ]
