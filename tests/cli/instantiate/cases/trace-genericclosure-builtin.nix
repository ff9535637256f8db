builtins.genericClosure {
  startSet = [ { key = 1; } ];
  operator = builtins.add 1;
}
