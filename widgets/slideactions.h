// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"
#include "export/slideexport.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QWidget;
QT_END_NAMESPACE

namespace trendboard {

// What the export dialog and the chart's copy buttons share: the slide options the user last
// chose (kept in QSettings) and the clipboard.

SlideOptions savedSlideOptions();
void saveSlideOptions(const SlideOptions& options);

// The choices both export dialogs offer, filled and set to `current`; data() holds the value.
QComboBox* makePresetBox(QWidget* parent, SlidePreset current, bool withCustom);
QComboBox* makeRatioBox(QWidget* parent, int current);
QComboBox* makeThemeBox(QWidget* parent, SlideTheme current);
// The folder box, on the last export's folder, with a "Choose…" button beside it.
QHBoxLayout* makeFolderRow(QWidget* parent, QLineEdit** folder);

// The exhibit as a slide image (the saved size, ratio and theme) and its values as
// tab-separated text, in one clipboard entry: an image editor takes the picture, a
// spreadsheet the table.
void copySlideToClipboard(const ExhibitData& data, const SlideOptions& options);
// The values alone, tab-separated.
void copyDataToClipboard(const ExhibitData& data);

} // namespace trendboard
