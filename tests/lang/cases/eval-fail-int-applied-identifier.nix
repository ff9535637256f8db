let x10 = 1; in 0x10
