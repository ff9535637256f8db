# Home Manager's editorconfig-simple-config: root=true first, sections and
# keys sorted, booleans and numbers as words, a blank line at the end.
{
  editorconfig = {
    enable = true;
    settings = {
      "*" = {
        charset = "utf-8";
        end_of_line = "lf";
        trim_trailing_whitespace = true;
        insert_final_newline = true;
        max_line_width = 78;
        indent_style = "space";
      };
      "*.md" = {
        indent_size = "unset";
        trim_trailing_whitespace = false;
      };
    };
  };

  test.expected."home-files/.editorconfig" = ./editorconfig-expected.ini;
}
