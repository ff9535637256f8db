wrapProgram $out/bin/carapace --set CARAPACE_EXCLUDES wt --set CARAPACE_MATCH 1
