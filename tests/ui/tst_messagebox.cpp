// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "messagebox.h"

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("message boxes can be answered in advance")
{
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    const int before = MessageBox::shownCount();

    SECTION("the next answer serves one box only")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setAlwaysAnswer(QMessageBox::No);
        CHECK(MessageBox::question(nullptr, u"Supprimer"_s, u"Supprimer « X » ?"_s) == QMessageBox::Yes);
        CHECK(MessageBox::lastTitle() == u"Supprimer"_s);
        CHECK(MessageBox::lastText() == u"Supprimer « X » ?"_s);
        CHECK(MessageBox::question(nullptr, u"Encore"_s, u"Et celle-ci ?"_s) == QMessageBox::No);
        CHECK(MessageBox::lastTitle() == u"Encore"_s);
        CHECK(MessageBox::shownCount() == before + 2);
    }

    SECTION("every kind of box goes through the same answer")
    {
        MessageBox::setAlwaysAnswer(QMessageBox::Ok);
        CHECK(MessageBox::information(nullptr, u"i"_s, u"info"_s) == QMessageBox::Ok);
        CHECK(MessageBox::warning(nullptr, u"w"_s, u"attention"_s) == QMessageBox::Ok);
        CHECK(MessageBox::critical(nullptr, u"c"_s, u"erreur"_s) == QMessageBox::Ok);
        MessageBox::setAlwaysAnswer(QMessageBox::Discard);
        CHECK(MessageBox::askToSave(nullptr, u"Fiche"_s, u"Enregistrer les modifications ?"_s) == QMessageBox::Discard);
        CHECK(MessageBox::shownCount() == before + 4);
    }

    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
}
