assert null == 1; 1
