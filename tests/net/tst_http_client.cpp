// core/net against a real powerproof-node over loopback: answers in order from a batch,
// byte caps, which failures are retried (transport, 5xx) and which are final (4xx, too
// large), and the decoded §8 answers of NodeClient; then entries answers that are not
// what §8 says, each refused with the entry and what is wrong.

#include "cbor/writer.h"
#include "net/http_client.h"
#include "net/node_client.h"
#include "support/node_process.h"
#include "support/raw_http_server.h"
#include "support/test_data.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using pp::test::NodeProcess;

class TestHttpClient : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    NodeProcess node_;
    QString url_;
    QString chainId_;

private slots:
    void initTestCase()
    {
        const QString dir = tmp_.filePath(QStringLiteral("devnet"));
        chainId_ = NodeProcess::initDevnet(dir);
        url_ = node_.start(dir, {QStringLiteral("--block-interval-ms"), QStringLiteral("50")});
        QVERIFY(!url_.isEmpty());
        auto node = *net::NodeClient::connect(url_, {});
        QTRY_VERIFY_WITH_TIMEOUT(node->status().ok() && node->status()->tipHeight >= 5, 20000);
    }

    void batchAnswersComeInOrder()
    {
        auto http = *net::HttpClient::create(url_);
        std::vector<net::Request> requests;
        for (int h = 0; h < 5; ++h)
            requests.push_back({QStringLiteral("/v1/headers?from=%1&count=1").arg(h), 214});
        const auto answers = http->getAll(requests);
        QCOMPARE(answers.size(), requests.size());
        for (std::size_t h = 0; h < answers.size(); ++h) {
            QVERIFY(answers[h].ok());
            QCOMPARE(answers[h]->size(), 214);
            QCOMPARE(chain::Header::decode(*answers[h])->height, h);
        }
    }

    void anAnswerBeyondItsCapIsRefused()
    {
        auto http = *net::HttpClient::create(url_);
        const auto r = http->get({QStringLiteral("/v1/headers?from=0&count=3"), qint64{2} * 214});
        QVERIFY(!r.ok());
        QCOMPARE(QByteArray(r.error().code()), QByteArray("net.too-large"));
        QCOMPARE(r.error().kind(), ErrorKind::Invalid);
    }

    void clientErrorsAreFinalTransportErrorsAreRetried()
    {
        net::HttpOptions o;
        o.attempts = 3;
        o.backoffMs = 100;
        auto http = *net::HttpClient::create(url_, o);
        QElapsedTimer t;
        t.start();
        const auto bad = http->get({QStringLiteral("/v1/headers?from=x&count=1"), 1000});
        QCOMPARE(QByteArray(bad.error().code()), QByteArray("net.http-status"));
        QVERIFY(bad.error().message().contains(u"400"));
        QVERIFY(t.elapsed() < 100);  // no backoff: a 400 is not retried

        auto nowhere = *net::HttpClient::create(QStringLiteral("http://127.0.0.1:1"), o);
        t.restart();
        const auto refused = nowhere->get({QStringLiteral("/v1/status"), 1000});
        QCOMPARE(QByteArray(refused.error().code()), QByteArray("net.unreachable"));
        QVERIFY(net::HttpClient::isTransport(refused.error()));
        QVERIFY2(refused.error().message().contains(u"after 3 attempts"),
                 qPrintable(refused.error().message()));
        QVERIFY(t.elapsed() >= 150);  // two backoffs of at least 50 and 100 ms
    }

    // A node that closes the connection in the middle of its headers has not answered:
    // libcurl would call it an empty 200. It is retried, then reported as such (issue 26).
    void anAnswerCutInItsHeadersIsRetriedThenAnError()
    {
        const test::RawHttpServer cut(
            "HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nContent-Le");
        net::HttpOptions options;
        options.attempts = 3;
        options.backoffMs = 10;
        auto client = net::HttpClient::create(cut.url(), options);
        QVERIFY(client);
        auto answer = (*client)->get({QStringLiteral("/v1/status"), 1024});
        QVERIFY(!answer);
        QVERIFY2(answer.error().message().contains(u"before the answer's headers ended"),
                 qPrintable(answer.error().message()));
        QVERIFY2(answer.error().message().contains(u"after 3 attempts"),
                 qPrintable(answer.error().message()));
        QCOMPARE(cut.connections(), 3);
    }

    void cancelStopsARequest()
    {
        std::atomic<bool> cancel{true};
        auto http = *net::HttpClient::create(url_);
        http->setCancelFlag(&cancel);
        const auto r = http->get({QStringLiteral("/v1/status"), 1000});
        QCOMPARE(QByteArray(r.error().code()), QByteArray("net.cancelled"));
    }

    void nodeClientDecodesTheApi()
    {
        auto node = *net::NodeClient::connect(url_, {});
        const auto status = node->status();
        QVERIFY(status.ok());
        QCOMPARE(toHex(status->chainId), chainId_);
        QVERIFY(status->tipHeight >= 1);
        const auto ranges = node->headerRanges({{0, 2}, {1, 1}});
        QCOMPARE(ranges[0]->headers.size(), std::size_t{2});
        QCOMPARE(ranges[1]->headers.front(), ranges[0]->headers.back());
        QVERIFY(node->commit(1).ok());
        QVERIFY(node->historyInclusion(0, 1).ok());
        QVERIFY(node->validatorChanges(0)->empty());
        QVERIFY(node->registrations(0)->empty());
        QCOMPARE(QByteArray(net::NodeClient::connect(QStringLiteral("ftp://x"), {}).error().code()),
                 QByteArray("net.url"));
    }

    void entriesAnswersAreReadStrictly()
    {
        const QString what = QStringLiteral("/v1/records");
        const QByteArray record = "a record";
        // `entries` entries [7, i, record, proof], the last `twist`ed; an entry's proof
        // holds two hashes, the second of `lastHash` bytes.
        enum class Twist { None, ThreeFields, TextHeight, TextRecord, ShortHash };
        const auto answer = [&](int entries, Twist twist) {
            cbor::Writer w;
            w.beginArray(entries);
            for (int i = 0; i < entries; ++i) {
                const Twist t = i + 1 == entries ? twist : Twist::None;
                w.beginArray(t == Twist::ThreeFields ? 3 : 4);
                if (t == Twist::TextHeight)
                    w.text("7");
                else
                    w.unsignedInt(7);
                w.unsignedInt(static_cast<std::uint64_t>(i));
                if (t == Twist::TextRecord)
                    w.text(record);
                else
                    w.bytes(record);
                if (t == Twist::ThreeFields)
                    continue;
                w.beginArray(2);
                w.bytes(QByteArray(32, 'a'));
                w.bytes(QByteArray(t == Twist::ShortHash ? 31 : 32, static_cast<char>('b' + i)));
            }
            return std::move(w).data();
        };

        const auto good = net::decodeEntries(answer(3, Twist::None), what);
        QVERIFY(good.ok());
        QCOMPARE(good->size(), std::size_t{3});
        for (std::uint64_t i = 0; i < 3; ++i) {
            const net::Entry& e = (*good)[i];
            QCOMPARE(e.height, std::uint64_t{7});
            QCOMPARE(e.index, i);
            QCOMPARE(e.record, record);
            QCOMPARE(e.proof.size(), std::size_t{2});
            QCOMPARE(e.proof[1], *digestFromBytes(QByteArray(32, static_cast<char>('b' + i))));
        }
        QVERIFY(net::decodeEntries(pp::test::hex("80"), what)->empty());

        const auto refusal = [&](const QByteArray& body) {
            const auto r = net::decodeEntries(body, what);
            return r.ok() ? QString()
                          : QString::fromLatin1(r.error().code()) + u' ' + r.error().message();
        };
        const QString notEntry = QStringLiteral("entry 2 is not [height, index, record, proof]");
        QVERIFY(refusal(answer(3, Twist::ThreeFields)).contains(notEntry));
        QVERIFY(refusal(answer(3, Twist::TextHeight)).contains(notEntry));
        QVERIFY(refusal(answer(3, Twist::TextRecord)).contains(notEntry));
        const QString shortHash = refusal(answer(3, Twist::ShortHash));
        QVERIFY2(shortHash.startsWith(u"merkle.proof-form") &&
                     shortHash.contains(u"entry 2 of /v1/records") &&
                     shortHash.contains(u"proof element 1 is not a 32-byte hash"),
                 qPrintable(shortHash));
        QVERIFY(refusal(pp::test::hex("a0")).contains(u"not an array of entries"));

        const QByteArray whole = answer(3, Twist::None);
        const QString cut = refusal(whole.left(whole.size() - 5));
        QVERIFY2(cut.startsWith(u"cbor.truncated") && cut.contains(u"/v1/records"),
                 qPrintable(cut));
        const QString trailing = refusal(whole + '\0');
        QVERIFY2(trailing.startsWith(u"cbor.trailing-bytes") &&
                     trailing.contains(QString::number(whole.size())),
                 qPrintable(trailing));
        // A count far beyond the bytes that follow is refused, not reserved for.
        QVERIFY(refusal(pp::test::hex("9affffffff")).startsWith(u"cbor.truncated"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
