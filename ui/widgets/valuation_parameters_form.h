#pragma once

#include "valuation/valuation_parameters.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace pp::ui {

// The valuation parameters a financier sets (docs/valuation.md), with the units they are
// thought in (rates in %), for the portfolio or for one asset. Ranges are the ones the core
// checks, so what the form gives always applies. "Apply" hands the parameters over.
class ValuationParametersForm : public QWidget
{
    Q_OBJECT

public:
    explicit ValuationParametersForm(QWidget* parent = nullptr);

    void setParameters(const valuation::ValuationParameters& p);
    valuation::ValuationParameters parameters() const;

signals:
    void applied();
    void reset();  // back to the defaults (portfolio) or the portfolio's (asset)

private:
    valuation::ValuationParameters base_;  // what the form does not show stays as given
    QDoubleSpinBox *discount_, *tariff_, *degradation_, *opex_, *life_, *price_;
    QDoubleSpinBox *principal_, *debtRate_;
    QSpinBox* debtYears_;
    QDoubleSpinBox *secondLife_, *refurbishment_;
    QComboBox* factor_;
};

}  // namespace pp::ui
