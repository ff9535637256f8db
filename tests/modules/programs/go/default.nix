{
  go-example-config = ./example-config.nix;
  go-old-options = ./old-options.nix;
  go-suboptions-unset = ./suboptions-unset.nix;
  go-packages-default-gopath = ./packages-default-gopath.nix;
  go-packages-custom-gopath = ./packages-custom-gopath.nix;
  go-packages-invalid-main-gopath = ./packages-invalid-main-gopath.nix;
  go-telemetry = ./telemetry.nix;
}
