// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationview.h"

#include "i18n/displayformat.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

const QString positiveColour = u"#1b7f3a"_s;
const QString negativeColour = u"#a91b0d"_s;
const QString absentColour = u"#808080"_s;

} // namespace

ExplanationView::ExplanationView(QWidget *parent) : QWidget(parent)
{
    m_contributionsLabel = new QLabel(this);
    m_contributionsLabel->setObjectName(u"contributionsLabel"_s);
    m_contributionsLabel->setTextFormat(Qt::RichText);
    m_contributionsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(u"totalLabel"_s);
    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(u"ruleLabel"_s);
    m_ruleLabel->setWordWrap(true);
    m_ruleLabel->setStyleSheet(u"font-weight: bold;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contributionsLabel);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_ruleLabel);
    clear();
}

QString ExplanationView::formatBits(double bits)
{
    const double rounded = std::round(bits * 10) / 10;
    const QString digits = i18n::displayLocale().toString(std::abs(rounded), 'f', 1);
    return (rounded < 0 ? u"−"_s : u"+"_s) + digits;
}

void ExplanationView::clear()
{
    m_shown.reset();
    m_contributionsLabel->clear();
    m_totalLabel->clear();
    m_ruleLabel->hide();
}

void ExplanationView::setColumns(int columns)
{
    if (columns == m_columns || columns < 1)
        return;
    m_columns = columns;
    if (m_shown)
        showExplanation(*m_shown);
}

void ExplanationView::showExplanation(const merge::Explanation &explanation)
{
    m_shown = explanation;
    QStringList cells;
    for (const merge::Contribution &contribution : explanation.contributions) {
        const bool absent = contribution.level == merge::Level::Missing;
        const QString colour = absent ? absentColour : contribution.bits >= 0 ? positiveColour : negativeColour;
        const QString text = absent
            ? tr("%1 : %2").arg(merge::label(contribution.comparison), merge::label(contribution.level))
            : tr("%1 : %2, %3").arg(merge::label(contribution.comparison), merge::label(contribution.level), formatBits(contribution.bits));
        cells << u"<td style=\"color:%1; padding-right:18px\">%2</td>"_s.arg(colour, text.toHtmlEscaped());
    }
    QString html = u"<table cellspacing=\"0\" cellpadding=\"1\">"_s;
    for (qsizetype row = 0; row * m_columns < cells.size(); ++row)
        html += u"<tr>"_s + cells.mid(row * m_columns, m_columns).join(QString()) + u"</tr>"_s;
    html += u"</table>"_s;
    m_contributionsLabel->setText(html);
    m_totalLabel->setText(tr("A priori : %1 ; total : %2 bits, soit %3\u00a0%")
                              .arg(formatBits(explanation.priorBits), formatBits(explanation.weight),
                                  i18n::displayLocale().toString(std::lround(explanation.probability * 100))));
    m_ruleLabel->setText(tr("Règle : %1").arg(explanation.rule));
    m_ruleLabel->setVisible(!explanation.rule.isEmpty());
}

} // namespace adhera
