./lib + "/x"
