!false && 1 + 1 == 2
