#include "valuation_page.h"

#include "common/bytes.h"
#include "format.h"
#include "valuation/reference_data.h"
#include "widgets/valuation_parameters_form.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pp::ui {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral(
               "<tr><td style='color:#555555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString money(double cny)
{
    return Format::number(cny, 0) + QStringLiteral(" ") + ValuationPage::tr("CNY");
}

QString orNone(const std::optional<double>& v, int decimals, const QString& unit = {})
{
    return v ? Format::number(*v, decimals) + unit : ValuationPage::tr("none");
}

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int r, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                      : Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(r, c, item);
    }
}

QString inputName(const QString& key)
{
    if (key == u"discount_rate")
        return ValuationPage::tr("Discount rate ±10 %");
    if (key == u"tariff")
        return ValuationPage::tr("Tariff ±10 %");
    if (key == u"degradation")
        return ValuationPage::tr("Degradation ±10 %");
    if (key == u"opex")
        return ValuationPage::tr("O&M cost ±10 %");
    return ValuationPage::tr("Energy P90 / P50");
}

}  // namespace

ValuationPage::ValuationPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* backButton = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("Back"));
    title_ = new QLabel;
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    cashFlowsCsv_ =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Cash flows CSV…"));
    settlementCsv_ =
        new QPushButton(QIcon(QStringLiteral(":/icons/table.svg")), tr("Settlement CSV…"));
    header->addWidget(backButton);
    header->addWidget(title_, 1);
    header->addWidget(cashFlowsCsv_);
    header->addWidget(settlementCsv_);
    layout->addLayout(header);

    tabs_ = new QTabWidget;
    auto* overview = new QWidget;
    auto* overviewLayout = new QHBoxLayout(overview);
    figures_ = new QLabel;
    figures_->setTextFormat(Qt::RichText);
    figures_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    figures_->setWordWrap(true);
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tornado_ = new QChartView;
    tornado_->setRenderHint(QPainter::Antialiasing);
    tornado_->setMinimumWidth(420);
    overviewLayout->addWidget(figures_, 1);
    overviewLayout->addWidget(tornado_, 1);
    tabs_->addTab(overview, tr("Figures"));

    cashFlows_ = table({tr("Year"), tr("Energy (kWh)"), tr("Revenue"), tr("O&M"), tr("Net"),
                        tr("Debt service"), tr("DSCR"), tr("Net at P90"), tr("DSCR at P90")});
    tabs_->addTab(cashFlows_, tr("Cash flows"));

    auto* statement = new QWidget;
    auto* statementLayout = new QVBoxLayout(statement);
    settlement_ =
        table({tr("Month"), tr("Verified (kWh)"), tr("Settled (kWh)"), tr("Left out (kWh)"),
               tr("Amount (CNY)"), tr("Certificates"), tr("Carried (MWh)"), tr("CO₂ (t)")});
    certificates_ = new QLabel;
    certificates_->setWordWrap(true);
    statementLayout->addWidget(settlement_, 1);
    statementLayout->addWidget(certificates_);
    tabs_->addTab(statement, tr("Settlement and certificates"));

    form_ = new ValuationParametersForm;
    auto* parameters = new QWidget;
    auto* parametersLayout = new QVBoxLayout(parameters);
    auto* note =
        new QLabel(tr("This asset's own parameters, over the portfolio's. Defaults and "
                      "their sources: docs/valuation.md."));
    note->setWordWrap(true);
    parametersLayout->addWidget(note);
    parametersLayout->addWidget(form_);
    parametersLayout->addStretch(1);
    tabs_->addTab(parameters, tr("Parameters"));
    layout->addWidget(tabs_, 1);

    footing_ = new QLabel;
    footing_->setForegroundRole(QPalette::PlaceholderText);
    footing_->setWordWrap(true);
    layout->addWidget(footing_);

    connect(backButton, &QPushButton::clicked, this, &ValuationPage::back);
    connect(cashFlowsCsv_, &QPushButton::clicked, this, [this] {
        if (asset_)
            emit exportRequested(WorkspaceSession::ValuationExport::CashFlowsCsv,
                                 asset_->info.deviceId);
    });
    connect(settlementCsv_, &QPushButton::clicked, this, [this] {
        if (asset_)
            emit exportRequested(WorkspaceSession::ValuationExport::SettlementCsv,
                                 asset_->info.deviceId);
    });
    connect(form_, &ValuationParametersForm::applied, this, [this] {
        if (asset_)
            emit parametersApplied(asset_->info.deviceId, form_->parameters());
    });
    connect(form_, &ValuationParametersForm::reset, this, [this] {
        if (asset_)
            emit parametersReset(asset_->info.deviceId);
    });
}

void ValuationPage::setAsset(std::shared_ptr<const valuation::PortfolioValuation> of,
                             const valuation::AssetValuation& asset)
{
    of_ = std::move(of);
    asset_ = &asset;
    title_->setText(tr("Valuation of %1").arg(asset.info.name));
    form_->setParameters(asset.parameters);
    const bool pv = asset.pv.has_value();
    cashFlowsCsv_->setVisible(pv);
    settlementCsv_->setVisible(pv);
    tabs_->setTabVisible(1, pv);
    tabs_->setTabVisible(2, pv);
    tornado_->setVisible(pv);
    if (asset.pv)
        showPv(*asset.pv);
    else if (asset.storage)
        showStorage(*asset.storage);
    footing_->setText(
        tr("Rests on %1 verified records · coverage %2 · anchored at block %3 "
           "(%4…) · definitions: docs/valuation.md")
            .arg(Format::integer(asset.info.records), Format::percent(asset.coverage * 100))
            .arg(of_->anchor ? of_->anchor->header.height : 0)
            .arg(of_->anchor ? toHex(of_->anchor->hash).left(16) : QString()));
}

void ValuationPage::showPv(const valuation::PvValuation& v)
{
    const valuation::PvPerformance& p = v.performance;
    const valuation::AnnualEnergy& e = p.annual;
    const valuation::CashFlowModel& m = v.cashFlows;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QString html = QStringLiteral("<table>");
    if (p.insufficientData)
        html += row(tr("Note"), QStringLiteral("<b style='color:#c62828'>%1</b>")
                                    .arg(tr("Insufficient data: under 30 days verified. "
                                            "Computed, not to be lent on.")));
    html += row(tr("Capacity (DC)"), Format::withUnit(p.capacityKw, QStringLiteral("kWp"), 1));
    html += row(tr("Age · remaining life"),
                tr("%1 years · %2 years").arg(Format::number(v.ageYears, 1)).arg(m.remainingYears));
    html += row(tr("Tariff"),
                v.tariffOverridden
                    ? tr("%1 CNY/kWh, set by the user").arg(Format::number(v.tariffCnyPerKwh, 4))
                    : tr("%1 CNY/kWh, the coal benchmark of %2 (%3)")
                          .arg(Format::number(v.tariffCnyPerKwh, 4),
                               chinese ? v.provinceNameZh : v.provinceName,
                               valuation::referenceData().tariffSource.source.toHtmlEscaped()));
    html += row(tr("Verified energy"), Format::energy(p.verifiedKwh * 1000));
    html += row(tr("Left out as implausible"),
                tr("%1 on %2 days (haircut %3)")
                    .arg(Format::energy(p.excludedKwh * 1000), Format::integer(p.daysExcluded),
                         Format::percent(v.haircutShare * 100)));
    html += row(
        tr("Window · coverage"),
        tr("%1 days · %2").arg(Format::number(e.windowDays, 0), Format::percent(e.coverage * 100)));
    html += row(tr("P50 · P90 a year"),
                QStringLiteral("<b>%1 · %2</b>")
                    .arg(Format::energy(e.p50Kwh * 1000), Format::energy(e.p90Kwh * 1000)));
    html += row(tr("σ (resource, meter, coverage)"),
                QStringLiteral("%1 = √(%2² + %3² + %4²)")
                    .arg(Format::number(e.sigma, 4), Format::number(e.sigmaResource, 3),
                         Format::number(e.sigmaMeter, 3), Format::number(e.sigmaCoverage, 3)));
    html += row(tr("Final yield"), orNone(p.finalYieldAnnual, 0, tr(" kWh/kWp a year")));
    html += row(tr("Availability"), Format::percent(p.availability * 100));
    html += row(tr("Against a clear sky (horizontal)"), orNone(p.clearSkyRatio, 3));
    html += row(tr("Degradation, year on year"),
                p.degradationPerYear ? Format::percent(*p.degradationPerYear * 100, 2) + tr("/year")
                                     : p.degradationAbsent.localized());
    html += row(tr("NPV at P50 · P90"),
                QStringLiteral("<b>%1</b> · %2").arg(money(m.p50.npvCny), money(m.p90.npvCny)));
    html += row(tr("IRR at the asking price"),
                m.irr.rate ? Format::percent(*m.irr.rate * 100, 2) : m.irr.absent.localized());
    html += row(tr("Remaining LCOE"), orNone(m.lcoeCnyPerKwh, 4, tr(" CNY/kWh")));
    if (m.p50.dscrMin)
        html += row(tr("DSCR min · average at P50 / P90"),
                    QStringLiteral("%1 · %2 / %3 · %4")
                        .arg(orNone(m.p50.dscrMin, 2), orNone(m.p50.dscrAverage, 2),
                             orNone(m.p90.dscrMin, 2), orNone(m.p90.dscrAverage, 2)));
    figures_->setText(html + QStringLiteral("</table>"));
    fillTornado(v.sensitivity);

    cashFlows_->setRowCount(static_cast<int>(m.p50.years.size()));
    for (std::size_t i = 0; i < m.p50.years.size(); ++i) {
        const valuation::CashFlowYear& y = m.p50.years[i];
        const valuation::CashFlowYear& y90 = m.p90.years[i];
        setRow(
            cashFlows_, static_cast<int>(i),
            {QString::number(y.t), Format::number(y.energyKwh, 0), Format::number(y.revenueCny, 0),
             Format::number(y.opexCny, 0), Format::number(y.netCny, 0),
             Format::number(y.debtServiceCny, 0), y.dscr ? Format::number(*y.dscr, 2) : QString(),
             Format::number(y90.netCny, 0), y90.dscr ? Format::number(*y90.dscr, 2) : QString()});
    }
    settlement_->setRowCount(static_cast<int>(v.settlement.size()));
    for (std::size_t i = 0; i < v.settlement.size(); ++i) {
        const valuation::SettlementMonth& s = v.settlement[i];
        const valuation::CertificateMonth& c = v.certificates.months[i];
        setRow(settlement_, static_cast<int>(i),
               {valuation::monthLabel(s.year, s.month), Format::number(s.verifiedKwh, 0),
                Format::number(s.settledKwh, 0), Format::number(s.excludedKwh, 0),
                Format::number(s.amountCny, 2), Format::integer(c.issued),
                Format::number(c.carriedOutMwh, 3), Format::number(c.co2T, 2)});
    }
    const valuation::Certificates& c = v.certificates;
    certificates_->setText(
        tr("%1 green certificates (one a MWh of verified, plausible generation; %2 MWh carried "
           "into next month). CO₂ avoided: %3 t at %4 t/MWh, %5 (%6), source: %7.")
            .arg(Format::integer(c.issued), Format::number(c.carriedMwh, 3),
                 Format::number(c.co2T, 1), Format::number(c.factor.tPerMwh, 4),
                 chinese ? c.factor.nameZh : c.factor.name)
            .arg(c.factor.year)
            .arg(c.factor.source));
}

void ValuationPage::showStorage(const valuation::StorageValuation& s)
{
    QString html = QStringLiteral("<table>");
    html += row(tr("Nominal energy"), Format::withUnit(s.nominalKwh, QStringLiteral("kWh"), 1));
    html += row(
        tr("State of health"),
        s.sohPct ? tr("%1 (%2)").arg(Format::percent(*s.sohPct),
                                     s.sohBasis == u"estimated" ? tr("estimated from its currents")
                                                                : tr("as its BMS reports"))
                 : tr("none"));
    html += row(tr("Remaining energy"), Format::withUnit(s.remainingKwh, QStringLiteral("kWh"), 1));
    html += row(tr("Days to 80 % · 70 %"),
                s.lifeAbsent.isEmpty()
                    ? QStringLiteral("%1 · %2").arg(orNone(s.daysTo80, 0), orNone(s.daysTo70, 0))
                    : s.lifeAbsent.localized());
    html += row(tr("Gross second-life value"), money(s.grossCny));
    for (const valuation::Haircut& h : s.haircuts)
        html += row(tr("Haircut"), QStringLiteral("−%1: %2").arg(Format::percent(h.share * 100),
                                                                 h.basis.localized()));
    html += row(tr("Value"), QStringLiteral("<b>%1</b>").arg(money(s.valueCny)));
    if (s.van) {
        html += row(tr("Distance"),
                    tr("%1 km on %2 active days (%3 km a day)")
                        .arg(Format::number(s.van->km, 0), Format::integer(s.van->activeDays),
                             orNone(s.van->kmPerActiveDay, 0)));
        html += row(tr("Consumption"), orNone(s.van->kwhPer100Km, 1, tr(" kWh/100 km")));
        html +=
            row(tr("Lease cover ratio"),
                s.van->leaseCoverRatio ? Format::number(*s.van->leaseCoverRatio, 2)
                                       : tr("set a revenue per km and a lease payment to see it"));
    }
    figures_->setText(html + QStringLiteral("</table>"));
}

void ValuationPage::fillTornado(const valuation::Sensitivity& s)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Change in NPV from %1").arg(money(s.baseNpvCny)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* low = new QBarSet(tr("input −10 % (energy: P90)"));
    auto* high = new QBarSet(tr("input +10 % (energy: P50)"));
    low->setColor(QColor(0xe6, 0x7e, 0x22));
    high->setColor(QColor(0x2e, 0x6d, 0xb4));
    QStringList categories;
    double extent = 1;
    for (const valuation::SensitivityBar& b : s.bars)
        extent = std::max(
            {extent, std::abs(b.npvLowCny - s.baseNpvCny), std::abs(b.npvHighCny - s.baseNpvCny)});
    // Axis labels a reader takes in at a glance: millions or thousands of CNY.
    const double unit = extent >= 1e6 ? 1e6 : extent >= 1e4 ? 1e3 : 1;
    // Qt draws the first category at the bottom: the widest bar goes last, on top.
    for (auto it = s.bars.rbegin(); it != s.bars.rend(); ++it) {
        categories << inputName(it->key);
        *low << (it->npvLowCny - s.baseNpvCny) / unit;
        *high << (it->npvHighCny - s.baseNpvCny) / unit;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    values->setRange(-extent * 1.1 / unit, extent * 1.1 / unit);
    values->setLabelFormat(QStringLiteral("%.2f"));
    values->setTitleText(unit == 1e6   ? tr("million CNY")
                         : unit == 1e3 ? tr("thousand CNY")
                                       : tr("CNY"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QChart* old = tornado_->chart();
    tornado_->setChart(chart);
    delete old;
}

}  // namespace pp::ui
