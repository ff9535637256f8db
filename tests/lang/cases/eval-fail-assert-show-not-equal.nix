assert 1 != 1; 1
