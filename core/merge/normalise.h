// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Normalisers: the first layer of the merge engine. Pure functions that turn what two club files
// wrote for the same member into comparable values; they decide nothing about identity.
//
// - Every text goes through text::fold (accents, ligatures, case, punctuation → spaces), after
//   repairing Windows-1252/UTF-8 mojibake ("HÃ©lÃ¨ne" → "Hélène").
// - Names keep every spelling a comparison may need: the full folded tokens, and alternatives
//   (surname without its particle, each half of a married name, the German "ue" form of ü).
// - Apostrophes GLUE the letters on both sides ("N'Diaye" → "ndiaye", "D'Angelo" → "dangelo"):
//   files also write "NDIAYE" or "Ndiaye", and gluing makes the three equal, whereas a space
//   could never be recovered from the glued form. Files that write "N Diaye" give the tokens
//   {"n", "diaye"}, whose concatenation is the same key; comparisons join tokens for that reason.
//   An elided particle (d', l') is also dropped in an alternative: "D'Angelo" → alt "angelo".
// - Organisation names lose their legal forms and site qualifiers, so that the core name alone
//   is compared; the site is returned separately because two sites of one company are different
//   addresses of the same organisation.
// - frenchPhonetic is a key for the weak "sounds alike" comparison; it collides on purpose.

#include <QString>
#include <QStringList>

namespace adhera::merge {

struct PersonName {
    QStringList givenTokens; // full given names, folded: "Jean-Pierre" → {"jean", "pierre"}; initials are not tokens
    QString givenInitials; // first letter of each given name, initials included: "J.-P." → "jp", "Jean-Pierre" → "jp"
    QStringList surnameTokens; // every surname word, particles kept: "De La Fontaine" → {"de", "la", "fontaine"}
    QStringList altSurnames; // other folded forms the same person may be filed under: "fontaine", "martin", "mueller"
    QString civility; // "M.", "Mme", "Mlle", "Dr" or "Pr" when found inside a name field, else empty
};

PersonName normalisePersonName(const QString &firstName, const QString &lastName);

struct OrganisationName {
    QString core; // folded, without legal forms nor site: "teleperformance france"
    QStringList tokens; // the words of core
    QString site; // folded site qualifier: "metz", or empty
};

OrganisationName normaliseOrganisation(const QString &name);
QString normaliseOrganisationName(const QString &name);
QStringList organisationNameTokens(const QString &name);

// Trimmed, lower case, without "mailto:" nor surrounding <>; empty when there is no "@".
QString normaliseEmail(const QString &email);
// True for a shared or role mailbox (contact@, info@, rh@, noreply@…): never a person's identity.
bool isGenericMailbox(const QString &email);
// "J.Dupont@Example.ORG" → "example.org"; empty when there is no domain.
QString emailDomain(const QString &email);

// E.164 ("+33387123456"), or empty when the number is empty or invalid.
QString normalisePhone(const QString &phone);

// Folded street line with abbreviations expanded ("bd" → "boulevard", "st" → "saint"), the
// number glued to bis/ter ("12 bis" → "12bis"), and CEDEX, BP, CS and TSA (with their numbers) removed.
QString normaliseStreet(const QString &street);

// Five digits; a 4-digit postcode gets back the leading zero Excel dropped ("7100" → "07100").
// From a longer text, the first 5-digit group; otherwise the digits as they are.
QString normalisePostcode(const QString &postcode);

// French phonetic key of one word (or a folded name; spaces are ignored). Rules, in order:
//  1. fold, keep letters only, collapse doubled letters;
//  2. consonant groups: sch/sh/ch → "5" (chr → "kr"), ph → f, th → t, gu(e/i/y) → g, ge(a/o) → j,
//     cqu/qu/ck/q → k, c(e/i/y) → s, other c → k, g(e/i/y) → j, w → v, y → i, z → s, x → ks,
//     dt → t, any other h is silent;
//  3. German umlaut spellings: ue/oe/ae between consonants → u/o/a (Mueller = Müller = Muller);
//  4. final (e)au(l) with silent t/d/s/x → o, then eau/au → o;
//  5. nasals before a consonant or at the end: ien → i1, ain/ein/in/im/un/um → 1,
//     an/am/en/em → 2, on/om → 3 (a vowel, or a nasal already coded, after them keeps them oral: "Germaine", "Jacquemin");
//  6. vowel groups: ou → 8, eu/oeu → 9, ai/ei → e;
//  7. collapse doubled letters again, drop a final e, then one final silent s/t/x/d.
// Schmitt = Schmit = Schmidt, Thiébaut = Thiébault, Colin = Collin, Jacquemin = Jacquemain;
// Martin ≠ Marchal, Weber ≠ Weiss.
QString frenchPhonetic(const QString &word);

} // namespace adhera::merge
