let myFunction = { required }: required; in myFunction { }
