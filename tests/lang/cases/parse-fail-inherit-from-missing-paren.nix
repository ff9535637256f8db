{ inherit (s a; }
