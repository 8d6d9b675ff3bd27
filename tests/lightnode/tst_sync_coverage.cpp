// The windows syncs took, and the holes they leave (lightnode/sync_coverage.h): the
// algebra the sync plans its fetches by and status reports from.

#include "lightnode/sync_coverage.h"

#include <QTest>

using namespace pp;
using lightnode::Coverage;
using lightnode::CoverageHole;
using Holes = std::vector<CoverageHole>;
using std::nullopt;

namespace {
constexpr std::uint64_t kEnd = UINT64_MAX;
}

class TestSyncCoverage : public QObject
{
    Q_OBJECT

private slots:
    void aWindowJoinsWhatWasHeld()
    {
        // The first window, then one inside it, one across its end and one beyond it.
        Coverage c = lightnode::withWindow({}, 50, 100, 7);
        QCOMPARE(c, (Coverage{{50, 100, 7}}));
        QCOMPARE(lightnode::withWindow(c, 60, 70, 9),
                 (Coverage{{50, 60, 7}, {60, 70, 9}, {70, 100, 7}}));
        QCOMPARE(lightnode::withWindow(c, 80, 120, 9), (Coverage{{50, 80, 7}, {80, 120, 9}}));
        QCOMPARE(lightnode::withWindow(c, 0, 50, 9), (Coverage{{0, 50, 9}, {50, 100, 7}}));
        QCOMPARE(lightnode::withWindow(c, 200, 300, 9), (Coverage{{50, 100, 7}, {200, 300, 9}}));
        // A window over everything replaces it; windows that meet and agree merge.
        QCOMPARE(lightnode::withWindow(c, 0, kEnd, 9), (Coverage{{0, kEnd, 9}}));
        QCOMPARE(lightnode::withWindow(c, 100, 150, 7), (Coverage{{50, 150, 7}}));
        QCOMPARE(lightnode::withWindow(lightnode::withWindow(c, 0, 50, 7), 100, kEnd, 7),
                 (Coverage{{0, kEnd, 7}}));
        // Across two windows and the gap between them.
        const Coverage two{{10, 20, 3}, {30, 40, 5}};
        QCOMPARE(lightnode::withWindow(two, 15, 35, 6),
                 (Coverage{{10, 15, 3}, {15, 35, 6}, {35, 40, 5}}));
    }

    void holesAreWhatNoSyncTookUpToTheLastRecordHeld()
    {
        // Nothing held: nothing is missing that a sync of the window would not fetch.
        QCOMPARE(lightnode::holesIn({}, 0, kEnd, nullopt), Holes{});
        QCOMPARE(lightnode::holesIn({{50, 100, nullopt}}, 0, kEnd, nullopt), Holes{});
        // The case: a window synced, then a plain sync.
        const Coverage window{{50, 100, 7}};
        QCOMPARE(lightnode::holesIn(window, 0, kEnd, 7),
                 (Holes{{0, 50, nullopt}, {100, kEnd, nullopt}}));
        QCOMPARE(lightnode::holesIn(window, 60, 90, 7), Holes{});
        QCOMPARE(lightnode::holesIn(window, 20, 60, 7), (Holes{{20, 50, nullopt}}));
        // A window synced before later records arrived lacks those after its seq.
        QCOMPARE(lightnode::holesIn({{0, 50, 4}, {50, kEnd, 7}}, 0, kEnd, 7),
                 (Holes{{0, 50, std::uint64_t{4}}}));
        QCOMPARE(lightnode::holesIn({{0, 50, nullopt}, {50, kEnd, 7}}, 0, kEnd, 7),
                 (Holes{{0, 50, nullopt}}));
        // Fully synced: no hole.
        QCOMPARE(lightnode::holesIn({{0, kEnd, 7}}, 0, kEnd, 7), Holes{});
        // Holes that meet and ask the same merge into one fetch.
        QCOMPARE(lightnode::holesIn({{10, 20, nullopt}}, 0, 30, 7), (Holes{{0, 30, nullopt}}));
    }
};

QTEST_GUILESS_MAIN(TestSyncCoverage)
#include "tst_sync_coverage.moc"
