<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>EditorSupport</name>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="27"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="51"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="66"/>
        <source>n° %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="93"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="94"/>
        <source>Enregistrer la fiche (Ctrl+Entrée)</source>
        <translation>Save the record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="97"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="98"/>
        <source>Fermer sans enregistrer (Échap)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="115"/>
        <source>Abandonner les modifications ?</source>
        <translation>Discard your changes?</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="21"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="87"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="88"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="89"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="90"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="91"/>
        <source>Points</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingtablemodel.cpp" line="92"/>
        <source>Procès-verbal</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../ui/messagebox.cpp" line="53"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="53"/>
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="60"/>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>&amp;Fermer</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="60"/>
        <source>&amp;Continuer</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="68"/>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="116"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>adhera::ApplyPage</name>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="22"/>
        <location filename="../../ui/merge/applypage.cpp" line="107"/>
        <location filename="../../ui/merge/applypage.cpp" line="115"/>
        <source>Fusion</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="23"/>
        <source>Vérifiez le bilan, puis cliquez sur « Fusionner ». Une sauvegarde du fichier est faite avant.</source>
        <translation>Check the summary, then click “Merge”. The file is backed up first.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="49"/>
        <source>Fiches fusionnées :</source>
        <translation>Records merged:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="64"/>
        <source>%n ligne(s) ignorée(s) (ni nom ni organisme).</source>
        <translation>
            <numerusform>%n row skipped (neither name nor organisation).</numerusform>
            <numerusform>%n rows skipped (neither name nor organisation).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="78"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="88"/>
        <source>Toutes les paires ont été tranchées.</source>
        <translation>Every pair has been decided.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="89"/>
        <source>%n paire(s) non tranchée(s) : leurs fiches ne seront pas fusionnées entre elles.</source>
        <translation>
            <numerusform>%n undecided pair: its records will not be merged together.</numerusform>
            <numerusform>%n undecided pairs: their records will not be merged together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="91"/>
        <source>Dont %n paire(s) sûre(s) entre les fichiers : sans décision, chacune donnera deux adhérents en double.</source>
        <translation>
            <numerusform>Of which %n sure pair between the files: left undecided, it will give two duplicate members.</numerusform>
            <numerusform>Of which %n sure pairs between the files: left undecided, each will give two duplicate members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="94"/>
        <source>Dont %n paire(s) sûre(s) avec un membre déjà dans le fichier : « Fusionner » vous demandera quoi en faire.</source>
        <translation>
            <numerusform>Of which %n sure pair with a member already in the file: “Merge” will ask you what to do with it.</numerusform>
            <numerusform>Of which %n sure pairs with a member already in the file: “Merge” will ask you what to do with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="96"/>
        <source>&amp;Accepter les %n paire(s) sûre(s) non tranchée(s)</source>
        <translation>
            <numerusform>&amp;Accept the %n undecided sure pair</numerusform>
            <numerusform>&amp;Accept the %n undecided sure pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="99"/>
        <source>%n paire(s) rejetée(s) : elles ne seront plus proposées comme doublons.</source>
        <translation>
            <numerusform>%n pair rejected: it will not be offered as a duplicate again.</numerusform>
            <numerusform>%n pairs rejected: they will not be offered as duplicates again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="116"/>
        <source>%n ligne(s) des fichiers correspondent sûrement à un membre déjà dans le fichier, sans décision. Les fusionner avec ce membre&#xa0;?

« Oui » les fusionne, « Non » les importe comme nouveaux adhérents, en double.</source>
        <translation>
            <numerusform>%n row of the files surely matches a member already in the file, undecided. Merge it with that member?

“Yes” merges it, “No” imports it as a new member, a duplicate.</numerusform>
            <numerusform>%n rows of the files surely match a member already in the file, undecided. Merge them with that member?

“Yes” merges them, “No” imports them as new members, duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="132"/>
        <source>Fusion impossible</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="132"/>
        <source>Rien n&apos;a été modifié dans le fichier des adhérents.

%1</source>
        <translation>Nothing was changed in the member file.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="138"/>
        <source>Enregistré dans le fichier des adhérents&#xa0;: %1</source>
        <translation>Saved in the member file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="140"/>
        <source>Sauvegarde faite avant la fusion : %1</source>
        <translation>Backup made before the merge: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="143"/>
        <source>Fusion terminée</source>
        <translation>Merge done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="150"/>
        <source>%n personne(s) nouvelle(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="152"/>
        <source> (dont %n fusionnée(s) de plusieurs lignes)</source>
        <translation>
            <numerusform> (%n of them merged from several rows)</numerusform>
            <numerusform> (%n of them merged from several rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="156"/>
        <source>%n personne(s) déjà dans le fichier complétée(s)</source>
        <translation>
            <numerusform>%n person already in the file completed</numerusform>
            <numerusform>%n people already in the file completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="158"/>
        <source>%n organisme(s) créé(s)</source>
        <translation>
            <numerusform>%n organisation created</numerusform>
            <numerusform>%n organisations created</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="180"/>
        <source>La fusion est faite, mais ce qui devait être retenu pour la prochaine fois ne l&apos;a pas été :</source>
        <translation>The merge is done, but what was to be remembered for next time was not:</translation>
    </message>
</context>
<context>
    <name>adhera::AssemblySession</name>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="42"/>
        <source>Le procès-verbal de cette séance est verrouillé&#xa0;: la feuille de présence et les votes ne changent plus. Une erreur se corrige par une nouvelle version du procès-verbal (onglet « Procès-verbal »).</source>
        <translation>The minutes of this session are locked: the attendance sheet and the votes no longer change. A mistake is corrected by a new version of the minutes (“Minutes” tab).</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="52"/>
        <source>Émargement</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="53"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="54"/>
        <source>Procès-verbal</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="57"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="85"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="69"/>
        <source>Séance — %1</source>
        <translation>Session — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="217"/>
        <source>À %1&#xa0;: %2, %3, sur %4 ayant le droit de vote.</source>
        <translation>At %1: %2, %3, out of %4 entitled to vote.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="218"/>
        <source>%n présent(s)</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="219"/>
        <source>%n représenté(s)</source>
        <translation>
            <numerusform>%n represented</numerusform>
            <numerusform>%n represented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/assemblysession.cpp" line="219"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/assemblysession.cpp" line="202"/>
        <source>Quorum&#xa0;: la feuille de présence n&apos;est pas encore préparée.</source>
        <translation>Quorum: the attendance sheet has not been prepared yet.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsupport.h" line="43"/>
        <source>pour %1, contre %2, abstentions %3</source>
        <translation>for %1, against %2, abstentions %3</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsupport.h" line="45"/>
        <source>, blancs %1, nuls %2</source>
        <translation>, blank %1, spoiled %2</translation>
    </message>
</context>
<context>
    <name>adhera::AttendanceModel</name>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="30"/>
        <source>Représenté par %1</source>
        <translation>Represented by %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="66"/>
        <source>aucun représentant désigné</source>
        <translation>no designated representative</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="67"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="113"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="114"/>
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="115"/>
        <source>Droit de vote</source>
        <translation>Voting rights</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="116"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="117"/>
        <source>Arrivée</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="118"/>
        <source>Départ</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/attendancemodel.cpp" line="119"/>
        <source>Voix</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>adhera::BoardElectionDialog</name>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="27"/>
        <source>Conseil élu — %1</source>
        <translation>Elected board — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="34"/>
        <source>Le conseil tel que l&apos;élection l&apos;a composé. Les sièges inchangés gardent leur mandat&#xa0;; les autres prennent fin le %1 et les nouveaux commencent le %2, jour de la réunion.</source>
        <translation>The board as the election made it. Unchanged seats keep their term; the others end on %1 and the new ones start on %2, the day of the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="51"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="55"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="60"/>
        <source>&amp;Élu(e)&#xa0;:</source>
        <translation>&amp;Elected:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="72"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="73"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="103"/>
        <source>Choisissez la personne élue dans la liste.</source>
        <translation>Choose the elected person from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="109"/>
        <source>%1 siège déjà au conseil (%2)&#xa0;: retirez d&apos;abord ce siège pour en changer.</source>
        <translation>%1 already sits on the board (%2): remove that seat first to change it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="145"/>
        <source>%n siège(s) inchangé(s)</source>
        <translation>
            <numerusform>%n seat unchanged</numerusform>
            <numerusform>%n seats unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="146"/>
        <source>%n mandat(s) prenant fin le %1</source>
        <translation>
            <numerusform>%n term ending on %1</numerusform>
            <numerusform>%n terms ending on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="147"/>
        <source>%n mandat(s) commençant le %1</source>
        <translation>
            <numerusform>%n term starting on %1</numerusform>
            <numerusform>%n terms starting on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/boardelectiondialog.cpp" line="155"/>
        <source>Enregistrer le conseil élu&#xa0;?

%1</source>
        <translation>Save the elected board?

%1</translation>
    </message>
</context>
<context>
    <name>adhera::CallStateDialog</name>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="26"/>
        <source>Annuler ou exonérer l&apos;appel %1</source>
        <translation>Cancel or exempt call %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="29"/>
        <source>Appel %1 — %2 — %3.</source>
        <translation>Call %1 — %2 — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="31"/>
        <source>L&apos;appel n&apos;est pas effacé&#xa0;: il reste dans la liste avec son état et la raison donnée, son numéro n&apos;est pas réutilisé, et il peut être rétabli.</source>
        <translation>The call is not deleted: it stays in the list with its state and the reason given, its number is not reused, and it can be reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="36"/>
        <source>A&amp;nnuler l&apos;appel&#xa0;: émis par erreur (adhérent parti, doublon, mauvaise catégorie…)</source>
        <translation>Ca&amp;ncel the call: issued by mistake (member left, duplicate, wrong category…)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="38"/>
        <source>E&amp;xonérer&#xa0;: l&apos;adhérent est dispensé de cette cotisation</source>
        <translation>E&amp;xempt: the member is let off these dues</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="40"/>
        <source>&amp;Rétablir l&apos;appel&#xa0;: la cotisation est de nouveau due</source>
        <translation>&amp;Reopen the call: the dues are owed again</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="45"/>
        <source>ex. adhérent parti avant l&apos;appel</source>
        <translation>e.g. member left before the call</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="55"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="56"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="64"/>
        <source>Cet appel a déjà reçu %1&#xa0;: annulez d&apos;abord ses paiements (« Annuler un paiement… »), puis revenez ici.</source>
        <translation>This call has already received %1: cancel its payments first (“Cancel a payment…”), then come back here.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="79"/>
        <source>Cet appel est annulé&#xa0;: %1</source>
        <translation>This call is cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="80"/>
        <source>Cet appel est exonéré&#xa0;: %1</source>
        <translation>This call is exempted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/callstatedialog.cpp" line="89"/>
        <source>Rai&amp;son&#xa0;:</source>
        <translation>R&amp;eason:</translation>
    </message>
</context>
<context>
    <name>adhera::CallTableModel</name>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="97"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="98"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="99"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="100"/>
        <source>Club d&apos;origine</source>
        <translation>Origin club</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="101"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="102"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="103"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="104"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="105"/>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>adhera::ClubSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="43"/>
        <source>Paramètres de l&apos;association</source>
        <translation>Association settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="47"/>
        <source>L&apos;association sur ses documents</source>
        <translation>How the association appears on its documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="50"/>
        <source>N&amp;om&#xa0;:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="53"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="55"/>
        <source>ex. contact@exemple.fr</source>
        <translation>e.g. contact@example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="56"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="58"/>
        <source>ex. 03 83 12 34 56</source>
        <translation>e.g. 03 83 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="60"/>
        <source>Télé&amp;phone&#xa0;:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="63"/>
        <source>IBAN, BIC, ordre des chèques</source>
        <translation>IBAN, BIC, payee for cheques</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="64"/>
        <source>Coordonnées de pa&amp;iement&#xa0;:</source>
        <translation>Payment de&amp;tails:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="99"/>
        <source>Début de l&apos;e&amp;xercice&#xa0;:</source>
        <translation>Financial &amp;year starts in:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="66"/>
        <source>ex. Le trésorier, Prénom NOM</source>
        <translation>e.g. The treasurer, Firstname LASTNAME</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="67"/>
        <source>&amp;Signataire&#xa0;:</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="74"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="77"/>
        <source>Une image PNG ou JPEG, réduite au besoin à 800 × 800 pixels</source>
        <translation>A PNG or JPEG image, scaled down to 800 × 800 pixels if needed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="78"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="89"/>
        <source>&amp;Logo&#xa0;:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="93"/>
        <source>Cotisations</source>
        <translation>Dues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="104"/>
        <source>Des appels de cotisation sont déjà émis&#xa0;: le début de l&apos;exercice ne peut plus changer, car ils sont classés sous des exercices qui désigneraient alors d&apos;autres mois.</source>
        <translation>Calls for dues have already been issued: the start of the financial year can no longer change, because they are filed under financial years that would then cover other months.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="175"/>
        <source>Le nom de l&apos;association est obligatoire.</source>
        <translation>The association&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="202"/>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="210"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="229"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="248"/>
        <source>Choisir le logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="249"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="259"/>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clubsettingsdialog.cpp" line="276"/>
        <source>Exercice en cours&#xa0;: %1, du %2 au %3.</source>
        <translation>Current financial year: %1, from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>adhera::ColumnsPage</name>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="49"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="50"/>
        <source>Indiquez ce que contient chaque colonne. L&apos;aperçu montre les lignes telles qu&apos;elles seront lues.</source>
        <translation>Say what each column holds. The preview shows the lines as they will be read.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="58"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="88"/>
        <source>Aperçu (200 premières lignes)</source>
        <translation>Preview (first 200 lines)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="101"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="152"/>
        <source>— ignorée —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="196"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="232"/>
        <source>Aucune ligne avec un problème.</source>
        <translation>No line with a problem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/columnspage.cpp" line="233"/>
        <source>%n ligne(s) avec un problème (elles seront importées, les valeurs invalides gardées en notes)</source>
        <translation>
            <numerusform>%n line with a problem (it will be imported, invalid values kept in the notes)</numerusform>
            <numerusform>%n lines with a problem (they will be imported, invalid values kept in the notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/columnspage.cpp" line="247"/>
        <source>Dans « %1 », aucune colonne n&apos;est associée à Nom, Prénom ou Organisme : choisissez au moins l&apos;une d&apos;elles pour continuer.</source>
        <translation>In “%1”, no column is set to Name, First name or Organisation: choose at least one of them to go on.</translation>
    </message>
</context>
<context>
    <name>adhera::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="40"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="43"/>
        <source>Le fichier « %1 » n&apos;existe pas.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="46"/>
        <source>Impossible de créer un fichier dans le dossier « %1 » : il est en lecture seule.</source>
        <translation>Cannot create a file in the folder “%1”: it is read-only.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="51"/>
        <source>« %1 » est un dossier, pas un fichier Adhera.</source>
        <translation>“%1” is a folder, not an Adhera file.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="54"/>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="58"/>
        <source>« %1 » n&apos;est pas un fichier Adhera (ce n&apos;est pas une base SQLite).</source>
        <translation>“%1” is not an Adhera file (it is not an SQLite database).</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="64"/>
        <source>Le fichier « %1 » est en lecture seule : Adhera ne peut pas y enregistrer vos modifications.</source>
        <translation>The file “%1” is read-only: Adhera cannot save your changes to it.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="103"/>
        <source>Aucun fichier indiqué.</source>
        <translation>No file given.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="119"/>
        <source>Le fichier « %1 » est déjà ouvert dans une autre fenêtre d&apos;Adhera (processus %2 sur %3). Fermez-la avant de l&apos;ouvrir ici.</source>
        <translation>The file “%1” is already open in another Adhera window (process %2 on %3). Close that window before opening the file here.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="123"/>
        <source>cet ordinateur</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="159"/>
        <source>Le pilote SQLite de Qt (QSQLITE) est introuvable.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) cannot be found.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="167"/>
        <source>Impossible d&apos;ouvrir « %1 » : %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="169"/>
        <source>Impossible d&apos;activer les clés étrangères</source>
        <translation>Cannot turn on foreign keys</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="172"/>
        <source>Impossible de lire le fichier</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="175"/>
        <source>« %1 » n&apos;est pas un fichier Adhera lisible : %2</source>
        <translation>“%1” is not a readable Adhera file: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="177"/>
        <source>Impossible d&apos;activer le journal WAL</source>
        <translation>Cannot turn on the WAL journal</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="179"/>
        <source>Impossible de régler la synchronisation</source>
        <translation>Cannot set the synchronisation mode</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="192"/>
        <source>Impossible de lire la version du fichier</source>
        <translation>Cannot read the file&apos;s version</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="204"/>
        <source>Le fichier « %1 » existe déjà.</source>
        <translation>The file “%1” already exists.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="206"/>
        <source>Le dossier de « %1 » n&apos;existe pas.</source>
        <translation>The folder of “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="209"/>
        <source>Impossible de copier la base vers « %1 »</source>
        <translation>Cannot copy the database to “%1”</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="217"/>
        <source>Impossible de commencer la transaction</source>
        <translation>Cannot start the transaction</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="226"/>
        <source>Aucune transaction en cours.</source>
        <translation>No transaction in progress.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="232"/>
        <source>Une étape de la transaction a échoué ; rien n&apos;a été enregistré.</source>
        <translation>A step of the transaction failed; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="234"/>
        <source>Impossible d&apos;enregistrer la transaction</source>
        <translation>Cannot commit the transaction</translation>
    </message>
</context>
<context>
    <name>adhera::DeclarationDialog</name>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="26"/>
        <source>Déclaration faite</source>
        <translation>Declaration made</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="30"/>
        <source>%1 du %2 (à déclarer au plus tard le %3)</source>
        <translation>%1 of %2 (to declare by %3)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="47"/>
        <source>La date à laquelle les changements ont été déclarés %1.</source>
        <translation>The date the changes were declared %1.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="50"/>
        <source>&amp;Réunion&#xa0;:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="51"/>
        <source>&amp;Déclarée le&#xa0;:</source>
        <translation>&amp;Declared on:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="53"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/declarationdialog.cpp" line="54"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>adhera::DuesPage</name>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="70"/>
        <source>E&amp;xercice&#xa0;:</source>
        <translation>Financial &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="75"/>
        <source>Rechercher un adhérent, un n° d&apos;appel, une catégorie…</source>
        <translation>Search a member, a call number, a category…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="80"/>
        <source>Émettre les appels…</source>
        <translation>Issue the calls…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="82"/>
        <source>Créer les appels de cotisation de l&apos;exercice pour les adhérents actifs qui n&apos;en ont pas</source>
        <translation>Create the financial year&apos;s calls for dues for the active members who have none</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="84"/>
        <source>Enregistrer un paiement…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="87"/>
        <source>Annuler un paiement…</source>
        <translation>Reverse a payment…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="89"/>
        <source>Enregistrer l&apos;écriture inverse d&apos;un paiement de l&apos;appel sélectionné</source>
        <translation>Record the reversing entry of a payment of the selected call</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="91"/>
        <source>Relances…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="93"/>
        <source>Les adhérents en retard, leurs lettres de relance et la liste d&apos;envoi</source>
        <translation>Members in arrears, their reminder letters and the mailing list</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="95"/>
        <source>Anciens clubs…</source>
        <translation>Former clubs…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="97"/>
        <source>Les adhérents venus de Connect ou de Viatis qui avaient déjà réglé l&apos;exercice à leur ancien club</source>
        <translation>Members from Connect or Viatis who had already paid the financial year to their former club</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="102"/>
        <source>Avis d&apos;appel de l&apos;adhérent sélectionné…</source>
        <translation>Dues notice for the selected member…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="103"/>
        <source>Avis d&apos;appel de tous les appels ouverts…</source>
        <translation>Dues notices for all open calls…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="105"/>
        <source>Attestation de paiement de l&apos;adhérent sélectionné…</source>
        <translation>Payment receipt for the selected member…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="106"/>
        <source>Attestations de tous les paiements de l&apos;exercice…</source>
        <translation>Receipts for all the financial year&apos;s payments…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="108"/>
        <source>Bordereau de remise de chèques…</source>
        <translation>Cheque remittance slip…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="109"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="115"/>
        <source>État des cotisations (CSV, XLSX, PDF)…</source>
        <translation>Dues status (CSV, XLSX, PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="116"/>
        <source>Journal des recettes pour le comptable (CSV, XLSX)…</source>
        <translation>Receipts journal for the accountant (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="117"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Impayés</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Partiels</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Payés</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Exonérés</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="131"/>
        <source>Annulés</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="133"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="138"/>
        <location filename="../../ui/dues/duespage.cpp" line="286"/>
        <source>Cotisations</source>
        <translation>Dues</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="206"/>
        <source>Annuler ou e&amp;xonérer l&apos;appel…</source>
        <translation>Cancel or e&amp;xempt the call…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="212"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="213"/>
        <source>Annuler un pai&amp;ement…</source>
        <translation>Cancel a paym&amp;ent…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="294"/>
        <source>Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4</source>
        <translation>Expected %1 · Collected %2 · Outstanding %3 · Exempt %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="300"/>
        <source>Hors recettes&#xa0;: %n cotisation(s) réglée(s) aux anciens clubs (%1)</source>
        <translation>
            <numerusform>Not income: %n membership fee paid to the former clubs (%1)</numerusform>
            <numerusform>Not income: %n membership fees paid to the former clubs (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="326"/>
        <source>Aucun appel de cotisation pour cet exercice.
Créez-les avec « Émettre les appels… ».</source>
        <translation>No call for dues for this financial year.
Create them with “Issue the calls…”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="327"/>
        <source>Aucun appel ne correspond au filtre.</source>
        <translation>No call matches the filter.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="397"/>
        <source>Émettre les appels</source>
        <translation>Issue the calls</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="407"/>
        <source>Enregistrer un paiement</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="424"/>
        <source>Paiement %1 de %2 enregistré.</source>
        <translation>Payment %1 of %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="454"/>
        <source>L&apos;appel %1 (%2) est annulé.</source>
        <translation>Call %1 (%2) is cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="455"/>
        <source>L&apos;appel %1 (%2) est exonéré.</source>
        <translation>Call %1 (%2) is exempted.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="456"/>
        <source>L&apos;appel %1 (%2) est rétabli.</source>
        <translation>Call %1 (%2) is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="466"/>
        <source>Annuler un paiement</source>
        <translation>Reverse a payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="474"/>
        <source>L&apos;appel %1 n&apos;a aucun paiement à annuler.</source>
        <translation>The call %1 has no payment to reverse.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="485"/>
        <location filename="../../ui/dues/duespage.cpp" line="497"/>
        <source>Exporter l&apos;état des cotisations</source>
        <translation>Export the dues status</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="504"/>
        <location filename="../../ui/dues/duespage.cpp" line="516"/>
        <source>Exporter le journal des recettes</source>
        <translation>Export the receipts journal</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="506"/>
        <source>journal-recettes-%1.xlsx</source>
        <translation>receipts-journal-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="506"/>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="509"/>
        <source>Le journal des recettes %1 est enregistré dans « %2 ».</source>
        <translation>The receipts journal %1 is saved in “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="572"/>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <location filename="../../ui/dues/duespage.cpp" line="600"/>
        <source>Avis d&apos;appel de cotisation</source>
        <translation>Dues notices</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="582"/>
        <location filename="../../ui/dues/duespage.cpp" line="615"/>
        <location filename="../../ui/dues/duespage.cpp" line="630"/>
        <source>Attestations de paiement</source>
        <translation>Payment receipts</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="593"/>
        <location filename="../../ui/dues/duespage.cpp" line="607"/>
        <location filename="../../ui/dues/duespage.cpp" line="623"/>
        <location filename="../../ui/dues/duespage.cpp" line="637"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="603"/>
        <source>Aucun appel ouvert pour cet exercice.</source>
        <translation>No open call for this financial year.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="607"/>
        <source>appels-%1.pdf</source>
        <translation>dues-notices-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="610"/>
        <source>%n avis d&apos;appel enregistré(s) dans « %1 », un par page.</source>
        <translation>
            <numerusform>%n dues notice saved in “%1”, one per page.</numerusform>
            <numerusform>%n dues notices saved in “%1”, one per page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="619"/>
        <source>Aucun paiement enregistré pour cet appel.</source>
        <translation>No payment recorded for this call.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="623"/>
        <source>attestation-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="633"/>
        <source>Aucun paiement enregistré pour cet exercice.</source>
        <translation>No payment recorded for this financial year.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="637"/>
        <source>attestations-%1.pdf</source>
        <translation>receipts-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="640"/>
        <source>%n attestation(s) enregistrée(s) dans « %1 », une par page.</source>
        <translation>
            <numerusform>%n payment receipt saved in “%1”, one per page.</numerusform>
            <numerusform>%n payment receipts saved in “%1”, one per page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="487"/>
        <source>cotisations-%1.csv</source>
        <translation>dues-%1.csv</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/duespage.cpp" line="398"/>
        <source>%n appel(s) de cotisation %1 émis.</source>
        <translation>
            <numerusform>%n dues call for %1 issued.</numerusform>
            <numerusform>%n dues calls for %1 issued.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="487"/>
        <source>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;Document PDF (*.pdf)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="490"/>
        <source>L&apos;état des cotisations %1 est enregistré dans « %2 ».</source>
        <translation>The dues status %1 is saved in “%2”.</translation>
    </message>
</context>
<context>
    <name>adhera::ExplanationView</name>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="77"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="78"/>
        <source>%1 : %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="86"/>
        <source>A priori : %1 ; total : %2 bits, soit %3&#xa0;%</source>
        <translation>Prior: %1; total: %2 bits, that is %3&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="89"/>
        <source>Règle : %1</source>
        <translation>Rule: %1</translation>
    </message>
</context>
<context>
    <name>adhera::FeeScheduleDialog</name>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="46"/>
        <source>Barème des cotisations</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="60"/>
        <source>E&amp;xercice&#xa0;:</source>
        <translation>Financial &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="66"/>
        <source>Re&amp;prendre le barème de l&apos;exercice précédent</source>
        <translation>Co&amp;py the previous financial year&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="72"/>
        <source>Arrivée en cours d&apos;exercice</source>
        <translation>Joining during the year</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="89"/>
        <source>Une catégorie sans montant n&apos;a pas de barème pour l&apos;exercice&#xa0;: ses adhérents ne reçoivent pas d&apos;appel.
Les appels déjà émis ne changent pas.</source>
        <translation>A category without an amount has no fee schedule for the financial year: its members receive no call.
Calls already issued do not change.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="97"/>
        <source>Enregistrer le barème (Ctrl+Entrée)</source>
        <translation>Save the fee schedule (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="135"/>
        <source>Le barème de l&apos;exercice %1 a changé. Enregistrer les changements&#xa0;?</source>
        <translation>The fee schedule for financial year %1 has changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="166"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="245"/>
        <source>%1&#xa0;: le barème de cet exercice existe déjà et ne peut pas être retiré&#xa0;; indiquez un montant (0,00 pour une cotisation nulle).</source>
        <translation>%1: this financial year&apos;s schedule already exists and cannot be removed; enter an amount (0,00 for no dues).</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="250"/>
        <source>%1&#xa0;: « %2 » n&apos;est pas un montant.</source>
        <translation>%1: “%2” is not an amount.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="252"/>
        <source>%1&#xa0;: le montant ne peut pas être négatif (« %2 »).</source>
        <translation>%1: the amount cannot be negative (“%2”).</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="305"/>
        <source>L&apos;exercice %1 n&apos;a pas de barème à reprendre.</source>
        <translation>Financial year %1 has no fee schedule to copy.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="324"/>
        <source>Remplacer les montants affichés par ceux de l&apos;exercice %1&#xa0;?</source>
        <translation>Replace the amounts shown with those of financial year %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="343"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/dues/feescheduledialog.cpp" line="344"/>
        <source>Le barème de l&apos;exercice %1 n&apos;a pas été enregistré&#xa0;: %2</source>
        <translation>The fee schedule for financial year %1 was not saved: %2</translation>
    </message>
</context>
<context>
    <name>adhera::FilesPage</name>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="50"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="51"/>
        <source>Les fichiers des clubs à importer. Choisissez le club d&apos;origine de chaque nouveau fichier ; les imports en attente peuvent être repris.</source>
        <translation>The clubs&apos; files to import. Choose the club of origin of each new file; pending imports can be resumed.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Club d&apos;origine</source>
        <translation>Origin club</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Lignes</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="56"/>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="70"/>
        <source>Ajouter un fichier…</source>
        <translation>Add a file…</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="72"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="74"/>
        <source>Les imports en attente cochés sont repris avec les nouveaux fichiers.</source>
        <translation>The checked pending imports are resumed with the new files.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="108"/>
        <source>Clubs d&apos;origine</source>
        <translation>Clubs of origin</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="115"/>
        <source>Imports en attente</source>
        <translation>Pending imports</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/filespage.cpp" line="125"/>
        <source>Une revue interrompue le %1 à %2 a gardé %n décision(s)&#xa0;: cliquez sur « Suivant » pour la reprendre avec les imports en attente cochés.</source>
        <translation>
            <numerusform>A review interrupted on %1 at %2 kept %n decision: click “Next” to take it up again with the pending imports ticked.</numerusform>
            <numerusform>A review interrupted on %1 at %2 kept %n decisions: click “Next” to take it up again with the pending imports ticked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="154"/>
        <location filename="../../ui/merge/filespage.cpp" line="182"/>
        <source>Ajouter un fichier</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="154"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation>“%1” is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="160"/>
        <source>Fichier illisible</source>
        <translation>Unreadable file</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="183"/>
        <source>Fichiers de membres (*.csv *.xlsx);;CSV (*.csv *.txt);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</source>
        <translation>Member files (*.csv *.xlsx);;CSV (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="200"/>
        <location filename="../../ui/merge/filespage.cpp" line="207"/>
        <source>Retirer l&apos;import en attente</source>
        <translation>Remove the pending import</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="201"/>
        <source>Retirer «&#xa0;%1&#xa0;» des imports en attente&#xa0;? Ses lignes et les décisions prises sur elles seront oubliées&#xa0;; le fichier d&apos;origine n&apos;est pas touché.</source>
        <translation>Remove “%1” from the pending imports? Its rows and the decisions taken on them will be forgotten; the original file is not touched.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="233"/>
        <source>— à choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="239"/>
        <location filename="../../ui/merge/filespage.cpp" line="254"/>
        <source>classeur</source>
        <translation>workbook</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="248"/>
        <source>%1 (import en attente)</source>
        <translation>%1 (pending import)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="251"/>
        <source>Déjà enregistré ; décochez pour le laisser en attente.</source>
        <translation>Already stored; uncheck to leave it pending.</translation>
    </message>
</context>
<context>
    <name>adhera::FormerClubDuesDialog</name>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="46"/>
        <source>Cotisations réglées aux anciens clubs — exercice %1</source>
        <translation>Dues paid to the former clubs — financial year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="48"/>
        <source>Cochez les adhérents venus des clubs fondateurs qui avaient déjà réglé leur cotisation %1 à leur ancien club. Ils sont alors à jour pour voter et ne reçoivent pas d&apos;appel de L2C (un appel sans paiement est annulé). Ces sommes ne sont pas des recettes de L2C&#xa0;: les états les montrent à part.</source>
        <translation>Tick the members from the founding clubs who had already paid their %1 dues to their former club. They are then up to date to vote and get no call from L2C (a call without payment is cancelled). These sums are not L2C&apos;s income: the reports show them apart.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="56"/>
        <source>Rechercher un adhérent…</source>
        <translation>Search for a member…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="60"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="66"/>
        <source>&amp;Club&#xa0;:</source>
        <translation>&amp;Club:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="75"/>
        <source>La date donnée aux adhérents que vous cochez</source>
        <translation>The date given to the members you tick</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="76"/>
        <source>Réglée &amp;le&#xa0;:</source>
        <translation>Paid o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Ancien club</source>
        <translation>Former club</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Montant réglé</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Réglée le</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Reçu du club</source>
        <translation>Club&apos;s receipt</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="82"/>
        <source>Appel L2C</source>
        <translation>L2C call</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="106"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="107"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="176"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="189"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="191"/>
        <source>%1&#xa0;: %2 déjà payés</source>
        <translation>%1: %2 already paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="193"/>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="197"/>
        <source>%1 annulé</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="193"/>
        <source>%1 sera rouvert</source>
        <translation>%1 will be reopened</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="195"/>
        <source>%1 sera annulé</source>
        <translation>%1 will be cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="196"/>
        <source>%1 exonéré</source>
        <translation>%1 exempt</translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="250"/>
        <source>Le montant réglé par %1 n&apos;est pas un montant en euros («&#xa0;%2&#xa0;»).</source>
        <translation>The amount paid by %1 is not an amount in euros (“%2”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="299"/>
        <source>%n adhérent(s) à jour par leur ancien club, %1 réglés hors des recettes de L2C.</source>
        <translation>
            <numerusform>%n member up to date through their former club, %1 paid outside L2C&apos;s income.</numerusform>
            <numerusform>%n members up to date through their former club, %1 paid outside L2C&apos;s income.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="302"/>
        <source>%n appel(s) L2C sans paiement sera(ont) annulé(s).</source>
        <translation>
            <numerusform>%n L2C call without payment will be cancelled.</numerusform>
            <numerusform>%n L2C calls without payment will be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="304"/>
        <source>%n appel(s) L2C sera(ont) rouvert(s).</source>
        <translation>
            <numerusform>%n L2C call will be reopened.</numerusform>
            <numerusform>%n L2C calls will be reopened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="329"/>
        <source>%n cotisation(s) réglée(s) à l&apos;ancien club enregistrée(s)</source>
        <translation>
            <numerusform>%n fee paid to the former club recorded</numerusform>
            <numerusform>%n fees paid to the former club recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="331"/>
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/formerclubduesdialog.cpp" line="354"/>
        <source>Les adhérents cochés ou décochés ne sont pas enregistrés. Les abandonner&#xa0;?</source>
        <translation>The members ticked or unticked are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>adhera::GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guidedialog.cpp" line="20"/>
        <source>Guide des tâches courantes</source>
        <translation>Everyday tasks guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guidedialog.cpp" line="29"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>adhera::InviteesDialog</name>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="56"/>
        <source>Invités — %1</source>
        <translation>Invitees — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="77"/>
        <source>&amp;Inviter&#xa0;:</source>
        <translation>&amp;Invite:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="79"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="81"/>
        <source>Ajoute ceux que le filtre désigne et qui ne sont pas encore invités</source>
        <translation>Adds those the filter names who are not invited yet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="88"/>
        <source>Ou une perso&amp;nne&#xa0;:</source>
        <translation>Or a perso&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="90"/>
        <source>In&amp;viter</source>
        <translation>In&amp;vite</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="107"/>
        <source>Répondu le</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Convoqué le</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Invité le</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="108"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="122"/>
        <source>&amp;Réponse</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="128"/>
        <source>&amp;Présence</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="131"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="230"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="132"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="230"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="133"/>
        <source>Non renseigné</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="136"/>
        <source>Re&amp;tirer…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="146"/>
        <source>La date de la réponse notée avec le bouton «&#xa0;Réponse&#xa0;»</source>
        <translation>The date of the reply recorded with the “Reply” button</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="147"/>
        <source>reçue le</source>
        <translation>received on</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="157"/>
        <source>&amp;Envoyer les convocations…</source>
        <translation>&amp;Send the notices…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="157"/>
        <source>&amp;Enregistrer l&apos;envoi…</source>
        <translation>&amp;Record the sending…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="160"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="163"/>
        <source>Liste des invités (PDF)…</source>
        <translation>List of invitees (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="165"/>
        <source>Feuille de présence à signer (PDF)…</source>
        <translation>Attendance sheet to sign (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="167"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="175"/>
        <source>&amp;Bureau élu…</source>
        <translation>Elected &amp;officers…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="177"/>
        <source>Inscrit dans le fichier le bureau que le conseil a élu</source>
        <translation>Records in the member file the officers the board elected</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="180"/>
        <source>Bureau élu — %1</source>
        <translation>Elected officers — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="193"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="229"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="229"/>
        <source>Personne invitée</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="489"/>
        <source>Invités %1</source>
        <translation>Invitees %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="490"/>
        <source>Feuille de présence %1</source>
        <translation>Attendance sheet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="239"/>
        <source>%n invité(s)</source>
        <translation>
            <numerusform>%n invitee</numerusform>
            <numerusform>%n invitees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="240"/>
        <source>&#xa0;— oui&#xa0;: %1, non&#xa0;: %2, peut-être&#xa0;: %3, sans réponse&#xa0;: %4</source>
        <translation> — yes: %1, no: %2, maybe: %3, no reply: %4</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="245"/>
        <source>&#xa0;— convoqués&#xa0;: %1</source>
        <translation> — notices sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="246"/>
        <source>&#xa0;— invitation envoyée&#xa0;: %1</source>
        <translation> — invitation sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="248"/>
        <source>&#xa0;— présents&#xa0;: %1</source>
        <translation> — present: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="301"/>
        <source>Choisissez la personne à inviter dans la liste.</source>
        <translation>Choose the person to invite from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="318"/>
        <source>Tous ceux que désigne «&#xa0;%1&#xa0;» sont déjà invités.</source>
        <translation>Everyone “%1” names is already invited.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="351"/>
        <source>Retirer %1 des invités&#xa0;?</source>
        <translation>Remove %1 from the invitees?</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="352"/>
        <source>Retirer ces %1 invités&#xa0;?</source>
        <translation>Remove these %1 invitees?</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="355"/>
        <source>Tout membre à jour doit être convoqué à l&apos;assemblée&#xa0;: en oublier un peut rendre ses décisions contestables.</source>
        <translation>Every member in good standing must be given notice of the general meeting: leaving one out can make its decisions open to challenge.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="356"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="360"/>
        <source>Retirer des invités</source>
        <translation>Remove invitees</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="407"/>
        <source>Aucun membre actif invité n&apos;attend sa convocation.</source>
        <translation>No active member invited is waiting for a notice.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="408"/>
        <source>L&apos;envoi est déjà enregistré pour tous les invités.</source>
        <translation>The sending is already recorded for every invitee.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="462"/>
        <source>Enregistrer les convocations</source>
        <translation>Save the notices</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="463"/>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="491"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="463"/>
        <source>Convocations %1</source>
        <translation>Notices %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="468"/>
        <source>Convocations</source>
        <translation>Notices of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="469"/>
        <source>Les convocations sont enregistrées dans «&#xa0;%1&#xa0;» et leur envoi est noté au %2.</source>
        <translation>The notices are saved in “%1” and their sending is recorded on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="491"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="496"/>
        <source>PDF enregistré</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/inviteesdialog.cpp" line="496"/>
        <source>Le document est enregistré dans «&#xa0;%1&#xa0;».</source>
        <translation>The document is saved in “%1”.</translation>
    </message>
</context>
<context>
    <name>adhera::IssueCallsDialog</name>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="52"/>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="96"/>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="185"/>
        <source>Émettre les appels</source>
        <translation>Issue dues calls</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="67"/>
        <source>&amp;Exercice&#xa0;:</source>
        <translation>Financial &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="71"/>
        <source>Date d&apos;é&amp;mission&#xa0;:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="72"/>
        <source>É&amp;chéance&#xa0;:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="76"/>
        <source>Règle appliquée</source>
        <translation>Rule applied</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="98"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="104"/>
        <source>Seront appelés&#xa0;:</source>
        <translation>Will be billed:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="142"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="158"/>
        <source>adhésion le %1, %2</source>
        <translation>joined on %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="168"/>
        <source>sans appel</source>
        <translation>no call</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="176"/>
        <source>Aucun appel à émettre pour %1&#xa0;: chaque adhérent actif a déjà le sien.</source>
        <translation>No call to issue for %1: every active member already has one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="177"/>
        <source>%n appel(s) de cotisation %1 pour un total de %2.</source>
        <translation>
            <numerusform>%n dues call for %1, %2 in total.</numerusform>
            <numerusform>%n dues calls for %1, %2 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="179"/>
        <source>%n adhérent(s) sans appel cette année, par la règle d&apos;adhésion ou une cotisation réglée à l&apos;ancien club (voir « Règle appliquée »).</source>
        <translation>
            <numerusform>%n member without a call this year, by the joining rule or dues paid to the former club (see “Rule applied”).</numerusform>
            <numerusform>%n members without a call this year, by the joining rule or dues paid to the former club (see “Rule applied”).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="183"/>
        <source>Sans barème pour %1, donc sans appel&#xa0;: %2.</source>
        <translation>No fee schedule for %1, so no call: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="185"/>
        <source>Émettre %n appel(s)</source>
        <translation>
            <numerusform>Issue %n call</numerusform>
            <numerusform>Issue %n calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="194"/>
        <source>L&apos;échéance (%1) précède la date d&apos;émission (%2).</source>
        <translation>The due date (%1) is before the issue date (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dues/issuecallsdialog.cpp" line="196"/>
        <source>L&apos;échéance</source>
        <translation>The due date</translation>
    </message>
</context>
<context>
    <name>adhera::JournalTableModel</name>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="91"/>
        <source>Fusion</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="91"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="93"/>
        <source>Annulée le %1</source>
        <translation>Undone on %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="93"/>
        <source>En vigueur</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="119"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="120"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="121"/>
        <source>Fiche et lignes d&apos;origine</source>
        <translation>Record and source lines</translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="122"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>adhera::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>Fichiers Adhera (*.adhera)</source>
        <translation>Adhera files (*.adhera)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Nouveau fichier…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="114"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="123"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="132"/>
        <source>Nouvel adhérent indi&amp;viduel…</source>
        <translation>New indi&amp;vidual member…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136"/>
        <source>Nouvelle &amp;organisation…</source>
        <translation>New &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Catégories et clubs…</source>
        <translation>&amp;Categories and clubs…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Importer et fusionner des fichiers…</source>
        <translation>&amp;Import and merge files…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Historique des fusions…</source>
        <translation>Merge &amp;history…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Paramètres de l&apos;association…</source>
        <translation>&amp;Association settings…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Statuts de l&apos;association…</source>
        <translation>Articles of a&amp;ssociation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="174"/>
        <source>&amp;Barème des cotisations…</source>
        <translation>&amp;Fee schedule…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="178"/>
        <source>É&amp;mettre les appels…</source>
        <translation>&amp;Issue the calls…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Enregistrer un paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Relances…</source>
        <translation>&amp;Reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="184"/>
        <source>A&amp;vis d&apos;appel de l&apos;exercice…</source>
        <translation>Dues &amp;notices for the financial year…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185"/>
        <source>Atte&amp;stations de paiement de l&apos;exercice…</source>
        <translation>Payment r&amp;eceipts for the financial year…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="186"/>
        <source>Exporter l&apos;é&amp;tat des cotisations…</source>
        <translation>Export the dues &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="187"/>
        <source>Exporter le &amp;journal des recettes…</source>
        <translation>Export the receipts &amp;journal…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="209"/>
        <source>À &amp;propos d&apos;Adhera</source>
        <translation>&amp;About Adhera</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="229"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Adhérents</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="78"/>
        <source>Modification impossible</source>
        <translation>Change not possible</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="78"/>
        <source>Impossible d&apos;effectuer %1&#xa0;:
%2</source>
        <translation>Could not complete %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>Enregistré&#xa0;: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <source>Annulé&#xa0;: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159"/>
        <source>E&amp;xporter la liste affichée…</source>
        <translation>E&amp;xport the list shown…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="180"/>
        <source>Annuler ou e&amp;xonérer l&apos;appel sélectionné…</source>
        <translation>Cancel or e&amp;xempt the selected call…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Paiements reçus et remise de chèques…</source>
        <translation>Payments received and &amp;cheque remittance…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="183"/>
        <source>Cotisations réglées aux &amp;anciens clubs…</source>
        <translation>Dues paid to f&amp;ormer clubs…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Nouvelle réunion…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Modifier la réunion…</source>
        <translation>&amp;Edit the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Invités et convocations…</source>
        <translation>&amp;Invitees and notices…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Séance…</source>
        <translation>&amp;Session…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Déclaration faite…</source>
        <translation>&amp;Declaration made…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Cotisations</source>
        <translation>&amp;Dues</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Personnes</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Réunions</source>
        <translation>Mee&amp;tings</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Guide des tâches courantes</source>
        <translation>&amp;Everyday tasks guide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="259"/>
        <source>Affic&amp;hage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Adhérents</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="286"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Cotisations</source>
        <translation>Dues</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="290"/>
        <source>Réunions</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>Lorraine Contact Client</source>
        <translation>Lorraine Contact Client</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="327"/>
        <source>Aucun fichier ouvert.
Ouvrez un fichier d&apos;adhérents avec Fichier &gt; Ouvrir.</source>
        <translation>No file open.
Open a member file with File &gt; Open.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="342"/>
        <source>Reprendre la fusion</source>
        <translation>Resume the merge</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="388"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="389"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2

Le fichier actuellement ouvert reste affiché.</source>
        <translation>The file “%1” could not be opened:
%2

The file already open stays on screen.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="457"/>
        <source>Adhera — %1</source>
        <translation>Adhera — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="504"/>
        <source>Le fichier a été modifié en dehors des fiches&#xa0;: les modifications précédentes ne peuvent plus être annulées.</source>
        <translation>The file was changed outside the record editors: earlier changes can no longer be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="583"/>
        <source>Aucun appel pour cet exercice</source>
        <translation>No call for this financial year</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="585"/>
        <source>%1 appel affiché sur %2</source>
        <translation>Calls shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="587"/>
        <source>%1 appels affichés sur %2</source>
        <translation>Calls shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="596"/>
        <source>Aucune réunion</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="598"/>
        <source>%1 réunion affichée sur %2</source>
        <translation>Meetings shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="600"/>
        <source>%1 réunions affichées sur %2</source>
        <translation>Meetings shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="609"/>
        <source>Aucune personne</source>
        <translation>No people</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="611"/>
        <source>%1 personne affichée sur %2</source>
        <translation>People shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="613"/>
        <source>%1 personnes affichées sur %2</source>
        <translation>People shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="622"/>
        <source>Aucun adhérent</source>
        <translation>No members</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="624"/>
        <source>%1 adhérent affiché sur %2</source>
        <translation>Members shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="626"/>
        <source>%1 adhérents affichés sur %2</source>
        <translation>Members shown: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <source>Aucun fichier récent</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="666"/>
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="671"/>
        <source>Nouveau fichier d&apos;adhérents</source>
        <translation>New member file</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="672"/>
        <source>adherents.adhera</source>
        <translation>members.adhera</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="678"/>
        <source>Nouveau fichier</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="679"/>
        <source>Le fichier « %1 » existe déjà.
Pour le rouvrir, utilisez Fichier &gt; Ouvrir.</source>
        <translation>The file “%1” already exists.
To open it again, use File &gt; Open.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="687"/>
        <source>Ouvrir un fichier d&apos;adhérents</source>
        <translation>Open a member file</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="698"/>
        <location filename="../../ui/mainwindow.cpp" line="704"/>
        <location filename="../../ui/mainwindow.cpp" line="710"/>
        <location filename="../../ui/mainwindow.cpp" line="715"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="698"/>
        <source>%1 (copie).adhera</source>
        <translation>%1 (copy).adhera</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="704"/>
        <source>Choisissez un autre nom que celui du fichier ouvert.</source>
        <translation>Choose a name other than that of the open file.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="710"/>
        <source>Le fichier « %1 » ne peut pas être remplacé.</source>
        <translation>The file “%1” cannot be replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="715"/>
        <source>La copie n&apos;a pas pu être enregistrée&#xa0;:
%1</source>
        <translation>The copy could not be saved:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="718"/>
        <source>Copie enregistrée dans « %1 »</source>
        <translation>Copy saved to “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="739"/>
        <source>Fusion enregistrée&#xa0;; elle s&apos;annule par Adhérents &gt; Historique des fusions.</source>
        <translation>Merge saved; it can be undone from Members &gt; Merge history.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="749"/>
        <source>Fusion annulée&#xa0;: ses lignes attendent une nouvelle vérification.</source>
        <translation>Merge undone: its rows wait to be reviewed again.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="762"/>
        <source>1 ligne importée attend d&apos;être vérifiée.</source>
        <translation>1 imported row waits to be reviewed.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="764"/>
        <source>%1 lignes importées attendent d&apos;être vérifiées.</source>
        <translation>%1 imported rows wait to be reviewed.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="781"/>
        <source>À propos d&apos;Adhera</source>
        <translation>About Adhera</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="782"/>
        <source>&lt;h3&gt;Adhera %1&lt;/h3&gt;&lt;p&gt;Gestion des adhérents, des cotisations, des réunions et des assemblées générales de Lorraine Contact Client (L2C).&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Adhera %1&lt;/h3&gt;&lt;p&gt;Members, dues, meetings and general meetings of Lorraine Contact Client (L2C).&lt;/p&gt;&lt;p&gt;Free software distributed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>adhera::MeetingDialog</name>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="57"/>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="66"/>
        <source>Laissé vide&#xa0;: le type et la date</source>
        <translation>Left empty: the type and the date</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="74"/>
        <source>&amp;Fin à</source>
        <translation>&amp;Ends at</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="94"/>
        <source>1re convocation</source>
        <translation>First notice</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="95"/>
        <source>2e convocation</source>
        <translation>Second notice</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="106"/>
        <source>Le président de séance signe le procès-verbal</source>
        <translation>The chair signs the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="109"/>
        <source>Le secrétaire de séance rédige et signe le procès-verbal</source>
        <translation>The secretary of the meeting writes and signs the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="112"/>
        <source>Secrétaire&#xa0;:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="119"/>
        <source>&amp;Type&#xa0;:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="120"/>
        <source>&amp;Intitulé&#xa0;:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="121"/>
        <source>&amp;Date et heure&#xa0;:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="124"/>
        <source>&amp;Lieu&#xa0;:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="125"/>
        <source>&amp;Présidée par&#xa0;:</source>
        <translation>&amp;Chaired by:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="128"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="129"/>
        <source>&amp;Convocation&#xa0;:</source>
        <translation>N&amp;otice of meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="132"/>
        <source>&amp;Notes&#xa0;:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="142"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="144"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="146"/>
        <source>Vers le &amp;haut</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="148"/>
        <source>Vers le &amp;bas</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="184"/>
        <source>Intitulé du p&amp;oint&#xa0;:</source>
        <translation>Item tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="176"/>
        <source>La majorité que les statuts exigent pour ce type de résolution (Paramètres statutaires)</source>
        <translation>The majority the articles of association require for this type of resolution (statutory settings)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="177"/>
        <source>&amp;Vote à bulletin secret</source>
        <translation>Secret &amp;ballot</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="183"/>
        <source>Nat&amp;ure&#xa0;:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="185"/>
        <source>Te&amp;xte&#xa0;:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="186"/>
        <source>&amp;Résolution&#xa0;:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="192"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="271"/>
        <source>Réunion — %1</source>
        <translation>Meeting — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="280"/>
        <source>Nouvelle réunion</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="333"/>
        <source>Le procès-verbal de cette réunion est verrouillé&#xa0;: sa nature, sa date, son lieu, ses signataires et son ordre du jour ne changent plus. L&apos;intitulé, le statut et les notes restent modifiables.</source>
        <translation>The minutes of this meeting are locked: its type, date, place, signatories and agenda no longer change. The title, status and notes can still be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="337"/>
        <source>Des votes sont enregistrés&#xa0;: l&apos;ordre du jour ne change plus. Les autres champs restent modifiables.</source>
        <translation>Votes are recorded: the agenda no longer changes. The other fields can still be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="372"/>
        <source>Délai des statuts&#xa0;: 1 jour, convocations à envoyer au plus tard le %1.</source>
        <translation>Notice period in the articles of association: 1 day, notices to be sent by %1 at the latest.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="373"/>
        <source>Délai des statuts&#xa0;: %1 jours, convocations à envoyer au plus tard le %2.</source>
        <translation>Notice period in the articles of association: %1 days, notices to be sent by %2 at the latest.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="391"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="391"/>
        <source>(sans intitulé)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="393"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="475"/>
        <source>Adoptée à la %1 des %2</source>
        <translation>Carried by %1 of the %2</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="610"/>
        <source>Président de séance&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la liste des personnes.</source>
        <translation>Chair: “%1” is not in the list of persons.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="612"/>
        <source>Secrétaire de séance&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas dans la liste des personnes.</source>
        <translation>Secretary of the meeting: “%1” is not in the list of persons.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="615"/>
        <source>Le président et le secrétaire de séance sont deux personnes différentes&#xa0;: ils signent tous deux le procès-verbal.</source>
        <translation>The chair and the secretary of the meeting are two different persons: both sign the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="622"/>
        <source>Point %1 de l&apos;ordre du jour&#xa0;: indiquez un intitulé.</source>
        <translation>Agenda item %1: enter a title.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="624"/>
        <source>Point %1 « %2 »&#xa0;: rédigez le texte de la résolution soumise au vote.</source>
        <translation>Item %1 “%2”: write the text of the resolution put to the vote.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingdialog.cpp" line="627"/>
        <source>Points %1 et %2&#xa0;: les questions diverses ne figurent qu&apos;une fois à l&apos;ordre du jour.</source>
        <translation>Items %1 and %2: any other business appears only once on the agenda.</translation>
    </message>
</context>
<context>
    <name>adhera::MeetingsPage</name>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="44"/>
        <source>&amp;Nouvelle réunion…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="47"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="49"/>
        <source>La réunion sélectionnée et, pour une assemblée, son ordre du jour</source>
        <translation>The selected meeting and, for a general meeting, its agenda</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="51"/>
        <source>S&amp;éance…</source>
        <translation>&amp;Session…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="53"/>
        <source>L&apos;assemblée en direct&#xa0;: émargement, quorum, votes et procès-verbal</source>
        <translation>The general meeting live: attendance, quorum, votes and minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="55"/>
        <source>&amp;Invités…</source>
        <translation>&amp;Invitees…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="57"/>
        <source>Les invités, leurs réponses, l&apos;envoi des convocations ou invitations et les listes à imprimer</source>
        <translation>The invitees, their replies, the sending of notices or invitations and the lists to print</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="59"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Passées</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Assemblées générales</source>
        <translation>General meetings</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="65"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="66"/>
        <source>&amp;Afficher&#xa0;:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="70"/>
        <location filename="../../ui/assembly/meetingspage.cpp" line="153"/>
        <source>Réunions et assemblées</source>
        <translation>Meetings and general meetings</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="82"/>
        <source>Décla&amp;ration faite…</source>
        <translation>Decla&amp;ration made…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="171"/>
        <source>Aucune réunion pour l&apos;instant.
Cliquez sur « Nouvelle réunion… » pour préparer la prochaine assemblée générale ou un conseil d&apos;administration.</source>
        <translation>No meetings yet.
Click “New meeting…” to prepare the next general meeting or a board meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="173"/>
        <source>Aucune réunion ne correspond à ce filtre.</source>
        <translation>No meeting matches this filter.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="207"/>
        <source>Son procès-verbal est verrouillé&#xa0;: la réunion est conservée avec lui.</source>
        <translation>Its minutes are locked: the meeting is kept with them.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="208"/>
        <source>Supprimer la réunion sélectionnée (Suppr)</source>
        <translation>Delete the selected meeting (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="271"/>
        <source>Déclaration faite</source>
        <translation>Declaration made</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="310"/>
        <source>Supprimer la réunion</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="315"/>
        <source>« %1 » ne peut pas être supprimée&#xa0;: son procès-verbal est verrouillé, la réunion est conservée avec lui.</source>
        <translation>“%1” cannot be deleted: its minutes are locked, and the meeting is kept with them.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/meetingspage.cpp" line="319"/>
        <source>Supprimer « %1 »&#xa0;? Son ordre du jour, ses invités, sa feuille de présence et son procès-verbal en brouillon seront supprimés avec elle.</source>
        <translation>Delete “%1”? Its agenda, guests, attendance sheet and draft minutes will be deleted with it.</translation>
    </message>
</context>
<context>
    <name>adhera::MemberDirectory</name>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="130"/>
        <source>Impossible de compter les adhérents</source>
        <translation>Cannot count the members</translation>
    </message>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="140"/>
        <source>Impossible de lire la liste des adhérents</source>
        <translation>Cannot read the member list</translation>
    </message>
</context>
<context>
    <name>adhera::MemberEditor</name>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="90"/>
        <source>&amp;Catégorie&#xa0;:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="94"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="98"/>
        <source>Club d&apos;&amp;origine&#xa0;:</source>
        <translation>Ori&amp;gin club:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="102"/>
        <source>&amp;Date d&apos;adhésion&#xa0;:</source>
        <translation>&amp;Date joined:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/membereditor.cpp" line="106"/>
        <source>Da&amp;te de départ&#xa0;:</source>
        <translation>Date &amp;left:</translation>
    </message>
</context>
<context>
    <name>adhera::MemberFile</name>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="72"/>
        <source>Impossible de lire l&apos;adhésion</source>
        <translation>Cannot read the membership</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="86"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation>Could not read the calls for dues</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="91"/>
        <source>Cette adhésion a %n appel(s) de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</source>
        <translation>
            <numerusform>This membership has %n call for dues: the accounts keep track of it, it cannot be deleted. Mark the membership “Resigned” instead.</numerusform>
            <numerusform>This membership has %n calls for dues: the accounts keep track of them, it cannot be deleted. Mark the membership “Resigned” instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="98"/>
        <source>Impossible de lire les feuilles de présence</source>
        <translation>Cannot read the attendance sheets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="103"/>
        <source>Cette adhésion figure sur %n feuille(s) de présence d&apos;assemblée : les procès-verbaux en gardent la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</source>
        <translation>
            <numerusform>This membership appears on %n general meeting attendance sheet: the minutes keep a record of it, so it cannot be deleted. Set the membership to “Resigned” instead.</numerusform>
            <numerusform>This membership appears on %n general meeting attendance sheets: the minutes keep a record of it, so it cannot be deleted. Set the membership to “Resigned” instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="115"/>
        <source>Impossible de lire les procès-verbaux</source>
        <translation>Cannot read the minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="120"/>
        <source>Cette personne a signé %n procès-verbal(aux) : le registre la nomme, elle ne peut pas être supprimée.</source>
        <translation>
            <numerusform>This person has signed %n set of minutes: the minute book names them, so they cannot be deleted.</numerusform>
            <numerusform>This person has signed %n sets of minutes: the minute book names them, so they cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="135"/>
        <source>Impossible de supprimer l&apos;adhésion</source>
        <translation>Cannot delete the membership</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="151"/>
        <source>Impossible de remplacer l&apos;adhésion</source>
        <translation>Cannot replace the membership</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="163"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation>Cannot save the membership</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="182"/>
        <source>Impossible de lire la personne</source>
        <translation>Cannot read the person</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="185"/>
        <source>La personne n°%1 n&apos;existe pas.</source>
        <translation>Person no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="210"/>
        <source>Impossible de lire les emplois</source>
        <translation>Cannot read the jobs</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="218"/>
        <source>Impossible de lire les fonctions au bureau</source>
        <translation>Cannot read the board roles</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="227"/>
        <source>Impossible de lire les consentements</source>
        <translation>Cannot read the consents</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="243"/>
        <source>Impossible de lire l&apos;organisation</source>
        <translation>Cannot read the organisation</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="246"/>
        <source>L&apos;organisation n°%1 n&apos;existe pas.</source>
        <translation>Organisation no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="282"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation>Cannot save the person</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="292"/>
        <source>Impossible d&apos;enregistrer les emplois</source>
        <translation>Cannot save the jobs</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="306"/>
        <source>Impossible d&apos;enregistrer les fonctions au bureau</source>
        <translation>Cannot save the board roles</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="320"/>
        <source>Impossible d&apos;enregistrer les consentements</source>
        <translation>Cannot save the consents</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="357"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation>Cannot save the organisation</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="378"/>
        <source>Impossible de supprimer la personne</source>
        <translation>Cannot delete the person</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="410"/>
        <source>Impossible de supprimer l&apos;organisation</source>
        <translation>Cannot delete the organisation</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="436"/>
        <source>Impossible de lire les catégories</source>
        <translation>Cannot read the categories</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="447"/>
        <source>Impossible de lire les clubs d&apos;origine</source>
        <translation>Cannot read the origin clubs</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="458"/>
        <source>Une catégorie a besoin d&apos;un code et d&apos;un nom.</source>
        <translation>A category needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="460"/>
        <source>Type d&apos;adhérent inconnu pour la catégorie « %1 ».</source>
        <translation>Unknown member type for the category “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="471"/>
        <source>Impossible d&apos;enregistrer la catégorie « %1 »</source>
        <translation>Cannot save the category “%1”</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="484"/>
        <source>Un club d&apos;origine a besoin d&apos;un code et d&apos;un nom.</source>
        <translation>An origin club needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="491"/>
        <source>Impossible d&apos;enregistrer le club « %1 »</source>
        <translation>Cannot save the club “%1”</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="504"/>
        <source>Impossible de lire les organisations</source>
        <translation>Cannot read the organisations</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="536"/>
        <location filename="../../core/members/memberfile.cpp" line="578"/>
        <source>Impossible de lire le personnel de l&apos;organisation</source>
        <translation>Cannot read the organisation&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="542"/>
        <source>Impossible de lire les personnes</source>
        <translation>Could not read the persons</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="585"/>
        <source>Impossible de lire les organisations représentées</source>
        <translation>Cannot read the represented organisations</translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="593"/>
        <source>Impossible de compter les fiches</source>
        <translation>Cannot count the records</translation>
    </message>
</context>
<context>
    <name>adhera::MemberTableModel</name>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="75"/>
        <source>%1 — représenté(e) par %2</source>
        <translation>%1 — represented by %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="77"/>
        <source>Sorti(e) le %1</source>
        <translation>Left on %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="112"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="112"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="147"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="148"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="149"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="150"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="151"/>
        <source>Club d&apos;origine</source>
        <translation>Origin club</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="152"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="153"/>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="154"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="155"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="156"/>
        <source>Adhésion</source>
        <translation>Joined</translation>
    </message>
</context>
<context>
    <name>adhera::MembersPage</name>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="70"/>
        <source>Liste des adhérents</source>
        <translation>Member list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="70"/>
        <source>La liste des adhérents n&apos;a pas pu être lue&#xa0;:
%1</source>
        <translation>The member list could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="106"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="108"/>
        <source>Ajouter une organisation adhérente (personne morale)</source>
        <translation>Add a corporate member (an organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="111"/>
        <source>Nouvel adhérent individuel</source>
        <translation>New individual member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="113"/>
        <source>Ajouter une personne qui adhère à titre individuel. Le salarié d&apos;une organisation se saisit depuis la fiche de l&apos;organisation (« Nouveau salarié… ») ou dans « Personnes ».</source>
        <translation>Add a person who joins as an individual. An organisation&apos;s employee is entered from the organisation&apos;s record (“New employee…”) or in “People”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="117"/>
        <location filename="../../ui/pages/memberspage.cpp" line="461"/>
        <location filename="../../ui/pages/memberspage.cpp" line="474"/>
        <location filename="../../ui/pages/memberspage.cpp" line="481"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="119"/>
        <source>Supprimer les adhérents sélectionnés (Suppr)</source>
        <translation>Delete the selected members (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="129"/>
        <location filename="../../ui/pages/memberspage.cpp" line="502"/>
        <source>Adhérents</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="140"/>
        <location filename="../../ui/pages/memberspage.cpp" line="146"/>
        <location filename="../../ui/pages/memberspage.cpp" line="230"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="147"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="148"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="159"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="160"/>
        <source>&amp;Catégorie&#xa0;:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="161"/>
        <source>C&amp;lub d&apos;origine&#xa0;:</source>
        <translation>Origin c&amp;lub:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="162"/>
        <source>T&amp;ype&#xa0;:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="168"/>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="169"/>
        <source>Vider la recherche et remettre tous les filtres à « Tous »</source>
        <translation>Clear the search and set every filter back to “All”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="122"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="99"/>
        <source>Nom, ville, e-mail…</source>
        <translation>Name, city, email…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="100"/>
        <source>Rechercher un adhérent par son nom, sa ville, son e-mail… (Ctrl+F)</source>
        <translation>Search for a member by name, city, email… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="124"/>
        <source>Enregistrer la liste affichée (colonnes visibles, filtres appliqués) pour un tableur, en XLSX ou en CSV</source>
        <translation>Save the list shown (visible columns, filters applied) for a spreadsheet, as XLSX or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="225"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="368"/>
        <source>Aucun adhérent pour l&apos;instant.
Ajoutez-en un avec « Nouvelle organisation » ou « Nouvel adhérent individuel ».</source>
        <translation>No members yet.
Add one with “New organisation” or “New individual member”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="370"/>
        <source>Aucun adhérent ne correspond à la recherche et aux filtres.</source>
        <translation>No member matches the search and filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="455"/>
        <source>Supprimer « %1 » du fichier des adhérents&#xa0;?

Sa fiche et son adhésion seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation>Delete “%1” from the member file?

The record and its membership will be deleted. You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="458"/>
        <source>Supprimer les %1 adhérents sélectionnés du fichier&#xa0;?

Leurs fiches et leurs adhésions seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation>Delete the %1 selected members from the file?

Their records and memberships will be deleted. You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="469"/>
        <source>la suppression de %1 adhérents</source>
        <translation>removal of %1 members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="518"/>
        <location filename="../../ui/pages/memberspage.cpp" line="530"/>
        <source>Exporter la liste des adhérents</source>
        <translation>Export the member list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="531"/>
        <source>adherents.xlsx</source>
        <translation>members.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="531"/>
        <source>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="536"/>
        <source> (filtres appliqués, sur %1 au total)</source>
        <translation> (filters applied, out of %1 in all)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/memberspage.cpp" line="539"/>
        <source>%n adhérent(s) enregistré(s) dans « %1 »%2.</source>
        <translation>
            <numerusform>%n member saved in “%1”%2.</numerusform>
            <numerusform>%n members saved in “%1”%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="546"/>
        <source>Colonnes affichées</source>
        <translation>Visible columns</translation>
    </message>
</context>
<context>
    <name>adhera::MergeHistoryDialog</name>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="28"/>
        <source>Historique des fusions</source>
        <translation>Merge history</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="30"/>
        <source>Chaque import fusionné s&apos;annule ici, en entier ou fiche par fiche&#xa0;: les fiches créées ou complétées reviennent à leur état d&apos;avant et leurs lignes importées retournent à la vérification.</source>
        <translation>Each merged import can be undone here, whole or record by record: the records created or completed go back to what they were and their imported rows return to review.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="37"/>
        <source>&amp;Import&#xa0;:</source>
        <translation>&amp;Import:</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="41"/>
        <source>Ma&amp;squer les fiches annulées</source>
        <translation>&amp;Hide undone records</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="67"/>
        <source>Annuler cette &amp;fiche…</source>
        <translation>Undo this &amp;record…</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="70"/>
        <source>Annuler &amp;tout cet import…</source>
        <translation>Undo this &amp;whole import…</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="75"/>
        <source>Fer&amp;mer</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="116"/>
        <source>%1 — %2 — %n fiche(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n record</numerusform>
            <numerusform>%1 — %2 — %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="118"/>
        <source>fichiers inconnus</source>
        <translation>unknown files</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="120"/>
        <source> (annulé)</source>
        <translation> (undone)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="122"/>
        <source> (dont %n annulée(s))</source>
        <translation>
            <numerusform> (%n undone)</numerusform>
            <numerusform> (%n undone)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="152"/>
        <source>Toutes les fusions ont été annulées.</source>
        <translation>Every merge has been undone.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="154"/>
        <source>Aucune fusion pour l&apos;instant.
Les fusions faites avec Adhérents &gt; Importer et fusionner des fichiers… apparaissent ici.</source>
        <translation>No merge yet.
Merges made with Members &gt; Import and merge files… appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="170"/>
        <source>La fiche revient à son état d&apos;avant la fusion et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation>The record returns to its state before the merge and the imported lines it came from go back to review: Members &gt; Import and merge files… will offer them again.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="172"/>
        <source>La fiche créée est retirée du fichier et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation>The record created is removed from the file and the imported lines it came from go back to review: Members &gt; Import and merge files… will offer them again.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="174"/>
        <source>Annuler cette fiche</source>
        <translation>Undo this record</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="175"/>
        <source>Annuler « %1 »&#xa0;?

%2

Une sauvegarde du fichier est faite avant l&apos;annulation.</source>
        <translation>Undo “%1”?

%2

The file is backed up before the undo.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="194"/>
        <source>Annuler tout cet import</source>
        <translation>Undo this whole import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="195"/>
        <source>Annuler tout l&apos;import du %1 (%2)&#xa0;?

%n fiche(s) encore en vigueur revien(nen)t à leur état d&apos;avant la fusion, ou disparaissent si la fusion les a créées&#xa0;; toutes les lignes importées retournent à la vérification.

Une sauvegarde du fichier est faite avant l&apos;annulation.</source>
        <translation>
            <numerusform>Undo the whole import of %1 (%2)?

The %n record still in force goes back to what it was before the merge, or goes away if the merge created it; every imported row returns to review.

The file is backed up before the undo.</numerusform>
            <numerusform>Undo the whole import of %1 (%2)?

The %n records still in force go back to what they were before the merge, or go away if the merge created them; every imported row returns to review.

The file is backed up before the undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="214"/>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="217"/>
        <source>Annulation impossible</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="214"/>
        <source>%1

Rien n&apos;a été modifié.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="217"/>
        <source>L&apos;annulation a échoué&#xa0;:
%1

Rien n&apos;a été modifié.</source>
        <translation>The undo failed:
%1

Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>adhera::MergeWizard</name>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="22"/>
        <source>Importer et fusionner des fichiers d&apos;adhérents</source>
        <translation>Import and merge member files</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="27"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="25"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="26"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="28"/>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="68"/>
        <source>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de les reprendre.</source>
        <translation>Close the wizard without merging? The files stay saved in the member file: next time, the wizard will offer to take them up again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergewizard.cpp" line="70"/>
        <source>Fermer l&apos;assistant sans fusionner&#xa0;? Les fichiers et vos %n décision(s) restent enregistrés dans le fichier des adhérents&#xa0;: à la prochaine ouverture, l&apos;assistant vous proposera de reprendre la revue.</source>
        <translation>
            <numerusform>Close the wizard without merging? The files and your %n decision stay saved in the member file: next time, the wizard will offer to take up the review.</numerusform>
            <numerusform>Close the wizard without merging? The files and your %n decisions stay saved in the member file: next time, the wizard will offer to take up the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/mergewizard.cpp" line="75"/>
        <source>Fermer l&apos;assistant&#xa0;? Les %n fichier(s) choisi(s) et leurs colonnes ne sont pas encore enregistrés&#xa0;: il faudra les choisir à nouveau.</source>
        <translation>
            <numerusform>Close the wizard? The %n file chosen and its columns are not saved yet: you will have to choose it again.</numerusform>
            <numerusform>Close the wizard? The %n files chosen and their columns are not saved yet: you will have to choose them again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="79"/>
        <source>Importer et fusionner</source>
        <translation>Import and merge</translation>
    </message>
</context>
<context>
    <name>adhera::Migrator</name>
    <message>
        <location filename="../../core/db/migrator.cpp" line="78"/>
        <source>Impossible de lire la version du fichier</source>
        <translation>Cannot read the file&apos;s version</translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="85"/>
        <source>Ce fichier a été enregistré par une version plus récente d&apos;Adhera (schéma %1 ; cette version connaît le schéma %2). Mettez Adhera à jour pour l&apos;ouvrir.</source>
        <translation>This file was saved by a newer version of Adhera (schema %1; this version knows schema %2). Update Adhera to open it.</translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="93"/>
        <source>Ce fichier doit être mis à jour (schéma %1 vers %2), ce qui est impossible en lecture seule.</source>
        <translation>This file needs an upgrade (schema %1 to %2), which is impossible when it is read-only.</translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="111"/>
        <source>Échec de la migration %1 (%2)</source>
        <translation>Migration %1 (%2) failed</translation>
    </message>
    <message>
        <location filename="../../core/db/migrator.cpp" line="117"/>
        <source>Impossible d&apos;enregistrer la version du schéma</source>
        <translation>Cannot save the schema version</translation>
    </message>
</context>
<context>
    <name>adhera::MonthlyChart</name>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="35"/>
        <source>Encaissé et attendu par mois</source>
        <translation>Collected and expected by month</translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="74"/>
        <source>%1&#xa0;: attendu %2, encaissé %3</source>
        <translation>%1: expected %2, collected %3</translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="103"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/dues/monthlychart.cpp" line="103"/>
        <source>Encaissé</source>
        <translation>Collected</translation>
    </message>
</context>
<context>
    <name>adhera::OptionalDateEdit</name>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="24"/>
        <source>Cocher pour indiquer une date</source>
        <translation>Tick to enter a date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="25"/>
        <source>Date connue</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="30"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>adhera::OrganisationEditor</name>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="43"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="43"/>
        <source>Organisation — %1</source>
        <translation>Organisation — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="53"/>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="54"/>
        <source>&amp;Adhésion</source>
        <translation>&amp;Membership</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="55"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="70"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="73"/>
        <source>N&amp;om&#xa0;:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="81"/>
        <source>&amp;Forme juridique&#xa0;:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="83"/>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="84"/>
        <source>S&amp;IREN&#xa0;:</source>
        <translation>S&amp;IREN:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="86"/>
        <source>14 chiffres&#xa0;: SIREN + NIC</source>
        <translation>14 digits: SIREN + NIC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="87"/>
        <source>SI&amp;RET&#xa0;:</source>
        <translation>SI&amp;RET:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="90"/>
        <source>— non renseignée —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="91"/>
        <source>1 à 49 salariés</source>
        <translation>1 to 49 employees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="92"/>
        <source>50 à 199 salariés</source>
        <translation>50 to 199 employees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="93"/>
        <source>200 à 499 salariés</source>
        <translation>200 to 499 employees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="94"/>
        <source>500 salariés et plus</source>
        <translation>500 employees or more</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="95"/>
        <source>Tranche d&apos;effe&amp;ctif&#xa0;:</source>
        <translation>&amp;Headcount band:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="97"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="101"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="104"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="106"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="108"/>
        <source>ex. 03 87 12 34 56</source>
        <translation>e.g. 03 87 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="110"/>
        <source>Télé&amp;phone&#xa0;:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="112"/>
        <source>ex. contact@exemple.fr</source>
        <translation>e.g. contact@example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="113"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="115"/>
        <source>ex. www.exemple.fr</source>
        <translation>e.g. www.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="116"/>
        <source>Site &amp;web&#xa0;:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="132"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="146"/>
        <source>Adhé&amp;rent</source>
        <translation>M&amp;ember</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="150"/>
        <source>Re&amp;présentant (titulaire)&#xa0;:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="153"/>
        <source>S&amp;uppléant&#xa0;:</source>
        <translation>&amp;Alternate:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="155"/>
        <source>Salariés actuels</source>
        <translation>Current staff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="164"/>
        <source>Saisir la fiche d&apos;une personne qui travaille ici ; elle est enregistrée avec l&apos;organisation</source>
        <translation>Enter the record of a person who works here; it is saved with the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="166"/>
        <source>Le représentant et le suppléant se choisissent parmi les salariés actuels. Une personne déjà dans le fichier se rattache depuis sa fiche (onglet Emploi).</source>
        <translation>The representative and the alternate are chosen among the current staff. A person already in the file is linked from their own record (Job tab).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="202"/>
        <source>%1 (enregistré avec l&apos;organisation)</source>
        <translation>%1 (saved with the organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="187"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="162"/>
        <source>Nouveau sa&amp;larié…</source>
        <translation>New emplo&amp;yee…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="191"/>
        <source>%1 (nouveau)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="197"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="204"/>
        <source>Aucun salarié rattaché à l&apos;organisation.</source>
        <translation>No employees linked to the organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="213"/>
        <source>(la nouvelle organisation)</source>
        <translation>(the new organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="256"/>
        <source>personne n° %1</source>
        <translation>person no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="257"/>
        <source>%1 (ne fait plus partie du personnel)</source>
        <translation>%1 (no longer on the staff)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="312"/>
        <source>Le suppléant doit être une autre personne que le représentant titulaire.</source>
        <translation>The alternate must be a different person from the representative.</translation>
    </message>
</context>
<context>
    <name>adhera::OriginPage</name>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="33"/>
        <source>Cette fiche vient des lignes importées ci-dessous, gardées telles qu&apos;elles ont été lues.</source>
        <translation>This record comes from the imported lines below, kept exactly as they were read.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="35"/>
        <source>Importé le</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="36"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/originpage.cpp" line="36"/>
        <source>Valeur d&apos;origine</source>
        <translation>Original value</translation>
    </message>
</context>
<context>
    <name>adhera::PairComparison</name>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="62"/>
        <source>Cliquez sur une valeur pour la garder dans la fiche fusionnée.</source>
        <translation>Click a value to keep it in the merged record.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="64"/>
        <source>Garder les deux e-mails</source>
        <translation>Keep both e-mails</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="66"/>
        <source>Garder les deux téléphones</source>
        <translation>Keep both phones</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <location filename="../../ui/merge/paircomparison.cpp" line="113"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <source>Fiche A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <source>Fiche B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="109"/>
        <location filename="../../ui/merge/paircomparison.cpp" line="113"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="172"/>
        <source>Valeur gardée</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="177"/>
        <source>votre choix</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="181"/>
        <source>à vous de choisir&#xa0;: deux valeurs valides</source>
        <translation>yours to choose: two valid values</translation>
    </message>
</context>
<context>
    <name>adhera::PairTableModel</name>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="79"/>
        <source>Sûr</source>
        <translation>Sure</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="80"/>
        <source>À vérifier</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="81"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="89"/>
        <source>Entre fichiers</source>
        <translation>Across files</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="90"/>
        <source>Dans un fichier</source>
        <translation>Within a file</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="91"/>
        <source>Déjà adhérent</source>
        <translation>Already a member</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="99"/>
        <source>À décider</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="100"/>
        <source>Acceptée</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="101"/>
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="138"/>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="149"/>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="166"/>
        <source>Déjà déclarée « pas un doublon » lors d&apos;une fusion précédente</source>
        <translation>Already marked “not a duplicate” in an earlier merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="170"/>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="171"/>
        <source>Niveau</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="172"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="173"/>
        <source>Fiche A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="174"/>
        <source>Fiche B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="175"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>adhera::PaymentDialog</name>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="52"/>
        <location filename="../../ui/dues/paymentdialog.cpp" line="401"/>
        <source>Enregistrer un paiement</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="62"/>
        <source>0,00 €</source>
        <translation>0.00 €</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="83"/>
        <source>Libellé du virement, n° de transaction…</source>
        <translation>Transfer label, transaction number…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="97"/>
        <source>&amp;Date&#xa0;:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="98"/>
        <source>&amp;Montant&#xa0;:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="101"/>
        <source>Mode de &amp;paiement&#xa0;:</source>
        <translation>Payment &amp;method:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="102"/>
        <source>N° de &amp;chèque&#xa0;:</source>
        <translation>&amp;Cheque no.:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>&amp;Banque&#xa0;:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="104"/>
        <source>&amp;Référence&#xa0;:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="105"/>
        <source>P&amp;ayeur&#xa0;:</source>
        <translation>Pa&amp;yer:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="109"/>
        <source>Montant affecté</source>
        <translation>Amount allocated</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="131"/>
        <source>Nom de l&apos;adhérent, n° d&apos;appel, exercice…</source>
        <translation>Member&apos;s name, call no., financial year…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="135"/>
        <source>Autre appel à ré&amp;gler&#xa0;:</source>
        <translation>&amp;Other call to settle:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="142"/>
        <source>A&amp;jouter</source>
        <translation>Add ca&amp;ll</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="240"/>
        <source>%1 — %2 — reste dû %3</source>
        <translation>%1 — %2 — %3 outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="159"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="162"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="166"/>
        <source>Affectation aux appels</source>
        <translation>Allocation to calls</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="247"/>
        <source>Aucun autre appel ouvert.</source>
        <translation>No other open call.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="247"/>
        <source>Aucun appel ouvert ne correspond.</source>
        <translation>No open call matches.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="331"/>
        <source>Saisissez le montant reçu.</source>
        <translation>Enter the amount received.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="332"/>
        <source>Montant invalide&#xa0;: écrivez par exemple 250,00.</source>
        <translation>Invalid amount: write for example 250,00.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="351"/>
        <source>Montant affecté à l&apos;appel %1 invalide&#xa0;: « %2 ».</source>
        <translation>Invalid amount allocated to the call %1: “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="369"/>
        <source>Non affecté&#xa0;: —</source>
        <translation>Unallocated: —</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="377"/>
        <source>Affecté au-delà du paiement&#xa0;: %1</source>
        <translation>Allocated beyond the payment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="379"/>
        <source>Non affecté&#xa0;: %1</source>
        <translation>Unallocated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="402"/>
        <source>%1 ne sont affectés à aucun appel et resteront un avoir pour le payeur.
Enregistrer quand même&#xa0;?</source>
        <translation>%1 are allocated to no call and will stay a credit for the payer.
Save anyway?</translation>
    </message>
</context>
<context>
    <name>adhera::PaymentsDialog</name>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="54"/>
        <source>Paiements reçus — exercice %1</source>
        <translation>Payments received — financial year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="56"/>
        <source>Seulement les &amp;chèques à remettre en banque (tous exercices)</source>
        <translation>Only the &amp;cheques to pay in at the bank (all years)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Pièce</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Payeur</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Mode</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>N° de chèque</source>
        <translation>Cheque no.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="62"/>
        <source>Remise</source>
        <translation>Remittance</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="76"/>
        <source>Remis en banque &amp;le&#xa0;:</source>
        <translation>Paid in &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="78"/>
        <source>&amp;Bordereau de remise…</source>
        <translation>Remittance &amp;slip…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="80"/>
        <source>Inscrire les chèques cochés sur un bordereau, l&apos;enregistrer en PDF pour la banque</source>
        <translation>Put the ticked cheques on a remittance slip and save it as a PDF for the bank</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="81"/>
        <source>Déjà remis &amp;sans bordereau…</source>
        <translation>Already remitted &amp;without a slip…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="83"/>
        <source>Les chèques cochés ont déjà été portés à la banque sans bordereau d&apos;Adhera (avant qu&apos;Adhera ne fasse les bordereaux, ou sur le formulaire de la banque)&#xa0;: ils ne sont plus proposés</source>
        <translation>The ticked cheques were already taken to the bank without an Adhera slip (before Adhera made slips, or on the bank&apos;s own form): they are no longer offered</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="87"/>
        <source>&amp;Réimprimer…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="89"/>
        <source>Bordereaux &amp;faits&#xa0;:</source>
        <translation>Slips &amp;made:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="106"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="156"/>
        <source>%1 du %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="220"/>
        <source>Aucun chèque à remettre en banque.</source>
        <translation>No cheque to pay in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="221"/>
        <source>%n chèque(s) coché(s) sur %1, total %2 (Espace coche ou décoche la ligne).</source>
        <translation>
            <numerusform>%n cheque ticked out of %1, total %2 (Space ticks or unticks the row).</numerusform>
            <numerusform>%n cheques ticked out of %1, total %2 (Space ticks or unticks the row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="231"/>
        <source>%n paiement(s) reçu(s) sur l&apos;exercice, total %1.</source>
        <translation>
            <numerusform>%n payment received in the financial year, total %1.</numerusform>
            <numerusform>%n payments received in the financial year, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="46"/>
        <source>Bordereau de remise de chèques</source>
        <translation>Cheque remittance slip</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="242"/>
        <source>Chèques déjà remis</source>
        <translation>Cheques already remitted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="244"/>
        <source>Marquer %n chèque(s), total %1, comme déjà remis en banque sans bordereau d&apos;Adhera&#xa0;?

Ils ne seront plus proposés pour un bordereau, et aucun bordereau n&apos;est créé pour eux&#xa0;: la liste des paiements les dit « sans bordereau ».</source>
        <translation>
            <numerusform>Mark %n cheque, total %1, as already remitted to the bank without an Adhera slip?

It will no longer be offered for a slip, and no slip is made for it: the list of payments says “without a slip”.</numerusform>
            <numerusform>Mark %n cheques, total %1, as already remitted to the bank without an Adhera slip?

They will no longer be offered for a slip, and no slip is made for them: the list of payments says “without a slip”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="256"/>
        <source>%n chèque(s) marqué(s) comme déjà remis.</source>
        <translation>
            <numerusform>%n cheque marked as already remitted.</numerusform>
            <numerusform>%n cheques marked as already remitted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="270"/>
        <source>La remise %1 est enregistrée, mais son bordereau n&apos;a pas pu être écrit&#xa0;: %2
Réimprimez-le depuis « Bordereaux faits ».</source>
        <translation>Remittance %1 is recorded, but its slip could not be written: %2
Reprint it from “Slips made”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="282"/>
        <source>bordereau-remise-%1.pdf</source>
        <translation>remittance-slip-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="282"/>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="301"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/paymentsdialog.cpp" line="288"/>
        <source>%n chèque(s) inscrit(s) sur le bordereau enregistré dans « %1 ».</source>
        <translation>
            <numerusform>%n cheque put on the slip saved in “%1”.</numerusform>
            <numerusform>%n cheques put on the slip saved in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="301"/>
        <source>bordereau %1</source>
        <translation>slip %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentsdialog.cpp" line="308"/>
        <source>Le bordereau %1 est enregistré dans « %2 ».</source>
        <translation>Slip %1 is saved in “%2”.</translation>
    </message>
</context>
<context>
    <name>adhera::PeoplePage</name>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="32"/>
        <location filename="../../ui/pages/peoplepage.cpp" line="58"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="36"/>
        <source>Rechercher une personne (nom, employeur, fonction, ville…)</source>
        <translation>Search for a person (name, employer, job title, city…)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="44"/>
        <source>Toutes les personnes</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="45"/>
        <source>Représentants des adhérents</source>
        <translation>Member representatives</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="46"/>
        <source>Bureau et conseil d&apos;administration</source>
        <translation>Executive committee and board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="47"/>
        <source>Adhérents à titre individuel</source>
        <translation>Individual members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="49"/>
        <source>&amp;Afficher&#xa0;:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="52"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="54"/>
        <source>Ajouter un contact, un représentant ou un adhérent individuel</source>
        <translation>Add a contact, a representative or an individual member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="112"/>
        <source>Aucune personne dans ce fichier.
Ajoutez-en une avec « Nouvelle personne ».</source>
        <translation>No people in this file.
Add one with “New person”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peoplepage.cpp" line="113"/>
        <source>Aucune personne ne correspond à la recherche.</source>
        <translation>No person matches the search.</translation>
    </message>
</context>
<context>
    <name>adhera::PersonCombo</name>
    <message>
        <location filename="../../ui/widgets/personcombo.cpp" line="40"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>adhera::PersonDirectory</name>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="85"/>
        <source>Impossible de compter les personnes</source>
        <translation>Cannot count the people</translation>
    </message>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="95"/>
        <source>Impossible de lire la liste des personnes</source>
        <translation>Cannot read the list of people</translation>
    </message>
</context>
<context>
    <name>adhera::PersonEditor</name>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="64"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="64"/>
        <source>Nouvel adhérent individuel</source>
        <translation>New individual member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="65"/>
        <source>Personne — %1</source>
        <translation>Person — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="73"/>
        <source>&amp;Identité</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="74"/>
        <source>Em&amp;ploi</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="75"/>
        <source>&amp;Adhésion</source>
        <translation>&amp;Membership</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="76"/>
        <source>RGPD et &amp;notes</source>
        <translation>GDPR and &amp;notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="82"/>
        <source>&amp;Origine</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="100"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="104"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="522"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="105"/>
        <source>M.</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="106"/>
        <source>Mme</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="107"/>
        <source>&amp;Civilité&#xa0;:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="109"/>
        <source>P&amp;rénom&#xa0;:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="111"/>
        <source>N&amp;om&#xa0;:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="113"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="116"/>
        <source>ex. prenom.nom@exemple.fr</source>
        <translation>e.g. firstname.lastname@example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="117"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="119"/>
        <source>ex. 03 87 12 34 56</source>
        <translation>e.g. 03 87 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="121"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="123"/>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="125"/>
        <source>Mo&amp;bile&#xa0;:</source>
        <translation>Mo&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="128"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="131"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="133"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="138"/>
        <source>La langue des avis d&apos;appel, attestations, relances et convocations adressés à cette personne, ou à l&apos;organisme qu&apos;elle représente</source>
        <translation>The language of the dues notices, receipts, reminders and notices of meeting sent to this person, or to the organisation they represent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="140"/>
        <source>Lan&amp;gue des courriers&#xa0;:</source>
        <translation>Lan&amp;guage of letters:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="159"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="163"/>
        <source>Tapez une partie du nom</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <source>Emplo&amp;yeur&#xa0;:</source>
        <translation>Emplo&amp;yer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="168"/>
        <source>Le début de l&apos;emploi actuel ; quand l&apos;employeur change, la date du changement</source>
        <translation>When the current job began; when the employer changes, the date of the change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="169"/>
        <source>Em&amp;bauche ou changement le&#xa0;:</source>
        <translation>Start or &amp;change date:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="171"/>
        <source>ex. Directrice de la relation client</source>
        <translation>e.g. Head of customer relations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="172"/>
        <source>&amp;Fonction&#xa0;:</source>
        <translation>Job &amp;title:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="174"/>
        <source>Historique des emplois</source>
        <translation>Job history</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <source>Fonction</source>
        <comment>the job held</comment>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="188"/>
        <source>Changer d&apos;employeur clôt l&apos;emploi en cours à la date du changement et en ouvre un nouveau : l&apos;historique est conservé.</source>
        <translation>Changing the employer ends the current job on the date of the change and starts a new one: the history is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="215"/>
        <source>Adhérent à titre indi&amp;viduel</source>
        <translation>Indi&amp;vidual member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="217"/>
        <source>Fonctions au bureau / CA</source>
        <translation>Executive committee / board roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="219"/>
        <source>Fonction</source>
        <comment>the seat on the board</comment>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="225"/>
        <source>A&amp;jouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="228"/>
        <source>Reti&amp;rer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="260"/>
        <source>Consentements (RGPD)</source>
        <translation>Consents (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="264"/>
        <source>Ann&amp;uaire des adhérents</source>
        <translation>Member &amp;directory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="264"/>
        <source>Accepte de paraître dans l&apos;annuaire remis aux adhérents</source>
        <translation>Agrees to appear in the directory given to members</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="265"/>
        <source>&amp;Lettre d&apos;information</source>
        <translation>News&amp;letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="265"/>
        <source>Accepte de recevoir la lettre d&apos;information</source>
        <translation>Agrees to receive the newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="266"/>
        <source>P&amp;hotos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="266"/>
        <source>Accepte la publication de photos où la personne figure</source>
        <translation>Agrees to the publication of photos showing them</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="281"/>
        <source>La date de recueil devient celle du jour quand une case change.</source>
        <translation>The consent date becomes today&apos;s date when a box is ticked or cleared.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="286"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="315"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="538"/>
        <source>Organisation n° %1</source>
        <translation>Organisation no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="499"/>
        <source>Aucune organisation ne s&apos;appelle « %1 » : choisissez l&apos;employeur dans la liste.</source>
        <translation>No organisation is called “%1”: choose the employer from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="504"/>
        <source>Indiquez la date du changement d&apos;employeur.</source>
        <translation>Give the date of the change of employer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="507"/>
        <source>Le changement d&apos;employeur ne peut pas précéder le début de l&apos;emploi en cours (%1).</source>
        <translation>The change of employer cannot come before the current job began (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="523"/>
        <source>en cours</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="596"/>
        <source>jamais demandé</source>
        <translation>never asked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="598"/>
        <source>accord recueilli le %1</source>
        <translation>agreed on %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="600"/>
        <source>refus recueilli le %1</source>
        <translation>refused on %1</translation>
    </message>
</context>
<context>
    <name>adhera::PersonTableModel</name>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="50"/>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="52"/>
        <source>Adhérent individuel</source>
        <translation>Individual member</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="86"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="87"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="88"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="89"/>
        <source>Rôle au club</source>
        <translation>Role in the club</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="90"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="91"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models/persontablemodel.cpp" line="92"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>adhera::RecordEditing</name>
    <message>
        <location filename="../../ui/recordediting.cpp" line="26"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/recordediting.cpp" line="26"/>
        <source>La fiche n&apos;a pas pu être lue&#xa0;:
%1</source>
        <translation>The record could not be read:
%1</translation>
    </message>
</context>
<context>
    <name>adhera::ReferenceDataDialog</name>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="89"/>
        <source>Catégories d&apos;adhésion et clubs d&apos;origine</source>
        <translation>Membership categories and origin clubs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="103"/>
        <source>&amp;Catégories d&apos;adhésion</source>
        <translation>Membership &amp;categories</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="104"/>
        <source>Clubs d&apos;&amp;origine</source>
        <translation>&amp;Origin clubs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="106"/>
        <source>Rien ne se supprime ici : une catégorie ou un club reste attaché aux adhésions qui l&apos;utilisent. Renommez-le au besoin.</source>
        <translation>Nothing can be deleted here: a category or a club stays attached to the memberships that use it. Rename it if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="113"/>
        <source>Enregistrer les listes (Ctrl+Entrée)</source>
        <translation>Save the lists (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="171"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="171"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="141"/>
        <source>Peut être détenue par</source>
        <translation>Can be held by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="144"/>
        <source>&amp;Ajouter une catégorie</source>
        <translation>&amp;Add category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="173"/>
        <source>A&amp;jouter un club</source>
        <translation>Add c&amp;lub</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="206"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="207"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="208"/>
        <source>Les deux</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="274"/>
        <source>Ligne %1&#xa0;: le code est obligatoire.</source>
        <translation>Row %1: the code is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="279"/>
        <source>Le code « %1 » figure deux fois (lignes %2 et %3).</source>
        <translation>The code “%1” appears twice (rows %2 and %3).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="285"/>
        <source>Ligne %1&#xa0;: le nom est obligatoire.</source>
        <translation>Row %1: the name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="330"/>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="356"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="331"/>
        <source>La catégorie « %1 » n&apos;a pas pu être enregistrée&#xa0;: %2</source>
        <translation>The category “%1” could not be saved: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/referencedatadialog.cpp" line="357"/>
        <source>Le club « %1 » n&apos;a pas pu être enregistré&#xa0;: %2</source>
        <translation>The club “%1” could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>adhera::RemindersDialog</name>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="37"/>
        <source>Relances — exercice %1</source>
        <translation>Reminders — financial year %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="41"/>
        <source>1re relance&#xa0;: jamais relancés</source>
        <translation>1st reminder: never reminded</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="42"/>
        <source>2e relance&#xa0;: relancés une fois</source>
        <translation>2nd reminder: reminded once</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="43"/>
        <source>Déjà relancés deux fois</source>
        <translation>Already reminded twice</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="44"/>
        <source>&amp;Relance&#xa0;:</source>
        <translation>&amp;Reminder:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="53"/>
        <source>&amp;Date d&apos;envoi&#xa0;:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="58"/>
        <source>courrier</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="59"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="60"/>
        <source>&amp;par&#xa0;:</source>
        <translation>&amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>N° d&apos;appel</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>Relances envoyées</source>
        <translation>Reminders sent</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="70"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="83"/>
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="85"/>
        <source>Tout décocher</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="88"/>
        <source>Lettres en un PDF…</source>
        <translation>Letters in one PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="90"/>
        <source>Un seul PDF à imprimer, une lettre par adhérent coché</source>
        <translation>A single PDF to print, one letter per ticked member</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="92"/>
        <source>Un PDF par adhérent…</source>
        <translation>One PDF per member…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="94"/>
        <source>Une lettre par fichier dans un dossier, pour les joindre à des e-mails</source>
        <translation>One letter per file in a folder, to attach to emails</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="96"/>
        <source>Liste d&apos;envoi CSV…</source>
        <translation>CSV mailing list…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="98"/>
        <source>Les adresses e-mail et les montants dus, pour un publipostage</source>
        <translation>The email addresses and amounts due, for a mail merge</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="100"/>
        <source>Marquer comme envoyées</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="102"/>
        <source>Enregistrer la relance des adhérents cochés à la date d&apos;envoi</source>
        <translation>Record the reminder of the ticked members on the date sent</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="106"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="176"/>
        <source>1re le %1</source>
        <translation>No. 1 on %1</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="178"/>
        <source>%1e le %2</source>
        <translation>No. %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="185"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="227"/>
        <source>Au %1, aucun appel échu à ce niveau de relance.</source>
        <translation>As of %1, no overdue call at this reminder level.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/remindersdialog.cpp" line="229"/>
        <source>Au %1&#xa0;: %n appel(s) échu(s), %2 restant dus&#xa0;; %3 coché(s).</source>
        <translation>
            <numerusform>As of %1: %n overdue call, %2 outstanding; %3 ticked.</numerusform>
            <numerusform>As of %1: %n overdue calls, %2 outstanding; %3 ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/remindersdialog.cpp" line="295"/>
        <source>%1

Enregistrer la relance n°%2 comme envoyée le %3 pour %n adhérent(s)&#xa0;?</source>
        <translation>
            <numerusform>%1

Record reminder no. %2 as sent on %3 for %n member?</numerusform>
            <numerusform>%1

Record reminder no. %2 as sent on %3 for %n members?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="305"/>
        <source>relances-%1-niveau-%2.pdf</source>
        <translation>reminders-%1-level-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="306"/>
        <source>Enregistrer les lettres de relance</source>
        <translation>Save the reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="306"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="310"/>
        <source>Les lettres sont enregistrées dans « %1 ».</source>
        <translation>The letters are saved in “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="315"/>
        <source>Dossier des lettres de relance</source>
        <translation>Folder for the reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="319"/>
        <source>Les lettres sont enregistrées dans le dossier « %1 ».</source>
        <translation>The letters are saved in the folder “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="324"/>
        <source>relances-%1-niveau-%2.csv</source>
        <translation>reminders-%1-level-%2.csv</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="325"/>
        <source>Enregistrer la liste d&apos;envoi</source>
        <translation>Save the mailing list</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="325"/>
        <source>CSV pour Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dues/remindersdialog.cpp" line="329"/>
        <source>La liste d&apos;envoi est enregistrée dans « %1 ».</source>
        <translation>The mailing list is saved in “%1”.</translation>
    </message>
</context>
<context>
    <name>adhera::RemoveOrganisationCommand</name>
    <message>
        <location filename="../../ui/commands/removeorganisationcommand.cpp" line="36"/>
        <source>la suppression de « %1 »</source>
        <translation>removal of “%1”</translation>
    </message>
</context>
<context>
    <name>adhera::RemovePersonCommand</name>
    <message>
        <location filename="../../ui/commands/removepersoncommand.cpp" line="37"/>
        <source>la suppression de « %1 »</source>
        <translation>removal of “%1”</translation>
    </message>
</context>
<context>
    <name>adhera::ReversalDialog</name>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="50"/>
        <source>Annuler un paiement</source>
        <translation>Reverse a payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="52"/>
        <source>Le paiement n&apos;est pas effacé&#xa0;: une écriture inverse est enregistrée à la date choisie, et chaque appel qu&apos;il a réglé redevient dû d&apos;autant (paiements de l&apos;appel %1, %2).</source>
        <translation>The payment is not erased: an opposite entry is recorded on the chosen date, and each call it settled becomes due again by as much (payments of call %1, %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="61"/>
        <source>%1 du %2 — %3, %4</source>
        <translation>%1 of %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="73"/>
        <source>Chèque impayé, erreur de saisie…</source>
        <translation>Bounced cheque, typing error…</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="87"/>
        <source>&amp;Paiement&#xa0;:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="88"/>
        <source>Appels réglés&#xa0;:</source>
        <translation>Calls settled:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="89"/>
        <source>&amp;Date&#xa0;:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="90"/>
        <source>&amp;Motif&#xa0;:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="93"/>
        <source>Annuler le paiement</source>
        <translation>Reverse the payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="95"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="113"/>
        <source>%1 (%2)&#xa0;: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="114"/>
        <source>appel n°%1&#xa0;: %2</source>
        <translation>call no. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="129"/>
        <source>Indiquez le motif de l&apos;annulation.</source>
        <translation>Give the reason for the reversal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues/reversaldialog.cpp" line="138"/>
        <source>Le paiement %1 (%2) a réglé %n appel(s)&#xa0;:

%3

L&apos;annuler les rend tous dus à nouveau. Annuler ce paiement&#xa0;?</source>
        <translation>
            <numerusform>Payment %1 (%2) settled %n call:

%3

Cancelling it makes it due again. Cancel this payment?</numerusform>
            <numerusform>Payment %1 (%2) settled %n calls:

%3

Cancelling it makes them all due again. Cancel this payment?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::ReviewPage</name>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="29"/>
        <source>Vérification</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="30"/>
        <source>Acceptez les vrais doublons, rejetez les autres. Les paires non tranchées ne sont pas fusionnées.</source>
        <translation>Accept the true duplicates, reject the others. Undecided pairs are not merged.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="37"/>
        <source>Sûrs et à vérifier</source>
        <translation>Sure and to check</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="40"/>
        <source>Rejetés (score trop bas)</source>
        <translation>Rejected (score too low)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="41"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="38"/>
        <source>Sûrs</source>
        <translation>Sure</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="39"/>
        <source>À vérifier</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="44"/>
        <source>Tous les types</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="71"/>
        <source>Accepter (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="74"/>
        <source>Fusionner ces deux fiches (touche A)</source>
        <translation>Merge these two records (key A)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="75"/>
        <source>Rejeter (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="78"/>
        <source>Pas un doublon : ne plus proposer cette paire (touche R)</source>
        <translation>Not a duplicate: never offer this pair again (key R)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="79"/>
        <source>Suivant (N)</source>
        <translation>Next (N)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="82"/>
        <source>Paire suivante, sans décider (touches N et ↓)</source>
        <translation>Next pair, without deciding (keys N and ↓)</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="84"/>
        <source>Accepter les sûrs sans conflit</source>
        <translation>Accept sure pairs without conflict</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="90"/>
        <source>Niveau :</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="92"/>
        <source>Type :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="107"/>
        <source>Pourquoi ce score</source>
        <translation>Why this score</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="208"/>
        <source>Aucune paire à afficher.</source>
        <translation>No pair to show.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="214"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="256"/>
        <source>%n paire(s) sûre(s) acceptée(s). </source>
        <translation>
            <numerusform>%n sure pair accepted. </numerusform>
            <numerusform>%n sure pairs accepted. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="267"/>
        <source>%n paire(s) à décider</source>
        <translation>
            <numerusform>%n pair to decide</numerusform>
            <numerusform>%n pairs to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="269"/>
        <source> — %n décision(s) reprise(s) de la revue interrompue</source>
        <translation>
            <numerusform> — %n decision taken up from the interrupted review</numerusform>
            <numerusform> — %n decisions taken up from the interrupted review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="280"/>
        <source>Revue des doublons</source>
        <translation>Duplicate review</translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="281"/>
        <source>La décision n&apos;a pas pu être enregistrée dans le fichier&#xa0;: elle vaut pour cette revue, mais serait perdue si l&apos;assistant se fermait.

%1</source>
        <translation>The decision could not be saved in the file: it holds for this review, but would be lost if the wizard closed.

%1</translation>
    </message>
</context>
<context>
    <name>adhera::RowSnapshot</name>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="68"/>
        <source>Impossible de lire la table %1</source>
        <translation>Could not read the table %1</translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="98"/>
        <location filename="../../core/db/rowsnapshot.cpp" line="108"/>
        <source>Impossible de rétablir une ligne de %1</source>
        <translation>Could not restore a row of %1</translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="169"/>
        <source>Journal de fusion illisible : table « %1 » inattendue</source>
        <translation>Unreadable merge journal: unexpected table “%1”</translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="176"/>
        <source>Journal de fusion illisible : colonne « %1 » inattendue</source>
        <translation>Unreadable merge journal: unexpected column “%1”</translation>
    </message>
    <message>
        <location filename="../../core/db/rowsnapshot.cpp" line="232"/>
        <source>Impossible de supprimer une ligne de %1</source>
        <translation>Could not delete a row of %1</translation>
    </message>
</context>
<context>
    <name>adhera::SaveOrganisationCommand</name>
    <message>
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="18"/>
        <source>la modification de « %1 »</source>
        <translation>changes to “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="19"/>
        <source>la création de « %1 »</source>
        <translation>creation of “%1”</translation>
    </message>
</context>
<context>
    <name>adhera::SavePersonCommand</name>
    <message>
        <location filename="../../ui/commands/savepersoncommand.cpp" line="22"/>
        <source>la modification de « %1 »</source>
        <translation>changes to “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/savepersoncommand.cpp" line="23"/>
        <source>la création de « %1 »</source>
        <translation>creation of “%1”</translation>
    </message>
</context>
<context>
    <name>adhera::SearchIndex</name>
    <message>
        <location filename="../../core/members/searchindex.cpp" line="119"/>
        <source>Impossible de mettre à jour l&apos;index de recherche</source>
        <translation>Cannot update the search index</translation>
    </message>
    <message>
        <location filename="../../core/members/searchindex.cpp" line="146"/>
        <source>Impossible de reconstruire l&apos;index de recherche</source>
        <translation>Cannot rebuild the search index</translation>
    </message>
</context>
<context>
    <name>adhera::SearchPage</name>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="25"/>
        <source>Recherche des doublons</source>
        <translation>Finding duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="26"/>
        <source>Les fiches des fichiers sont comparées entre elles et avec les adhérents déjà enregistrés.</source>
        <translation>The files&apos; records are compared with each other and with the members already saved.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="41"/>
        <source>Annuler la recherche</source>
        <translation>Cancel the search</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="43"/>
        <source>Relancer</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="110"/>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="156"/>
        <source>Recherche annulée. Relancez-la pour continuer.</source>
        <translation>Search cancelled. Run it again to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="166"/>
        <source>Recherche terminée.</source>
        <translation>Search done.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="168"/>
        <source>Aucun doublon probable.</source>
        <translation>No likely duplicate.</translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="169"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="170"/>
        <source>%n sûr(s)</source>
        <translation>
            <numerusform>%n sure</numerusform>
            <numerusform>%n sure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="171"/>
        <source>%n à vérifier</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="172"/>
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="177"/>
        <source>%n décision(s) de la revue interrompue reprise(s).</source>
        <translation>
            <numerusform>%n decision taken up from the interrupted review.</numerusform>
            <numerusform>%n decisions taken up from the interrupted review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::SendInvitationsDialog</name>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="28"/>
        <source>Envoyer les convocations</source>
        <translation>Send the notices of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="28"/>
        <source>Enregistrer l&apos;envoi des invitations</source>
        <translation>Record the sending of the invitations</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="40"/>
        <source>Seulement les membres pas encore &amp;convoqués</source>
        <translation>Only the members not yet &amp;notified</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="41"/>
        <source>Seulement les invités dont l&apos;envoi n&apos;est pas &amp;enregistré</source>
        <translation>Only the invitees whose sending is not &amp;recorded</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="57"/>
        <source>&amp;Date d&apos;envoi&#xa0;:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="58"/>
        <source>&amp;Moyen&#xa0;:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="62"/>
        <source>Adhera écrit une convocation et un pouvoir par membre actif invité, dans un seul PDF à imprimer ou à envoyer, puis enregistre la date et le moyen d&apos;envoi, qui font la preuve de la convocation.</source>
        <translation>Adhera writes a notice and a proxy form for each active member invited, in one PDF to print or send, then records the date and channel of sending, which prove the notice was given.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="64"/>
        <source>La date et le moyen d&apos;envoi sont enregistrés pour chaque invité.</source>
        <translation>The date and channel of sending are recorded for each invitee.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="70"/>
        <source>Écrire le PDF et enregistrer…</source>
        <translation>Write the PDF and record…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="70"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="71"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="125"/>
        <source>%n membre(s) recevront une convocation.</source>
        <translation>
            <numerusform>%n member will receive a notice.</numerusform>
            <numerusform>%n members will receive a notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="126"/>
        <source>%n invité(s) concerné(s).</source>
        <translation>
            <numerusform>%n invitee concerned.</numerusform>
            <numerusform>%n invitees concerned.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="128"/>
        <source>Ceux déjà convoqués gardent la date de leur premier envoi.</source>
        <translation>Those already notified keep the date of their first sending.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="135"/>
        <source>Adhera n&apos;envoie pas encore de courriels&#xa0;: joignez vous-même le PDF écrit ici à vos courriels. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation>Adhera does not send e-mail yet: attach the PDF written here to your own e-mails. Only the date and the means of sending are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="137"/>
        <source>Adhera n&apos;envoie pas encore de courriels et n&apos;écrit pas d&apos;invitation pour cette réunion&#xa0;: envoyez-la vous-même. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation>Adhera does not send e-mail yet and writes no invitation for this meeting: send it yourself. Only the date and the means of sending are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="140"/>
        <source>Aucune lettre n&apos;est écrite pour cette réunion&#xa0;: envoyez l&apos;invitation vous-même. Seuls la date et le moyen d&apos;envoi sont enregistrés.</source>
        <translation>No letter is written for this meeting: send the invitation yourself. Only the date and the means of sending are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="146"/>
        <source>Attention&#xa0;: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="151"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="152"/>
        <source>Attention&#xa0;: %n membre(s) actif(s) ne figurent pas parmi les invités et ne seront pas convoqués&#xa0;: %1.</source>
        <translation>
            <numerusform>Warning: %n active member is not among the invitees and will not be convened: %1.</numerusform>
            <numerusform>Warning: %n active members are not among the invitees and will not be convened: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sendinvitationsdialog.cpp" line="157"/>
        <source>Attention&#xa0;: personne ne pourra voter à cette assemblée, son quorum ne pourra pas être atteint. %1</source>
        <translation>Warning: nobody will be able to vote at this assembly, its quorum cannot be reached. %1</translation>
    </message>
</context>
<context>
    <name>adhera::SessionController</name>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="161"/>
        <source>Le procès-verbal de la séance est verrouillé&#xa0;: la feuille de présence et les votes ne changent plus.</source>
        <translation>The minutes of the meeting are locked: the attendance sheet and the votes can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="172"/>
        <source>Aucun adhérent actif&#xa0;: la feuille de présence resterait vide.</source>
        <translation>No active members: the attendance sheet would be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="208"/>
        <source>Ce membre n&apos;est pas sur la feuille de présence.</source>
        <translation>This member is not on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="282"/>
        <source>du président</source>
        <translation>from the president</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="299"/>
        <source>Aucun brouillon du procès-verbal à approuver.</source>
        <translation>There is no draft of the minutes to approve.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="312"/>
        <source>Aucune version verrouillée du procès-verbal à corriger.</source>
        <translation>There is no locked version of the minutes to correct.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="324"/>
        <source>Générez d&apos;abord le brouillon du procès-verbal.</source>
        <translation>Generate the draft minutes first.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessioncontroller.cpp" line="334"/>
        <source>Aucun membre n&apos;a le droit de vote sur la feuille de présence.</source>
        <translation>No member on the attendance sheet is entitled to vote.</translation>
    </message>
</context>
<context>
    <name>adhera::SessionMinutesTab</name>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="39"/>
        <source>Générez le brouillon à partir de ce qui a été enregistré pendant la séance.</source>
        <translation>Generate the draft from what was recorded during the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="40"/>
        <source>&amp;Générer le brouillon</source>
        <translation>&amp;Generate the draft</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="43"/>
        <source>Enregistrer le &amp;brouillon</source>
        <translation>Save the &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="46"/>
        <source>&amp;Approuver et verrouiller…</source>
        <translation>&amp;Approve and lock…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="49"/>
        <source>Co&amp;rriger…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="51"/>
        <source>Rédiger une nouvelle version liée à la version verrouillée</source>
        <translation>Write a new version linked to the locked version</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="53"/>
        <source>P&amp;DF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="83"/>
        <source>Aucun procès-verbal pour cette séance&#xa0;: générez le brouillon à partir de ce qui a été enregistré (présences, quorum, votes), puis complétez-le.</source>
        <translation>No minutes for this meeting: generate the draft from what was recorded (attendance, quorum, votes), then complete it.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="86"/>
        <source>Verrouillé le %1 — version %2. Signé par %3. Le texte ne change plus&#xa0;: une erreur se corrige par une nouvelle version.</source>
        <translation>Locked on %1 — version %2. Signed by %3. The text can no longer change: a mistake is corrected with a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="92"/>
        <source>Brouillon — version %1, enregistré le %2 à %3.</source>
        <translation>Draft — version %1, saved on %2 at %3.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="108"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="118"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="123"/>
        <source>Procès-verbal</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="109"/>
        <source>Remplacer le brouillon par un nouveau brouillon généré à partir de la séance&#xa0;? Les modifications faites à la main seront perdues.</source>
        <translation>Replace the draft with a new draft generated from the meeting? Changes made by hand will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="128"/>
        <source>Approuver le procès-verbal</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="135"/>
        <source>Choisissez le président et le secrétaire de séance dans la fiche de la réunion&#xa0;: ils signent le procès-verbal.</source>
        <translation>Choose the meeting chair and the minute-taker in the meeting record: they sign the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="142"/>
        <source>Le procès-verbal ne peut pas être approuvé avant la réunion, qui a lieu le %1.</source>
        <translation>The minutes cannot be approved before the meeting, which takes place on %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="152"/>
        <source>Complétez les %n blanc(s) du procès-verbal avant de l&apos;approuver&#xa0;:

%1</source>
        <translation>
            <numerusform>Fill in the %n blank of the minutes before approving them:

%1</numerusform>
            <numerusform>Fill in the %n blanks of the minutes before approving them:

%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="166"/>
        <source>Approuver et verrouiller le procès-verbal (version %1), signé par %2, président de séance, et %3, secrétaire de séance&#xa0;?

Le texte ne pourra plus être modifié&#xa0;: une erreur se corrigera par une nouvelle version.</source>
        <translation>Approve and lock the minutes (version %1), signed by %2, meeting chair, and %3, minute-taker?

The text can no longer be changed: a mistake will be corrected with a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="179"/>
        <source>Corriger le procès-verbal</source>
        <translation>Correct the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="184"/>
        <source>Rédiger une correction du procès-verbal verrouillé (version %1)&#xa0;? Elle sera la version %2, liée à celle-ci, qui reste inchangée.</source>
        <translation>Write a correction of the locked minutes (version %1)? It will be version %2, linked to that one, which stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="198"/>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="208"/>
        <source>Procès-verbal en PDF</source>
        <translation>Minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="203"/>
        <source>Procès-verbal %1</source>
        <translation>Minutes %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="204"/>
        <source>Enregistrer le procès-verbal</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="204"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionminutestab.cpp" line="209"/>
        <source>Le procès-verbal est enregistré dans «&#xa0;%1&#xa0;».</source>
        <translation>The minutes have been saved to “%1”.</translation>
    </message>
</context>
<context>
    <name>adhera::SessionSheetTab</name>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="41"/>
        <source>&amp;Préparer la feuille de présence</source>
        <translation>&amp;Prepare the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="44"/>
        <source>La feuille de présence n&apos;est pas encore préparée. Elle reprendra les adhérents actifs avec leur droit de vote à la date de référence des statuts (cotisation à jour, représentant désigné pour une structure, catégorie).</source>
        <translation>The attendance sheet has not been prepared yet. It will list the active members with their voting rights on the reference date set by the articles of association (dues paid up, designated representative for an organisation, category).</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="58"/>
        <source>Rechercher un membre ou un votant…</source>
        <translation>Search for a member or a voter…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="62"/>
        <source>&amp;maintenant</source>
        <translation>&amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="69"/>
        <source>L&apos;heure d&apos;une arrivée, d&apos;un départ ou d&apos;un vote noté après coup</source>
        <translation>The time of an arrival, departure or vote recorded after the event</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="101"/>
        <source>Pré&amp;sent</source>
        <translation>Pre&amp;sent</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="107"/>
        <source>&amp;Représenté par…</source>
        <translation>&amp;Represented by…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="110"/>
        <source>A&amp;bsent</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="116"/>
        <source>&amp;Départ</source>
        <translation>&amp;Leaves</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="118"/>
        <source>Le membre quitte la séance&#xa0;: ses voix et ses procurations ne comptent plus</source>
        <translation>The member leaves the meeting: their votes and proxies no longer count</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="124"/>
        <source>Re&amp;voir le droit de vote</source>
        <translation>Re&amp;view the right to vote</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="126"/>
        <source>Relit la cotisation du membre sélectionné, paiements du jour compris (un membre qui règle à l&apos;entrée), et note l&apos;heure et le résultat sur la feuille</source>
        <translation>Reads the selected member&apos;s dues again, today&apos;s payments included (a member paying at the door), and notes the time and the result on the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="133"/>
        <source>&amp;Imprimer la feuille (PDF)…</source>
        <translation>&amp;Print the sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="135"/>
        <source>La feuille d&apos;émargement à signer à l&apos;entrée&#xa0;: les membres ayant le droit de vote, leurs voix et la place pour signer</source>
        <translation>The attendance sheet to sign at the door: the members entitled to vote, their votes and room to sign</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="139"/>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="192"/>
        <source>&amp;Ouvrir la séance</source>
        <translation>&amp;Open the session</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="141"/>
        <source>Note l&apos;heure d&apos;ouverture (l&apos;heure du pointage)&#xa0;: le quorum à l&apos;ouverture est compté à cette heure et le procès-verbal la reprend</source>
        <translation>Records the opening time (the check-in time): the quorum at the opening is counted then and the minutes state it</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="147"/>
        <source>Heure du pointage&#xa0;:</source>
        <translation>Signing-in time:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="191"/>
        <source>Séance ouverte à %1</source>
        <translation>Session opened at %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="192"/>
        <source>Corriger l&apos;heure d&apos;&amp;ouverture</source>
        <translation>Correct the &amp;opening time</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="250"/>
        <source>Feuille de présence</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="255"/>
        <source>Pointage</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="260"/>
        <source>Départ</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="265"/>
        <source>Droit de vote</source>
        <translation>Voting rights</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="274"/>
        <source>%1 peut voter (%n voix).</source>
        <translation>
            <numerusform>%1 may vote (%n vote).</numerusform>
            <numerusform>%1 may vote (%n votes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="275"/>
        <source>%1 ne peut pas voter&#xa0;: %2.</source>
        <translation>%1 may not vote: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="276"/>
        <source>Rien ne change. %1</source>
        <translation>Nothing changes. %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="291"/>
        <source>Procuration</source>
        <translation>Proxy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="307"/>
        <source>%n procuration(s) sur %1</source>
        <translation>
            <numerusform>%n proxy of %1</numerusform>
            <numerusform>%n proxies of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="307"/>
        <source>%n procuration(s)</source>
        <translation>
            <numerusform>%n proxy</numerusform>
            <numerusform>%n proxies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="308"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="312"/>
        <source>Plafond des statuts atteint (%n procuration(s) par personne)&#xa0;: %1.</source>
        <translation>
            <numerusform>The articles&apos; cap is reached (%n proxy per person): %1.</numerusform>
            <numerusform>The articles&apos; cap is reached (%n proxies per person): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="316"/>
        <source>Aucun membre présent ayant le droit de vote ne peut encore recevoir la procuration de %1.</source>
        <translation>No member present and entitled to vote can take the proxy from %1 yet.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="320"/>
        <source>%1 donne procuration à&#xa0;:</source>
        <translation>%1 gives a proxy to:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="328"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="329"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="344"/>
        <source>Ouvrir la séance</source>
        <translation>Open the session</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="351"/>
        <source>La séance s&apos;ouvre le jour de la réunion, le %1&#xa0;: décochez «&#xa0;maintenant&#xa0;» et indiquez l&apos;heure d&apos;ouverture.</source>
        <translation>The session opens on the day of the meeting, %1: untick “now” and type the opening time.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="359"/>
        <source>Ouvrir la séance à %1&#xa0;?

%2

Le quorum à l&apos;ouverture est compté à cette heure et le procès-verbal le reprend.</source>
        <translation>Open the session at %1?

%2

The quorum at the opening is counted at this time and the minutes state it.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="369"/>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="379"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="374"/>
        <source>Enregistrer la feuille d&apos;émargement</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="375"/>
        <source>Feuille d&apos;émargement %1</source>
        <translation>Attendance sheet %1</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="375"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionsheettab.cpp" line="380"/>
        <source>La feuille est enregistrée dans «&#xa0;%1&#xa0;».</source>
        <translation>The sheet is saved in “%1”.</translation>
    </message>
</context>
<context>
    <name>adhera::SessionVotesTab</name>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="62"/>
        <source>Non utilisée</source>
        <translation>Not used</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="63"/>
        <source>Pour l&apos;adoption</source>
        <translation>For the resolution</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="64"/>
        <source>Contre l&apos;adoption</source>
        <translation>Against the resolution</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="65"/>
        <source>Départage une égalité des voix, vote public seulement</source>
        <translation>Breaks a tie, public votes only</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="66"/>
        <source>Voix &amp;prépondérante du président&#xa0;:</source>
        <translation>Chair&apos;s &amp;casting vote:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="71"/>
        <source>P&amp;our&#xa0;:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="72"/>
        <source>&amp;Contre&#xa0;:</source>
        <translation>&amp;Against:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="73"/>
        <source>Abs&amp;tentions&#xa0;:</source>
        <translation>Abs&amp;tentions:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="74"/>
        <source>B&amp;lancs&#xa0;:</source>
        <translation>B&amp;lank:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="75"/>
        <source>N&amp;uls&#xa0;:</source>
        <translation>S&amp;poiled:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="79"/>
        <source>ex.&#xa0;: voix pour et contre inversées à la saisie</source>
        <translation>e.g. votes for and against swapped when typed</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="82"/>
        <source>&amp;Motif de la correction&#xa0;:</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="86"/>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="211"/>
        <source>&amp;Enregistrer le vote</source>
        <translation>Record the &amp;vote</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="92"/>
        <source>Co&amp;nseil élu…</source>
        <translation>Elected &amp;board…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="94"/>
        <source>Inscrit dans le fichier le conseil que l&apos;élection a composé</source>
        <translation>Records in the member file the board the election made</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="97"/>
        <source>Résultat du vote</source>
        <translation>Result of the vote</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="139"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="143"/>
        <source>adoptée</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="143"/>
        <source>rejetée</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="146"/>
        <source>à voter</source>
        <translation>to be voted on</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="178"/>
        <source>Aucune résolution ni élection à l&apos;ordre du jour.</source>
        <translation>No resolution or election on the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="185"/>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="192"/>
        <source>Règle des statuts&#xa0;: %1 des %2 (%3).</source>
        <translation>Rule in the articles of association: %1 of the %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="194"/>
        <source>Vote à bulletin secret&#xa0;: seuls les totaux sont enregistrés.</source>
        <translation>Secret ballot: only the totals are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="198"/>
        <source>Au moment du vote, %1.</source>
        <translation>At the time of the vote, %1.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="201"/>
        <source>À %1, %2.</source>
        <translation>At %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="211"/>
        <source>Corri&amp;ger le vote…</source>
        <translation>Corr&amp;ect the vote…</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="225"/>
        <source>Résolution adoptée</source>
        <translation>Resolution carried</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="225"/>
        <source>Résolution rejetée</source>
        <translation>Resolution defeated</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="231"/>
        <source>Pas encore voté.</source>
        <translation>Not voted on yet.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="251"/>
        <source>Corriger le vote</source>
        <translation>Correct the vote</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="255"/>
        <source>Indiquez le motif de la correction&#xa0;: le premier résultat et ce motif resteront au procès-verbal.</source>
        <translation>Give the reason for the correction: the first result and this reason will stay in the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="260"/>
        <source>Corriger le vote enregistré à %1&#xa0;?

Premier résultat&#xa0;: %2 — %3.
Nouveau décompte&#xa0;: %4.

Le premier résultat reste au procès-verbal avec le motif&#xa0;: « %5 ».</source>
        <translation>Correct the vote recorded at %1?

First result: %2 — %3.
New count: %4.

The first result stays in the minutes with the reason: “%5”.</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="263"/>
        <source>résolution adoptée</source>
        <translation>resolution adopted</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="263"/>
        <source>résolution rejetée</source>
        <translation>resolution rejected</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="278"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="285"/>
        <source>Conseil élu</source>
        <translation>Elected board</translation>
    </message>
    <message>
        <location filename="../../ui/assembly/sessionvotestab.cpp" line="286"/>
        <source>La composition du conseil est enregistrée dans le fichier des membres&#xa0;: %1</source>
        <translation>The board is recorded in the member file: %1</translation>
    </message>
</context>
<context>
    <name>adhera::StatutesDialog</name>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="137"/>
        <source>Statuts de l&apos;association</source>
        <translation>Articles of association</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="148"/>
        <source>Régime et convocation</source>
        <translation>Regime and notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="149"/>
        <source>Quorum et procurations</source>
        <translation>Quorum and proxies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="150"/>
        <source>Majorités</source>
        <translation>Majorities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="151"/>
        <source>Droit de vote</source>
        <translation>Voting rights</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="162"/>
        <source>Enregistrer les statuts (Ctrl+Entrée)</source>
        <translation>Save the articles of association (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="191"/>
        <source>Régime juridique</source>
        <translation>Legal regime</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="197"/>
        <source>&amp;Régime&#xa0;:</source>
        <translation>&amp;Regime:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="198"/>
        <source>Une association dont le siège est en Moselle, dans le Bas-Rhin ou dans le Haut-Rhin relève du droit local (code civil local, articles 21 à 79-III), et non de la loi 1901&#xa0;: c&apos;est le lieu du siège qui décide, pas celui de l&apos;assemblée.</source>
        <translation>An association whose registered office is in Moselle, Bas-Rhin or Haut-Rhin is governed by Alsace-Moselle local law (local civil code, articles 21 to 79-III), not by the 1901 Act: what counts is where the registered office is, not where the meeting is held.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="204"/>
        <source>&amp;Valeurs par défaut de ce régime</source>
        <translation>Use this regime&apos;s &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="207"/>
        <source>Remplit les quatre onglets avec ce que prévoit le régime choisi quand les statuts sont muets</source>
        <translation>Fills in the four tabs with what the chosen regime provides when the articles of association are silent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="212"/>
        <source>Changer de régime ne change aucune autre valeur&#xa0;: ce bouton les remplace par celles du régime choisi, à adapter ensuite aux statuts de l&apos;association.</source>
        <translation>Changing the regime changes no other value: this button replaces them with those of the chosen regime, which you then adapt to the association&apos;s articles of association.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="216"/>
        <source>Convocation</source>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="219"/>
        <source>&amp;Délai de convocation&#xa0;:</source>
        <translation>&amp;Notice period:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="221"/>
        <source>Au moins ce délai entre l&apos;envoi de la convocation et l&apos;assemblée&#xa0;; Adhera avertit quand une convocation part plus tard.</source>
        <translation>At least this long between sending the notice of meeting and the meeting; Adhera warns you when a notice goes out later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="225"/>
        <source>Délai &amp;minimal avant la 2e convocation&#xa0;:</source>
        <translation>&amp;Minimum interval before the second notice:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="227"/>
        <source>Entre une assemblée restée sans quorum et la seconde, convoquée avec le même ordre du jour.</source>
        <translation>Between a meeting that failed to reach a quorum and the second one, called with the same agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="236"/>
        <source>&#xa0;jour</source>
        <translation>&#xa0;day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="236"/>
        <source>&#xa0;jours</source>
        <translation>&#xa0;days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="249"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="251"/>
        <source>Part des voix des membres présents ou représentés qu&apos;il faut réunir pour délibérer, en fraction (par exemple 1/4). Vide&#xa0;: pas de quorum, l&apos;usage en 2e convocation et la règle quand les statuts sont muets.</source>
        <translation>The share of the votes that the members present or represented must hold for the meeting to deliberate, as a fraction (for example 1/4). Empty: no quorum, the usual practice on second notice and the rule when the articles of association are silent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="262"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="265"/>
        <source>%1, 1re convocation&#xa0;:</source>
        <translation>%1, first notice:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="265"/>
        <source>%1, 2e convocation&#xa0;:</source>
        <translation>%1, second notice:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="271"/>
        <source>Procurations</source>
        <translation>Proxies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="273"/>
        <source>&amp;Procurations autorisées</source>
        <translation>&amp;Proxies allowed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="279"/>
        <source>illimité</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="280"/>
        <source>0&#xa0;: illimité</source>
        <translation>0: unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="281"/>
        <source>Pouvoirs par &amp;mandataire, au plus&#xa0;:</source>
        <translation>&amp;Maximum proxies per proxy holder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="282"/>
        <source>Le mandataire doit être &amp;un membre ayant le droit de vote</source>
        <translation>The proxy holder must be a &amp;voting member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Résolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Majorité requise</source>
        <translation>Required majority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="298"/>
        <source>Base de calcul</source>
        <translation>Calculated on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="321"/>
        <source>La majorité qu&apos;il faut atteindre pour adopter une résolution, selon son objet.</source>
        <translation>The majority needed to carry a resolution, depending on its subject.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="323"/>
        <source>Sur une base de membres (l&apos;ensemble des membres, les présents, les présents ou représentés), s&apos;abstenir revient à voter contre. Sur les voix exprimées, les abstentions sont écartées&#xa0;; sur les suffrages exprimés, les abstentions, les bulletins blancs et les nuls sont écartés.</source>
        <translation>On a basis of members (all members, those present, those present or represented), abstaining amounts to voting against. On votes cast including blank and spoiled, abstentions are left out; on votes cast, abstentions, blank and spoiled ballots are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="336"/>
        <source>Qui vote, et comment</source>
        <translation>Who votes, and how</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="338"/>
        <source>&amp;Cotisation à jour requise pour voter</source>
        <translation>&amp;Dues must be paid up to vote</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="343"/>
        <source>Date de l&apos;assemblée</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="344"/>
        <source>Date de la convocation</source>
        <translation>Date of the notice of meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="345"/>
        <source>À jour à la &amp;date de&#xa0;:</source>
        <translation>Paid up as &amp;of:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="346"/>
        <source>La cotisation regardée est celle de l&apos;exercice de cette date. Tant que l&apos;appel de l&apos;exercice n&apos;est pas échu (ou pas encore émis), la cotisation de l&apos;exercice précédent, réglée, suffit&#xa0;: une assemblée tenue en début d&apos;année est votée par les membres à jour de l&apos;année écoulée.</source>
        <translation>The dues looked at are those of the financial year of this date. While the year&apos;s call has not fallen due (or is not issued yet), the previous year&apos;s dues, paid, are enough: an assembly held early in the year is voted by the members up to date for the year just ended.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="353"/>
        <source>&amp;Voix prépondérante du président en cas d&apos;égalité (votes à main levée seulement)</source>
        <translation>&amp;Casting vote for the chair in a tie (show-of-hands votes only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="356"/>
        <source>&amp;Scrutin secret pour les élections</source>
        <translation>Secret &amp;ballot for elections</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="360"/>
        <source>Voix par catégorie</source>
        <translation>Votes per category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="361"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="361"/>
        <source>Voix par membre</source>
        <translation>Votes per member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="369"/>
        <source>0 (sans droit de vote)</source>
        <translation>0 (no voting rights)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="370"/>
        <source>Voix par membre, %1</source>
        <translation>Votes per member, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="380"/>
        <source>Une personne morale vote par son représentant désigné.</source>
        <translation>A corporate member votes through its designated representative.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="466"/>
        <source>%1, 1re convocation</source>
        <translation>%1, first notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="467"/>
        <source>%1, 2e convocation</source>
        <translation>%1, second notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="469"/>
        <source>Quorum de l&apos;%1&#xa0;: « %2 » n&apos;est pas une fraction&#xa0;; écrivez par exemple 1/4, ou laissez vide s&apos;il n&apos;y a pas de quorum.</source>
        <translation>Quorum (%1): “%2” is not a fraction; write for example 1/4, or leave it empty if there is no quorum.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="521"/>
        <source>Remplacer les valeurs des quatre onglets par celles que prévoit le régime « %1 » quand les statuts sont muets&#xa0;?
Rien n&apos;est enregistré avant « Enregistrer ».</source>
        <translation>Replace the values in the four tabs with those the “%1” regime provides when the articles of association are silent?
Nothing is saved until you click “Save”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/statutesdialog.cpp" line="541"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>adhera::assembly</name>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="22"/>
        <source>%1 suffrage exprimé</source>
        <translation>%1 vote cast</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="24"/>
        <source>%1 voix exprimée</source>
        <translation>%1 vote cast including blank and spoiled</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="31"/>
        <source>majorité requise&#xa0;: %1</source>
        <translation>majority required: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="32"/>
        <source>majorité absolue requise&#xa0;: %1</source>
        <translation>absolute majority required: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="33"/>
        <source>majorité des deux tiers requise&#xa0;: %1</source>
        <translation>two-thirds majority required: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="34"/>
        <source>majorité des trois quarts requise&#xa0;: %1</source>
        <translation>three-quarters majority required: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="35"/>
        <source>unanimité requise&#xa0;: %1</source>
        <translation>unanimity required: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="42"/>
        <source>pour %1, contre %2, abstentions %3, blancs %4, nuls %5</source>
        <translation>for %1, against %2, abstentions %3, blank %4, spoiled %5</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="82"/>
        <source>Un nombre de voix ne peut pas être négatif (%1).</source>
        <translation>A number of votes cannot be negative (%1).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="84"/>
        <source>Les voix présentes, représentées et de l&apos;ensemble des membres ne peuvent pas être négatives.</source>
        <translation>The votes of the members present, of those represented and of all members cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="88"/>
        <source>Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents, seules prises en compte pour cette majorité.</source>
        <translation>The count (%1, i.e. %2 votes) exceeds the %3 votes of the members present, the only ones counted for this majority.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="94"/>
        <source>Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents ou représentés.</source>
        <translation>The count (%1, i.e. %2 votes) exceeds the %3 votes of the members present or represented.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="100"/>
        <source>Les %1 voix présentes ou représentées dépassent les %2 voix de l&apos;ensemble des membres.</source>
        <translation>The %1 votes present or represented exceed the %2 votes of all members.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="122"/>
        <source>Adoptée&#xa0;: %1 voix pour sur %2 (%3).</source>
        <translation>Carried: %1 votes for out of %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="123"/>
        <source>Rejetée&#xa0;: %1 voix pour sur %2 (%3).</source>
        <translation>Defeated: %1 votes for out of %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="128"/>
        <source>partage des voix, %1 voix pour sur %2</source>
        <translation>tied vote, %1 votes for out of %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="131"/>
        <source>Rejetée&#xa0;: %1&#xa0;; la voix prépondérante du président ne s&apos;applique pas à un scrutin secret (%2).</source>
        <translation>Defeated: %1; the chair&apos;s casting vote does not apply to a secret ballot (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="134"/>
        <source>Rejetée&#xa0;: %1&#xa0;; les statuts ne donnent pas de voix prépondérante au président (%2).</source>
        <translation>Defeated: %1; the articles of association give the chair no casting vote (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="138"/>
        <source>Rejetée&#xa0;: %1&#xa0;; le président n&apos;a pas fait usage de sa voix prépondérante (%2).</source>
        <translation>Defeated: %1; the chair did not use the casting vote (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="143"/>
        <source>Adoptée par la voix prépondérante du président&#xa0;: %1 (%2).</source>
        <translation>Carried on the chair&apos;s casting vote: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/majority.cpp" line="144"/>
        <source>Rejetée par la voix prépondérante du président&#xa0;: %1 (%2).</source>
        <translation>Defeated on the chair&apos;s casting vote: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="47"/>
        <source>Les statuts n&apos;autorisent pas les procurations&#xa0;: %1 ne peut pas être représenté par %2.</source>
        <translation>The articles of association do not allow proxies: %1 cannot be represented by %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="48"/>
        <source>un mandataire</source>
        <translation>a proxy holder</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="52"/>
        <source>La procuration de %1 ne désigne pas de mandataire.</source>
        <translation>The proxy from %1 names no proxy holder.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="82"/>
        <source>« %1 » du %2</source>
        <translation>“%1” of %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="52"/>
        <source>le procès-verbal de %1 (version %2)</source>
        <translation>the minutes of %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="57"/>
        <source>%1 du %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="43"/>
        <location filename="../../core/assembly/boardelection.cpp" line="106"/>
        <source>Impossible de lire la composition du conseil</source>
        <translation>Could not read the board</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="90"/>
        <source>Impossible de lire la personne n°%1</source>
        <translation>Cannot read person no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="93"/>
        <source>La personne n°%1 n&apos;existe pas.</source>
        <translation>Person no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="81"/>
        <source>Indiquez la date de l&apos;élection.</source>
        <translation>Give the date of the election.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="89"/>
        <source>%1 ne peut occuper qu&apos;un siège au conseil.</source>
        <translation>%1 can hold only one seat on the board.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="94"/>
        <source>Un seul siège « %1 » au conseil&#xa0;: %2 et %3 ne peuvent l&apos;occuper tous deux.</source>
        <translation>The board has one “%1” seat: %2 and %3 cannot both hold it.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="111"/>
        <source>Le conseil a déjà des mandats commençant le %1, après le %2&#xa0;: modifiez-les depuis la fiche des personnes.</source>
        <translation>The board already has terms starting on %1, after %2: change them from the persons&apos; records.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/boardelection.cpp" line="116"/>
        <source>Impossible d&apos;enregistrer la composition du conseil</source>
        <translation>Could not save the board</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="132"/>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="104"/>
        <source>Impossible de lire l&apos;adhésion n°%1</source>
        <translation>Cannot read membership no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="139"/>
        <source>L&apos;adhésion n°%1 n&apos;est plus dans le fichier.</source>
        <translation>Membership no. %1 is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="153"/>
        <source>Personne n&apos;est inscrit sur la feuille de présence.</source>
        <translation>Nobody is on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheet.cpp" line="158"/>
        <source>sans voix</source>
        <translation>no vote</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/attendancesheet.cpp" line="166"/>
        <source>Aucun des %n membres n&apos;a le droit de vote&#xa0;: %1.</source>
        <translation>
            <numerusform>The only member (%n) is not entitled to vote: %1.</numerusform>
            <numerusform>None of the %n members is entitled to vote: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="107"/>
        <source>L&apos;adhésion n°%1 n&apos;existe pas.</source>
        <translation>Membership no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="114"/>
        <source>Un invité est soit une adhésion, soit une personne.</source>
        <translation>A guest is either a membership or a person.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="132"/>
        <source>Impossible de lire les votes de la réunion</source>
        <translation>Cannot read the meeting&apos;s votes</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="138"/>
        <source>Impossible de lire le procès-verbal de la réunion</source>
        <translation>Cannot read the meeting&apos;s minutes</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstoresupport.cpp" line="149"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: sa feuille de présence ne change plus.</source>
        <translation>The minutes of %1 are locked: its attendance sheet no longer changes.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="68"/>
        <source>Indiquez la date et l&apos;heure de la réunion.</source>
        <translation>Enter the date and time of the meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="71"/>
        <source>La réunion ne peut pas finir (%1) avant de commencer (%2).</source>
        <translation>The meeting cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="80"/>
        <source>Impossible d&apos;enregistrer la réunion %1</source>
        <translation>Cannot save the meeting %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="93"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: la nature, la date et le lieu de la réunion ne changent plus.</source>
        <translation>The minutes of %1 are locked: the type, date and place of the meeting can no longer change.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="116"/>
        <source>Impossible de lire la réunion n°%1</source>
        <translation>Cannot read meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="119"/>
        <source>La réunion n°%1 n&apos;existe pas.</source>
        <translation>Meeting no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="137"/>
        <source>Impossible de lire les réunions</source>
        <translation>Cannot read the meetings</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="158"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: la réunion est conservée avec lui.</source>
        <translation>The minutes of %1 are locked: the meeting is kept with them.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="161"/>
        <source>Impossible de supprimer la réunion %1</source>
        <translation>Cannot delete the meeting %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="174"/>
        <source>La séance de %1 s&apos;ouvre le jour de la réunion.</source>
        <translation>The session of %1 opens on the day of the meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="179"/>
        <source>Impossible d&apos;enregistrer l&apos;ouverture de %1</source>
        <translation>Could not record the opening of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="192"/>
        <source>Les décisions de %1 ne peuvent pas être déclarées le %2, avant la réunion.</source>
        <translation>The decisions of %1 cannot be declared on %2, before the meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="195"/>
        <source>Les décisions de %1 ne peuvent pas être déclarées le %2, une date à venir.</source>
        <translation>The decisions of %1 cannot be declared on %2, a date still to come.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="200"/>
        <source>Impossible d&apos;enregistrer la déclaration de %1</source>
        <translation>Could not record the declaration of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="210"/>
        <source>Impossible de lire l&apos;ordre du jour de la réunion n°%1</source>
        <translation>Cannot read the agenda of meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="231"/>
        <source>Un vote est déjà enregistré pour %1&#xa0;: l&apos;ordre du jour ne change plus.</source>
        <translation>A vote has already been recorded for %1: the agenda can no longer change.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="247"/>
        <source>Point %1 de l&apos;ordre du jour&#xa0;: indiquez un intitulé.</source>
        <translation>Agenda item %1: enter a title.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="259"/>
        <source>« %1 » et « %2 »&#xa0;: les questions diverses ne figurent qu&apos;une fois à l&apos;ordre du jour.</source>
        <translation>“%1” and “%2”: any other business appears only once on the agenda.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingstore.cpp" line="269"/>
        <source>Impossible d&apos;enregistrer l&apos;ordre du jour de %1</source>
        <translation>Cannot save the agenda of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="67"/>
        <source>Impossible de lire les invités de la réunion n°%1</source>
        <translation>Cannot read the guests of meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="93"/>
        <source>Impossible d&apos;inviter %1</source>
        <translation>Cannot invite %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="144"/>
        <source>Indiquez la date de la réponse.</source>
        <translation>Enter the date of the reply.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="147"/>
        <source>Impossible d&apos;enregistrer la réponse de %1</source>
        <translation>Cannot save the reply from %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="51"/>
        <source>%1 n&apos;est pas invité à %2.</source>
        <translation>%1 is not invited to %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="153"/>
        <source>Indiquez la date d&apos;envoi de la convocation.</source>
        <translation>Enter the date the notice of meeting was sent.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="162"/>
        <source>La convocation à %1 ne peut pas être envoyée le %2, après la réunion.</source>
        <translation>The notice of meeting for %1 cannot be sent on %2, after the meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="178"/>
        <source>Impossible d&apos;enregistrer la convocation de %1</source>
        <translation>Cannot save the notice of meeting for %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="208"/>
        <source>%1 a été convoqué à %2&#xa0;: la preuve de la convocation est conservée.</source>
        <translation>%1 was sent notice of %2: the proof of the notice is kept.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="213"/>
        <source>Impossible de retirer %1 des invités</source>
        <translation>Could not remove %1 from the invitees</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="231"/>
        <source>Impossible d&apos;enregistrer la présence de %1</source>
        <translation>Could not record the attendance of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="45"/>
        <source>Impossible de lire la feuille de présence de la réunion n°%1</source>
        <translation>Cannot read the attendance sheet of meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="103"/>
        <source>Un vote est déjà enregistré pour %1&#xa0;: la feuille de présence ne se prépare plus, on y note les arrivées.</source>
        <translation>A vote has already been recorded for %1: the attendance sheet can no longer be prepared, only arrivals are recorded on it.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="114"/>
        <source>%1 figure deux fois sur la feuille de présence.</source>
        <translation>%1 appears twice on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="117"/>
        <source>%1&#xa0;: un nombre de voix ne peut pas être négatif.</source>
        <translation>%1: a number of votes cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="127"/>
        <source>Impossible de préparer la feuille de présence de %1</source>
        <translation>Cannot prepare the attendance sheet of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="159"/>
        <source>L&apos;adhésion n°%1 ne figure pas sur la feuille de présence.</source>
        <translation>Membership no. %1 is not on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="169"/>
        <source>droit de vote revu à %1&#xa0;: peut voter</source>
        <translation>right to vote reviewed at %1: may vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="170"/>
        <source>droit de vote revu à %1&#xa0;: %2</source>
        <translation>right to vote reviewed at %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="180"/>
        <source>Impossible de revoir le droit de vote de %1</source>
        <translation>Could not review the right to vote of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="190"/>
        <source>Indiquez l&apos;heure du pointage.</source>
        <translation>Enter the time of signing in.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="210"/>
        <location filename="../../core/assembly/meetingattendance.cpp" line="281"/>
        <source>%1 ne figure pas sur la feuille de présence de %2.</source>
        <translation>%1 is not on the attendance sheet of %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="214"/>
        <source>Indiquez le mandataire qui représente %1.</source>
        <translation>Enter the proxy holder representing %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="216"/>
        <location filename="../../core/assembly/quorum.cpp" line="56"/>
        <source>%1 ne peut pas détenir sa propre procuration.</source>
        <translation>%1 cannot hold their own proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="222"/>
        <source>%1, mandataire de %2, ne figure pas sur la feuille de présence.</source>
        <translation>%1, proxy holder for %2, is not on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="256"/>
        <source>Impossible de pointer %1</source>
        <translation>Cannot sign in %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="266"/>
        <source>Indiquez l&apos;heure du départ.</source>
        <translation>Enter the time of leaving.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="284"/>
        <source>%1 n&apos;est pas noté présent&#xa0;: son départ ne s&apos;enregistre pas.</source>
        <translation>%1 is not marked present: their departure cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="287"/>
        <source>%1 ne peut pas partir à %2, avant son arrivée à %3.</source>
        <translation>%1 cannot leave at %2, before arriving at %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="292"/>
        <source>Impossible d&apos;enregistrer le départ de %1</source>
        <translation>Cannot record the departure of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="325"/>
        <source>%1 jours avant</source>
        <translation>%1 days before</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="326"/>
        <source>la veille de</source>
        <translation>the day before</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="327"/>
        <source>le jour de</source>
        <translation>on the day of</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="328"/>
        <source>après</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingattendance.cpp" line="329"/>
        <source>Convocation envoyée le %1, %2 %3&#xa0;: les statuts demandent au moins %4 jours.</source>
        <translation>Notice of meeting sent on %1, %2 %3: the articles of association require at least %4 days.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="31"/>
        <source>Indiquez l&apos;heure du vote.</source>
        <translation>Enter the time of the vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="37"/>
        <source>Impossible de lire le point n°%1 de l&apos;ordre du jour</source>
        <translation>Cannot read agenda item no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="40"/>
        <source>Le point n°%1 de l&apos;ordre du jour n&apos;existe pas.</source>
        <translation>Agenda item no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="44"/>
        <source>« %1 »&#xa0;: les questions diverses sont une information, elles ne font l&apos;objet d&apos;aucun vote.</source>
        <translation>“%1”: any other business is for information only and is not put to a vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="47"/>
        <source>« %1 » est un point d&apos;information&#xa0;: il ne fait pas l&apos;objet d&apos;un vote.</source>
        <translation>“%1” is an information item: it is not put to a vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="53"/>
        <source>%1 n&apos;est pas une assemblée générale&#xa0;: ses votes ne suivent pas les règles des statuts pour l&apos;AG.</source>
        <translation>%1 is not a general meeting: its votes do not follow the articles of association&apos;s rules for the general meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="60"/>
        <source>Le procès-verbal de %1 est verrouillé&#xa0;: le vote sur « %2 » ne change plus.</source>
        <translation>The minutes of %1 are locked: the vote on “%2” can no longer change.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="68"/>
        <source>Un vote est déjà enregistré sur « %1 » à %2 (résolution %3)&#xa0;: corrigez-le en indiquant pourquoi, le premier résultat restera au procès-verbal.</source>
        <translation>A vote is already recorded on “%1” at %2 (resolution %3): correct it and say why; the first result stays in the minutes.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="71"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="313"/>
        <source>adoptée</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="71"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="313"/>
        <source>rejetée</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="80"/>
        <source>Vote sur « %1 » à %2 impossible. %3</source>
        <translation>Cannot hold the vote on “%1” at %2. %3</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="90"/>
        <source>« %1 »&#xa0;: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="114"/>
        <source>Impossible de garder le premier résultat du vote sur « %1 »</source>
        <translation>Could not keep the first result of the vote on “%1”</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="144"/>
        <source>Impossible d&apos;enregistrer le vote sur « %1 »</source>
        <translation>Cannot save the vote on “%1”</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="158"/>
        <source>Impossible de lire le vote du point n°%1</source>
        <translation>Cannot read the vote on item no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingvotes.cpp" line="184"/>
        <source>Impossible de lire les votes corrigés de la réunion n°%1</source>
        <translation>Could not read the corrected votes of meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="68"/>
        <source>Impossible de lire le procès-verbal de la réunion n°%1</source>
        <translation>Cannot read the minutes of meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="80"/>
        <source>Impossible de lire le procès-verbal n°%1</source>
        <translation>Cannot read minutes no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="83"/>
        <source>Le procès-verbal n°%1 n&apos;existe pas.</source>
        <translation>Minutes no. %1 do not exist.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="99"/>
        <source>Impossible d&apos;enregistrer le procès-verbal de %1</source>
        <translation>Cannot save the minutes of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="113"/>
        <source>Le procès-verbal de %1 (version %2) est verrouillé&#xa0;: rédigez une correction, qui en sera la version %3.</source>
        <translation>The minutes of %1 (version %2) are locked: write a correction, which will be version %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="148"/>
        <source>%1 est déjà verrouillé.</source>
        <translation>%1 is already locked.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="150"/>
        <source>%1 est vide&#xa0;: rédigez-le avant de le verrouiller.</source>
        <translation>%1 is empty: write it before locking it.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="155"/>
        <source>%1 ne peut pas être approuvé avant la réunion, qui a lieu le %2.</source>
        <translation>%1 cannot be approved before the meeting, which takes place on %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/meetingminutes.cpp" line="163"/>
        <source>%1 contient encore %n blanc(s) à compléter avant de le verrouiller&#xa0;: %2.</source>
        <translation>
            <numerusform>%1 still has %n blank to fill in before it is locked: %2.</numerusform>
            <numerusform>%1 still has %n blanks to fill in before it is locked: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="169"/>
        <source>%1 est signé par le président et le secrétaire&#xa0;: indiquez-les.</source>
        <translation>%1 is signed by the chair and the secretary: enter their names.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="178"/>
        <source>%1, président de séance&#xa0;; %2, secrétaire de séance</source>
        <translation>%1, meeting chair; %2, minute-taker</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="191"/>
        <source>Impossible de verrouiller %1</source>
        <translation>Cannot lock %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="198"/>
        <source>Impossible de marquer la réunion %1 comme tenue</source>
        <translation>Cannot mark the meeting %1 as held</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="223"/>
        <source>%1 est un brouillon&#xa0;: modifiez-le directement.</source>
        <translation>%1 is a draft: edit it directly.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="225"/>
        <source>La correction de %1 est vide.</source>
        <translation>The correction of %1 is empty.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="232"/>
        <source>%1 est déjà corrigé par la version %2, verrouillée&#xa0;: corrigez celle-ci.</source>
        <translation>%1 is already corrected by version %2, which is locked: correct that one.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="235"/>
        <source>%1 est déjà en cours de correction&#xa0;: la version %2 est un brouillon ouvert.</source>
        <translation>%1 is already being corrected: version %2 is an open draft.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="248"/>
        <source>Impossible d&apos;enregistrer la correction de %1</source>
        <translation>Cannot save the correction of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingminutes.cpp" line="266"/>
        <source>Impossible de lire le registre des procès-verbaux</source>
        <translation>Cannot read the minute book</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="61"/>
        <source>%1 n&apos;a pas le droit de vote&#xa0;: sa procuration à %2 ne compte pas.</source>
        <translation>%1 has no right to vote: their proxy to %2 does not count.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="62"/>
        <source>son mandataire</source>
        <translation>their proxy holder</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="66"/>
        <source>Le mandataire de %1 (adhésion n°%2) ne figure pas sur la feuille de présence.</source>
        <translation>The proxy holder of %1 (membership no. %2) is not on the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="74"/>
        <source>%2, mandataire de %1, a donné sa propre procuration à %3&#xa0;: les procurations en chaîne sont refusées.</source>
        <translation>%2, proxy holder for %1, has given their own proxy to %3: chains of proxies are not accepted.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="75"/>
        <source>un autre membre</source>
        <translation>another member</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="80"/>
        <source>%2, mandataire de %1, n&apos;a pas le droit de vote&#xa0;: les statuts exigent un mandataire membre votant.</source>
        <translation>%2, proxy holder for %1, has no right to vote: the articles of association require the proxy holder to be a voting member.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="86"/>
        <source>%2, mandataire de %1, n&apos;est pas en séance à %3&#xa0;: la procuration ne compte pas.</source>
        <translation>%2, proxy holder for %1, is not in the meeting at %3: the proxy does not count.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="88"/>
        <source>%2, mandataire de %1, n&apos;est pas en séance&#xa0;: la procuration ne compte pas.</source>
        <translation>%2, proxy holder for %1, is not in the meeting: the proxy does not count.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="94"/>
        <source>%2 a déjà atteint le plafond des statuts (au plus %3 par mandataire)&#xa0;: celle de %1 est refusée.</source>
        <translation>%2 has already reached the limit set by the articles of association (at most %3 per proxy holder): the proxy from %1 is refused.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/quorum.cpp" line="142"/>
        <source>Quorum impossible&#xa0;: aucun membre de la feuille de présence n&apos;a le droit de vote.</source>
        <translation>Quorum impossible: no member on the attendance sheet is entitled to vote.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="145"/>
        <source>Aucun quorum requis&#xa0;: %n voix présentes ou représentées sur %1.</source>
        <translation>
            <numerusform>No quorum required: %n vote present or represented out of %1.</numerusform>
            <numerusform>No quorum required: %n votes present or represented out of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="147"/>
        <source>Quorum atteint&#xa0;: %n voix présentes ou représentées sur %1 (%2 requises, %3 des voix).</source>
        <translation>
            <numerusform>Quorum reached: %n vote present or represented out of %1 (%2 required, %3 of the votes).</numerusform>
            <numerusform>Quorum reached: %n votes present or represented out of %1 (%2 required, %3 of the votes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/assembly/quorum.cpp" line="151"/>
        <source>Quorum non atteint&#xa0;: %n voix présentes ou représentées sur %1, il en manque %2 (%3 requises, %4 des voix).</source>
        <translation>
            <numerusform>Quorum not reached: %n vote present or represented out of %1, %2 short (%3 required, %4 of the votes).</numerusform>
            <numerusform>Quorum not reached: %n votes present or represented out of %1, %2 short (%3 required, %4 of the votes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="170"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="102"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="195"/>
        <source>AG ordinaire</source>
        <translation>Ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="171"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="102"/>
        <location filename="../../core/assembly/statutesprofile.cpp" line="195"/>
        <source>AG extraordinaire</source>
        <translation>Extraordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="172"/>
        <source>Conseil d&apos;administration</source>
        <translation>Board of directors</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="173"/>
        <source>Bureau</source>
        <translation>Executive committee</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="174"/>
        <source>Petit-déjeuner</source>
        <translation>Breakfast</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="175"/>
        <source>Afterwork</source>
        <translation>After-work</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="176"/>
        <source>Conférence</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="177"/>
        <source>Visite de centre</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="185"/>
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="186"/>
        <source>Tenue</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="187"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="195"/>
        <source>Sans réponse</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="196"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="197"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="198"/>
        <source>Peut-être</source>
        <translation>Maybe</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="206"/>
        <source>Courrier</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="207"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="208"/>
        <source>Remise en main propre</source>
        <translation>Hand delivery</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="216"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="217"/>
        <source>Résolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="218"/>
        <source>Élection</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="219"/>
        <source>Questions diverses</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="226"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="226"/>
        <source>Verrouillé</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="97"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="50"/>
        <location filename="../../core/assembly/meetingrecords.cpp" line="232"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="233"/>
        <source>Représenté</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="36"/>
        <location filename="../../core/assembly/meetinginvitees.cpp" line="203"/>
        <source>Impossible de lire les invités</source>
        <translation>Could not read the invitees</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="50"/>
        <location filename="../../core/assembly/meetingrecords.cpp" line="234"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="56"/>
        <source>Liste des invités</source>
        <translation>List of invitees</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="58"/>
        <source>Membres convoqués, avec la date et le moyen d&apos;envoi de leur convocation, qui en font la preuve.</source>
        <translation>Members given notice, with the date and channel of their notice, which prove it.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="59"/>
        <source>Personnes et membres invités, avec leur réponse et, une fois la réunion tenue, leur présence.</source>
        <translation>Persons and members invited, with their reply and, once the meeting is held, their attendance.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="60"/>
        <source>Invité</source>
        <translation>Invitee</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="61"/>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="62"/>
        <source>Convoqué le</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="62"/>
        <source>Invité le</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="72"/>
        <source>Invités&#xa0;: %1 — oui&#xa0;: %2, non&#xa0;: %3, peut-être&#xa0;: %4, sans réponse&#xa0;: %5</source>
        <translation>Invitees: %1 — yes: %2, no: %3, maybe: %4, no reply: %5</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="88"/>
        <source>Feuille de présence</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="89"/>
        <source>Chaque participant signe à son arrivée. Les personnes présentes qui ne figurent pas sur la liste s&apos;inscrivent sur les lignes libres.</source>
        <translation>Each participant signs on arrival. Those present who are not on the list write their name on the free lines.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="91"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="102"/>
        <source>Nombre de présents&#xa0;: …………</source>
        <translation>Number present: …………</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="119"/>
        <source>« %1 » n&apos;a aucun invité.</source>
        <translation>“%1” has no invitee.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="103"/>
        <source>%1, 1re convocation</source>
        <translation>%1, first notice</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="103"/>
        <source>%1, 2e convocation</source>
        <translation>%1, second notice</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="190"/>
        <source>Loi 1901</source>
        <translation>1901 Act</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="190"/>
        <source>Droit local d&apos;Alsace-Moselle</source>
        <translation>Alsace-Moselle local law</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="201"/>
        <source>résolution ordinaire</source>
        <translation>ordinary resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="202"/>
        <source>modification des statuts</source>
        <translation>amendment of the articles of association</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="203"/>
        <source>changement de l&apos;objet</source>
        <translation>change of the association&apos;s purpose</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="204"/>
        <source>dissolution</source>
        <translation>dissolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="212"/>
        <source>majorité simple</source>
        <translation>simple majority</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="213"/>
        <source>majorité absolue</source>
        <translation>absolute majority</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="214"/>
        <source>majorité des deux tiers</source>
        <translation>two-thirds majority</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="215"/>
        <source>majorité des trois quarts</source>
        <translation>three-quarters majority</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="216"/>
        <source>unanimité</source>
        <translation>unanimity</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="224"/>
        <source>voix de l&apos;ensemble des membres</source>
        <translation>votes of all members</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="225"/>
        <source>voix des membres présents</source>
        <translation>votes of the members present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="226"/>
        <source>voix des membres présents ou représentés</source>
        <translation>votes of the members present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="227"/>
        <source>voix exprimées</source>
        <translation>votes cast including blank and spoiled</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="228"/>
        <source>suffrages exprimés</source>
        <translation>votes cast</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="313"/>
        <source>Délai de convocation&#xa0;: %1 jours n&apos;est pas un délai entre 0 et %2 jours.</source>
        <translation>Notice period: %1 days is not a period between 0 and %2 days.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="317"/>
        <source>Délai minimal avant la 2e convocation&#xa0;: %1 jours n&apos;est pas un délai entre 0 et %2 jours.</source>
        <translation>Minimum interval before the second notice: %1 days is not a period between 0 and %2 days.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="324"/>
        <source>Quorum de l&apos;%1&#xa0;: %2 n&apos;est pas une fraction entre 0 et 1.</source>
        <translation>Quorum (%1): %2 is not a fraction between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="329"/>
        <source>Nombre maximal de procurations par mandataire&#xa0;: %1 n&apos;est pas valide (au moins 1, ou illimité).</source>
        <translation>Maximum number of proxies per proxy holder: %1 is not valid (at least 1, or unlimited).</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="333"/>
        <source>Voix par catégorie&#xa0;: « %1 » n&apos;est pas un code de catégorie.</source>
        <translation>Votes per category: “%1” is not a category code.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/statutesprofile.cpp" line="335"/>
        <source>Voix par catégorie&#xa0;: %1 voix pour la catégorie %2 n&apos;est pas un nombre entre 0 et %3.</source>
        <translation>Votes per category: %1 votes for the category %2 is not a number between 0 and %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="58"/>
        <source>peut voter</source>
        <translation>can vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="58"/>
        <source>ne peut pas voter&#xa0;: %1</source>
        <translation>cannot vote: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="64"/>
        <source>adhésion non active</source>
        <translation>membership not active</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="67"/>
        <source>pas de représentant désigné</source>
        <translation>no designated representative</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="70"/>
        <source>la catégorie «&#xa0;%1&#xa0;» n&apos;a pas de voix</source>
        <translation>the category “%1” has no vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="79"/>
        <source>cotisation non à jour au %1</source>
        <translation>dues not paid up on %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="80"/>
        <source>cotisation %1 non à jour au %2</source>
        <translation>%1 dues not paid up on %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="82"/>
        <source>aucun appel de cotisation au %1</source>
        <translation>no call for dues on %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="83"/>
        <source>aucun appel de cotisation %1 au %2</source>
        <translation>no %1 call for dues on %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/votingrights.cpp" line="92"/>
        <source>La date de référence du droit de vote n&apos;est pas valide.</source>
        <translation>The reference date for voting rights is not valid.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="69"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="69"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="70"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="70"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="71"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="71"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="72"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="72"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="73"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="73"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="74"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="74"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="81"/>
        <source>Première résolution</source>
        <translation>First resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="82"/>
        <source>Deuxième résolution</source>
        <translation>Second resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="82"/>
        <source>Troisième résolution</source>
        <translation>Third resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="83"/>
        <source>Quatrième résolution</source>
        <translation>Fourth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="83"/>
        <source>Cinquième résolution</source>
        <translation>Fifth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="84"/>
        <source>Sixième résolution</source>
        <translation>Sixth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="84"/>
        <source>Septième résolution</source>
        <translation>Seventh resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="85"/>
        <source>Huitième résolution</source>
        <translation>Eighth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="85"/>
        <source>Neuvième résolution</source>
        <translation>Ninth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="86"/>
        <source>Dixième résolution</source>
        <translation>Tenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="86"/>
        <source>Onzième résolution</source>
        <translation>Eleventh resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="87"/>
        <source>Douzième résolution</source>
        <translation>Twelfth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="87"/>
        <source>Treizième résolution</source>
        <translation>Thirteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="88"/>
        <source>Quatorzième résolution</source>
        <translation>Fourteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="88"/>
        <source>Quinzième résolution</source>
        <translation>Fifteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="89"/>
        <source>Seizième résolution</source>
        <translation>Sixteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="89"/>
        <source>Dix-septième résolution</source>
        <translation>Seventeenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="90"/>
        <source>Dix-huitième résolution</source>
        <translation>Eighteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="90"/>
        <source>Dix-neuvième résolution</source>
        <translation>Nineteenth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="91"/>
        <source>Vingtième résolution</source>
        <translation>Twentieth resolution</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="94"/>
        <source>Résolution n°&#xa0;%1</source>
        <translation>Resolution no. %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="101"/>
        <source>au quart</source>
        <translation>at one quarter</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="103"/>
        <source>au tiers</source>
        <translation>at one third</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="105"/>
        <source>à la moitié</source>
        <translation>at one half</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="107"/>
        <source>aux deux tiers</source>
        <translation>at two thirds</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="109"/>
        <source>aux trois quarts</source>
        <translation>at three quarters</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="110"/>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="117"/>
        <source>de l&apos;assemblée générale ordinaire</source>
        <translation>of the ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="118"/>
        <source>de l&apos;assemblée générale extraordinaire</source>
        <translation>of the extraordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="119"/>
        <source>de la réunion du conseil d&apos;administration</source>
        <translation>of the board of directors&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="120"/>
        <source>de la réunion du bureau</source>
        <translation>of the executive committee meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="121"/>
        <source>de la réunion</source>
        <translation>of the meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="130"/>
        <source>les membres de l&apos;association %1 se sont réunis en assemblée générale ordinaire</source>
        <translation>the members of the association %1 met in ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="132"/>
        <source>les membres de l&apos;association %1 se sont réunis en assemblée générale extraordinaire</source>
        <translation>the members of the association %1 met in extraordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="133"/>
        <source>les membres du conseil d&apos;administration de l&apos;association %1 se sont réunis</source>
        <translation>the members of the board of directors of the association %1 met</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="134"/>
        <source>les membres du bureau de l&apos;association %1 se sont réunis</source>
        <translation>the members of the executive committee of the association %1 met</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="135"/>
        <source>les membres de l&apos;association %1 se sont réunis</source>
        <translation>the members of the association %1 met</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="143"/>
        <source>association inscrite de droit local régie par les articles 21 à 79-III du code civil local</source>
        <translation>a registered association under Alsace-Moselle local law governed by articles 21 to 79-III of the local civil code</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="144"/>
        <source>association régie par la loi du 1er juillet 1901</source>
        <translation>an association governed by the Act of 1 July 1901</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="174"/>
        <source>premier</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="180"/>
        <source>, dont le siège est situé %1,</source>
        <translation>, whose registered office is at %1,</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="183"/>
        <source>sur seconde convocation %1 adressée le %2</source>
        <translation>on second notice %1 sent on %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="184"/>
        <source>sur convocation %1 adressée le %2</source>
        <translation>on notice %1 sent on %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="185"/>
        <source>du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="157"/>
        <source>L&apos;an %1, le %2, à %3, %4, %5.</source>
        <translation>On %2 %1, at %3, %4, %5.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="191"/>
        <source>Lieu de la réunion&#xa0;: %1.</source>
        <translation>Place of the meeting: %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="198"/>
        <source>aucun n&apos;est présent</source>
        <translation>none is present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="199"/>
        <source>1 est présent</source>
        <translation>1 is present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="199"/>
        <source>%1 sont présents</source>
        <translation>%1 are present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="205"/>
        <source>aucun n&apos;est représenté</source>
        <translation>none is represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="206"/>
        <source>1 est représenté</source>
        <translation>1 is represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="206"/>
        <source>%1 sont représentés</source>
        <translation>%1 are represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="214"/>
        <source>Une feuille de présence a été émargée par les membres présents à leur entrée en séance&#xa0;; elle est annexée au présent procès-verbal.</source>
        <translation>An attendance sheet was signed by the members present on entering the meeting; it is appended to these minutes.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="216"/>
        <source>Sur le seul membre ayant le droit de vote</source>
        <translation>Of the only member entitled to vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="217"/>
        <source>Sur les %1 membres ayant le droit de vote</source>
        <translation>Of the %1 members entitled to vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="219"/>
        <source>%1, %2 et %3.</source>
        <translation>%1, %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="223"/>
        <source>Les membres présents et représentés détiennent ensemble %1 voix sur %2.</source>
        <translation>The members present and represented together hold %1 votes out of %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="232"/>
        <source>Assiste également à la séance, sans droit de vote&#xa0;: %1.</source>
        <translation>Also attending the meeting, without voting rights: %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="234"/>
        <source>Assistent également à la séance, sans droit de vote&#xa0;: %1.</source>
        <translation>Also attending the meeting, without voting rights: %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="248"/>
        <source>Aucun des membres inscrits sur la feuille de présence n&apos;a le droit de vote&#xa0;: l&apos;assemblée ne peut donc pas valablement délibérer.</source>
        <translation>None of the members on the attendance sheet is entitled to vote: the assembly therefore cannot validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="251"/>
        <source>Réunie sur seconde convocation, l&apos;assemblée peut valablement délibérer sans condition de quorum.</source>
        <translation>Having met on second notice, the meeting may validly deliberate without any quorum requirement.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="252"/>
        <source>Les statuts ne fixant aucun quorum pour cette assemblée, celle-ci peut valablement délibérer.</source>
        <translation>As the articles of association set no quorum for this meeting, it may validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="254"/>
        <source>Le quorum, fixé par les statuts %1 des voix des membres ayant le droit de vote, soit %2 voix,</source>
        <translation>The quorum, set by the articles of association %1 of the votes of the members entitled to vote, i.e. %2 votes,</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="265"/>
        <source>aucune voix n&apos;est présente ni représentée</source>
        <translation>no votes are present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="267"/>
        <source>seule 1 voix est présente ou représentée</source>
        <translation>only 1 vote is present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="269"/>
        <source>seules %1 voix sont présentes ou représentées</source>
        <translation>only %1 votes are present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="270"/>
        <source>%1 n&apos;est pas atteint&#xa0;: %2. L&apos;assemblée ne peut donc pas valablement délibérer.</source>
        <translation>%1 is not reached: %2. The meeting therefore cannot validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="273"/>
        <source>Conformément aux statuts, une seconde assemblée sera convoquée avec le même ordre du jour, dans le délai qu&apos;ils prévoient.</source>
        <translation>In accordance with the articles of association, a second meeting will be called with the same agenda, within the period they set.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="280"/>
        <source>pour %1, contre %2, abstentions %3</source>
        <translation>for %1, against %2, abstentions %3</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="282"/>
        <source>, blancs %1, nuls %2</source>
        <translation>, blank %1, spoiled %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="291"/>
        <source>La résolution est adoptée</source>
        <translation>The resolution is carried</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="291"/>
        <source>La résolution est rejetée</source>
        <translation>The resolution is defeated</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="292"/>
        <source>Adoptée</source>
        <translation>Carried</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="292"/>
        <source>Rejetée</source>
        <translation>Defeated</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="311"/>
        <source>Un premier décompte, enregistré à %1 (%2&#xa0;: résolution %3), a été corrigé à %4&#xa0;: %5.</source>
        <translation>A first count, recorded at %1 (%2: resolution %3), was corrected at %4: %5.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="367"/>
        <source>%1 présentes</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="369"/>
        <source>%1 représentées</source>
        <translation>%1 represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="370"/>
        <source>1 voix peut s&apos;exprimer</source>
        <translation>1 vote may be cast</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="370"/>
        <source>%1 voix peuvent s&apos;exprimer</source>
        <translation>%1 votes may be cast</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="347"/>
        <source>après l&apos;ouverture de la séance</source>
        <translation>after the opening of the meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="347"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="352"/>
        <source>depuis le vote précédent</source>
        <translation>since the previous vote</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="349"/>
        <source>Arrivée %1&#xa0;: %2.</source>
        <translation>Arrival %1: %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="349"/>
        <source>Arrivées %1&#xa0;: %2.</source>
        <translation>Arrivals %1: %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="352"/>
        <source>depuis l&apos;ouverture de la séance</source>
        <translation>since the opening of the meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="354"/>
        <source>Départ %1&#xa0;: %2.</source>
        <translation>Departure %1: %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="354"/>
        <source>Départs %1&#xa0;: %2.</source>
        <translation>Departures %1: %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="356"/>
        <source>Au moment du vote, %1.</source>
        <translation>At the time of the vote, %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="397"/>
        <source>1er</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="399"/>
        <source>%1&#xa0;%2&#xa0;%3</source>
        <comment>day, month, year</comment>
        <translation>%1&#xa0;%2&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="414"/>
        <source>Procès-verbal de carence %1 du&#xa0;%2</source>
        <translation>Minutes (inquorate) %1 of&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="415"/>
        <source>Procès-verbal %1 du&#xa0;%2</source>
        <translation>Minutes %1 of&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="405"/>
        <source>%1&#xa0;h&#xa0;%1</source>
        <translation>%1:%1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="259"/>
        <source>avec 1 voix présente ou représentée</source>
        <translation>with 1 vote present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="260"/>
        <source>avec %1 voix présentes ou représentées</source>
        <translation>with %1 votes present or represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="261"/>
        <source>%1 est atteint %2. L&apos;assemblée peut donc valablement délibérer.</source>
        <translation>%1 is reached %2. The meeting may therefore validly deliberate.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="367"/>
        <source>%1 présente</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="368"/>
        <source>%1 représentée</source>
        <translation>%1 represented</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="407"/>
        <source>%1&#xa0;h</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="408"/>
        <source>%1&#xa0;h&#xa0;%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="428"/>
        <source>%1 préside la séance et %2 en assure le secrétariat.</source>
        <translation>%1 chairs the meeting and %2 takes the minutes.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="437"/>
        <source>L&apos;ordre du jour était le suivant&#xa0;:</source>
        <translation>The agenda was as follows:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="437"/>
        <source>Le président de séance rappelle l&apos;ordre du jour&#xa0;:</source>
        <translation>The meeting chair reads out the agenda:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="443"/>
        <source>Faute de quorum, aucune des questions inscrites à l&apos;ordre du jour n&apos;a pu être examinée.</source>
        <translation>For lack of a quorum, none of the items on the agenda could be considered.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="458"/>
        <source>L&apos;assemblée a pris connaissance de ce point d&apos;information, qui ne donne lieu à aucun vote.</source>
        <translation>The meeting took note of this information item, which is not put to a vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="462"/>
        <source>Aucune question diverse n&apos;est soulevée.</source>
        <translation>No other business is raised.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="465"/>
        <source>Ces questions, abordées pour information, ne donnent lieu à aucun vote.</source>
        <translation>These matters, raised for information, are not put to a vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="471"/>
        <source>Le président de séance met aux voix la résolution suivante&#xa0;:</source>
        <translation>The meeting chair puts the following resolution to the vote:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="475"/>
        <source>Vote&#xa0;: pour %1, contre %1, abstentions %1. La résolution est %1.</source>
        <translation>Vote: for %1, against %1, abstentions %1. The resolution is %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="484"/>
        <source>Règle de majorité&#xa0;: %1 des %2.</source>
        <translation>Majority rule: %1 of the %2.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="487"/>
        <source>Le vote a lieu à bulletin secret. Résultat du dépouillement&#xa0;: %1.</source>
        <translation>The vote is held by secret ballot. Result of the count: %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="489"/>
        <source>Vote&#xa0;: %1.</source>
        <translation>Vote: %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="504"/>
        <source>Les modifications décidées par la présente assemblée seront déclarées au registre des associations du tribunal judiciaire dans un délai de trois mois, accompagnées de deux exemplaires du présent procès-verbal signés par le président et le secrétaire.</source>
        <translation>The changes decided by this meeting will be declared to the register of associations of the judicial court within three months, together with two copies of these minutes signed by the chair and the secretary.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="507"/>
        <source>Les modifications décidées par la présente assemblée seront déclarées au greffe des associations dans un délai de trois mois.</source>
        <translation>The changes decided by this meeting will be declared to the associations registry within three months.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="512"/>
        <source>La séance est levée à %1.</source>
        <translation>The meeting closed at %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="513"/>
        <source>L&apos;ordre du jour étant épuisé, la séance est levée à %1.</source>
        <translation>There being no further business, the meeting closed at %1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="514"/>
        <source>De tout ce qui précède, il a été dressé le présent procès-verbal, signé par le président de séance et le secrétaire de séance.</source>
        <translation>In witness whereof, these minutes have been drawn up and signed by the meeting chair and the minute-taker.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="48"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="516"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="584"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="485"/>
        <source>Le président de séance</source>
        <translation>The meeting chair</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="48"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="517"/>
        <location filename="../../core/assembly/minutesdraft.cpp" line="584"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="486"/>
        <source>Le secrétaire de séance</source>
        <translation>The minute-taker</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="644"/>
        <source>arrivée %1</source>
        <translation>arrived %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="646"/>
        <source>départ %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutesdraft.cpp" line="330"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="59"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="101"/>
        <source>Imprimé le %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="124"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="448"/>
        <source>Brouillon — non approuvé</source>
        <translation>Draft — not approved</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="129"/>
        <source>approuvé et verrouillé le %1</source>
        <translation>approved and locked on %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="98"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="92"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="200"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="267"/>
        <source>Signataires enregistrés&#xa0;: %1</source>
        <translation>Recorded signatories: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="215"/>
        <source>Annexe — feuille de présence</source>
        <translation>Appendix — attendance sheet</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="96"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="96"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="60"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="91"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="98"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Représenté par</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="183"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="217"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="209"/>
        <source>Assemblée générale ordinaire</source>
        <translation>Ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/sheetpdf.cpp" line="211"/>
        <source>Assemblée générale extraordinaire</source>
        <translation>Extraordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="209"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="212"/>
        <source>%1 du %2 à %3</source>
        <translation>%1 of %2 at %3</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="93"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="94"/>
        <source>Membres ayant le droit de vote. Chaque membre présent signe à son arrivée&#xa0;; un organisme signe par son représentant désigné. Pour un membre représenté, inscrire le nom du mandataire et joindre le pouvoir.</source>
        <translation>Members entitled to vote. Each member present signs on arrival; an organisation signs through its designated representative. For a represented member, write the proxy holder&apos;s name and attach the proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="102"/>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="43"/>
        <source>représentant&#xa0;: %1</source>
        <translation>representative: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="38"/>
        <source>Membres ayant le droit de vote&#xa0;: %1 — voix&#xa0;: %2</source>
        <translation>Members entitled to vote: %1 — votes: %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="43"/>
        <source>Présents&#xa0;: %1    Représentés&#xa0;: %1    Voix présentes ou représentées&#xa0;: %1</source>
        <translation>Present: %1    Represented: %1    Votes present or represented: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="45"/>
        <source>Feuille arrêtée à %1 h %1, certifiée exacte par&#xa0;:</source>
        <translation>Sheet closed at %1:%1, certified correct by:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="57"/>
        <source>Nom et signature</source>
        <translation>Name and signature</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="78"/>
        <source>Impossible de lire le représentant de %1</source>
        <translation>Could not read the representative of %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteelistpdf.cpp" line="63"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="223"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Arrivée / départ</source>
        <translation>Arrived / left</translation>
    </message>
    <message>
        <location filename="../../core/assembly/attendancesheetpdf.cpp" line="97"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="224"/>
        <source>Voix</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="235"/>
        <source>Sans droit de vote&#xa0;: %1</source>
        <translation>No vote: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="248"/>
        <source>Présents&#xa0;: %1 — représentés&#xa0;: %2 — absents&#xa0;: %3 — voix détenues en séance&#xa0;: %4</source>
        <translation>Present: %1 — represented: %2 — absent: %3 — votes held in the meeting: %4</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="255"/>
        <source>Feuille de présence certifiée exacte par le président de séance et le secrétaire de séance.</source>
        <translation>Attendance sheet certified correct by the meeting chair and the minute-taker.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="280"/>
        <source>Version %1, corrige la version %2</source>
        <translation>Version %1, corrects version %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="281"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="430"/>
        <source>BROUILLON</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="438"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="298"/>
        <location filename="../../core/assembly/minutespdf.cpp" line="440"/>
        <location filename="../../core/assembly/sheetpdf.cpp" line="184"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/minutespdf.cpp" line="444"/>
        <source>Empreinte SHA-256 du texte verrouillé&#xa0;:</source>
        <translation>SHA-256 fingerprint of the locked text:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="46"/>
        <source>assemblée générale extraordinaire</source>
        <translation>extraordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="47"/>
        <source>assemblée générale ordinaire</source>
        <translation>ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="58"/>
        <source>%1 (résolution)</source>
        <translation>%1 (resolution)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="60"/>
        <source>%1 (résolution — %2)</source>
        <translation>%1 (resolution — %2)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="62"/>
        <source>%1 (élection)</source>
        <translation>%1 (election)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="69"/>
        <source>Chaque membre de l&apos;association a le droit de vote.</source>
        <translation>Every member of the association may vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="71"/>
        <source>Seuls les membres à jour de leur cotisation au %1 ont le droit de vote.</source>
        <translation>Only members whose dues are paid up on %1 may vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="77"/>
        <source>Un mandataire ne peut détenir plus d&apos;un pouvoir.</source>
        <translation>A proxy holder may not hold more than one proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="78"/>
        <source>Un mandataire ne peut détenir plus de %1 pouvoirs.</source>
        <translation>A proxy holder may not hold more than %1 proxies.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="84"/>
        <location filename="../../core/assembly/convocationpdf.cpp" line="240"/>
        <source>Les statuts n&apos;admettent pas le vote par procuration.</source>
        <translation>The articles of association do not allow voting by proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="86"/>
        <source>Un membre empêché peut se faire représenter par un autre membre ayant le droit de vote, muni du pouvoir ci-joint.</source>
        <translation>A member unable to attend may be represented by another member entitled to vote, holding the enclosed proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="87"/>
        <source>Un membre empêché peut se faire représenter par la personne de son choix, munie du pouvoir ci-joint.</source>
        <translation>A member unable to attend may be represented by a person of their choice, holding the enclosed proxy.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="115"/>
        <source>Convocation à l&apos;%1</source>
        <translation>Notice of the %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="118"/>
        <source>Deuxième convocation</source>
        <translation>Second notice</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="118"/>
        <source>Première convocation</source>
        <translation>First notice</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="121"/>
        <source>Madame, Monsieur,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="122"/>
        <source>Nous avons le plaisir de vous convier à l&apos;%1 de %2, qui se tiendra le %3 à %4</source>
        <translation>We are pleased to invite you to the %1 of %2, to be held on %3 at %4</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="125"/>
        <source>, au lieu suivant&#xa0;: %1</source>
        <translation>, at the following place: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="128"/>
        <source>Le quorum n&apos;ayant pas été atteint lors de la première réunion, l&apos;assemblée est convoquée une seconde fois.</source>
        <translation>As the quorum was not reached at the first meeting, the meeting is called a second time.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="129"/>
        <source>Ordre du jour&#xa0;:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="133"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="140"/>
        <source>Nous comptons sur votre présence et vous prions d&apos;agréer nos salutations distinguées.</source>
        <translation>We look forward to seeing you. Yours faithfully,</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="190"/>
        <location filename="../../core/assembly/convocationpdf.cpp" line="362"/>
        <source>Le président</source>
        <translation>The president</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="206"/>
        <source>Pouvoir</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="215"/>
        <source>Je soussigné(e), membre de l&apos;association&#xa0;:</source>
        <translation>I, the undersigned, member of the association:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="219"/>
        <source>représenté(e) par&#xa0;: %1</source>
        <translation>represented by: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="221"/>
        <source>donne pouvoir à&#xa0;:</source>
        <translation>appoint as my proxy:</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="222"/>
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="222"/>
        <source>Membre représenté (organisme)</source>
        <translation>Represented member (organisation)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="228"/>
        <source>de me représenter à cette assemblée, de prendre part aux délibérations et de voter en mon nom sur les questions inscrites à l&apos;ordre du jour.</source>
        <translation>to represent me at this meeting, take part in its deliberations and vote on my behalf on the items on the agenda.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="232"/>
        <source>Le mandataire doit être lui-même membre de l&apos;association et avoir le droit de vote.</source>
        <translation>The proxy holder must be a member of the association entitled to vote.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="234"/>
        <source>Le mandataire peut être toute personne de votre choix.</source>
        <translation>The proxy holder may be any person of your choice.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="237"/>
        <source>Un pouvoir ne peut être transmis à un autre mandataire.</source>
        <translation>A proxy may not be passed on to another proxy holder.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="244"/>
        <source>Fait à …………………, le ……/……/……</source>
        <translation>Signed at …………………, on ……/……/……</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="244"/>
        <source>Signature, précédée de « Bon pour pouvoir »</source>
        <translation>Signature, preceded by “Good for proxy”</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="255"/>
        <source>Pouvoir à remettre au mandataire, qui le présente à l&apos;entrée de l&apos;assemblée, ou à retourner au secrétariat avant la réunion.</source>
        <translation>Give this proxy to your proxy holder, who shows it at the entrance of the meeting, or return it to the secretary before the meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="296"/>
        <source>Convocation à l&apos;%1 du %2</source>
        <translation>Notice of the %1 of %2</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="320"/>
        <source>Impossible de lire le président en fonction</source>
        <translation>Could not read the serving president</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="335"/>
        <source>« %1 » n&apos;est pas une assemblée générale.</source>
        <translation>“%1” is not a general meeting.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="337"/>
        <source>Aucun membre à convoquer à « %1 ».</source>
        <translation>No member to send notice of “%1” to.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="362"/>
        <source>Le président, %1</source>
        <translation>The president, %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/convocationpdf.cpp" line="356"/>
        <source>Convocations — %1</source>
        <translation>Notices of meeting — %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="56"/>
        <source>Impossible de lire la composition du bureau</source>
        <translation>Could not read the officers</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="60"/>
        <source>Composition du bureau</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="71"/>
        <source>au registre des associations du tribunal judiciaire</source>
        <translation>to the register of associations of the tribunal judiciaire</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="72"/>
        <source>au greffe des associations</source>
        <translation>to the associations registry (greffe)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="78"/>
        <source>%1 du %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="81"/>
        <source>Déclaration %1 échue depuis le %2&#xa0;: %3.</source>
        <translation>Declaration %1 overdue since %2: %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/declarations.cpp" line="82"/>
        <source>Déclaration à faire %1 au plus tard le %2&#xa0;: %3.</source>
        <translation>Declaration to make %1 by %2: %3.</translation>
    </message>
    <message>
        <location filename="../../core/assembly/meetingrecords.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="52"/>
        <source>Tous les membres actifs</source>
        <translation>All active members</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="56"/>
        <source>Le conseil d&apos;administration</source>
        <translation>The board of directors</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="60"/>
        <source>Le bureau</source>
        <translation>The executive committee</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="63"/>
        <source>Impossible de lire les catégories et les clubs d&apos;origine</source>
        <translation>Could not read the categories and the origin clubs</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="73"/>
        <source>Catégorie&#xa0;: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="85"/>
        <source>Membres venus de %1</source>
        <translation>Members from %1</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="93"/>
        <source>Impossible de lire les invités «&#xa0;%1&#xa0;»</source>
        <translation>Could not read the invitees “%1”</translation>
    </message>
    <message>
        <location filename="../../core/assembly/inviteeselection.cpp" line="131"/>
        <source>Impossible de lire les membres invités à la réunion n°%1</source>
        <translation>Could not read the members invited to meeting no. %1</translation>
    </message>
</context>
<context>
    <name>adhera::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="39"/>
        <source>remplit un fichier vide avec les données de démonstration</source>
        <translation>fills an empty file with the demo data</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="41"/>
        <source>version du schéma et nombre de fiches [--format text|json]</source>
        <translation>schema version and record counts [--format text|json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="43"/>
        <source>liste des adhérents [--search TEXTE] [--status actif|...] [--format table|csv|json]</source>
        <translation>member list [--search TEXT] [--status actif|...] [--format table|csv|json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="45"/>
        <source>GAUCHE DROITE : paires de fiches d&apos;une même personne ou d&apos;un même organisme dans deux fichiers CSV ou XLSX [--left-map SPEC] [--right-map SPEC] [--left-id COL] [--right-id COL] [--out FICHIER]</source>
        <translation>LEFT RIGHT: pairs of records of the same person or organisation in two CSV or XLSX files [--left-map SPEC] [--right-map SPEC] [--left-id COL] [--right-id COL] [--out FILE]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="48"/>
        <source>GAUCHE DROITE</source>
        <translation>LEFT RIGHT</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="50"/>
        <source>FICHIER : doublons à l&apos;intérieur d&apos;un fichier CSV ou XLSX [--map SPEC] [--id COL] [--out FICHIER]</source>
        <translation>FILE: duplicates inside one CSV or XLSX file [--map SPEC] [--id COL] [--out FILE]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="52"/>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="54"/>
        <source>FICHIER --club NOM : importe un fichier de club, applique les fusions sûres et laisse le reste à vérifier dans la fenêtre [--map SPEC]</source>
        <translation>FILE --club NAME: imports a club&apos;s file, applies the sure merges and leaves the rest for review in the window [--map SPEC]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="57"/>
        <source>--club NOM FICHIER</source>
        <translation>--club NAME FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="59"/>
        <source>--year AAAA : état des cotisations de l&apos;exercice (attendu, encaissé, reste dû ; par catégorie, par club ; impayés) [--format csv|xlsx|pdf] [--out FICHIER]</source>
        <translation>--year YYYY: the financial year&apos;s dues status (expected, collected, outstanding; by category, by club; unpaid) [--format csv|xlsx|pdf] [--out FILE]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="63"/>
        <source>--year AAAA : journal des recettes de l&apos;exercice pour le comptable [--format csv|xlsx] [--out FICHIER]</source>
        <translation>--year YYYY: the financial year&apos;s receipts journal for the accountant [--format csv|xlsx] [--out FILE]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="66"/>
        <source>--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : appels de cotisation en PDF, tous les appels restant dus de l&apos;exercice ou ceux choisis [--call AC-AAAA-NNNN ...]</source>
        <translation>--year YYYY (--out FILE.pdf | --folder FOLDER): dues notices as PDF, for every call of the financial year still owing or for those chosen [--call AC-YYYY-NNNN ...]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="70"/>
        <source>--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : attestations de paiement en PDF, tous les paiements non annulés de l&apos;exercice ou ceux choisis [--payment RE-AAAA-NNNN ...]</source>
        <translation>--year YYYY (--out FILE.pdf | --folder FOLDER): payment receipts as PDF, for every payment of the financial year not reversed or for those chosen [--payment RE-YYYY-NNNN ...]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="75"/>
        <source>--year AAAA --level 1|2 (--out FICHIER.pdf | --folder DOSSIER) : lettres de relance des appels échus à ce niveau [--mailing FICHIER.csv] [--record : enregistre l&apos;envoi par courrier] [--as-of AAAA-MM-JJ]</source>
        <translation>--year YYYY --level 1|2 (--out FILE.pdf | --folder FOLDER): reminder letters for the overdue calls at that level [--mailing FILE.csv] [--record: records them as sent by post] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="83"/>
        <source>N° --out FICHIER.pdf : procès-verbal en PDF, la dernière version verrouillée, sinon le brouillon [--version N]</source>
        <translation>NO. --out FILE.pdf: minutes as PDF, the latest locked version, otherwise the draft [--version N]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="86"/>
        <location filename="../../app/cli/cli.cpp" line="91"/>
        <location filename="../../app/cli/cli.cpp" line="97"/>
        <location filename="../../app/cli/cli.cpp" line="102"/>
        <source>N° --out FICHIER.pdf</source>
        <translation>NO. --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="79"/>
        <source>assemblées générales : date, type, intitulé, lieu, statut et état du procès-verbal [--all : toutes les réunions] [--format table|csv|json]</source>
        <translation>general meetings: date, kind, title, place, status and state of the minutes [--all: every meeting] [--format table|csv|json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="88"/>
        <source>N° --out FICHIER.pdf : feuille d&apos;émargement en PDF, les membres ayant le droit de vote avec leurs voix et de la place pour signer ; pour une autre réunion, la feuille de présence de ses invités</source>
        <translation>ID --out FILE.pdf: attendance sheet as PDF, the members entitled to vote with their votes and room to sign; for another meeting, the attendance sheet of its invitees</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="94"/>
        <source>N° --out FICHIER.pdf : convocations et pouvoirs en PDF des membres actifs invités [--record : enregistre l&apos;envoi] [--channel letter|email|hand] [--sent-on AAAA-MM-JJ]</source>
        <translation>ID --out FILE.pdf: notices of meeting and proxy forms as PDF for the active members invited [--record: records the sending] [--channel letter|email|hand] [--sent-on YYYY-MM-DD]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="99"/>
        <source>N° --out FICHIER.pdf : liste des invités en PDF, avec leur réponse, l&apos;envoi de leur invitation ou convocation et leur présence</source>
        <translation>ID --out FILE.pdf: list of invitees as PDF, with their reply, the sending of their invitation or notice and their attendance</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="104"/>
        <source>déclarations à faire au greffe ou au registre des associations après une élection ou un changement des statuts, avec leur échéance de trois mois</source>
        <translation>declarations to make to the registry after an election or a change of the statutes, with their three-month deadline</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="113"/>
        <source>Usage : adhera-cli [--db FICHIER] COMMANDE [OPTIONS]</source>
        <translation>Usage: adhera-cli [--db FILE] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="113"/>
        <source>Commandes :</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="120"/>
        <source>Options générales :</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="120"/>
        <source>  --db FICHIER   le fichier Adhera (.adhera) à utiliser</source>
        <translation>  --db FILE      the Adhera file (.adhera) to use</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="121"/>
        <source>  --version      affiche la version</source>
        <translation>  --version      shows the version</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="121"/>
        <source>  --help         affiche cette aide</source>
        <translation>  --help         shows this help</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="122"/>
        <source>SPEC associe des colonnes à des champs : « Nom=last_name,Prénom=first_name,Société=organisation ».</source>
        <translation>SPEC maps columns to fields: “Nom=last_name,Prénom=first_name,Société=organisation”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="123"/>
        <source>Sans SPEC, les colonnes sont reconnues d&apos;après leur en-tête.</source>
        <translation>Without SPEC, columns are recognised from their headers.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="124"/>
        <source>Codes de sortie : 0 succès, 1 erreur, 2 mauvaise utilisation.</source>
        <translation>Exit codes: 0 success, 1 error, 2 wrong usage.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="131"/>
        <source>Voir « adhera-cli --help ».</source>
        <translation>See “adhera-cli --help”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="160"/>
        <source>commande inconnue « %1 »</source>
        <translation>unknown command “%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="165"/>
        <source>la commande « %1 » s&apos;utilise ainsi : adhera-cli %2</source>
        <translation>the command “%1” is used like this: adhera-cli %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="169"/>
        <source>la commande « %1 » n&apos;accepte pas l&apos;option « --%2 »</source>
        <translation>the command “%1” does not accept the option “--%2”</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="174"/>
        <source>la commande « %1 » a besoin de --db FICHIER</source>
        <translation>the command “%1” needs --db FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="35"/>
        <source>Données de démonstration ajoutées : %1 organisations, %2 personnes, %3 adhésions.</source>
        <translation>Demo data added: %1 organisations, %2 people, %3 memberships.</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="46"/>
        <source>adhera-cli : format inconnu « %1 » (text ou json)</source>
        <translation>adhera-cli: unknown format “%1” (text or json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="62"/>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="63"/>
        <source>Version du schéma : %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="64"/>
        <source>Organisations : %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="65"/>
        <source>Personnes : %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="66"/>
        <source>Adhésions : %1 (dont %2 actives)</source>
        <translation>Memberships: %1 (%2 active)</translation>
    </message>
    <message>
        <location filename="../../app/cli/infocommands.cpp" line="67"/>
        <source>Fonctions au bureau en cours : %1</source>
        <translation>Current board roles: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="71"/>
        <source>l&apos;option « --%1 » ne prend pas de valeur</source>
        <translation>the option “--%1” takes no value</translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="76"/>
        <source>option inconnue « %1 »</source>
        <translation>unknown option “%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="79"/>
        <source>l&apos;option « --%1 » attend une valeur</source>
        <translation>the option “--%1” needs a value</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="29"/>
        <source>Personne morale</source>
        <translation>Corporate member</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="29"/>
        <source>Personne physique</source>
        <translation>Individual member</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="82"/>
        <source>verrouillé v%1, correction en brouillon</source>
        <translation>locked v%1, correction in draft</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="84"/>
        <source>verrouillé v%1</source>
        <translation>locked v%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="86"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <source>Procès-verbal</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="138"/>
        <source>format inconnu « %1 » (table, csv ou json)</source>
        <translation>unknown format “%1” (table, csv or json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="167"/>
        <source>%n réunion(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="168"/>
        <source>%n assemblée(s) générale(s)</source>
        <translation>
            <numerusform>%n general meeting</numerusform>
            <numerusform>%n general meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="247"/>
        <source>Feuille de présence « %1 » écrite dans %2</source>
        <translation>Attendance sheet “%1” written to %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="256"/>
        <source>« %1 » n&apos;a pas de feuille de présence préparée avec des membres ayant le droit de vote</source>
        <translation>“%1” has no prepared attendance sheet with members entitled to vote</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="260"/>
        <source>Feuille d&apos;émargement « %1 » (%n membre(s) ayant le droit de vote) écrite dans %2</source>
        <translation>
            <numerusform>Attendance sheet “%1” (%n member entitled to vote) written to %2</numerusform>
            <numerusform>Attendance sheet “%1” (%n members entitled to vote) written to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="275"/>
        <source>canal inconnu « %1 » (letter, email ou hand)</source>
        <translation>unknown channel “%1” (letter, email or hand)</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="280"/>
        <source>date invalide « %1 » : AAAA-MM-JJ</source>
        <translation>invalid date “%1”: YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="288"/>
        <source>« %1 » n&apos;est pas une assemblée générale</source>
        <translation>“%1” is not a general meeting</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="325"/>
        <source>Liste des invités « %1 » écrite dans %2</source>
        <translation>List of invitees “%1” written to %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="335"/>
        <source>Aucune déclaration en attente.</source>
        <translation>No declaration pending.</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="296"/>
        <source>« %1 » n&apos;a aucun membre actif invité</source>
        <translation>“%1” has no active member invited</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="300"/>
        <source>Attention : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/assemblycommands.cpp" line="304"/>
        <source>Convocations « %1 » (%n membre(s)) écrites dans %2</source>
        <translation>
            <numerusform>Notices of meeting “%1” (%n member) written to %2</numerusform>
            <numerusform>Notices of meeting “%1” (%n members) written to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="309"/>
        <source>Envoi enregistré le %1 (%2)</source>
        <translation>Sending recorded on %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="125"/>
        <source>numéro d&apos;assemblée invalide « %1 » : le n° que donne « adhera-cli assembly list »</source>
        <translation>invalid meeting number “%1”: use the no. given by “adhera-cli assembly list”</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="128"/>
        <source>l&apos;option « --out FICHIER.pdf » est obligatoire</source>
        <translation>the option “--out FILE.pdf” is required</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="186"/>
        <source>version invalide « %1 » : un nombre à partir de 1</source>
        <translation>invalid version “%1”: a number from 1 up</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="202"/>
        <source>« %1 » n&apos;a pas de procès-verbal en version %2 (versions : %3)</source>
        <translation>“%1” has no minutes in version %2 (versions: %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="205"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="212"/>
        <source>« %1 » n&apos;a pas encore de procès-verbal</source>
        <translation>“%1” has no minutes yet</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="221"/>
        <source>Procès-verbal « %1 », version %2 verrouillée le %3, écrit dans %4</source>
        <translation>Minutes of “%1”, version %2 locked on %3, written to %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="227"/>
        <source>Procès-verbal « %1 », version %2 en brouillon (non approuvé), écrit dans %3</source>
        <translation>Minutes of “%1”, version %2 in draft (not approved), written to %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/cli/assemblycommands.cpp" line="97"/>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="45"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Club d&apos;origine</source>
        <translation>Origin club</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <location filename="../../app/cli/memberscommands.cpp" line="112"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="46"/>
        <source>Date d&apos;adhésion</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="47"/>
        <source>Date de départ</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="74"/>
        <source>adhera-cli : format inconnu « %1 » (table, csv ou json)</source>
        <translation>adhera-cli: unknown format “%1” (table, csv or json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="83"/>
        <source>adhera-cli : statut inconnu « %1 » (actif, en attente, démissionnaire, exclu)</source>
        <translation>adhera-cli: unknown status “%1” (actif, en attente, démissionnaire, exclu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/memberscommands.cpp" line="113"/>
        <source>%n adhérent(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="60"/>
        <source>%1 ligne importée</source>
        <translation>%1 line imported</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="60"/>
        <source>%1 lignes importées</source>
        <translation>%1 lines imported</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="65"/>
        <source>%1 fusion sûre appliquée</source>
        <translation>%1 sure merge applied</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="65"/>
        <source>%1 fusions sûres appliquées</source>
        <translation>%1 sure merges applied</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="70"/>
        <source>%1 ligne en attente de vérification</source>
        <translation>%1 line waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="71"/>
        <source>%1 lignes en attente de vérification</source>
        <translation>%1 lines waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="81"/>
        <source>la commande « import » a besoin de --club NOM (le club d&apos;origine du fichier)</source>
        <translation>the command “import” needs --club NAME (the file&apos;s club of origin)</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="90"/>
        <source>club inconnu « %1 » ; clubs connus : %2</source>
        <translation>unknown club “%1”; known clubs: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="94"/>
        <location filename="../../app/cli/matchcommands.cpp" line="59"/>
        <source>fichier introuvable « %1 »</source>
        <translation>file not found “%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="116"/>
        <source>%1 : aucune colonne de nom, de prénom ni d&apos;organisme ; indiquez-les avec --map, par exemple « Nom=last_name,Prénom=first_name » (colonnes : %2)</source>
        <translation>%1: no name, first name or organisation column; give them with --map, for example “Nom=last_name,Prénom=first_name” (columns: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="122"/>
        <source>attention : %1 : %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="126"/>
        <source>attention : %1, %2</source>
        <translation>warning: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="157"/>
        <source>attention : %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="163"/>
        <source>%1 depuis %2 (%3) ; %4 ; %5 dans la fenêtre ; sauvegarde : %6</source>
        <translation>%1 from %2 (%3); %4; %5 in the window; backup: %6</translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="81"/>
        <source>%1 : pas de colonne « %2 » pour les identifiants (colonnes : %3)</source>
        <translation>%1: no column “%2” for the ids (columns: %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="107"/>
        <source>aucune colonne de nom, de prénom ni d&apos;organisme : indiquez-les avec une correspondance, par exemple « Nom=last_name,Prénom=first_name »</source>
        <translation>no name, first name or organisation column: give them with a mapping, for example “Nom=last_name,Prénom=first_name”</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="61"/>
        <source>l&apos;option « --year AAAA » est obligatoire (l&apos;exercice, par exemple --year 2026)</source>
        <translation>the option “--year YYYY” is required (the financial year, for example --year 2026)</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="65"/>
        <source>exercice invalide « %1 » : une année entre 2000 et 2200</source>
        <translation>invalid financial year “%1”: a year between 2000 and 2200</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="87"/>
        <source>le journal des recettes ne s&apos;exporte pas en pdf ; formats possibles : %1</source>
        <translation>the receipts journal is not exported as pdf; possible formats: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="93"/>
        <source>format inconnu « %1 » ; formats possibles : %2</source>
        <translation>unknown format “%1”; possible formats: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="95"/>
        <source>le format %1 s&apos;écrit dans un fichier : ajoutez --out FICHIER</source>
        <translation>the %1 format is written to a file: add --out FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="119"/>
        <source>indiquez soit --out FICHIER.pdf (un seul PDF), soit --folder DOSSIER (un PDF par lettre)</source>
        <translation>give either --out FILE.pdf (a single PDF) or --folder FOLDER (one PDF per letter)</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="130"/>
        <source>%1 : %2 écrit(s) dans %3</source>
        <translation>%1: %2 written to %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="136"/>
        <source>%1 : %2 fichier(s) écrit(s) dans %3</source>
        <translation>%1: %2 file(s) written to %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="206"/>
        <source>l&apos;appel « %1 » n&apos;existe pas dans l&apos;exercice %2</source>
        <translation>the call “%1” does not exist in the financial year %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="216"/>
        <source>Aucun appel de cotisation restant dû dans l&apos;exercice %1 : rien n&apos;est écrit.</source>
        <translation>No call for dues still owing in the financial year %1: nothing written.</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="222"/>
        <source>Appels de cotisation</source>
        <translation>Dues notices</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="241"/>
        <source>le paiement « %1 » n&apos;existe pas dans l&apos;exercice %2</source>
        <translation>the payment “%1” does not exist in the financial year %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="254"/>
        <source>Aucun paiement à attester dans l&apos;exercice %1 : rien n&apos;est écrit.</source>
        <translation>No payment to issue a receipt for in the financial year %1: nothing written.</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="260"/>
        <source>Attestations de paiement</source>
        <translation>Payment receipts</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="272"/>
        <source>l&apos;option « --level 1|2 » est obligatoire : 1 pour la première relance, 2 pour la deuxième</source>
        <translation>the option “--level 1|2” is required: 1 for the first reminder, 2 for the second</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="279"/>
        <source>date invalide « %1 » pour --as-of : AAAA-MM-JJ, par exemple 2026-11-27</source>
        <translation>invalid date “%1” for --as-of: YYYY-MM-DD, for example 2026-11-27</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="294"/>
        <source>Aucun appel échu au %1 n&apos;attend de relance n° %2 dans l&apos;exercice %3 : rien n&apos;est écrit.</source>
        <translation>No call overdue on %1 is waiting for reminder no. %2 in the financial year %3: nothing written.</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="303"/>
        <source>Relances n° %1</source>
        <translation>Level %1 reminders</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="309"/>
        <source>Liste d&apos;envoi des relances écrite dans %1</source>
        <translation>Reminder mailing list written to %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="315"/>
        <source>%1 relance(s) n° %2 enregistrée(s), envoyée(s) par courrier le %3</source>
        <translation>%1 level %2 reminder(s) recorded as sent by post on %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/matchcommands.cpp" line="149"/>
        <source>impossible d&apos;écrire « %1 » : %2</source>
        <translation>could not write “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="165"/>
        <source>État des cotisations %1 écrit dans %2</source>
        <translation>Dues status %1 written to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/duescommands.cpp" line="186"/>
        <source>Journal des recettes écrit dans %1 (%n ligne(s))</source>
        <translation>
            <numerusform>Receipts journal written to %1 (%n line)</numerusform>
            <numerusform>Receipts journal written to %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/matchcommands.cpp" line="150"/>
        <source>%n paire(s) écrite(s) dans %1</source>
        <translation>
            <numerusform>%n pair written to %1</numerusform>
            <numerusform>%n pairs written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::demo</name>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="577"/>
        <source>La catégorie d&apos;adhésion « %1 » manque dans ce fichier.</source>
        <translation>The membership category “%1” is missing from this file.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="581"/>
        <source>Le club d&apos;origine « %1 » manque dans ce fichier.</source>
        <translation>The origin club “%1” is missing from this file.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1123"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation>Cannot save the organisation</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1141"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation>Cannot save the person</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1152"/>
        <source>Impossible d&apos;enregistrer l&apos;emploi</source>
        <translation>Cannot save the job</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1168"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation>Cannot save the membership</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1307"/>
        <source>Les données de démonstration ne s&apos;ajoutent qu&apos;à un fichier vide : celui-ci contient déjà des adhérents.</source>
        <translation>Demo data can only be added to an empty file: this one already holds members.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1335"/>
        <source>Le nombre d&apos;adhérents à créer ne peut pas être négatif.</source>
        <translation>The number of members to create cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoimport.cpp" line="102"/>
        <source>export-connect-adherents.csv</source>
        <translation>connect-members-export.csv</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoimport.cpp" line="103"/>
        <source>viatis-membres.csv</source>
        <translation>viatis-members.csv</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="74"/>
        <source>Impossible de lire les catégories</source>
        <translation>Cannot read the categories</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="114"/>
        <source>Impossible de lire les organisations</source>
        <translation>Cannot read the organisations</translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="227"/>
        <location filename="../../core/demo/demodues.cpp" line="237"/>
        <source>Impossible de dater les appels de démonstration</source>
        <translation>Could not date the demo calls</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="56"/>
        <source>Impossible de lire les adhérents</source>
        <translation>Cannot read the members</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="88"/>
        <source>Impossible de lire le bureau</source>
        <translation>Cannot read the executive committee</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="108"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="135"/>
        <source>Rapport moral du président</source>
        <translation>President&apos;s annual report</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="109"/>
        <source>Le président présente le rapport moral de l&apos;exercice 2024 : onze rencontres entre adhérents, deux visites de centres de relation client, le premier trophée lorrain de la relation client et l&apos;accueil de quatorze nouveaux adhérents.</source>
        <translation>The president presents the annual report for the 2024 financial year: eleven members&apos; get-togethers, two visits to customer contact centres, the first Lorraine customer relations award and fourteen new members welcomed.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="112"/>
        <source>Approbation des comptes de l&apos;exercice 2024</source>
        <translation>Approval of the accounts for the 2024 financial year</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="113"/>
        <source>L&apos;assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l&apos;exercice clos le 31 décembre 2024 tels qu&apos;ils lui ont été présentés, faisant apparaître un excédent de 3 412 euros affecté au report à nouveau.</source>
        <translation>The general meeting, having heard the treasurer&apos;s financial report, approves the accounts for the financial year ended 31 December 2024 as presented, showing a surplus of 3,412 euros carried forward.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="116"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="142"/>
        <source>Quitus au trésorier</source>
        <translation>Discharge of the treasurer</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="117"/>
        <source>L&apos;assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l&apos;exercice 2024.</source>
        <translation>The general meeting gives the treasurer full and unreserved discharge for the management of the 2024 financial year.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="118"/>
        <source>Montant des cotisations 2026</source>
        <translation>2026 dues</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="119"/>
        <source>L&apos;assemblée générale maintient pour 2026 le barème des cotisations de 2025 : de 250 à 1 200 euros pour les entreprises selon leur effectif, 400 euros pour les partenaires, 200 euros pour les institutions et 50 euros pour les membres individuels.</source>
        <translation>The general meeting keeps the 2025 dues scale for 2026: from 250 to 1,200 euros for companies according to their headcount, 400 euros for partners, 200 euros for institutions and 50 euros for individual members.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="122"/>
        <source>Renouvellement du conseil d&apos;administration</source>
        <translation>Renewal of the board of directors</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="123"/>
        <source>L&apos;assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant du conseil d&apos;administration, présentés en une liste unique.</source>
        <translation>The general meeting elects, for three years, the board members standing for the renewal of the outgoing third of the board of directors, presented on a single list.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="126"/>
        <location filename="../../core/demo/demoassemblies.cpp" line="148"/>
        <source>Questions diverses</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="127"/>
        <source>Un adhérent propose d&apos;organiser une rencontre commune avec les clubs de relation client d&apos;Alsace ; le conseil d&apos;administration étudiera la proposition à la rentrée.</source>
        <translation>A member proposes organising a joint get-together with the customer relations clubs of Alsace; the board of directors will consider the proposal in September.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="136"/>
        <source>Le président présente le rapport moral de l&apos;exercice 2026.</source>
        <translation>The president presents the annual report for the 2026 financial year.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="137"/>
        <source>Rapport financier du trésorier</source>
        <translation>Treasurer&apos;s financial report</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="138"/>
        <source>Le trésorier présente les comptes de l&apos;exercice 2026 et le budget prévisionnel 2027.</source>
        <translation>The treasurer presents the accounts for the 2026 financial year and the 2027 budget.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="139"/>
        <source>Approbation des comptes de l&apos;exercice 2026</source>
        <translation>Approval of the accounts for the 2026 financial year</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="140"/>
        <source>L&apos;assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l&apos;exercice clos le 31 décembre 2026 tels qu&apos;ils lui ont été présentés.</source>
        <translation>The general meeting, having heard the treasurer&apos;s financial report, approves the accounts for the financial year ended 31 December 2026 as presented.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="143"/>
        <source>L&apos;assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l&apos;exercice 2026.</source>
        <translation>The general meeting gives the treasurer full and unreserved discharge for the management of the 2026 financial year.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="144"/>
        <source>Montant des cotisations 2028</source>
        <translation>2028 dues</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="145"/>
        <source>L&apos;assemblée générale fixe le barème des cotisations de 2028 proposé par le conseil d&apos;administration.</source>
        <translation>The general meeting sets the 2028 dues scale proposed by the board of directors.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="146"/>
        <source>Renouvellement du tiers sortant du conseil d&apos;administration</source>
        <translation>Renewal of the outgoing third of the board of directors</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="147"/>
        <source>L&apos;assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant.</source>
        <translation>The general meeting elects, for three years, the board members standing for the renewal of the outgoing third.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="165"/>
        <source>Assemblée générale ordinaire 2025</source>
        <translation>2025 ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="168"/>
        <source>Technopôle de Nancy-Brabois, Villers-lès-Nancy</source>
        <translation>Technopôle de Nancy-Brabois, Villers-lès-Nancy</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="296"/>
        <source>du président</source>
        <translation>from the president</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="312"/>
        <source>Assemblée générale ordinaire 2027</source>
        <translation>2027 ordinary general meeting</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="315"/>
        <source>Centre de congrès Robert Schuman, Metz</source>
        <translation>Centre de congrès Robert Schuman, Metz</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="348"/>
        <source>Conseil d&apos;administration de rentrée</source>
        <translation>Back-to-work board meeting</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="351"/>
        <source>Nancy, Maison de l&apos;entreprise, salle Stanislas</source>
        <translation>Nancy, Maison de l&apos;entreprise, salle Stanislas</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="355"/>
        <source>Point sur les cotisations 2026 et les relances, préparation du petit-déjeuner de décembre, partenariat avec l&apos;IUT de Metz.</source>
        <translation>Review of the 2026 dues and reminders, preparation of the December breakfast, partnership with the IUT of Metz.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="383"/>
        <source>Petit-déjeuner&#xa0;: l&apos;IA au service des conseillers</source>
        <translation>Breakfast: AI serving the advisers</translation>
    </message>
    <message>
        <location filename="../../core/demo/demoassemblies.cpp" line="386"/>
        <source>Metz, Technopôle, centre de la relation client</source>
        <translation>Metz, Technopôle, customer relations centre</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="95"/>
        <location filename="../../core/dues/duespdf.cpp" line="161"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="95"/>
        <location filename="../../core/dues/duespdf.cpp" line="162"/>
        <source>Encaissé</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="96"/>
        <location filename="../../core/dues/duespdf.cpp" line="320"/>
        <location filename="../../core/dues/letterpainter.cpp" line="316"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="39"/>
        <location filename="../../core/dues/duespdf.cpp" line="96"/>
        <location filename="../../core/dues/duesrecords.cpp" line="104"/>
        <source>Exonéré</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="319"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <source>N° d&apos;appel</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <location filename="../../core/dues/duespdf.cpp" line="319"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Adhérent</source>
        <translation>Member</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duescsv.cpp" line="80"/>
        <location filename="../../core/dues/duespdf.cpp" line="311"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="141"/>
        <source>Club d&apos;origine</source>
        <translation>Origin club</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="44"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <location filename="../../core/dues/duespdf.cpp" line="320"/>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="334"/>
        <location filename="../../core/dues/letterpainter.cpp" line="233"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <location filename="../../core/dues/letterpainter.cpp" line="321"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="45"/>
        <location filename="../../core/dues/duesrecords.cpp" line="103"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Réglée à</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <location filename="../../core/dues/duespdf.cpp" line="333"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="50"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="55"/>
        <source>Cotisations %1 réglées aux anciens clubs (hors recettes de L2C)</source>
        <translation>%1 dues paid to the former clubs (not L2C&apos;s income)</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Pièce</source>
        <translation>Piece</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Mode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>N° de chèque</source>
        <translation>Cheque no.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="60"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="61"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="75"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Exercice</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="37"/>
        <source>L&apos;exercice %1 n&apos;est pas valable (entre 2000 et 2200).</source>
        <translation>The financial year %1 is not valid (between 2000 and 2200).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="82"/>
        <location filename="../../core/dues/duesledger.cpp" line="240"/>
        <location filename="../../core/dues/duesledger.cpp" line="257"/>
        <location filename="../../core/dues/formerclubdues.cpp" line="69"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation>Could not read the calls for dues</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="94"/>
        <source>Impossible de lire les paiements</source>
        <translation>Could not read the payments</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="75"/>
        <source>Appels de cotisation</source>
        <translation>Dues notices</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="76"/>
        <source>Attestations de paiement</source>
        <translation>Payment receipts</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="77"/>
        <source>Relances</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="89"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il n&apos;a pas d&apos;avis d&apos;appel de cotisation.</source>
        <translation>The call %1 (%2) is %3: it has no dues notice.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="101"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il n&apos;y a rien à relancer.</source>
        <translation>The call %1 (%2) is %3: there is nothing to remind the member of.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="113"/>
        <source>Impossible de lire le paiement n°%1</source>
        <translation>Could not read payment no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="121"/>
        <location filename="../../core/dues/duesdocuments.cpp" line="134"/>
        <location filename="../../core/dues/duesledger.cpp" line="145"/>
        <source>Le paiement n°%1 n&apos;existe pas.</source>
        <translation>Payment no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="137"/>
        <source>%1 est l&apos;annulation d&apos;un paiement&#xa0;: il n&apos;a pas d&apos;attestation de paiement.</source>
        <translation>%1 is the reversal of a payment: it has no payment receipt.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="140"/>
        <source>Le paiement %1 est annulé par %2&#xa0;: il n&apos;a plus d&apos;attestation de paiement.</source>
        <translation>The payment %1 is reversed by %2: it no longer has a payment receipt.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="163"/>
        <location filename="../../core/dues/letterpainter.cpp" line="212"/>
        <location filename="../../core/dues/recipient.cpp" line="36"/>
        <source>Madame, Monsieur,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="167"/>
        <source>Le paiement %1 n&apos;est affecté à aucun appel et n&apos;indique pas de payeur&#xa0;: l&apos;attestation n&apos;aurait pas de destinataire.</source>
        <translation>The payment %1 is allocated to no call and names no payer: the receipt would have no addressee.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="179"/>
        <source>Aucun document à écrire dans « %1 ».</source>
        <translation>No document to write to “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="187"/>
        <source>Impossible de créer le dossier « %1 ».</source>
        <translation>Could not create the folder “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <source>À l&apos;attention de</source>
        <translation>For the attention of</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="203"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="204"/>
        <source>Formule d&apos;appel</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="159"/>
        <source>Impossible d&apos;enregistrer le paiement %1</source>
        <translation>Could not record the payment %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="213"/>
        <source>Un numéro de pièce ne se prend que dans une transaction (série %1).</source>
        <translation>A piece number is only taken inside a transaction (series %1).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="218"/>
        <location filename="../../core/dues/duesledger.cpp" line="222"/>
        <source>Impossible de prendre un numéro dans la série %1</source>
        <translation>Could not take a number in the series %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="237"/>
        <source>Le mois de début d&apos;exercice doit être compris entre 1 et 12.</source>
        <translation>The financial year&apos;s starting month must be between 1 and 12.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/duesledger.cpp" line="245"/>
        <source>Le mois de début d&apos;exercice ne peut plus changer&#xa0;: des appels de cotisation sont déjà émis (%n).</source>
        <translation>
            <numerusform>The financial year&apos;s starting month can no longer change: a call for dues has already been issued (%n).</numerusform>
            <numerusform>The financial year&apos;s starting month can no longer change: calls for dues have already been issued (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="267"/>
        <source>Impossible de lire le barème des cotisations</source>
        <translation>Could not read the fee schedule</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="288"/>
        <source>Le montant de la cotisation ne peut pas être négatif (%1).</source>
        <translation>The dues amount cannot be negative (%1).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="291"/>
        <source>Impossible de lire les catégories</source>
        <translation>Cannot read the categories</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="295"/>
        <source>La catégorie n°%1 n&apos;existe pas.</source>
        <translation>Category no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="308"/>
        <source>Impossible d&apos;enregistrer le barème « %1 » de l&apos;exercice %2</source>
        <translation>Could not save the schedule “%1” of the financial year %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="337"/>
        <source>Impossible de préparer les appels de l&apos;exercice %1</source>
        <translation>Could not prepare the calls of the financial year %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="375"/>
        <location filename="../../core/dues/duesreport.cpp" line="285"/>
        <location filename="../../core/dues/duesreport.cpp" line="289"/>
        <source>Cotisation %1 — %2</source>
        <translation>Dues %1 — %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="378"/>
        <source>cotisation %1 réglée à %2 le %3</source>
        <translation>%1 dues paid to %2 on %3</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="393"/>
        <source>adhésion le %1, après l&apos;exercice</source>
        <translation>joined on %1, after the financial year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/duesledger.cpp" line="394"/>
        <source>adhésion le %1, à %n mois de la fin de l&apos;exercice&#xa0;: l&apos;appel de l&apos;exercice suivant la couvre</source>
        <translation>
            <numerusform>joined on %1, %n month before the end of the financial year: next year&apos;s call covers it</numerusform>
            <numerusform>joined on %1, %n months before the end of the financial year: next year&apos;s call covers it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="401"/>
        <source>prorata&#xa0;: %1 mois sur 12</source>
        <translation>pro rata: %1 months of 12</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="411"/>
        <source>Indiquez la date d&apos;émission et la date d&apos;échéance des appels.</source>
        <translation>Give the issue date and the due date of the calls.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="414"/>
        <source>L&apos;échéance (%1) précède la date d&apos;émission (%2).</source>
        <translation>The due date (%1) is before the issue date (%2).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="440"/>
        <source>Impossible d&apos;émettre l&apos;appel %1 (%2)</source>
        <translation>Could not issue the call %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="471"/>
        <source>L&apos;appel de cotisation n°%1 n&apos;existe pas.</source>
        <translation>Call for dues no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="485"/>
        <source>L&apos;appel %1 (%2) a déjà reçu %3&#xa0;: annulez d&apos;abord les paiements avant de l&apos;exonérer ou de l&apos;annuler.</source>
        <translation>The call %1 (%2) has already received %3: reverse the payments first before exempting or cancelling it.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="491"/>
        <source>Impossible de modifier l&apos;appel %1</source>
        <translation>Could not change the call %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="502"/>
        <source>Le montant d&apos;un paiement doit être positif (%1 saisi).</source>
        <translation>A payment&apos;s amount must be positive (%1 entered).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="504"/>
        <source>Indiquez la date de réception du paiement.</source>
        <translation>Give the date the payment was received.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="506"/>
        <source>Pour annuler un paiement, enregistrez son annulation plutôt qu&apos;un nouveau paiement.</source>
        <translation>To cancel a payment, record its reversal rather than a new payment.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="520"/>
        <source>L&apos;appel %1 (%2) figure deux fois dans la répartition.</source>
        <translation>The call %1 (%2) appears twice in the allocation.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="524"/>
        <source>Le montant affecté à l&apos;appel %1 (%2) doit être positif (%3 saisi).</source>
        <translation>The amount allocated to the call %1 (%2) must be positive (%3 entered).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="528"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il ne peut plus recevoir de paiement.</source>
        <translation>The call %1 (%2) is %3: it can no longer receive a payment.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="532"/>
        <source>%1 affectés à l&apos;appel %2 (%3) dépassent le reste dû de %4.</source>
        <translation>%1 allocated to the call %2 (%3) exceed the outstanding %4.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="538"/>
        <source>La répartition (%1) dépasse le montant du paiement (%2).</source>
        <translation>The allocation (%1) exceeds the payment&apos;s amount (%2).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="556"/>
        <source>Indiquez la date de l&apos;annulation.</source>
        <translation>Give the date of the reversal.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="565"/>
        <source>%1 annule déjà un paiement&#xa0;: il ne peut pas être annulé à son tour.</source>
        <translation>%1 already reverses a payment: it cannot be reversed in turn.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="568"/>
        <source>Impossible de lire le paiement %1</source>
        <translation>Could not read the payment %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="572"/>
        <source>Le paiement %1 est déjà annulé par %2.</source>
        <translation>The payment %1 is already reversed by %2.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="575"/>
        <source>L&apos;annulation (%1) ne peut pas précéder le paiement %2 du %3.</source>
        <translation>The reversal (%1) cannot come before the payment %2 of %3.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="584"/>
        <source>Annulation de %1</source>
        <translation>Reversal of %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="585"/>
        <source>Annulation de %1&#xa0;: %2</source>
        <translation>Reversal of %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="97"/>
        <location filename="../../core/dues/duesledger.cpp" line="634"/>
        <source>Le niveau de relance doit être 1, 2 ou 3 (%1 donné).</source>
        <translation>The reminder level must be 1, 2 or 3 (%1 given).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="636"/>
        <source>Une relance part par courrier ou par e-mail (« %1 » donné).</source>
        <translation>A reminder goes by letter or by e-mail (“%1” given).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="638"/>
        <source>Indiquez la date d&apos;envoi de la relance.</source>
        <translation>Give the date the reminder was sent.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="647"/>
        <source>La relance n°%1 de l&apos;appel %2 (%3) est déjà enregistrée.</source>
        <translation>Reminder no. %1 of the call %2 (%3) is already recorded.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="655"/>
        <source>Impossible d&apos;enregistrer la relance de l&apos;appel %1</source>
        <translation>Could not record the reminder of the call %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="678"/>
        <source>Un paiement en espèces de %1 dépasse la limite légale de %2 entre professionnels (art. D112-3 du Code monétaire et financier).</source>
        <translation>A cash payment of %1 exceeds the legal limit of %2 between professionals (art. D112-3 of the French Monetary and Financial Code).</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="91"/>
        <source>Année entière</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="92"/>
        <source>Au prorata des mois</source>
        <translation>Pro rata by month</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="93"/>
        <source>Adhésion à partir de septembre&#xa0;: année suivante</source>
        <translation>Joining from September: next year</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="101"/>
        <source>Impayé</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="102"/>
        <source>Partiel</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="105"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="113"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="114"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="115"/>
        <source>Prélèvement SEPA</source>
        <translation>SEPA direct debit</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="116"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="117"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="110"/>
        <source>Impossible de lire les appels de cotisation de %1</source>
        <translation>Could not read the calls for dues of %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="117"/>
        <source>Sans club d&apos;origine</source>
        <translation>No club of origin</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="181"/>
        <location filename="../../core/dues/duesreport.cpp" line="210"/>
        <source>Impossible de lire les paiements de %1</source>
        <translation>Could not read the payments of %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="275"/>
        <source>Cotisation %1 reçue d&apos;avance — %2</source>
        <translation>%1 dues received in advance — %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="80"/>
        <source>Imprimé le %1 à %2</source>
        <translation>Printed on %1 at %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="257"/>
        <source>%1 — état des cotisations %2</source>
        <translation>%1 — dues status %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="258"/>
        <location filename="../../core/dues/letterpainter.cpp" line="503"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="308"/>
        <location filename="../../core/dues/duespdf.cpp" line="354"/>
        <source>État des cotisations — exercice %1</source>
        <translation>Dues status — financial year %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="310"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="140"/>
        <source>Par catégorie</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="311"/>
        <source>Par club d&apos;origine</source>
        <translation>By club of origin</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="312"/>
        <source>Encaissé et attendu par mois</source>
        <translation>Collected and expected by month</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="315"/>
        <source>Impayés (%1)</source>
        <translation>Unpaid (%1)</translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="317"/>
        <source>Aucun impayé pour cet exercice.</source>
        <translation>Nothing unpaid for this financial year.</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesdocuments.cpp" line="213"/>
        <location filename="../../core/dues/pdfcanvas.cpp" line="118"/>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/pdfcanvas.cpp" line="132"/>
        <source>le PDF n&apos;a pas pu être créé</source>
        <translation>the PDF could not be created</translation>
    </message>
    <message>
        <location filename="../../core/dues/pdfcanvas.cpp" line="136"/>
        <source>le PDF n&apos;a pas pu être terminé</source>
        <translation>the PDF could not be finished</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="141"/>
        <source>Par club</source>
        <translation>By club</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="143"/>
        <source>Impayés</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="168"/>
        <source>Anciens clubs</source>
        <translation>Former clubs</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="188"/>
        <source>Journal des recettes</source>
        <translation>Receipts journal</translation>
    </message>
    <message>
        <location filename="../../core/dues/duesexport.cpp" line="50"/>
        <source>Le journal des recettes s&apos;exporte en CSV ou en XLSX.</source>
        <translation>The receipts journal is exported as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="68"/>
        <source>1er</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="79"/>
        <source>Nous vous prions d&apos;agréer, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation>Yours faithfully,</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="80"/>
        <source>Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation>Yours faithfully,</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="86"/>
        <source>par virement</source>
        <translation>by bank transfer</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="88"/>
        <source>par chèque</source>
        <translation>by cheque</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="88"/>
        <source>par chèque n°&#xa0;%1</source>
        <translation>by cheque no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="90"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="93"/>
        <source>par prélèvement SEPA</source>
        <translation>by SEPA direct debit</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="94"/>
        <source>par carte bancaire</source>
        <translation>by card</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="95"/>
        <source>en espèces</source>
        <translation>in cash</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="137"/>
        <source>Appel de cotisation n°&#xa0;%1</source>
        <translation>Dues notice no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="138"/>
        <source>Attestation de paiement n°&#xa0;%1</source>
        <translation>Payment receipt no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="141"/>
        <source>Dernière relance — Appel de cotisation %1</source>
        <translation>Final reminder — Dues notice %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="143"/>
        <source>Deuxième relance — Appel de cotisation %1</source>
        <translation>Second reminder — Dues notice %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="144"/>
        <source>Première relance — Appel de cotisation %1</source>
        <translation>First reminder — Dues notice %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="170"/>
        <source>Tél.&#xa0;%1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="203"/>
        <source>Exercice %1</source>
        <translation>Financial year %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="207"/>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="218"/>
        <source>Nous vous remercions de votre adhésion à %1 et vous adressons l&apos;appel de votre cotisation pour l&apos;exercice %2, selon le barème en vigueur pour votre catégorie.</source>
        <translation>Thank you for your membership of %1. Please find below your dues for the %2 financial year, in accordance with the current fee schedule for your membership category.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="223"/>
        <location filename="../../core/dues/letterpainter.cpp" line="315"/>
        <source>Déjà réglé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="224"/>
        <source>Reste à régler</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="226"/>
        <source>Montant à régler</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="228"/>
        <source>Cette cotisation est entièrement réglée&#xa0;: nous vous en remercions.</source>
        <translation>These dues have been paid in full: thank you.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="229"/>
        <source>À régler avant le %1.</source>
        <translation>Payable by %1.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="233"/>
        <location filename="../../core/dues/letterpainter.cpp" line="275"/>
        <location filename="../../core/dues/letterpainter.cpp" line="321"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="248"/>
        <source>L&apos;association %1 atteste avoir reçu de %2 la somme de %3 le %4 %5, au titre de&#xa0;:</source>
        <translation>The association %1 hereby certifies that it received from %2 the sum of %3 on %4 %5, in respect of:</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="262"/>
        <location filename="../../core/dues/letterpainter.cpp" line="502"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="267"/>
        <source>Reste non affecté (à valoir sur une prochaine cotisation)</source>
        <translation>Unallocated balance (to be credited against future dues)</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="269"/>
        <source>Total reçu</source>
        <translation>Total received</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="270"/>
        <source>Cette attestation est délivrée pour servir et valoir ce que de droit.</source>
        <translation>This receipt is issued for all legal intents and purposes.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="272"/>
        <source>Cette attestation ne constitue pas un reçu fiscal&#xa0;: les cotisations versées à l&apos;association ne donnent pas droit à la réduction d&apos;impôt des dons (art. 200 et 238 bis du CGI).</source>
        <translation>This receipt is not a tax receipt: dues paid to the association do not qualify for the tax reduction on donations (art. 200 and 238 bis of the French General Tax Code).</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="285"/>
        <source> du %1</source>
        <translation> dated %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="288"/>
        <source>Sauf erreur de notre part, votre cotisation de l&apos;exercice %1 (appel n°&#xa0;%2%3), payable avant le %4, ne nous est parvenue qu&apos;en partie.</source>
        <translation>According to our records, your dues for the %1 financial year (notice no. %2%3), payable by %4, have only been paid in part.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="290"/>
        <source>Sauf erreur de notre part, votre cotisation de l&apos;exercice %1 (appel n°&#xa0;%2%3), payable avant le %4, ne nous est pas encore parvenue.</source>
        <translation>According to our records, your dues for the %1 financial year (notice no. %2%3), payable by %4, have not yet been received.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="293"/>
        <source>Il s&apos;agit sans doute d&apos;un simple oubli&#xa0;: nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si celui-ci vient d&apos;être effectué, merci de ne pas tenir compte de ce courrier.</source>
        <translation>This is no doubt a simple oversight: we would be grateful if you could settle this amount at your earliest convenience. If you have already made the payment, please disregard this letter.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="299"/>
        <source>Malgré notre relance du %1, votre</source>
        <translation>Despite our reminder of %1, your</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="300"/>
        <source>Malgré nos précédentes relances, votre</source>
        <translation>Despite our previous reminders, your</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="301"/>
        <source>%1 cotisation de l&apos;exercice %2 (appel n°&#xa0;%3%4), payable avant le %5, n&apos;est toujours pas entièrement réglée.</source>
        <translation>%1 dues for the %2 financial year (notice no. %3%4), payable by %5, have still not been paid in full.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="303"/>
        <source>%1 cotisation de l&apos;exercice %2 (appel n°&#xa0;%3%4), payable avant le %5, reste impayée à ce jour.</source>
        <translation>%1 dues for the %2 financial year (notice no. %3%4), payable by %5, remain unpaid to date.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="306"/>
        <source>Nous vous demandons de bien vouloir la régler sous quinze jours. Le règlement de la cotisation conditionne la qualité de membre à jour, et notamment le droit de vote à l&apos;assemblée générale.</source>
        <translation>We would ask you to pay them within fifteen days. Members must have paid their dues to be in good standing and, in particular, to vote at the general meeting.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="309"/>
        <source>Sans règlement de votre part dans ce délai, le bureau examinera la situation de votre adhésion conformément aux statuts de l&apos;association.</source>
        <translation>If we do not receive your payment within this period, the executive committee will review your membership in accordance with the association&apos;s articles of association.</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="318"/>
        <source>Échéance initiale&#xa0;: %1</source>
        <translation>Original due date: %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="332"/>
        <source>Merci de rappeler la référence %1 avec votre règlement (libellé du virement, dos du chèque).</source>
        <translation>Please quote the reference %1 with your payment (transfer reference, back of the cheque).</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="358"/>
        <source>Modalités de règlement</source>
        <translation>How to pay</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="371"/>
        <source>Pour %1,</source>
        <translation>For and on behalf of %1,</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="494"/>
        <source>%1 (suite)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="527"/>
        <source>%1, le %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="529"/>
        <source>Le %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="76"/>
        <location filename="../../core/dues/recipient.cpp" line="33"/>
        <source>Madame,</source>
        <translation>Dear Madam,</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="57"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="57"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="58"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="59"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="60"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="60"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="61"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="61"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="69"/>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="77"/>
        <source>Nous vous prions d&apos;agréer, Madame, l&apos;expression de nos salutations distinguées.</source>
        <translation>Yours faithfully,</translation>
    </message>
    <message>
        <location filename="../../core/dues/letterpainter.cpp" line="78"/>
        <location filename="../../core/dues/recipient.cpp" line="35"/>
        <source>Monsieur,</source>
        <translation>Dear Sir,</translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="66"/>
        <source>Impossible de lire le destinataire de l&apos;adhésion n°%1</source>
        <translation>Could not read the addressee of membership no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="69"/>
        <source>L&apos;adhésion n°%1 n&apos;existe pas.</source>
        <translation>Membership no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/dues/recipient.cpp" line="81"/>
        <source>À l&apos;attention de %1</source>
        <translation>For the attention of %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="83"/>
        <source>Impossible de lire l&apos;adhésion n°%1</source>
        <translation>Could not read membership no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="86"/>
        <source>L&apos;adhésion n°%1 n&apos;est plus dans le fichier.</source>
        <translation>Membership no. %1 is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="97"/>
        <source>Impossible de lire les clubs d&apos;origine</source>
        <translation>Cannot read the origin clubs</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="100"/>
        <source>Choisissez l&apos;ancien club auquel la cotisation a été réglée.</source>
        <translation>Choose the former club the dues were paid to.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="103"/>
        <source>« %1 » n&apos;est pas un ancien club&#xa0;: une cotisation réglée à L2C est un paiement.</source>
        <translation>“%1” is not a former club: dues paid to L2C are a payment.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="118"/>
        <source>Impossible de lire les cotisations réglées aux anciens clubs</source>
        <translation>Cannot read the dues paid to the former clubs</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="147"/>
        <source>Impossible de lire les adhérents venus des anciens clubs</source>
        <translation>Cannot read the members from the former clubs</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="179"/>
        <source>Impossible de retirer la cotisation réglée à l&apos;ancien club (n°%1)</source>
        <translation>Cannot remove the dues paid to the former club (no. %1)</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="183"/>
        <source>La cotisation réglée à l&apos;ancien club n°%1 n&apos;existe plus.</source>
        <translation>The dues paid to the former club no. %1 no longer exist.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="202"/>
        <source>Le montant réglé à %1 par %2 ne peut pas être négatif (%3).</source>
        <translation>The amount %2 paid to %1 cannot be negative (%3).</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="205"/>
        <source>Indiquez la date à laquelle %1 a réglé sa cotisation à %2.</source>
        <translation>Give the date %1 paid their dues to %2.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="213"/>
        <source>%1 a déjà réglé %2 sur l&apos;appel %3 de L2C&#xa0;: sa cotisation %4 n&apos;a pas pu être payée à %5. Annulez d&apos;abord ce paiement s&apos;il est une erreur.</source>
        <translation>%1 has already paid %2 on L2C&apos;s call %3: their %4 dues cannot have been paid to %5. Reverse that payment first if it is a mistake.</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="218"/>
        <source>Cotisation %1 réglée à %2</source>
        <translation>%1 dues paid to %2</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="220"/>
        <source>Impossible d&apos;annuler l&apos;appel %1</source>
        <translation>Cannot cancel call %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/formerclubdues.cpp" line="242"/>
        <source>Impossible d&apos;enregistrer la cotisation de %1 réglée à %2</source>
        <translation>Cannot record the dues %1 paid to %2</translation>
    </message>
</context>
<context>
    <name>adhera::dues::ChequeRemittances</name>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="59"/>
        <source>Impossible de lire les chèques</source>
        <translation>Cannot read the cheques</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="94"/>
        <source>Choisissez les chèques à remettre en banque.</source>
        <translation>Choose the cheques to pay in.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="96"/>
        <source>Indiquez la date de la remise en banque.</source>
        <translation>Give the date the cheques are paid in.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="85"/>
        <source>Impossible de lire le paiement n°%1</source>
        <translation>Cannot read payment no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="87"/>
        <source>Le paiement %1 n&apos;est pas un chèque à remettre (autre mode, déjà remis ou annulé).</source>
        <translation>Payment %1 is not a cheque to pay in (other means, already paid in, or cancelled).</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="118"/>
        <source>Le chèque du paiement %1 a été reçu le %2, après la remise du %3.</source>
        <translation>The cheque of payment %1 was received on %2, after the remittance of %3.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="132"/>
        <source>Impossible d&apos;enregistrer la remise %1</source>
        <translation>Cannot record remittance %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="141"/>
        <source>Impossible d&apos;inscrire le chèque %1 sur la remise</source>
        <translation>Cannot put cheque %1 on the remittance</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="154"/>
        <source>Impossible de lire la remise de chèques n°%1</source>
        <translation>Cannot read cheque remittance no. %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="157"/>
        <source>Aucune remise de chèques n°%1.</source>
        <translation>No cheque remittance no. %1.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="173"/>
        <location filename="../../core/dues/chequeremittance.cpp" line="220"/>
        <source>Impossible de lire les remises de chèques</source>
        <translation>Cannot read the cheque remittances</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="191"/>
        <source>Choisissez les chèques déjà remis en banque.</source>
        <translation>Choose the cheques already remitted to the bank.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="206"/>
        <source>Impossible de marquer le chèque n°%1 comme remis</source>
        <translation>Could not mark cheque no. %1 as remitted</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="224"/>
        <source>sans bordereau</source>
        <translation>without a slip</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="231"/>
        <source>Bordereau de remise de chèques %1</source>
        <translation>Cheque remittance slip %1</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="241"/>
        <source>Bordereau de remise de chèques</source>
        <translation>Cheque remittance slip</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/chequeremittance.cpp" line="244"/>
        <source>N° %1 — remis le %2 — %n chèque(s)</source>
        <translation>
            <numerusform>No. %1 — paid in on %2 — %n cheque</numerusform>
            <numerusform>No. %1 — paid in on %2 — %n cheques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Tireur</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>N° de chèque</source>
        <translation>Cheque no.</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="263"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/dues/chequeremittance.cpp" line="282"/>
        <source>Total (%n chèque(s))</source>
        <translation>
            <numerusform>Total (%n cheque)</numerusform>
            <numerusform>Total (%n cheques)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="290"/>
        <source>Compte crédité (IBAN)</source>
        <translation>Account credited (IBAN)</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="290"/>
        <source>Cachet de la banque</source>
        <translation>Bank&apos;s stamp</translation>
    </message>
    <message>
        <location filename="../../core/dues/chequeremittance.cpp" line="297"/>
        <source>Imprimé le %1 par Adhera</source>
        <translation>Printed on %1 by Adhera</translation>
    </message>
</context>
<context>
    <name>adhera::importing</name>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="30"/>
        <source>Identifiant d&apos;origine</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="33"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="35"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="37"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="40"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="43"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="44"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="45"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="47"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="49"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="52"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="54"/>
        <source>Numéro de voie</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="56"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="59"/>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="62"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="64"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="66"/>
        <source>Région ou département</source>
        <translation>Region or département</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="68"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="70"/>
        <source>Numéro d&apos;identification</source>
        <translation>Identification number</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="72"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="74"/>
        <source>Date d&apos;adhésion</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="77"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="167"/>
        <source>correspondance « %1 » : attendu « En-tête=champ »</source>
        <translation>mapping “%1”: expected “Header=field”</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="172"/>
        <source>correspondance « %1 » : champ inconnu « %2 »</source>
        <translation>mapping “%1”: unknown field “%2”</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfield.cpp" line="180"/>
        <source>correspondance « %1 » : le fichier n&apos;a pas de colonne « %2 » (colonnes : %3)</source>
        <translation>mapping “%1”: the file has no column “%2” (columns: %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/importing/importfile.cpp" line="37"/>
        <source>« %1 » devrait compter %n chiffres.</source>
        <translation>
            <numerusform>“%1” should have %n digit.</numerusform>
            <numerusform>“%1” should have %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="39"/>
        <source>« %1 » a une clé de contrôle fausse.</source>
        <translation>“%1” has a wrong check digit.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="91"/>
        <source>ni nom ni organisme : la ligne ne sera pas importée.</source>
        <translation>neither name nor organisation: the line will not be imported.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="108"/>
        <source>« %1 » n&apos;est pas une date (attendu JJ/MM/AAAA).</source>
        <translation>“%1” is not a date (expected DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../core/importing/importfile.cpp" line="114"/>
        <source>ligne %1, %2 : %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="72"/>
        <source>Le fichier %1 est déjà importé.</source>
        <translation>The file %1 is already imported.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="73"/>
        <source>Impossible d&apos;enregistrer l&apos;import de %1</source>
        <translation>Could not save the import of %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="84"/>
        <source>Ces lignes attendent déjà parmi les imports en attente (fichier %1, enregistré le %2)&#xa0;: cochez cet import plutôt que d&apos;ajouter le fichier à nouveau.</source>
        <translation>These rows already wait among the pending imports (file %1, saved on %2): tick that import rather than adding the file again.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="88"/>
        <source>Ces lignes ont déjà été importées le %1 (fichier %2) : un même export n&apos;est pas importé deux fois.</source>
        <translation>These lines were already imported on %1 (file %2): the same export is not imported twice.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="129"/>
        <source>Impossible d&apos;enregistrer la correspondance des colonnes de %1</source>
        <translation>Could not save the column mapping of %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="150"/>
        <source>Impossible de retirer l&apos;import en attente</source>
        <translation>Could not remove the pending import</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="156"/>
        <source>Une partie de cet import est déjà dans le fichier des adhérents&#xa0;: il reste dans l&apos;historique des fusions et ne peut pas être retiré.</source>
        <translation>Part of this import is already in the member file: it stays in the merge history and cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="178"/>
        <location filename="../../core/importing/importstore.cpp" line="217"/>
        <source>Impossible de lire les imports en attente</source>
        <translation>Could not read the pending imports</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="228"/>
        <source>Impossible de lire l&apos;origine de la fiche</source>
        <translation>Could not read where the record came from</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="248"/>
        <source>Impossible d&apos;enregistrer la correspondance des colonnes</source>
        <translation>Could not save the column mapping</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="255"/>
        <source>Impossible de lire la correspondance des colonnes</source>
        <translation>Could not read the column mapping</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="276"/>
        <location filename="../../core/importing/importstore.cpp" line="285"/>
        <source>Impossible d&apos;enregistrer la décision « pas un doublon »</source>
        <translation>Could not save the “not a duplicate” decision</translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="291"/>
        <source>Impossible de lire les décisions « pas un doublon »</source>
        <translation>Could not read the “not a duplicate” decisions</translation>
    </message>
</context>
<context>
    <name>adhera::io</name>
    <message>
        <location filename="../../core/io/xlsxwriter.cpp" line="178"/>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxwriter.cpp" line="231"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="236"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="239"/>
        <location filename="../../core/io/xlsxwriter.cpp" line="243"/>
        <source>archive impossible à créer</source>
        <translation>the archive could not be created</translation>
    </message>
    <message>
        <location filename="../../core/io/atomicfile.cpp" line="23"/>
        <source>Le fichier « %1 » n&apos;a pas pu être écrit&#xa0;: %2</source>
        <translation>The file “%1” could not be written: %2</translation>
    </message>
</context>
<context>
    <name>adhera::io::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="130"/>
        <source>c&apos;est un classeur Excel (.xlsx) ou une archive ZIP. Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation>it is an Excel workbook (.xlsx) or a ZIP archive. Open it in Excel and save it as “CSV (semicolon delimited)”.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="133"/>
        <source>c&apos;est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation>it is an old Excel workbook (.xls). Open it in Excel and save it as “CSV (semicolon delimited)”.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="136"/>
        <source>il est encodé en UTF-16. Ouvrez-le dans Excel et enregistrez-le au format « CSV UTF-8 ».</source>
        <translation>it is encoded in UTF-16. Open it in Excel and save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="138"/>
        <source>il contient des octets nuls, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation>it contains null bytes, like a binary file. Choose a file exported as CSV.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="141"/>
        <source>il contient trop de caractères de contrôle, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation>it contains too many control characters, like a binary file. Choose a file exported as CSV.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="307"/>
        <source>Le fichier « %1 » est introuvable.</source>
        <translation>The file “%1” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="309"/>
        <source>« %1 » est un dossier, pas un fichier CSV.</source>
        <translation>“%1” is a folder, not a CSV file.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="312"/>
        <source>Impossible d&apos;ouvrir le fichier « %1 » : %2</source>
        <translation>Cannot open the file “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="315"/>
        <source>Impossible de lire le fichier « %1 » : %2</source>
        <translation>Cannot read the file “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="321"/>
        <source>Le fichier « %1 » est vide : il n&apos;a pas de ligne d&apos;en-tête avec les noms des colonnes.</source>
        <translation>The file “%1” is empty: it has no header line with the column names.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="330"/>
        <source>Encodage « %1 » inconnu : choisissez UTF-8, Windows-1252 ou ISO-8859-1.</source>
        <translation>Unknown encoding “%1”: choose UTF-8, Windows-1252 or ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="334"/>
        <source>Un guillemet ou un saut de ligne ne peut pas séparer les champs.</source>
        <translation>A quote or a line break cannot separate the fields.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="338"/>
        <source>Le fichier « %1 » n&apos;est pas un fichier texte (CSV) : %2</source>
        <translation>The file “%1” is not a text (CSV) file: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="341"/>
        <source>Le fichier « %1 », ligne %2 : ligne trop longue (plus de 1 Mo). Ce n&apos;est sans doute pas un fichier CSV.</source>
        <translation>The file “%1”, line %2: line too long (over 1 MB). This is probably not a CSV file.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="360"/>
        <source>Le fichier « %1 », ligne %2 : guillemet ouvert jamais refermé. Vérifiez les guillemets du champ qui commence à cette ligne.</source>
        <translation>The file “%1”, line %2: a quote is opened and never closed. Check the quotes of the field that starts on this line.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="376"/>
        <source>ligne %1 : la colonne %2 n&apos;a pas de nom</source>
        <translation>line %1: column %2 has no name</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="381"/>
        <source>ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4</source>
        <translation>line %1: column %2 “%3” has the same name as column %4</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="395"/>
        <source>ligne %1 : %2 champs au lieu de %3</source>
        <translation>line %1: %2 fields instead of %3</translation>
    </message>
</context>
<context>
    <name>adhera::io::XlsxReader</name>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="60"/>
        <source>Le classeur « %1 » est endommagé : la partie « %2 » n&apos;est pas un XML valide (%3, ligne %4).</source>
        <translation>The workbook “%1” is damaged: the part “%2” is not valid XML (%3, line %4).</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="66"/>
        <source>Le classeur « %1 » est endommagé : la partie « %2 » %3</source>
        <translation>The workbook “%1” is damaged: the part “%2” %3</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="240"/>
        <source>Le classeur « %1 » est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et enregistrez-le à nouveau.</source>
        <translation>The workbook “%1” is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="244"/>
        <source>Le fichier « %1 » est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».</source>
        <translation>The file “%1” is an old Excel workbook (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="248"/>
        <source>Le fichier « %1 » n&apos;est pas un classeur Excel (.xlsx) : %2</source>
        <translation>The file “%1” is not an Excel workbook (.xlsx): %2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="252"/>
        <source>ce n&apos;est pas une archive ZIP. S&apos;il s&apos;agit d&apos;un fichier CSV renommé, rendez-lui l&apos;extension .csv.</source>
        <translation>it is not a ZIP archive. If it is a renamed CSV file, give it back the .csv extension.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="255"/>
        <source>l&apos;archive ZIP est endommagée ou incomplète.</source>
        <translation>the ZIP archive is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="257"/>
        <source>c&apos;est une archive ZIP sans partie « xl/workbook.xml ».</source>
        <translation>it is a ZIP archive without an “xl/workbook.xml” part.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="266"/>
        <source>est absente.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="270"/>
        <source>La partie « %1 » du classeur « %2 » dépasse 512 Mo une fois décompressée : le classeur est trop gros pour être importé.</source>
        <translation>The part “%1” of the workbook “%2” exceeds 512 MB once decompressed: the workbook is too large to import.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="274"/>
        <location filename="../../core/io/xlsxreader.cpp" line="278"/>
        <source>ne peut pas être décompressée.</source>
        <translation>cannot be decompressed.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="415"/>
        <source>ligne %1 : %2 champs au lieu de %3</source>
        <translation>line %1: %2 fields instead of %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/xlsxreader.cpp" line="426"/>
        <source>%n ligne(s) vide(s) ignorée(s)</source>
        <translation>
            <numerusform>%n empty line skipped</numerusform>
            <numerusform>%n empty lines skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="437"/>
        <source>ligne %1 : la colonne %2 n&apos;a pas de nom</source>
        <translation>line %1: column %2 has no name</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="442"/>
        <source>ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4</source>
        <translation>line %1: column %2 “%3” has the same name as column %4</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="483"/>
        <source>renvoie à un texte partagé absent (cellule %1%2).</source>
        <translation>refers to a missing shared string (cell %1%2).</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="491"/>
        <source>ligne %1 : la cellule %2%1 contient l&apos;erreur « %3 », elle est lue comme vide</source>
        <translation>line %1: cell %2%1 contains the error “%3”; it is read as empty</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="539"/>
        <source>a une cellule au-delà de la dernière colonne (ligne %1).</source>
        <translation>has a cell beyond the last column (line %1).</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="555"/>
        <source>La feuille « %1 » du classeur « %2 » est vide : elle n&apos;a pas de ligne d&apos;en-tête avec les noms des colonnes.</source>
        <translation>The sheet “%1” of the workbook “%2” is empty: it has no header line with the column names.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="565"/>
        <source>Le fichier « %1 » est introuvable.</source>
        <translation>The file “%1” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="567"/>
        <source>« %1 » est un dossier, pas un classeur Excel.</source>
        <translation>“%1” is a folder, not an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="570"/>
        <source>Impossible d&apos;ouvrir le fichier « %1 » : %2</source>
        <translation>Cannot open the file “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="573"/>
        <source>Impossible de lire le fichier « %1 » : %2</source>
        <translation>Cannot read the file “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="575"/>
        <source>Le fichier « %1 » est vide.</source>
        <translation>The file “%1” is empty.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="594"/>
        <source>Le classeur « %1 » n&apos;a aucune feuille de calcul.</source>
        <translation>The workbook “%1” has no worksheet.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="622"/>
        <source>Le classeur « %1 » n&apos;a pas de feuille « %2 ». Ses feuilles : %3.</source>
        <translation>The workbook “%1” has no sheet “%2”. Its sheets: %3.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxreader.cpp" line="628"/>
        <source>Le classeur « %1 » est endommagé : la feuille « %2 » n&apos;a pas de partie associée.</source>
        <translation>The workbook “%1” is damaged: the sheet “%2” has no matching part.</translation>
    </message>
</context>
<context>
    <name>adhera::merge</name>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="115"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="116"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="117"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="118"/>
        <source>Numéro d&apos;identification</source>
        <translation>Identification number</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="119"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="120"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="121"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="122"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="123"/>
        <source>Téléphone fixe</source>
        <translation>Landline</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="124"/>
        <source>Numéro de voie</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="125"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="126"/>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="127"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="128"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="129"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="137"/>
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="138"/>
        <source>différent</source>
        <translation>different</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="139"/>
        <source>se prononce pareil</source>
        <translation>sounds alike</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="140"/>
        <source>proche</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../core/merge/comparisonvector.cpp" line="141"/>
        <source>identique</source>
        <translation>identical</translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="96"/>
        <location filename="../../core/merge/groupwriter.cpp" line="249"/>
        <location filename="../../core/merge/groupwriter.cpp" line="260"/>
        <source>Valeur non reprise (%1) : « %2 »</source>
        <translation>Value not taken over (%1): “%2”</translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="117"/>
        <source>Impossible de lire les organismes</source>
        <translation>Could not read the organisations</translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="264"/>
        <source>Autre e-mail : %1</source>
        <translation>Other e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="266"/>
        <source>Autre téléphone : %1</source>
        <translation>Other phone: %1</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="114"/>
        <location filename="../../core/merge/matcher.cpp" line="144"/>
        <source>Préparation des fiches</source>
        <translation>Preparing the records</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="119"/>
        <location filename="../../core/merge/matcher.cpp" line="148"/>
        <source>Recherche des paires candidates</source>
        <translation>Finding candidate pairs</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="176"/>
        <location filename="../../core/merge/matcher.cpp" line="187"/>
        <source>Comparaison des paires</source>
        <translation>Comparing the pairs</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="196"/>
        <source>Estimation des poids</source>
        <translation>Estimating the weights</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="214"/>
        <source>Calcul des scores</source>
        <translation>Computing the scores</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="241"/>
        <location filename="../../core/merge/reviewsession.cpp" line="165"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="279"/>
        <source>Même SIREN : le même organisme.</source>
        <translation>Same SIREN: the same organisation.</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="281"/>
        <source>SIREN différents : jamais fusionnés automatiquement.</source>
        <translation>Different SIRENs: never merged automatically.</translation>
    </message>
    <message>
        <location filename="../../core/merge/matcher.cpp" line="283"/>
        <source>Noms ou prénoms différents sans date de naissance, e-mail ni portable en commun : deux personnes, sauf décision contraire.</source>
        <translation>Different names or first names with no date of birth, e-mail or mobile in common: two people, unless you decide otherwise.</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="53"/>
        <source>fichier des adhérents</source>
        <translation>member file</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="55"/>
        <source>%1 l. %2</source>
        <translation>%1 l. %2</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="99"/>
        <source>Impossible de mettre à jour l&apos;état des imports</source>
        <translation>Could not update the state of the imports</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="179"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="193"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="288"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="302"/>
        <source>Impossible d&apos;enregistrer la fusion</source>
        <translation>Could not save the merge</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="207"/>
        <source>%1 (%2) : %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="220"/>
        <source>Organisme %1 ← %2</source>
        <translation>Organisation %1 ← %2</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="243"/>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="307"/>
        <source>Impossible d&apos;annuler la fusion n° %1</source>
        <translation>Could not undo merge no. %1</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="313"/>
        <source>La fusion n° %1 n&apos;existe pas.</source>
        <translation>Merge no. %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="316"/>
        <source>La fusion « %1 » est déjà annulée.</source>
        <translation>The merge “%1” is already undone.</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="329"/>
        <source>La fusion « %1 » ne peut pas être annulée : les fiches concernées ont changé depuis (modification, ou fusion plus récente). Annulez d&apos;abord les fusions plus récentes qui les concernent.</source>
        <translation>The merge “%1” cannot be undone: the records it touched have changed since (an edit, or a later merge). Undo the later merges that touch them first.</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="352"/>
        <source>Impossible d&apos;annuler la fusion</source>
        <translation>Could not undo the merge</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="359"/>
        <source>Toutes les étapes de cette fusion sont déjà annulées.</source>
        <translation>Every step of this merge is already undone.</translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="392"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="411"/>
        <source>Impossible de lire l&apos;historique des fusions</source>
        <translation>Could not read the merge history</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="82"/>
        <source>Impossible de lire les personnes du fichier</source>
        <translation>Could not read the people of the file</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="142"/>
        <source>%1 et %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="150"/>
        <source>Doublons dans %1</source>
        <translation>Duplicates in %1</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="157"/>
        <location filename="../../core/merge/reviewsession.cpp" line="210"/>
        <source>Fichier des adhérents</source>
        <translation>Member file</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="212"/>
        <source>%1, ligne %2</source>
        <translation>%1, line %2</translation>
    </message>
</context>
<context>
    <name>adhera::merge::ReviewDraft</name>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="74"/>
        <source>Impossible d&apos;enregistrer la décision sur la paire</source>
        <translation>Could not save the decision on the pair</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="118"/>
        <location filename="../../core/merge/reviewdraft.cpp" line="151"/>
        <source>Impossible de lire les décisions de la revue interrompue</source>
        <translation>Could not read the decisions of the interrupted review</translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewdraft.cpp" line="164"/>
        <source>Impossible d&apos;oublier les décisions de la revue interrompue</source>
        <translation>Could not forget the decisions of the interrupted review</translation>
    </message>
</context>
<context>
    <name>adhera::merge::ValueChoice</name>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="119"/>
        <source>l&apos;autre n&apos;est pas valide (%1)</source>
        <translation>the other is not valid (%1)</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="124"/>
        <source>la date d&apos;adhésion la plus ancienne</source>
        <translation>the earliest join date</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="128"/>
        <source>l&apos;orthographe accentuée</source>
        <translation>the accented spelling</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="130"/>
        <source>en minuscules plutôt qu&apos;en capitales</source>
        <translation>in lower case rather than capitals</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="132"/>
        <source>écrite en entier</source>
        <translation>written in full</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="136"/>
        <source>la plus complète</source>
        <translation>the most complete</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="138"/>
        <source>la plus récente (l&apos;export du club, plus récent que le fichier des adhérents)</source>
        <translation>the most recent (the club&apos;s export, newer than the member file)</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="152"/>
        <source>prénom et nom inversés dans l&apos;autre fiche</source>
        <translation>first and last names swapped in the other record</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="158"/>
        <location filename="../../core/merge/valuechoice.cpp" line="160"/>
        <source> (l&apos;e-mail l&apos;indique)</source>
        <translation> (the e-mail shows it)</translation>
    </message>
    <message>
        <location filename="../../core/merge/valuechoice.cpp" line="163"/>
        <source> (le fichier des adhérents fait foi)</source>
        <translation> (the member file prevails)</translation>
    </message>
</context>
<context>
    <name>adhera::records</name>
    <message>
        <location filename="../../core/members/records.cpp" line="86"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="87"/>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="88"/>
        <source>Démissionnaire</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="89"/>
        <source>Exclu</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="97"/>
        <source>Président(e)</source>
        <translation>President</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="98"/>
        <source>Vice-président(e)</source>
        <translation>Vice-president</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="99"/>
        <source>Trésorier(ère)</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="100"/>
        <source>Secrétaire</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="101"/>
        <source>Administrateur(trice)</source>
        <translation>Board member</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="109"/>
        <source>Annuaire des adhérents</source>
        <translation>Member directory</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="110"/>
        <source>Lettre d&apos;information</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../core/members/records.cpp" line="111"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>adhera::settings</name>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="42"/>
        <source>Impossible d&apos;enregistrer le paramètre « %1 »</source>
        <translation>Could not save the setting “%1”</translation>
    </message>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="63"/>
        <source>Le nom de l&apos;association est obligatoire.</source>
        <translation>The association&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../core/settings/clubidentity.cpp" line="88"/>
        <source>« %1 » n&apos;est pas une image lisible (%2).</source>
        <translation>“%1” is not a readable image (%2).</translation>
    </message>
</context>
<context>
    <name>adhera::validation</name>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="58"/>
        <source>Le numéro « %1 » est trop court.</source>
        <translation>The number “%1” is too short.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="63"/>
        <source>Le numéro « %1 » est trop long.</source>
        <translation>The number “%1” is too long.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="68"/>
        <source>Le numéro « %1 » commence par un indicatif de pays inconnu.</source>
        <translation>The number “%1” starts with an unknown country code.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="79"/>
        <source>Le numéro « %1 » contient autre chose que des chiffres ; notez les précisions (poste, horaires…) dans les remarques.</source>
        <translation>The number “%1” contains more than digits; put details (extension, hours…) in the notes.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="100"/>
        <source>« %1 » n&apos;est pas un numéro de téléphone.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="114"/>
        <source>Le numéro « %1 » n&apos;a pas le bon nombre de chiffres.</source>
        <translation>The number “%1” does not have the right number of digits.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="119"/>
        <source>Le numéro « %1 » n&apos;est pas un numéro français valide.</source>
        <translation>The number “%1” is not a valid French number.</translation>
    </message>
    <message>
        <location filename="../../core/members/phonenumbers.cpp" line="121"/>
        <source>Le numéro « %1 » n&apos;est pas valide pour l&apos;indicatif +%2.</source>
        <translation>The number “%1” is not valid for the country code +%2.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="98"/>
        <source>Le SIREN « %1 » doit compter 9 chiffres.</source>
        <translation>The SIREN “%1” must have 9 digits.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="101"/>
        <source>Le SIREN %1 a une clé de contrôle fausse.</source>
        <translation>The SIREN %1 has a wrong check digit.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="109"/>
        <source>Le SIRET « %1 » doit compter 14 chiffres.</source>
        <translation>The SIRET “%1” must have 14 digits.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="114"/>
        <source>Le SIRET %1 a une clé de contrôle fausse.</source>
        <translation>The SIRET %1 has a wrong check digit.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="119"/>
        <source>Le SIRET %1 ne commence pas par le SIREN %2 : l&apos;un des deux est faux.</source>
        <translation>The SIRET %1 does not start with the SIREN %2: one of them is wrong.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="130"/>
        <source>La catégorie d&apos;adhésion est obligatoire.</source>
        <translation>The membership category is required.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="134"/>
        <source>La date de départ (%1) est antérieure à la date d&apos;adhésion (%2).</source>
        <translation>The leaving date (%1) is before the joining date (%2).</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="142"/>
        <source>Une adhésion individuelle n&apos;a pas de représentant : seules les organisations en désignent un.</source>
        <translation>An individual membership has no representative: only organisations designate one.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="148"/>
        <source>Une adhésion individuelle n&apos;a pas de suppléant : seules les organisations en désignent un.</source>
        <translation>An individual membership has no alternate: only organisations designate one.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="167"/>
        <source>L&apos;adresse e-mail « %1 » contient des espaces.</source>
        <translation>The email address “%1” contains spaces.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="170"/>
        <source>L&apos;adresse e-mail « %1 » doit contenir un seul « @ ».</source>
        <translation>The email address “%1” must contain exactly one “@”.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="174"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a rien avant le « @ ».</source>
        <translation>The email address “%1” has nothing before the “@”.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="177"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a pas de domaine valide après le « @ » (par exemple « exemple.fr »).</source>
        <translation>The email address “%1” has no valid domain after the “@” (for example “example.fr”).</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="191"/>
        <source>Le code postal « %1 » doit compter 5 chiffres.</source>
        <translation>The postcode “%1” must have 5 digits.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="197"/>
        <source>Le code postal « %1 » n&apos;existe pas en France.</source>
        <translation>The postcode “%1” does not exist in France.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="207"/>
        <source>Le site web « %1 » n&apos;est pas une adresse valide (par exemple « www.exemple.fr »).</source>
        <translation>The website “%1” is not a valid address (for example “www.example.fr”).</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="218"/>
        <source>Le site web « %1 » doit commencer par http:// ou https://.</source>
        <translation>The website “%1” must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="281"/>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="297"/>
        <source>Le nom de famille est obligatoire.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="308"/>
        <source>Un emploi se termine le %1, avant son début le %2.</source>
        <translation>A job ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="310"/>
        <source>L&apos;emploi « %1 » se termine le %2, avant son début le %3.</source>
        <translation>The job “%1” ends on %2, before it starts on %3.</translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="318"/>
        <source>Le mandat « %1 » se termine le %2, avant son début le %3.</source>
        <translation>The term “%1” ends on %2, before it starts on %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="49"/>
        <source>Le dossier « %1 » ne peut pas être créé.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="84"/>
        <source>Adhera : gestion des adhérents, des cotisations, des réunions et des assemblées générales.</source>
        <translation>Adhera: members, dues, meetings and general meetings.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="86"/>
        <source>Affiche cette aide.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="89"/>
        <source>Ouvre (ou crée) le fichier d&apos;adhérents FICHIER.</source>
        <translation>Opens (or creates) the member file FILE.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="90"/>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="92"/>
        <source>Enregistre une capture de la fenêtre dans IMAGE.png, sans l&apos;afficher, puis quitte.</source>
        <translation>Saves a picture of the window to IMAGE.png without showing it, then quits.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="93"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="96"/>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="97"/>
        <source>Le fichier d&apos;adhérents à ouvrir (par défaut, le fichier de démonstration).</source>
        <translation>The member file to open (the demo file by default).</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="98"/>
        <source>[fichier]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="114"/>
        <source>Le fichier de démonstration n&apos;a pas pu être préparé&#xa0;:
%1</source>
        <translation>The demo file could not be prepared:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="115"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2</source>
        <translation>The file “%1” could not be opened:
%2</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="121"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="130"/>
        <source>La capture n&apos;a pas pu être enregistrée dans « %1 ».</source>
        <translation>The picture could not be saved to “%1”.</translation>
    </message>
</context>
</TS>
