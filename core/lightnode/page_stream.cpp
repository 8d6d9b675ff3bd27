#include "lightnode/page_stream.h"

#include "records/record.h"

#include <algorithm>
#include <utility>

namespace pp::lightnode {

PageStream::PageStream(net::NodeClient& node, std::vector<Device> devices, Options options)
    : node_(node), devices_(std::move(devices)), options_(options), thread_([this] { run(); })
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
    for (std::size_t d = 0; d < devices_.size(); ++d) {
        std::optional<std::uint64_t> after = devices_[d].after;
        for (bool last = false; !last;) {
            auto page = fetch(d, after);
            if (!page) {
                push(std::move(page).error().within(QT_TRANSLATE_NOOP("Error", "device %1"),
                                                    {toHex(devices_[d].id)}));
                return;
            }
            last = page->last;
            after = page->nextAfter;
            if (!push(std::optional<Page>(std::move(*page))))
                return;
            if (!last && !after) {
                push(Error(ErrorKind::Invalid, "lightnode.page-cursor",
                           QT_TRANSLATE_NOOP("Error",
                                             "the last record of a page of device %1 does not "
                                             "parse, so the next page cannot be asked for"),
                           {toHex(devices_[d].id)}));
                return;
            }
        }
    }
    push(std::optional<Page>());
}

Result<PageStream::Page> PageStream::fetch(std::size_t device,
                                           std::optional<std::uint64_t> after) const
{
    auto served = node_.records(devices_[device].id, options_.fromMs, options_.toMs, after,
                                options_.pageSize);
    if (!served)
        return std::move(served).error();
    Page page{device, {}, served->size() < options_.pageSize, std::nullopt};
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
    if (auto record = records::Record::parse(page.entries.back().record, options_.chainHash))
        page.nextAfter = std::max(after.value_or(0), record->body.seq);
    return page;
}

}  // namespace pp::lightnode
