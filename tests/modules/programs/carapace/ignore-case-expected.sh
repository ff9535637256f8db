wrapProgram $out/bin/carapace --set CARAPACE_MATCH 1
