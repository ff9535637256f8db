#include "lang/suggest.hh"

#include <algorithm>
#include <utility>

namespace hearth::lang {

int levenshtein_distance(std::string_view a, std::string_view b) {
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = int(j);
    for (size_t i = 0; i < a.size(); ++i) {
        cur[0] = int(i + 1);
        for (size_t j = 0; j < b.size(); ++j) {
            int sub = prev[j] + (a[i] == b[j] ? 0 : 1);
            cur[j + 1] = std::min({prev[j + 1] + 1, cur[j] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string did_you_mean(std::string_view query, const std::vector<std::string>& candidates) {
    std::vector<std::pair<int, std::string>> close;
    for (auto& c : candidates) {
        int d = levenshtein_distance(query, c);
        if (d <= 2) close.push_back({d, c});
    }
    if (close.empty()) return "";
    std::sort(close.begin(), close.end());
    if (close.size() > 5) close.resize(5);
    std::string out = "Did you mean ";
    if (close.size() > 1) out += "one of ";
    for (size_t i = 0; i < close.size(); ++i) {
        if (i) out += i + 1 == close.size() ? " or " : ", ";
        out += close[i].second;
    }
    return out + "?";
}

} // namespace hearth::lang
