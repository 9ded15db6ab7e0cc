// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "i18n/displayformat.h"
#include "members/identifiers.h"
#include "members/phonenumbers.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace adhera::validation {

namespace {

using namespace Qt::StringLiterals;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigits(const QString &text, qsizetype length)
{
    return text.size() == length && identifiers::digitsOnly(text).size() == length;
}

bool containsSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// "exemple.fr", "www.mairie-metz.fr": dot-separated labels, none empty, and a top-level
// domain of at least two characters that is not a number (which would be an IP address).
bool isDomainName(const QString &host)
{
    const QStringList labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
    }
    const QString &topLevel = labels.constLast();
    return topLevel.size() >= 2 && identifiers::digitsOnly(topLevel) != topLevel;
}

QString dateText(QDate date)
{
    return i18n::displayDate(date);
}

// Bare digits when the text is digits and separators only; anything else is left for
// problems() to quote as typed.
QString normalisedIdentifier(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        if (!isAsciiDigit(c) && !c.isSpace() && c != u'.' && c != u'-')
            return trimmed;
    }
    return identifiers::digitsOnly(trimmed);
}

// E.164 when the number is valid; otherwise the text as typed, so that problems() can name it.
QString normalisedPhone(const QString &text)
{
    const phone::Parsed parsed = phone::normalise(text);
    return parsed.valid ? parsed.e164 : text.trimmed();
}

void normaliseMembership(std::optional<Membership> &membership)
{
    if (membership)
        membership->notes = membership->notes.trimmed();
}

void add(FieldProblems &problems, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        problems.append(FieldProblem {field, message});
}

void checkPhone(FieldProblems &problems, const QString &field, const QString &number)
{
    add(problems, field, phone::normalise(number).problem);
}

void checkSirenSiret(FieldProblems &problems, const QString &siren, const QString &siret)
{
    if (!siren.isEmpty()) {
        if (!isDigits(siren, 9)) {
            add(problems, u"siren"_s,
                QCoreApplication::translate("adhera::validation", "Le SIREN « %1 » doit compter 9 chiffres.").arg(siren));
        } else if (!identifiers::isValidSiren(siren)) {
            add(problems, u"siren"_s,
                QCoreApplication::translate("adhera::validation", "Le SIREN %1 a une clé de contrôle fausse.")
                    .arg(identifiers::formatSiren(siren)));
        }
    }
    if (siret.isEmpty())
        return;
    if (!isDigits(siret, 14)) {
        add(problems, u"siret"_s,
            QCoreApplication::translate("adhera::validation", "Le SIRET « %1 » doit compter 14 chiffres.").arg(siret));
        return;
    }
    if (!identifiers::isValidSiret(siret)) {
        add(problems, u"siret"_s,
            QCoreApplication::translate("adhera::validation", "Le SIRET %1 a une clé de contrôle fausse.")
                .arg(identifiers::formatSiret(siret)));
    }
    if (isDigits(siren, 9) && !siret.startsWith(siren)) {
        add(problems, u"siret"_s,
            QCoreApplication::translate("adhera::validation", "Le SIRET %1 ne commence pas par le SIREN %2 : l'un des deux est faux.")
                .arg(identifiers::formatSiret(siret), identifiers::formatSiren(siren)));
    }
}

void checkMembership(FieldProblems &problems, const std::optional<Membership> &membership, bool individual)
{
    if (!membership)
        return;
    if (membership->categoryId == 0) {
        add(problems, u"membership.category"_s,
            QCoreApplication::translate("adhera::validation", "La catégorie d'adhésion est obligatoire."));
    }
    if (membership->joinedOn.isValid() && membership->leftOn.isValid() && membership->leftOn < membership->joinedOn) {
        add(problems, u"membership.left_on"_s,
            QCoreApplication::translate("adhera::validation", "La date de départ (%1) est antérieure à la date d'adhésion (%2).")
                .arg(dateText(membership->leftOn), dateText(membership->joinedOn)));
    }
    if (!individual)
        return;
    // Representatives speak for an organisation; a person member speaks for themselves.
    if (membership->representativeId != 0) {
        add(problems, u"membership.representative"_s,
            QCoreApplication::translate("adhera::validation",
                "Une adhésion individuelle n'a pas de représentant : seules les "
                "organisations en désignent un."));
    }
    if (membership->alternateId != 0) {
        add(problems, u"membership.alternate"_s,
            QCoreApplication::translate("adhera::validation",
                "Une adhésion individuelle n'a pas de suppléant : seules les "
                "organisations en désignent un."));
    }
}

bool endsBeforeStart(QDate start, QDate end)
{
    return start.isValid() && end.isValid() && end < start;
}

} // namespace

QString emailProblem(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return {};
    if (containsSpace(text)) {
        return QCoreApplication::translate("adhera::validation", "L'adresse e-mail « %1 » contient des espaces.").arg(text);
    }
    if (text.count(u'@') != 1) {
        return QCoreApplication::translate("adhera::validation", "L'adresse e-mail « %1 » doit contenir un seul « @ ».").arg(text);
    }
    const qsizetype at = text.indexOf(u'@');
    if (at == 0) {
        return QCoreApplication::translate("adhera::validation", "L'adresse e-mail « %1 » n'a rien avant le « @ ».").arg(text);
    }
    if (!isDomainName(text.mid(at + 1))) {
        return QCoreApplication::translate("adhera::validation",
            "L'adresse e-mail « %1 » n'a pas de domaine valide après le « @ » "
            "(par exemple « exemple.fr »).")
            .arg(text);
    }
    return {};
}

QString postcodeProblem(const QString &postcode)
{
    const QString text = postcode.trimmed();
    if (text.isEmpty())
        return {};
    if (!isDigits(text, 5)) {
        return QCoreApplication::translate("adhera::validation", "Le code postal « %1 » doit compter 5 chiffres.").arg(text);
    }
    // 01000–98999 covers metropolitan France, the overseas departments (97xxx, 98xxx) and
    // Monaco (98000), which La Poste serves; 00xxx and 99xxx are not postcodes.
    const int value = text.toInt();
    if (value < 1000 || value > 98999) {
        return QCoreApplication::translate("adhera::validation", "Le code postal « %1 » n'existe pas en France.").arg(text);
    }
    return {};
}

QString websiteProblem(const QString &website)
{
    const QString text = website.trimmed();
    if (text.isEmpty())
        return {};
    const QString invalid = QCoreApplication::translate(
        "adhera::validation", "Le site web « %1 » n'est pas une adresse valide (par exemple « www.exemple.fr »).")
                                .arg(text);
    if (containsSpace(text))
        return invalid;

    QString withScheme = text;
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd >= 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme != u"http" && scheme != u"https") {
            return QCoreApplication::translate("adhera::validation", "Le site web « %1 » doit commencer par http:// ou https://.")
                .arg(text);
        }
    } else {
        withScheme = u"https://"_s + text;
    }
    const QUrl url(withScheme, QUrl::StrictMode);
    // User info would make "mailto:contact@exemple.fr" pass as a host "exemple.fr".
    if (!url.isValid() || !url.userInfo().isEmpty() || !isDomainName(url.host()))
        return invalid;
    return {};
}

OrganisationRecord normalised(OrganisationRecord record)
{
    Organisation &o = record.organisation;
    o.name = o.name.trimmed();
    o.legalForm = o.legalForm.trimmed();
    o.siren = normalisedIdentifier(o.siren);
    o.siret = normalisedIdentifier(o.siret);
    // Only a SIRET that passes its check is trusted to give the SIREN; a typo would otherwise
    // be copied into a second field.
    if (o.siren.isEmpty() && identifiers::isValidSiret(o.siret))
        o.siren = o.siret.left(9);
    o.address = o.address.trimmed();
    o.postcode = o.postcode.trimmed();
    o.city = o.city.trimmed();
    o.phone = normalisedPhone(o.phone);
    o.email = o.email.trimmed().toLower();
    o.website = o.website.trimmed();
    o.headcountBand = o.headcountBand.trimmed();
    o.notes = o.notes.trimmed();
    normaliseMembership(record.membership);
    return record;
}

PersonRecord normalised(PersonRecord record)
{
    Person &p = record.person;
    p.civility = p.civility.trimmed();
    p.firstName = p.firstName.trimmed();
    p.lastName = p.lastName.trimmed();
    p.email = p.email.trimmed().toLower();
    p.phone = normalisedPhone(p.phone);
    p.mobile = normalisedPhone(p.mobile);
    p.jobTitle = p.jobTitle.trimmed();
    p.address = p.address.trimmed();
    p.postcode = p.postcode.trimmed();
    p.city = p.city.trimmed();
    p.notes = p.notes.trimmed();
    normaliseMembership(record.membership);
    for (Employment &employment : record.employments)
        employment.jobTitle = employment.jobTitle.trimmed();
    return record;
}

// Both problems() check the normalised form, so they answer the same before and after normalised().
FieldProblems problems(const OrganisationRecord &record)
{
    const OrganisationRecord clean = normalised(record);
    const Organisation &o = clean.organisation;
    FieldProblems found;
    if (o.name.isEmpty())
        add(found, u"name"_s, QCoreApplication::translate("adhera::validation", "Le nom est obligatoire."));
    checkSirenSiret(found, o.siren, o.siret);
    add(found, u"postcode"_s, postcodeProblem(o.postcode));
    checkPhone(found, u"phone"_s, o.phone);
    add(found, u"email"_s, emailProblem(o.email));
    add(found, u"website"_s, websiteProblem(o.website));
    checkMembership(found, clean.membership, false);
    return found;
}

FieldProblems problems(const PersonRecord &record)
{
    const PersonRecord clean = normalised(record);
    const Person &p = clean.person;
    FieldProblems found;
    if (p.lastName.isEmpty()) {
        add(found, u"last_name"_s, QCoreApplication::translate("adhera::validation", "Le nom de famille est obligatoire."));
    }
    add(found, u"email"_s, emailProblem(p.email));
    checkPhone(found, u"phone"_s, p.phone);
    checkPhone(found, u"mobile"_s, p.mobile);
    add(found, u"postcode"_s, postcodeProblem(p.postcode));
    checkMembership(found, clean.membership, true);
    for (const Employment &employment : clean.employments) {
        if (!endsBeforeStart(employment.startDate, employment.endDate))
            continue;
        const QString message = employment.jobTitle.isEmpty()
            ? QCoreApplication::translate("adhera::validation", "Un emploi se termine le %1, avant son début le %2.")
                  .arg(dateText(employment.endDate), dateText(employment.startDate))
            : QCoreApplication::translate("adhera::validation", "L'emploi « %1 » se termine le %2, avant son début le %3.")
                  .arg(employment.jobTitle, dateText(employment.endDate), dateText(employment.startDate));
        add(found, u"employment"_s, message);
    }
    for (const BoardRole &role : clean.boardRoles) {
        if (!endsBeforeStart(role.startDate, role.endDate))
            continue;
        add(found, u"board_role"_s,
            QCoreApplication::translate("adhera::validation", "Le mandat « %1 » se termine le %2, avant son début le %3.")
                .arg(label(role.position), dateText(role.endDate), dateText(role.startDate)));
    }
    return found;
}

} // namespace adhera::validation
