[ 1 "a" 1.5 true null [ ] { } ./lib ]
