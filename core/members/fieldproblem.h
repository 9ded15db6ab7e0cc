// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace adhera {

// A value that does not pass validation: which field, and why, in words for the user.
struct FieldProblem {
    QString field; // the record field's name, e.g. "siret", "email"
    QString message; // e.g. "Le SIRET 123 456 789 00012 a une clé de contrôle fausse."
    bool operator==(const FieldProblem &) const = default;
};

using FieldProblems = QList<FieldProblem>;

} // namespace adhera
