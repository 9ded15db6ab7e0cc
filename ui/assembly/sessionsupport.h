// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the session's tabs share: the banner's colours, how times and counts are written, how a
// refusal is shown. Internal to ui/assembly.

#include "assembly/meetingrecords.h"
#include "assembly/minutesdraft.h"
#include "common/result.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLabel>
#include <QString>

namespace adhera::sessionsupport {

using namespace Qt::StringLiterals;

inline const QString green = u"#1e7b34"_s;
inline const QString red = u"#b03a2e"_s;

inline QString timeText(const QDateTime &at)
{
    return at.isValid() ? assembly::clockTime(at.toLocalTime().time()) : QString();
}

inline QString bannerStyle(bool met)
{
    return met ? u"QLabel { background: #dff3e3; color: #14532d; border: 1px solid #7cc08d; border-radius: 4px; padding: 8px; }"_s
               : u"QLabel { background: #fde8cf; color: #7a3e00; border: 1px solid #eba35a; border-radius: 4px; padding: 8px; }"_s;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::AssemblySession)
};

// « pour 3, contre 1, abstentions 0 », with blank and spoiled ballots when there are any.
inline QString countSummary(const assembly::VoteCount &count)
{
    QString text = Tr::tr("pour %1, contre %2, abstentions %3").arg(count.inFavour).arg(count.against).arg(count.abstentions);
    if (count.blank != 0 || count.spoiled != 0)
        text += Tr::tr(", blancs %1, nuls %2").arg(count.blank).arg(count.spoiled);
    return text;
}

// Shows why an action was refused (critical for a file or storage failure, a warning for a rule)
// and says whether it succeeded.
template <typename T>
bool succeeded(QWidget *parent, const QString &title, const Result<T> &result)
{
    if (result)
        return true;
    const Error &error = result.error();
    if (error.code == ErrorCode::Storage || error.code == ErrorCode::Io)
        MessageBox::critical(parent, title, error.message);
    else
        MessageBox::warning(parent, title, error.message);
    return false;
}

inline QLabel *boldLabel(const QString &text = QString())
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace adhera::sessionsupport
