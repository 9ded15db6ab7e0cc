// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Procès-verbal », the third tab of the session: the draft generated from what was recorded,
// edited, approved and locked (refused with blanks or before the meeting), corrected as a new
// version, printed as PDF.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace adhera {

class SessionController;

class SessionMinutesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionMinutesTab(SessionController &session, QWidget *parent = nullptr);

    // The actions behind the buttons, without their file dialogs; each says what went wrong
    // and returns false on failure.
    bool generateDraft();
    bool saveDraft();
    bool lockMinutes(); // after a confirmation
    bool correctMinutes(); // after a confirmation
    bool writeMinutesPdfTo(const QString &path);

    QPlainTextEdit *minutesEdit() const { return m_minutesEdit; }
    QLabel *statusLabel() const { return m_statusLabel; }

private:
    void fillMinutes();
    bool confirmAndGenerate();
    void choosePdfFile();

    SessionController &m_session;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_minutesEdit = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_saveDraftButton = nullptr;
    QPushButton *m_lockButton = nullptr;
    QPushButton *m_correctButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace adhera
