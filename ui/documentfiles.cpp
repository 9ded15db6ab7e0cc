// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfiles.h"

#include "messagebox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace adhera::documents {

namespace {

const QString folderKey = u"documents/lastFolder"_s;

// "Document PDF (*.pdf)" → "pdf".
QString suffixOfFilter(const QString &filter)
{
    const QRegularExpressionMatch match = QRegularExpression(u"\\*\\.(\\w+)"_s).match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString startFolder()
{
    const QString last = QSettings().value(folderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void rememberFolder(const QString &path)
{
    const QFileInfo info(path);
    QSettings().setValue(folderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filters, QString *chosenFilter)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(startFolder()).filePath(suggestedName), filters, &selected);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty()) {
        const QString suffix = suffixOfFilter(selected);
        path += u'.' + (suffix.isEmpty() ? QFileInfo(suggestedName).suffix() : suffix);
    }
    if (chosenFilter)
        *chosenFilter = selected;
    rememberFolder(path);
    return path;
}

QString askFolder(QWidget *parent, const QString &title)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, title, startFolder());
    if (!folder.isEmpty())
        rememberFolder(folder);
    return folder;
}

void offerToOpen(QWidget *parent, const QString &title, const QString &text, const QString &path)
{
    const QFileInfo info(path);
    switch (MessageBox::fileWritten(parent, title, text)) {
    case QMessageBox::Open: QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath())); break;
    case QMessageBox::Apply:
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
        break;
    default: break;
    }
}

} // namespace adhera::documents
