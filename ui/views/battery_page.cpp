#include "battery_page.h"

#include "charts/chart_grid.h"
#include "charts/chart_panel.h"
#include "common/bytes.h"
#include "format.h"

#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

constexpr int kDefaultReviewHours = 72;

QString number(double v, int decimals)
{
    return Format::number(v, decimals);
}

QString orDash(const std::optional<double>& v, int decimals, const QString& unit = {})
{
    return v ? number(*v, decimals) + unit : QStringLiteral("–");
}

// A figure and, in grey, what it rests on.
QString figureRow(const QString& label, const QString& value, const QString& basis = {})
{
    return QStringLiteral(
               "<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td>"
               "<td style='color:gray;padding-left:8px'>%3</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), basis.toHtmlEscaped());
}

}  // namespace

BatteryPage::BatteryPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("All batteries"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &BatteryPage::back);
    head->addWidget(back);
    title_ = new QLabel;
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title_->setFont(f);
    head->addWidget(title_, 1);
    auto* report = new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Report (PDF)…"));
    report->setObjectName(QStringLiteral("batteryReport"));
    connect(report, &QPushButton::clicked, this, &BatteryPage::reportRequested);
    head->addWidget(report);
    auto* passport = new QPushButton(tr("Passport data (JSON)…"));
    passport->setObjectName(QStringLiteral("batteryPassport"));
    connect(passport, &QPushButton::clicked, this, &BatteryPage::passportRequested);
    head->addWidget(passport);
    layout->addLayout(head);
    anchor_ = new QLabel;
    anchor_->setWordWrap(true);
    anchor_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(anchor_);

    // Claim review: the window before an incident, with its events.
    auto* review = new QGroupBox(tr("Claim review"));
    auto* reviewRow = new QHBoxLayout(review);
    reviewRow->addWidget(new QLabel(tr("Incident at")));
    incident_ = new QDateTimeEdit;
    incident_->setCalendarPopup(true);
    incident_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    incident_->setAccessibleName(tr("Incident time"));
    reviewRow->addWidget(incident_);
    hoursBefore_ = new QSpinBox;
    hoursBefore_->setRange(1, 24 * 90);
    hoursBefore_->setValue(kDefaultReviewHours);
    hoursBefore_->setSuffix(tr(" h before"));
    hoursBefore_->setAccessibleName(tr("Hours before the incident"));
    reviewRow->addWidget(hoursBefore_);
    auto* show = new QPushButton(tr("Review"));
    show->setObjectName(QStringLiteral("claimReview"));
    reviewRow->addWidget(show);
    auto* all = new QPushButton(tr("Whole history"));
    reviewRow->addWidget(all);
    auto* evidence =
        new QPushButton(QIcon(QStringLiteral(":/icons/evidence.svg")), tr("Export evidence…"));
    evidence->setToolTip(
        tr("A package of this battery's records over the window shown, with "
           "their proofs"));
    reviewRow->addWidget(evidence);
    reviewRow->addStretch();
    layout->addWidget(review);
    auto reviewWindow = [this] {
        const auto to = static_cast<std::uint64_t>(incident_->dateTime().toMSecsSinceEpoch());
        const auto span = static_cast<std::uint64_t>(hoursBefore_->value()) * 3'600'000;
        return std::pair(to > span ? to - span : 0, to);
    };
    connect(show, &QPushButton::clicked, this, [this, reviewWindow] {
        if (history_) {
            const auto [from, to] = reviewWindow();
            emit windowRequested(history_->info.deviceId, from, to);
        }
    });
    connect(all, &QPushButton::clicked, this, [this] {
        if (history_)
            emit windowRequested(history_->info.deviceId, 0, UINT64_MAX);
    });
    connect(evidence, &QPushButton::clicked, this, [this] {
        if (history_)
            emit evidenceRequested(history_->info.deviceId, history_->coverage.fromMs,
                                   history_->coverage.toMs,
                                   tr("%1: battery history under review").arg(history_->info.name));
    });

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    figures_ = new QLabel;
    figures_->setTextFormat(Qt::RichText);
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(figures_);
    grid_ = new ChartGrid(280);
    bodyLayout->addWidget(grid_);
    events_ = new QTableWidget(0, 3);
    events_->setHorizontalHeaderLabels({tr("From"), tr("Event"), tr("Record (block · index)")});
    events_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    events_->verticalHeader()->hide();
    events_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    events_->setMinimumHeight(200);
    events_->setAccessibleName(tr("Negative events"));
    bodyLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Negative events"))));
    bodyLayout->addWidget(events_);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
}

QList<ChartPanel*> BatteryPage::charts() const
{
    return grid_->charts();
}

ChartPanel* BatteryPage::addChart(const QString& title, int row, int column)
{
    return grid_->add(title, row, column);
}

void BatteryPage::setHistory(std::shared_ptr<const analytics::BatteryHistory> history)
{
    history_ = std::move(history);
    const analytics::BatteryHistory& h = *history_;
    title_->setText(tr("Battery history: %1").arg(h.info.name));
    anchor_->setText(h.anchor ? tr("Verified against chain %1 at block %2 (%3). Window %4 – %5.")
                                    .arg(Format::shortHex(toByteArray(h.chainId)))
                                    .arg(h.anchor->header.height)
                                    .arg(Format::dateTime(h.anchor->header.timeMs),
                                         Format::dateTime(h.coverage.fromMs),
                                         Format::dateTime(h.coverage.toMs))
                              : QString());
    if (h.coverage.toMs != UINT64_MAX)
        incident_->setDateTime(
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(h.coverage.toMs)));
    showFigures();
    showCharts();
    showEvents();
}

void BatteryPage::showFigures()
{
    const analytics::BatteryHistory& h = *history_;
    if (h.empty()) {
        figures_->setText(tr("<b>No verified samples in this window.</b> Nothing to report."));
        return;
    }
    const QString samples = tr("%n verified sample(s)", nullptr, static_cast<int>(h.samples));
    QString html = QStringLiteral("<table>");
    html += figureRow(tr("Coverage"), number(h.coverage.share * 100, 1) + QStringLiteral(" %"),
                      tr("%1 from %2 records; left out: %3 rejected, %4 implausible")
                          .arg(samples)
                          .arg(h.recordsUsed)
                          .arg(h.recordsRejected)
                          .arg(h.recordsImplausible));
    html += figureRow(
        tr("Throughput"),
        QStringLiteral("%1 Ah · %2 kWh").arg(number(h.throughputAh, 0), number(h.throughputKwh, 1)),
        samples);
    html += figureRow(
        tr("Equivalent full cycles"), orDash(h.efc, 1),
        h.efc ? tr("against %1 Ah (%2)").arg(number(*h.nominalAh, 1), h.nominalBasis.localized())
              : h.nominalBasis.localized());
    html += figureRow(tr("Largest C-rate, charge / discharge"),
                      QStringLiteral("%1 / %2 C")
                          .arg(orDash(h.cRate.maxCharge, 2), orDash(h.cRate.maxDischarge, 2)),
                      tr("%1 % of the charge above 1 C")
                          .arg(number(h.cRate.fastChargeShare.value_or(0) * 100, 1)));
    html += figureRow(
        tr("Temperature"),
        tr("%1 min above 45 °C · %2 min below 0 °C (%3 charging)")
            .arg(number(h.temperature.minutesAbove45C, 0), number(h.temperature.minutesBelow0C, 0),
                 number(h.temperature.minutesChargingBelow0C, 0)),
        tr("%n sample(s) with a temperature", nullptr, static_cast<int>(h.temperature.samples)));
    html += figureRow(tr("State of health"),
                      tr("reported %1 · estimated %2")
                          .arg(orDash(h.soh.reportedLatest, 1, QStringLiteral(" %")),
                               orDash(h.soh.estimatedLatest, 1, QStringLiteral(" %"))),
                      h.soh.estimates.empty() ? h.soh.absent.localized()
                                              : tr("%n charge/discharge segment(s)", nullptr,
                                                   static_cast<int>(h.soh.estimates.size())));
    if (h.soh.overReported)
        html += QStringLiteral("<tr><td colspan='3' style='color:#c62828'><b>%1</b></td></tr>")
                    .arg(tr("The BMS reports a better state of health than its own currents "
                            "show, since %1.")
                             .arg(Format::dateTime(h.soh.overReportedSince->timeMs))
                             .toHtmlEscaped());
    const analytics::DegradationProjection& p = h.projection;
    auto life = [](const std::optional<analytics::RemainingLife>& l) {
        if (!l)
            return tr("beyond 50 years");
        if (l->days <= 0)
            return tr("reached");
        return tr("%1 days (%2–%3)")
            .arg(number(l->days, 0), number(l->earliestDays, 0), number(l->latestDays, 0));
    };
    html += figureRow(
        tr("Remaining life to 80 % / 70 % SoH"),
        p.supported ? life(p.to80) + QStringLiteral(" / ") + life(p.to70) : tr("no projection"),
        p.supported ? tr("fitted to %n value(s)", nullptr, static_cast<int>(p.points))
                    : p.reason.localized());
    html += figureRow(tr("Negative events"), QString::number(h.negativeEvents.size()),
                      h.cellLimitsOf.isEmpty() ? tr("cells not checked: no known chemistry")
                                               : tr("cell limits of %1").arg(h.cellLimitsOf));
    figures_->setText(html + QStringLiteral("</table>"));
}

void BatteryPage::showCharts()
{
    grid_->clear();
    const analytics::BatteryHistory& h = *history_;
    if (h.empty())
        return;
    QStringList bins;
    std::vector<double> cycles;
    for (const analytics::DodBin& b : h.dodHistogram) {
        bins << QString::number(b.fromPct);  // the bin's start: labels stay short
        cycles.push_back(b.cycles);
    }
    addChart(tr("Depth of discharge (rainflow cycles by SoC range from, %)"), 0, 0)
        ->setHistogram(tr("Cycles"), bins, cycles);
    QStringList temps;
    std::vector<double> hours;
    for (const analytics::TemperatureBin& b : h.temperature.histogram) {
        temps << QString::number(b.fromC);
        hours.push_back(b.minutes / 60);
    }
    addChart(tr("Time at temperature (hours by 5 °C bin from, highest cell)"), 0, 1)
        ->setHistogram(tr("Hours"), temps, hours);

    ChartPanel* soh = addChart(tr("State of health"), 1, 0);
    std::vector<double> t, v;
    for (const analytics::SohSample& s : h.soh.reported) {
        t.push_back(static_cast<double>(s.timeMs));
        v.push_back(s.pct);
    }
    soh->addLine(tr("Reported"), QStringLiteral("%"), std::move(t), std::move(v));
    t.clear();
    v.clear();
    for (const analytics::CapacitySegment& c : h.soh.estimates) {
        t.push_back(static_cast<double>(c.endMs));
        v.push_back(c.sohPct);
    }
    soh->addLine(tr("Estimated from its currents"), QStringLiteral("%"), std::move(t),
                 std::move(v));
    const analytics::DegradationProjection& p = h.projection;
    if (p.supported) {
        auto [pt, mid] = p.curveFrom(h.coverage.toMs);
        std::vector<double> low, high;
        for (const double y : mid) {
            low.push_back(y - 2 * p.rmse);
            high.push_back(y + 2 * p.rmse);
        }
        soh->addLine(tr("Projection"), QStringLiteral("%"), pt, std::move(mid));
        soh->addLine(tr("Projection − 2 RMSE"), QStringLiteral("%"), pt, std::move(low));
        soh->addLine(tr("Projection + 2 RMSE"), QStringLiteral("%"), std::move(pt),
                     std::move(high));
    }
    soh->setEmptyText(tr("No state of health reported or estimated"));
    t.clear();
    v.clear();
    for (const analytics::CumulativePoint& c : h.efcOverTime) {
        t.push_back(static_cast<double>(c.timeMs));
        v.push_back(c.efc);
    }
    ChartPanel* efc = addChart(tr("Cumulative equivalent full cycles"), 1, 1);
    efc->addLine(tr("EFC"), {}, std::move(t), std::move(v));
    efc->setEmptyText(h.nominalBasis.localized());
}

void BatteryPage::showEvents()
{
    const analytics::BatteryHistory& h = *history_;
    events_->setRowCount(static_cast<int>(h.negativeEvents.size()));
    for (int r = 0; r < events_->rowCount(); ++r) {
        const analytics::NegativeEvent& e = h.negativeEvents[static_cast<std::size_t>(r)];
        events_->setItem(r, 0, new QTableWidgetItem(Format::dateTime(e.startMs)));
        events_->setItem(r, 1, new QTableWidgetItem(e.describe().localized()));
        events_->setItem(r, 2,
                         new QTableWidgetItem(
                             QStringLiteral("%1 · %2").arg(e.record.height).arg(e.record.index)));
    }
    events_->resizeColumnToContents(0);
    events_->resizeColumnToContents(2);
}

}  // namespace pp::ui
