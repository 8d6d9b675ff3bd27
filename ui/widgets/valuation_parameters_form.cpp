#include "valuation_parameters_form.h"

#include "valuation/reference_data.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

QDoubleSpinBox* spin(double low, double high, int decimals, const QString& suffix,
                     const QString& special = {})
{
    auto* s = new QDoubleSpinBox;
    s->setRange(low, high);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setSingleStep(std::pow(10.0, -decimals + (decimals > 0 ? 1 : 0)));
    if (!special.isEmpty())
        s->setSpecialValueText(special);  // shown at the minimum: "not set"
    s->setKeyboardTracking(false);
    return s;
}

}  // namespace

ValuationParametersForm::ValuationParametersForm(QWidget* parent) : QWidget(parent)
{
    discount_ = spin(-99, 100, 2, QStringLiteral(" %"));
    tariff_ = spin(0, 10, 4, tr(" CNY/kWh"), tr("province benchmark"));
    degradation_ = spin(0, 20, 2, tr(" %/year"));
    opex_ = spin(0, 10'000, 1, tr(" CNY/kW·year"));
    life_ = spin(1, 60, 1, tr(" years"));
    price_ = spin(0, 1e12, 0, tr(" CNY"), tr("none"));
    principal_ = spin(0, 1e12, 0, tr(" CNY"), tr("no loan"));
    debtRate_ = spin(-99, 100, 2, QStringLiteral(" %"));
    debtYears_ = new QSpinBox;
    debtYears_->setRange(1, 50);
    debtYears_->setSuffix(tr(" years"));
    secondLife_ = spin(0, 10'000, 0, tr(" CNY/kWh"));
    refurbishment_ = spin(0, 10'000, 0, tr(" CNY/kWh"));
    factor_ = new QComboBox;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const valuation::EmissionFactor& f : valuation::referenceData().emissionFactors)
        factor_->addItem(QStringLiteral("%1 (%2, %3 t/MWh)")
                             .arg(chinese ? f.nameZh : f.name)
                             .arg(f.year)
                             .arg(QLocale().toString(f.tPerMwh, 'f', 4)),
                         f.key);

    auto* pv = new QFormLayout;
    pv->addRow(tr("Discount rate"), discount_);
    pv->addRow(tr("Tariff"), tariff_);
    pv->addRow(tr("Degradation"), degradation_);
    pv->addRow(tr("O&M cost"), opex_);
    pv->addRow(tr("Life"), life_);
    pv->addRow(tr("Asking price"), price_);
    auto* loan = new QFormLayout;
    loan->addRow(tr("Loan principal"), principal_);
    loan->addRow(tr("Loan rate"), debtRate_);
    loan->addRow(tr("Loan term"), debtYears_);
    loan->addRow(tr("Emission factor"), factor_);
    loan->addRow(tr("Second-life price"), secondLife_);
    loan->addRow(tr("Refurbishment"), refurbishment_);
    auto* columns = new QHBoxLayout;
    columns->addLayout(pv);
    columns->addLayout(loan);
    auto* buttons = new QHBoxLayout;
    auto* apply = new QPushButton(tr("Apply and recompute"));
    auto* reset = new QPushButton(tr("Reset"));
    buttons->addStretch(1);
    buttons->addWidget(reset);
    buttons->addWidget(apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addLayout(buttons);
    connect(apply, &QPushButton::clicked, this, &ValuationParametersForm::applied);
    connect(reset, &QPushButton::clicked, this, &ValuationParametersForm::reset);
}

void ValuationParametersForm::setParameters(const valuation::ValuationParameters& p)
{
    base_ = p;
    discount_->setValue(p.discountRate * 100);
    tariff_->setValue(p.tariffCnyPerKwh.value_or(0));
    degradation_->setValue(p.degradationPerYear * 100);
    opex_->setValue(p.opexCnyPerKwYear);
    life_->setValue(p.lifeYears);
    price_->setValue(p.priceCny.value_or(0));
    principal_->setValue(p.debt ? p.debt->principalCny : 0);
    debtRate_->setValue(p.debt ? p.debt->rate * 100 : 5);
    debtYears_->setValue(p.debt ? p.debt->years : 10);
    secondLife_->setValue(p.secondLifeCnyPerKwh);
    refurbishment_->setValue(p.refurbishmentCnyPerKwh);
    factor_->setCurrentIndex(std::max(0, factor_->findData(p.emissionFactor)));
}

valuation::ValuationParameters ValuationParametersForm::parameters() const
{
    valuation::ValuationParameters p = base_;
    p.discountRate = discount_->value() / 100;
    p.tariffCnyPerKwh = tariff_->value() > 0 ? std::optional(tariff_->value()) : std::nullopt;
    p.degradationPerYear = degradation_->value() / 100;
    p.opexCnyPerKwYear = opex_->value();
    p.lifeYears = life_->value();
    p.priceCny = price_->value() > 0 ? std::optional(price_->value()) : std::nullopt;
    p.debt = principal_->value() > 0
                 ? std::optional(valuation::DebtTerms{principal_->value(), debtRate_->value() / 100,
                                                      debtYears_->value()})
                 : std::nullopt;
    p.secondLifeCnyPerKwh = secondLife_->value();
    p.refurbishmentCnyPerKwh = refurbishment_->value();
    p.emissionFactor = factor_->currentData().toString();
    return p;
}

}  // namespace pp::ui
