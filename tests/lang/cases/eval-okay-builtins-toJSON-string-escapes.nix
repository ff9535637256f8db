builtins.toJSON "quote\" backslash\\ nl\n tab\t cr\r ctrl\x unicode é"
