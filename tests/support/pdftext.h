// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the PDFs Adhera writes back through poppler-utils, as a person's viewer would.

#include <QString>
#include <QStringList>

#include <optional>

namespace adhera::test {

// The output of a poppler tool ("pdftotext", "pdfimages"…); nothing when poppler-utils is not
// installed (tests then say so with WARN and check what they can without it).
std::optional<QString> poppler(const QString &tool, const QStringList &arguments);

enum class PdfLines {
    Flowing, // one line of text: line breaks made spaces, for « contains » checks across wraps
    Layout, // pdftotext -layout, lines right-trimmed: for golden files
};

// The PDF's text with no-break spaces made plain and the ligatures text shaping put in (« ﬁ »,
// « ﬀ ») spelt out; nothing without pdftotext.
std::optional<QString> pdfText(const QString &path, PdfLines lines = PdfLines::Flowing);

} // namespace adhera::test
