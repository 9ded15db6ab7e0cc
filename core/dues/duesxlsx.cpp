// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesxlsx.h"

#include "dues/duescsv.h"
#include "io/xlsxwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

using Style = io::XlsxWorkbook::Style;

double euros(Cents cents)
{
    return double(cents) / 100.0;
}

// One table on a sheet: a bold frozen header, rows, a totals row, an autofilter and column
// widths fitted to the widest text.
class Table final
{
public:
    Table(io::XlsxWorkbook &workbook, const QString &name, const QStringList &titles)
        : m_sheet(workbook.addSheet(name)), m_columns(int(titles.size()))
    {
        for (int c = 0; c < m_columns; ++c)
            text(0, c, titles.at(c), Style::Header);
        m_sheet.freezeHeaderRow();
    }

    void text(int row, int col, const QString &value, Style style = Style::Plain)
    {
        widen(col, value.size());
        if (!value.isEmpty() || style != Style::Plain)
            m_sheet.text(row, col, value, style);
    }
    void money(int row, int col, Cents value)
    {
        widen(col, 14);
        m_sheet.number(row, col, euros(value), Style::Euro);
    }
    void integer(int row, int col, qint64 value)
    {
        widen(col, 8);
        m_sheet.number(row, col, double(value));
    }
    void date(int row, int col, const QDate &value)
    {
        widen(col, 10);
        m_sheet.date(row, col, value);
    }

    // The totals row under data rows 1..lastRow: "Total", then SUM formulas with their value.
    void totals(int lastRow, const QList<int> &columns, const std::function<double(int)> &value, const QList<int> &euroColumns)
    {
        const int row = lastRow + 1;
        text(row, 0, Tr::tr("Total"), Style::TotalText);
        for (int col : columns) {
            const Style style = euroColumns.contains(col) ? Style::TotalEuro : Style::TotalNumber;
            if (lastRow < 1) {
                m_sheet.number(row, col, 0.0, style);
                continue;
            }
            const QString letter = io::XlsxWorkbook::Sheet::columnName(col);
            m_sheet.formula(row, col, u"SUM(%1%2:%1%3)"_s.arg(letter).arg(2).arg(lastRow + 1), value(col), style);
        }
    }

    void finish(int lastRow, bool filter = true)
    {
        if (filter)
            m_sheet.autoFilter(std::max(lastRow, 1), m_columns - 1);
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            m_sheet.setColumnWidth(int(c), std::clamp(m_widths.at(c) + 2.0, 8.0, 60.0));
    }

private:
    void widen(int col, qsizetype length)
    {
        if (m_widths.size() <= col)
            m_widths.resize(col + 1, 0.0);
        m_widths[col] = std::max(m_widths[col], double(length));
    }

    io::XlsxWorkbook::Sheet &m_sheet;
    int m_columns;
    QList<double> m_widths;
};

void totalsSheet(io::XlsxWorkbook &workbook, const QString &name, const QString &groupTitle, const QList<DuesTotals> &groups)
{
    Table table(workbook, name, totalsHeaders(groupTitle));
    int row = 0;
    DuesTotals sum;
    for (const DuesTotals &group : groups) {
        ++row;
        table.text(row, 0, group.group);
        table.integer(row, 1, group.calls);
        table.money(row, 2, group.expected);
        table.money(row, 3, group.collected);
        table.money(row, 4, group.outstanding);
        table.money(row, 5, group.exempt);
        sum.calls += group.calls;
        sum.expected += group.expected;
        sum.collected += group.collected;
        sum.outstanding += group.outstanding;
        sum.exempt += group.exempt;
    }
    const Cents values[] {sum.calls, sum.expected, sum.collected, sum.outstanding, sum.exempt};
    table.totals(row, {1, 2, 3, 4, 5}, [&](int col) { return col == 1 ? double(sum.calls) : euros(values[col - 1]); }, {2, 3, 4, 5});
    table.finish(row);
}

} // namespace

Result<void> writeDuesReportXlsx(const DuesReport &report, const QString &path)
{
    io::XlsxWorkbook workbook;
    Table summary(workbook, Tr::tr("Synthèse"), totalsHeaders(Tr::tr("Exercice")));
    summary.text(1, 0, report.yearLabel);
    summary.integer(1, 1, report.total.calls);
    summary.money(1, 2, report.total.expected);
    summary.money(1, 3, report.total.collected);
    summary.money(1, 4, report.total.outstanding);
    summary.money(1, 5, report.total.exempt);
    summary.finish(1, false);

    totalsSheet(workbook, Tr::tr("Par catégorie"), Tr::tr("Catégorie"), report.byCategory);
    totalsSheet(workbook, Tr::tr("Par club"), Tr::tr("Club d'origine"), report.byOriginClub);

    Table unpaid(workbook, Tr::tr("Impayés"), unpaidHeaders());
    int row = 0;
    Cents amount = 0;
    Cents paid = 0;
    Cents balance = 0;
    for (const DuesCall &call : report.unpaid) {
        ++row;
        unpaid.text(row, 0, call.number);
        unpaid.text(row, 1, call.memberName);
        unpaid.text(row, 2, call.category);
        unpaid.text(row, 3, call.originClub);
        unpaid.date(row, 4, call.dueOn);
        unpaid.text(row, 5, reminderText(call));
        unpaid.money(row, 6, call.amount);
        unpaid.money(row, 7, call.paid);
        unpaid.money(row, 8, call.balance());
        amount += call.amount;
        paid += call.paid;
        balance += call.balance();
    }
    unpaid.totals(row, {6, 7, 8}, [&](int col) { return euros(col == 6 ? amount : col == 7 ? paid : balance); }, {6, 7, 8});
    unpaid.finish(row);

    // Not L2C's income: a sheet of its own, named so that nobody adds it to the totals.
    if (!report.formerClubDues.isEmpty()) {
        Table former(workbook, Tr::tr("Anciens clubs"), formerClubHeaders());
        int formerRow = 0;
        for (const FormerClubDues &dues : report.formerClubDues) {
            ++formerRow;
            former.text(formerRow, 0, dues.memberName);
            former.text(formerRow, 1, dues.category);
            former.text(formerRow, 2, dues.clubName);
            former.date(formerRow, 3, dues.paidOn);
            former.text(formerRow, 4, dues.reference);
            former.money(formerRow, 5, dues.amount);
        }
        former.totals(formerRow, {5}, [&](int) { return euros(report.formerClubTotal()); }, {5});
        former.finish(formerRow);
    }
    return workbook.save(path);
}

Result<void> writeReceiptsJournalXlsx(const QList<JournalLine> &lines, const QString &path)
{
    io::XlsxWorkbook workbook;
    Table journal(workbook, Tr::tr("Journal des recettes"), journalHeaders());
    int row = 0;
    Cents debit = 0;
    Cents credit = 0;
    for (const JournalLine &line : lines) {
        ++row;
        journal.date(row, 0, line.date);
        journal.text(row, 1, line.piece);
        journal.text(row, 2, line.member);
        journal.text(row, 3, line.method);
        journal.text(row, 4, line.chequeNumber);
        journal.text(row, 5, line.bank);
        journal.text(row, 6, line.account);
        journal.text(row, 7, line.label);
        if (line.debit)
            journal.money(row, 8, line.debit);
        if (line.credit)
            journal.money(row, 9, line.credit);
        debit += line.debit;
        credit += line.credit;
    }
    journal.totals(row, {8, 9}, [&](int col) { return euros(col == 8 ? debit : credit); }, {8, 9});
    journal.finish(row);
    return workbook.save(path);
}

} // namespace adhera::dues
