let x = "bar"; in ~/foo/${x}
