{ fmt ? "none" }: "deep sees ${fmt}"
