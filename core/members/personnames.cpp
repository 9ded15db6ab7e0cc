// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnames.h"

using namespace Qt::StringLiterals;

namespace adhera {

QString listName(const QString &lastName, const QString &firstName)
{
    return firstName.isEmpty() ? lastName.toUpper() : lastName.toUpper() + u' ' + firstName;
}

QString letterName(const QString &firstName, const QString &lastName)
{
    return firstName.isEmpty() ? lastName.toUpper() : firstName + u' ' + lastName.toUpper();
}

} // namespace adhera
