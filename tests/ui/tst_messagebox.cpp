// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

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

TEST_CASE("the discard question names its buttons in French")
{
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);

    SECTION("answered in advance: Yes abandons, No goes on")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        CHECK(MessageBox::confirmDiscard(nullptr, u"Fiche"_s, u"Abandonner les modifications ?"_s));
        CHECK(MessageBox::lastText() == u"Abandonner les modifications ?"_s);
        MessageBox::setNextAnswer(QMessageBox::No);
        CHECK_FALSE(MessageBox::confirmDiscard(nullptr, u"Fiche"_s, u"Abandonner les modifications ?"_s));
    }

    SECTION("shown: « Abandonner » and « Continuer la saisie », Échap goes on")
    {
        QStringList texts;
        QString defaultText;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (const QAbstractButton *button : box->buttons())
                texts << button->text();
            if (box->defaultButton())
                defaultText = box->defaultButton()->text();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        CHECK_FALSE(MessageBox::confirmDiscard(nullptr, u"Fiche"_s, u"Abandonner les modifications ?"_s));
        texts.sort();
        CHECK(texts == QStringList {u"Abandonner"_s, u"Continuer la saisie"_s});
        CHECK(defaultText == u"Continuer la saisie"_s);

        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"Abandonner"_s)
                    button->click();
            }
        });
        CHECK(MessageBox::confirmDiscard(nullptr, u"Fiche"_s, u"Abandonner les modifications ?"_s));
    }
}
