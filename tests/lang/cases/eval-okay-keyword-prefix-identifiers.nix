let iff = 1; letter = 2; inner = 3; within = 4; thenx = 5; in iff + letter + inner + within + thenx
