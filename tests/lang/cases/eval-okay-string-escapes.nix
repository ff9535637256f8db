[ "\n" "\t" "\r" "\\" "\"" "\$" "\a\b\z" "tab\there" ]
