{ p = ./lib; q = /etc/x; }
