// The record pages a sync reads ahead (lightnode/page_stream), against a real
// powerproof-node on loopback: pages small enough that each device takes several, so the
// cursor the stream guesses from each page's last record is what carries it along.

#include "lightnode/page_stream.h"
#include "records/record.h"
#include "support/node_process.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using lightnode::PageStream;
using pp::test::NodeProcess;

namespace {

constexpr std::uint64_t kPageSize = 3;

std::vector<std::pair<std::uint64_t, std::uint64_t>> positions(
    const std::vector<net::Entry>& entries)
{
    std::vector<std::pair<std::uint64_t, std::uint64_t>> out;
    for (const net::Entry& e : entries)
        out.emplace_back(e.height, e.index);
    return out;
}

std::uint64_t seqOf(const net::Entry& e)
{
    return records::Record::parse(e.record, crypto::HashAlg::Sha256)->body.seq;
}

std::uint64_t timeOf(const net::Entry& e)
{
    return records::Record::parse(e.record, crypto::HashAlg::Sha256)->body.timeMs;
}

}  // namespace

class TestPageStream : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    NodeProcess node_;
    std::unique_ptr<net::NodeClient> client_;
    std::vector<QByteArray> devices_;
    std::uint64_t tip_ = 0;

    std::unique_ptr<net::NodeClient> connect() const
    {
        net::HttpOptions http;
        http.attempts = 1;
        return std::move(*net::NodeClient::connect(client_->url(), http));
    }

    // Every page the stream yields, in order, until it ends or fails.
    static std::vector<PageStream::Page> drain(PageStream& stream)
    {
        std::vector<PageStream::Page> pages;
        while (true) {
            auto next = stream.next();
            if (!next)
                qFatal("%s", qPrintable(next.error().message()));
            if (!*next)
                return pages;
            pages.push_back(std::move(**next));
        }
    }

private slots:
    void initTestCase()
    {
        const QString dir = tmp_.filePath(QStringLiteral("devnet"));
        NodeProcess::initDevnet(dir, {QStringLiteral("--seed"), QStringLiteral("page-stream")});
        QProcess simulate;
        simulate.start(
            QStringLiteral(POWERPROOF_NODE),
            {QStringLiteral("simulate"), dir, QStringLiteral("--pv"), QStringLiteral("1"),
             QStringLiteral("--batteries"), QStringLiteral("1"), QStringLiteral("--vehicles"),
             QStringLiteral("1"), QStringLiteral("--days"), QStringLiteral("1")});
        QVERIFY(simulate.waitForFinished(120000));
        QCOMPARE(simulate.exitCode(), 0);
        const QString url =
            node_.start(dir, {QStringLiteral("--block-interval-ms"), QStringLiteral("3600000")});
        QVERIFY(!url.isEmpty());
        client_ = std::move(*net::NodeClient::connect(url, {}));
        tip_ = client_->status()->tipHeight;
        const auto registrations = client_->registrations(0);
        QVERIFY(registrations);
        for (const net::Entry& e : *registrations)
            devices_.push_back(
                records::Record::parse(e.record, crypto::HashAlg::Sha256)->body.deviceId);
        QCOMPARE(devices_.size(), std::size_t{3});
    }

    // The pages of each device, put together, are what one large answer holds, in order;
    // each device ends once, and the stream after the last.
    void pagesTileEachDevicesRecords()
    {
        auto node = connect();
        std::vector<PageStream::Fetch> fetches;
        for (const QByteArray& id : devices_)
            fetches.push_back({id, std::nullopt, 0, UINT64_MAX, std::nullopt});
        PageStream stream(*node, fetches, {tip_, crypto::HashAlg::Sha256, kPageSize});
        const std::vector<PageStream::Page> pages = drain(stream);
        const auto after = stream.next();  // ended, it says so again rather than wait
        QVERIFY(after && !*after);

        std::size_t at = 0;
        for (std::size_t d = 0; d < devices_.size(); ++d) {
            const auto whole = client_->records(devices_[d], 0, UINT64_MAX, std::nullopt,
                                                net::NodeClient::kMaxEntries);
            QVERIFY(whole);
            QVERIFY2(whole->size() > 2 * kPageSize, qPrintable(QString::number(whole->size())));
            std::vector<net::Entry> joined;
            for (bool last = false; !last; ++at) {
                QVERIFY(at < pages.size());
                const PageStream::Page& page = pages[at];
                QCOMPARE(page.fetch, d);
                last = page.last;
                if (!last) {
                    QCOMPARE(page.entries.size(), std::size_t{kPageSize});
                    QCOMPARE(*page.nextAfter, seqOf(page.entries.back()));
                }
                joined.insert(joined.end(), page.entries.begin(), page.entries.end());
            }
            QCOMPARE(positions(joined), positions(*whole));
        }
        QCOMPARE(at, pages.size());
    }

    // A device's last page joins the page before it when the two fit in one and a half
    // pages, an empty one included; otherwise it follows as a page of its own. Checked for
    // every page size up to the device's record count.
    void aShortTailJoinsThePageBeforeIt()
    {
        auto node = connect();
        const auto whole = client_->records(devices_[0], 0, UINT64_MAX, std::nullopt,
                                            net::NodeClient::kMaxEntries);
        QVERIFY(whole);
        const std::size_t n = whole->size();
        QVERIFY(n > 6);
        std::size_t joined = 0;
        for (std::size_t size = 2; size <= n; ++size) {
            const std::size_t full = n / size, tail = n % size;
            const bool joins = size + tail <= size * 3 / 2;
            std::vector<std::size_t> expected(joins ? full - 1 : full, size);
            if (joins)
                expected.push_back(size + tail);
            else if (tail > 0)
                expected.push_back(tail);
            joined += joins;

            PageStream stream(*node, {{devices_[0], std::nullopt, 0, UINT64_MAX, std::nullopt}},
                              {tip_, crypto::HashAlg::Sha256, size});
            std::vector<std::size_t> sizes;
            std::vector<net::Entry> all;
            const std::vector<PageStream::Page> pages = drain(stream);
            for (const PageStream::Page& page : pages) {
                QCOMPARE(page.last, &page == &pages.back());
                sizes.push_back(page.entries.size());
                all.insert(all.end(), page.entries.begin(), page.entries.end());
            }
            QCOMPARE(sizes, expected);
            QCOMPARE(positions(all), positions(*whole));
        }
        QVERIFY(joined > 0);  // sizes that divide n at least: the empty last page joins
    }

    // A device's stream starts after the seq its sync stood at, and stops at the tip.
    void startsAfterProgressAndStopsAtTheTip()
    {
        auto node = connect();
        const auto whole = client_->records(devices_[0], 0, UINT64_MAX, std::nullopt,
                                            net::NodeClient::kMaxEntries);
        QVERIFY(whole);
        const net::Entry& middle = whole->at(whole->size() / 2);
        const std::uint64_t tip = middle.height;
        PageStream stream(*node, {{devices_[0], seqOf(whole->at(2)), 0, UINT64_MAX, std::nullopt}},
                          {tip, crypto::HashAlg::Sha256, kPageSize});
        std::vector<net::Entry> joined;
        for (const PageStream::Page& page : drain(stream))
            joined.insert(joined.end(), page.entries.begin(), page.entries.end());
        std::vector<net::Entry> expected;
        for (std::size_t i = 3; i < whole->size() && whole->at(i).height <= tip; ++i)
            expected.push_back(whole->at(i));
        QVERIFY(expected.size() > kPageSize);
        QCOMPARE(positions(joined), positions(expected));
    }

    // A fetch up to a seq (a hole before records already held) ends with the first page
    // that reaches past it, and takes its window only.
    void aFetchUpToASeqEndsWhereItPassesIt()
    {
        auto node = connect();
        const auto whole = client_->records(devices_[0], 0, UINT64_MAX, std::nullopt,
                                            net::NodeClient::kMaxEntries);
        QVERIFY(whole);
        QVERIFY(whole->size() > 4 * kPageSize);
        const std::uint64_t fromMs = timeOf(whole->at(kPageSize / 2));
        const std::uint64_t toMs = timeOf(whole->at(whole->size() - 2));
        const std::uint64_t upTo = seqOf(whole->at(2 * kPageSize + 1));
        PageStream stream(*node, {{devices_[0], std::nullopt, fromMs, toMs, upTo}},
                          {tip_, crypto::HashAlg::Sha256, kPageSize});
        const std::vector<PageStream::Page> pages = drain(stream);
        QVERIFY(!pages.empty());
        QVERIFY(pages.back().last);
        std::uint64_t lastSeq = 0;
        for (const PageStream::Page& page : pages) {
            for (const net::Entry& e : page.entries) {
                QVERIFY(timeOf(e) >= fromMs && timeOf(e) < toMs);
                lastSeq = seqOf(e);
            }
        }
        // Past upTo, but by less than the page that passed it.
        QVERIFY2(lastSeq > upTo, qPrintable(QString::number(lastSeq)));
        QVERIFY(lastSeq <= upTo + 2 * kPageSize);
        QVERIFY(lastSeq < seqOf(whole->at(whole->size() - 3)));
    }

    // A fetch that fails ends the stream with an error that names the device.
    void aFailedFetchNamesTheDevice()
    {
        net::HttpOptions http;
        http.attempts = 1;
        auto nowhere =
            std::move(*net::NodeClient::connect(QStringLiteral("http://127.0.0.1:1"), http));
        PageStream stream(*nowhere, {{devices_[1], std::nullopt, 0, UINT64_MAX, std::nullopt}},
                          {tip_, crypto::HashAlg::Sha256, kPageSize});
        auto next = stream.next();
        QVERIFY(!next);
        QVERIFY2(next.error().message().contains(toHex(devices_[1])),
                 qPrintable(next.error().message()));
    }

    // Dropped half way (a cancelled sync), the stream stops fetching and returns, and the
    // connection it used is free again.
    void droppedHalfWayItStops()
    {
        auto node = connect();
        std::vector<PageStream::Fetch> fetches;
        for (const QByteArray& id : devices_)
            fetches.push_back({id, std::nullopt, 0, UINT64_MAX, std::nullopt});
        auto stream = std::make_unique<PageStream>(
            *node, fetches, PageStream::Options{tip_, crypto::HashAlg::Sha256, 1});
        QVERIFY(stream->next());
        stream.reset();  // would hang, were the fetching thread not told to stop
        QVERIFY(node->status());
    }
};

QTEST_GUILESS_MAIN(TestPageStream)
#include "tst_page_stream.moc"
