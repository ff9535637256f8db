# Printing a string escapes quotes, backslashes, newlines, tabs, CRs and `${`.
[ "say \"hi\"" "back\\slash" "nl\n" "tab\t" "cr\r" "\${x}" "$x" "$" ]
