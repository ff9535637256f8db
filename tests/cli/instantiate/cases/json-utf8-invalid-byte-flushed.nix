# A lone continuation byte after 600 bytes: the serialiser has flushed its
# first 500-byte buffer (with escapes counted as written) before it fails.
[ "ok" (builtins.concatStringsSep "" (builtins.genList (_: "a\"é\n") 100) + builtins.substring 1 1 "é" + "rest") ]
