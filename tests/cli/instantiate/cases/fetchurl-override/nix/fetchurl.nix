{ url, ... }: "own ${url}"
