let k = true; in { ${k} = 1; }
