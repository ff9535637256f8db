{
  a = 1;
  b = missingVariable;
}
