// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergewizard.h"

#include "merge/applypage.h"
#include "merge/columnspage.h"
#include "merge/filespage.h"
#include "merge/reviewpage.h"
#include "merge/searchpage.h"
#include "messagebox.h"
#include "widgets/screenfit.h"

#include <QAbstractButton>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace adhera {

MergeWizard::MergeWizard(Database &db, QWidget *parent) : QWizard(parent), m_state(db)
{
    setObjectName(u"mergeWizard"_s);
    setWindowTitle(tr("Importer et fusionner des fichiers d'adhérents"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::BackButton, tr("< &Précédent"));
    setButtonText(QWizard::NextButton, tr("&Suivant >"));
    setButtonText(QWizard::CancelButton, tr("Annuler"));
    setButtonText(QWizard::FinishButton, tr("&Fusionner"));

    m_filesPage = new FilesPage(m_state, this);
    m_searchPage = new SearchPage(m_state, this);
    setPage(FilesPageId, m_filesPage);
    setPage(ColumnsPageId, new ColumnsPage(m_state, this));
    setPage(SearchPageId, m_searchPage);
    setPage(ReviewPageId, new ReviewPage(m_state, this));
    setPage(ApplyPageId, new ApplyPage(m_state, this));
    setStartId(FilesPageId);
    // Enter on a page whose « Suivant » is disabled (the search running) must not reach Cancel.
    for (const WizardButton which : {QWizard::CancelButton, QWizard::BackButton})
        if (QAbstractButton *button = this->button(which))
            if (auto *push = qobject_cast<QPushButton *>(button))
                push->setAutoDefault(false);
    // As large as the review needs, never larger than the screen (a laptop at 1024 × 700).
    resize(fittedToScreen(this, QSize(1100, 720)));
}

MergeWizard::~MergeWizard()
{
    // The search thread works on the session, which goes before the pages do.
    m_searchPage->stop();
}

void MergeWizard::reject()
{
    const bool stored = m_state.session != nullptr
        || std::any_of(
            m_state.newFiles.cbegin(), m_state.newFiles.cend(), [](const NewImport &import) { return import.file.batchId != 0; });
    if (!stored && m_state.newFiles.isEmpty()) {
        QWizard::reject();
        return;
    }
    QString text;
    if (stored) {
        int decided = 0;
        if (m_state.session)
            for (const merge::ReviewPair &pair : m_state.session->pairs())
                decided += pair.decision != merge::Decision::Undecided && !pair.rememberedDistinct ? 1 : 0;
        text = decided == 0 ? tr("Fermer l'assistant sans fusionner\u00a0? Les fichiers restent enregistrés dans le fichier des "
                                 "adhérents\u00a0: à la prochaine ouverture, l'assistant vous proposera de les reprendre.")
                            : tr("Fermer l'assistant sans fusionner\u00a0? Les fichiers et vos %n décision(s) restent enregistrés dans "
                                 "le fichier des adhérents\u00a0: à la prochaine ouverture, l'assistant vous proposera de reprendre la "
                                 "revue.",
                                nullptr, decided);
    } else {
        text = tr("Fermer l'assistant\u00a0? Les %n fichier(s) choisi(s) et leurs colonnes ne sont pas encore enregistrés\u00a0: il "
                  "faudra les choisir à nouveau.",
            nullptr, int(m_state.newFiles.size()));
    }
    if (MessageBox::confirmClose(this, tr("Importer et fusionner"), text))
        QWizard::reject();
}

void MergeWizard::addFile(const QString &path, qint64 originClubId)
{
    m_filesPage->addFile(path, originClubId);
}

} // namespace adhera
