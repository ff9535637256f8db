// Shared by the build_*_test.cc files: a store under a temporary root and
// derivations made directly as structs (builder /bin/sh -c SCRIPT), written
// into it as .drv files the way the `derivation` builtin will.
#pragma once

#include "fixture.hh"
#include "store/build/builder.hh"
#include "store/build/sandbox.hh"
#include "util/encoding.hh"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace hearth::test {

// Skips the test, with the reason, when this machine cannot make the
// sandbox's namespaces (CI runs as root, where they always work).
#define HEARTH_REQUIRE_SANDBOX()                                                                   \
    do {                                                                                           \
        if (auto r = ::hearth::store::check_sandbox_support(); !r)                                 \
            GTEST_SKIP() << "no build sandbox here: " << r.error().message;                        \
    } while (0)

class BuildTest : public testing::Test {
  protected:
    void SetUp() override {
        auto s = store::LocalStore::open(store::StoreConfig{m_tmp / "root"});
        ASSERT_TRUE(s.ok()) << s.error().message;
        m_store = std::move(*s);
    }

    store::LocalStore& store() { return *m_store; }
    const TempDir& tmp() const { return m_tmp; }

    // A derivation running `script` with /bin/sh and PATH=/usr/bin:/bin. `deps` become input
    // derivations (their "out") and `${dep}` strings in env; `srcs` input sources.
    store::StorePath make_drv(const std::string& name, const std::string& script,
                              const std::map<std::string, std::string>& env = {},
                              const std::vector<store::StorePath>& deps = {},
                              const std::vector<store::StorePath>& srcs = {},
                              const std::vector<std::string>& outputs = {"out"}) {
        store::Derivation drv;
        drv.name = name;
        drv.platform = "x86_64-linux";
        drv.builder = "/bin/sh";
        drv.args = {"-c", script};
        // The host toolchain, as Hearth's stdenv will set it.
        drv.env["PATH"] = "/usr/bin:/bin";
        for (const auto& [k, v] : env) drv.env[k] = v;
        drv.env["name"] = name;
        drv.env["system"] = drv.platform;
        drv.env["builder"] = drv.builder;
        std::string outs;
        for (const auto& o : outputs) {
            drv.outputs[o] = {};
            outs += (outs.empty() ? "" : " ") + o;
        }
        drv.env["outputs"] = outs;
        for (const auto& d : deps) {
            auto dep = *m_store->read_derivation(d);
            drv.input_drvs[m_store->print(d)] = {"out"};
            drv.env["dep_" + dep.name] = dep.outputs.at("out").path;
        }
        for (const auto& s : srcs) drv.input_srcs.insert(m_store->print(s));
        return finish(drv);
    }

    // A fixed-output derivation: `hash` is "sha256:..." or SRI; `mode` "flat" or "recursive".
    store::StorePath make_fod(const std::string& name, const std::string& script,
                              const std::string& algo, const std::string& hash_text,
                              const std::string& mode = "flat") {
        store::Derivation drv;
        drv.name = name;
        drv.platform = "x86_64-linux";
        drv.builder = "/bin/sh";
        drv.args = {"-c", script};
        drv.env = {{"name", name},
                   {"builder", "/bin/sh"},
                   {"system", "x86_64-linux"},
                   {"PATH", "/usr/bin:/bin"}};
        auto h = util::parse_hash(hash_text, util::parse_hash_algo(algo));
        EXPECT_TRUE(h.ok());
        drv.outputs["out"] = store::fixed_output(
            mode == "flat" ? store::FileIngestion::flat : store::FileIngestion::recursive, *h);
        return finish(drv);
    }

    store::StorePath out_path(const store::StorePath& drv, const std::string& output = "out") {
        auto d = m_store->read_derivation(drv);
        return *m_store->parse(d->outputs.at(output).path);
    }

    std::string read(const store::StorePath& p, const std::string& rel = "") {
        std::ifstream in(m_store->real_path(p) + rel, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    bool valid(const store::StorePath& p) { return *m_store->is_valid(p); }

    // Builds with `options`, collecting log lines and messages.
    store::Result<void> build(const std::vector<store::StorePath>& drvs,
                              store::BuildOptions options = {}) {
        options.on_log_line = [this](const std::string&, std::string_view l) {
            log.emplace_back(l);
        };
        options.on_message = [this](const std::string& m) { messages.push_back(m); };
        options.on_error = [this](const store::Error& e) { errors.push_back(e.message); };
        store::Builder b(*m_store, options);
        auto r = b.build(drvs);
        exit_status = b.exit_status();
        return r;
    }

    std::vector<std::string> log, messages, errors;
    int exit_status = 0;

  private:
    store::StorePath finish(store::Derivation& drv) {
        store::DrvHasher hasher(
            [&](const std::string& p) { return m_store->read_derivation(*m_store->parse(p)); });
        auto expected = store::finalise_derivation(drv, m_store->dir(), hasher);
        EXPECT_TRUE(expected.ok()) << expected.error().message;
        auto written = m_store->write_derivation(drv);
        EXPECT_TRUE(written.ok()) << written.error().message;
        return *written;
    }

    TempDir m_tmp;
    std::unique_ptr<store::LocalStore> m_store;
};

} // namespace hearth::test
