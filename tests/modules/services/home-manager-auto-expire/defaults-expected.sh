#!@bash@/bin/bash
echo "Expire old Home Manager generations"
/nix/store/00000000000000000000000000000000-home-manager/bin/home-manager expire-generations '-30 days'
