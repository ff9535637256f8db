clear-console
