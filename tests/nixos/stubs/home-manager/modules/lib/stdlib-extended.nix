# Stand-in for Home Manager's lib extension: adds a marker `hm` set.
lib: lib.extend (self: super: { hm.stub = true; })
