// Reading the REPL's input lines: with GNU readline (line editing, history,
// tab completion) when stdin is a terminal, else plain lines from stdin,
// echoed after the prompt so a piped session reads like a typed one.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth::cli::repl {

// The words that may replace the word before the cursor.
using Completer = std::function<std::vector<std::string>(const std::string& word)>;

class LineReader {
  public:
    virtual ~LineReader() = default;
    // The next line without its newline, or nothing at end of input.
    virtual std::optional<std::string> read(const std::string& prompt) = 0;
    // Whether Ctrl-C dropped input since the last call: the caller then
    // forgets the lines of an unfinished expression too.
    virtual bool take_interrupt() { return false; }
};

// history_file: where readline keeps the history ("" for none).
std::unique_ptr<LineReader> open_line_reader(Completer completer, std::string history_file);

// $XDG_DATA_HOME/hearth/repl-history (default ~/.local/share/...): Hearth's
// own file, since Nix's editline writes its history in another encoding.
std::string default_history_file();

} // namespace hearth::cli::repl
