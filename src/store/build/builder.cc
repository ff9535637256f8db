#include "store/build/builder.hh"

#include "store/build/derivation_goal.hh"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

struct Node {
    StorePath path;
    std::string full;
    Derivation drv;
    std::set<std::string> dependents; // drv paths waiting for this one
    size_t waiting = 0;               // dependencies not finished
    size_t failed_deps = 0;
    bool top_level = false;
    enum { pending, running, done, failed } state = pending;
};

} // namespace

// The derivations to build and what waits for what.
class BuildPlan {
  public:
    explicit BuildPlan(LocalStore& store) : m_store(store) {}

    // Adds the derivations among `drvs` that have an output that is not
    // valid, with the input derivations they need. A level at a time, so
    // that validity is asked in a few queries per level, not one per path.
    Result<void> add(const std::vector<StorePath>& drvs) {
        std::vector<StorePath> level;
        for (const auto& d : drvs)
            if (m_seen.insert(d).second) level.push_back(d);
        while (!level.empty()) {
            std::vector<std::pair<StorePath, Derivation>> read;
            std::set<StorePath> asked;
            for (const auto& d : level) {
                auto drv = HEARTH_TRY(m_store.read_derivation(d));
                for (const auto& [name, o] : drv.outputs)
                    asked.insert(HEARTH_TRY(m_store.parse(o.path)));
                for (const auto& src : drv.input_srcs) asked.insert(HEARTH_TRY(m_store.parse(src)));
                read.emplace_back(d, std::move(drv));
            }
            auto valid = HEARTH_TRY(m_store.query_valid(asked));
            std::vector<StorePath> next;
            for (auto& [d, drv] : read) {
                bool missing = false;
                for (const auto& [name, o] : drv.outputs)
                    missing |= !valid.count(HEARTH_TRY(m_store.parse(o.path)));
                if (!missing) continue;
                for (const auto& src : drv.input_srcs)
                    if (!valid.count(HEARTH_TRY(m_store.parse(src))))
                        return fail(ErrorKind::not_valid,
                                    "path '" + src +
                                        "' is required, but it is not valid in the store",
                                    src);
                for (const auto& [dep, outputs] : drv.input_drvs) {
                    auto p = HEARTH_TRY(m_store.parse(dep));
                    if (m_seen.insert(p).second) next.push_back(p);
                }
                auto node = std::make_unique<Node>();
                node->path = d;
                node->full = m_store.print(d);
                node->drv = std::move(drv);
                m_nodes[node->full] = std::move(node);
            }
            level = std::move(next);
        }
        // What waits for what, once every node is known.
        for (auto& [full, n] : m_nodes)
            for (const auto& [dep, outputs] : n->drv.input_drvs)
                if (auto it = m_nodes.find(dep); it != m_nodes.end()) {
                    it->second->dependents.insert(full);
                    ++n->waiting;
                }
        return {};
    }

    std::map<std::string, std::unique_ptr<Node>>& nodes() { return m_nodes; }

  private:
    LocalStore& m_store;
    std::map<std::string, std::unique_ptr<Node>> m_nodes;
    std::set<StorePath> m_seen;
};

namespace {

// Runs the graph: a pool of at most max_jobs threads, one build each.
class Scheduler {
  public:
    Scheduler(LocalStore& store, const BuildOptions& options, BuildPlan& graph, BuildDirPool& dirs)
        : m_store(store), m_options(options), m_graph(graph), m_dirs(dirs) {
        // Callbacks come from many threads; serialise them.
        auto lock = std::make_shared<std::mutex>();
        if (options.on_message)
            m_options.on_message = [f = options.on_message, lock](const std::string& m) {
                std::lock_guard g(*lock);
                f(m);
            };
        if (options.on_log_line)
            m_options.on_log_line = [f = options.on_log_line, lock](const std::string& d,
                                                                    std::string_view l) {
                std::lock_guard g(*lock);
                f(d, l);
            };
        if (options.on_error)
            m_options.on_error = [f = options.on_error, lock](const Error& e) {
                std::lock_guard g(*lock);
                f(e);
            };
    }

    // Returns the failures of top-level derivations.
    std::vector<Error> run() {
        for (auto& [path, n] : m_graph.nodes())
            if (n->waiting == 0) m_ready.push_back(n.get());
        std::vector<std::thread> threads;
        std::unique_lock lock(m_mutex);
        while (true) {
            while (m_running < std::max(1, m_options.max_jobs) && !m_ready.empty() && !stopping()) {
                Node* n = m_ready.front();
                m_ready.pop_front();
                n->state = Node::running;
                ++m_running;
                threads.emplace_back([this, n] { build(n); });
            }
            if (m_running == 0 && (m_ready.empty() || stopping())) break;
            m_cv.wait(lock);
        }
        lock.unlock();
        for (auto& t : threads) t.join();
        return std::move(m_top_failures);
    }

    bool timed_out() const { return m_timed_out; }
    bool hash_mismatch() const { return m_hash_mismatch; }

  private:
    bool stopping() const { return m_any_failed && !m_options.keep_going; }

    void build(Node* n) {
        GoalOutcome outcome;
        auto r = build_derivation(m_store, n->path, n->drv, m_options, m_dirs, outcome);
        std::lock_guard g(m_mutex);
        --m_running;
        if (r) {
            finish(n);
        } else {
            m_timed_out |= outcome.timed_out;
            m_hash_mismatch |= r.error().kind == ErrorKind::hash_mismatch;
            failed(n, std::move(r).error());
        }
        m_cv.notify_all();
    }

    void finish(Node* n) {
        n->state = Node::done;
        for (const auto& d : n->dependents) {
            Node* dep = m_graph.nodes().at(d).get();
            if (--dep->waiting == 0 && dep->state == Node::pending) resolve(dep);
        }
    }

    // All of a node's dependencies are done (or one failed and we are not
    // going on): it may run, or it fails because of them.
    void resolve(Node* n) {
        if (n->failed_deps == 0) {
            m_ready.push_back(n);
            return;
        }
        failed(n, Error{ErrorKind::build_failed,
                        std::to_string(n->failed_deps) + " dependencies of derivation '" + n->full +
                            "' failed to build",
                        n->full,
                        {}});
    }

    void failed(Node* n, Error e) {
        n->state = Node::failed;
        m_any_failed = true;
        if (n->top_level)
            m_top_failures.push_back(std::move(e));
        else if (m_options.on_error)
            m_options.on_error(e);
        for (const auto& d : n->dependents) {
            Node* dep = m_graph.nodes().at(d).get();
            ++dep->failed_deps;
            --dep->waiting;
            if (dep->state == Node::pending && (dep->waiting == 0 || !m_options.keep_going))
                resolve(dep);
        }
    }

    LocalStore& m_store;
    BuildOptions m_options;
    BuildPlan& m_graph;
    BuildDirPool& m_dirs;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Node*> m_ready;
    int m_running = 0;
    bool m_any_failed = false, m_timed_out = false, m_hash_mismatch = false;
    std::vector<Error> m_top_failures;
};

} // namespace

Builder::Builder(LocalStore& store, BuildOptions options)
    : m_store(store), m_options(std::move(options)) {}

Builder::~Builder() = default;

Result<std::vector<StorePath>> Builder::plan(const std::vector<StorePath>& drvs) {
    m_plan.reset();
    auto graph = std::make_unique<BuildPlan>(m_store);
    HEARTH_TRY(graph->add(drvs));
    for (const auto& d : drvs)
        if (auto it = graph->nodes().find(m_store.print(d)); it != graph->nodes().end())
            it->second->top_level = true;
    std::vector<StorePath> out;
    for (const auto& [full, n] : graph->nodes()) out.push_back(n->path);
    m_plan = std::move(graph);
    m_plan_drvs = drvs;
    return out;
}

Result<void> Builder::build(const std::vector<StorePath>& drvs) {
    m_exit_status = 0;
    if (!m_plan || m_plan_drvs != drvs) HEARTH_TRY(plan(drvs));
    auto planned = std::move(m_plan);
    BuildPlan& graph = *planned;
    if (graph.nodes().empty()) return {};
    auto dirs = HEARTH_TRY(BuildDirPool::open(m_store));
    Scheduler scheduler(m_store, m_options, graph, *dirs);
    auto failures = scheduler.run();
    bool failed = !failures.empty();
    for (const auto& [full, n] : graph.nodes()) failed |= n->state == Node::failed;
    if (!failed) return {};
    m_exit_status = 100 + (scheduler.timed_out() ? 1 : 0) + (scheduler.hash_mismatch() ? 2 : 0);
    if (failures.size() == 1) return Unexpected{std::move(failures[0])};
    std::string names;
    for (const auto& d : drvs)
        if (graph.nodes().count(m_store.print(d)) &&
            graph.nodes().at(m_store.print(d))->state != Node::done)
            names += (names.empty() ? "'" : ", '") + m_store.print(d) + "'";
    for (const auto& e : failures)
        if (m_options.on_error) m_options.on_error(e);
    return fail(ErrorKind::build_failed, "build of " + names + " failed");
}

} // namespace hearth::store
