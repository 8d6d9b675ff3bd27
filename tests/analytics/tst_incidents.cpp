// Findings grouped into incidents (analytics/incidents.h): by device, code and kind, over
// records less than a day apart; chain-level findings on their own; most severe first.

#include "analytics/incidents.h"

#include <QTest>

using namespace pp;
using analytics::Incident;

namespace {

constexpr std::uint64_t kHour = 3'600'000;
constexpr std::uint64_t kStart = 1'746'442'800'000;  // 2025-05-05 11:00 UTC

findings::Finding lie(const QByteArray& device, const char* kind, std::uint64_t timeMs,
                      const char* code = "IMPLAUSIBLE")
{
    Text message("Finding", kind, {QString::number(timeMs % 97)});
    message.within("Finding", "sample %1", {QStringLiteral("3")});
    return {device, QString::fromLatin1(code), 10, 2, 7, timeMs, message};
}

const QByteArray kStation(16, '\x14');
const QByteArray kPack(16, '\x51');
const char* const kNight = "%1 kW generated with the sun below the horizon";
const char* const kOver = "AC power %1 kW exceeds the AC rating";

}  // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

private slots:
    void aLieToldEveryNightIsOneIncident()
    {
        std::vector<findings::Finding> all;
        for (int night = 0; night < 30; ++night)
            for (int hour = 0; hour < 5; ++hour)  // 19:00 to 23:00 in China (UTC+8)
                all.push_back(lie(kStation, kNight, kStart + (24 * night + hour) * kHour));
        const auto incidents = analytics::groupIncidents(all, analytics::kIncidentGapMs);
        QCOMPARE(incidents.size(), std::size_t{1});
        const Incident& i = incidents.front();
        QCOMPARE(i.findings.size(), all.size());
        QCOMPARE(i.days, std::uint64_t{30});
        QCOMPARE(i.firstMs, kStart);
        QCOMPARE(i.lastMs, kStart + (24 * 29 + 4) * kHour);
        QCOMPARE(i.severity, Incident::Severity::High);
        // What was found, without where ("sample 3: ").
        QVERIFY2(i.what.english().endsWith(u"kW generated with the sun below the horizon") &&
                     !i.what.english().contains(u"sample"),
                 qPrintable(i.what.english()));
    }

    void aPauseOfMoreThanADaySplitsIt()
    {
        const std::vector<findings::Finding> all = {lie(kStation, kOver, kStart),
                                                    lie(kStation, kOver, kStart + 20 * kHour),
                                                    lie(kStation, kOver, kStart + 70 * kHour)};
        const auto incidents = analytics::groupIncidents(all, analytics::kIncidentGapMs);
        QCOMPARE(incidents.size(), std::size_t{2});
        QCOMPARE(incidents[0].findings, (std::vector<std::size_t>{0, 1}));
        QCOMPARE(incidents[1].findings, (std::vector<std::size_t>{2}));
    }

    void kindsDevicesAndCodesStayApart()
    {
        const std::vector<findings::Finding> all = {
            lie(kStation, kNight, kStart), lie(kStation, kOver, kStart), lie(kPack, kOver, kStart),
            lie(kStation, "seq %1 follows", kStart, "SEQ_GAP")};
        const auto incidents = analytics::groupIncidents(all, analytics::kIncidentGapMs);
        QCOMPARE(incidents.size(), std::size_t{4});
        QStringList ids;
        for (const Incident& i : incidents)
            ids << i.id;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 4);  // two kinds from one record keep their own ids
        QCOMPARE(incidents.back().code, QStringLiteral("SEQ_GAP"));  // medium, last
    }

    void aForkIsACriticalIncidentFirst()
    {
        std::vector<findings::Finding> all = {lie(kStation, kNight, kStart)};
        all.push_back({{},
                       QStringLiteral("FORK"),
                       812,
                       {},
                       {},
                       {},
                       Text("Finding", "two blocks at height %1", {QStringLiteral("812")})});
        all.push_back({kPack, QStringLiteral("SIGNATURE_INVALID"), 9, 1, 3, kStart + kHour,
                       Text("Finding", "the signature does not verify")});
        const auto incidents = analytics::groupIncidents(all, analytics::kIncidentGapMs);
        QCOMPARE(incidents.size(), std::size_t{3});
        QCOMPARE(incidents[0].severity, Incident::Severity::Critical);
        QCOMPARE(incidents[1].severity, Incident::Severity::Critical);
        QVERIFY(incidents[0].code == u"FORK" || incidents[1].code == u"FORK");
        QCOMPARE(incidents[2].code, QStringLiteral("IMPLAUSIBLE"));
    }

    void nothingFoundIsNoIncident()
    {
        QVERIFY(analytics::groupIncidents({}, analytics::kIncidentGapMs).empty());
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
