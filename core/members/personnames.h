// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a person's name is written: the last name in capitals, made by Qt (SQLite's upper()
// knows only ASCII and would print « MüLLER »).

#include <QString>

namespace adhera {

// "NOM Prénom", the lists' form for people.
QString listName(const QString &lastName, const QString &firstName);
// "Prénom NOM", the form of letters, signatures and messages.
QString letterName(const QString &firstName, const QString &lastName);

// A name or a town written all in capitals, as some exports shout them, the way it is written
// in running text: « LAXOU » → « Laxou », « VANDŒUVRE-LÈS-NANCY » → « Vandœuvre-lès-Nancy »,
// « JEAN-PIERRE » → « Jean-Pierre », « GAVIER ÉPOUSE COUERT » → « Gavier épouse Couert ». A
// value with a lower-case letter, or of one letter, is kept as written: somebody chose it.
QString fromCapitals(const QString &value);

} // namespace adhera
