assert 1 < 2; assert "a" != "b"; { ok = true; }
