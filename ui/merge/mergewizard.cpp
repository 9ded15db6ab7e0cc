// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergewizard.h"

#include "merge/applypage.h"
#include "merge/columnspage.h"
#include "merge/filespage.h"
#include "merge/reviewpage.h"
#include "merge/searchpage.h"

using namespace Qt::StringLiterals;

namespace adhera {

MergeWizard::MergeWizard(Database &db, QWidget *parent) : QWizard(parent), m_state(db)
{
    setObjectName(u"mergeWizard"_s);
    setWindowTitle(tr("Importer et fusionner des fichiers d'adhérents"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::BackButton, tr("< Précédent"));
    setButtonText(QWizard::NextButton, tr("Suivant >"));
    setButtonText(QWizard::CancelButton, tr("Annuler"));
    setButtonText(QWizard::FinishButton, tr("Fusionner"));

    m_filesPage = new FilesPage(m_state, this);
    m_searchPage = new SearchPage(m_state, this);
    setPage(FilesPageId, m_filesPage);
    setPage(ColumnsPageId, new ColumnsPage(m_state, this));
    setPage(SearchPageId, m_searchPage);
    setPage(ReviewPageId, new ReviewPage(m_state, this));
    setPage(ApplyPageId, new ApplyPage(m_state, this));
    setStartId(FilesPageId);
    resize(1100, 720);
}

MergeWizard::~MergeWizard()
{
    // The search thread works on the session, which goes before the pages do.
    m_searchPage->stop();
}

void MergeWizard::addFile(const QString &path, qint64 originClubId)
{
    m_filesPage->addFile(path, originClubId);
}

} // namespace adhera
