// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MemberEditor: what PersonEditor and OrganisationEditor share — the frame (tabs of fields
// with their inline messages, a label for the problems no field shows, Enregistrer/Annuler),
// the membership group box, and the contract: accept() closes only on a valid record, reject()
// asks before dropping changes. "Today" is the member file's (the database clock's) today,
// read once when the dialog opens.

#include "members/fieldproblem.h"
#include "members/memberfile.h"
#include "members/records.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace adhera {

class FieldFeedback;
class OptionalDateEdit;

class MemberEditor : public QDialog
{
    Q_OBJECT
public:
    // True when the record differs from the one the dialog was opened with.
    virtual bool isModified() const = 0;

    void accept() override;
    void reject() override;

protected:
    struct Page {
        QWidget *widget;
        QString title;
    };

    MemberEditor(MemberFile &file, const QString &objectName, QWidget *parent);

    // The derived constructor builds its pages (their fields watched by m_feedback), then hands
    // them over: tabs, problem label and buttons are laid out, load() fills the fields,
    // rememberLoaded() keeps the result for isModified(), and validation follows the edits.
    void setUpPages(const QList<Page> &pages);

    // For the derived destructor: hiding a dialog moves the focus away, and leaving a field
    // validates, which must happen while the derived editor still exists (not in ~QDialog).
    void hideBeforeDestruction();

    virtual void load() = 0;
    virtual void rememberLoaded() = 0;
    virtual FieldProblems allProblems() const = 0;
    void validate();

    // The checkable "member" group: category (those `memberKind` may hold), status, origin
    // club, joining and leaving dates. membershipForm() takes rows of the caller's own.
    QGroupBox *buildMembershipGroup(const QString &title, const QString &memberKind, QWidget *page);
    QFormLayout *membershipForm() const;
    // Checks the group when there is a membership and shows it.
    void loadMembership(const std::optional<Membership> &membership);
    // Presets the category to the first one meant for this kind of member alone.
    void suggestCategory();
    // `original` updated with the group's fields; none when the group is unchecked.
    std::optional<Membership> collectMembership(const std::optional<Membership> &original) const;

    MemberFile &m_file;
    const QDate m_today;
    FieldFeedback *m_feedback = nullptr;

private:
    QLabel *m_generalProblems = nullptr; // the problems of fields no input shows
    QString m_memberKind;
    bool m_hadMembership = false;
    QGroupBox *m_membershipGroup = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_originClub = nullptr;
    OptionalDateEdit *m_joinedOn = nullptr;
    OptionalDateEdit *m_leftOn = nullptr;
};

} // namespace adhera
