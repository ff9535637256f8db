{ a = 1; }.b or
