toString [ null null "a" null ]
