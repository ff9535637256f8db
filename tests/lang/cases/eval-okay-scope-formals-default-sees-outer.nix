let z = 100; in ({ a ? z }: a) { }
