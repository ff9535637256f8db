// `hearth store SUBCOMMAND`: inspecting and maintaining the local store.
// Parses arguments only; the work is in src/store.
#include "cli/commands.hh"

#include "store/build/build_log.hh"
#include "store/gc.hh"
#include "store/local_store.hh"
#include "store/nar.hh"
#include "util/encoding.hh"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace hearth::cli {

// cmd_store_profile.cc
int cmd_store_profile(store::LocalStore& s, const std::vector<std::string>& args);

namespace {

using store::LocalStore;
using store::StorePath;

constexpr const char* usage_text =
    "usage: hearth store [--store DIR] COMMAND [ARGS...]\n"
    "  path-info PATH...                   NAR hash, size, deriver and references\n"
    "  query --references|--requisites|--referrers|--deriver PATH...\n"
    "  verify [--check-contents]           check valid paths exist (and match their hash)\n"
    "  add [--flat] [--name NAME] FILE...  copy files into the store, print their paths\n"
    "  delete PATH...                      delete dead paths\n"
    "  gc [--dry-run] [--max-freed N] [--print-roots]\n"
    "  dump PATH                           write the NAR of PATH to stdout\n"
    "  log PATH...                         print the kept build log of a derivation or output\n"
    "  restore PATH                        create PATH from a NAR on stdin\n"
    "  profile PROFILE list|set|switch|rollback|delete ...  a profile's generations\n";

int fail(const store::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.message.c_str());
    for (const auto& line : e.trail) std::fprintf(stderr, "       … %s\n", line.c_str());
    return 1;
}

// A store path, or a path under one (a symlink to it is followed, as
// nix-store does for result links).
store::Result<StorePath> resolve(LocalStore& s, const std::string& arg) {
    std::string p = arg;
    std::error_code ec;
    if (std::filesystem::is_symlink(p, ec)) {
        auto t = std::filesystem::read_symlink(p, ec);
        if (!ec)
            p = t.is_absolute() ? t.string()
                                : (std::filesystem::path(arg).parent_path() / t).string();
    }
    return s.dir().to_store_path(p);
}

store::Result<std::vector<StorePath>> resolve_all(LocalStore& s,
                                                  const std::vector<std::string>& args) {
    std::vector<StorePath> out;
    for (const auto& a : args) {
        auto p = HEARTH_TRY(resolve(s, a));
        if (!HEARTH_TRY(s.is_valid(p)))
            return store::fail(store::ErrorKind::not_valid,
                               "path '" + s.print(p) + "' is not valid");
        out.push_back(p);
    }
    return out;
}

std::string human_size(uint64_t n) {
    return std::to_string(n);
}

int path_info(LocalStore& s, const std::vector<std::string>& args) {
    auto paths = resolve_all(s, args);
    if (!paths) return fail(paths.error());
    for (const auto& p : *paths) {
        auto info = s.query_path_info(p);
        if (!info) return fail(info.error());
        std::printf("%s\n", s.print(p).c_str());
        std::printf("  narHash: %s\n",
                    util::format_hash(info->value().nar_hash, util::HashFormat::sri).c_str());
        std::printf("  narSize: %s\n", human_size(info->value().nar_size).c_str());
        if (!info->value().deriver.empty())
            std::printf("  deriver: %s\n", info->value().deriver.c_str());
        for (const auto& r : info->value().references)
            std::printf("  reference: %s\n", s.print(r).c_str());
    }
    return 0;
}

int query(LocalStore& s, const std::vector<std::string>& args) {
    if (args.empty()) return std::fprintf(stderr, "%s", usage_text), 1;
    std::string mode = args[0];
    auto paths = resolve_all(s, {args.begin() + 1, args.end()});
    if (!paths) return fail(paths.error());
    std::set<StorePath> out;
    std::vector<std::string> derivers;
    for (const auto& p : *paths) {
        store::Result<std::set<StorePath>> r = std::set<StorePath>{};
        if (mode == "--references")
            r = s.query_references(p);
        else if (mode == "--referrers")
            r = s.query_referrers(p);
        else if (mode == "--requisites" || mode == "-R")
            r = s.query_closure({p});
        else if (mode == "--deriver") {
            auto d = s.query_deriver(p);
            if (!d) return fail(d.error());
            derivers.push_back(d->value_or("unknown-deriver"));
            continue;
        } else {
            std::fprintf(stderr, "hearth store query: unknown query '%s'\n%s", mode.c_str(),
                         usage_text);
            return 1;
        }
        if (!r) return fail(r.error());
        out.insert(r->begin(), r->end());
    }
    for (const auto& d : derivers) std::printf("%s\n", d.c_str());
    for (const auto& p : out) std::printf("%s\n", s.print(p).c_str());
    return 0;
}

int verify(LocalStore& s, const std::vector<std::string>& args) {
    bool contents = !args.empty() && args[0] == "--check-contents";
    auto r = s.verify(contents);
    if (!r) return fail(r.error());
    for (const auto& p : r->missing) std::fprintf(stderr, "path '%s' disappeared\n", p.c_str());
    for (const auto& p : r->modified)
        std::fprintf(stderr, "path '%s' was modified! expected hash differs\n", p.c_str());
    return r->missing.empty() && r->modified.empty() ? 0 : 1;
}

int add(LocalStore& s, const std::vector<std::string>& args) {
    auto method = store::FileIngestion::recursive;
    std::string name;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--flat") {
            method = store::FileIngestion::flat;
            continue;
        }
        if (args[i] == "--name" && i + 1 < args.size()) {
            name = args[++i];
            continue;
        }
        std::string base = name.empty() ? std::filesystem::path(args[i]).filename().string() : name;
        auto p = s.add_to_store(std::filesystem::absolute(args[i]).string(), base, method);
        if (!p) return fail(p.error());
        std::printf("%s\n", s.print(*p).c_str());
    }
    return 0;
}

int del(LocalStore& s, const std::vector<std::string>& args) {
    auto paths = resolve_all(s, args);
    if (!paths) return fail(paths.error());
    store::GcOptions opts;
    opts.only = {paths->begin(), paths->end()};
    auto r = store::collect_garbage(s, opts);
    if (!r) return fail(r.error());
    std::fprintf(stderr, "%zu store paths deleted, %s bytes freed\n", r->deleted.size(),
                 human_size(r->bytes_freed).c_str());
    return 0;
}

int gc(LocalStore& s, const std::vector<std::string>& args) {
    store::GcOptions opts;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--dry-run" || args[i] == "--print-dead") {
            opts.dry_run = true;
        } else if (args[i] == "--max-freed" && i + 1 < args.size()) {
            opts.max_freed = std::strtoull(args[++i].c_str(), nullptr, 10);
        } else if (args[i] == "--print-roots") {
            auto roots = store::find_roots(s);
            if (!roots) return fail(roots.error());
            for (const auto& [link, p] : *roots)
                std::printf("%s -> %s\n", link.c_str(), s.print(p).c_str());
            return 0;
        } else {
            std::fprintf(stderr, "hearth store gc: unknown option '%s'\n", args[i].c_str());
            return 1;
        }
    }
    auto r = store::collect_garbage(s, opts);
    if (!r) return fail(r.error());
    for (const auto& p : r->deleted) std::printf("%s\n", s.print(p).c_str());
    std::fprintf(stderr, "%zu store paths %s, %s bytes freed\n", r->deleted.size(),
                 opts.dry_run ? "would be deleted" : "deleted", human_size(r->bytes_freed).c_str());
    return 0;
}

// nix-store --read-log: the log of each path, or an error for the first
// that has none.
int log(LocalStore& s, const std::vector<std::string>& args) {
    if (args.empty()) return std::fprintf(stderr, "%s", usage_text), 1;
    for (const auto& a : args) {
        auto p = resolve(s, a);
        if (!p) return fail(p.error());
        auto text = store::read_build_log(s, *p);
        if (!text) return fail(text.error());
        if (!*text)
            return fail({store::ErrorKind::not_valid,
                         "build log of '" + s.print(*p) + "' is not available",
                         s.print(*p),
                         {}});
        std::fwrite((*text)->data(), 1, (*text)->size(), stdout);
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int dump(const std::vector<std::string>& args, LocalStore* s) {
    if (args.size() != 1) return std::fprintf(stderr, "%s", usage_text), 1;
    std::string path = args[0];
    // A logical store path under a store root is read from where it really is.
    if (s)
        if (auto p = s->dir().parse(path); p && !std::filesystem::exists(path))
            path = s->real_path(*p);
    auto r = store::dump_path(
        path, [](std::string_view d) { std::fwrite(d.data(), 1, d.size(), stdout); });
    if (!r) return fail(r.error());
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int restore(const std::vector<std::string>& args) {
    if (args.size() != 1) return std::fprintf(stderr, "%s", usage_text), 1;
    auto r = store::restore_path(args[0], std::cin);
    return r ? 0 : fail(r.error());
}

} // namespace

int cmd_store(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string store_option;
    while (!args.empty() && args[0] == "--store" && args.size() > 1) {
        store_option = args[1];
        args.erase(args.begin(), args.begin() + 2);
    }
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        std::fprintf(args.empty() ? stderr : stdout, "%s", usage_text);
        return args.empty() ? 1 : 0;
    }
    std::string cmd = args[0];
    args.erase(args.begin());
    if (cmd == "restore") return restore(args);
    auto s = LocalStore::open(store::StoreConfig::from_environment(store_option));
    if (!s) return fail(s.error());
    LocalStore& st = **s;
    if (cmd == "path-info") return path_info(st, args);
    if (cmd == "query" || cmd == "-q") return query(st, args);
    if (cmd == "verify") return verify(st, args);
    if (cmd == "add") return add(st, args);
    if (cmd == "delete") return del(st, args);
    if (cmd == "gc") return gc(st, args);
    if (cmd == "dump") return dump(args, &st);
    if (cmd == "log" || cmd == "read-log") return log(st, args);
    if (cmd == "profile") return cmd_store_profile(st, args);
    std::fprintf(stderr, "hearth store: unknown command '%s'\n%s", cmd.c_str(), usage_text);
    return 1;
}

} // namespace hearth::cli
