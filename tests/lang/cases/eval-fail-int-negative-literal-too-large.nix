# The literal is parsed before negation is applied.
-9223372036854775808
