// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The merge wizard: club files read and mapped, duplicates searched for (off the GUI thread),
// reviewed pair by pair, then merged into the member file by one core call. The files are kept
// as pending imports from the search on and each decision as it is made, so closing the wizard
// (which asks first) loses no review work: the next opening offers to take it up. Members are
// written only by the last page's « Fusionner ».

#include "merge/mergestate.h"

#include <QWizard>

namespace adhera {

class ApplyPage;
class FilesPage;
class SearchPage;

class MergeWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit MergeWizard(Database &db, QWidget *parent = nullptr);
    ~MergeWizard() override;

    // Adds a club file as « Ajouter un fichier… » does; originClubId 0 guesses the club from
    // the file name. A file that cannot be read is reported in a message box and not added.
    void addFile(const QString &path, qint64 originClubId);

    // What the merge did, once the wizard finished.
    const merge::ApplyOutcome &outcome() const { return m_state.outcome; }
    // The pairs under review; null before the search ran.
    const merge::ReviewSession *reviewSession() const { return m_state.session.get(); }

    // Cancel, Échap, the window's close button: asks first once there is work to keep or lose.
    void reject() override;

private:
    MergeState m_state;
    FilesPage *m_filesPage = nullptr;
    SearchPage *m_searchPage = nullptr;
};

} // namespace adhera
