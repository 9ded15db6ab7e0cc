// SPDX-License-Identifier: GPL-3.0-or-later
// « Statuts de l'association »: the statutes profile edited on four tabs, saved on Enregistrer,
// refused with the field named while a quorum is not a fraction between 0 and 1.
#include "assembly/statutesprofile.h"
#include "catch.h"
#include "dialogs/statutesdialog.h"
#include "dialogtesting.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;
using test::child;

namespace {

struct StatutesFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();

    StatutesFixture()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
    }
    ~StatutesFixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }
};

void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void retypeSpin(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    test::typeText(spin, text);
    test::leave(spin);
}

} // namespace

TEST_CASE("statutes: the edited profile is stored", "[statutes]")
{
    StatutesFixture f;
    StatutesDialog dialog(*f.db);
    test::showActive(dialog);
    CHECK(dialog.windowTitle() == u"Statuts de l'association"_s);
    CHECK(dialog.profile() == StatutesProfile::defaults(LegalRegime::Loi1901));
    CHECK_FALSE(dialog.isModified());
    // Fits a 1366 × 768 screen, title bar and task bar included.
    CHECK(dialog.width() <= 1300);
    CHECK(dialog.height() <= 680);

    choose(child<QComboBox>(dialog, u"regimeCombo"_s), u"alsace_moselle"_s);
    retypeSpin(child<QSpinBox>(dialog, u"convocationDelaySpin"_s), u"21"_s);
    auto *quorum = child<QLineEdit>(dialog, u"ordinaryFirstQuorumEdit"_s);
    test::retype(quorum, u"1/3"_s);
    test::leave(quorum);
    test::retype(child<QLineEdit>(dialog, u"ordinarySecondQuorumEdit"_s), u" 1 / 10 "_s);
    test::retype(child<QLineEdit>(dialog, u"extraordinaryFirstQuorumEdit"_s), QString()); // none
    retypeSpin(child<QSpinBox>(dialog, u"maxProxiesSpin"_s), u"3"_s);
    choose(child<QComboBox>(dialog, u"thresholdCombo-statutes_change"_s), u"three_quarters"_s);
    choose(child<QComboBox>(dialog, u"basisCombo-statutes_change"_s), u"present"_s);
    choose(child<QComboBox>(dialog, u"votingReferenceCombo"_s), u"convocation_date"_s);
    child<QCheckBox>(dialog, u"castingVoteCheck"_s)->click();
    retypeSpin(child<QSpinBox>(dialog, u"weightSpin-ENT_L"_s), u"2"_s);
    retypeSpin(child<QSpinBox>(dialog, u"weightSpin-HON"_s), u"1"_s);
    retypeSpin(child<QSpinBox>(dialog, u"weightSpin-PART"_s), u"0"_s);
    CHECK(dialog.isModified());

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const StatutesProfile stored = StatutesProfile::load(*f.db);
    CHECK(stored.regime == LegalRegime::AlsaceMoselle);
    CHECK(stored.convocationDelayDays == 21);
    CHECK(stored.quorumOrdinaryFirst == Fraction {1, 3});
    CHECK(stored.quorumOrdinarySecond == Fraction {1, 10});
    CHECK_FALSE(stored.quorumExtraordinaryFirst);
    CHECK_FALSE(stored.quorumExtraordinarySecond);
    CHECK(stored.maxProxiesPerHolder == 3);
    CHECK(stored.majority(ResolutionKind::StatutesChange) == ResolutionRule {Threshold::ThreeQuarters, MajorityBasis::Present});
    // The other majorities stay those of loi 1901 that the form showed, whatever the regime.
    CHECK(stored.majority(ResolutionKind::Dissolution) == ResolutionRule {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented});
    CHECK(stored.votingReference == VotingReference::ConvocationDate);
    CHECK_FALSE(stored.chairHasCastingVote);
    CHECK(stored.weightOf(u"ENT_L"_s) == 2);
    CHECK(stored.weightOf(u"HON"_s) == 1);
    CHECK(stored.weightOf(u"PART"_s) == 0);
    CHECK(stored.weightOf(u"ENT_S"_s) == 1);
    CHECK(stored == dialog.profile());

    // Opened again, the dialog shows what was stored.
    StatutesDialog again(*f.db);
    CHECK(again.profile() == stored);
    CHECK(child<QLineEdit>(again, u"ordinarySecondQuorumEdit"_s)->text() == u"1/10"_s);
    CHECK(child<QSpinBox>(again, u"weightSpin-PART"_s)->text() == u"0 (sans droit de vote)"_s);
    CHECK_FALSE(again.isModified());
}

TEST_CASE("statutes: a quorum that is not a fraction between 0 and 1 is named and nothing is saved", "[statutes]")
{
    StatutesFixture f;
    const QString before = test::dumpContent(*f.db);
    StatutesDialog dialog(*f.db);
    test::showActive(dialog);
    auto *tabs = child<QTabWidget>(dialog, u"statutesTabs"_s);
    tabs->setCurrentIndex(1);

    auto *quorum = child<QLineEdit>(dialog, u"extraordinarySecondQuorumEdit"_s);
    test::retype(quorum, u"5/4"_s);
    auto *quorumProblem = child<QLabel>(dialog, u"quorumExtraordinarySecondProblemLabel"_s);
    CHECK_FALSE(quorumProblem->isVisible()); // not while typing
    test::leave(quorum);
    CHECK(quorumProblem->isVisible());
    CHECK(quorumProblem->text() == u"Quorum de l'AG extraordinaire, 2e convocation\u00a0: 5/4 n'est pas une fraction entre 0 et 1."_s);

    auto *other = child<QLineEdit>(dialog, u"ordinaryFirstQuorumEdit"_s);
    test::retype(other, u"un quart"_s);
    test::leave(other);
    auto *otherProblem = child<QLabel>(dialog, u"quorumOrdinaryFirstProblemLabel"_s);
    CHECK(otherProblem->isVisible());
    CHECK(otherProblem->text().startsWith(u"Quorum de l'AG ordinaire, 1re convocation\u00a0: « un quart » n'est pas une fraction"_s));

    // Enregistrer from another tab: refused, the list above the buttons names both fields and
    // the first bad field is brought forward.
    tabs->setCurrentIndex(3);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    auto *problems = child<QLabel>(dialog, u"problemLabel"_s);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(u"AG extraordinaire, 2e convocation\u00a0: 5/4"_s));
    CHECK(problems->text().contains(u"AG ordinaire, 1re convocation"_s));
    CHECK(tabs->currentIndex() == 1);
    CHECK(QApplication::focusWidget() == other);
    CHECK(QTest::qWaitFor([&] { return dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()); }));
    CHECK(test::dumpContent(*f.db) == before);

    test::retype(other, u"1/4"_s);
    CHECK_FALSE(otherProblem->isVisible()); // the message follows the typing
    test::retype(quorum, u"0/3"_s);
    CHECK(quorumProblem->text().contains(u"0/3"_s));
    test::retype(quorum, QString());
    CHECK_FALSE(quorumProblem->isVisible());
    CHECK_FALSE(problems->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(StatutesProfile::load(*f.db).quorumExtraordinarySecond);
}

TEST_CASE("statutes: the defaults button fills the form with the local-law defaults", "[statutes]")
{
    StatutesFixture f;
    StatutesDialog dialog(*f.db);
    test::showActive(dialog);
    retypeSpin(child<QSpinBox>(dialog, u"maxProxiesSpin"_s), u"5"_s);
    choose(child<QComboBox>(dialog, u"regimeCombo"_s), u"alsace_moselle"_s);
    auto *defaults = child<QPushButton>(dialog, u"defaultsButton"_s);

    const int shown = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    defaults->click();
    CHECK(MessageBox::shownCount() == shown + 1);
    CHECK(MessageBox::lastText().contains(u"« Droit local d'Alsace-Moselle »"_s));
    CHECK(dialog.profile().maxProxiesPerHolder == 5); // kept

    MessageBox::setNextAnswer(QMessageBox::Ok);
    defaults->click();
    CHECK(dialog.profile() == StatutesProfile::defaults(LegalRegime::AlsaceMoselle));
    CHECK(child<QComboBox>(dialog, u"thresholdCombo-purpose_change"_s)->currentText() == u"Unanimité"_s);
    CHECK(child<QComboBox>(dialog, u"basisCombo-ordinary"_s)->currentText() == u"Voix des membres présents"_s);
    CHECK(child<QSpinBox>(dialog, u"weightSpin-HON"_s)->value() == 0);
    CHECK(child<QSpinBox>(dialog, u"maxProxiesSpin"_s)->value() == 2);

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(StatutesProfile::load(*f.db) == StatutesProfile::defaults(LegalRegime::AlsaceMoselle));
}

TEST_CASE("statutes: closing with changes asks first", "[statutes]")
{
    StatutesFixture f;
    const QString before = test::dumpContent(*f.db);
    {
        // Unchanged: closes at once.
        StatutesDialog dialog(*f.db);
        test::showActive(dialog);
        const int shown = MessageBox::shownCount();
        child<QPushButton>(dialog, u"cancelButton"_s)->click();
        CHECK_FALSE(dialog.isVisible());
        CHECK(MessageBox::shownCount() == shown);
    }
    StatutesDialog dialog(*f.db);
    test::showActive(dialog);
    child<QCheckBox>(dialog, u"proxiesAllowedCheck"_s)->click();
    CHECK_FALSE(child<QSpinBox>(dialog, u"maxProxiesSpin"_s)->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No); // « Continuer la saisie »
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes); // « Abandonner »
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(test::dumpContent(*f.db) == before);
}

// Pictures for checking the layout by eye, one per tab: `adhera_ui_tests "[.screenshots]"`;
// the PNGs go to ADHERA_SCREENSHOT_DIR (temporary folder by default).
TEST_CASE("statutes screenshots", "[.screenshots]")
{
    StatutesFixture f;
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    StatutesDialog dialog(*f.db);
    test::showActive(dialog);
    auto *tabs = child<QTabWidget>(dialog, u"statutesTabs"_s);
    const QStringList names {u"statutes-regime.png"_s, u"statutes-quorum.png"_s, u"statutes-majorities.png"_s, u"statutes-vote.png"_s};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        CHECK(dialog.grab().save(QDir(folder).filePath(names.at(tab))));
    }

    tabs->setCurrentIndex(1);
    auto *quorum = child<QLineEdit>(dialog, u"extraordinarySecondQuorumEdit"_s);
    test::retype(quorum, u"5/4"_s);
    test::leave(quorum);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(QTest::qWaitFor([&] { return dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()); }));
    CHECK(dialog.height() <= 680);
    CHECK(dialog.grab().save(QDir(folder).filePath(u"statutes-quorum-invalid.png"_s)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.reject();
}
