<definitely-not-there>
