{ xembed-sni-proxy = ./xembed-sni-proxy.nix; }
