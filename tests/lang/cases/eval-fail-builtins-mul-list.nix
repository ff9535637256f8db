builtins.mul [ ] 1
