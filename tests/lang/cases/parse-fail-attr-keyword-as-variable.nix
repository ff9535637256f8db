{ a = then; }
