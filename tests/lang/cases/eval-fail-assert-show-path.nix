assert ./lib == /x/y; 1
