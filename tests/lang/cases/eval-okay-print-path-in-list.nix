[ ./lib /abs ~/h ]
