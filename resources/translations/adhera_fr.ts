<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>EditorSupport</name>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="26"/>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="50"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="65"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="92"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="93"/>
        <source>Enregistrer la fiche (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="96"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="97"/>
        <source>Fermer sans enregistrer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/editorsupport.cpp" line="114"/>
        <source>Abandonner les modifications ?</source>
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
        <location filename="../../ui/messagebox.cpp" line="102"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="102"/>
        <source>Ne pas enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messagebox.cpp" line="102"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ApplyPage</name>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="20"/>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="21"/>
        <source>Vérifiez le bilan, puis cliquez sur « Fusionner ». Une sauvegarde du fichier est faite avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="42"/>
        <source>Fiches fusionnées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="54"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="55"/>
        <location filename="../../ui/merge/applypage.cpp" line="100"/>
        <source>%n nouvel(s) adhérent(s)</source>
        <translation>
            <numerusform>%n nouvel adhérent</numerusform>
            <numerusform>%n nouveaux adhérents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="56"/>
        <location filename="../../ui/merge/applypage.cpp" line="100"/>
        <source>%n fusion(s)</source>
        <translation>
            <numerusform>%n fusion</numerusform>
            <numerusform>%n fusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="56"/>
        <source>%n ligne(s) ignorée(s) (sans nom)</source>
        <translation>
            <numerusform>%n ligne ignorée (sans nom)</numerusform>
            <numerusform>%n lignes ignorées (sans nom)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="69"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="77"/>
        <source>Toutes les paires ont été tranchées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="78"/>
        <source>%n paire(s) non tranchée(s) : leurs fiches ne seront pas fusionnées entre elles.</source>
        <translation>
            <numerusform>%n paire non tranchée : ses fiches ne seront pas fusionnées entre elles.</numerusform>
            <numerusform>%n paires non tranchées : leurs fiches ne seront pas fusionnées entre elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/applypage.cpp" line="80"/>
        <source>%n paire(s) rejetée(s) : elles ne seront plus proposées comme doublons.</source>
        <translation>
            <numerusform>%n paire rejetée : elle ne sera plus proposée comme doublon.</numerusform>
            <numerusform>%n paires rejetées : elles ne seront plus proposées comme doublons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="93"/>
        <source>Fusion impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="93"/>
        <source>Rien n&apos;a été modifié dans le fichier des adhérents.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="99"/>
        <source>%1 et %2 enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="102"/>
        <source>Sauvegarde faite avant la fusion : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="105"/>
        <source>Fusion terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/applypage.cpp" line="127"/>
        <source>La fusion est faite, mais ce qui devait être retenu pour la prochaine fois ne l&apos;a pas été :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::CallTableModel</name>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="96"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="97"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="98"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="99"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="100"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="101"/>
        <source>Payé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="102"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="103"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/calltablemodel.cpp" line="104"/>
        <source>Relance</source>
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
    <name>adhera::DuesPage</name>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="60"/>
        <source>E&amp;xercice&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="65"/>
        <source>Rechercher un adhérent, un n° d&apos;appel, une catégorie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="70"/>
        <source>Émettre les appels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="72"/>
        <source>Créer les appels de cotisation de l&apos;exercice pour les adhérents actifs qui n&apos;en ont pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="74"/>
        <source>Enregistrer un paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="77"/>
        <source>Annuler un paiement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="79"/>
        <source>Enregistrer l&apos;écriture inverse d&apos;un paiement de l&apos;appel sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="81"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="83"/>
        <source>Enregistrer l&apos;état des cotisations de l&apos;exercice en CSV ou XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Impayés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Partiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Payés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Exonérés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="96"/>
        <source>Annulés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="98"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="102"/>
        <location filename="../../ui/dues/duespage.cpp" line="216"/>
        <source>Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="225"/>
        <source>Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="252"/>
        <source>Aucun appel de cotisation pour cet exercice.
Créez-les avec « Émettre les appels… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="253"/>
        <source>Aucun appel ne correspond au filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="298"/>
        <source>Émettre les appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="306"/>
        <source>

Sans barème pour %1, donc sans appel&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="310"/>
        <source>Aucun appel à émettre pour %1&#xa0;: chaque adhérent actif a déjà le sien.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="320"/>
        <source>1 appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="320"/>
        <source>%1 appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="321"/>
        <source>Émettre %1 de cotisation %2 pour un total de %3&#xa0;?
Date d&apos;émission&#xa0;: %4, échéance&#xa0;: %5.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="357"/>
        <source>Annuler un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="371"/>
        <source>L&apos;appel %1 n&apos;a aucun paiement à annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="382"/>
        <location filename="../../ui/dues/duespage.cpp" line="404"/>
        <source>Exporter l&apos;état des cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="384"/>
        <source>CSV pour Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="385"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="388"/>
        <source>cotisations-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="398"/>
        <source>L&apos;état des cotisations %1 est enregistré dans « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/duespage.cpp" line="420"/>
        <source>Le fichier « %1 » n&apos;a pas pu être écrit&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ExplanationView</name>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="65"/>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="66"/>
        <source>%1 : %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="74"/>
        <source>A priori : %1 ; total : %2 bits, soit %3&#xa0;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/explanationview.cpp" line="77"/>
        <source>Règle : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::FilesPage</name>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="48"/>
        <source>Fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="49"/>
        <source>Les fichiers des clubs à importer. Choisissez le club d&apos;origine de chaque nouveau fichier ; les imports en attente peuvent être repris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="54"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="54"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="54"/>
        <source>Encodage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="54"/>
        <source>Lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="54"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="68"/>
        <source>Ajouter un fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="70"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="72"/>
        <source>Les imports en attente cochés sont repris avec les nouveaux fichiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="105"/>
        <source>Clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="112"/>
        <source>Imports en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="141"/>
        <location filename="../../ui/merge/filespage.cpp" line="169"/>
        <source>Ajouter un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="141"/>
        <source>« %1 » est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="147"/>
        <source>Fichier illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="170"/>
        <source>Fichiers de membres (*.csv *.xlsx);;CSV (*.csv *.txt);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="199"/>
        <source>— à choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="205"/>
        <location filename="../../ui/merge/filespage.cpp" line="220"/>
        <source>classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="214"/>
        <source>%1 (import en attente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/filespage.cpp" line="217"/>
        <source>Déjà enregistré ; décochez pour le laisser en attente.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::JournalTableModel</name>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="78"/>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="78"/>
        <source>Création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="80"/>
        <source>Annulée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="80"/>
        <source>En vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="106"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="107"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="108"/>
        <source>Fiche et lignes d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/journaltablemodel.cpp" line="109"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="46"/>
        <source>Fichiers Adhera (*.adhera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="87"/>
        <source>&amp;Nouveau fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="94"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="98"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="105"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>Nouvelle &amp;personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="116"/>
        <source>Nouvelle &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Catégories et clubs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Historique des fusions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="139"/>
        <source>À &amp;propos d&apos;Adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>Fichiers &amp;récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="156"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="172"/>
        <source>Aid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189"/>
        <source>Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="193"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <source>Cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="205"/>
        <source>Lorraine Contact Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232"/>
        <source>Aucun fichier ouvert.
Ouvrez un fichier d&apos;adhérents avec Fichier &gt; Ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="247"/>
        <source>Reprendre la fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="294"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2

Le fichier actuellement ouvert reste affiché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="353"/>
        <source>Adhera — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402"/>
        <source>Aucun appel pour cet exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="404"/>
        <source>%1 appel affiché sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406"/>
        <source>%1 appels affichés sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="415"/>
        <source>Aucune personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="417"/>
        <source>%1 personne affichée sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="419"/>
        <source>%1 personnes affichées sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="428"/>
        <source>Aucun adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="430"/>
        <source>%1 adhérent affiché sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="432"/>
        <source>%1 adhérents affichés sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="468"/>
        <source>Aucun fichier récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="472"/>
        <source>Effacer la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="477"/>
        <source>Nouveau fichier d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="478"/>
        <source>adherents.adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="484"/>
        <source>Nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="485"/>
        <source>Le fichier « %1 » existe déjà.
Pour le rouvrir, utilisez Fichier &gt; Ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="493"/>
        <source>Ouvrir un fichier d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="504"/>
        <location filename="../../ui/mainwindow.cpp" line="510"/>
        <location filename="../../ui/mainwindow.cpp" line="516"/>
        <location filename="../../ui/mainwindow.cpp" line="521"/>
        <source>Enregistrer une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="504"/>
        <source>%1 (copie).adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="510"/>
        <source>Choisissez un autre nom que celui du fichier ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="516"/>
        <source>Le fichier « %1 » ne peut pas être remplacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="521"/>
        <source>La copie n&apos;a pas pu être enregistrée&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="524"/>
        <source>Copie enregistrée dans « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="546"/>
        <source>Fusion enregistrée. Édition &gt; Annuler repart de zéro&#xa0;: une fusion s&apos;annule par Adhérents &gt; Historique des fusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="558"/>
        <source>Fusion annulée&#xa0;: ses lignes importées attendent une nouvelle vérification. Édition &gt; Annuler repart de zéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="571"/>
        <source>Un import attend d&apos;être vérifié&#xa0;: 1 ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="573"/>
        <source>Un import attend d&apos;être vérifié&#xa0;: %1 lignes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="579"/>
        <source>À propos d&apos;Adhera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="580"/>
        <source>&lt;h3&gt;Adhera %1&lt;/h3&gt;&lt;p&gt;Gestion des adhérents, des cotisations, des réunions et des assemblées générales de Lorraine Contact Client (L2C).&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberCommand</name>
    <message>
        <location filename="../../ui/commands/membercommand.cpp" line="23"/>
        <source>Modification impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/membercommand.cpp" line="24"/>
        <source>Impossible d&apos;effectuer %1&#xa0;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberDirectory</name>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="129"/>
        <source>Impossible de compter les adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberdirectory.cpp" line="139"/>
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
        <location filename="../../core/members/memberfile.cpp" line="70"/>
        <source>Impossible de lire l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="83"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/members/memberfile.cpp" line="90"/>
        <source>Cette adhésion a %n appel(s) de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</source>
        <translation>
            <numerusform>Cette adhésion a %n appel de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
            <numerusform>Cette adhésion a %n appels de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. Passez plutôt l&apos;adhésion au statut « Démissionnaire ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="104"/>
        <source>Impossible de supprimer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="120"/>
        <source>Impossible de remplacer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="132"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="151"/>
        <source>Impossible de lire la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="154"/>
        <source>La personne n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="178"/>
        <source>Impossible de lire les emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="186"/>
        <source>Impossible de lire les fonctions au bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="195"/>
        <source>Impossible de lire les consentements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="211"/>
        <source>Impossible de lire l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="214"/>
        <source>L&apos;organisation n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="250"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="260"/>
        <source>Impossible d&apos;enregistrer les emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="274"/>
        <source>Impossible d&apos;enregistrer les fonctions au bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="288"/>
        <source>Impossible d&apos;enregistrer les consentements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="325"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="346"/>
        <source>Impossible de supprimer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="376"/>
        <source>Impossible de supprimer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="402"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="413"/>
        <source>Impossible de lire les clubs d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="424"/>
        <source>Une catégorie a besoin d&apos;un code et d&apos;un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="426"/>
        <source>Type d&apos;adhérent inconnu pour la catégorie « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="437"/>
        <source>Impossible d&apos;enregistrer la catégorie « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="450"/>
        <source>Un club d&apos;origine a besoin d&apos;un code et d&apos;un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="457"/>
        <source>Impossible d&apos;enregistrer le club « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="470"/>
        <source>Impossible de lire les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="484"/>
        <location filename="../../core/members/memberfile.cpp" line="514"/>
        <source>Impossible de lire le personnel de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="521"/>
        <source>Impossible de lire les organisations représentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/memberfile.cpp" line="529"/>
        <source>Impossible de compter les fiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MemberTableModel</name>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="74"/>
        <source>%1 — représenté(e) par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="76"/>
        <source>Sorti(e) le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="96"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="96"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="131"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="132"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="133"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="134"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="135"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="136"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="137"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="138"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="139"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/membertablemodel.cpp" line="140"/>
        <source>Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MembersPage</name>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="67"/>
        <source>Liste des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="67"/>
        <source>La liste des adhérents n&apos;a pas pu être lue&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="95"/>
        <source>Rechercher un adhérent (nom, ville, e-mail…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="101"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="103"/>
        <source>Ajouter une organisation adhérente (personne morale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="106"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="108"/>
        <source>Ajouter un adhérent à titre individuel (personne physique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="111"/>
        <location filename="../../ui/pages/memberspage.cpp" line="442"/>
        <location filename="../../ui/pages/memberspage.cpp" line="455"/>
        <location filename="../../ui/pages/memberspage.cpp" line="462"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="113"/>
        <source>Supprimer les adhérents sélectionnés (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="117"/>
        <source>Adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="127"/>
        <location filename="../../ui/pages/memberspage.cpp" line="133"/>
        <location filename="../../ui/pages/memberspage.cpp" line="217"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="134"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="135"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="146"/>
        <source>&amp;Statut&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="147"/>
        <source>&amp;Catégorie&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="148"/>
        <source>C&amp;lub d&apos;origine&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="149"/>
        <source>T&amp;ype&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="155"/>
        <source>Tout afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="156"/>
        <source>Vider la recherche et remettre tous les filtres à « Tous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="212"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="354"/>
        <source>Aucun adhérent pour l&apos;instant.
Ajoutez-en un avec « Nouvelle organisation » ou « Nouvelle personne ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="356"/>
        <source>Aucun adhérent ne correspond à la recherche et aux filtres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="436"/>
        <source>Supprimer « %1 » du fichier des adhérents&#xa0;?

Sa fiche et son adhésion seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="439"/>
        <source>Supprimer les %1 adhérents sélectionnés du fichier&#xa0;?

Leurs fiches et leurs adhésions seront supprimées. Vous pourrez annuler avec Édition &gt; Annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="450"/>
        <source>la suppression de %1 adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/memberspage.cpp" line="476"/>
        <source>Colonnes affichées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MergeHistoryDialog</name>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="27"/>
        <source>Historique des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="29"/>
        <source>Chaque fiche créée ou complétée par une fusion s&apos;annule ici, une à une&#xa0;: elle revient à son état d&apos;avant et ses lignes importées retournent à la vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="33"/>
        <source>Masquer les annulées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="59"/>
        <source>Annuler cette fusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="64"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="110"/>
        <source>Toutes les fusions ont été annulées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="112"/>
        <source>Aucune fusion pour l&apos;instant.
Les fusions faites avec Adhérents &gt; Importer et fusionner des fichiers… apparaissent ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="125"/>
        <source>La fiche revient à son état d&apos;avant la fusion et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="127"/>
        <source>La fiche créée est retirée du fichier et les lignes importées dont elle vient retournent à la vérification&#xa0;: elles seront proposées de nouveau par Adhérents &gt; Importer et fusionner des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="129"/>
        <source>Annuler cette fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="130"/>
        <source>Annuler « %1 »&#xa0;?

%2

Une sauvegarde du fichier est faite avant l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="139"/>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="141"/>
        <source>Annulation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="139"/>
        <source>%1

Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergehistorydialog.cpp" line="142"/>
        <source>L&apos;annulation a échoué&#xa0;:
%1

Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::MergeWizard</name>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="17"/>
        <source>Importer et fusionner des fichiers d&apos;adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="20"/>
        <source>&lt; Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="21"/>
        <source>Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="22"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/mergewizard.cpp" line="23"/>
        <source>Fusionner</source>
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
    <name>adhera::OptionalDateEdit</name>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="22"/>
        <source>Cocher pour indiquer une date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="23"/>
        <source>Date connue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/optionaldateedit.cpp" line="28"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::OrganisationEditor</name>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="38"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="38"/>
        <source>Organisation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="48"/>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="49"/>
        <source>&amp;Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="50"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="65"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="68"/>
        <source>N&amp;om&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="76"/>
        <source>&amp;Forme juridique&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="78"/>
        <source>9 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="79"/>
        <source>S&amp;IREN&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="81"/>
        <source>14 chiffres&#xa0;: SIREN + NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="82"/>
        <source>SI&amp;RET&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="85"/>
        <source>— non renseignée —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="86"/>
        <source>1 à 49 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="87"/>
        <source>50 à 199 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="88"/>
        <source>200 à 499 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="89"/>
        <source>500 salariés et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="90"/>
        <source>Tranche d&apos;effe&amp;ctif&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="92"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="96"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="99"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="101"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="103"/>
        <source>ex. 03 87 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="105"/>
        <source>Télé&amp;phone&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="107"/>
        <source>ex. contact@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="108"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="110"/>
        <source>ex. www.exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="111"/>
        <source>Site &amp;web&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="127"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="141"/>
        <source>Adhé&amp;rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="145"/>
        <source>Re&amp;présentant (titulaire)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="148"/>
        <source>S&amp;uppléant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="150"/>
        <source>Salariés actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="157"/>
        <source>Le représentant et le suppléant se choisissent parmi les salariés actuels ; on rattache une personne à l&apos;organisation depuis sa fiche (onglet Emploi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="174"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="181"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="186"/>
        <source>Enregistrez d&apos;abord l&apos;organisation, puis rattachez-y des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="187"/>
        <source>Aucun salarié rattaché à l&apos;organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="218"/>
        <source>personne n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="219"/>
        <source>%1 (ne fait plus partie du personnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/organisationeditor.cpp" line="274"/>
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
        <location filename="../../ui/merge/paircomparison.cpp" line="39"/>
        <source>Cliquez sur une valeur pour la garder dans la fiche fusionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="41"/>
        <source>Garder les deux e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="43"/>
        <source>Garder les deux téléphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="86"/>
        <location filename="../../ui/merge/paircomparison.cpp" line="89"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="86"/>
        <source>Fiche A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="86"/>
        <source>Fiche B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/paircomparison.cpp" line="143"/>
        <source>Valeur gardée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PairTableModel</name>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="77"/>
        <source>Sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="78"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="79"/>
        <source>Rejeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="87"/>
        <source>Entre fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="88"/>
        <source>Dans un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="89"/>
        <source>Déjà adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="97"/>
        <source>À décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="98"/>
        <source>Acceptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="99"/>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="136"/>
        <source>%1&#xa0;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="147"/>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="164"/>
        <source>Déjà déclarée « pas un doublon » lors d&apos;une fusion précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="168"/>
        <source>Prob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="169"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="170"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="171"/>
        <source>Fiche A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="172"/>
        <source>Fiche B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/pairtablemodel.cpp" line="173"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PaymentDialog</name>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="46"/>
        <location filename="../../ui/dues/paymentdialog.cpp" line="317"/>
        <source>Enregistrer un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="56"/>
        <source>0,00 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="77"/>
        <source>Libellé du virement, n° de transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="91"/>
        <source>&amp;Date&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="92"/>
        <source>&amp;Montant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="95"/>
        <source>Mode de &amp;paiement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="96"/>
        <source>N° de &amp;chèque&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="97"/>
        <source>&amp;Banque&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="98"/>
        <source>&amp;Référence&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="99"/>
        <source>P&amp;ayeur&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>Appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="103"/>
        <source>Montant affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="124"/>
        <source>Ajouter un appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="136"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="139"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="143"/>
        <source>Affectation aux appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="200"/>
        <source>%1 — %2 (reste dû %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="247"/>
        <source>Saisissez le montant reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="248"/>
        <source>Montant invalide&#xa0;: écrivez par exemple 250,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="267"/>
        <source>Montant affecté à l&apos;appel %1 invalide&#xa0;: « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="285"/>
        <source>Non affecté&#xa0;: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="293"/>
        <source>Affecté au-delà du paiement&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="295"/>
        <source>Non affecté&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/paymentdialog.cpp" line="318"/>
        <source>%1 ne sont affectés à aucun appel et resteront un avoir pour le payeur.
Enregistrer quand même&#xa0;?</source>
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
    <name>adhera::PersonDirectory</name>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="84"/>
        <source>Impossible de compter les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/persondirectory.cpp" line="94"/>
        <source>Impossible de lire la liste des personnes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::PersonEditor</name>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="63"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="63"/>
        <source>Personne — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="71"/>
        <source>&amp;Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="72"/>
        <source>Em&amp;ploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="73"/>
        <source>&amp;Adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="74"/>
        <source>RGPD et &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="80"/>
        <source>&amp;Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="98"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="102"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="452"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="103"/>
        <source>M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="104"/>
        <source>Mme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="105"/>
        <source>&amp;Civilité&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="107"/>
        <source>P&amp;rénom&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="109"/>
        <source>N&amp;om&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="111"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="114"/>
        <source>ex. prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="115"/>
        <source>E-&amp;mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="117"/>
        <source>ex. 03 87 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="119"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="121"/>
        <source>ex. 06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="123"/>
        <source>Mo&amp;bile&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="126"/>
        <source>A&amp;dresse&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="129"/>
        <source>Code posta&amp;l&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="131"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="150"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="156"/>
        <source>Tapez une partie du nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="157"/>
        <source>Emplo&amp;yeur&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="159"/>
        <source>ex. Directrice de la relation client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="160"/>
        <source>&amp;Fonction&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="162"/>
        <source>Historique des emplois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <source>Employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="202"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="202"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="164"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="202"/>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="176"/>
        <source>Changer d&apos;employeur clôt l&apos;emploi en cours à la date du jour et en ouvre un nouveau : l&apos;historique est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="198"/>
        <source>Adhérent à titre indi&amp;viduel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="200"/>
        <source>Fonctions au bureau / CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="208"/>
        <source>A&amp;jouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="211"/>
        <source>Reti&amp;rer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="243"/>
        <source>Consentements (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="247"/>
        <source>Ann&amp;uaire des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="247"/>
        <source>Accepte de paraître dans l&apos;annuaire remis aux adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="248"/>
        <source>&amp;Lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="248"/>
        <source>Accepte de recevoir la lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="249"/>
        <source>P&amp;hotos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="249"/>
        <source>Accepte la publication de photos où la personne figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="264"/>
        <source>La date de recueil devient celle du jour quand une case change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="269"/>
        <source>N&amp;otes&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="297"/>
        <location filename="../../ui/dialogs/personeditor.cpp" line="466"/>
        <source>Organisation n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="437"/>
        <source>Aucune organisation ne s&apos;appelle « %1 » : choisissez l&apos;employeur dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="453"/>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="524"/>
        <source>jamais demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="526"/>
        <source>accord recueilli le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/personeditor.cpp" line="528"/>
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
        <location filename="../../ui/dues/reversaldialog.cpp" line="46"/>
        <source>Annuler un paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="48"/>
        <source>Le paiement n&apos;est pas effacé&#xa0;: une écriture inverse est enregistrée à la date choisie, et l&apos;appel %1 (%2) redevient dû d&apos;autant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="57"/>
        <source>%1 du %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="69"/>
        <source>Chèque impayé, erreur de saisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="78"/>
        <source>&amp;Paiement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="79"/>
        <source>&amp;Date&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="80"/>
        <source>&amp;Motif&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="83"/>
        <source>Annuler le paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="85"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dues/reversaldialog.cpp" line="100"/>
        <source>Indiquez le motif de l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::ReviewPage</name>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="27"/>
        <source>Vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="28"/>
        <source>Acceptez les vrais doublons, rejetez les autres. Les paires non tranchées ne sont pas fusionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="33"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="34"/>
        <source>Sûrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="35"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="36"/>
        <source>Rejetés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="39"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="66"/>
        <source>Accepter (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="69"/>
        <source>Fusionner ces deux fiches (touche A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="70"/>
        <source>Rejeter (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="73"/>
        <source>Pas un doublon : ne plus proposer cette paire (touche R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="74"/>
        <source>Suivant (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="77"/>
        <source>Paire suivante, sans décider (touches N et ↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="79"/>
        <source>Accepter les sûrs sans conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="85"/>
        <source>Niveau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="87"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="102"/>
        <source>Pourquoi ce score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="194"/>
        <source>Aucune paire à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/reviewpage.cpp" line="200"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="240"/>
        <source>%n paire(s) sûre(s) acceptée(s). </source>
        <translation>
            <numerusform>%n paire sûre acceptée. </numerusform>
            <numerusform>%n paires sûres acceptées. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/reviewpage.cpp" line="247"/>
        <source>%n paire(s) à décider</source>
        <translation>
            <numerusform>%n paire à décider</numerusform>
            <numerusform>%n paires à décider</numerusform>
        </translation>
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
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="15"/>
        <source>la modification de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/saveorganisationcommand.cpp" line="16"/>
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
        <location filename="../../ui/merge/searchpage.cpp" line="24"/>
        <source>Recherche des doublons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="25"/>
        <source>Les fiches des fichiers sont comparées entre elles et avec les adhérents déjà enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="40"/>
        <source>Annuler la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="42"/>
        <source>Relancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="104"/>
        <source>Préparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="135"/>
        <source>Recherche annulée. Relancez-la pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="143"/>
        <source>Recherche terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="145"/>
        <source>Aucun doublon probable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge/searchpage.cpp" line="146"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="147"/>
        <source>%n sûr(s)</source>
        <translation>
            <numerusform>%n sûr</numerusform>
            <numerusform>%n sûrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="148"/>
        <source>%n à vérifier</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge/searchpage.cpp" line="149"/>
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adhera::cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="37"/>
        <source>remplit un fichier vide avec les données de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="39"/>
        <source>version du schéma et nombre de fiches [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="41"/>
        <source>liste des adhérents [--search TEXTE] [--status actif|...] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="43"/>
        <source>GAUCHE DROITE : paires de fiches d&apos;une même personne ou d&apos;un même organisme dans deux fichiers CSV ou XLSX [--left-map SPEC] [--right-map SPEC] [--left-id COL] [--right-id COL] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="46"/>
        <source>GAUCHE DROITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="48"/>
        <source>FICHIER : doublons à l&apos;intérieur d&apos;un fichier CSV ou XLSX [--map SPEC] [--id COL] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="50"/>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="52"/>
        <source>FICHIER --club NOM : importe un fichier de club, applique les fusions sûres et laisse le reste à vérifier dans la fenêtre [--map SPEC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="55"/>
        <source>--club NOM FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="57"/>
        <source>--year AAAA : état des cotisations de l&apos;exercice (attendu, encaissé, reste dû ; par catégorie, par club ; impayés) [--format csv|xlsx|pdf] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="61"/>
        <source>--year AAAA : journal des recettes de l&apos;exercice pour le comptable [--format csv|xlsx] [--out FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="69"/>
        <source>Usage : adhera-cli [--db FICHIER] COMMANDE [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="69"/>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="72"/>
        <source>Options générales :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="72"/>
        <source>  --db FICHIER   le fichier Adhera (.adhera) à utiliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="73"/>
        <source>  --version      affiche la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="73"/>
        <source>  --help         affiche cette aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="74"/>
        <source>SPEC associe des colonnes à des champs : « Nom=last_name,Prénom=first_name,Société=organisation ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="75"/>
        <source>Sans SPEC, les colonnes sont reconnues d&apos;après leur en-tête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="76"/>
        <source>Codes de sortie : 0 succès, 1 erreur, 2 mauvaise utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="83"/>
        <source>Voir « adhera-cli --help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="112"/>
        <source>commande inconnue « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="117"/>
        <source>la commande « %1 » s&apos;utilise ainsi : adhera-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="121"/>
        <source>la commande « %1 » n&apos;accepte pas l&apos;option « --%2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="126"/>
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
        <location filename="../../app/cli/invocation.cpp" line="47"/>
        <source>option inconnue « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/invocation.cpp" line="50"/>
        <source>l&apos;option « --%1 » attend une valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="33"/>
        <source>Personne morale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="33"/>
        <source>Personne physique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="49"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <location filename="../../app/cli/memberscommands.cpp" line="115"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="50"/>
        <source>Date d&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="51"/>
        <source>Date de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="77"/>
        <source>adhera-cli : format inconnu « %1 » (table, csv ou json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/memberscommands.cpp" line="86"/>
        <source>adhera-cli : statut inconnu « %1 » (actif, en attente, démissionnaire, exclu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/memberscommands.cpp" line="116"/>
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
        <location filename="../../app/cli/duescommands.cpp" line="49"/>
        <source>l&apos;option « --year AAAA » est obligatoire (l&apos;exercice, par exemple --year 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="53"/>
        <source>exercice invalide « %1 » : une année entre 2000 et 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="57"/>
        <source>le journal des recettes ne s&apos;exporte pas en pdf ; formats possibles : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="63"/>
        <source>format inconnu « %1 » ; formats possibles : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="66"/>
        <source>le format %1 s&apos;écrit dans un fichier : ajoutez --out FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="85"/>
        <location filename="../../app/cli/matchcommands.cpp" line="149"/>
        <source>impossible d&apos;écrire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/duescommands.cpp" line="101"/>
        <source>État des cotisations %1 écrit dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/duescommands.cpp" line="122"/>
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
        <location filename="../../core/demo/demodata.cpp" line="646"/>
        <source>La catégorie d&apos;adhésion « %1 » manque dans ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="650"/>
        <source>Le club d&apos;origine « %1 » manque dans ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1192"/>
        <source>Impossible d&apos;enregistrer l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1210"/>
        <source>Impossible d&apos;enregistrer la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1221"/>
        <source>Impossible d&apos;enregistrer l&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1237"/>
        <source>Impossible d&apos;enregistrer l&apos;adhésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1376"/>
        <source>Les données de démonstration ne s&apos;ajoutent qu&apos;à un fichier vide : celui-ci contient déjà des adhérents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodata.cpp" line="1400"/>
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
        <location filename="../../core/demo/demodues.cpp" line="88"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demodues.cpp" line="108"/>
        <source>Impossible de lire les organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adhera::dues</name>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="35"/>
        <location filename="../../core/dues/duespdf.cpp" line="353"/>
        <location filename="../../core/dues/duespdf.cpp" line="379"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="69"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="42"/>
        <source>Appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="42"/>
        <location filename="../../core/dues/duespdf.cpp" line="105"/>
        <location filename="../../core/dues/duespdf.cpp" line="171"/>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="42"/>
        <location filename="../../core/dues/duespdf.cpp" line="105"/>
        <location filename="../../core/dues/duespdf.cpp" line="172"/>
        <source>Encaissé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="42"/>
        <location filename="../../core/dues/duescsv.cpp" line="48"/>
        <location filename="../../core/dues/duespdf.cpp" line="106"/>
        <location filename="../../core/dues/duespdf.cpp" line="371"/>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="42"/>
        <location filename="../../core/dues/duespdf.cpp" line="106"/>
        <location filename="../../core/dues/duesrecords.cpp" line="91"/>
        <source>Exonéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <location filename="../../core/dues/duespdf.cpp" line="370"/>
        <source>N° d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <location filename="../../core/dues/duespdf.cpp" line="370"/>
        <source>Adhérent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <location filename="../../core/dues/duescsv.cpp" line="71"/>
        <location filename="../../core/dues/duespdf.cpp" line="361"/>
        <location filename="../../core/dues/duespdf.cpp" line="370"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="140"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <location filename="../../core/dues/duescsv.cpp" line="73"/>
        <location filename="../../core/dues/duespdf.cpp" line="362"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="141"/>
        <source>Club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="47"/>
        <location filename="../../core/dues/duespdf.cpp" line="371"/>
        <source>Relance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="48"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="48"/>
        <location filename="../../core/dues/duesrecords.cpp" line="90"/>
        <source>Payé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="53"/>
        <source>Débit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="54"/>
        <source>Crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duescsv.cpp" line="68"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="48"/>
        <source>L&apos;exercice %1 n&apos;est pas valable (entre 2000 et 2200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="92"/>
        <source>Impossible de lire les appels de cotisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="104"/>
        <source>Impossible de lire les paiements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="155"/>
        <source>Le paiement n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="169"/>
        <source>Impossible d&apos;enregistrer le paiement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="223"/>
        <source>Un numéro de pièce ne se prend que dans une transaction (série %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="228"/>
        <location filename="../../core/dues/duesledger.cpp" line="232"/>
        <source>Impossible de prendre un numéro dans la série %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="250"/>
        <source>Impossible de lire le barème des cotisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="271"/>
        <source>Le montant de la cotisation ne peut pas être négatif (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="274"/>
        <source>Impossible de lire les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="278"/>
        <source>La catégorie n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="291"/>
        <source>Impossible d&apos;enregistrer le barème « %1 » de l&apos;exercice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="307"/>
        <source>Impossible de préparer les appels de l&apos;exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="351"/>
        <location filename="../../core/dues/duesreport.cpp" line="254"/>
        <source>Cotisation %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="353"/>
        <source>prorata&#xa0;: %1 mois sur 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="363"/>
        <source>Indiquez la date d&apos;émission et la date d&apos;échéance des appels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="366"/>
        <source>L&apos;échéance (%1) précède la date d&apos;émission (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="392"/>
        <source>Impossible d&apos;émettre l&apos;appel %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="414"/>
        <source>L&apos;appel de cotisation n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="428"/>
        <source>L&apos;appel %1 (%2) a déjà reçu %3&#xa0;: annulez d&apos;abord les paiements avant de l&apos;exonérer ou de l&apos;annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="434"/>
        <source>Impossible de modifier l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="445"/>
        <source>Le montant d&apos;un paiement doit être positif (%1 saisi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="447"/>
        <source>Indiquez la date de réception du paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="449"/>
        <source>Pour annuler un paiement, enregistrez son annulation plutôt qu&apos;un nouveau paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="463"/>
        <source>L&apos;appel %1 (%2) figure deux fois dans la répartition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="467"/>
        <source>Le montant affecté à l&apos;appel %1 (%2) doit être positif (%3 saisi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="471"/>
        <source>L&apos;appel %1 (%2) est %3&#xa0;: il ne peut plus recevoir de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="475"/>
        <source>%1 affectés à l&apos;appel %2 (%3) dépassent le reste dû de %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="481"/>
        <source>La répartition (%1) dépasse le montant du paiement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="498"/>
        <source>Indiquez la date de l&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="507"/>
        <source>%1 annule déjà un paiement&#xa0;: il ne peut pas être annulé à son tour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="510"/>
        <source>Impossible de lire le paiement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="514"/>
        <source>Le paiement %1 est déjà annulé par %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="517"/>
        <source>L&apos;annulation (%1) ne peut pas précéder le paiement %2 du %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="526"/>
        <source>Annulation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="527"/>
        <source>Annulation de %1&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="576"/>
        <source>Le niveau de relance doit être 1, 2 ou 3 (%1 donné).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="578"/>
        <source>Une relance part par courrier ou par e-mail (« %1 » donné).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="580"/>
        <source>Indiquez la date d&apos;envoi de la relance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="589"/>
        <source>La relance n°%1 de l&apos;appel %2 (%3) est déjà enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="597"/>
        <source>Impossible d&apos;enregistrer la relance de l&apos;appel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesledger.cpp" line="608"/>
        <source>Un paiement en espèces de %1 dépasse la limite légale de %2 entre professionnels (art. D112-3 du Code monétaire et financier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="78"/>
        <source>Année entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="79"/>
        <source>Au prorata des mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="80"/>
        <source>Adhésion à partir de septembre&#xa0;: année suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="88"/>
        <source>Impayé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="89"/>
        <source>Partiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="92"/>
        <source>Annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="100"/>
        <source>Virement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="101"/>
        <source>Chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="102"/>
        <source>Prélèvement SEPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="103"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesrecords.cpp" line="104"/>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="111"/>
        <source>Impossible de lire les appels de cotisation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="118"/>
        <source>Sans club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesreport.cpp" line="181"/>
        <location filename="../../core/dues/duesreport.cpp" line="205"/>
        <source>Impossible de lire les paiements de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duesxlsx.cpp" line="131"/>
        <source>Synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="89"/>
        <source>Imprimé le %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="295"/>
        <source>%1 — état des cotisations %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="296"/>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="359"/>
        <location filename="../../core/dues/duespdf.cpp" line="405"/>
        <source>État des cotisations — exercice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="361"/>
        <location filename="../../core/dues/duesxlsx.cpp" line="140"/>
        <source>Par catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="362"/>
        <source>Par club d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="363"/>
        <source>Encaissé et attendu par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="366"/>
        <source>Impayés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="368"/>
        <source>Aucun impayé pour cet exercice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="396"/>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="413"/>
        <source>le PDF n&apos;a pas pu être créé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/dues/duespdf.cpp" line="418"/>
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
        <location filename="../../core/dues/duesxlsx.cpp" line="171"/>
        <source>Journal des recettes</source>
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
        <location filename="../../core/importing/importstore.cpp" line="71"/>
        <source>Le fichier %1 est déjà importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="72"/>
        <source>Impossible d&apos;enregistrer l&apos;import de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="81"/>
        <source>Ces lignes ont déjà été importées le %1 (fichier %2) : un même export n&apos;est pas importé deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="122"/>
        <location filename="../../core/importing/importstore.cpp" line="161"/>
        <source>Impossible de lire les imports en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="172"/>
        <source>Impossible de lire l&apos;origine de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="192"/>
        <source>Impossible d&apos;enregistrer la correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="199"/>
        <source>Impossible de lire la correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="220"/>
        <location filename="../../core/importing/importstore.cpp" line="229"/>
        <source>Impossible d&apos;enregistrer la décision « pas un doublon »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/importing/importstore.cpp" line="235"/>
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
</context>
<context>
    <name>adhera::io::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="149"/>
        <source>c&apos;est un classeur Excel (.xlsx) ou une archive ZIP. Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="152"/>
        <source>c&apos;est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="155"/>
        <source>il est encodé en UTF-16. Ouvrez-le dans Excel et enregistrez-le au format « CSV UTF-8 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="157"/>
        <source>il contient des octets nuls, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="160"/>
        <source>il contient trop de caractères de contrôle, comme un fichier binaire. Choisissez un fichier exporté au format CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="326"/>
        <source>Le fichier « %1 » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="328"/>
        <source>« %1 » est un dossier, pas un fichier CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="331"/>
        <source>Impossible d&apos;ouvrir le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="334"/>
        <source>Impossible de lire le fichier « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="340"/>
        <source>Le fichier « %1 » est vide : il n&apos;a pas de ligne d&apos;en-tête avec les noms des colonnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="349"/>
        <source>Encodage « %1 » inconnu : choisissez UTF-8, Windows-1252 ou ISO-8859-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="353"/>
        <source>Un guillemet ou un saut de ligne ne peut pas séparer les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="357"/>
        <source>Le fichier « %1 » n&apos;est pas un fichier texte (CSV) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="360"/>
        <source>Le fichier « %1 », ligne %2 : ligne trop longue (plus de 1 Mo). Ce n&apos;est sans doute pas un fichier CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="379"/>
        <source>Le fichier « %1 », ligne %2 : guillemet ouvert jamais refermé. Vérifiez les guillemets du champ qui commence à cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="395"/>
        <source>ligne %1 : la colonne %2 n&apos;a pas de nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="400"/>
        <source>ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="414"/>
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
        <location filename="../../core/merge/groupwriter.cpp" line="95"/>
        <location filename="../../core/merge/groupwriter.cpp" line="235"/>
        <location filename="../../core/merge/groupwriter.cpp" line="246"/>
        <source>Valeur non reprise (%1) : « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="116"/>
        <source>Impossible de lire les organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="250"/>
        <source>Autre e-mail : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/groupwriter.cpp" line="252"/>
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
        <location filename="../../core/merge/reviewsession.cpp" line="196"/>
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
        <location filename="../../core/merge/mergeapplier.cpp" line="52"/>
        <source>fichier des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="54"/>
        <source>%1 l. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="98"/>
        <source>Impossible de mettre à jour l&apos;état des imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="144"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="233"/>
        <location filename="../../core/merge/mergeapplier.cpp" line="246"/>
        <source>Impossible d&apos;enregistrer la fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="158"/>
        <source>%1 (%2) : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="170"/>
        <source>Organisme %1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="193"/>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="251"/>
        <source>Impossible d&apos;annuler la fusion n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="257"/>
        <source>La fusion n° %1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="260"/>
        <source>La fusion « %1 » est déjà annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="274"/>
        <source>La fusion « %1 » ne peut pas être annulée : les fiches concernées ont changé depuis (modification, ou fusion plus récente). Annulez d&apos;abord les fusions plus récentes qui les concernent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/mergeapplier.cpp" line="303"/>
        <source>Impossible de lire l&apos;historique des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="113"/>
        <source>Impossible de lire les personnes du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="173"/>
        <source>%1 et %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="181"/>
        <source>Doublons dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="188"/>
        <location filename="../../core/merge/reviewsession.cpp" line="228"/>
        <source>Fichier des adhérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/merge/reviewsession.cpp" line="230"/>
        <source>%1, ligne %2</source>
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
        <location filename="../../core/members/validation.cpp" line="97"/>
        <source>Le SIREN « %1 » doit compter 9 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="100"/>
        <source>Le SIREN %1 a une clé de contrôle fausse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="108"/>
        <source>Le SIRET « %1 » doit compter 14 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="113"/>
        <source>Le SIRET %1 a une clé de contrôle fausse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="118"/>
        <source>Le SIRET %1 ne commence pas par le SIREN %2 : l&apos;un des deux est faux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="129"/>
        <source>La catégorie d&apos;adhésion est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="133"/>
        <source>La date de départ (%1) est antérieure à la date d&apos;adhésion (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="141"/>
        <source>Une adhésion individuelle n&apos;a pas de représentant : seules les organisations en désignent un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="147"/>
        <source>Une adhésion individuelle n&apos;a pas de suppléant : seules les organisations en désignent un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="166"/>
        <source>L&apos;adresse e-mail « %1 » contient des espaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="169"/>
        <source>L&apos;adresse e-mail « %1 » doit contenir un seul « @ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="173"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a rien avant le « @ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="176"/>
        <source>L&apos;adresse e-mail « %1 » n&apos;a pas de domaine valide après le « @ » (par exemple « exemple.fr »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="190"/>
        <source>Le code postal « %1 » doit compter 5 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="196"/>
        <source>Le code postal « %1 » n&apos;existe pas en France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="206"/>
        <source>Le site web « %1 » n&apos;est pas une adresse valide (par exemple « www.exemple.fr »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="217"/>
        <source>Le site web « %1 » doit commencer par http:// ou https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="280"/>
        <source>Le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="296"/>
        <source>Le nom de famille est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="307"/>
        <source>Un emploi se termine le %1, avant son début le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="309"/>
        <source>L&apos;emploi « %1 » se termine le %2, avant son début le %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/members/validation.cpp" line="317"/>
        <source>Le mandat « %1 » se termine le %2, avant son début le %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="47"/>
        <source>Le dossier « %1 » ne peut pas être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="80"/>
        <source>Adhera : gestion des adhérents, des cotisations, des réunions et des assemblées générales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="82"/>
        <source>Affiche cette aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="85"/>
        <source>Ouvre (ou crée) le fichier d&apos;adhérents FICHIER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="86"/>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="88"/>
        <source>Enregistre une capture de la fenêtre dans IMAGE.png, sans l&apos;afficher, puis quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="89"/>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="92"/>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="93"/>
        <source>Le fichier d&apos;adhérents à ouvrir (par défaut, le fichier de démonstration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="94"/>
        <source>[fichier]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="110"/>
        <source>Le fichier de démonstration n&apos;a pas pu être préparé&#xa0;:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="111"/>
        <source>Le fichier « %1 » n&apos;a pas pu être ouvert&#xa0;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="117"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="126"/>
        <source>La capture n&apos;a pas pu être enregistrée dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
