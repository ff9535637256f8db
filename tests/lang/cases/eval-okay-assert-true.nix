assert true; assert 1 == 1; "passed"
