#pragma once

#include "crypto/hash.h"
#include "net/node_client.h"

#include <QByteArray>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pp::lightnode {

// The record pages of a sync's fetches (a device's records in a time window), one fetch
// after another, on a thread of their own up to two pages ahead of verification (one
// ready, one held to see whether the fetch's last page joins it), so that no core waits
// for the network: not between the pages of a fetch, nor from one fetch to the next. Answers are by
// seq (spec §8), so a page's last record says where the next page starts without waiting for the
// page to be verified; the reader checks, once it is verified, that the page was in that order.
// Nothing here is believed: the pages are as served.
class PageStream
{
public:
    struct Fetch
    {
        QByteArray device;
        std::optional<std::uint64_t> after;  // the seq it starts after
        std::uint64_t fromMs = 0;
        std::uint64_t toMs = 0;
        // The fetch ends at the first page that reaches past this seq (which the reader
        // drops): a hole's records before those already held.
        std::optional<std::uint64_t> upTo;
    };
    struct Page
    {
        std::size_t fetch = 0;            // index into the fetches the stream was given
        std::vector<net::Entry> entries;  // at or below the tip, as served
        bool last = false;                // nothing of this fetch follows
        // Where the next page is asked from, unless last: the seq of the last record. None
        // when that record does not parse; the page then fails verification, and the
        // stream ends after it.
        std::optional<std::uint64_t> nextAfter;
    };
    struct Options
    {
        std::uint64_t tipHeight = 0;
        crypto::HashAlg chainHash = crypto::HashAlg::Sha256;
        // Records asked for a page. A fetch's last page may hold up to half as many more:
        // a short tail joins the page before it (see produce()).
        std::uint64_t pageSize = 0;
    };

    // Starts fetching at once, on `node`, which nothing else may use while the stream lives.
    PageStream(net::NodeClient& node, std::vector<Fetch> fetches, Options options);
    ~PageStream();  // stops fetching; waits for an answer under way
    PageStream(const PageStream&) = delete;
    PageStream& operator=(const PageStream&) = delete;

    // The next page, waiting for it if need be; nullopt after the last fetch's last page,
    // and on any call after the stream ended or failed. A failed fetch is an error naming
    // the device, and ends the stream.
    Result<std::optional<Page>> next();

private:
    void run();
    void produce();  // fetches and pushes every page, an error or the end
    Result<Page> fetch(std::size_t index, std::optional<std::uint64_t> after) const;
    bool push(Result<std::optional<Page>> item);  // false once stopped

    static constexpr std::size_t kAhead = 1;  // a page held ready while the next is fetched
    net::NodeClient& node_;
    const std::vector<Fetch> fetches_;
    const Options options_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Result<std::optional<Page>>> ready_;
    bool stopped_ = false;  // told to stop
    bool ended_ = false;    // nothing more will be pushed
    std::thread thread_;    // last: starts once everything it uses exists
};

}  // namespace pp::lightnode
