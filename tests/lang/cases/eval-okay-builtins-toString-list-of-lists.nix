toString [ [ ] [ [ ] ] [ "a" [ "b" ] ] ]
