// `home-manager option [--recursive] NAME...`: what nixos-option prints
// for a Home Manager option (share/hearth/home-manager/home-manager/
// option.nix renders it; this file runs the evaluator and prints).
#include "home/manager.hh"

#include <cstdio>

namespace hearth::home {

int hm_option(const ManagerOptions& o, const std::vector<std::string>& names, bool recursive) {
    // No name lists the top of the option tree, as nixos-option does.
    std::vector<std::string> wanted = names.empty() ? std::vector<std::string>{""} : names;
    int status = 0;
    for (size_t i = 0; i < wanted.size(); ++i) {
        auto text = eval_json(o, "<home-manager/home-manager/option.nix>",
                              {"--argstr", "optionPath", wanted[i], "--arg", "recursive",
                               recursive ? "true" : "false"});
        if (!text.ok()) {
            if (!text.error().message.empty())
                std::fprintf(stderr, "%s\n", text.error().message.c_str());
            status = text.error().exit_code;
            continue;
        }
        const std::string* s = text->as_string();
        if (i > 0) std::printf("\n");
        std::printf("%s\n", s ? s->c_str() : text->dump().c_str());
    }
    return status;
}

} // namespace hearth::home
