[ (./lib + "/answer.nix") (./lib + "answer.nix") (/. + "etc") (/a + "/b/../c") ]
