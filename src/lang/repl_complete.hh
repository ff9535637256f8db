// Tab completion for the REPL: the names in scope that start with a word,
// or, for a word with a dot (`pkgs.he`), the attributes of the set before
// the last dot that start with what follows it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

class EvalState;
class ReplScope;

// Whole words that may replace `word`, sorted. Evaluating the part before
// the dot may fail: then there is nothing to offer.
std::vector<std::string> repl_completions(EvalState& st, ReplScope& scope, std::string_view word);

} // namespace hearth::lang
