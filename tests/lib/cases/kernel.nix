# lib.kernel: tristate values and version conditions.
{ lib }:
with lib.kernel;
let
  w = whenHelpers "6.1.5";
  cond = v: v.condition;
in
{
  testTristates = {
    expr = [ yes module no unset ];
    expected = [ { tristate = "y"; optional = false; } { tristate = "m"; optional = false; } { tristate = "n"; optional = false; } { tristate = null; optional = false; } ];
  };
  testFreeform = { expr = freeform "64"; expected = { freeform = "64"; optional = false; }; };
  testOption = { expr = [ (option yes) (option (freeform "x")) ]; expected = [ { tristate = "y"; optional = true; } { freeform = "x"; optional = true; } ]; };
  testWhenHelpers = {
    expr = [ (cond (w.whenAtLeast "6.1" yes)) (cond (w.whenAtLeast "6.2" yes)) (cond (w.whenOlder "6.2" yes)) (cond (w.whenOlder "6.1" yes)) (cond (w.whenBetween "6.1" "6.2" yes)) (cond (w.whenBetween "5.0" "6.1.5" yes)) (w.whenOlder "7" no).content ];
    expected = [ true false true false true false no ];
  };
  testWhenHelpersIsMkIf = { expr = (w.whenAtLeast "1" yes)._type; expected = "if"; };
}
