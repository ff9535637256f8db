"tab:\t bell:\a esc-looking:\e"
