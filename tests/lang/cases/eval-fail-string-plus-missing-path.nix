"x" + ./missing-file
