assert if true then false else true; 1
