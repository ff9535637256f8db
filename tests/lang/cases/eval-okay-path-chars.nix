[ ./a-b_c.d+e /x/y.z-1 ./A.B/C_ ]
