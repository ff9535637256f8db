toString { outPath = "/x/y"; }
