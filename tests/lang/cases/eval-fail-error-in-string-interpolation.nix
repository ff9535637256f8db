let x = { }; in "value: ${x}"
