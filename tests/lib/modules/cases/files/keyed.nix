{ key = "my-key"; l = [ "keyed" ]; }
