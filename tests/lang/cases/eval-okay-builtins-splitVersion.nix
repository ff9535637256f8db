with builtins; [ (splitVersion "1.2.3") (splitVersion "2.3pre1") (splitVersion "1.0-beta_2") (splitVersion "") (splitVersion "abc") ]
