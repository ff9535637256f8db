# Integers in four bases with underscores, signed zero, floats with
# exponents, inf and nan, the largest integer.
builtins.fromTOML ''
  i1 = -0
  i2 = +99
  i3 = 1_000_000
  h = 0xDEAD_beef
  o = 0o755
  b = 0b1101_0110
  max = 9223372036854775807
  min = -9223372036854775808
  f1 = 3e2
  f2 = -1.5E-3
  f3 = 1_0.0_1
  f4 = -inf
  f5 = +inf
  f6 = 0.0
  f7 = 6.626e-34
  n = nan
  bt = true
  bf = false
''
