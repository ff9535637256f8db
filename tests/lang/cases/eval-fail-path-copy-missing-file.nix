"${./lib/does-not-exist}"
