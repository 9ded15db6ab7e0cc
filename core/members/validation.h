// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Validation and normalisation of the member file's records before they are saved.
// normalised() cleans what can be cleaned without asking (trims, phones to E.164, SIREN/SIRET
// to bare digits, SIREN taken from the SIRET when missing, e-mail lower-cased); problems() then
// lists what the user must fix, field by field, with messages that name the value.

#include "members/fieldproblem.h"
#include "members/records.h"

namespace adhera::validation {

// Empty is valid (the field is optional). Returns the problem in French, or an empty string.
QString emailProblem(const QString &email);
QString postcodeProblem(const QString &postcode); // French postcodes: 5 digits, 01000–98999
QString websiteProblem(const QString &website);

OrganisationRecord normalised(OrganisationRecord record);
PersonRecord normalised(PersonRecord record);

FieldProblems problems(const OrganisationRecord &record);
FieldProblems problems(const PersonRecord &record);

} // namespace adhera::validation
