<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>EditorSupport</name>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="27"/>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="51"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="66"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="93"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="94"/>
        <source>Enregistrer la fiche (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="97"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="98"/>
        <source>Fermer sans enregistrer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="115"/>
        <source>Abandonner les modifications ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="21"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="86"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="87"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="88"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="89"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="90"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="91"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="92"/>
        <source>Procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/messagebox.cpp" line="53"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="53"/>
        <source>Continuer la saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="60"/>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="60"/>
        <source>&amp;Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>Ouvrir le &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Ne pas enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ApplyPage</name>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="22"/>
        <location filename="../../ui/merge/applypage.cpp" line="107"/>
        <location filename="../../ui/merge/applypage.cpp" line="115"/>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="23"/>
        <source>Vérifiez le bilan, puis cliquez sur « Fusionner ». Une sauvegarde du fichier est faite avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="49"/>
        <source>Fiches fusionnées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="64"/>
        <source>%n ligne(s) ignorée(s) (ni nom ni organisme).</source>
        <translation>
            <numerusform>%n ligne ignorée (ni nom ni organisme).</numerusform>
            <numerusform>%n lignes ignorées (ni nom ni organisme).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="78"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="88"/>
        <source>Toutes les paires ont été tranchées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="89"/>
        <source>%n paire(s) non tranchée(s) : leurs fiches ne seront pas fusionnées entre elles.</source>
        <translation>
            <numerusform>%n paire non tranchée : ses fiches ne seront pas fusionnées entre elles.</numerusform>
            <numerusform>%n paires non tranchées : leurs fiches ne seront pas fusionnées entre elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="91"/>
        <source>Dont %n paire(s) sûre(s) entre les fichiers : sans décision, chacune donnera deux adhérents en double.</source>
        <translation>
            <numerusform>Dont %n paire sûre entre les fichiers : sans décision, elle donnera deux adhérents en double.</numerusform>
            <numerusform>Dont %n paires sûres entre les fichiers : sans décision, chacune donnera deux adhérents en double.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="94"/>
        <source>Dont %n paire(s) sûre(s) avec un membre déjà dans le fichier : « Fusionner » vous demandera quoi en faire.</source>
        <translation>
            <numerusform>Dont %n paire sûre avec un membre déjà dans le fichier : « Fusionner » vous demandera quoi en faire.</numerusform>
            <numerusform>Dont %n paires sûres avec un membre déjà dans le fichier : « Fusionner » vous demandera quoi en faire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="96"/>
        <source>&amp;Accepter les %n paire(s) sûre(s) non tranchée(s)</source>
        <translation>
            <numerusform>&amp;Accepter la paire sûre non tranchée (%n)</numerusform>
            <numerusform>&amp;Accepter les %n paires sûres non tranchées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="99"/>
        <source>%n paire(s) rejetée(s) : elles ne seront plus proposées comme doublons.</source>
        <translation>
            <numerusform>%n paire rejetée : elle ne sera plus proposée comme doublon.</numerusform>
            <numerusform>%n paires rejetées : elles ne seront plus proposées comme doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="116"/>
        <source>%n ligne(s) des fichiers correspondent sûrement à un membre déjà dans le fichier, sans décision. Les fusionner avec ce membre&#xa0;?

« Oui » les fusionne, « Non » les importe comme nouveaux adhérents, en double.</source>
        <translation>
            <numerusform>%n ligne des fichiers correspond sûrement à un membre déjà dans le fichier, sans décision. La fusionner avec ce membre&#xa0;?

« Oui » la fusionne, « Non » l&apos;importe comme nouvel adhérent, en double.</numerusform>
            <numerusform>%n lignes des fichiers correspondent sûrement à un membre déjà dans le fichier, sans décision. Les fusionner avec ce membre&#xa0;?

« Oui » les fusionne, « Non » les importe comme nouveaux adhérents, en double.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="132"/>
        <source>Fusion impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="132"/>
        <source>Rien n&apos;a été modifié dans le fichier des adhérents.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="138"/>
        <source>Enregistré dans le fichier des adhérents&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="140"/>
        <source>Sauvegarde faite avant la fusion : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="143"/>
        <source>Fusion terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="150"/>
        <source>%n personne(s) nouvelle(s)</source>
        <translation>
            <numerusform>%n personne nouvelle</numerusform>
            <numerusform>%n personnes nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="152"/>
        <source> (dont %n fusionnée(s) de plusieurs lignes)</source>
        <translation>
            <numerusform> (dont %n fusionnée de plusieurs lignes)</numerusform>
            <numerusform> (dont %n fusionnées de plusieurs lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="156"/>
        <source>%n personne(s) déjà dans le fichier complétée(s)</source>
        <translation>
            <numerusform>%n personne déjà dans le fichier complétée</numerusform>
            <numerusform>%n personnes déjà dans le fichier complétées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="158"/>
        <source>%n organisme(s) créé(s)</source>
        <translation>
            <numerusform>%n organisme créé</numerusform>
            <numerusform>%n organismes créés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="180"/>
        <source>La fusion est faite, mais ce qui devait être retenu pour la prochaine fois ne l&apos;a pas été :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::AssemblySession</name>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="42"/>
        <source>Le procès-verbal de cette séance est verrouillé&#xa0;: la feuille de présence et les votes ne changent plus. Une erreur se corrige par une nouvelle version du procès-verbal (onglet « Procès-verbal »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="52"/>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="53"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="54"/>
        <source>Procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="57"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="85"/>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="69"/>
        <source>Séance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="217"/>
        <source>À %1&#xa0;: %2, %3, sur %4 ayant le droit de vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="218"/>
        <source>%n présent(s)</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="219"/>
        <source>%n représenté(s)</source>
        <translation>
            <numerusform>%n représenté</numerusform>
            <numerusform>%n représentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="219"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="202"/>
        <source>Quorum&#xa0;: la feuille de présence n&apos;est pas encore préparée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsupport.h" line="43"/>
        <source>pour %1, contre %2, abstentions %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsupport.h" line="45"/>
        <source>, blancs %1, nuls %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::AttendanceModel</name>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="30"/>
        <source>Représenté par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="66"/>
        <source>aucun représentant désigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="67"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="113"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="114"/>
        <source>Votant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="115"/>
        <source>Droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="116"/>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="117"/>
        <source>Arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="118"/>
        <source>Départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="119"/>
        <source>Voix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::BoardElectionDialog</name>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="27"/>
        <source>Conseil élu — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="34"/>
        <source>Le conseil tel que l&apos;élection l&apos;a composé. Les sièges inchangés gardent leur mandat&#xa0;; les autres prennent fin le %1 et les nouveaux commencent le %2, jour de la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="51"/>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="55"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="60"/>
        <source>&amp;Élu(e)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="72"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="73"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="103"/>
        <source>Choisissez la personne élue dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="109"/>
        <source>%1 siège déjà au conseil (%2)&#xa0;: retirez d&apos;abord ce siège pour en changer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="145"/>
        <source>%n siège(s) inchangé(s)</source>
        <translation>
            <numerusform>%n siège inchangé</numerusform>
            <numerusform>%n sièges inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="146"/>
        <source>%n mandat(s) prenant fin le %1</source>
        <translation>
            <numerusform>%n mandat prenant fin le %1</numerusform>
            <numerusform>%n mandats prenant fin le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="147"/>
        <source>%n mandat(s) commençant le %1</source>
        <translation>
            <numerusform>%n mandat commençant le %1</numerusform>
            <numerusform>%n mandats commençant le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="155"/>
        <source>Enregistrer le conseil élu&#xa0;?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::CallStateDialog</name>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="26"/>
        <source>Annuler ou exonérer l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="29"/>
        <source>Appel %1 — %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="31"/>
        <source>L&apos;appel n&apos;est pas effacé&#xa0;: il reste dans la liste avec son état et la raison donnée, son numéro n&apos;est pas réutilisé, et il peut être rétabli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="36"/>
        <source>A&amp;nnuler l&apos;appel&#xa0;: émis par erreur (adhérent parti, doublon, mauvaise catégorie…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="38"/>
        <source>E&amp;xonérer&#xa0;: l&apos;adhérent est dispensé de cette cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="40"/>
        <source>&amp;Rétablir l&apos;appel&#xa0;: la cotisation est de nouveau due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="45"/>
        <source>ex. adhérent parti avant l&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="55"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="56"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="64"/>
        <source>Cet appel a déjà reçu %1&#xa0;: annulez d&apos;abord ses paiements (« Annuler un paiement… »), puis revenez ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="79"/>
        <source>Cet appel est annulé&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="80"/>
        <source>Cet appel est exonéré&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="89"/>
        <source>Rai&amp;son&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::CallTableModel</name>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="97"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="98"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="99"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="100"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="101"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="102"/>
        <source>Payé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="103"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="104"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="105"/>
        <source>Relance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ClubSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="43"/>
        <source>Paramètres de l&apos;association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="47"/>
        <source>L&apos;association sur ses documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="50"/>
        <source>N&amp;om&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="53"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="55"/>
        <source>ex. contact@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="56"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="58"/>
        <source>ex. 03 83 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="60"/>
        <source>Télé&amp;phone&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="63"/>
        <source>IBAN, BIC, ordre des chèques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="64"/>
        <source>Coordonnées de pa&amp;iement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="99"/>
        <source>Début de l&apos;e&amp;xercice&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="66"/>
        <source>ex. Le trésorier, Prénom NOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="67"/>
        <source>&amp;Signataire&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="74"/>
        <source>&amp;Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="77"/>
        <source>Une image PNG ou JPEG, réduite au besoin à 800 × 800 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="78"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="89"/>
        <source>&amp;Logo&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="93"/>
        <source>Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="104"/>
        <source>Des appels de cotisation sont déjà émis&#xa0;: le début de l&apos;exercice ne peut plus changer, car ils sont classés sous des exercices qui désigneraient alors d&apos;autres mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="175"/>
        <source>Le nom de l&apos;association est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="202"/>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="210"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="229"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="248"/>
        <source>Choisir le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="249"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="259"/>
        <source>Aucun logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="276"/>
        <source>Exercice en cours&#xa0;: %1, du %2 au %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ColumnsPage</name>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="49"/>
        <source>Colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="50"/>
        <source>Indiquez ce que contient chaque colonne. L&apos;aperçu montre les lignes telles qu&apos;elles seront lues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Colonne du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Exemple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="88"/>
        <source>Aperçu (200 premières lignes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="101"/>
        <source>Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="152"/>
        <source>— ignorée —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="196"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="232"/>
        <source>Aucune ligne avec un problème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/columnspage.cpp" line="233"/>
        <source>%n ligne(s) avec un problème (elles seront importées, les valeurs invalides gardées en notes)</source>
        <translation>
            <numerusform>%n ligne avec un problème (elle sera importée, les valeurs invalides gardées en notes)</numerusform>
            <numerusform>%n lignes avec un problème (elles seront importées, les valeurs invalides gardées en notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="247"/>
        <source>Dans « %1 », aucune colonne n&apos;est associée à Nom, Prénom ou Organisme : choisissez au moins l&apos;une d&apos;elles pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="40"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="43"/>
        <source>Le fichier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="46"/>
        <source>Impossible de créer un fichier dans le dossier « %1 » : il est en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="51"/>
        <source>« %1 » est un dossier, pas un fichier Adhera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="54"/>
        <source>Impossible de lire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="58"/>
        <source>« %1 » n&apos;est pas un fichier Adhera (ce n&apos;est pas une base SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="64"/>
        <source>Le fichier « %1 » est en lecture seule : Adhera ne peut pas y enregistrer vos modifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="103"/>
        <source>Aucun fichier indiqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="119"/>
        <source>Le fichier « %1 » est déjà ouvert dans une autre fenêtre d&apos;Adhera (processus %2 sur %3). Fermez-la avant de l&apos;ouvrir ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="123"/>
        <source>cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="159"/>
        <source>Le pilote SQLite de Qt (QSQLITE) est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="167"/>
        <source>Impossible d&apos;ouvrir « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="169"/>
        <source>Impossible d&apos;activer les clés étrangères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="172"/>
        <source>Impossible de lire le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="175"/>
        <source>« %1 » n&apos;est pas un fichier Adhera lisible : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="177"/>
        <source>Impossible d&apos;activer le journal WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="179"/>
        <source>Impossible de régler la synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="192"/>
        <source>Impossible de lire la version du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="204"/>
        <source>Le fichier « %1 » existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="206"/>
        <source>Le dossier de « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="209"/>
        <source>Impossible de copier la base vers « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="217"/>
        <source>Impossible de commencer la transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="226"/>
        <source>Aucune transaction en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="232"/>
        <source>Une étape de la transaction a échoué ; rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="234"/>
        <source>Impossible d&apos;enregistrer la transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::DeclarationDialog</name>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="26"/>
        <source>Déclaration faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="30"/>
        <source>%1 du %2 (à déclarer au plus tard le %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="47"/>
        <source>La date à laquelle les changements ont été déclarés %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="50"/>
        <source>&amp;Réunion&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="51"/>
        <source>&amp;Déclarée le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="53"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="54"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::DuesPage</name>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="70"/>
        <source>E&amp;xercice&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="75"/>
        <source>Rechercher un adhérent, un n° d&apos;appel, une catégorie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="80"/>
        <source>Émettre les appels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="82"/>
        <source>Créer les appels de cotisation de l&apos;exercice pour les adhérents actifs qui n&apos;en ont pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="84"/>
        <source>Enregistrer un paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="87"/>
        <source>Annuler un paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="89"/>
        <source>Enregistrer l&apos;écriture inverse d&apos;un paiement de l&apos;appel sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="91"/>
        <source>Relances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="93"/>
        <source>Les adhérents en retard, leurs lettres de relance et la liste d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="95"/>
        <source>Anciens clubs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="97"/>
        <source>Les adhérents venus de Connect ou de Viatis qui avaient déjà réglé l&apos;exercice à leur ancien club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="102"/>
        <source>Avis d&apos;appel de l&apos;adhérent sélectionné…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="103"/>
        <source>Avis d&apos;appel de tous les appels ouverts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="105"/>
        <source>Attestation de paiement de l&apos;adhérent sélectionné…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="106"/>
        <source>Attestations de tous les paiements de l&apos;exercice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="108"/>
        <source>Bordereau de remise de chèques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="109"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="115"/>
        <source>État des cotisations (CSV, XLSX, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="116"/>
        <source>Journal des recettes pour le comptable (CSV, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="117"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Impayés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Partiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Payés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Exonérés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Annulés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="133"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="138"/>
        <location filename="../../ui/dues/duespage.cpp" line="286"/>
        <source>Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="206"/>
        <source>Annuler ou e&amp;xonérer l&apos;appel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="212"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="213"/>
        <source>Annuler un pai&amp;ement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="294"/>
        <source>Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="300"/>
        <source>Hors recettes&#xa0;: %n cotisation(s) réglée(s) aux anciens clubs (%1)</source>
        <translation>
            <numerusform>Hors recettes&#xa0;: %n cotisation réglée aux anciens clubs (%1)</numerusform>
            <numerusform>Hors recettes&#xa0;: %n cotisations réglées aux anciens clubs (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="326"/>
        <source>Aucun appel de cotisation pour cet exercice.
Créez-les avec « Émettre les appels… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="327"/>
        <source>Aucun appel ne correspond au filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="397"/>
        <source>Émettre les appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="407"/>
        <source>Enregistrer un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="424"/>
        <source>Paiement %1 de %2 enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="454"/>
        <source>L&apos;appel %1 (%2) est annulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="455"/>
        <source>L&apos;appel %1 (%2) est exonéré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="456"/>
        <source>L&apos;appel %1 (%2) est rétabli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="466"/>
        <source>Annuler un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="474"/>
        <source>L&apos;appel %1 n&apos;a aucun paiement à annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="485"/>
        <location filename="../../ui/dues/duespage.cpp" line="497"/>
        <source>Exporter l&apos;état des cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="504"/>
        <location filename="../../ui/dues/duespage.cpp" line="516"/>
        <source>Exporter le journal des recettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="506"/>
        <source>journal-recettes-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="506"/>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="509"/>
        <source>Le journal des recettes %1 est enregistré dans « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="572"/>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <location filename="../../ui/dues/duespage.cpp" line="600"/>
        <source>Avis d&apos;appel de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="582"/>
        <location filename="../../ui/dues/duespage.cpp" line="615"/>
        <location filename="../../ui/dues/duespage.cpp" line="630"/>
        <source>Attestations de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <source>%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <location filename="../../ui/dues/duespage.cpp" line="607"/>
        <location filename="../../ui/dues/duespage.cpp" line="623"/>
        <location filename="../../ui/dues/duespage.cpp" line="637"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="603"/>
        <source>Aucun appel ouvert pour cet exercice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="607"/>
        <source>appels-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="610"/>
        <source>%n avis d&apos;appel enregistré(s) dans « %1 », un par page.</source>
        <translation>
            <numerusform>%n avis d&apos;appel enregistré dans « %1 », un par page.</numerusform>
            <numerusform>%n avis d&apos;appel enregistrés dans « %1 », un par page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="619"/>
        <source>Aucun paiement enregistré pour cet appel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="623"/>
        <source>attestation-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="633"/>
        <source>Aucun paiement enregistré pour cet exercice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="637"/>
        <source>attestations-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="640"/>
        <source>%n attestation(s) enregistrée(s) dans « %1 », une par page.</source>
        <translation>
            <numerusform>%n attestation enregistrée dans « %1 », une par page.</numerusform>
            <numerusform>%n attestations enregistrées dans « %1 », une par page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="487"/>
        <source>cotisations-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="398"/>
        <source>%n appel(s) de cotisation %1 émis.</source>
        <translation>
            <numerusform>%n appel de cotisation %1 émis.</numerusform>
            <numerusform>%n appels de cotisation %1 émis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="487"/>
        <source>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="490"/>
        <source>L&apos;état des cotisations %1 est enregistré dans « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ExplanationView</name>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="77"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="78"/>
        <source>%1 : %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="86"/>
        <source>A priori : %1 ; total : %2 bits, soit %3&#xa0;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="89"/>
        <source>Règle : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::FeeScheduleDialog</name>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="46"/>
        <source>Barème des cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="60"/>
        <source>E&amp;xercice&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="66"/>
        <source>Re&amp;prendre le barème de l&apos;exercice précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Arrivée en cours d&apos;exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="89"/>
        <source>Une catégorie sans montant n&apos;a pas de barème pour l&apos;exercice&#xa0;: ses adhérents ne reçoivent pas d&apos;appel.
Les appels déjà émis ne changent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="97"/>
        <source>Enregistrer le barème (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="135"/>
        <source>Le barème de l&apos;exercice %1 a changé. Enregistrer les changements&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="166"/>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="245"/>
        <source>%1&#xa0;: le barème de cet exercice existe déjà et ne peut pas être retiré&#xa0;; indiquez un montant (0,00 pour une cotisation nulle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="250"/>
        <source>%1&#xa0;: « %2 » n&apos;est pas un montant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="252"/>
        <source>%1&#xa0;: le montant ne peut pas être négatif (« %2 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="305"/>
        <source>L&apos;exercice %1 n&apos;a pas de barème à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="324"/>
        <source>Remplacer les montants affichés par ceux de l&apos;exercice %1&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="343"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="344"/>
        <source>Le barème de l&apos;exercice %1 n&apos;a pas été enregistré&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::FilesPage</name>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="50"/>
        <source>Fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="51"/>
        <source>Les fichiers des clubs à importer. Choisissez le club d&apos;origine de chaque nouveau fichier ; les imports en attente peuvent être repris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Encodage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="70"/>
        <source>Ajouter un fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="72"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="74"/>
        <source>Les imports en attente cochés sont repris avec les nouveaux fichiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="108"/>
        <source>Clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="115"/>
        <source>Imports en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/filespage.cpp" line="125"/>
        <source>Une revue interrompue le %1 à %2 a gardé %n décision(s)&#xa0;: cliquez sur « Suivant » pour la reprendre avec les imports en attente cochés.</source>
        <translation>
            <numerusform>Une revue interrompue le %1 à %2 a gardé %n décision&#xa0;: cliquez sur « Suivant » pour la reprendre avec les imports en attente cochés.</numerusform>
            <numerusform>Une revue interrompue le %1 à %2 a gardé %n décisions&#xa0;: cliquez sur « Suivant » pour la reprendre avec les imports en attente cochés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="154"/>
        <location filename="../../ui/merge/filespage.cpp" line="182"/>
        <source>Ajouter un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="154"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="160"/>
        <source>Fichier illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="183"/>
        <source>Fichiers de membres (*.csv *.xlsx);;CSV (*.csv *.txt);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="200"/>
        <location filename="../../ui/merge/filespage.cpp" line="207"/>
        <source>Retirer l&apos;import en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="201"/>
        <source>Retirer «&#xa0;%1&#xa0;» des imports en attente&#xa0;? Ses lignes et les décisions prises sur elles seront oubliées&#xa0;; le fichier d&apos;origine n&apos;est pas touché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="233"/>
        <source>— à choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="239"/>
        <location filename="../../ui/merge/filespage.cpp" line="254"/>
        <source>classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="248"/>
        <source>%1 (import en attente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="251"/>
        <source>Déjà enregistré ; décochez pour le laisser en attente.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::FormerClubDuesDialog</name>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="46"/>
        <source>Cotisations réglées aux anciens clubs — exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="48"/>
        <source>Cochez les adhérents venus des clubs fondateurs qui avaient déjà réglé leur cotisation %1 à leur ancien club. Ils sont alors à jour pour voter et ne reçoivent pas d&apos;appel de L2C (un appel sans paiement est annulé). Ces sommes ne sont pas des recettes de L2C&#xa0;: les états les montrent à part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="56"/>
        <source>Rechercher un adhérent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="60"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="66"/>
        <source>&amp;Club&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="75"/>
        <source>La date donnée aux adhérents que vous cochez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="76"/>
        <source>Réglée &amp;le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Ancien club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Montant réglé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Réglée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Reçu du club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Appel L2C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="106"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="107"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="176"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="189"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="191"/>
        <source>%1&#xa0;: %2 déjà payés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="193"/>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="197"/>
        <source>%1 annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="193"/>
        <source>%1 sera rouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="195"/>
        <source>%1 sera annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="196"/>
        <source>%1 exonéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="250"/>
        <source>Le montant réglé par %1 n&apos;est pas un montant en euros («&#xa0;%2&#xa0;»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="299"/>
        <source>%n adhérent(s) à jour par leur ancien club, %1 réglés hors des recettes de L2C.</source>
        <translation>
            <numerusform>%n adhérent à jour par son ancien club, %1 réglés hors des recettes de L2C.</numerusform>
            <numerusform>%n adhérents à jour par leur ancien club, %1 réglés hors des recettes de L2C.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="302"/>
        <source>%n appel(s) L2C sans paiement sera(ont) annulé(s).</source>
        <translation>
            <numerusform>%n appel L2C sans paiement sera annulé.</numerusform>
            <numerusform>%n appels L2C sans paiement seront annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="304"/>
        <source>%n appel(s) L2C sera(ont) rouvert(s).</source>
        <translation>
            <numerusform>%n appel L2C sera rouvert.</numerusform>
            <numerusform>%n appels L2C seront rouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="329"/>
        <source>%n cotisation(s) réglée(s) à l&apos;ancien club enregistrée(s)</source>
        <translation>
            <numerusform>%n cotisation réglée à l&apos;ancien club enregistrée</numerusform>
            <numerusform>%n cotisations réglées à l&apos;ancien club enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="331"/>
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="354"/>
        <source>Les adhérents cochés ou décochés ne sont pas enregistrés. Les abandonner&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guidedialog.cpp" line="20"/>
        <source>Guide des tâches courantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guidedialog.cpp" line="29"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::InviteesDialog</name>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="56"/>
        <source>Invités — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="77"/>
        <source>&amp;Inviter&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="79"/>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="81"/>
        <source>Ajoute ceux que le filtre désigne et qui ne sont pas encore invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="88"/>
        <source>Ou une perso&amp;nne&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="90"/>
        <source>In&amp;viter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Répondu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Convoqué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Invité le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="122"/>
        <source>&amp;Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="128"/>
        <source>&amp;Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="131"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="230"/>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="132"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="230"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="133"/>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="136"/>
        <source>Re&amp;tirer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="146"/>
        <source>La date de la réponse notée avec le bouton «&#xa0;Réponse&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="147"/>
        <source>reçue le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="157"/>
        <source>&amp;Envoyer les convocations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="157"/>
        <source>&amp;Enregistrer l&apos;envoi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="160"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="163"/>
        <source>Liste des invités (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="165"/>
        <source>Feuille de présence à signer (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="167"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="175"/>
        <source>&amp;Bureau élu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="177"/>
        <source>Inscrit dans le fichier le bureau que le conseil a élu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="180"/>
        <source>Bureau élu — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="193"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="229"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="229"/>
        <source>Personne invitée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="489"/>
        <source>Invités %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="490"/>
        <source>Feuille de présence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="239"/>
        <source>%n invité(s)</source>
        <translation>
            <numerusform>%n invité</numerusform>
            <numerusform>%n invités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="240"/>
        <source>&#xa0;— oui&#xa0;: %1, non&#xa0;: %2, peut-être&#xa0;: %3, sans réponse&#xa0;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="245"/>
        <source>&#xa0;— convoqués&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="246"/>
        <source>&#xa0;— invitation envoyée&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="248"/>
        <source>&#xa0;— présents&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="301"/>
        <source>Choisissez la personne à inviter dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="318"/>
        <source>Tous ceux que désigne «&#xa0;%1&#xa0;» sont déjà invités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="351"/>
        <source>Retirer %1 des invités&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="352"/>
        <source>Retirer ces %1 invités&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="355"/>
        <source>Tout membre à jour doit être convoqué à l&apos;assemblée&#xa0;: en oublier un peut rendre ses décisions contestables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="356"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="360"/>
        <source>Retirer des invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="407"/>
        <source>Aucun membre actif invité n&apos;attend sa convocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="408"/>
        <source>L&apos;envoi est déjà enregistré pour tous les invités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="462"/>
        <source>Enregistrer les convocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="463"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="491"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="463"/>
        <source>Convocations %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="468"/>
        <source>Convocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="469"/>
        <source>Les convocations sont enregistrées dans «&#xa0;%1&#xa0;» et leur envoi est noté au %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="491"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="496"/>
        <source>PDF enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="496"/>
        <source>Le document est enregistré dans «&#xa0;%1&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::IssueCallsDialog</name>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="52"/>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="96"/>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="185"/>
        <source>Émettre les appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="67"/>
        <source>&amp;Exercice&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="71"/>
        <source>Date d&apos;é&amp;mission&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="72"/>
        <source>É&amp;chéance&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Règle appliquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="98"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="104"/>
        <source>Seront appelés&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="142"/>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="158"/>
        <source>adhésion le %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="168"/>
        <source>sans appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="176"/>
        <source>Aucun appel à émettre pour %1&#xa0;: chaque adhérent actif a déjà le sien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="177"/>
        <source>%n appel(s) de cotisation %1 pour un total de %2.</source>
        <translation>
            <numerusform>%n appel de cotisation %1 pour un total de %2.</numerusform>
            <numerusform>%n appels de cotisation %1 pour un total de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="179"/>
        <source>%n adhérent(s) sans appel cette année, par la règle d&apos;adhésion ou une cotisation réglée à l&apos;ancien club (voir « Règle appliquée »).</source>
        <translation>
            <numerusform>%n adhérent sans appel cette année, par la règle d&apos;adhésion ou une cotisation réglée à l&apos;ancien club (voir « Règle appliquée »).</numerusform>
            <numerusform>%n adhérents sans appel cette année, par la règle d&apos;adhésion ou une cotisation réglée à l&apos;ancien club (voir « Règle appliquée »).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="183"/>
        <source>Sans barème pour %1, donc sans appel&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="185"/>
        <source>Émettre %n appel(s)</source>
        <translation>
            <numerusform>Émettre %n appel</numerusform>
            <numerusform>Émettre %n appels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="194"/>
        <source>L&apos;échéance (%1) précède la date d&apos;émission (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="196"/>
        <source>L&apos;échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::JournalTableModel</name>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="91"/>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="91"/>
        <source>Création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="93"/>
        <source>Annulée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="93"/>
        <source>En vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="119"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="120"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="121"/>
        <source>Fiche et lignes d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="122"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>Fichiers Adhera (*.adhera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Nouveau fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="114"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="123"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="132"/>
        <source>Nouvel adhérent indi&amp;viduel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136"/>
        <source>Nouvelle &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Catégories et clubs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Historique des fusions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Paramètres de l&apos;association…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Statuts de l&apos;association…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="174"/>
        <source>&amp;Barème des cotisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="178"/>
        <source>É&amp;mettre les appels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Enregistrer un paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Relances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="184"/>
        <source>A&amp;vis d&apos;appel de l&apos;exercice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185"/>
        <source>Atte&amp;stations de paiement de l&apos;exercice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="186"/>
        <source>Exporter l&apos;é&amp;tat des cotisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="187"/>
        <source>Exporter le &amp;journal des recettes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="209"/>
        <source>À &amp;propos d&apos;Adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219"/>
        <source>Fichiers &amp;récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="229"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="78"/>
        <source>Modification impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="78"/>
        <source>Impossible d&apos;effectuer %1&#xa0;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>Enregistré&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <source>Annulé&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159"/>
        <source>E&amp;xporter la liste affichée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="180"/>
        <source>Annuler ou e&amp;xonérer l&apos;appel sélectionné…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Paiements reçus et remise de chèques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="183"/>
        <source>Cotisations réglées aux &amp;anciens clubs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Nouvelle réunion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Modifier la réunion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Invités et convocations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Déclaration faite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Guide des tâches courantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="259"/>
        <source>Affic&amp;hage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Aid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="286"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="290"/>
        <source>Réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Lorraine Contact Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="327"/>
        <source>Aucun fichier ouvert.
Ouvrez un fichier d&apos;adhérents avec Fichier &gt; Ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="342"/>
        <source>Reprendre la fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="388"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="389"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2

Le fichier actuellement ouvert reste affiché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="457"/>
        <source>Adhera — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="504"/>
        <source>Le fichier a été modifié en dehors des fiches&#xa0;: les modifications précédentes ne peuvent plus être annulées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="583"/>
        <source>Aucun appel pour cet exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="585"/>
        <source>%1 appel affiché sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="587"/>
        <source>%1 appels affichés sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="596"/>
        <source>Aucune réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="598"/>
        <source>%1 réunion affichée sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="600"/>
        <source>%1 réunions affichées sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="609"/>
        <source>Aucune personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="611"/>
        <source>%1 personne affichée sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="613"/>
        <source>%1 personnes affichées sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="622"/>
        <source>Aucun adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="624"/>
        <source>%1 adhérent affiché sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="626"/>
        <source>%1 adhérents affichés sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <source>Aucun fichier récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="666"/>
        <source>Effacer la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="671"/>
        <source>Nouveau fichier d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="672"/>
        <source>adherents.adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="678"/>
        <source>Nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="679"/>
        <source>Le fichier « %1 » existe déjà.
Pour le rouvrir, utilisez Fichier &gt; Ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="687"/>
        <source>Ouvrir un fichier d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="698"/>
        <location filename="../../ui/mainwindow.cpp" line="704"/>
        <location filename="../../ui/mainwindow.cpp" line="710"/>
        <location filename="../../ui/mainwindow.cpp" line="715"/>
        <source>Enregistrer une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="698"/>
        <source>%1 (copie).adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="704"/>
        <source>Choisissez un autre nom que celui du fichier ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="710"/>
        <source>Le fichier « %1 » ne peut pas être remplacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="715"/>
        <source>La copie n&apos;a pas pu être enregistrée&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="718"/>
        <source>Copie enregistrée dans « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="739"/>
        <source>Fusion enregistrée&#xa0;; elle s&apos;annule par Adhérents &gt; Historique des fusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="749"/>
        <source>Fusion annulée&#xa0;: ses lignes attendent une nouvelle vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="762"/>
        <source>1 ligne importée attend d&apos;être vérifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="764"/>
        <source>%1 lignes importées attendent d&apos;être vérifiées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="781"/>
        <source>À propos d&apos;Adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="782"/>
        <source>&lt;h3&gt;Adhera %1&lt;/h3&gt;&lt;p&gt;Gestion des adhérents, des cotisations, des réunions et des assemblées générales de Lorraine Contact Client (L2C).&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MeetingDialog</name>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="57"/>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="66"/>
        <source>Laissé vide&#xa0;: le type et la date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="74"/>
        <source>&amp;Fin à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="94"/>
        <source>1re convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="95"/>
        <source>2e convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="106"/>
        <source>Le président de séance signe le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="109"/>
        <source>Le secrétaire de séance rédige et signe le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="112"/>
        <source>Secrétaire&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="119"/>
        <source>&amp;Type&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="120"/>
        <source>&amp;Intitulé&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="121"/>
        <source>&amp;Date et heure&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="124"/>
        <source>&amp;Lieu&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="125"/>
        <source>&amp;Présidée par&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="128"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="129"/>
        <source>&amp;Convocation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="132"/>
        <source>&amp;Notes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="142"/>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="144"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="146"/>
        <source>Vers le &amp;haut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="148"/>
        <source>Vers le &amp;bas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="184"/>
        <source>Intitulé du p&amp;oint&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="176"/>
        <source>La majorité que les statuts exigent pour ce type de résolution (Paramètres statutaires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="177"/>
        <source>&amp;Vote à bulletin secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="183"/>
        <source>Nat&amp;ure&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="185"/>
        <source>Te&amp;xte&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="186"/>
        <source>&amp;Résolution&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="192"/>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="271"/>
        <source>Réunion — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="280"/>
        <source>Nouvelle réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="333"/>
        <source>Le procès-verbal de cette réunion est verrouillé&#xa0;: sa nature, sa date, son lieu, ses signataires et son ordre du jour ne changent plus. L&apos;intitulé, le statut et les notes restent modifiables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="337"/>
        <source>Des votes sont enregistrés&#xa0;: l&apos;ordre du jour ne change plus. Les autres champs restent modifiables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="372"/>
        <source>Délai des statuts&#xa0;: 1 jour, convocations à envoyer au plus tard le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="373"/>
        <source>Délai des statuts&#xa0;: %1 jours, convocations à envoyer au plus tard le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="391"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="391"/>
        <source>(sans intitulé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="393"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="475"/>
        <source>Adoptée à la %1 des %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="610"/>
        <source>Président de séance&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la liste des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="612"/>
        <source>Secrétaire de séance&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la liste des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="615"/>
        <source>Le président et le secrétaire de séance sont deux personnes différentes&#xa0;: ils signent tous deux le procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="622"/>
        <source>Point %1 de l&apos;ordre du jour&#xa0;: indiquez un intitulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="624"/>
        <source>Point %1 « %2 »&#xa0;: rédigez le texte de la résolution soumise au vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="627"/>
        <source>Points %1 et %2&#xa0;: les questions diverses ne figurent qu&apos;une fois à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MeetingsPage</name>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="44"/>
        <source>&amp;Nouvelle réunion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="47"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="49"/>
        <source>La réunion sélectionnée et, pour une assemblée, son ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="51"/>
        <source>S&amp;éance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="53"/>
        <source>L&apos;assemblée en direct&#xa0;: émargement, quorum, votes et procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="55"/>
        <source>&amp;Invités…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="57"/>
        <source>Les invités, leurs réponses, l&apos;envoi des convocations ou invitations et les listes à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="59"/>
        <source>&amp;Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>À venir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Passées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Assemblées générales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="66"/>
        <source>&amp;Afficher&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="70"/>
        <location filename="../../ui/assembly/meetingspage.cpp" line="153"/>
        <source>Réunions et assemblées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="82"/>
        <source>Décla&amp;ration faite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="171"/>
        <source>Aucune réunion pour l&apos;instant.
Cliquez sur « Nouvelle réunion… » pour préparer la prochaine assemblée générale ou un conseil d&apos;administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="173"/>
        <source>Aucune réunion ne correspond à ce filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="207"/>
        <source>Son procès-verbal est verrouillé&#xa0;: la réunion est conservée avec lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="208"/>
        <source>Supprimer la réunion sélectionnée (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="271"/>
        <source>Déclaration faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="310"/>
        <source>Supprimer la réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="315"/>
        <source>« %1 » ne peut pas être supprimée&#xa0;: son procès-verbal est verrouillé, la réunion est conservée avec lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="319"/>
        <source>Supprimer « %1 »&#xa0;? Son ordre du jour, ses invités, sa feuille de présence et son procès-verbal en brouillon seront supprimés avec elle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberDirectory</name>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="130"/>
        <source>Impossible de compter les adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="140"/>
        <source>Impossible de lire la liste des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberEditor</name>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="90"/>
        <source>&amp;Catégorie&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="94"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="98"/>
        <source>Club d&apos;&amp;origine&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="102"/>
        <source>&amp;Date d&apos;adhésion&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="106"/>
        <source>Da&amp;te de départ&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberFile</name>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="72"/>
        <source>Impossible de lire l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="86"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="91"/>
        <source>Cette adhésion a %n appel(s) de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</source>
        <translation>
            <numerusform>Cette adhésion a %n appel de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
            <numerusform>Cette adhésion a %n appels de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="98"/>
        <source>Impossible de lire les feuilles de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="103"/>
        <source>Cette adhésion figure sur %n feuille(s) de présence d&apos;assemblée : les procès-verbaux en gardent la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</source>
        <translation>
            <numerusform>Cette adhésion figure sur %n feuille de présence d&apos;assemblée : les procès-verbaux en gardent la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
            <numerusform>Cette adhésion figure sur %n feuilles de présence d&apos;assemblée : les procès-verbaux en gardent la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="115"/>
        <source>Impossible de lire les procès-verbaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="120"/>
        <source>Cette personne a signé %n procès-verbal(aux) : le registre la nomme, elle ne peut pas être supprimée.</source>
        <translation>
            <numerusform>Cette personne a signé %n procès-verbal : le registre la nomme, elle ne peut pas être supprimée.</numerusform>
            <numerusform>Cette personne a signé %n procès-verbaux : le registre la nomme, elle ne peut pas être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="135"/>
        <source>Impossible de supprimer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="151"/>
        <source>Impossible de remplacer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="163"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="182"/>
        <source>Impossible de lire la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="185"/>
        <source>La personne n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="210"/>
        <source>Impossible de lire les emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="218"/>
        <source>Impossible de lire les fonctions au bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="227"/>
        <source>Impossible de lire les consentements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="243"/>
        <source>Impossible de lire l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="246"/>
        <source>L&apos;organisation n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="282"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="292"/>
        <source>Impossible d&apos;enregistrer les emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="306"/>
        <source>Impossible d&apos;enregistrer les fonctions au bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="320"/>
        <source>Impossible d&apos;enregistrer les consentements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="357"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="378"/>
        <source>Impossible de supprimer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="410"/>
        <source>Impossible de supprimer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="436"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="447"/>
        <source>Impossible de lire les clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="458"/>
        <source>Une catégorie a besoin d&apos;un code et d&apos;un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="460"/>
        <source>Type d&apos;adhérent inconnu pour la catégorie « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="471"/>
        <source>Impossible d&apos;enregistrer la catégorie « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="484"/>
        <source>Un club d&apos;origine a besoin d&apos;un code et d&apos;un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="491"/>
        <source>Impossible d&apos;enregistrer le club « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="504"/>
        <source>Impossible de lire les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="536"/>
        <location filename="../../core/members/memberfile.cpp" line="578"/>
        <source>Impossible de lire le personnel de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="542"/>
        <source>Impossible de lire les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="585"/>
        <source>Impossible de lire les organisations représentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="593"/>
        <source>Impossible de compter les fiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberTableModel</name>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="75"/>
        <source>%1 — représenté(e) par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="77"/>
        <source>Sorti(e) le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="112"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="112"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="147"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="148"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="149"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="150"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="151"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="152"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="153"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="154"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="155"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="156"/>
        <source>Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MembersPage</name>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="70"/>
        <source>Liste des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="70"/>
        <source>La liste des adhérents n&apos;a pas pu être lue&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="106"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="108"/>
        <source>Ajouter une organisation adhérente (personne morale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="111"/>
        <source>Nouvel adhérent individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="113"/>
        <source>Ajouter une personne qui adhère à titre individuel. Le salarié d&apos;une organisation se saisit depuis la fiche de l&apos;organisation (« Nouveau salarié… ») ou dans « Personnes ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="117"/>
        <location filename="../../ui/pages/memberspage.cpp" line="461"/>
        <location filename="../../ui/pages/memberspage.cpp" line="474"/>
        <location filename="../../ui/pages/memberspage.cpp" line="481"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="119"/>
        <source>Supprimer les adhérents sélectionnés (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="129"/>
        <location filename="../../ui/pages/memberspage.cpp" line="502"/>
        <source>Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="140"/>
        <location filename="../../ui/pages/memberspage.cpp" line="146"/>
        <location filename="../../ui/pages/memberspage.cpp" line="230"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="147"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="148"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="159"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="160"/>
        <source>&amp;Catégorie&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="161"/>
        <source>C&amp;lub d&apos;origine&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="162"/>
        <source>T&amp;ype&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="168"/>
        <source>Tout afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="169"/>
        <source>Vider la recherche et remettre tous les filtres à « Tous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="122"/>
        <source>E&amp;xporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="99"/>
        <source>Nom, ville, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="100"/>
        <source>Rechercher un adhérent par son nom, sa ville, son e-mail… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="124"/>
        <source>Enregistrer la liste affichée (colonnes visibles, filtres appliqués) pour un tableur, en XLSX ou en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="225"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="368"/>
        <source>Aucun adhérent pour l&apos;instant.
Ajoutez-en un avec « Nouvelle organisation » ou « Nouvel adhérent individuel ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="370"/>
        <source>Aucun adhérent ne correspond à la recherche et aux filtres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="455"/>
        <source>Supprimer « %1 » du fichier des adhérents&#xa0;?

Sa fiche et son adhésion seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="458"/>
        <source>Supprimer les %1 adhérents sélectionnés du fichier&#xa0;?

Leurs fiches et leurs adhésions seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="469"/>
        <source>la suppression de %1 adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="518"/>
        <location filename="../../ui/pages/memberspage.cpp" line="530"/>
        <source>Exporter la liste des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="531"/>
        <source>adherents.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="531"/>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="536"/>
        <source> (filtres appliqués, sur %1 au total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/memberspage.cpp" line="539"/>
        <source>%n adhérent(s) enregistré(s) dans « %1 »%2.</source>
        <translation>
            <numerusform>%n adhérent enregistré dans « %1 »%2.</numerusform>
            <numerusform>%n adhérents enregistrés dans « %1 »%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="546"/>
        <source>Colonnes affichées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MergeHistoryDialog</name>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="28"/>
        <source>Historique des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="30"/>
        <source>Chaque import fusionné s&apos;annule ici, en entier ou fiche par fiche&#xa0;: les fiches créées ou complétées reviennent à leur état d&apos;avant et leurs lignes importées retournent à la vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="37"/>
        <source>&amp;Import&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="41"/>
        <source>Ma&amp;squer les fiches annulées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="67"/>
        <source>Annuler cette &amp;fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="70"/>
        <source>Annuler &amp;tout cet import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="75"/>
        <source>Fer&amp;mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="116"/>
        <source>%1 — %2 — %n fiche(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n fiche</numerusform>
            <numerusform>%1 — %2 — %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="118"/>
        <source>fichiers inconnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="120"/>
        <source> (annulé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="122"/>
        <source> (dont %n annulée(s))</source>
        <translation>
            <numerusform> (dont %n annulée)</numerusform>
            <numerusform> (dont %n annulées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="152"/>
        <source>Toutes les fusions ont été annulées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="154"/>
        <source>Aucune fusion pour l&apos;instant.
Les fusions faites avec Adhérents &gt; Importer et fusionner des fichiers… apparaissent ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="170"/>
        <source>La fiche revient à son état d&apos;avant la fusion et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="172"/>
        <source>La fiche créée est retirée du fichier et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="174"/>
        <source>Annuler cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="175"/>
        <source>Annuler « %1 »&#xa0;?

%2

Une sauvegarde du fichier est faite avant l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="194"/>
        <source>Annuler tout cet import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="195"/>
        <source>Annuler tout l&apos;import du %1 (%2)&#xa0;?

%n fiche(s) encore en vigueur revien(nen)t à leur état d&apos;avant la fusion, ou disparaissent si la fusion les a créées&#xa0;; toutes les lignes importées retournent à la vérification.

Une sauvegarde du fichier est faite avant l&apos;annulation.</source>
        <translation>
            <numerusform>Annuler tout l&apos;import du %1 (%2)&#xa0;?

La fiche encore en vigueur (%n) revient à son état d&apos;avant la fusion, ou disparaît si la fusion l&apos;a créée&#xa0;; toutes les lignes importées retournent à la vérification.

Une sauvegarde du fichier est faite avant l&apos;annulation.</numerusform>
            <numerusform>Annuler tout l&apos;import du %1 (%2)&#xa0;?

Les %n fiches encore en vigueur reviennent à leur état d&apos;avant la fusion, ou disparaissent si la fusion les a créées&#xa0;; toutes les lignes importées retournent à la vérification.

Une sauvegarde du fichier est faite avant l&apos;annulation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="214"/>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="217"/>
        <source>Annulation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="214"/>
        <source>%1

Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="217"/>
        <source>L&apos;annulation a échoué&#xa0;:
%1

Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MergeWizard</name>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="22"/>
        <source>Importer et fusionner des fichiers d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="27"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="25"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="26"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="28"/>
        <source>&amp;Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="68"/>
        <source>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de les reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergewizard.cpp" line="70"/>
        <source>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers et vos %n décision(s) restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de reprendre la revue.</source>
        <translation>
            <numerusform>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers et votre décision (%n) restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de reprendre la revue.</numerusform>
            <numerusform>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers et vos %n décisions restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de reprendre la revue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergewizard.cpp" line="75"/>
        <source>Fermer l&apos;assistant&#xa0;? Les %n fichier(s) choisi(s) et leurs colonnes ne sont pas encore enregistrés&#xa0;: il faudra les choisir à nouveau.</source>
        <translation>
            <numerusform>Fermer l&apos;assistant&#xa0;? Le fichier choisi (%n) et ses colonnes ne sont pas encore enregistrés&#xa0;: il faudra le choisir à nouveau.</numerusform>
            <numerusform>Fermer l&apos;assistant&#xa0;? Les %n fichiers choisis et leurs colonnes ne sont pas encore enregistrés&#xa0;: il faudra les choisir à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="79"/>
        <source>Importer et fusionner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::Migrator</name>
    <message>
        <location filename="../../core/db/migrator.cpp" line="78"/>
        <source>Impossible de lire la version du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="85"/>
        <source>Ce fichier a été enregistré par une version plus récente d&apos;Adhera (schéma %1 ; cette version connaît le schéma %2). Mettez Adhera à jour pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="93"/>
        <source>Ce fichier doit être mis à jour (schéma %1 vers %2), ce qui est impossible en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="111"/>
        <source>Échec de la migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="117"/>
        <source>Impossible d&apos;enregistrer la version du schéma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MonthlyChart</name>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="35"/>
        <source>Encaissé et attendu par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="74"/>
        <source>%1&#xa0;: attendu %2, encaissé %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="103"/>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="103"/>
        <source>Encaissé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::OptionalDateEdit</name>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="24"/>
        <source>Cocher pour indiquer une date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="25"/>
        <source>Date connue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="30"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::OrganisationEditor</name>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="43"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="43"/>
        <source>Organisation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="53"/>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="54"/>
        <source>&amp;Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="55"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="70"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="73"/>
        <source>N&amp;om&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="81"/>
        <source>&amp;Forme juridique&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="83"/>
        <source>9 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="84"/>
        <source>S&amp;IREN&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="86"/>
        <source>14 chiffres&#xa0;: SIREN + NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="87"/>
        <source>SI&amp;RET&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="90"/>
        <source>— non renseignée —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="91"/>
        <source>1 à 49 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="92"/>
        <source>50 à 199 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="93"/>
        <source>200 à 499 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="94"/>
        <source>500 salariés et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="95"/>
        <source>Tranche d&apos;effe&amp;ctif&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="97"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="101"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="104"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="106"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="108"/>
        <source>ex. 03 87 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="110"/>
        <source>Télé&amp;phone&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="112"/>
        <source>ex. contact@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="113"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="115"/>
        <source>ex. www.exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="116"/>
        <source>Site &amp;web&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="132"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="146"/>
        <source>Adhé&amp;rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="150"/>
        <source>Re&amp;présentant (titulaire)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="153"/>
        <source>S&amp;uppléant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="155"/>
        <source>Salariés actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="164"/>
        <source>Saisir la fiche d&apos;une personne qui travaille ici ; elle est enregistrée avec l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="166"/>
        <source>Le représentant et le suppléant se choisissent parmi les salariés actuels. Une personne déjà dans le fichier se rattache depuis sa fiche (onglet Emploi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="202"/>
        <source>%1 (enregistré avec l&apos;organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="187"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="162"/>
        <source>Nouveau sa&amp;larié…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="191"/>
        <source>%1 (nouveau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="197"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="204"/>
        <source>Aucun salarié rattaché à l&apos;organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="213"/>
        <source>(la nouvelle organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="256"/>
        <source>personne n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="257"/>
        <source>%1 (ne fait plus partie du personnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="312"/>
        <source>Le suppléant doit être une autre personne que le représentant titulaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::OriginPage</name>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="33"/>
        <source>Cette fiche vient des lignes importées ci-dessous, gardées telles qu&apos;elles ont été lues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Importé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="36"/>
        <source>Colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="36"/>
        <source>Valeur d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PairComparison</name>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="62"/>
        <source>Cliquez sur une valeur pour la garder dans la fiche fusionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="64"/>
        <source>Garder les deux e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="66"/>
        <source>Garder les deux téléphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <location filename="../../ui/merge/paircomparison.cpp" line="113"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <source>Fiche A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <source>Fiche B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <location filename="../../ui/merge/paircomparison.cpp" line="113"/>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="172"/>
        <source>Valeur gardée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="177"/>
        <source>votre choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="181"/>
        <source>à vous de choisir&#xa0;: deux valeurs valides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PairTableModel</name>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="79"/>
        <source>Sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="80"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="81"/>
        <source>Rejeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="89"/>
        <source>Entre fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="90"/>
        <source>Dans un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="91"/>
        <source>Déjà adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="99"/>
        <source>À décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="100"/>
        <source>Acceptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="101"/>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="115"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="138"/>
        <source>%1&#xa0;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="149"/>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="166"/>
        <source>Déjà déclarée « pas un doublon » lors d&apos;une fusion précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="170"/>
        <source>Prob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="171"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="172"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="173"/>
        <source>Fiche A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="174"/>
        <source>Fiche B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="175"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PaymentDialog</name>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="52"/>
        <location filename="../../ui/dues/paymentdialog.cpp" line="401"/>
        <source>Enregistrer un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="62"/>
        <source>0,00 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="83"/>
        <source>Libellé du virement, n° de transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="97"/>
        <source>&amp;Date&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="98"/>
        <source>&amp;Montant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="101"/>
        <source>Mode de &amp;paiement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="102"/>
        <source>N° de &amp;chèque&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>&amp;Banque&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="104"/>
        <source>&amp;Référence&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="105"/>
        <source>P&amp;ayeur&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Montant affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="131"/>
        <source>Nom de l&apos;adhérent, n° d&apos;appel, exercice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="135"/>
        <source>Autre appel à ré&amp;gler&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="142"/>
        <source>A&amp;jouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="240"/>
        <source>%1 — %2 — reste dû %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="159"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="162"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="166"/>
        <source>Affectation aux appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="247"/>
        <source>Aucun autre appel ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="247"/>
        <source>Aucun appel ouvert ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="331"/>
        <source>Saisissez le montant reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="332"/>
        <source>Montant invalide&#xa0;: écrivez par exemple 250,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="351"/>
        <source>Montant affecté à l&apos;appel %1 invalide&#xa0;: « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="369"/>
        <source>Non affecté&#xa0;: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="377"/>
        <source>Affecté au-delà du paiement&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="379"/>
        <source>Non affecté&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="402"/>
        <source>%1 ne sont affectés à aucun appel et resteront un avoir pour le payeur.
Enregistrer quand même&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PaymentsDialog</name>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="54"/>
        <source>Paiements reçus — exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="56"/>
        <source>Seulement les &amp;chèques à remettre en banque (tous exercices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Payeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>N° de chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="76"/>
        <source>Remis en banque &amp;le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="78"/>
        <source>&amp;Bordereau de remise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="80"/>
        <source>Inscrire les chèques cochés sur un bordereau, l&apos;enregistrer en PDF pour la banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="81"/>
        <source>Déjà remis &amp;sans bordereau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="83"/>
        <source>Les chèques cochés ont déjà été portés à la banque sans bordereau d&apos;Adhera (avant qu&apos;Adhera ne fasse les bordereaux, ou sur le formulaire de la banque)&#xa0;: ils ne sont plus proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="87"/>
        <source>&amp;Réimprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="89"/>
        <source>Bordereaux &amp;faits&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="106"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="156"/>
        <source>%1 du %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="220"/>
        <source>Aucun chèque à remettre en banque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="221"/>
        <source>%n chèque(s) coché(s) sur %1, total %2 (Espace coche ou décoche la ligne).</source>
        <translation>
            <numerusform>%n chèque coché sur %1, total %2 (Espace coche ou décoche la ligne).</numerusform>
            <numerusform>%n chèques cochés sur %1, total %2 (Espace coche ou décoche la ligne).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="231"/>
        <source>%n paiement(s) reçu(s) sur l&apos;exercice, total %1.</source>
        <translation>
            <numerusform>%n paiement reçu sur l&apos;exercice, total %1.</numerusform>
            <numerusform>%n paiements reçus sur l&apos;exercice, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="46"/>
        <source>Bordereau de remise de chèques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="242"/>
        <source>Chèques déjà remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="244"/>
        <source>Marquer %n chèque(s), total %1, comme déjà remis en banque sans bordereau d&apos;Adhera&#xa0;?

Ils ne seront plus proposés pour un bordereau, et aucun bordereau n&apos;est créé pour eux&#xa0;: la liste des paiements les dit « sans bordereau ».</source>
        <translation>
            <numerusform>Marquer le chèque coché (%n), de %1, comme déjà remis en banque sans bordereau d&apos;Adhera&#xa0;?

Il ne sera plus proposé pour un bordereau, et aucun bordereau n&apos;est créé pour lui&#xa0;: la liste des paiements le dit « sans bordereau ».</numerusform>
            <numerusform>Marquer %n chèques, total %1, comme déjà remis en banque sans bordereau d&apos;Adhera&#xa0;?

Ils ne seront plus proposés pour un bordereau, et aucun bordereau n&apos;est créé pour eux&#xa0;: la liste des paiements les dit « sans bordereau ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="256"/>
        <source>%n chèque(s) marqué(s) comme déjà remis.</source>
        <translation>
            <numerusform>%n chèque marqué comme déjà remis.</numerusform>
            <numerusform>%n chèques marqués comme déjà remis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="270"/>
        <source>La remise %1 est enregistrée, mais son bordereau n&apos;a pas pu être écrit&#xa0;: %2
Réimprimez-le depuis « Bordereaux faits ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="282"/>
        <source>bordereau-remise-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="282"/>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="301"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="288"/>
        <source>%n chèque(s) inscrit(s) sur le bordereau enregistré dans « %1 ».</source>
        <translation>
            <numerusform>%n chèque inscrit sur le bordereau enregistré dans « %1 ».</numerusform>
            <numerusform>%n chèques inscrits sur le bordereau enregistré dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="301"/>
        <source>bordereau %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="308"/>
        <source>Le bordereau %1 est enregistré dans « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PeoplePage</name>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="32"/>
        <location filename="../../ui/pages/peoplepage.cpp" line="58"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="36"/>
        <source>Rechercher une personne (nom, employeur, fonction, ville…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="44"/>
        <source>Toutes les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="45"/>
        <source>Représentants des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="46"/>
        <source>Bureau et conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="47"/>
        <source>Adhérents à titre individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="49"/>
        <source>&amp;Afficher&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="52"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="54"/>
        <source>Ajouter un contact, un représentant ou un adhérent individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="112"/>
        <source>Aucune personne dans ce fichier.
Ajoutez-en une avec « Nouvelle personne ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="113"/>
        <source>Aucune personne ne correspond à la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PersonCombo</name>
    <message>
        <location filename="../../ui/widgets/personcombo.cpp" line="40"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PersonDirectory</name>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="85"/>
        <source>Impossible de compter les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="95"/>
        <source>Impossible de lire la liste des personnes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PersonEditor</name>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="64"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="64"/>
        <source>Nouvel adhérent individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="65"/>
        <source>Personne — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="73"/>
        <source>&amp;Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="74"/>
        <source>Em&amp;ploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="75"/>
        <source>&amp;Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="76"/>
        <source>RGPD et &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="82"/>
        <source>&amp;Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="100"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="104"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="522"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="105"/>
        <source>M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="106"/>
        <source>Mme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="107"/>
        <source>&amp;Civilité&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="109"/>
        <source>P&amp;rénom&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="111"/>
        <source>N&amp;om&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="113"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="116"/>
        <source>ex. prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="117"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="119"/>
        <source>ex. 03 87 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="121"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="123"/>
        <source>ex. 06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="125"/>
        <source>Mo&amp;bile&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="128"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="131"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="133"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="138"/>
        <source>La langue des avis d&apos;appel, attestations, relances et convocations adressés à cette personne, ou à l&apos;organisme qu&apos;elle représente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="140"/>
        <source>Lan&amp;gue des courriers&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="159"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="163"/>
        <source>Tapez une partie du nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <source>Emplo&amp;yeur&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="168"/>
        <source>Le début de l&apos;emploi actuel ; quand l&apos;employeur change, la date du changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="169"/>
        <source>Em&amp;bauche ou changement le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="171"/>
        <source>ex. Directrice de la relation client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="172"/>
        <source>&amp;Fonction&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="174"/>
        <source>Historique des emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <source>Employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <source>Fonction</source>
        <comment>the job held</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="188"/>
        <source>Changer d&apos;employeur clôt l&apos;emploi en cours à la date du changement et en ouvre un nouveau : l&apos;historique est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="215"/>
        <source>Adhérent à titre indi&amp;viduel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="217"/>
        <source>Fonctions au bureau / CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Fonction</source>
        <comment>the seat on the board</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="225"/>
        <source>A&amp;jouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="228"/>
        <source>Reti&amp;rer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="260"/>
        <source>Consentements (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="264"/>
        <source>Ann&amp;uaire des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="264"/>
        <source>Accepte de paraître dans l&apos;annuaire remis aux adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="265"/>
        <source>&amp;Lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="265"/>
        <source>Accepte de recevoir la lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="266"/>
        <source>P&amp;hotos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="266"/>
        <source>Accepte la publication de photos où la personne figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="281"/>
        <source>La date de recueil devient celle du jour quand une case change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="286"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="315"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="538"/>
        <source>Organisation n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="499"/>
        <source>Aucune organisation ne s&apos;appelle « %1 » : choisissez l&apos;employeur dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="504"/>
        <source>Indiquez la date du changement d&apos;employeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="507"/>
        <source>Le changement d&apos;employeur ne peut pas précéder le début de l&apos;emploi en cours (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="523"/>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="596"/>
        <source>jamais demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="598"/>
        <source>accord recueilli le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="600"/>
        <source>refus recueilli le %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PersonTableModel</name>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="50"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="52"/>
        <source>Adhérent individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="86"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="87"/>
        <source>Employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="88"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="89"/>
        <source>Rôle au club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="90"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="91"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="92"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::RecordEditing</name>
    <message>
        <location filename="../../ui/recordediting.cpp" line="26"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recordediting.cpp" line="26"/>
        <source>La fiche n&apos;a pas pu être lue&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ReferenceDataDialog</name>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="89"/>
        <source>Catégories d&apos;adhésion et clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="103"/>
        <source>&amp;Catégories d&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="104"/>
        <source>Clubs d&apos;&amp;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="106"/>
        <source>Rien ne se supprime ici : une catégorie ou un club reste attaché aux adhésions qui l&apos;utilisent. Renommez-le au besoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="113"/>
        <source>Enregistrer les listes (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="171"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="171"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <source>Peut être détenue par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="144"/>
        <source>&amp;Ajouter une catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="173"/>
        <source>A&amp;jouter un club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="206"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="207"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="208"/>
        <source>Les deux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="274"/>
        <source>Ligne %1&#xa0;: le code est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="279"/>
        <source>Le code « %1 » figure deux fois (lignes %2 et %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="285"/>
        <source>Ligne %1&#xa0;: le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="330"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="356"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="331"/>
        <source>La catégorie « %1 » n&apos;a pas pu être enregistrée&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="357"/>
        <source>Le club « %1 » n&apos;a pas pu être enregistré&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::RemindersDialog</name>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="37"/>
        <source>Relances — exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="41"/>
        <source>1re relance&#xa0;: jamais relancés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="42"/>
        <source>2e relance&#xa0;: relancés une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="43"/>
        <source>Déjà relancés deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="44"/>
        <source>&amp;Relance&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="53"/>
        <source>&amp;Date d&apos;envoi&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="58"/>
        <source>courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="59"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="60"/>
        <source>&amp;par&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>N° d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Relances envoyées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="83"/>
        <source>Tout cocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="85"/>
        <source>Tout décocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="88"/>
        <source>Lettres en un PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="90"/>
        <source>Un seul PDF à imprimer, une lettre par adhérent coché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="92"/>
        <source>Un PDF par adhérent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="94"/>
        <source>Une lettre par fichier dans un dossier, pour les joindre à des e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="96"/>
        <source>Liste d&apos;envoi CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="98"/>
        <source>Les adresses e-mail et les montants dus, pour un publipostage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="100"/>
        <source>Marquer comme envoyées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="102"/>
        <source>Enregistrer la relance des adhérents cochés à la date d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="106"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="176"/>
        <source>1re le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="178"/>
        <source>%1e le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="185"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="227"/>
        <source>Au %1, aucun appel échu à ce niveau de relance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/remindersdialog.cpp" line="229"/>
        <source>Au %1&#xa0;: %n appel(s) échu(s), %2 restant dus&#xa0;; %3 coché(s).</source>
        <translation>
            <numerusform>Au %1&#xa0;: %n appel échu, %2 restant dus&#xa0;; %3 coché(s).</numerusform>
            <numerusform>Au %1&#xa0;: %n appels échus, %2 restant dus&#xa0;; %3 coché(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/remindersdialog.cpp" line="295"/>
        <source>%1

Enregistrer la relance n°%2 comme envoyée le %3 pour %n adhérent(s)&#xa0;?</source>
        <translation>
            <numerusform>%1

Enregistrer la relance n°%2 comme envoyée le %3 pour %n adhérent&#xa0;?</numerusform>
            <numerusform>%1

Enregistrer la relance n°%2 comme envoyée le %3 pour %n adhérents&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="305"/>
        <source>relances-%1-niveau-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="306"/>
        <source>Enregistrer les lettres de relance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="306"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="310"/>
        <source>Les lettres sont enregistrées dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="315"/>
        <source>Dossier des lettres de relance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="319"/>
        <source>Les lettres sont enregistrées dans le dossier « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="324"/>
        <source>relances-%1-niveau-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="325"/>
        <source>Enregistrer la liste d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="325"/>
        <source>CSV pour Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="329"/>
        <source>La liste d&apos;envoi est enregistrée dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::RemoveOrganisationCommand</name>
    <message>
        <location filename="../../ui/commands/removeorganisationcommand.cpp" line="36"/>
        <source>la suppression de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::RemovePersonCommand</name>
    <message>
        <location filename="../../ui/commands/removepersoncommand.cpp" line="37"/>
        <source>la suppression de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ReversalDialog</name>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="50"/>
        <source>Annuler un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="52"/>
        <source>Le paiement n&apos;est pas effacé&#xa0;: une écriture inverse est enregistrée à la date choisie, et chaque appel qu&apos;il a réglé redevient dû d&apos;autant (paiements de l&apos;appel %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="61"/>
        <source>%1 du %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="73"/>
        <source>Chèque impayé, erreur de saisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="87"/>
        <source>&amp;Paiement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="88"/>
        <source>Appels réglés&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="89"/>
        <source>&amp;Date&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="90"/>
        <source>&amp;Motif&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="93"/>
        <source>Annuler le paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="95"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="113"/>
        <source>%1 (%2)&#xa0;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="114"/>
        <source>appel n°%1&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="129"/>
        <source>Indiquez le motif de l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/reversaldialog.cpp" line="138"/>
        <source>Le paiement %1 (%2) a réglé %n appel(s)&#xa0;:

%3

L&apos;annuler les rend tous dus à nouveau. Annuler ce paiement&#xa0;?</source>
        <translation>
            <numerusform>Le paiement %1 (%2) a réglé %n appel&#xa0;:

%3

L&apos;annuler le rend dû à nouveau. Annuler ce paiement&#xa0;?</numerusform>
            <numerusform>Le paiement %1 (%2) a réglé %n appels&#xa0;:

%3

L&apos;annuler les rend tous dus à nouveau. Annuler ce paiement&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::ReviewPage</name>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="29"/>
        <source>Vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="30"/>
        <source>Acceptez les vrais doublons, rejetez les autres. Les paires non tranchées ne sont pas fusionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="37"/>
        <source>Sûrs et à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="40"/>
        <source>Rejetés (score trop bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="41"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="38"/>
        <source>Sûrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="39"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="44"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="71"/>
        <source>Accepter (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="74"/>
        <source>Fusionner ces deux fiches (touche A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="75"/>
        <source>Rejeter (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="78"/>
        <source>Pas un doublon : ne plus proposer cette paire (touche R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="79"/>
        <source>Suivant (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="82"/>
        <source>Paire suivante, sans décider (touches N et ↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="84"/>
        <source>Accepter les sûrs sans conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="90"/>
        <source>Niveau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="92"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="107"/>
        <source>Pourquoi ce score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="208"/>
        <source>Aucune paire à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="214"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="256"/>
        <source>%n paire(s) sûre(s) acceptée(s). </source>
        <translation>
            <numerusform>%n paire sûre acceptée. </numerusform>
            <numerusform>%n paires sûres acceptées. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="267"/>
        <source>%n paire(s) à décider</source>
        <translation>
            <numerusform>%n paire à décider</numerusform>
            <numerusform>%n paires à décider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="269"/>
        <source> — %n décision(s) reprise(s) de la revue interrompue</source>
        <translation>
            <numerusform> — %n décision reprise de la revue interrompue</numerusform>
            <numerusform> — %n décisions reprises de la revue interrompue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="280"/>
        <source>Revue des doublons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="281"/>
        <source>La décision n&apos;a pas pu être enregistrée dans le fichier&#xa0;: elle vaut pour cette revue, mais serait perdue si l&apos;assistant se fermait.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::RowSnapshot</name>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="68"/>
        <source>Impossible de lire la table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="98"/>
        <location filename="../../core/db/rowsnapshot.cpp" line="108"/>
        <source>Impossible de rétablir une ligne de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="169"/>
        <source>Journal de fusion illisible : table « %1 » inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="176"/>
        <source>Journal de fusion illisible : colonne « %1 » inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="232"/>
        <source>Impossible de supprimer une ligne de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SaveOrganisationCommand</name>
    <message>
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="18"/>
        <source>la modification de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="19"/>
        <source>la création de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SavePersonCommand</name>
    <message>
        <location filename="../../ui/commands/savepersoncommand.cpp" line="22"/>
        <source>la modification de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/savepersoncommand.cpp" line="23"/>
        <source>la création de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SearchIndex</name>
    <message>
        <location filename="../../core/members/searchindex.cpp" line="119"/>
        <source>Impossible de mettre à jour l&apos;index de recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/searchindex.cpp" line="146"/>
        <source>Impossible de reconstruire l&apos;index de recherche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SearchPage</name>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="25"/>
        <source>Recherche des doublons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="26"/>
        <source>Les fiches des fichiers sont comparées entre elles et avec les adhérents déjà enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="41"/>
        <source>Annuler la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="43"/>
        <source>Relancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="110"/>
        <source>Préparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="156"/>
        <source>Recherche annulée. Relancez-la pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="166"/>
        <source>Recherche terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="168"/>
        <source>Aucun doublon probable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="169"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="170"/>
        <source>%n sûr(s)</source>
        <translation>
            <numerusform>%n sûr</numerusform>
            <numerusform>%n sûrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="171"/>
        <source>%n à vérifier</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="172"/>
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="177"/>
        <source>%n décision(s) de la revue interrompue reprise(s).</source>
        <translation>
            <numerusform>%n décision de la revue interrompue reprise.</numerusform>
            <numerusform>%n décisions de la revue interrompue reprises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::SendInvitationsDialog</name>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="28"/>
        <source>Envoyer les convocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="28"/>
        <source>Enregistrer l&apos;envoi des invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="40"/>
        <source>Seulement les membres pas encore &amp;convoqués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="41"/>
        <source>Seulement les invités dont l&apos;envoi n&apos;est pas &amp;enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="57"/>
        <source>&amp;Date d&apos;envoi&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="58"/>
        <source>&amp;Moyen&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="62"/>
        <source>Adhera écrit une convocation et un pouvoir par membre actif invité, dans un seul PDF à imprimer ou à envoyer, puis enregistre la date et le moyen d&apos;envoi, qui font la preuve de la convocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="64"/>
        <source>La date et le moyen d&apos;envoi sont enregistrés pour chaque invité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="70"/>
        <source>Écrire le PDF et enregistrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="70"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="71"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="125"/>
        <source>%n membre(s) recevront une convocation.</source>
        <translation>
            <numerusform>%n membre recevra une convocation.</numerusform>
            <numerusform>%n membres recevront une convocation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="126"/>
        <source>%n invité(s) concerné(s).</source>
        <translation>
            <numerusform>%n invité concerné.</numerusform>
            <numerusform>%n invités concernés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="128"/>
        <source>Ceux déjà convoqués gardent la date de leur premier envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="135"/>
        <source>Adhera n&apos;envoie pas encore de courriels&#xa0;: joignez vous-même le PDF écrit ici à vos courriels. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="137"/>
        <source>Adhera n&apos;envoie pas encore de courriels et n&apos;écrit pas d&apos;invitation pour cette réunion&#xa0;: envoyez-la vous-même. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="140"/>
        <source>Aucune lettre n&apos;est écrite pour cette réunion&#xa0;: envoyez l&apos;invitation vous-même. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="146"/>
        <source>Attention&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="151"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="152"/>
        <source>Attention&#xa0;: %n membre(s) actif(s) ne figurent pas parmi les invités et ne seront pas convoqués&#xa0;: %1.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n membre actif ne figure pas parmi les invités et ne sera pas convoqué&#xa0;: %1.</numerusform>
            <numerusform>Attention&#xa0;: %n membres actifs ne figurent pas parmi les invités et ne seront pas convoqués&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="157"/>
        <source>Attention&#xa0;: personne ne pourra voter à cette assemblée, son quorum ne pourra pas être atteint. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SessionController</name>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="121"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="161"/>
        <source>Le procès-verbal de la séance est verrouillé&#xa0;: la feuille de présence et les votes ne changent plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="172"/>
        <source>Aucun adhérent actif&#xa0;: la feuille de présence resterait vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="208"/>
        <source>Ce membre n&apos;est pas sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="282"/>
        <source>du président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="299"/>
        <source>Aucun brouillon du procès-verbal à approuver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="312"/>
        <source>Aucune version verrouillée du procès-verbal à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="324"/>
        <source>Générez d&apos;abord le brouillon du procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="334"/>
        <source>Aucun membre n&apos;a le droit de vote sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SessionMinutesTab</name>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="39"/>
        <source>Générez le brouillon à partir de ce qui a été enregistré pendant la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="40"/>
        <source>&amp;Générer le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="43"/>
        <source>Enregistrer le &amp;brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="46"/>
        <source>&amp;Approuver et verrouiller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="49"/>
        <source>Co&amp;rriger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="51"/>
        <source>Rédiger une nouvelle version liée à la version verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="53"/>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="83"/>
        <source>Aucun procès-verbal pour cette séance&#xa0;: générez le brouillon à partir de ce qui a été enregistré (présences, quorum, votes), puis complétez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="86"/>
        <source>Verrouillé le %1 — version %2. Signé par %3. Le texte ne change plus&#xa0;: une erreur se corrige par une nouvelle version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="92"/>
        <source>Brouillon — version %1, enregistré le %2 à %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="108"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="118"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="123"/>
        <source>Procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="109"/>
        <source>Remplacer le brouillon par un nouveau brouillon généré à partir de la séance&#xa0;? Les modifications faites à la main seront perdues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="128"/>
        <source>Approuver le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="135"/>
        <source>Choisissez le président et le secrétaire de séance dans la fiche de la réunion&#xa0;: ils signent le procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="142"/>
        <source>Le procès-verbal ne peut pas être approuvé avant la réunion, qui a lieu le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="152"/>
        <source>Complétez les %n blanc(s) du procès-verbal avant de l&apos;approuver&#xa0;:

%1</source>
        <translation>
            <numerusform>Complétez le blanc (%n) du procès-verbal avant de l&apos;approuver :

%1</numerusform>
            <numerusform>Complétez les %n blancs du procès-verbal avant de l&apos;approuver :

%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="166"/>
        <source>Approuver et verrouiller le procès-verbal (version %1), signé par %2, président de séance, et %3, secrétaire de séance&#xa0;?

Le texte ne pourra plus être modifié&#xa0;: une erreur se corrigera par une nouvelle version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="179"/>
        <source>Corriger le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="184"/>
        <source>Rédiger une correction du procès-verbal verrouillé (version %1)&#xa0;? Elle sera la version %2, liée à celle-ci, qui reste inchangée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="198"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="208"/>
        <source>Procès-verbal en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="203"/>
        <source>Procès-verbal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="204"/>
        <source>Enregistrer le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="204"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="209"/>
        <source>Le procès-verbal est enregistré dans «&#xa0;%1&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SessionSheetTab</name>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="41"/>
        <source>&amp;Préparer la feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="44"/>
        <source>La feuille de présence n&apos;est pas encore préparée. Elle reprendra les adhérents actifs avec leur droit de vote à la date de référence des statuts (cotisation à jour, représentant désigné pour une structure, catégorie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="58"/>
        <source>Rechercher un membre ou un votant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="62"/>
        <source>&amp;maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="69"/>
        <source>L&apos;heure d&apos;une arrivée, d&apos;un départ ou d&apos;un vote noté après coup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="101"/>
        <source>Pré&amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="107"/>
        <source>&amp;Représenté par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="110"/>
        <source>A&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="116"/>
        <source>&amp;Départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="118"/>
        <source>Le membre quitte la séance&#xa0;: ses voix et ses procurations ne comptent plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="124"/>
        <source>Re&amp;voir le droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="126"/>
        <source>Relit la cotisation du membre sélectionné, paiements du jour compris (un membre qui règle à l&apos;entrée), et note l&apos;heure et le résultat sur la feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="133"/>
        <source>&amp;Imprimer la feuille (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="135"/>
        <source>La feuille d&apos;émargement à signer à l&apos;entrée&#xa0;: les membres ayant le droit de vote, leurs voix et la place pour signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="139"/>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="192"/>
        <source>&amp;Ouvrir la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="141"/>
        <source>Note l&apos;heure d&apos;ouverture (l&apos;heure du pointage)&#xa0;: le quorum à l&apos;ouverture est compté à cette heure et le procès-verbal la reprend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="147"/>
        <source>Heure du pointage&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="191"/>
        <source>Séance ouverte à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="192"/>
        <source>Corriger l&apos;heure d&apos;&amp;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="250"/>
        <source>Feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="255"/>
        <source>Pointage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="260"/>
        <source>Départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="265"/>
        <source>Droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="274"/>
        <source>%1 peut voter (%n voix).</source>
        <translation>
            <numerusform>%1 peut voter (%n voix).</numerusform>
            <numerusform>%1 peut voter (%n voix).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="275"/>
        <source>%1 ne peut pas voter&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="276"/>
        <source>Rien ne change. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="291"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="307"/>
        <source>%n procuration(s) sur %1</source>
        <translation>
            <numerusform>%n procuration sur %1</numerusform>
            <numerusform>%n procurations sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="307"/>
        <source>%n procuration(s)</source>
        <translation>
            <numerusform>%n procuration</numerusform>
            <numerusform>%n procurations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="308"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="312"/>
        <source>Plafond des statuts atteint (%n procuration(s) par personne)&#xa0;: %1.</source>
        <translation>
            <numerusform>Plafond des statuts atteint (%n procuration par personne) : %1.</numerusform>
            <numerusform>Plafond des statuts atteint (%n procurations par personne) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="316"/>
        <source>Aucun membre présent ayant le droit de vote ne peut encore recevoir la procuration de %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="320"/>
        <source>%1 donne procuration à&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="328"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="329"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="344"/>
        <source>Ouvrir la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="351"/>
        <source>La séance s&apos;ouvre le jour de la réunion, le %1&#xa0;: décochez «&#xa0;maintenant&#xa0;» et indiquez l&apos;heure d&apos;ouverture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="359"/>
        <source>Ouvrir la séance à %1&#xa0;?

%2

Le quorum à l&apos;ouverture est compté à cette heure et le procès-verbal le reprend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="369"/>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="379"/>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="374"/>
        <source>Enregistrer la feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="375"/>
        <source>Feuille d&apos;émargement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="375"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="380"/>
        <source>La feuille est enregistrée dans «&#xa0;%1&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::SessionVotesTab</name>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="62"/>
        <source>Non utilisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="63"/>
        <source>Pour l&apos;adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="64"/>
        <source>Contre l&apos;adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="65"/>
        <source>Départage une égalité des voix, vote public seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="66"/>
        <source>Voix &amp;prépondérante du président&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="71"/>
        <source>P&amp;our&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="72"/>
        <source>&amp;Contre&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="73"/>
        <source>Abs&amp;tentions&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="74"/>
        <source>B&amp;lancs&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="75"/>
        <source>N&amp;uls&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="79"/>
        <source>ex.&#xa0;: voix pour et contre inversées à la saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="82"/>
        <source>&amp;Motif de la correction&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="86"/>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="211"/>
        <source>&amp;Enregistrer le vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="92"/>
        <source>Co&amp;nseil élu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="94"/>
        <source>Inscrit dans le fichier le conseil que l&apos;élection a composé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="97"/>
        <source>Résultat du vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="139"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="143"/>
        <source>adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="143"/>
        <source>rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="146"/>
        <source>à voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="178"/>
        <source>Aucune résolution ni élection à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="185"/>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="192"/>
        <source>Règle des statuts&#xa0;: %1 des %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="194"/>
        <source>Vote à bulletin secret&#xa0;: seuls les totaux sont enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="198"/>
        <source>Au moment du vote, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="201"/>
        <source>À %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="211"/>
        <source>Corri&amp;ger le vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="225"/>
        <source>Résolution adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="225"/>
        <source>Résolution rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="231"/>
        <source>Pas encore voté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="251"/>
        <source>Corriger le vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="255"/>
        <source>Indiquez le motif de la correction&#xa0;: le premier résultat et ce motif resteront au procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="260"/>
        <source>Corriger le vote enregistré à %1&#xa0;?

Premier résultat&#xa0;: %2 — %3.
Nouveau décompte&#xa0;: %4.

Le premier résultat reste au procès-verbal avec le motif&#xa0;: « %5 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="263"/>
        <source>résolution adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="263"/>
        <source>résolution rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="278"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="285"/>
        <source>Conseil élu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="286"/>
        <source>La composition du conseil est enregistrée dans le fichier des membres&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::StatutesDialog</name>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="137"/>
        <source>Statuts de l&apos;association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="148"/>
        <source>Régime et convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="149"/>
        <source>Quorum et procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="150"/>
        <source>Majorités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="151"/>
        <source>Droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="162"/>
        <source>Enregistrer les statuts (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="191"/>
        <source>Régime juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="197"/>
        <source>&amp;Régime&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="198"/>
        <source>Une association dont le siège est en Moselle, dans le Bas-Rhin ou dans le Haut-Rhin relève du droit local (code civil local, articles 21 à 79-III), et non de la loi 1901&#xa0;: c&apos;est le lieu du siège qui décide, pas celui de l&apos;assemblée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="204"/>
        <source>&amp;Valeurs par défaut de ce régime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="207"/>
        <source>Remplit les quatre onglets avec ce que prévoit le régime choisi quand les statuts sont muets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="212"/>
        <source>Changer de régime ne change aucune autre valeur&#xa0;: ce bouton les remplace par celles du régime choisi, à adapter ensuite aux statuts de l&apos;association.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="216"/>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="219"/>
        <source>&amp;Délai de convocation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="221"/>
        <source>Au moins ce délai entre l&apos;envoi de la convocation et l&apos;assemblée&#xa0;; Adhera avertit quand une convocation part plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="225"/>
        <source>Délai &amp;minimal avant la 2e convocation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="227"/>
        <source>Entre une assemblée restée sans quorum et la seconde, convoquée avec le même ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="236"/>
        <source>&#xa0;jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="236"/>
        <source>&#xa0;jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="249"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="251"/>
        <source>Part des voix des membres présents ou représentés qu&apos;il faut réunir pour délibérer, en fraction (par exemple 1/4). Vide&#xa0;: pas de quorum, l&apos;usage en 2e convocation et la règle quand les statuts sont muets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="262"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="265"/>
        <source>%1, 1re convocation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="265"/>
        <source>%1, 2e convocation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="271"/>
        <source>Procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="273"/>
        <source>&amp;Procurations autorisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="279"/>
        <source>illimité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="280"/>
        <source>0&#xa0;: illimité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="281"/>
        <source>Pouvoirs par &amp;mandataire, au plus&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="282"/>
        <source>Le mandataire doit être &amp;un membre ayant le droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Majorité requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Base de calcul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="321"/>
        <source>La majorité qu&apos;il faut atteindre pour adopter une résolution, selon son objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="323"/>
        <source>Sur une base de membres (l&apos;ensemble des membres, les présents, les présents ou représentés), s&apos;abstenir revient à voter contre. Sur les voix exprimées, les abstentions sont écartées&#xa0;; sur les suffrages exprimés, les abstentions, les bulletins blancs et les nuls sont écartés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="336"/>
        <source>Qui vote, et comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="338"/>
        <source>&amp;Cotisation à jour requise pour voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="343"/>
        <source>Date de l&apos;assemblée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="344"/>
        <source>Date de la convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="345"/>
        <source>À jour à la &amp;date de&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="346"/>
        <source>La cotisation regardée est celle de l&apos;exercice de cette date. Tant que l&apos;appel de l&apos;exercice n&apos;est pas échu (ou pas encore émis), la cotisation de l&apos;exercice précédent, réglée, suffit&#xa0;: une assemblée tenue en début d&apos;année est votée par les membres à jour de l&apos;année écoulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="353"/>
        <source>&amp;Voix prépondérante du président en cas d&apos;égalité (votes à main levée seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="356"/>
        <source>&amp;Scrutin secret pour les élections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="360"/>
        <source>Voix par catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="361"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="361"/>
        <source>Voix par membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="369"/>
        <source>0 (sans droit de vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="370"/>
        <source>Voix par membre, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="380"/>
        <source>Une personne morale vote par son représentant désigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="466"/>
        <source>%1, 1re convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="467"/>
        <source>%1, 2e convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="469"/>
        <source>Quorum de l&apos;%1&#xa0;: « %2 » n&apos;est pas une fraction&#xa0;; écrivez par exemple 1/4, ou laissez vide s&apos;il n&apos;y a pas de quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="521"/>
        <source>Remplacer les valeurs des quatre onglets par celles que prévoit le régime « %1 » quand les statuts sont muets&#xa0;?
Rien n&apos;est enregistré avant « Enregistrer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="541"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::assembly</name>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="22"/>
        <source>%1 suffrage exprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="24"/>
        <source>%1 voix exprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="31"/>
        <source>majorité requise&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="32"/>
        <source>majorité absolue requise&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="33"/>
        <source>majorité des deux tiers requise&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="34"/>
        <source>majorité des trois quarts requise&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="35"/>
        <source>unanimité requise&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="42"/>
        <source>pour %1, contre %2, abstentions %3, blancs %4, nuls %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="82"/>
        <source>Un nombre de voix ne peut pas être négatif (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="84"/>
        <source>Les voix présentes, représentées et de l&apos;ensemble des membres ne peuvent pas être négatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="88"/>
        <source>Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents, seules prises en compte pour cette majorité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="94"/>
        <source>Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents ou représentés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="100"/>
        <source>Les %1 voix présentes ou représentées dépassent les %2 voix de l&apos;ensemble des membres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="122"/>
        <source>Adoptée&#xa0;: %1 voix pour sur %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="123"/>
        <source>Rejetée&#xa0;: %1 voix pour sur %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="128"/>
        <source>partage des voix, %1 voix pour sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="131"/>
        <source>Rejetée&#xa0;: %1&#xa0;; la voix prépondérante du président ne s&apos;applique pas à un scrutin secret (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="134"/>
        <source>Rejetée&#xa0;: %1&#xa0;; les statuts ne donnent pas de voix prépondérante au président (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="138"/>
        <source>Rejetée&#xa0;: %1&#xa0;; le président n&apos;a pas fait usage de sa voix prépondérante (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="143"/>
        <source>Adoptée par la voix prépondérante du président&#xa0;: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="144"/>
        <source>Rejetée par la voix prépondérante du président&#xa0;: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="47"/>
        <source>Les statuts n&apos;autorisent pas les procurations&#xa0;: %1 ne peut pas être représenté par %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="48"/>
        <source>un mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="52"/>
        <source>La procuration de %1 ne désigne pas de mandataire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="82"/>
        <source>« %1 » du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="52"/>
        <source>le procès-verbal de %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="57"/>
        <source>%1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="43"/>
        <location filename="../../core/assembly/boardelection.cpp" line="106"/>
        <source>Impossible de lire la composition du conseil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="90"/>
        <source>Impossible de lire la personne n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="93"/>
        <source>La personne n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="81"/>
        <source>Indiquez la date de l&apos;élection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="89"/>
        <source>%1 ne peut occuper qu&apos;un siège au conseil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="94"/>
        <source>Un seul siège « %1 » au conseil&#xa0;: %2 et %3 ne peuvent l&apos;occuper tous deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="111"/>
        <source>Le conseil a déjà des mandats commençant le %1, après le %2&#xa0;: modifiez-les depuis la fiche des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="116"/>
        <source>Impossible d&apos;enregistrer la composition du conseil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="132"/>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="104"/>
        <source>Impossible de lire l&apos;adhésion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="139"/>
        <source>L&apos;adhésion n°%1 n&apos;est plus dans le fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="153"/>
        <source>Personne n&apos;est inscrit sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="158"/>
        <source>sans voix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/attendancesheet.cpp" line="166"/>
        <source>Aucun des %n membres n&apos;a le droit de vote&#xa0;: %1.</source>
        <translation>
            <numerusform>Le seul membre inscrit (%n) n&apos;a pas le droit de vote&#xa0;: %1.</numerusform>
            <numerusform>Aucun des %n membres n&apos;a le droit de vote&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="107"/>
        <source>L&apos;adhésion n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="114"/>
        <source>Un invité est soit une adhésion, soit une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="132"/>
        <source>Impossible de lire les votes de la réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="138"/>
        <source>Impossible de lire le procès-verbal de la réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="149"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: sa feuille de présence ne change plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="68"/>
        <source>Indiquez la date et l&apos;heure de la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="71"/>
        <source>La réunion ne peut pas finir (%1) avant de commencer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="80"/>
        <source>Impossible d&apos;enregistrer la réunion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="93"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: la nature, la date et le lieu de la réunion ne changent plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="116"/>
        <source>Impossible de lire la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="119"/>
        <source>La réunion n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="137"/>
        <source>Impossible de lire les réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="158"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: la réunion est conservée avec lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="161"/>
        <source>Impossible de supprimer la réunion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="174"/>
        <source>La séance de %1 s&apos;ouvre le jour de la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="179"/>
        <source>Impossible d&apos;enregistrer l&apos;ouverture de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="192"/>
        <source>Les décisions de %1 ne peuvent pas être déclarées le %2, avant la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="195"/>
        <source>Les décisions de %1 ne peuvent pas être déclarées le %2, une date à venir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="200"/>
        <source>Impossible d&apos;enregistrer la déclaration de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="210"/>
        <source>Impossible de lire l&apos;ordre du jour de la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="231"/>
        <source>Un vote est déjà enregistré pour %1&#xa0;: l&apos;ordre du jour ne change plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="247"/>
        <source>Point %1 de l&apos;ordre du jour&#xa0;: indiquez un intitulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="259"/>
        <source>« %1 » et « %2 »&#xa0;: les questions diverses ne figurent qu&apos;une fois à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="269"/>
        <source>Impossible d&apos;enregistrer l&apos;ordre du jour de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="67"/>
        <source>Impossible de lire les invités de la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="93"/>
        <source>Impossible d&apos;inviter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="144"/>
        <source>Indiquez la date de la réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="147"/>
        <source>Impossible d&apos;enregistrer la réponse de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="51"/>
        <source>%1 n&apos;est pas invité à %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="153"/>
        <source>Indiquez la date d&apos;envoi de la convocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="162"/>
        <source>La convocation à %1 ne peut pas être envoyée le %2, après la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="178"/>
        <source>Impossible d&apos;enregistrer la convocation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="208"/>
        <source>%1 a été convoqué à %2&#xa0;: la preuve de la convocation est conservée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="213"/>
        <source>Impossible de retirer %1 des invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="231"/>
        <source>Impossible d&apos;enregistrer la présence de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="45"/>
        <source>Impossible de lire la feuille de présence de la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="103"/>
        <source>Un vote est déjà enregistré pour %1&#xa0;: la feuille de présence ne se prépare plus, on y note les arrivées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="114"/>
        <source>%1 figure deux fois sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="117"/>
        <source>%1&#xa0;: un nombre de voix ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="127"/>
        <source>Impossible de préparer la feuille de présence de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="159"/>
        <source>L&apos;adhésion n°%1 ne figure pas sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="169"/>
        <source>droit de vote revu à %1&#xa0;: peut voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="170"/>
        <source>droit de vote revu à %1&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="180"/>
        <source>Impossible de revoir le droit de vote de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="190"/>
        <source>Indiquez l&apos;heure du pointage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="210"/>
        <location filename="../../core/assembly/meetingattendance.cpp" line="281"/>
        <source>%1 ne figure pas sur la feuille de présence de %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="214"/>
        <source>Indiquez le mandataire qui représente %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="216"/>
        <location filename="../../core/assembly/quorum.cpp" line="56"/>
        <source>%1 ne peut pas détenir sa propre procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="222"/>
        <source>%1, mandataire de %2, ne figure pas sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="256"/>
        <source>Impossible de pointer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="266"/>
        <source>Indiquez l&apos;heure du départ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="284"/>
        <source>%1 n&apos;est pas noté présent&#xa0;: son départ ne s&apos;enregistre pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="287"/>
        <source>%1 ne peut pas partir à %2, avant son arrivée à %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="292"/>
        <source>Impossible d&apos;enregistrer le départ de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="325"/>
        <source>%1 jours avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="326"/>
        <source>la veille de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="327"/>
        <source>le jour de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="328"/>
        <source>après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="329"/>
        <source>Convocation envoyée le %1, %2 %3&#xa0;: les statuts demandent au moins %4 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="31"/>
        <source>Indiquez l&apos;heure du vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="37"/>
        <source>Impossible de lire le point n°%1 de l&apos;ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="40"/>
        <source>Le point n°%1 de l&apos;ordre du jour n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="44"/>
        <source>« %1 »&#xa0;: les questions diverses sont une information, elles ne font l&apos;objet d&apos;aucun vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="47"/>
        <source>« %1 » est un point d&apos;information&#xa0;: il ne fait pas l&apos;objet d&apos;un vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="53"/>
        <source>%1 n&apos;est pas une assemblée générale&#xa0;: ses votes ne suivent pas les règles des statuts pour l&apos;AG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="60"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: le vote sur « %2 » ne change plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="68"/>
        <source>Un vote est déjà enregistré sur « %1 » à %2 (résolution %3)&#xa0;: corrigez-le en indiquant pourquoi, le premier résultat restera au procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="71"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="313"/>
        <source>adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="71"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="313"/>
        <source>rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="80"/>
        <source>Vote sur « %1 » à %2 impossible. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="90"/>
        <source>« %1 »&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="114"/>
        <source>Impossible de garder le premier résultat du vote sur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="144"/>
        <source>Impossible d&apos;enregistrer le vote sur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="158"/>
        <source>Impossible de lire le vote du point n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="184"/>
        <source>Impossible de lire les votes corrigés de la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="68"/>
        <source>Impossible de lire le procès-verbal de la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="80"/>
        <source>Impossible de lire le procès-verbal n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="83"/>
        <source>Le procès-verbal n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="99"/>
        <source>Impossible d&apos;enregistrer le procès-verbal de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="113"/>
        <source>Le procès-verbal de %1 (version %2) est verrouillé&#xa0;: rédigez une correction, qui en sera la version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="148"/>
        <source>%1 est déjà verrouillé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="150"/>
        <source>%1 est vide&#xa0;: rédigez-le avant de le verrouiller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="155"/>
        <source>%1 ne peut pas être approuvé avant la réunion, qui a lieu le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/meetingminutes.cpp" line="163"/>
        <source>%1 contient encore %n blanc(s) à compléter avant de le verrouiller&#xa0;: %2.</source>
        <translation>
            <numerusform>%1 contient encore %n blanc à compléter avant de le verrouiller&#xa0;: %2.</numerusform>
            <numerusform>%1 contient encore %n blancs à compléter avant de le verrouiller&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="169"/>
        <source>%1 est signé par le président et le secrétaire&#xa0;: indiquez-les.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="178"/>
        <source>%1, président de séance&#xa0;; %2, secrétaire de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="191"/>
        <source>Impossible de verrouiller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="198"/>
        <source>Impossible de marquer la réunion %1 comme tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="223"/>
        <source>%1 est un brouillon&#xa0;: modifiez-le directement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="225"/>
        <source>La correction de %1 est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="232"/>
        <source>%1 est déjà corrigé par la version %2, verrouillée&#xa0;: corrigez celle-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="235"/>
        <source>%1 est déjà en cours de correction&#xa0;: la version %2 est un brouillon ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="248"/>
        <source>Impossible d&apos;enregistrer la correction de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="266"/>
        <source>Impossible de lire le registre des procès-verbaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="61"/>
        <source>%1 n&apos;a pas le droit de vote&#xa0;: sa procuration à %2 ne compte pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="62"/>
        <source>son mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="66"/>
        <source>Le mandataire de %1 (adhésion n°%2) ne figure pas sur la feuille de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="74"/>
        <source>%2, mandataire de %1, a donné sa propre procuration à %3&#xa0;: les procurations en chaîne sont refusées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="75"/>
        <source>un autre membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="80"/>
        <source>%2, mandataire de %1, n&apos;a pas le droit de vote&#xa0;: les statuts exigent un mandataire membre votant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="86"/>
        <source>%2, mandataire de %1, n&apos;est pas en séance à %3&#xa0;: la procuration ne compte pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="88"/>
        <source>%2, mandataire de %1, n&apos;est pas en séance&#xa0;: la procuration ne compte pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="94"/>
        <source>%2 a déjà atteint le plafond des statuts (au plus %3 par mandataire)&#xa0;: celle de %1 est refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="142"/>
        <source>Quorum impossible&#xa0;: aucun membre de la feuille de présence n&apos;a le droit de vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="145"/>
        <source>Aucun quorum requis&#xa0;: %n voix présentes ou représentées sur %1.</source>
        <translation>
            <numerusform>Aucun quorum requis&#xa0;: %n voix présente ou représentée sur %1.</numerusform>
            <numerusform>Aucun quorum requis&#xa0;: %n voix présentes ou représentées sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="147"/>
        <source>Quorum atteint&#xa0;: %n voix présentes ou représentées sur %1 (%2 requises, %3 des voix).</source>
        <translation>
            <numerusform>Quorum atteint&#xa0;: %n voix présente ou représentée sur %1 (%2 requises, %3 des voix).</numerusform>
            <numerusform>Quorum atteint&#xa0;: %n voix présentes ou représentées sur %1 (%2 requises, %3 des voix).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="151"/>
        <source>Quorum non atteint&#xa0;: %n voix présentes ou représentées sur %1, il en manque %2 (%3 requises, %4 des voix).</source>
        <translation>
            <numerusform>Quorum non atteint&#xa0;: %n voix présente ou représentée sur %1, il en manque %2 (%3 requises, %4 des voix).</numerusform>
            <numerusform>Quorum non atteint&#xa0;: %n voix présentes ou représentées sur %1, il en manque %2 (%3 requises, %4 des voix).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="170"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="102"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="195"/>
        <source>AG ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="171"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="102"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="195"/>
        <source>AG extraordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="172"/>
        <source>Conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="173"/>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="174"/>
        <source>Petit-déjeuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="175"/>
        <source>Afterwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="176"/>
        <source>Conférence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="177"/>
        <source>Visite de centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="185"/>
        <source>Prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="186"/>
        <source>Tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="187"/>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="195"/>
        <source>Sans réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="196"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="197"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="198"/>
        <source>Peut-être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="206"/>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="207"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="208"/>
        <source>Remise en main propre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="216"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="217"/>
        <source>Résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="218"/>
        <source>Élection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="219"/>
        <source>Questions diverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="226"/>
        <source>Brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="226"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="97"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="50"/>
        <location filename="../../core/assembly/meetingrecords.cpp" line="232"/>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="233"/>
        <source>Représenté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="36"/>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="203"/>
        <source>Impossible de lire les invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="50"/>
        <location filename="../../core/assembly/meetingrecords.cpp" line="234"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="56"/>
        <source>Liste des invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="58"/>
        <source>Membres convoqués, avec la date et le moyen d&apos;envoi de leur convocation, qui en font la preuve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="59"/>
        <source>Personnes et membres invités, avec leur réponse et, une fois la réunion tenue, leur présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="60"/>
        <source>Invité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="61"/>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="62"/>
        <source>Convoqué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="62"/>
        <source>Invité le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="72"/>
        <source>Invités&#xa0;: %1 — oui&#xa0;: %2, non&#xa0;: %3, peut-être&#xa0;: %4, sans réponse&#xa0;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="88"/>
        <source>Feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="89"/>
        <source>Chaque participant signe à son arrivée. Les personnes présentes qui ne figurent pas sur la liste s&apos;inscrivent sur les lignes libres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="91"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="102"/>
        <source>Nombre de présents&#xa0;: …………</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="119"/>
        <source>« %1 » n&apos;a aucun invité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="103"/>
        <source>%1, 1re convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="103"/>
        <source>%1, 2e convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="190"/>
        <source>Loi 1901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="190"/>
        <source>Droit local d&apos;Alsace-Moselle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="201"/>
        <source>résolution ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="202"/>
        <source>modification des statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="203"/>
        <source>changement de l&apos;objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="204"/>
        <source>dissolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="212"/>
        <source>majorité simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="213"/>
        <source>majorité absolue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="214"/>
        <source>majorité des deux tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="215"/>
        <source>majorité des trois quarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="216"/>
        <source>unanimité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="224"/>
        <source>voix de l&apos;ensemble des membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="225"/>
        <source>voix des membres présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="226"/>
        <source>voix des membres présents ou représentés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="227"/>
        <source>voix exprimées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="228"/>
        <source>suffrages exprimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="313"/>
        <source>Délai de convocation&#xa0;: %1 jours n&apos;est pas un délai entre 0 et %2 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="317"/>
        <source>Délai minimal avant la 2e convocation&#xa0;: %1 jours n&apos;est pas un délai entre 0 et %2 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="324"/>
        <source>Quorum de l&apos;%1&#xa0;: %2 n&apos;est pas une fraction entre 0 et 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="329"/>
        <source>Nombre maximal de procurations par mandataire&#xa0;: %1 n&apos;est pas valide (au moins 1, ou illimité).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="333"/>
        <source>Voix par catégorie&#xa0;: « %1 » n&apos;est pas un code de catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="335"/>
        <source>Voix par catégorie&#xa0;: %1 voix pour la catégorie %2 n&apos;est pas un nombre entre 0 et %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="58"/>
        <source>peut voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="58"/>
        <source>ne peut pas voter&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="64"/>
        <source>adhésion non active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="67"/>
        <source>pas de représentant désigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="70"/>
        <source>la catégorie «&#xa0;%1&#xa0;» n&apos;a pas de voix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="79"/>
        <source>cotisation non à jour au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="80"/>
        <source>cotisation %1 non à jour au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="82"/>
        <source>aucun appel de cotisation au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="83"/>
        <source>aucun appel de cotisation %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="92"/>
        <source>La date de référence du droit de vote n&apos;est pas valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="69"/>
        <source>janvier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="69"/>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="70"/>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="70"/>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="71"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="71"/>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="72"/>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="72"/>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="73"/>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="73"/>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="74"/>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="74"/>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="81"/>
        <source>Première résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="82"/>
        <source>Deuxième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="82"/>
        <source>Troisième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="83"/>
        <source>Quatrième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="83"/>
        <source>Cinquième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="84"/>
        <source>Sixième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="84"/>
        <source>Septième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="85"/>
        <source>Huitième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="85"/>
        <source>Neuvième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="86"/>
        <source>Dixième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="86"/>
        <source>Onzième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="87"/>
        <source>Douzième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="87"/>
        <source>Treizième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="88"/>
        <source>Quatorzième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="88"/>
        <source>Quinzième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="89"/>
        <source>Seizième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="89"/>
        <source>Dix-septième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="90"/>
        <source>Dix-huitième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="90"/>
        <source>Dix-neuvième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="91"/>
        <source>Vingtième résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="94"/>
        <source>Résolution n°&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="101"/>
        <source>au quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="103"/>
        <source>au tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="105"/>
        <source>à la moitié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="107"/>
        <source>aux deux tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="109"/>
        <source>aux trois quarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="110"/>
        <source>à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="117"/>
        <source>de l&apos;assemblée générale ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="118"/>
        <source>de l&apos;assemblée générale extraordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="119"/>
        <source>de la réunion du conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="120"/>
        <source>de la réunion du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="121"/>
        <source>de la réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="130"/>
        <source>les membres de l&apos;association %1 se sont réunis en assemblée générale ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="132"/>
        <source>les membres de l&apos;association %1 se sont réunis en assemblée générale extraordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="133"/>
        <source>les membres du conseil d&apos;administration de l&apos;association %1 se sont réunis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="134"/>
        <source>les membres du bureau de l&apos;association %1 se sont réunis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="135"/>
        <source>les membres de l&apos;association %1 se sont réunis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="143"/>
        <source>association inscrite de droit local régie par les articles 21 à 79-III du code civil local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="144"/>
        <source>association régie par la loi du 1er juillet 1901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="174"/>
        <source>premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="180"/>
        <source>, dont le siège est situé %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="183"/>
        <source>sur seconde convocation %1 adressée le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="184"/>
        <source>sur convocation %1 adressée le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="185"/>
        <source>du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="157"/>
        <source>L&apos;an %1, le %2, à %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="191"/>
        <source>Lieu de la réunion&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="198"/>
        <source>aucun n&apos;est présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="199"/>
        <source>1 est présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="199"/>
        <source>%1 sont présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="205"/>
        <source>aucun n&apos;est représenté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="206"/>
        <source>1 est représenté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="206"/>
        <source>%1 sont représentés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="214"/>
        <source>Une feuille de présence a été émargée par les membres présents à leur entrée en séance&#xa0;; elle est annexée au présent procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="216"/>
        <source>Sur le seul membre ayant le droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="217"/>
        <source>Sur les %1 membres ayant le droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="219"/>
        <source>%1, %2 et %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="223"/>
        <source>Les membres présents et représentés détiennent ensemble %1 voix sur %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="232"/>
        <source>Assiste également à la séance, sans droit de vote&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="234"/>
        <source>Assistent également à la séance, sans droit de vote&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="248"/>
        <source>Aucun des membres inscrits sur la feuille de présence n&apos;a le droit de vote&#xa0;: l&apos;assemblée ne peut donc pas valablement délibérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="251"/>
        <source>Réunie sur seconde convocation, l&apos;assemblée peut valablement délibérer sans condition de quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="252"/>
        <source>Les statuts ne fixant aucun quorum pour cette assemblée, celle-ci peut valablement délibérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="254"/>
        <source>Le quorum, fixé par les statuts %1 des voix des membres ayant le droit de vote, soit %2 voix,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="265"/>
        <source>aucune voix n&apos;est présente ni représentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="267"/>
        <source>seule 1 voix est présente ou représentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="269"/>
        <source>seules %1 voix sont présentes ou représentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="270"/>
        <source>%1 n&apos;est pas atteint&#xa0;: %2. L&apos;assemblée ne peut donc pas valablement délibérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="273"/>
        <source>Conformément aux statuts, une seconde assemblée sera convoquée avec le même ordre du jour, dans le délai qu&apos;ils prévoient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="280"/>
        <source>pour %1, contre %2, abstentions %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="282"/>
        <source>, blancs %1, nuls %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="291"/>
        <source>La résolution est adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="291"/>
        <source>La résolution est rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="292"/>
        <source>Adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="292"/>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="311"/>
        <source>Un premier décompte, enregistré à %1 (%2&#xa0;: résolution %3), a été corrigé à %4&#xa0;: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="367"/>
        <source>%1 présentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="369"/>
        <source>%1 représentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="370"/>
        <source>1 voix peut s&apos;exprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="370"/>
        <source>%1 voix peuvent s&apos;exprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="347"/>
        <source>après l&apos;ouverture de la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="347"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="352"/>
        <source>depuis le vote précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="349"/>
        <source>Arrivée %1&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="349"/>
        <source>Arrivées %1&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="352"/>
        <source>depuis l&apos;ouverture de la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="354"/>
        <source>Départ %1&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="354"/>
        <source>Départs %1&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="356"/>
        <source>Au moment du vote, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="397"/>
        <source>1er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="399"/>
        <source>%1&#xa0;%2&#xa0;%3</source>
        <comment>day, month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="414"/>
        <source>Procès-verbal de carence %1 du&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="415"/>
        <source>Procès-verbal %1 du&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="405"/>
        <source>%1&#xa0;h&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="259"/>
        <source>avec 1 voix présente ou représentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="260"/>
        <source>avec %1 voix présentes ou représentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="261"/>
        <source>%1 est atteint %2. L&apos;assemblée peut donc valablement délibérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="367"/>
        <source>%1 présente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="368"/>
        <source>%1 représentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="407"/>
        <source>%1&#xa0;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="408"/>
        <source>%1&#xa0;h&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="428"/>
        <source>%1 préside la séance et %2 en assure le secrétariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="437"/>
        <source>L&apos;ordre du jour était le suivant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="437"/>
        <source>Le président de séance rappelle l&apos;ordre du jour&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="443"/>
        <source>Faute de quorum, aucune des questions inscrites à l&apos;ordre du jour n&apos;a pu être examinée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="458"/>
        <source>L&apos;assemblée a pris connaissance de ce point d&apos;information, qui ne donne lieu à aucun vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="462"/>
        <source>Aucune question diverse n&apos;est soulevée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="465"/>
        <source>Ces questions, abordées pour information, ne donnent lieu à aucun vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="471"/>
        <source>Le président de séance met aux voix la résolution suivante&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="475"/>
        <source>Vote&#xa0;: pour %1, contre %1, abstentions %1. La résolution est %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="484"/>
        <source>Règle de majorité&#xa0;: %1 des %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="487"/>
        <source>Le vote a lieu à bulletin secret. Résultat du dépouillement&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="489"/>
        <source>Vote&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="504"/>
        <source>Les modifications décidées par la présente assemblée seront déclarées au registre des associations du tribunal judiciaire dans un délai de trois mois, accompagnées de deux exemplaires du présent procès-verbal signés par le président et le secrétaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="507"/>
        <source>Les modifications décidées par la présente assemblée seront déclarées au greffe des associations dans un délai de trois mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="512"/>
        <source>La séance est levée à %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="513"/>
        <source>L&apos;ordre du jour étant épuisé, la séance est levée à %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="514"/>
        <source>De tout ce qui précède, il a été dressé le présent procès-verbal, signé par le président de séance et le secrétaire de séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="48"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="516"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="584"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="485"/>
        <source>Le président de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="48"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="517"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="584"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="486"/>
        <source>Le secrétaire de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="644"/>
        <source>arrivée %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="646"/>
        <source>départ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="330"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="59"/>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="101"/>
        <source>Imprimé le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="124"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="448"/>
        <source>Brouillon — non approuvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="129"/>
        <source>approuvé et verrouillé le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="98"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="92"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="200"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="267"/>
        <source>Signataires enregistrés&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="215"/>
        <source>Annexe — feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="96"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="96"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="60"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="91"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="98"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Représenté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="183"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="217"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="209"/>
        <source>Assemblée générale ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="211"/>
        <source>Assemblée générale extraordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="209"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="212"/>
        <source>%1 du %2 à %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="93"/>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="94"/>
        <source>Membres ayant le droit de vote. Chaque membre présent signe à son arrivée&#xa0;; un organisme signe par son représentant désigné. Pour un membre représenté, inscrire le nom du mandataire et joindre le pouvoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="102"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="43"/>
        <source>représentant&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="38"/>
        <source>Membres ayant le droit de vote&#xa0;: %1 — voix&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="43"/>
        <source>Présents&#xa0;: %1    Représentés&#xa0;: %1    Voix présentes ou représentées&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="45"/>
        <source>Feuille arrêtée à %1 h %1, certifiée exacte par&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="57"/>
        <source>Nom et signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="78"/>
        <source>Impossible de lire le représentant de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="63"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Arrivée / départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="97"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Voix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="235"/>
        <source>Sans droit de vote&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="248"/>
        <source>Présents&#xa0;: %1 — représentés&#xa0;: %2 — absents&#xa0;: %3 — voix détenues en séance&#xa0;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="255"/>
        <source>Feuille de présence certifiée exacte par le président de séance et le secrétaire de séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="280"/>
        <source>Version %1, corrige la version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="281"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="430"/>
        <source>BROUILLON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="438"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="298"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="440"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="184"/>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="444"/>
        <source>Empreinte SHA-256 du texte verrouillé&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="46"/>
        <source>assemblée générale extraordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="47"/>
        <source>assemblée générale ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="58"/>
        <source>%1 (résolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="60"/>
        <source>%1 (résolution — %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="62"/>
        <source>%1 (élection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="69"/>
        <source>Chaque membre de l&apos;association a le droit de vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="71"/>
        <source>Seuls les membres à jour de leur cotisation au %1 ont le droit de vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="77"/>
        <source>Un mandataire ne peut détenir plus d&apos;un pouvoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="78"/>
        <source>Un mandataire ne peut détenir plus de %1 pouvoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="84"/>
        <location filename="../../core/assembly/convocationpdf.cpp" line="240"/>
        <source>Les statuts n&apos;admettent pas le vote par procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="86"/>
        <source>Un membre empêché peut se faire représenter par un autre membre ayant le droit de vote, muni du pouvoir ci-joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="87"/>
        <source>Un membre empêché peut se faire représenter par la personne de son choix, munie du pouvoir ci-joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="115"/>
        <source>Convocation à l&apos;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="118"/>
        <source>Deuxième convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="118"/>
        <source>Première convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="121"/>
        <source>Madame, Monsieur,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="122"/>
        <source>Nous avons le plaisir de vous convier à l&apos;%1 de %2, qui se tiendra le %3 à %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="125"/>
        <source>, au lieu suivant&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="128"/>
        <source>Le quorum n&apos;ayant pas été atteint lors de la première réunion, l&apos;assemblée est convoquée une seconde fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="129"/>
        <source>Ordre du jour&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="133"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="140"/>
        <source>Nous comptons sur votre présence et vous prions d&apos;agréer nos salutations distinguées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="190"/>
        <location filename="../../core/assembly/convocationpdf.cpp" line="362"/>
        <source>Le président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="206"/>
        <source>Pouvoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="215"/>
        <source>Je soussigné(e), membre de l&apos;association&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="219"/>
        <source>représenté(e) par&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="221"/>
        <source>donne pouvoir à&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="222"/>
        <source>Nom et prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="222"/>
        <source>Membre représenté (organisme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="228"/>
        <source>de me représenter à cette assemblée, de prendre part aux délibérations et de voter en mon nom sur les questions inscrites à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="232"/>
        <source>Le mandataire doit être lui-même membre de l&apos;association et avoir le droit de vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="234"/>
        <source>Le mandataire peut être toute personne de votre choix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="237"/>
        <source>Un pouvoir ne peut être transmis à un autre mandataire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="244"/>
        <source>Fait à …………………, le ……/……/……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="244"/>
        <source>Signature, précédée de « Bon pour pouvoir »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="255"/>
        <source>Pouvoir à remettre au mandataire, qui le présente à l&apos;entrée de l&apos;assemblée, ou à retourner au secrétariat avant la réunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="296"/>
        <source>Convocation à l&apos;%1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="320"/>
        <source>Impossible de lire le président en fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="335"/>
        <source>« %1 » n&apos;est pas une assemblée générale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="337"/>
        <source>Aucun membre à convoquer à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="362"/>
        <source>Le président, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="356"/>
        <source>Convocations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="56"/>
        <source>Impossible de lire la composition du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="60"/>
        <source>Composition du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="71"/>
        <source>au registre des associations du tribunal judiciaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="72"/>
        <source>au greffe des associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="78"/>
        <source>%1 du %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="81"/>
        <source>Déclaration %1 échue depuis le %2&#xa0;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="82"/>
        <source>Déclaration à faire %1 au plus tard le %2&#xa0;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="52"/>
        <source>Tous les membres actifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="56"/>
        <source>Le conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="60"/>
        <source>Le bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="63"/>
        <source>Impossible de lire les catégories et les clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="73"/>
        <source>Catégorie&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="85"/>
        <source>Membres venus de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="93"/>
        <source>Impossible de lire les invités «&#xa0;%1&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="131"/>
        <source>Impossible de lire les membres invités à la réunion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="39"/>
        <source>remplit un fichier vide avec les données de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="41"/>
        <source>version du schéma et nombre de fiches [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="43"/>
        <source>liste des adhérents [--search TEXTE] [--status actif|...] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="45"/>
        <source>GAUCHE DROITE : paires de fiches d&apos;une même personne ou d&apos;un même organisme dans deux fichiers CSV ou XLSX [--left-map SPEC] [--right-map SPEC] [--left-id COL] [--right-id COL] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="48"/>
        <source>GAUCHE DROITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="50"/>
        <source>FICHIER : doublons à l&apos;intérieur d&apos;un fichier CSV ou XLSX [--map SPEC] [--id COL] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="52"/>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="54"/>
        <source>FICHIER --club NOM : importe un fichier de club, applique les fusions sûres et laisse le reste à vérifier dans la fenêtre [--map SPEC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="57"/>
        <source>--club NOM FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="59"/>
        <source>--year AAAA : état des cotisations de l&apos;exercice (attendu, encaissé, reste dû ; par catégorie, par club ; impayés) [--format csv|xlsx|pdf] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="63"/>
        <source>--year AAAA : journal des recettes de l&apos;exercice pour le comptable [--format csv|xlsx] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="66"/>
        <source>--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : appels de cotisation en PDF, tous les appels restant dus de l&apos;exercice ou ceux choisis [--call AC-AAAA-NNNN ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="70"/>
        <source>--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : attestations de paiement en PDF, tous les paiements non annulés de l&apos;exercice ou ceux choisis [--payment RE-AAAA-NNNN ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="75"/>
        <source>--year AAAA --level 1|2 (--out FICHIER.pdf | --folder DOSSIER) : lettres de relance des appels échus à ce niveau [--mailing FICHIER.csv] [--record : enregistre l&apos;envoi par courrier] [--as-of AAAA-MM-JJ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="83"/>
        <source>N° --out FICHIER.pdf : procès-verbal en PDF, la dernière version verrouillée, sinon le brouillon [--version N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="86"/>
        <location filename="../../app/cli/cli.cpp" line="91"/>
        <location filename="../../app/cli/cli.cpp" line="97"/>
        <location filename="../../app/cli/cli.cpp" line="102"/>
        <source>N° --out FICHIER.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="79"/>
        <source>assemblées générales : date, type, intitulé, lieu, statut et état du procès-verbal [--all : toutes les réunions] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="88"/>
        <source>N° --out FICHIER.pdf : feuille d&apos;émargement en PDF, les membres ayant le droit de vote avec leurs voix et de la place pour signer ; pour une autre réunion, la feuille de présence de ses invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="94"/>
        <source>N° --out FICHIER.pdf : convocations et pouvoirs en PDF des membres actifs invités [--record : enregistre l&apos;envoi] [--channel letter|email|hand] [--sent-on AAAA-MM-JJ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="99"/>
        <source>N° --out FICHIER.pdf : liste des invités en PDF, avec leur réponse, l&apos;envoi de leur invitation ou convocation et leur présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="104"/>
        <source>déclarations à faire au greffe ou au registre des associations après une élection ou un changement des statuts, avec leur échéance de trois mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="113"/>
        <source>Usage : adhera-cli [--db FICHIER] COMMANDE [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="113"/>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="120"/>
        <source>Options générales :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="120"/>
        <source>  --db FICHIER   le fichier Adhera (.adhera) à utiliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="121"/>
        <source>  --version      affiche la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="121"/>
        <source>  --help         affiche cette aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="122"/>
        <source>SPEC associe des colonnes à des champs : « Nom=last_name,Prénom=first_name,Société=organisation ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="123"/>
        <source>Sans SPEC, les colonnes sont reconnues d&apos;après leur en-tête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="124"/>
        <source>Codes de sortie : 0 succès, 1 erreur, 2 mauvaise utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="131"/>
        <source>Voir « adhera-cli --help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="160"/>
        <source>commande inconnue « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="165"/>
        <source>la commande « %1 » s&apos;utilise ainsi : adhera-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="169"/>
        <source>la commande « %1 » n&apos;accepte pas l&apos;option « --%2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="174"/>
        <source>la commande « %1 » a besoin de --db FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="35"/>
        <source>Données de démonstration ajoutées : %1 organisations, %2 personnes, %3 adhésions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="46"/>
        <source>adhera-cli : format inconnu « %1 » (text ou json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="62"/>
        <source>Fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="63"/>
        <source>Version du schéma : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="64"/>
        <source>Organisations : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="65"/>
        <source>Personnes : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="66"/>
        <source>Adhésions : %1 (dont %2 actives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="67"/>
        <source>Fonctions au bureau en cours : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="71"/>
        <source>l&apos;option « --%1 » ne prend pas de valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="76"/>
        <source>option inconnue « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="79"/>
        <source>l&apos;option « --%1 » attend une valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="29"/>
        <source>Personne morale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="29"/>
        <source>Personne physique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="82"/>
        <source>verrouillé v%1, correction en brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="84"/>
        <source>verrouillé v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="86"/>
        <source>brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="138"/>
        <source>format inconnu « %1 » (table, csv ou json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="167"/>
        <source>%n réunion(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="168"/>
        <source>%n assemblée(s) générale(s)</source>
        <translation>
            <numerusform>%n assemblée générale</numerusform>
            <numerusform>%n assemblées générales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="247"/>
        <source>Feuille de présence « %1 » écrite dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="256"/>
        <source>« %1 » n&apos;a pas de feuille de présence préparée avec des membres ayant le droit de vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="260"/>
        <source>Feuille d&apos;émargement « %1 » (%n membre(s) ayant le droit de vote) écrite dans %2</source>
        <translation>
            <numerusform>Feuille d&apos;émargement « %1 » (%n membre ayant le droit de vote) écrite dans %2</numerusform>
            <numerusform>Feuille d&apos;émargement « %1 » (%n membres ayant le droit de vote) écrite dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="275"/>
        <source>canal inconnu « %1 » (letter, email ou hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="280"/>
        <source>date invalide « %1 » : AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="288"/>
        <source>« %1 » n&apos;est pas une assemblée générale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="325"/>
        <source>Liste des invités « %1 » écrite dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="335"/>
        <source>Aucune déclaration en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="296"/>
        <source>« %1 » n&apos;a aucun membre actif invité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="300"/>
        <source>Attention : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="304"/>
        <source>Convocations « %1 » (%n membre(s)) écrites dans %2</source>
        <translation>
            <numerusform>Convocations « %1 » (%n membre) écrites dans %2</numerusform>
            <numerusform>Convocations « %1 » (%n membres) écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="309"/>
        <source>Envoi enregistré le %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="125"/>
        <source>numéro d&apos;assemblée invalide « %1 » : le n° que donne « adhera-cli assembly list »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="128"/>
        <source>l&apos;option « --out FICHIER.pdf » est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="186"/>
        <source>version invalide « %1 » : un nombre à partir de 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="202"/>
        <source>« %1 » n&apos;a pas de procès-verbal en version %2 (versions : %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="205"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="212"/>
        <source>« %1 » n&apos;a pas encore de procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="221"/>
        <source>Procès-verbal « %1 », version %2 verrouillée le %3, écrit dans %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="227"/>
        <source>Procès-verbal « %1 », version %2 en brouillon (non approuvé), écrit dans %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Date d&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="47"/>
        <source>Date de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="74"/>
        <source>adhera-cli : format inconnu « %1 » (table, csv ou json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="83"/>
        <source>adhera-cli : statut inconnu « %1 » (actif, en attente, démissionnaire, exclu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/memberscommands.cpp" line="113"/>
        <source>%n adhérent(s)</source>
        <translation>
            <numerusform>%n adhérent</numerusform>
            <numerusform>%n adhérents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="60"/>
        <source>%1 ligne importée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="60"/>
        <source>%1 lignes importées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="65"/>
        <source>%1 fusion sûre appliquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="65"/>
        <source>%1 fusions sûres appliquées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="70"/>
        <source>%1 ligne en attente de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="71"/>
        <source>%1 lignes en attente de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="81"/>
        <source>la commande « import » a besoin de --club NOM (le club d&apos;origine du fichier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="90"/>
        <source>club inconnu « %1 » ; clubs connus : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="94"/>
        <location filename="../../app/cli/matchcommands.cpp" line="59"/>
        <source>fichier introuvable « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="116"/>
        <source>%1 : aucune colonne de nom, de prénom ni d&apos;organisme ; indiquez-les avec --map, par exemple « Nom=last_name,Prénom=first_name » (colonnes : %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="122"/>
        <source>attention : %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="126"/>
        <source>attention : %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="157"/>
        <source>attention : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="163"/>
        <source>%1 depuis %2 (%3) ; %4 ; %5 dans la fenêtre ; sauvegarde : %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="81"/>
        <source>%1 : pas de colonne « %2 » pour les identifiants (colonnes : %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="107"/>
        <source>aucune colonne de nom, de prénom ni d&apos;organisme : indiquez-les avec une correspondance, par exemple « Nom=last_name,Prénom=first_name »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="61"/>
        <source>l&apos;option « --year AAAA » est obligatoire (l&apos;exercice, par exemple --year 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="65"/>
        <source>exercice invalide « %1 » : une année entre 2000 et 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="87"/>
        <source>le journal des recettes ne s&apos;exporte pas en pdf ; formats possibles : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="93"/>
        <source>format inconnu « %1 » ; formats possibles : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="95"/>
        <source>le format %1 s&apos;écrit dans un fichier : ajoutez --out FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="119"/>
        <source>indiquez soit --out FICHIER.pdf (un seul PDF), soit --folder DOSSIER (un PDF par lettre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="130"/>
        <source>%1 : %2 écrit(s) dans %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="136"/>
        <source>%1 : %2 fichier(s) écrit(s) dans %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="206"/>
        <source>l&apos;appel « %1 » n&apos;existe pas dans l&apos;exercice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="216"/>
        <source>Aucun appel de cotisation restant dû dans l&apos;exercice %1 : rien n&apos;est écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="222"/>
        <source>Appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="241"/>
        <source>le paiement « %1 » n&apos;existe pas dans l&apos;exercice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="254"/>
        <source>Aucun paiement à attester dans l&apos;exercice %1 : rien n&apos;est écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="260"/>
        <source>Attestations de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="272"/>
        <source>l&apos;option « --level 1|2 » est obligatoire : 1 pour la première relance, 2 pour la deuxième</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="279"/>
        <source>date invalide « %1 » pour --as-of : AAAA-MM-JJ, par exemple 2026-11-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="294"/>
        <source>Aucun appel échu au %1 n&apos;attend de relance n° %2 dans l&apos;exercice %3 : rien n&apos;est écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="303"/>
        <source>Relances n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="309"/>
        <source>Liste d&apos;envoi des relances écrite dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="315"/>
        <source>%1 relance(s) n° %2 enregistrée(s), envoyée(s) par courrier le %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="149"/>
        <source>impossible d&apos;écrire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="165"/>
        <source>État des cotisations %1 écrit dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/duescommands.cpp" line="186"/>
        <source>Journal des recettes écrit dans %1 (%n ligne(s))</source>
        <translation>
            <numerusform>Journal des recettes écrit dans %1 (%n ligne)</numerusform>
            <numerusform>Journal des recettes écrit dans %1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/matchcommands.cpp" line="150"/>
        <source>%n paire(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n paire écrite dans %1</numerusform>
            <numerusform>%n paires écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::demo</name>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="577"/>
        <source>La catégorie d&apos;adhésion « %1 » manque dans ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="581"/>
        <source>Le club d&apos;origine « %1 » manque dans ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1123"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1141"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1152"/>
        <source>Impossible d&apos;enregistrer l&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1168"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1307"/>
        <source>Les données de démonstration ne s&apos;ajoutent qu&apos;à un fichier vide : celui-ci contient déjà des adhérents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1335"/>
        <source>Le nombre d&apos;adhérents à créer ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoimport.cpp" line="102"/>
        <source>export-connect-adherents.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoimport.cpp" line="103"/>
        <source>viatis-membres.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="74"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="114"/>
        <source>Impossible de lire les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="227"/>
        <location filename="../../core/demo/demodues.cpp" line="237"/>
        <source>Impossible de dater les appels de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="56"/>
        <source>Impossible de lire les adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="88"/>
        <source>Impossible de lire le bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="108"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="135"/>
        <source>Rapport moral du président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="109"/>
        <source>Le président présente le rapport moral de l&apos;exercice 2024 : onze rencontres entre adhérents, deux visites de centres de relation client, le premier trophée lorrain de la relation client et l&apos;accueil de quatorze nouveaux adhérents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="112"/>
        <source>Approbation des comptes de l&apos;exercice 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="113"/>
        <source>L&apos;assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l&apos;exercice clos le 31 décembre 2024 tels qu&apos;ils lui ont été présentés, faisant apparaître un excédent de 3 412 euros affecté au report à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="116"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="142"/>
        <source>Quitus au trésorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="117"/>
        <source>L&apos;assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l&apos;exercice 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="118"/>
        <source>Montant des cotisations 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="119"/>
        <source>L&apos;assemblée générale maintient pour 2026 le barème des cotisations de 2025 : de 250 à 1 200 euros pour les entreprises selon leur effectif, 400 euros pour les partenaires, 200 euros pour les institutions et 50 euros pour les membres individuels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="122"/>
        <source>Renouvellement du conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="123"/>
        <source>L&apos;assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant du conseil d&apos;administration, présentés en une liste unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="126"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="148"/>
        <source>Questions diverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="127"/>
        <source>Un adhérent propose d&apos;organiser une rencontre commune avec les clubs de relation client d&apos;Alsace ; le conseil d&apos;administration étudiera la proposition à la rentrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="136"/>
        <source>Le président présente le rapport moral de l&apos;exercice 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="137"/>
        <source>Rapport financier du trésorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="138"/>
        <source>Le trésorier présente les comptes de l&apos;exercice 2026 et le budget prévisionnel 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="139"/>
        <source>Approbation des comptes de l&apos;exercice 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="140"/>
        <source>L&apos;assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l&apos;exercice clos le 31 décembre 2026 tels qu&apos;ils lui ont été présentés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="143"/>
        <source>L&apos;assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l&apos;exercice 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="144"/>
        <source>Montant des cotisations 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="145"/>
        <source>L&apos;assemblée générale fixe le barème des cotisations de 2028 proposé par le conseil d&apos;administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="146"/>
        <source>Renouvellement du tiers sortant du conseil d&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="147"/>
        <source>L&apos;assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="165"/>
        <source>Assemblée générale ordinaire 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="168"/>
        <source>Technopôle de Nancy-Brabois, Villers-lès-Nancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="296"/>
        <source>du président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="312"/>
        <source>Assemblée générale ordinaire 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="315"/>
        <source>Centre de congrès Robert Schuman, Metz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="348"/>
        <source>Conseil d&apos;administration de rentrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="351"/>
        <source>Nancy, Maison de l&apos;entreprise, salle Stanislas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="355"/>
        <source>Point sur les cotisations 2026 et les relances, préparation du petit-déjeuner de décembre, partenariat avec l&apos;IUT de Metz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="383"/>
        <source>Petit-déjeuner&#xa0;: l&apos;IA au service des conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="386"/>
        <source>Metz, Technopôle, centre de la relation client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::dues</name>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="32"/>
        <location filename="../../core/dues/duescsv.cpp" line="93"/>
        <location filename="../../core/dues/duespdf.cpp" line="302"/>
        <location filename="../../core/dues/duespdf.cpp" line="328"/>
        <location filename="../../core/dues/duespdf.cpp" line="338"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="69"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <source>Appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="95"/>
        <location filename="../../core/dues/duespdf.cpp" line="161"/>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="95"/>
        <location filename="../../core/dues/duespdf.cpp" line="162"/>
        <source>Encaissé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="96"/>
        <location filename="../../core/dues/duespdf.cpp" line="320"/>
        <location filename="../../core/dues/letterpainter.cpp" line="316"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="96"/>
        <location filename="../../core/dues/duesrecords.cpp" line="104"/>
        <source>Exonéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="319"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <source>N° d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="319"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duescsv.cpp" line="78"/>
        <location filename="../../core/dues/duespdf.cpp" line="310"/>
        <location filename="../../core/dues/duespdf.cpp" line="319"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="140"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duescsv.cpp" line="80"/>
        <location filename="../../core/dues/duespdf.cpp" line="311"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="141"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <location filename="../../core/dues/duespdf.cpp" line="320"/>
        <source>Relance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="334"/>
        <location filename="../../core/dues/letterpainter.cpp" line="233"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <location filename="../../core/dues/letterpainter.cpp" line="321"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duesrecords.cpp" line="103"/>
        <source>Payé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Réglée à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="55"/>
        <source>Cotisations %1 réglées aux anciens clubs (hors recettes de L2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>N° de chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Débit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="75"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="37"/>
        <source>L&apos;exercice %1 n&apos;est pas valable (entre 2000 et 2200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="82"/>
        <location filename="../../core/dues/duesledger.cpp" line="240"/>
        <location filename="../../core/dues/duesledger.cpp" line="257"/>
        <location filename="../../core/dues/formerclubdues.cpp" line="69"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="94"/>
        <source>Impossible de lire les paiements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="75"/>
        <source>Appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="76"/>
        <source>Attestations de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="77"/>
        <source>Relances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="89"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il n&apos;a pas d&apos;avis d&apos;appel de cotisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="101"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il n&apos;y a rien à relancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="113"/>
        <source>Impossible de lire le paiement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="121"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="134"/>
        <location filename="../../core/dues/duesledger.cpp" line="145"/>
        <source>Le paiement n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="137"/>
        <source>%1 est l&apos;annulation d&apos;un paiement&#xa0;: il n&apos;a pas d&apos;attestation de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="140"/>
        <source>Le paiement %1 est annulé par %2&#xa0;: il n&apos;a plus d&apos;attestation de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="163"/>
        <location filename="../../core/dues/letterpainter.cpp" line="212"/>
        <location filename="../../core/dues/recipient.cpp" line="36"/>
        <source>Madame, Monsieur,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="167"/>
        <source>Le paiement %1 n&apos;est affecté à aucun appel et n&apos;indique pas de payeur&#xa0;: l&apos;attestation n&apos;aurait pas de destinataire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="179"/>
        <source>Aucun document à écrire dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="187"/>
        <source>Impossible de créer le dossier « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <source>À l&apos;attention de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <source>Formule d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="159"/>
        <source>Impossible d&apos;enregistrer le paiement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="213"/>
        <source>Un numéro de pièce ne se prend que dans une transaction (série %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="218"/>
        <location filename="../../core/dues/duesledger.cpp" line="222"/>
        <source>Impossible de prendre un numéro dans la série %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="237"/>
        <source>Le mois de début d&apos;exercice doit être compris entre 1 et 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/duesledger.cpp" line="245"/>
        <source>Le mois de début d&apos;exercice ne peut plus changer&#xa0;: des appels de cotisation sont déjà émis (%n).</source>
        <translation>
            <numerusform>Le mois de début d&apos;exercice ne peut plus changer&#xa0;: un appel de cotisation est déjà émis (%n).</numerusform>
            <numerusform>Le mois de début d&apos;exercice ne peut plus changer&#xa0;: des appels de cotisation sont déjà émis (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="267"/>
        <source>Impossible de lire le barème des cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="288"/>
        <source>Le montant de la cotisation ne peut pas être négatif (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="291"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="295"/>
        <source>La catégorie n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="308"/>
        <source>Impossible d&apos;enregistrer le barème « %1 » de l&apos;exercice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="337"/>
        <source>Impossible de préparer les appels de l&apos;exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="375"/>
        <location filename="../../core/dues/duesreport.cpp" line="285"/>
        <location filename="../../core/dues/duesreport.cpp" line="289"/>
        <source>Cotisation %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="378"/>
        <source>cotisation %1 réglée à %2 le %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="393"/>
        <source>adhésion le %1, après l&apos;exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/duesledger.cpp" line="394"/>
        <source>adhésion le %1, à %n mois de la fin de l&apos;exercice&#xa0;: l&apos;appel de l&apos;exercice suivant la couvre</source>
        <translation>
            <numerusform>adhésion le %1, à %n mois de la fin de l&apos;exercice&#xa0;: l&apos;appel de l&apos;exercice suivant la couvre</numerusform>
            <numerusform>adhésion le %1, à %n mois de la fin de l&apos;exercice&#xa0;: l&apos;appel de l&apos;exercice suivant la couvre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="401"/>
        <source>prorata&#xa0;: %1 mois sur 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="411"/>
        <source>Indiquez la date d&apos;émission et la date d&apos;échéance des appels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="414"/>
        <source>L&apos;échéance (%1) précède la date d&apos;émission (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="440"/>
        <source>Impossible d&apos;émettre l&apos;appel %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="471"/>
        <source>L&apos;appel de cotisation n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="485"/>
        <source>L&apos;appel %1 (%2) a déjà reçu %3&#xa0;: annulez d&apos;abord les paiements avant de l&apos;exonérer ou de l&apos;annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="491"/>
        <source>Impossible de modifier l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="502"/>
        <source>Le montant d&apos;un paiement doit être positif (%1 saisi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="504"/>
        <source>Indiquez la date de réception du paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="506"/>
        <source>Pour annuler un paiement, enregistrez son annulation plutôt qu&apos;un nouveau paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="520"/>
        <source>L&apos;appel %1 (%2) figure deux fois dans la répartition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="524"/>
        <source>Le montant affecté à l&apos;appel %1 (%2) doit être positif (%3 saisi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="528"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il ne peut plus recevoir de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="532"/>
        <source>%1 affectés à l&apos;appel %2 (%3) dépassent le reste dû de %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="538"/>
        <source>La répartition (%1) dépasse le montant du paiement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="556"/>
        <source>Indiquez la date de l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="565"/>
        <source>%1 annule déjà un paiement&#xa0;: il ne peut pas être annulé à son tour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="568"/>
        <source>Impossible de lire le paiement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="572"/>
        <source>Le paiement %1 est déjà annulé par %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="575"/>
        <source>L&apos;annulation (%1) ne peut pas précéder le paiement %2 du %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="584"/>
        <source>Annulation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="585"/>
        <source>Annulation de %1&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="97"/>
        <location filename="../../core/dues/duesledger.cpp" line="634"/>
        <source>Le niveau de relance doit être 1, 2 ou 3 (%1 donné).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="636"/>
        <source>Une relance part par courrier ou par e-mail (« %1 » donné).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="638"/>
        <source>Indiquez la date d&apos;envoi de la relance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="647"/>
        <source>La relance n°%1 de l&apos;appel %2 (%3) est déjà enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="655"/>
        <source>Impossible d&apos;enregistrer la relance de l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="678"/>
        <source>Un paiement en espèces de %1 dépasse la limite légale de %2 entre professionnels (art. D112-3 du Code monétaire et financier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="91"/>
        <source>Année entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="92"/>
        <source>Au prorata des mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="93"/>
        <source>Adhésion à partir de septembre&#xa0;: année suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="101"/>
        <source>Impayé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="102"/>
        <source>Partiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="105"/>
        <source>Annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="113"/>
        <source>Virement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="114"/>
        <source>Chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="115"/>
        <source>Prélèvement SEPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="116"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="117"/>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="110"/>
        <source>Impossible de lire les appels de cotisation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="117"/>
        <source>Sans club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="181"/>
        <location filename="../../core/dues/duesreport.cpp" line="210"/>
        <source>Impossible de lire les paiements de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="275"/>
        <source>Cotisation %1 reçue d&apos;avance — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="80"/>
        <source>Imprimé le %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="257"/>
        <source>%1 — état des cotisations %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="258"/>
        <location filename="../../core/dues/letterpainter.cpp" line="503"/>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="308"/>
        <location filename="../../core/dues/duespdf.cpp" line="354"/>
        <source>État des cotisations — exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="310"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="140"/>
        <source>Par catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="311"/>
        <source>Par club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="312"/>
        <source>Encaissé et attendu par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="315"/>
        <source>Impayés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="317"/>
        <source>Aucun impayé pour cet exercice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="213"/>
        <location filename="../../core/dues/pdfcanvas.cpp" line="118"/>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/pdfcanvas.cpp" line="132"/>
        <source>le PDF n&apos;a pas pu être créé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/pdfcanvas.cpp" line="136"/>
        <source>le PDF n&apos;a pas pu être terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="141"/>
        <source>Par club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="143"/>
        <source>Impayés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="168"/>
        <source>Anciens clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="188"/>
        <source>Journal des recettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesexport.cpp" line="50"/>
        <source>Le journal des recettes s&apos;exporte en CSV ou en XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="68"/>
        <source>1er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="79"/>
        <source>Nous vous prions d&apos;agréer, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="80"/>
        <source>Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="86"/>
        <source>par virement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="88"/>
        <source>par chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="88"/>
        <source>par chèque n°&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="90"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="93"/>
        <source>par prélèvement SEPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="94"/>
        <source>par carte bancaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="95"/>
        <source>en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="137"/>
        <source>Appel de cotisation n°&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="138"/>
        <source>Attestation de paiement n°&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="141"/>
        <source>Dernière relance — Appel de cotisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="143"/>
        <source>Deuxième relance — Appel de cotisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="144"/>
        <source>Première relance — Appel de cotisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="170"/>
        <source>Tél.&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="203"/>
        <source>Exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="207"/>
        <source>SIREN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="218"/>
        <source>Nous vous remercions de votre adhésion à %1 et vous adressons l&apos;appel de votre cotisation pour l&apos;exercice %2, selon le barème en vigueur pour votre catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="223"/>
        <location filename="../../core/dues/letterpainter.cpp" line="315"/>
        <source>Déjà réglé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="224"/>
        <source>Reste à régler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="226"/>
        <source>Montant à régler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="228"/>
        <source>Cette cotisation est entièrement réglée&#xa0;: nous vous en remercions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="229"/>
        <source>À régler avant le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="233"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <location filename="../../core/dues/letterpainter.cpp" line="321"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="248"/>
        <source>L&apos;association %1 atteste avoir reçu de %2 la somme de %3 le %4 %5, au titre de&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="262"/>
        <location filename="../../core/dues/letterpainter.cpp" line="502"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="267"/>
        <source>Reste non affecté (à valoir sur une prochaine cotisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="269"/>
        <source>Total reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="270"/>
        <source>Cette attestation est délivrée pour servir et valoir ce que de droit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="272"/>
        <source>Cette attestation ne constitue pas un reçu fiscal&#xa0;: les cotisations versées à l&apos;association ne donnent pas droit à la réduction d&apos;impôt des dons (art. 200 et 238 bis du CGI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="285"/>
        <source> du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="288"/>
        <source>Sauf erreur de notre part, votre cotisation de l&apos;exercice %1 (appel n°&#xa0;%2%3), payable avant le %4, ne nous est parvenue qu&apos;en partie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="290"/>
        <source>Sauf erreur de notre part, votre cotisation de l&apos;exercice %1 (appel n°&#xa0;%2%3), payable avant le %4, ne nous est pas encore parvenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="293"/>
        <source>Il s&apos;agit sans doute d&apos;un simple oubli&#xa0;: nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si celui-ci vient d&apos;être effectué, merci de ne pas tenir compte de ce courrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="299"/>
        <source>Malgré notre relance du %1, votre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="300"/>
        <source>Malgré nos précédentes relances, votre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="301"/>
        <source>%1 cotisation de l&apos;exercice %2 (appel n°&#xa0;%3%4), payable avant le %5, n&apos;est toujours pas entièrement réglée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="303"/>
        <source>%1 cotisation de l&apos;exercice %2 (appel n°&#xa0;%3%4), payable avant le %5, reste impayée à ce jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="306"/>
        <source>Nous vous demandons de bien vouloir la régler sous quinze jours. Le règlement de la cotisation conditionne la qualité de membre à jour, et notamment le droit de vote à l&apos;assemblée générale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="309"/>
        <source>Sans règlement de votre part dans ce délai, le bureau examinera la situation de votre adhésion conformément aux statuts de l&apos;association.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="318"/>
        <source>Échéance initiale&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="332"/>
        <source>Merci de rappeler la référence %1 avec votre règlement (libellé du virement, dos du chèque).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="358"/>
        <source>Modalités de règlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="371"/>
        <source>Pour %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="494"/>
        <source>%1 (suite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="527"/>
        <source>%1, le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="529"/>
        <source>Le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="76"/>
        <location filename="../../core/dues/recipient.cpp" line="33"/>
        <source>Madame,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="57"/>
        <source>janvier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="57"/>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="60"/>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="60"/>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="61"/>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="61"/>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="69"/>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="77"/>
        <source>Nous vous prions d&apos;agréer, Madame, l&apos;expression de nos salutations distinguées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="78"/>
        <location filename="../../core/dues/recipient.cpp" line="35"/>
        <source>Monsieur,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="66"/>
        <source>Impossible de lire le destinataire de l&apos;adhésion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="69"/>
        <source>L&apos;adhésion n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="81"/>
        <source>À l&apos;attention de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="83"/>
        <source>Impossible de lire l&apos;adhésion n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="86"/>
        <source>L&apos;adhésion n°%1 n&apos;est plus dans le fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="97"/>
        <source>Impossible de lire les clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="100"/>
        <source>Choisissez l&apos;ancien club auquel la cotisation a été réglée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="103"/>
        <source>« %1 » n&apos;est pas un ancien club&#xa0;: une cotisation réglée à L2C est un paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="118"/>
        <source>Impossible de lire les cotisations réglées aux anciens clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="147"/>
        <source>Impossible de lire les adhérents venus des anciens clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="179"/>
        <source>Impossible de retirer la cotisation réglée à l&apos;ancien club (n°%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="183"/>
        <source>La cotisation réglée à l&apos;ancien club n°%1 n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="202"/>
        <source>Le montant réglé à %1 par %2 ne peut pas être négatif (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="205"/>
        <source>Indiquez la date à laquelle %1 a réglé sa cotisation à %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="213"/>
        <source>%1 a déjà réglé %2 sur l&apos;appel %3 de L2C&#xa0;: sa cotisation %4 n&apos;a pas pu être payée à %5. Annulez d&apos;abord ce paiement s&apos;il est une erreur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="218"/>
        <source>Cotisation %1 réglée à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="220"/>
        <source>Impossible d&apos;annuler l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="242"/>
        <source>Impossible d&apos;enregistrer la cotisation de %1 réglée à %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::dues::ChequeRemittances</name>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="59"/>
        <source>Impossible de lire les chèques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="94"/>
        <source>Choisissez les chèques à remettre en banque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="96"/>
        <source>Indiquez la date de la remise en banque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="85"/>
        <source>Impossible de lire le paiement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="87"/>
        <source>Le paiement %1 n&apos;est pas un chèque à remettre (autre mode, déjà remis ou annulé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="118"/>
        <source>Le chèque du paiement %1 a été reçu le %2, après la remise du %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="132"/>
        <source>Impossible d&apos;enregistrer la remise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="141"/>
        <source>Impossible d&apos;inscrire le chèque %1 sur la remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="154"/>
        <source>Impossible de lire la remise de chèques n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="157"/>
        <source>Aucune remise de chèques n°%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="173"/>
        <location filename="../../core/dues/chequeremittance.cpp" line="220"/>
        <source>Impossible de lire les remises de chèques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="191"/>
        <source>Choisissez les chèques déjà remis en banque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="206"/>
        <source>Impossible de marquer le chèque n°%1 comme remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="224"/>
        <source>sans bordereau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="231"/>
        <source>Bordereau de remise de chèques %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="241"/>
        <source>Bordereau de remise de chèques</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/chequeremittance.cpp" line="244"/>
        <source>N° %1 — remis le %2 — %n chèque(s)</source>
        <translation>
            <numerusform>N° %1 — remis le %2 — %n chèque</numerusform>
            <numerusform>N° %1 — remis le %2 — %n chèques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Tireur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>N° de chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/chequeremittance.cpp" line="282"/>
        <source>Total (%n chèque(s))</source>
        <translation>
            <numerusform>Total (%n chèque)</numerusform>
            <numerusform>Total (%n chèques)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="290"/>
        <source>Compte crédité (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="290"/>
        <source>Cachet de la banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="297"/>
        <source>Imprimé le %1 par Adhera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::importing</name>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="30"/>
        <source>Identifiant d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="33"/>
        <source>Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="35"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="37"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="40"/>
        <source>Organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="43"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="44"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="45"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="47"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="49"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="52"/>
        <source>Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="54"/>
        <source>Numéro de voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="56"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="59"/>
        <source>Complément d&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="62"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="64"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="66"/>
        <source>Région ou département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="68"/>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="70"/>
        <source>Numéro d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="72"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="74"/>
        <source>Date d&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="167"/>
        <source>correspondance « %1 » : attendu « En-tête=champ »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="172"/>
        <source>correspondance « %1 » : champ inconnu « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="180"/>
        <source>correspondance « %1 » : le fichier n&apos;a pas de colonne « %2 » (colonnes : %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/importing/importfile.cpp" line="37"/>
        <source>« %1 » devrait compter %n chiffres.</source>
        <translation>
            <numerusform>« %1 » devrait compter %n chiffre.</numerusform>
            <numerusform>« %1 » devrait compter %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="39"/>
        <source>« %1 » a une clé de contrôle fausse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="91"/>
        <source>ni nom ni organisme : la ligne ne sera pas importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="108"/>
        <source>« %1 » n&apos;est pas une date (attendu JJ/MM/AAAA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="114"/>
        <source>ligne %1, %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="72"/>
        <source>Le fichier %1 est déjà importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="73"/>
        <source>Impossible d&apos;enregistrer l&apos;import de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="84"/>
        <source>Ces lignes attendent déjà parmi les imports en attente (fichier %1, enregistré le %2)&#xa0;: cochez cet import plutôt que d&apos;ajouter le fichier à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="88"/>
        <source>Ces lignes ont déjà été importées le %1 (fichier %2) : un même export n&apos;est pas importé deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="129"/>
        <source>Impossible d&apos;enregistrer la correspondance des colonnes de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="150"/>
        <source>Impossible de retirer l&apos;import en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="156"/>
        <source>Une partie de cet import est déjà dans le fichier des adhérents&#xa0;: il reste dans l&apos;historique des fusions et ne peut pas être retiré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="178"/>
        <location filename="../../core/importing/importstore.cpp" line="217"/>
        <source>Impossible de lire les imports en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="228"/>
        <source>Impossible de lire l&apos;origine de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="248"/>
        <source>Impossible d&apos;enregistrer la correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="255"/>
        <source>Impossible de lire la correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="276"/>
        <location filename="../../core/importing/importstore.cpp" line="285"/>
        <source>Impossible d&apos;enregistrer la décision « pas un doublon »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="291"/>
        <source>Impossible de lire les décisions « pas un doublon »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::io</name>
    <message>
        <location filename="../../core/io/xlsxwriter.cpp" line="178"/>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxwriter.cpp" line="231"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="236"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="239"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="243"/>
        <source>archive impossible à créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/atomicfile.cpp" line="23"/>
        <source>Le fichier « %1 » n&apos;a pas pu être écrit&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::io::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="130"/>
        <source>c&apos;est un classeur Excel (.xlsx) ou une archive ZIP. Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="133"/>
        <source>c&apos;est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="136"/>
        <source>il est encodé en UTF-16. Ouvrez-le dans Excel et enregistrez-le au format « CSV UTF-8 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="138"/>
        <source>il contient des octets nuls, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="141"/>
        <source>il contient trop de caractères de contrôle, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="307"/>
        <source>Le fichier « %1 » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="309"/>
        <source>« %1 » est un dossier, pas un fichier CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="312"/>
        <source>Impossible d&apos;ouvrir le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="315"/>
        <source>Impossible de lire le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="321"/>
        <source>Le fichier « %1 » est vide : il n&apos;a pas de ligne d&apos;en-tête avec les noms des colonnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="330"/>
        <source>Encodage « %1 » inconnu : choisissez UTF-8, Windows-1252 ou ISO-8859-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="334"/>
        <source>Un guillemet ou un saut de ligne ne peut pas séparer les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="338"/>
        <source>Le fichier « %1 » n&apos;est pas un fichier texte (CSV) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="341"/>
        <source>Le fichier « %1 », ligne %2 : ligne trop longue (plus de 1 Mo). Ce n&apos;est sans doute pas un fichier CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="360"/>
        <source>Le fichier « %1 », ligne %2 : guillemet ouvert jamais refermé. Vérifiez les guillemets du champ qui commence à cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="376"/>
        <source>ligne %1 : la colonne %2 n&apos;a pas de nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="381"/>
        <source>ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="395"/>
        <source>ligne %1 : %2 champs au lieu de %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::io::XlsxReader</name>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="60"/>
        <source>Le classeur « %1 » est endommagé : la partie « %2 » n&apos;est pas un XML valide (%3, ligne %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="66"/>
        <source>Le classeur « %1 » est endommagé : la partie « %2 » %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="240"/>
        <source>Le classeur « %1 » est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et enregistrez-le à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="244"/>
        <source>Le fichier « %1 » est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="248"/>
        <source>Le fichier « %1 » n&apos;est pas un classeur Excel (.xlsx) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="252"/>
        <source>ce n&apos;est pas une archive ZIP. S&apos;il s&apos;agit d&apos;un fichier CSV renommé, rendez-lui l&apos;extension .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="255"/>
        <source>l&apos;archive ZIP est endommagée ou incomplète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="257"/>
        <source>c&apos;est une archive ZIP sans partie « xl/workbook.xml ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="266"/>
        <source>est absente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="270"/>
        <source>La partie « %1 » du classeur « %2 » dépasse 512 Mo une fois décompressée : le classeur est trop gros pour être importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="274"/>
        <location filename="../../core/io/xlsxreader.cpp" line="278"/>
        <source>ne peut pas être décompressée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="415"/>
        <source>ligne %1 : %2 champs au lieu de %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/xlsxreader.cpp" line="426"/>
        <source>%n ligne(s) vide(s) ignorée(s)</source>
        <translation>
            <numerusform>%n ligne vide ignorée</numerusform>
            <numerusform>%n lignes vides ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="437"/>
        <source>ligne %1 : la colonne %2 n&apos;a pas de nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="442"/>
        <source>ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="483"/>
        <source>renvoie à un texte partagé absent (cellule %1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="491"/>
        <source>ligne %1 : la cellule %2%1 contient l&apos;erreur « %3 », elle est lue comme vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="539"/>
        <source>a une cellule au-delà de la dernière colonne (ligne %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="555"/>
        <source>La feuille « %1 » du classeur « %2 » est vide : elle n&apos;a pas de ligne d&apos;en-tête avec les noms des colonnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="565"/>
        <source>Le fichier « %1 » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="567"/>
        <source>« %1 » est un dossier, pas un classeur Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="570"/>
        <source>Impossible d&apos;ouvrir le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="573"/>
        <source>Impossible de lire le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="575"/>
        <source>Le fichier « %1 » est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="594"/>
        <source>Le classeur « %1 » n&apos;a aucune feuille de calcul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="622"/>
        <source>Le classeur « %1 » n&apos;a pas de feuille « %2 ». Ses feuilles : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="628"/>
        <source>Le classeur « %1 » est endommagé : la feuille « %2 » n&apos;a pas de partie associée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::merge</name>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="115"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="116"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="117"/>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="118"/>
        <source>Numéro d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="119"/>
        <source>Organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="120"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="121"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="122"/>
        <source>Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="123"/>
        <source>Téléphone fixe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="124"/>
        <source>Numéro de voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="125"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="126"/>
        <source>Complément d&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="127"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="128"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="129"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="137"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="138"/>
        <source>différent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="139"/>
        <source>se prononce pareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="140"/>
        <source>proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="141"/>
        <source>identique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="96"/>
        <location filename="../../core/merge/groupwriter.cpp" line="249"/>
        <location filename="../../core/merge/groupwriter.cpp" line="260"/>
        <source>Valeur non reprise (%1) : « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="117"/>
        <source>Impossible de lire les organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="264"/>
        <source>Autre e-mail : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="266"/>
        <source>Autre téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="114"/>
        <location filename="../../core/merge/matcher.cpp" line="144"/>
        <source>Préparation des fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="119"/>
        <location filename="../../core/merge/matcher.cpp" line="148"/>
        <source>Recherche des paires candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="176"/>
        <location filename="../../core/merge/matcher.cpp" line="187"/>
        <source>Comparaison des paires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="196"/>
        <source>Estimation des poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="214"/>
        <source>Calcul des scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="241"/>
        <location filename="../../core/merge/reviewsession.cpp" line="165"/>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="279"/>
        <source>Même SIREN : le même organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="281"/>
        <source>SIREN différents : jamais fusionnés automatiquement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="283"/>
        <source>Noms ou prénoms différents sans date de naissance, e-mail ni portable en commun : deux personnes, sauf décision contraire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="53"/>
        <source>fichier des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="55"/>
        <source>%1 l. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="99"/>
        <source>Impossible de mettre à jour l&apos;état des imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="179"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="193"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="288"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="302"/>
        <source>Impossible d&apos;enregistrer la fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="207"/>
        <source>%1 (%2) : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="220"/>
        <source>Organisme %1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="243"/>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="307"/>
        <source>Impossible d&apos;annuler la fusion n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="313"/>
        <source>La fusion n° %1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="316"/>
        <source>La fusion « %1 » est déjà annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="329"/>
        <source>La fusion « %1 » ne peut pas être annulée : les fiches concernées ont changé depuis (modification, ou fusion plus récente). Annulez d&apos;abord les fusions plus récentes qui les concernent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="352"/>
        <source>Impossible d&apos;annuler la fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="359"/>
        <source>Toutes les étapes de cette fusion sont déjà annulées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="392"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="411"/>
        <source>Impossible de lire l&apos;historique des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="82"/>
        <source>Impossible de lire les personnes du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="142"/>
        <source>%1 et %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="150"/>
        <source>Doublons dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="157"/>
        <location filename="../../core/merge/reviewsession.cpp" line="210"/>
        <source>Fichier des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="212"/>
        <source>%1, ligne %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::merge::ReviewDraft</name>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="74"/>
        <source>Impossible d&apos;enregistrer la décision sur la paire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="118"/>
        <location filename="../../core/merge/reviewdraft.cpp" line="151"/>
        <source>Impossible de lire les décisions de la revue interrompue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="164"/>
        <source>Impossible d&apos;oublier les décisions de la revue interrompue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::merge::ValueChoice</name>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="119"/>
        <source>l&apos;autre n&apos;est pas valide (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="124"/>
        <source>la date d&apos;adhésion la plus ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="128"/>
        <source>l&apos;orthographe accentuée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="130"/>
        <source>en minuscules plutôt qu&apos;en capitales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="132"/>
        <source>écrite en entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="136"/>
        <source>la plus complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="138"/>
        <source>la plus récente (l&apos;export du club, plus récent que le fichier des adhérents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="152"/>
        <source>prénom et nom inversés dans l&apos;autre fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="158"/>
        <location filename="../../core/merge/valuechoice.cpp" line="160"/>
        <source> (l&apos;e-mail l&apos;indique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="163"/>
        <source> (le fichier des adhérents fait foi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::records</name>
    <message>
        <location filename="../../core/members/records.cpp" line="86"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="87"/>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="88"/>
        <source>Démissionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="89"/>
        <source>Exclu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="97"/>
        <source>Président(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="98"/>
        <source>Vice-président(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="99"/>
        <source>Trésorier(ère)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="100"/>
        <source>Secrétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="101"/>
        <source>Administrateur(trice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="109"/>
        <source>Annuaire des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="110"/>
        <source>Lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="111"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::settings</name>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="42"/>
        <source>Impossible d&apos;enregistrer le paramètre « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="63"/>
        <source>Le nom de l&apos;association est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="88"/>
        <source>« %1 » n&apos;est pas une image lisible (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::validation</name>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="58"/>
        <source>Le numéro « %1 » est trop court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="63"/>
        <source>Le numéro « %1 » est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="68"/>
        <source>Le numéro « %1 » commence par un indicatif de pays inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="79"/>
        <source>Le numéro « %1 » contient autre chose que des chiffres ; notez les précisions (poste, horaires…) dans les remarques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="100"/>
        <source>« %1 » n&apos;est pas un numéro de téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="114"/>
        <source>Le numéro « %1 » n&apos;a pas le bon nombre de chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="119"/>
        <source>Le numéro « %1 » n&apos;est pas un numéro français valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="121"/>
        <source>Le numéro « %1 » n&apos;est pas valide pour l&apos;indicatif +%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="98"/>
        <source>Le SIREN « %1 » doit compter 9 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="101"/>
        <source>Le SIREN %1 a une clé de contrôle fausse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="109"/>
        <source>Le SIRET « %1 » doit compter 14 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="114"/>
        <source>Le SIRET %1 a une clé de contrôle fausse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="119"/>
        <source>Le SIRET %1 ne commence pas par le SIREN %2 : l&apos;un des deux est faux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="130"/>
        <source>La catégorie d&apos;adhésion est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="134"/>
        <source>La date de départ (%1) est antérieure à la date d&apos;adhésion (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="142"/>
        <source>Une adhésion individuelle n&apos;a pas de représentant : seules les organisations en désignent un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="148"/>
        <source>Une adhésion individuelle n&apos;a pas de suppléant : seules les organisations en désignent un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="167"/>
        <source>L&apos;adresse e-mail « %1 » contient des espaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="170"/>
        <source>L&apos;adresse e-mail « %1 » doit contenir un seul « @ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="174"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a rien avant le « @ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="177"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a pas de domaine valide après le « @ » (par exemple « exemple.fr »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="191"/>
        <source>Le code postal « %1 » doit compter 5 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="197"/>
        <source>Le code postal « %1 » n&apos;existe pas en France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="207"/>
        <source>Le site web « %1 » n&apos;est pas une adresse valide (par exemple « www.exemple.fr »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="218"/>
        <source>Le site web « %1 » doit commencer par http:// ou https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="281"/>
        <source>Le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="297"/>
        <source>Le nom de famille est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="308"/>
        <source>Un emploi se termine le %1, avant son début le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="310"/>
        <source>L&apos;emploi « %1 » se termine le %2, avant son début le %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="318"/>
        <source>Le mandat « %1 » se termine le %2, avant son début le %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="49"/>
        <source>Le dossier « %1 » ne peut pas être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="84"/>
        <source>Adhera : gestion des adhérents, des cotisations, des réunions et des assemblées générales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="86"/>
        <source>Affiche cette aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="89"/>
        <source>Ouvre (ou crée) le fichier d&apos;adhérents FICHIER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="90"/>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="92"/>
        <source>Enregistre une capture de la fenêtre dans IMAGE.png, sans l&apos;afficher, puis quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="93"/>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="96"/>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="97"/>
        <source>Le fichier d&apos;adhérents à ouvrir (par défaut, le fichier de démonstration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="98"/>
        <source>[fichier]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="114"/>
        <source>Le fichier de démonstration n&apos;a pas pu être préparé&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="115"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="121"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="130"/>
        <source>La capture n&apos;a pas pu être enregistrée dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
