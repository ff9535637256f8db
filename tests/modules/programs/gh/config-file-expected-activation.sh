if [[ ! -L /home/hm-user/.config/gh/hosts.yml && -f /home/hm-user/.config/gh/hosts.yml ]] \
    && ! grep --quiet '^version:' /home/hm-user/.config/gh/hosts.yml; then
  (
    ghTmp=$(mktemp -d)
    trap 'rm -rf "$ghTmp"' EXIT
    cp /home/hm-user/.config/gh/hosts.yml "$ghTmp/"
    export GH_CONFIG_DIR="$ghTmp"
    run --silence @gh@/bin/gh help
    cp "$ghTmp/hosts.yml" /home/hm-user/.config/gh/hosts.yml
  )
fi
