let n = "answer"; in [ ./lib/${n}.nix ./lib/${"dir"} /abs/${n} ]
