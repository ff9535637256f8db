# Assertions with readable messages, for use as `assert assertMsg ...;`.
{ lib }:
let
  show = lib.generators.toPretty { };
in
{
  /** True if the predicate holds; throws the message otherwise.
      Type: bool -> string -> bool.  Example: `assertMsg (1 == 1) "no"` => `true` */
  assertMsg = pred: msg: pred || builtins.throw msg;

  /** Assert that a value is one of the allowed ones, naming the option.
      Type: string -> a -> [a] -> bool.
      Example: `assertOneOf "foo" "bar" [ "baz" ]` throws
      "foo must be one of [\n  \"baz\"\n], but is: \"bar\"" */
  assertOneOf = name: val: xs:
    lib.asserts.assertMsg (builtins.elem val xs) "${name} must be one of ${show xs}, but is: ${show val}";

  /** Assert that every value of a list is one of the allowed ones.
      Type: string -> [a] -> [a] -> bool.
      Example: `assertEachOneOf "foo" [ "a" ] [ "a" "b" ]` => `true` */
  assertEachOneOf = name: vals: xs:
    lib.asserts.assertMsg (builtins.all (val: builtins.elem val xs) vals)
      "each element in ${name} must be one of ${show xs}, but is: ${show vals}";
}
