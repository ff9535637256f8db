{
  newsboat-basics = ./basics.nix;
  newsboat-basics-2003 = ./basics-2003.nix;
  newsboat-basics-2105 = ./basics-2105.nix;
  newsboat-auto-fetch = ./auto-fetch.nix;
}
