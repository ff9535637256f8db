let s = { self = s; v = 7; }; in s.self.self.self.self.v
