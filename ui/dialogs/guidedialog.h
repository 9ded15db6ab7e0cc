// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GuideDialog: « Aide > Guide des tâches courantes » (F1), a short guide of each officer's main
// tasks, with the names of the menus and buttons that do them, in the interface's language
// (resources/help/guide_<fr|en>.html). Not modal: it stays open beside the window.

#include <QDialog>

class QTextBrowser;

namespace adhera {

class GuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    // The guide of the interface's language: English when the English translation is installed.
    static QString guidePath();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace adhera
