// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pages of the merge wizard share: the files chosen, the review session and, once the
// merge is done, its outcome. The files are stored as pending imports when the search starts
// and each decision as it is made (ReviewDraft), so a closed wizard loses no review work; the
// members are written only by the last page.

#include "importing/importfile.h"
#include "merge/mergeapplier.h"
#include "merge/reviewsession.h"

#include <QList>
#include <QString>

#include <memory>

namespace adhera {

class Database;

enum MergePageId { FilesPageId, ColumnsPageId, SearchPageId, ReviewPageId, ApplyPageId };

struct NewImport {
    QString path;
    importing::ImportFile file;
    qint64 layoutClubId = -1; // the club whose remembered layout was last applied to the mapping
    QString storedAs; // once stored (file.batchId set): the club and mapping stored, "club|spec"
};

struct PendingImport {
    importing::ImportFile file; // stored already: batch and row ids set
    bool included = true;
};

struct MergeState {
    explicit MergeState(Database &database) : db(database) { }

    Database &db;
    QList<NewImport> newFiles;
    QList<PendingImport> pending;
    std::unique_ptr<merge::ReviewSession> session;
    merge::ApplyOutcome outcome;
    int restoredDecisions = 0; // taken up from an interrupted review by the last search

    // The files of the review, in session order: the new files first, then the pending ones kept.
    QList<importing::ImportFile> reviewFiles() const
    {
        QList<importing::ImportFile> files;
        for (const NewImport &import : newFiles)
            files << import.file;
        for (const PendingImport &import : pending)
            if (import.included)
                files << import.file;
        return files;
    }
};

} // namespace adhera
