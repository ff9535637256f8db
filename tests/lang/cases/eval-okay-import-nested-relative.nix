(import ./lib/nested).inner
