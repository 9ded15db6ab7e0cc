// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidedialog.h"

#include "i18n/displayformat.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("Guide des tâches courantes"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    QFile guide(guidePath());
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(guide.readAll()));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Fermer"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(720, 640)));
}

QString GuideDialog::guidePath()
{
    return i18n::displayLocale().language() == QLocale::English ? u":/help/guide_en.html"_s : u":/help/guide_fr.html"_s;
}

} // namespace adhera
