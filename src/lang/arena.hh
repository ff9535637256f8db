// The evaluator's allocator.
//
// Memory decision: an evaluation is a short-lived process (a switch, an
// instantiate, a test), so values live in a bump arena that is freed as a
// whole when the EvalState dies, never piece by piece. Bump allocation is a
// pointer increment, values need no headers, and there is no collector to
// pause for. The cost is that garbage made during one evaluation is only
// reclaimed at its end; values are kept small (24 bytes) to bound that.
// FIXME: a long-running `hearth repl` would benefit from a precise collector.
//
// Objects with non-trivial destructors (AST nodes holding vectors) register
// their destructor, so everything is released when the arena goes away.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <new>
#include <sys/mman.h>
#include <type_traits>
#include <utility>
#include <vector>

namespace hearth::lang {

class Prefaulter; // arena.cc

class Arena {
    friend class Prefaulter;

  public:
    Arena(); // arena.cc
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena(); // arena.cc

    void* alloc(size_t size, size_t align = alignof(std::max_align_t)) {
        size_t p = (m_cur + align - 1) & ~(align - 1);
        if (p + size > m_ready) return alloc_slow(size, align);
        m_cur = p + size;
        return reinterpret_cast<void*>(p);
    }

    template <typename T, typename... Args> T* make(Args&&... args) {
        T* obj = new (alloc(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            m_dtors.push_back({obj, [](void* p) { static_cast<T*>(p)->~T(); }});
        return obj;
    }

    template <typename T> T* array(size_t n) {
        static_assert(std::is_trivially_destructible_v<T>);
        return static_cast<T*>(alloc(sizeof(T) * (n ? n : 1), alignof(T)));
    }

    // Shrinks the last allocation, p of old_size bytes, to new_size; when
    // something was allocated after p, nothing happens.
    void give_back(void* p, size_t old_size, size_t new_size) {
        if (reinterpret_cast<uintptr_t>(p) + old_size == m_cur) m_cur -= old_size - new_size;
    }

    size_t bytes_reserved() const { return m_reserved; }

  private:
    // Chunks start at 1 MiB, so a tiny evaluation touches little memory, and
    // double up to 64 MiB. They come from mmap, already zero, so nothing
    // clears them a second time. Touching fresh memory is most of the
    // evaluator's system time, so it is populated 2 MiB at a time as the
    // bump pointer reaches it (about 10% less system time than a fault per
    // page).
    //
    // Chunks of 4 MiB and more are also asked to be backed by 2 MiB pages
    // (MADV_HUGEPAGE; transparent huge pages are "madvise" on most systems):
    // one huge page costs the kernel far less to hand out and to take back
    // than 512 small ones (allocation-heavy programs spend 30-40% less
    // time). But when free memory is fragmented the kernel compacts it first,
    // synchronously, which once made such programs 3x slower. So the steps'
    // CPU time is measured, and when it exceeds what small pages would have
    // cost (with some slack: a step now and then takes a few ms even when
    // all is well) huge pages are off for the rest of the evaluation. The
    // worst case costs a few steps, not the run.
    static constexpr size_t first_chunk = size_t(1) << 20;
    static constexpr size_t huge_from = size_t(4) << 20;
    // A 2 MiB step takes about 1 ms with small pages, 0.2-0.5 ms with a
    // huge page at hand.
    static constexpr int64_t small_step_ns = 1'000'000, huge_slack_ns = 20'000'000;
    static constexpr size_t max_chunk = size_t(64) << 20;
    // Memory is made ready in steps of this much (see alloc_slow).
    static constexpr size_t step = size_t(2) << 20;
#ifdef MADV_POPULATE_WRITE
    static constexpr int populate_write = MADV_POPULATE_WRITE;
#else
    static constexpr int populate_write = 23; // Linux 5.14
#endif

    void* alloc_slow(size_t size, size_t align) {
        size_t at = (m_cur + align - 1) & ~(align - 1);
        if (m_cur && at + size <= m_end) {
            // Still inside the chunk: make the next stretch ready at once.
            uintptr_t from = m_ready;
            uintptr_t to = std::min<uintptr_t>(m_end, (at + size + step - 1) & ~(step - 1));
            // Once the arena is large (a small evaluation is not worth a
            // thread), the stretch after this one is populated on another
            // core meanwhile (arena.cc), and a stretch it has populated
            // needs nothing here.
            if (m_prefaulter && to < m_end) prefault(to, std::min<uintptr_t>(m_end, to + step));
            if (m_prefaulter && prefaulted(from, to)) {
                // ready
            } else if (m_huge_chunk) {
                // One call faults the stretch in, instead of a trap per
                // page. Older kernels lack it and say EINVAL: then pages
                // fault singly.
                int64_t t0 = cpu_ns();
                madvise(reinterpret_cast<void*>(from), to - from, populate_write);
                m_huge_ns += cpu_ns() - t0;
                if (m_huge_ns > ++m_huge_steps * small_step_ns + huge_slack_ns) {
                    m_huge_ok = m_huge_chunk = false;
                    if (to < m_end)
                        madvise(reinterpret_cast<void*>(to), m_end - to, MADV_NOHUGEPAGE);
                }
            } else {
                madvise(reinterpret_cast<void*>(from), to - from, populate_write);
            }
            m_ready = to;
            m_cur = at + size;
            return reinterpret_cast<void*>(at);
        }
        size_t want = std::max(size + align, m_next_chunk);
        if (m_next_chunk < max_chunk) m_next_chunk *= 2;
        if (want >= huge_from && !m_prefaulter_tried) start_prefaulter();
        // A huge chunk starts on a 2 MiB boundary, so all of it can be huge
        // pages (the slack before it is never touched).
        bool huge = m_huge_ok && want >= huge_from;
        size_t mapped = huge ? want + step : want;
        void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) throw std::bad_alloc();
        m_chunks.push_back({p, mapped});
        m_reserved += want;
        m_cur = reinterpret_cast<uintptr_t>(p);
        if (huge) {
            m_cur = (m_cur + step - 1) & ~(step - 1);
            madvise(reinterpret_cast<void*>(m_cur), want, MADV_HUGEPAGE);
        }
        m_huge_chunk = huge;
        m_end = m_cur + want;
        m_ready = m_cur;
        return alloc_slow(size, align);
    }

    // arena.cc
    void start_prefaulter();
    void prefault(uintptr_t from, uintptr_t to);
    bool prefaulted(uintptr_t from, uintptr_t to) const;

    static int64_t cpu_ns() {
        timespec t;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }

    struct Chunk {
        void* base;
        size_t size;
    };

    struct Dtor {
        void* obj;
        void (*fn)(void*);
    };
    std::vector<Chunk> m_chunks;
    size_t m_next_chunk = first_chunk;
    std::vector<Dtor> m_dtors;
    uintptr_t m_cur = 0, m_end = 0, m_ready = 0;
    bool m_huge_ok = true;                   // until huge pages were found slow
    int64_t m_huge_ns = 0, m_huge_steps = 0; // CPU time of huge steps, and their number
    bool m_huge_chunk = false;               // the current chunk asked for huge pages
    size_t m_reserved = 0;
    std::unique_ptr<Prefaulter> m_prefaulter;
    bool m_prefaulter_tried = false;
};

} // namespace hearth::lang
