// A producer thread that runs ahead of its consumer by at most `capacity` items: `dates` reads
// and decodes the next articles while the caller's thread analyses the current ones, so the
// analysis stays on one thread and the file reads leave its path. Items come out in the order
// they were produced. The consumer takes every waiting item at once, so that the two threads
// meet once per batch, not once per item.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace crisis::cli {

template <class T>
class ReadAhead {
public:
    using Push = std::function<void(T&&)>;

    // Starts produce(push) on a thread of its own; push blocks while `capacity` items wait.
    ReadAhead(std::size_t capacity, std::function<void(const Push&)> produce)
        : capacity_(capacity < 1 ? 1 : capacity), thread_([this, produce = std::move(produce)] { run(produce); }) {}
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;
    ~ReadAhead() {
        {
            std::lock_guard lock(mutex_);
            abandoned_ = true;
        }
        not_full_.notify_all();
        thread_.join();
    }

    // The next item, or nullopt once the producer has returned and every item was taken. An
    // exception the producer threw is thrown here, after the items before it.
    std::optional<T> next() {
        if (taken_.empty()) {
            std::unique_lock lock(mutex_);
            not_empty_.wait(lock, [&] { return !waiting_.empty() || finished_; });
            if (waiting_.empty()) {
                if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
                return std::nullopt;
            }
            std::swap(taken_, waiting_);
            lock.unlock();
            not_full_.notify_one();
        }
        T item = std::move(taken_.front());
        taken_.pop_front();
        return item;
    }

private:
    struct Abandoned {};

    void run(const std::function<void(const Push&)>& produce) {
        try {
            produce([this](T&& item) {
                std::unique_lock lock(mutex_);
                not_full_.wait(lock, [&] { return waiting_.size() < capacity_ || abandoned_; });
                if (abandoned_) throw Abandoned{};  // the consumer is gone (it threw): stop producing
                waiting_.push_back(std::move(item));
                const bool was_empty = waiting_.size() == 1;
                lock.unlock();
                if (was_empty) not_empty_.notify_one();
            });
        } catch (const Abandoned&) {
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
        {
            std::lock_guard lock(mutex_);
            finished_ = true;
        }
        not_empty_.notify_one();
    }

    std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable not_empty_, not_full_;
    std::deque<T> waiting_;  // produced, not yet taken (under mutex_)
    std::deque<T> taken_;    // the consumer's batch (its thread only)
    bool finished_ = false, abandoned_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: started once every member above exists
};

}  // namespace crisis::cli
