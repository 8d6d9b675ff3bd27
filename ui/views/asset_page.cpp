#include "asset_page.h"

#include "analytics/daily_summary.h"
#include "charts/chart_grid.h"
#include "charts/chart_panel.h"
#include "format.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

#include <map>

namespace pp::ui {

namespace {

using analytics::DayValue;
using analytics::Measure;

std::vector<DayValue> perDay(const std::vector<analytics::DayFigures>& days,
                             double (*value)(const analytics::DayFigures&))
{
    std::vector<DayValue> out;
    out.reserve(days.size());
    for (const analytics::DayFigures& d : days)
        out.push_back({d.day, value(d)});
    return out;
}

QDate dateOf(std::int64_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

}  // namespace

AssetPage::AssetPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("All assets"));
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(
        tr("Back to all assets (%1)").arg(QKeySequence(QKeySequence::Back).toString()));
    connect(back, &QPushButton::clicked, this, &AssetPage::back);
    head->addWidget(back);
    title_ = new QLabel;
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title_->setFont(f);
    head->addWidget(title_, 1);
    auto* evidence =
        new QPushButton(QIcon(QStringLiteral(":/icons/evidence.svg")), tr("Export evidence…"));
    evidence->setObjectName(QStringLiteral("exportEvidence"));
    evidence->setToolTip(
        tr("A package of this asset's records over the time its charts show "
           "(zoom a chart to choose), with their proofs"));
    connect(evidence, &QPushButton::clicked, this, [this] {
        if (!asset_)
            return;
        const auto range = selectedRange();
        emit evidenceRequested(asset_->info.deviceId, range ? range->first : 0,
                               range ? range->second + 1 : UINT64_MAX,
                               tr("%1, as shown in the console").arg(asset_->info.name));
    });
    head->addWidget(evidence);
    batteryHistory_ =
        new QPushButton(QIcon(QStringLiteral(":/icons/battery.svg")), tr("Battery history…"));
    batteryHistory_->setObjectName(QStringLiteral("batteryHistory"));
    batteryHistory_->setToolTip(
        tr("What this battery went through: cycles, depth of discharge, "
           "heat and cold, state of health and its projection"));
    connect(batteryHistory_, &QPushButton::clicked, this, [this] {
        if (asset_)
            emit batteryHistoryRequested(asset_->info.deviceId);
    });
    head->addWidget(batteryHistory_);
    auto* valuation =
        new QPushButton(QIcon(QStringLiteral(":/icons/valuation.svg")), tr("Valuation…"));
    valuation->setObjectName(QStringLiteral("valuation"));
    valuation->setToolTip(
        tr("What this asset is worth on its verified data: cash flows, "
           "P50/P90, settlement, or second-life value"));
    connect(valuation, &QPushButton::clicked, this, [this] {
        if (asset_)
            emit valuationRequested(asset_->info.deviceId);
    });
    head->addWidget(valuation);
    day_ = new QDateEdit;
    day_->setCalendarPopup(true);
    day_->setAccessibleName(tr("Day of the power curve"));
    connect(day_, &QDateEdit::dateChanged, this, &AssetPage::showDay);
    head->addWidget(day_);
    layout->addLayout(head);
    details_ = new QLabel;
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(details_);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    grid_ = new ChartGrid(260);
    scroll->setWidget(grid_);
    layout->addWidget(scroll, 1);
}

std::optional<std::pair<std::uint64_t, std::uint64_t>> AssetPage::selectedRange() const
{
    for (ChartPanel* c : charts()) {
        if (c == dayChart_)
            continue;  // one day's curve, not the asset's history
        if (auto range = c->visibleTimeRange())
            return range;
    }
    return std::nullopt;
}

QList<ChartPanel*> AssetPage::charts() const
{
    return grid_->charts();
}

ChartPanel* AssetPage::addChart(const QString& title, int row, int column)
{
    return grid_->add(title, row, column);
}

void AssetPage::setAsset(std::shared_ptr<const analytics::AssetSeries> asset)
{
    asset_ = std::move(asset);
    grid_->clear();
    dayChart_ = nullptr;
    const analytics::AssetInfo& i = asset_->info;
    batteryHistory_->setVisible(i.assetClass != records::AssetClass::Pv);
    title_->setText(tr("%1 — %2").arg(i.name.isEmpty() ? Format::shortHex(i.deviceId) : i.name,
                                      Format::assetClass(i.assetClass)));
    QStringList facts;
    if (!i.owner.isEmpty())
        facts << tr("Owner: %1").arg(i.owner);
    if (!i.manufacturer.isEmpty())
        facts << tr("Make: %1 %2").arg(i.manufacturer, i.model);
    if (!i.vin.isEmpty())
        facts << tr("VIN: %1").arg(i.vin);
    if (i.latitude && i.longitude)
        facts << tr("Location: %1°, %2°")
                     .arg(Format::number(*i.latitude, 4), Format::number(*i.longitude, 4));
    if (i.capacityW)
        facts << tr("Rated: %1").arg(Format::power(*i.capacityW));
    if (i.capacityWh)
        facts << tr("Capacity: %1").arg(Format::energy(*i.capacityWh));
    if (!i.chemistry.isEmpty())
        facts << tr("Chemistry: %1").arg(i.chemistry);
    facts << tr("Verified records: %1").arg(Format::integer(i.records))
          << tr("Findings: %1").arg(Format::integer(i.findings))
          << tr("Device: %1").arg(QString::fromLatin1(i.deviceId.toHex()));
    details_->setText(facts.join(QStringLiteral(" · ")));
    day_->setVisible(i.assetClass == records::AssetClass::Pv);
    switch (i.assetClass) {
        case records::AssetClass::Pv:
            showPv();
            break;
        case records::AssetClass::Battery:
            showBattery();
            break;
        case records::AssetClass::Vehicle:
            showVehicle();
            break;
    }
}

void AssetPage::showPv()
{
    const analytics::AssetSeries& a = *asset_;
    addChart(tr("Daily energy"), 0, 0)
        ->addDailyBars(
            tr("Energy"), QStringLiteral("kWh"),
            perDay(a.days, [](const analytics::DayFigures& d) { return d.energyWh / 1000; }));
    dayChart_ = addChart(tr("Power curve of the day"), 0, 1);
    // Specific yield: the month's energy per kW of DC rating, bars at each month's middle.
    std::map<QDate, double> months;
    for (const analytics::DayFigures& d : a.days) {
        const QDate date = dateOf(d.day);
        months[QDate(date.year(), date.month(), 1)] += d.energyWh / 1000;
    }
    std::vector<double> t, v;
    const double kwp = a.info.capacityW.value_or(0) / 1000;
    for (const auto& [month, kwh] : months) {
        t.push_back(static_cast<double>(
            QDateTime(month.addDays(14), QTime(12, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()));
        v.push_back(kwp > 0 ? kwh / kwp : 0);
    }
    addChart(tr("Monthly specific yield"), 1, 0)
        ->addLine(tr("Specific yield"), QStringLiteral("kWh/kWp"), std::move(t), std::move(v));
    const analytics::Series& st = a[Measure::PvState];
    // SunSpec St, coloured by what an operator reads into it: green producing, amber held
    // back, red fault, greys idle.
    std::vector<ChartPanel::StateLane> lanes;
    const char* colors[] = {"#9e9e9e", "#7986cb", "#4dd0e1", "#43a047",
                            "#fb8c00", "#4dd0e1", "#e53935", "#90a4ae"};
    for (int state = 1; state <= 8; ++state)
        lanes.push_back(
            {state, Format::sunspecState(state), QColor(QLatin1String(colors[state - 1]))});
    addChart(tr("Inverter state"), 1, 1)->addStates(tr("State"), st.timeMs, st.values, lanes);
    if (!a.days.empty()) {
        const QSignalBlocker block(day_);
        day_->setDateRange(dateOf(a.days.front().day), dateOf(a.days.back().day));
        // The sunniest day first: a curve worth looking at.
        auto best =
            std::max_element(a.days.begin(), a.days.end(),
                             [](const auto& x, const auto& y) { return x.energyWh < y.energyWh; });
        day_->setDate(dateOf(best->day));
    }
    showDay();
}

void AssetPage::showDay()
{
    if (dayChart_ == nullptr || !asset_)
        return;
    const analytics::Series& w = (*asset_)[Measure::PvPower];
    const std::int64_t day = QDate(1970, 1, 1).daysTo(day_->date());
    const double from = static_cast<double>(analytics::dayStartMs(day));
    const double to = from + analytics::kDayMs;
    auto lo = std::lower_bound(w.timeMs.begin(), w.timeMs.end(), from);
    auto hi = std::lower_bound(w.timeMs.begin(), w.timeMs.end(), to);
    const auto a = lo - w.timeMs.begin(), b = hi - w.timeMs.begin();
    // In kW, as stations are rated: a 4 MW station's peak reads 3,300, not 3,300,000.
    std::vector<double> kw(w.values.begin() + a, w.values.begin() + b);
    for (double& v : kw)
        v /= 1000;
    dayChart_->clear();
    dayChart_->addLine(tr("AC power"), QStringLiteral("kW"), {lo, hi}, std::move(kw));
    dayChart_->setEmptyText(tr("No verified samples on this day"));
}

void AssetPage::showBattery()
{
    const analytics::AssetSeries& a = *asset_;
    auto line = [&](const QString& title, const QString& name, const QString& unit, Measure m,
                    int row, int column) {
        const analytics::Series& s = a[m];
        addChart(title, row, column)->addLine(name, unit, s.timeMs, s.values);
    };
    line(tr("State of charge"), tr("SoC"), QStringLiteral("%"), Measure::BatterySoc, 0, 0);
    line(tr("Voltage"), tr("Voltage"), QStringLiteral("V"), Measure::BatteryVoltage, 0, 1);
    line(tr("Current"), tr("Current"), QStringLiteral("A"), Measure::BatteryCurrent, 1, 0);
    line(tr("Temperature"), tr("Highest cell"), QStringLiteral("°C"), Measure::BatteryTemp, 1, 1);
    std::vector<double> t, soh, cycles;
    for (const analytics::DayFigures& d : a.days) {
        if (!d.soh)
            continue;
        t.push_back(static_cast<double>(d.lastMs));
        soh.push_back(*d.soh);
        cycles.push_back(d.cycles.value_or(0));
    }
    addChart(tr("State of health"), 2, 0)->addLine(tr("SoH"), QStringLiteral("%"), t, soh);
    addChart(tr("Cycle count"), 2, 1)->addLine(tr("Cycles"), QString(), t, cycles);
}

void AssetPage::showVehicle()
{
    const analytics::AssetSeries& a = *asset_;
    addChart(tr("Daily distance"), 0, 0)
        ->addDailyBars(tr("Distance"), QStringLiteral("km"),
                       perDay(a.days, [](const analytics::DayFigures& d) { return d.km; }));
    const analytics::Series& soc = a[Measure::VehicleSoc];
    addChart(tr("State of charge"), 0, 1)
        ->addLine(tr("SoC"), QStringLiteral("%"), soc.timeMs, soc.values);
    const analytics::Series& lon = a[Measure::Longitude];
    const analytics::Series& lat = a[Measure::Latitude];
    addChart(tr("GPS track"), 1, 0)
        ->addPath(tr("Track"), tr("longitude (°)"), tr("latitude (°)"), lon.values, lat.values);
    const analytics::Series& alarms = a[Measure::AlarmLevel];
    ChartPanel* c = addChart(tr("Alarms"), 1, 1);
    c->addLine(tr("Alarm level"), QString(), alarms.timeMs, alarms.values);
    c->setEmptyText(tr("No alarms in the verified data"));
}

}  // namespace pp::ui
