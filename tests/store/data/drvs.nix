let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
  simple = mk { name = "simple"; };
  withArgs = mk { name = "with-args"; args = [ "-c" "echo \"quoted\" \\ back\nnl\ttab\r" ]; FOO = "bar"; };
  multi = mk { name = "multi"; outputs = [ "out" "dev" "lib" ]; };
  fodFlat = mk { name = "fod-flat"; outputHashAlgo = "sha256"; outputHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; };
  fodRec = mk { name = "fod-rec"; outputHashMode = "recursive"; outputHashAlgo = "sha256"; outputHash = "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s"; };
  fodSha1 = mk { name = "fod-sha1"; outputHashMode = "recursive"; outputHash = "sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0="; };
  fodFlatOther = mk { name = "fod-flat"; outputHashAlgo = "sha256"; outputHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; extra = "changes drv, not out"; };
  dep = mk { name = "dep"; inherit simple; lib = "${multi.lib}"; };
  depFod = mk { name = "dep-fod"; src = fodFlat; };
  depFodOther = mk { name = "dep-fod"; src = fodFlatOther; };
  chain = mk { name = "chain"; a = dep; b = depFod; c = "${multi.dev}"; d = builtins.toFile "t.txt" "hello"; };
  multiDep = mk { name = "multi-dep"; outputs = [ "bin" "out" ]; x = multi; };
in { inherit simple withArgs multi fodFlat fodRec fodSha1 fodFlatOther dep depFod depFodOther chain multiDep; }
