# The left operand decides the result type of +.
with builtins; [ (typeOf ("a" + "b")) (typeOf (/a + "b")) (typeOf ("/a" + toString /b)) ]
