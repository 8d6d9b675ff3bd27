#include "lightnode/page_stream.h"

#include "records/record.h"

#include <algorithm>
#include <utility>

namespace pp::lightnode {

PageStream::PageStream(net::NodeClient& node, std::vector<Fetch> fetches, Options options)
    : node_(node), fetches_(std::move(fetches)), options_(options), thread_([this] { run(); })
{
}

PageStream::~PageStream()
{
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

Result<std::optional<PageStream::Page>> PageStream::next()
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !ready_.empty() || ended_; });
    if (ready_.empty())
        return std::optional<Page>();
    Result<std::optional<Page>> item = std::move(ready_.front());
    ready_.pop_front();
    lock.unlock();
    changed_.notify_all();
    return item;
}

bool PageStream::push(Result<std::optional<Page>> item)
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return stopped_ || ready_.size() < kAhead; });
    if (stopped_)
        return false;
    ready_.push_back(std::move(item));
    lock.unlock();
    changed_.notify_all();
    return true;
}

void PageStream::run()
{
    produce();
    {
        std::lock_guard lock(mutex_);
        ended_ = true;
    }
    changed_.notify_all();
}

void PageStream::produce()
{
    for (std::size_t d = 0; d < fetches_.size(); ++d) {
        // A fetch's page is held until the page after it is fetched: a last page of at
        // most half a page joins it rather than follow it. Alone, such a page is verified
        // in a few milliseconds, and the cores would then wait for the write of the page
        // before it.
        std::optional<Page> held;
        std::optional<std::uint64_t> after = fetches_[d].after;
        while (true) {
            auto page = fetch(d, after);
            if (!page) {
                if (held && !push(std::move(held)))
                    return;
                push(std::move(page).error().within(QT_TRANSLATE_NOOP("Error", "device %1"),
                                                    {toHex(fetches_[d].device)}));
                return;
            }
            if (held && page->last &&
                held->entries.size() + page->entries.size() <= options_.pageSize * 3 / 2) {
                std::move(page->entries.begin(), page->entries.end(),
                          std::back_inserter(held->entries));
                held->last = true;
            } else {
                if (held && !push(std::move(held)))
                    return;
                held = std::move(*page);
            }
            if (held->last)
                break;
            if (!held->nextAfter) {
                if (push(std::move(held)))
                    push(Error(ErrorKind::Invalid, "lightnode.page-cursor",
                               QT_TRANSLATE_NOOP("Error",
                                                 "the last record of a page of device %1 does not "
                                                 "parse, so the next page cannot be asked for"),
                               {toHex(fetches_[d].device)}));
                return;
            }
            after = held->nextAfter;
        }
        if (!push(std::move(held)))
            return;
    }
    push(std::optional<Page>());
}

Result<PageStream::Page> PageStream::fetch(std::size_t index,
                                           std::optional<std::uint64_t> after) const
{
    const Fetch& f = fetches_[index];
    auto served = node_.records(f.device, f.fromMs, f.toMs, after, options_.pageSize);
    if (!served)
        return std::move(served).error();
    Page page{index, {}, served->size() < options_.pageSize, std::nullopt};
    for (net::Entry& e : *served) {
        if (e.height > options_.tipHeight) {
            page.last = true;  // by seq, so every later one is above the tip too
            break;
        }
        page.entries.push_back(std::move(e));
    }
    if (page.last || page.entries.empty()) {
        page.last = true;
        return page;
    }
    if (auto record = records::Record::parse(page.entries.back().record, options_.chainHash)) {
        page.nextAfter = std::max(after.value_or(0), record->body.seq);
        if (f.upTo && record->body.seq > *f.upTo)
            page.last = true;
    }
    return page;
}

}  // namespace pp::lightnode
