# Warnings do not stop the evaluation; they are kept in order.
{
  warnings = [
    "watch out"
    "and again"
  ];

  test.expected.warnings = ./warnings-expected.txt;
}
