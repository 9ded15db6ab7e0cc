// SPDX-License-Identifier: GPL-3.0-or-later
#include "membereditor.h"

#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "dialogs/optionaldateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

MemberEditor::MemberEditor(MemberFile &file, const QString &objectName, QWidget *parent)
    : QDialog(parent), m_file(file), m_today(file.today())
{
    setObjectName(objectName);
    setStyleSheet(FieldFeedback::styleSheet());
    m_generalProblems = new QLabel(this);
    m_generalProblems->setObjectName(u"generalProblemLabel"_s);
    m_feedback = new FieldFeedback(this, m_generalProblems);
}

void MemberEditor::setUpPages(const QList<Page> &pages)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"tabs"_s);
    for (const Page &page : pages)
        tabs->addTab(page.widget, page.title);
    m_feedback->setTabWidget(tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_generalProblems);
    layout->addWidget(EditorSupport::saveButtons(this));

    resize(std::max(sizeHint().width(), 560), sizeHint().height());

    load();
    rememberLoaded();
    m_feedback->forgetTouched();

    connect(m_feedback, &FieldFeedback::inputChanged, this, &MemberEditor::validate);
}

void MemberEditor::hideBeforeDestruction()
{
    hide();
}

void MemberEditor::validate()
{
    m_feedback->show(allProblems());
}

void MemberEditor::accept()
{
    m_feedback->revealAll();
    validate();
    if (m_feedback->focusFirstProblem())
        return;
    QDialog::accept();
}

void MemberEditor::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

QGroupBox *MemberEditor::buildMembershipGroup(const QString &title, const QString &memberKind, QWidget *page)
{
    m_memberKind = memberKind;
    m_membershipGroup = new QGroupBox(title, page);
    m_membershipGroup->setObjectName(u"membershipGroup"_s);
    m_membershipGroup->setCheckable(true);
    auto *form = new QFormLayout(m_membershipGroup);
    m_category = new QComboBox(m_membershipGroup);
    m_category->setObjectName(u"categoryCombo"_s);
    EditorSupport::fillCategories(m_category, m_file, memberKind);
    m_feedback->addRow(form, tr("&Catégorie\u00a0:"), m_category, u"membership.category"_s);
    m_status = new QComboBox(m_membershipGroup);
    m_status->setObjectName(u"statusCombo"_s);
    EditorSupport::fillStatuses(m_status);
    form->addRow(tr("&Statut\u00a0:"), m_status);
    m_originClub = new QComboBox(m_membershipGroup);
    m_originClub->setObjectName(u"originClubCombo"_s);
    EditorSupport::fillOriginClubs(m_originClub, m_file);
    form->addRow(tr("Club d'&origine\u00a0:"), m_originClub);
    m_joinedOn = new OptionalDateEdit(m_membershipGroup);
    m_joinedOn->setObjectName(u"joinedOnEdit"_s);
    m_joinedOn->setDefaultDate(m_today);
    form->addRow(tr("&Date d'adhésion\u00a0:"), m_joinedOn);
    m_leftOn = new OptionalDateEdit(m_membershipGroup);
    m_leftOn->setObjectName(u"leftOnEdit"_s);
    m_leftOn->setDefaultDate(m_today);
    m_feedback->addRow(form, tr("Da&te de départ\u00a0:"), m_leftOn, u"membership.left_on"_s);

    connect(m_membershipGroup, &QGroupBox::toggled, this, [this](bool checked) {
        // A membership begun in this dialog starts today unless told otherwise.
        if (checked && !m_hadMembership && !m_joinedOn->date().isValid())
            m_joinedOn->setDate(m_today);
        validate();
    });
    connect(m_joinedOn, &OptionalDateEdit::dateChanged, this, &MemberEditor::validate);
    return m_membershipGroup;
}

QFormLayout *MemberEditor::membershipForm() const
{
    return qobject_cast<QFormLayout *>(m_membershipGroup->layout());
}

void MemberEditor::loadMembership(const std::optional<Membership> &membership)
{
    m_hadMembership = membership.has_value();
    {
        const QSignalBlocker blocker(m_membershipGroup);
        m_membershipGroup->setChecked(m_hadMembership);
    }
    if (!membership)
        return;
    EditorSupport::selectId(m_category, membership->categoryId);
    EditorSupport::selectStatus(m_status, membership->status);
    EditorSupport::selectId(m_originClub, membership->originClubId);
    m_joinedOn->setDate(membership->joinedOn);
    m_leftOn->setDate(membership->leftOn);
}

void MemberEditor::suggestCategory()
{
    const int index = m_category->findData(m_memberKind, EditorSupport::MemberKindRole);
    if (index > 0)
        m_category->setCurrentIndex(index);
}

std::optional<Membership> MemberEditor::collectMembership(const std::optional<Membership> &original) const
{
    if (!m_membershipGroup->isChecked())
        return std::nullopt;
    Membership m = original.value_or(Membership {});
    m.categoryId = EditorSupport::selectedId(m_category);
    m.status = EditorSupport::selectedStatus(m_status);
    m.originClubId = EditorSupport::selectedId(m_originClub);
    m.joinedOn = m_joinedOn->date();
    m.leftOn = m_leftOn->date();
    return m;
}

} // namespace adhera
