# with never shadows a lexical binding; builtins true/false/null count as lexical here.
with { true = "x"; }; true
