[ http://example.org/a?b=c&d=e https://nixos.org/ file:///etc/passwd mailto:someone@example.org ]
