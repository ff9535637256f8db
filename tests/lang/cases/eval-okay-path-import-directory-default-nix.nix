import ./lib/nested
