{ x }:
{ doubled = x * 2; }
