throw "a  \nb\n  \n"
