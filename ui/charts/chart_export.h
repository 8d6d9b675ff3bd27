#pragma once

#include "plot.h"
#include "widgets/csv_export.h"

#include <vector>

class QWidget;

namespace pp::ui {

// A chart's exports, apart from the chart: the picture as drawn, and the full data (never
// the downsampled points) as CSV with one row a point: series, unit, x, value.
bool exportChartPng(QWidget* view, const QString& path);
// A copy of the data, so the chart may close while the file is written off the UI thread.
CsvWriter chartCsvWriter(std::vector<Plot::Export> data);

// The same behind a save dialog named after the chart's title; failures are told in a
// message box.
void askAndExportChartPng(QWidget* parent, const QString& title, QWidget* view);
void askAndExportChartCsv(QWidget* parent, const QString& title, CsvWriter writer);

}  // namespace pp::ui
