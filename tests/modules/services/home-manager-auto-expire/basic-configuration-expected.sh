#!@bash@/bin/bash
echo "Expire old Home Manager generations"
/nix/store/00000000000000000000000000000000-home-manager/bin/home-manager expire-generations '-7 days'
echo "Clean-up Nix store"
@nix@/bin/nix-collect-garbage 
