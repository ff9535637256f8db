"abc".length
