#include "lang/run.hh"

#include "lang/error_format.hh"
#include "lang/state.hh"

#include <pthread.h>

namespace hearth::lang {

namespace {

// 1 GiB of address space; only the pages touched are ever backed by memory.
constexpr size_t eval_stack_size = size_t(1) << 30;

struct Job {
    EvalState* st;
    const std::function<void()>* fn;
    bool show_trace;
    std::string_view program;
    std::optional<std::string> error;
};

// EvalState::stack_floor: the walks that check it may take the stack down
// to 128 MiB below its top (twice all of Nix's stack, and 10000 nested calls
// take some 60 MiB here), so that a cyclic value ends them in about a second
// and that much memory; a sixteenth of a smaller stack is kept free.
const char* stack_floor() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
    void* low = nullptr;
    size_t size = 0;
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
#if defined(__SANITIZE_ADDRESS__)
    // ASan cannot clean up after an exception thrown from deeper than 64 MiB
    // (it skips the unpoisoning and then reports its own stack as
    // overflowing), and its frames are larger: sanitized builds stop sooner.
    constexpr size_t walk_stack = size_t(32) << 20;
#else
    constexpr size_t walk_stack = size_t(128) << 20;
#endif
    size_t below = size > walk_stack + size / 16 ? size - walk_stack : size / 16;
    return static_cast<const char*>(low) + below;
}

void* run_job(void* p) {
    auto* job = static_cast<Job*>(p);
    const char* saved_floor = job->st->stack_floor;
    job->st->stack_floor = stack_floor();
    try {
        (*job->fn)();
    } catch (EvalError& e) {
        job->error = format_error(*job->st, e, job->show_trace);
        if (e.kind == ErrorKind::Usage && !job->program.empty())
            *job->error += "Try '" + std::string(job->program) + " --help' for more information.\n";
    } catch (std::bad_alloc&) {
        job->error = "error: out of memory\n";
    } catch (std::exception& e) {
        job->error = std::string("error: ") + e.what() + "\n";
    }
    job->st->stack_floor = saved_floor;
    return nullptr;
}

} // namespace

std::optional<std::string> run_guarded(EvalState& st, const std::function<void()>& fn,
                                       bool show_trace, std::string_view program) {
    Job job{&st, &fn, show_trace, program, {}};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, eval_stack_size);
    pthread_t t;
    if (pthread_create(&t, &attr, run_job, &job) != 0) {
        pthread_attr_destroy(&attr);
        run_job(&job); // no thread: run on this stack
        return job.error;
    }
    pthread_attr_destroy(&attr);
    pthread_join(t, nullptr);
    return job.error;
}

} // namespace hearth::lang
