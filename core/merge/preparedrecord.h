// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One imported row made ready for matching: every field normalised once, so that the millions
// of comparisons of a large run only read prepared values. A record is matched either as a
// person (a member's contact: names, employer, e-mail, address…) or as an organisation (name,
// SIREN, address, switchboard).

#include "importing/importfield.h"
#include "merge/compare.h"

#include <QString>
#include <QStringList>

namespace adhera::merge {

enum class Subject { Person, Organisation };

struct PreparedRecord {
    PreparedName name;
    OrganisationName organisation;
    QString email; // normalised, empty when absent or a generic mailbox
    QString emailRaw; // as written, for compareEmails
    // E.164 numbers of the phone and mobile columns, split by kind: a French mobile belongs to
    // one person, a landline is often a company's switchboard shared by all its staff.
    QStringList mobiles;
    QStringList landlines;
    QString streetNumber; // folded, "12bis"
    QString street; // normaliseStreet
    QString addressExtra; // normaliseStreet
    QString postcode;
    QString city; // folded
    QString region; // folded
    QString birthDate; // 8 digits or empty
    QString nationalId; // letters and digits
    QString siren; // 9 digits when valid, else empty
    QString siret; // 14 digits when valid, else empty
};

PreparedRecord prepareRecord(const importing::FieldValues &values);

// True when the record has something to match on for the subject (a name at least).
bool isMatchable(const PreparedRecord &record, Subject subject);

} // namespace adhera::merge
