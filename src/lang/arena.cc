// The arena's teardown, and its prefaulter: a thread that makes the next
// stretch of the arena ready (MADV_POPULATE_WRITE) while the evaluator is
// still using the current one. Handing out fresh pages is kernel work
// (clearing them, charging them, mapping them), about a fifth of an
// allocation-heavy evaluation when no huge page is at hand; on another core
// it overlaps with evaluation instead of adding to it. It populates only
// the arena's own next step (2 MiB), so peak memory grows by that at most.
#include "lang/arena.hh"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace hearth::lang {

class Prefaulter {
  public:
    Prefaulter() : m_thread([this] { run(); }) {}
    ~Prefaulter() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void request(uintptr_t from, uintptr_t to) {
        {
            std::lock_guard lock(m_mutex);
            m_want_from = from, m_want_to = to;
        }
        m_wake.notify_one();
    }

    bool covered(uintptr_t from, uintptr_t to) {
        std::lock_guard lock(m_mutex);
        return m_done_from <= from && to <= m_done_to;
    }

  private:
    void run() {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return m_stop || m_want_to > m_want_from; });
            if (m_stop) return;
            uintptr_t from = m_want_from, to = m_want_to;
            m_want_from = m_want_to = 0;
            lock.unlock();
            // The chunks stay mapped until the arena's destructor, which
            // joins this thread first, so the range is always valid.
            madvise(reinterpret_cast<void*>(from), to - from, Arena::populate_write);
            lock.lock();
            m_done_from = from, m_done_to = to;
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    uintptr_t m_want_from = 0, m_want_to = 0, m_done_from = 0, m_done_to = 0;
    bool m_stop = false;
    std::thread m_thread; // last: it starts once the rest is ready
};

Arena::Arena() = default;

Arena::~Arena() {
    m_prefaulter.reset(); // stops populating before the chunks go
    for (auto it = m_dtors.rbegin(); it != m_dtors.rend(); ++it) it->fn(it->obj);
    for (auto& c : m_chunks) munmap(c.base, c.size);
}

void Arena::start_prefaulter() {
    m_prefaulter_tried = true;
    try {
        m_prefaulter = std::make_unique<Prefaulter>();
    } catch (const std::system_error&) {
        // No thread to be had: the arena populates on its own, as before.
    }
}

void Arena::prefault(uintptr_t from, uintptr_t to) {
    m_prefaulter->request(from, to);
}

// Only called with a prefaulter (see alloc_slow).
bool Arena::prefaulted(uintptr_t from, uintptr_t to) const {
    return m_prefaulter->covered(from, to);
}

} // namespace hearth::lang
