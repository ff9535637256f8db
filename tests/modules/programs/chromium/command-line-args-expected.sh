rm "$out/bin/chromium"
cat > "$out/bin/chromium" <<'EOF'
#!@bash@/bin/bash
exec @chromium@/bin/chromium '--enable-logging=stderr' '--ozone-platform-hint=auto' "$@"
EOF
chmod +x "$out/bin/chromium"
