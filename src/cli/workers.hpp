// A bounded pool of worker threads that maps inputs to outputs and hands the outputs back in
// input order, on the caller's thread (so output is the same for every number of threads).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace crisis::cli {

template <class In, class Out>
class OrderedWorkers {
public:
    using Work = std::function<Out(In&)>;
    using Sink = std::function<void(Out&&)>;

    // `threads` == 1 runs everything on the caller's thread. At most `capacity` inputs are in
    // flight (queued, being worked on, or finished but not yet handed to the sink).
    OrderedWorkers(unsigned threads, Work work, Sink sink, std::size_t capacity)
        : work_(std::move(work)), sink_(std::move(sink)), capacity_(capacity < 1 ? 1 : capacity) {
        if (threads > 1)
            for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { loop(); });
    }
    OrderedWorkers(const OrderedWorkers&) = delete;
    OrderedWorkers& operator=(const OrderedWorkers&) = delete;
    ~OrderedWorkers() { finish(); }

    // Queues one input; blocks while `capacity` inputs are in flight; hands finished outputs to
    // the sink in input order.
    void push(In item) {
        if (threads_.empty()) {
            sink_(work_(item));
            return;
        }
        std::unique_lock lock(mutex_);
        drain(lock);
        while (in_flight_ >= capacity_) {
            changed_.wait(lock, [&] { return ready_locked(); });
            drain(lock);
        }
        queue_.emplace_back(next_in_++, std::move(item));
        ++in_flight_;
        changed_.notify_all();
    }

    // Waits for every queued input and hands the rest of the outputs to the sink.
    void finish() {
        if (threads_.empty()) return;
        {
            std::unique_lock lock(mutex_);
            while (in_flight_ > 0) {
                changed_.wait(lock, [&] { return ready_locked(); });
                drain(lock);
            }
            stopping_ = true;
            changed_.notify_all();
        }
        for (auto& t : threads_) t.join();
        threads_.clear();
    }

private:
    bool ready_locked() const { return done_.count(next_out_) > 0; }

    // Hands every output that is next in order to the sink, without holding the lock meanwhile.
    void drain(std::unique_lock<std::mutex>& lock) {
        while (ready_locked()) {
            auto node = done_.extract(next_out_++);
            lock.unlock();
            sink_(std::move(node.mapped()));
            lock.lock();
            --in_flight_;
            changed_.notify_all();
        }
    }

    void loop() {
        for (;;) {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;
            auto [seq, item] = std::move(queue_.front());
            queue_.pop_front();
            lock.unlock();
            Out out = work_(item);
            lock.lock();
            done_.emplace(seq, std::move(out));
            changed_.notify_all();
        }
    }

    Work work_;
    Sink sink_;
    std::size_t capacity_;
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::pair<std::size_t, In>> queue_;
    std::map<std::size_t, Out> done_;
    std::size_t next_in_ = 0;
    std::size_t next_out_ = 0;
    std::size_t in_flight_ = 0;
    bool stopping_ = false;
};

}  // namespace crisis::cli
