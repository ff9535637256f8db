assert "abc" == "abd"; 1
