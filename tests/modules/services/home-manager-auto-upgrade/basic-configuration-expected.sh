#!@bash@/bin/bash
set -o errexit
set -o nounset
set -o pipefail

export PATH="/nix/store/00000000000000000000000000000000-home-manager/bin:@nix@/bin:$PATH"

echo "Update Nix channels"
nix-channel --update


echo "Upgrade Home Manager"
home-manager switch -b 'hm backup'

