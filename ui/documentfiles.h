// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the documents Adhera writes (PDFs, exports, lists) are saved: the save dialog starts in
// the folder used last time, else in the user's Documents — never in the hidden folder that holds
// the member file — and, once written, the user may open the document or its folder at once.

#include <QString>

class QWidget;

namespace adhera::documents {

// The folder the next save dialog starts in.
QString startFolder();
// Remembers the folder of `path` for the next save dialog.
void rememberFolder(const QString &path);

// Asks where to save `suggestedName`; adds the suffix of the chosen filter (else the suggestion's)
// when none was typed. Empty when the user cancelled.
QString askSavePath(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filters, QString *chosenFilter = nullptr);
// The same for a folder.
QString askFolder(QWidget *parent, const QString &title);

// Says what was written (`text`) and offers to open the document or the folder it is in.
void offerToOpen(QWidget *parent, const QString &title, const QString &text, const QString &path);

} // namespace adhera::documents
