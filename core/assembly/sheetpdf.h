// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layout the meeting lists share (the feuille d'émargement of an assembly, the list of
// invitees and the attendance sheet of any meeting): the club's letterhead, a centred title, the
// meeting on one line with its place, a short paragraph saying how to use the page, then a ruled
// table repeated with its header on every page and, after the last row, a closing block (totals,
// signatures). Footer « Title — meeting » and « Page N / M ». A4 portrait; needs a
// QGuiApplication (offscreen is enough); written beside the target and renamed over it only
// once complete.

#include "assembly/meetingrecords.h"
#include "common/result.h"
#include "dues/duespdf.h"

#include <QList>
#include <QString>

#include <functional>

class QPainter;

namespace adhera::dues::pdf {
class Canvas;
}

namespace adhera::assembly::sheetpdf {

struct Column {
    QString title;
    double width = 1; // relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
    bool checkBox = false; // an empty box to tick, whatever the cell says
};

struct Cell {
    QString text;
    QString detail; // a smaller second line (« représentant : … »), or empty
};

struct Sheet {
    QString title; // « Feuille d'émargement »
    QString intro; // under the meeting line
    QList<Column> columns;
    QList<QList<Cell>> rows; // one cell per column
    double rowHeightMm = 8;
    // After the last row: painted from `top` across `width`; it needs closingHeightMm. It owns
    // (captures by value) what it paints: the sheet may outlive the caller's variables.
    double closingHeightMm = 0;
    std::function<void(const dues::pdf::Canvas &canvas, double top, double width)> closing;
};

// « Assemblée générale ordinaire du 12 juin 2025 à 18 h 30 », « Conseil d'administration du … ».
QString meetingLine(const Meeting &meeting);

Result<void> writeSheetPdf(const Meeting &meeting, const dues::ClubHeader &club, const Sheet &sheet, const QString &path);

} // namespace adhera::assembly::sheetpdf
