eval "$(@keychain@/bin/keychain --eval --quiet id_rsa)"
