#include "overview_view.h"

#include "analytics/daily_summary.h"
#include "charts/chart_panel.h"
#include "format.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pp::ui {

OverviewView::OverviewView(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    tiles_ = new QGridLayout;
    assets_ = tile(tr("Assets"), 0, 0);
    verified_ = tile(tr("Records verified"), 0, 1);
    rejected_ = tile(tr("Records rejected"), 0, 2);
    findings_ = tile(tr("Findings"), 0, 3);
    tip_ = tile(tr("Verified tip"), 0, 4);
    layout->addLayout(tiles_);
    incidents_ = new QLabel;
    incidents_->setTextFormat(Qt::RichText);
    incidents_->setWordWrap(true);
    incidents_->setFrameShape(QFrame::StyledPanel);
    incidents_->setMargin(8);
    incidents_->setAccessibleName(tr("Open incidents"));
    connect(incidents_, &QLabel::linkActivated, this, [this](const QString& link) {
        emit incidentActivated(link.mid(QStringLiteral("incident:").size()));
    });
    layout->addWidget(incidents_);

    auto* charts = new QGridLayout;
    pvEnergy_ = new ChartPanel(tr("Daily PV energy of the fleet"));
    soh_ = new ChartPanel(tr("Battery state of health"));
    km_ = new ChartPanel(tr("Vehicle kilometres per day"));
    coverage_ = new ChartPanel(tr("Verification coverage"));
    charts->addWidget(pvEnergy_, 0, 0);
    charts->addWidget(soh_, 0, 1);
    charts->addWidget(km_, 1, 0);
    charts->addWidget(coverage_, 1, 1);
    for (ChartPanel* c : {pvEnergy_, soh_, km_, coverage_})
        c->setMinimumHeight(280);
    layout->addLayout(charts, 1);
}

QLabel* OverviewView::tile(const QString& caption, int row, int column)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* box = new QVBoxLayout(frame);
    auto* title = new QLabel(caption);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel;
    value->setTextFormat(Qt::RichText);
    value->setWordWrap(true);
    value->setAccessibleName(caption);
    box->addWidget(title);
    box->addWidget(value, 1);
    tiles_->addWidget(frame, row, column);
    return value;
}

void OverviewView::setIncidents(std::shared_ptr<const std::vector<analytics::Incident>> incidents)
{
    incidentList_ = std::move(incidents);
    showIncidents();
}

void OverviewView::showIncidents()
{
    constexpr std::size_t kShown = 5;
    if (!incidentList_) {
        incidents_->clear();
        return;
    }
    if (incidentList_->empty()) {
        incidents_->setText(
            tr("<b>No open incidents</b>: the light node found nothing to act "
               "on."));
        return;
    }
    int bySeverity[3] = {0, 0, 0};
    for (const analytics::Incident& i : *incidentList_)
        ++bySeverity[static_cast<int>(i.severity)];
    QString html =
        tr("<b>%n open incident(s)</b>", nullptr, static_cast<int>(incidentList_->size())) +
        QStringLiteral(" · ") +
        tr("%1 critical · %2 high · %3 medium")
            .arg(bySeverity[0])
            .arg(bySeverity[1])
            .arg(bySeverity[2]) +
        QStringLiteral("<ul style='margin-top:4px'>");
    for (std::size_t k = 0; k < incidentList_->size() && k < kShown; ++k) {
        const analytics::Incident& i = (*incidentList_)[k];
        const QString who = i.deviceId.isEmpty()
                                ? tr("The chain")
                                : names_.value(i.deviceId, Format::shortHex(i.deviceId));
        html +=
            QStringLiteral("<li><a href='incident:%1'>%2: %3</a> — %4</li>")
                .arg(i.id.toHtmlEscaped(), who.toHtmlEscaped(), i.what.localized().toHtmlEscaped(),
                     i.firstMs
                         ? tr("%n finding(s) from %1", nullptr, static_cast<int>(i.findings.size()))
                               .arg(Format::dateTime(i.firstMs))
                         : tr("%n finding(s)", nullptr, static_cast<int>(i.findings.size())));
    }
    if (incidentList_->size() > kShown)
        html += QStringLiteral("<li>") +
                tr("and %n more in the Findings view", nullptr,
                   static_cast<int>(incidentList_->size() - kShown)) +
                QStringLiteral("</li>");
    incidents_->setText(html + QStringLiteral("</ul>"));
}

void OverviewView::setPortfolio(const std::shared_ptr<const analytics::Portfolio>& p)
{
    names_.clear();
    for (const analytics::AssetOverview& a : p->assets)
        names_.insert(a.info.deviceId, a.info.name);
    showIncidents();
    using records::AssetClass;
    auto big = [](const QString& s) {
        return QStringLiteral("<span style='font-size:18pt'>%1</span>").arg(s);
    };
    assets_->setText(big(Format::integer(p->assets.size())) + QStringLiteral("<br>") +
                     tr("%1 PV · %2 batteries · %3 vehicles")
                         .arg(p->assetCount(AssetClass::Pv))
                         .arg(p->assetCount(AssetClass::Battery))
                         .arg(p->assetCount(AssetClass::Vehicle)));
    verified_->setText(big(Format::integer(p->recordsVerified)));
    rejected_->setText(big(Format::integer(p->recordsRejected)) + QStringLiteral("<br>") +
                       tr("refused: bad proof, signature or encoding"));
    std::uint64_t total = 0;
    QStringList byCode;
    for (const auto& [code, n] : p->findingCounts) {
        total += n;
        byCode << QStringLiteral("%1 %2").arg(code, Format::integer(n));
    }
    findings_->setText(big(Format::integer(total)) + QStringLiteral("<br>") +
                       byCode.join(QStringLiteral("<br>")));
    if (p->tip) {
        const auto now = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        tip_->setText(big(Format::integer(p->tip->header.height)) + QStringLiteral("<br>") +
                      Format::dateTime(p->tip->header.timeMs) + QStringLiteral("<br>") +
                      Format::age(p->tip->header.timeMs, now));
    } else {
        tip_->setText(big(tr("none")));
    }

    // The four charts each in a turn of the event loop of their own, after this one: built,
    // laid out and first painted together with the tiles, a year's Overview kept the UI
    // thread busy for one long stretch.
    fillChart(0, p, ++generation_);
}

void OverviewView::fillChart(int chart, std::shared_ptr<const analytics::Portfolio> p,
                             unsigned generation)
{
    QMetaObject::invokeMethod(
        this,
        [this, chart, p = std::move(p), generation] {
            if (generation != generation_)
                return;  // a newer portfolio came meanwhile
            switch (chart) {
                case 0:
                    fillPvEnergy(*p);
                    break;
                case 1:
                    fillVehicleKm(*p);
                    break;
                case 2:
                    fillCoverage(*p);
                    break;
                default:
                    fillSoh(*p);
                    emit chartsFilled();
                    return;
            }
            fillChart(chart + 1, p, generation);
        },
        Qt::QueuedConnection);
}

void OverviewView::fillPvEnergy(const analytics::Portfolio& p)
{
    pvEnergy_->clear();
    pvEnergy_->addDailyBars(tr("Energy"), QStringLiteral("kWh"), p.pvEnergyKwh);
    pvEnergy_->setEmptyText(tr("No verified PV data"));
    if (p.pvDaysLeftOut > 0)
        pvEnergy_->setNote(tr("without %n station-day(s) of implausible data", nullptr,
                              static_cast<int>(p.pvDaysLeftOut)));
}

void OverviewView::fillVehicleKm(const analytics::Portfolio& p)
{
    km_->clear();
    km_->addDailyBars(tr("Distance"), QStringLiteral("km"), p.vehicleKm);
    km_->setEmptyText(tr("No verified vehicle data"));
    if (p.vehicleDaysLeftOut > 0)
        km_->setNote(tr("without %n vehicle-day(s) of implausible data", nullptr,
                        static_cast<int>(p.vehicleDaysLeftOut)));
}

void OverviewView::fillCoverage(const analytics::Portfolio& p)
{
    coverage_->clear();
    std::vector<double> t, v;
    for (const analytics::DayValue& d : p.coverage) {
        t.push_back(static_cast<double>(analytics::dayStartMs(d.day)) + 0.5 * analytics::kDayMs);
        v.push_back(d.value);
    }
    coverage_->addLine(tr("Assets with verified data"), QStringLiteral("%"), std::move(t),
                       std::move(v));
    coverage_->setValueRange(0, 100);
    coverage_->setEmptyText(tr("Nothing verified yet"));
}

void OverviewView::fillSoh(const analytics::Portfolio& p)
{
    // SoH in at most eight bins of whole points, from the lowest pack to the highest.
    soh_->clear();
    QStringList bins;
    std::vector<double> counts;
    if (!p.batterySoh.empty()) {
        const auto [lo, hi] = std::minmax_element(p.batterySoh.begin(), p.batterySoh.end());
        const int first = static_cast<int>(std::floor(*lo));
        const int width = std::max(1, static_cast<int>(std::ceil((*hi - first + 1e-9) / 8)));
        for (int b = first; b <= *hi; b += width) {
            bins << QStringLiteral("%1–%2").arg(b).arg(b + width);
            counts.push_back(static_cast<double>(
                std::count_if(p.batterySoh.begin(), p.batterySoh.end(),
                              [b, width](double s) { return s >= b && s < b + width; })));
        }
    }
    soh_->setHistogram(tr("Packs by SoH (%)"), bins, counts);
    soh_->setEmptyText(tr("No verified battery data"));
}

}  // namespace pp::ui
