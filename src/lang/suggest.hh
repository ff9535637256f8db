// "Did you mean ...?" hints for misspelt names, as Nix gives them: the
// closest candidates within edit distance 2, at most five.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

int levenshtein_distance(std::string_view a, std::string_view b);
// "Did you mean a?" or "Did you mean one of a, b or c?", or "" if none is close.
std::string did_you_mean(std::string_view query, const std::vector<std::string>& candidates);

} // namespace hearth::lang
