<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AccountModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Solde dû</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Working out the statement of account</source>
        <translation>Calcul du relevé de compte</translation>
    </message>
    <message>
        <source>Opening &amp;balance…</source>
        <translation>Solde d’&amp;ouverture…</translation>
    </message>
    <message>
        <source>Record what the member owed the group, or the group owed them, when the group started keeping its accounts in Partage</source>
        <translation>Inscrire ce que le membre devait au groupe, ou ce que le groupe lui devait, quand le groupe a commencé à tenir ses comptes dans Partage</translation>
    </message>
    <message>
        <source>Print / Save as P&amp;DF…</source>
        <translation>Imprimer / Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Select a member to see their statement of account.</source>
        <translation>Choisissez un membre pour voir son relevé de compte.</translation>
    </message>
    <message>
        <source>Statement of account of {name}</source>
        <translation>Relevé de compte de {name}</translation>
    </message>
    <message>
        <source>Working out the statement of account…</source>
        <translation>Calcul du relevé de compte…</translation>
    </message>
    <message>
        <source>Owed before the period</source>
        <translation>Dû avant la période</translation>
    </message>
    <message>
        <source>{member} owes {amount} on {day}.</source>
        <translation>{member} doit {amount} le {day}.</translation>
    </message>
    <message>
        <source>The group owes {member} {amount} on {day}.</source>
        <translation>Le groupe doit {amount} à {member} le {day}.</translation>
    </message>
    <message>
        <source>{member} owes nothing on {day}.</source>
        <translation>{member} ne doit rien le {day}.</translation>
    </message>
    <message>
        <source>Drawing the statement of account</source>
        <translation>Préparation du relevé de compte</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}: {reason}</source>
        <translation>Le PDF n’a pas pu être écrit dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Save the statement of account</source>
        <translation>Enregistrer le relevé de compte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Copying the database to this computer…</source>
        <translation>Copie de la base de données sur cet ordinateur…</translation>
    </message>
    <message>
        <source>You now work on a copy on this computer:
{copy}</source>
        <translation>Vous travaillez maintenant sur une copie sur cet ordinateur&#xa0;:
{copy}</translation>
    </message>
    <message>
        <source>The file in the cloud folder was left as it is. Nobody else sees the changes you make to this copy.</source>
        <translation>Le fichier du dossier infonuagique est resté tel quel. Personne d&apos;autre ne voit les modifications que vous faites dans cette copie.</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copie de sauvegarde faite</translation>
    </message>
    <message>
        <source>see the log file, {path}</source>
        <translation>voir le fichier journal, {path}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La copie de sauvegarde automatique a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copie de sauvegarde</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Copie de sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Copie de sauvegarde terminée</translation>
    </message>
    <message>
        <source>The database was backed up to:
{path}</source>
        <translation>La copie de sauvegarde de la base de données a été enregistrée ici&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Put the database back as it was on {date}? Everything changed since then is replaced; the database as it is now is backed up first.</source>
        <translation>Remettre la base de données dans l&apos;état où elle était le {date}&#xa0;? Tout ce qui a été modifié depuis sera remplacé; la base de données actuelle est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Checking that nobody else has the database open, then restoring…</source>
        <translation>Vérification que personne d&apos;autre n&apos;a ouvert la base de données, puis restauration…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copie de sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The database is back as it was on {date}.</source>
        <translation>La base de données est revenue à son état du {date}.</translation>
    </message>
    <message>
        <source>The database as it was just before is kept in:
{path}</source>
        <translation>La base de données telle qu&apos;elle était juste avant est conservée ici&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Nouveau bien</translation>
    </message>
    <message>
        <source>Asset — {name}</source>
        <translation>Bien — {name}</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>How this asset&apos;s costs are shared between members, unless a cost says otherwise.</source>
        <translation>Comment les coûts de ce bien sont répartis entre les membres, sauf si un coût en décide autrement.</translation>
    </message>
    <message>
        <source>Re&amp;cover the purchase over</source>
        <translation>Amort&amp;ir l&apos;achat sur</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months to recover the purchase over</source>
        <translation>Nombre de mois sur lesquels amortir l&apos;achat</translation>
    </message>
    <message>
        <source>The purchase price is shared as a cost spread over these months.</source>
        <translation>Le prix d&apos;achat est partagé comme un coût étalé sur ces mois.</translation>
    </message>
    <message>
        <source>Members can &amp;book it</source>
        <translation>Réserva&amp;ble par les membres</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Durée minimale</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase d&amp;ate:</source>
        <translation>D&amp;ate d&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase &amp;price:</source>
        <translation>&amp;Prix d&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>&amp;Compteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Split &amp;rule:</source>
        <translation>&amp;Règle de répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Prix d&apos;achat</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Sh&amp;ortest booking:</source>
        <translation>Durée m&amp;inimale&#xa0;:</translation>
    </message>
    <message>
        <source>Lon&amp;gest booking:</source>
        <translation>Durée ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>Op&amp;ening hours:</source>
        <translation>Heures d&apos;o&amp;uverture&#xa0;:</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Custom: {rule}</source>
        <translation>Personnalisée&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>Give the purchase price and date first.</source>
        <translation>Indiquez d&apos;abord le prix et la date d&apos;achat.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>A new photo</source>
        <translation>Une nouvelle photo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>the asset “{name}”</source>
        <translation>le bien «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AssetPanel</name>
    <message>
        <source>Find an asset…</source>
        <translation>Trouver un bien…</translation>
    </message>
    <message>
        <source>Find an asset</source>
        <translation>Trouver un bien</translation>
    </message>
    <message>
        <source>Assets shown</source>
        <translation>Biens affichés</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Afficher t&amp;ous</translation>
    </message>
    <message>
        <source>Show all assets</source>
        <translation>Afficher tous les biens</translation>
    </message>
    <message>
        <source>Showing {count} ticked of {total} assets.</source>
        <translation>Biens affichés&#xa0;: {count} sur {total} (cochés).</translation>
    </message>
    <message>
        <source>Showing all {total} assets; tick some to show only theirs.</source>
        <translation>Tous les biens sont affichés ({total}); cochez-en pour n&apos;afficher que leurs réservations.</translation>
    </message>
</context>
<context>
    <name>AssetsModel</name>
    <message>
        <source>{name} (overdue)</source>
        <translation>{name} (en retard)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Prix d&apos;achat</translation>
    </message>
    <message>
        <source>Out with</source>
        <translation>Chez</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Booked {when}</source>
        <translation>Réservé {when}</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <source>Search assets…</source>
        <translation>Rechercher des biens…</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>Afficher les biens &amp;hors service</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Me&amp;ttre hors service</translation>
    </message>
    <message>
        <source>Back in &amp;service</source>
        <translation>Remettre en &amp;service</translation>
    </message>
    <message>
        <source>No assets yet — click Add… to enter the first one.</source>
        <translation>Aucun bien pour l&apos;instant — cliquez sur Ajouter… pour saisir le premier.</translation>
    </message>
    <message>
        <source>No asset matches “{text}”.</source>
        <translation>Aucun bien ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Every asset is retired. Tick “Show retired” to see them.</source>
        <translation>Tous les biens sont hors service. Cochez «&#xa0;Afficher les biens hors service&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Select an asset to see its bookings.</source>
        <translation>Sélectionnez un bien pour voir ses réservations.</translation>
    </message>
    <message>
        <source>Current and upcoming bookings of {name}</source>
        <translation>Réservations en cours et à venir de {name}</translation>
    </message>
    <message>
        <source>Retire “{name}”? Retired assets are hidden from everyday lists; their history is kept and they can be put back in service.</source>
        <translation>Mettre «&#xa0;{name}&#xa0;» hors service? Les biens hors service sont masqués des listes courantes; leur historique est conservé et ils peuvent être remis en service.</translation>
    </message>
    <message>
        <source>Retire asset</source>
        <translation>Mettre le bien hors service</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Mettre hors service</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Loan not returned</source>
        <translation>Prêt non rendu</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Renouvellement d’assurance</translation>
    </message>
    <message>
        <source>Unpaid invoice</source>
        <translation>Facture impayée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>Type de donnée</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Chercher dans les modifications…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The latest {count} changes; narrow the filters to see older ones.</source>
        <translation>Les {count} modifications les plus récentes; resserrez les filtres pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Share of costs</source>
        <translation>Part des coûts</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Members owe the treasury</source>
        <translation>Les membres doivent à la trésorerie</translation>
    </message>
    <message>
        <source>The treasury owes members</source>
        <translation>La trésorerie doit aux membres</translation>
    </message>
    <message>
        <source>The group owes them</source>
        <translation>Le groupe lui doit</translation>
    </message>
    <message>
        <source>Owes the group</source>
        <translation>Doit au groupe</translation>
    </message>
</context>
<context>
    <name>BalancesView</name>
    <message>
        <source>The treasury pays {payee} {amount}</source>
        <translation>La trésorerie verse {amount} à {payee}</translation>
    </message>
    <message>
        <source>{payer} pays {amount} into the treasury</source>
        <translation>{payer} verse {amount} à la trésorerie</translation>
    </message>
    <message>
        <source>{payer} pays {payee} {amount}</source>
        <translation>{payer} verse {amount} à {payee}</translation>
    </message>
    <message>
        <source>Balances as of</source>
        <translation>Soldes en date du</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;En date du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Settle up</source>
        <translation>&amp;Régler les soldes</translation>
    </message>
    <message>
        <source>Show the fewest transfers that bring every balance to zero</source>
        <translation>Afficher le moins de virements possible pour ramener tous les soldes à zéro</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Working out the balances</source>
        <translation>Calcul des soldes</translation>
    </message>
    <message>
        <source>A positive balance is what the group owes the member; a negative one, what the member owes the group.</source>
        <translation>Un solde positif est ce que le groupe doit au membre; un solde négatif, ce que le membre doit au groupe.</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Proposed transfers</source>
        <translation>Virements proposés</translation>
    </message>
    <message>
        <source>Settle up</source>
        <translation>Régler les soldes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>No payments yet — click Record a payment… to enter one.</source>
        <translation>Aucun paiement pour l&apos;instant — cliquez sur Enregistrer un paiement… pour en saisir un.</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) bring every balance to zero as of {day}:</source>
        <translation>
            <numerusform>%n virement ramène tous les soldes à zéro au {day}&#xa0;:</numerusform>
            <numerusform>%n virements ramènent tous les soldes à zéro au {day}&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone is settled up as of {day}.</source>
        <translation>Tous les soldes sont réglés au {day}.</translation>
    </message>
    <message>
        <source>Working out the balances…</source>
        <translation>Calcul des soldes…</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Aucun membre pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>Check &amp;out…</source>
        <translation>&amp;Sortie du bien…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>&amp;Retour du bien…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Annuler la réservation…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel this booking of “{asset}”?</source>
        <translation>Annuler cette réservation de «&#xa0;{asset}&#xa0;»?</translation>
    </message>
    <message>
        <source>Unlikely meter reading</source>
        <translation>Relevé de compteur peu vraisemblable</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Inscrire quand même</translation>
    </message>
    <message>
        <source>This reading means {used} km in {duration} since the last reading ({previous} km): more than a vehicle can drive at {speed} km/h, which would be {limit} km at most. Record it anyway?</source>
        <translation>Ce relevé signifie {used} km en {duration} depuis le dernier relevé ({previous} km)&#xa0;: plus qu’un véhicule ne peut rouler à {speed} km/h, soit {limit} km au plus. L’inscrire quand même?</translation>
    </message>
    <message>
        <source>This reading means {used} hours of use in {duration} since the last reading ({previous} h): more than the loan lasted, which would be {limit} h at most. Record it anyway?</source>
        <translation>Ce relevé signifie {used} heures d’utilisation en {duration} depuis le dernier relevé ({previous} h)&#xa0;: plus que la durée du prêt, soit {limit} h au plus. L’inscrire quand même?</translation>
    </message>
</context>
<context>
    <name>BookingConflicts</name>
    <message>
        <source>the booking of “{asset}” on {date}</source>
        <translation>la réservation de «&#xa0;{asset}&#xa0;» du {date}</translation>
    </message>
    <message>
        <source>(blackout)</source>
        <translation>(indisponibilité)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Someone else deleted {subject} after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé {subject} après que vous avez ouvert le formulaire.</translation>
    </message>
    <message>
        <source>Someone else cancelled {subject} after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a annulé {subject} après que vous avez ouvert le formulaire.</translation>
    </message>
    <message>
        <source>Your move was not saved.</source>
        <translation>Votre déplacement n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Booking not moved</source>
        <translation>Réservation non déplacée</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>&amp;Blackout: the asset is unavailable (repair, closure)</source>
        <translation>&amp;Indisponibilité&#xa0;: le bien n&apos;est pas disponible (réparation, fermeture)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(choisissez un membre)</translation>
    </message>
    <message>
        <source>Only members in the group on these dates are listed.</source>
        <translation>Seuls les membres du groupe à ces dates sont proposés.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Book the &amp;free dates and skip the taken ones</source>
        <translation>Réserver les dates &amp;libres et ignorer celles déjà prises</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Bien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>out since {date} {time}</source>
        <translation>sorti depuis le {date} à {time}</translation>
    </message>
    <message>
        <source>meter {reading} at check-out</source>
        <translation>compteur à {reading} à la sortie</translation>
    </message>
    <message>
        <source>part of a recurring series</source>
        <translation>fait partie d&apos;une série récurrente</translation>
    </message>
    <message>
        <source>Choose the asset to book.</source>
        <translation>Choisissez le bien à réserver.</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>indisponibilité</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>Already booked at this time:</source>
        <translation>Déjà réservé à ce moment&#xa0;:</translation>
    </message>
    <message>
        <source>Already booked on {count} dates:</source>
        <translation>Déjà réservé à {count} dates&#xa0;:</translation>
    </message>
    <message>
        <source>Their version is shown now; your changes were dropped.</source>
        <translation>Sa version est maintenant affichée; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Booking gone</source>
        <translation>Réservation disparue</translation>
    </message>
    <message>
        <source>Book your version as a new booking?</source>
        <translation>Réserver votre version comme une nouvelle réservation&#xa0;?</translation>
    </message>
    <message>
        <source>Book as new</source>
        <translation>Réserver à nouveau</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Some dates are taken</source>
        <translation>Certaines dates sont prises</translation>
    </message>
    <message>
        <source>{count} of the dates are already booked:
{dates}

Book the other dates and skip these?</source>
        <translation>{count} des dates sont déjà réservées&#xa0;:
{dates}

Réserver les autres dates et ignorer celles-ci?</translation>
    </message>
    <message>
        <source>Book the others</source>
        <translation>Réserver les autres</translation>
    </message>
    <message>
        <source>Choose who the booking is for.</source>
        <translation>Choisissez pour qui est la réservation.</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>Current and upcoming bookings</source>
        <translation>Réservations en cours et à venir</translation>
    </message>
    <message>
        <source>No current or upcoming bookings.</source>
        <translation>Aucune réservation en cours ou à venir.</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Indisponibilité</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dates affichées</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nouvelle réservation…</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Kind of asset</source>
        <translation>Type de bien</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Calendar: {view}</source>
        <translation>Calendrier&#xa0;: {view}</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Indisponibilité</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel a recurring booking</source>
        <translation>Annuler une réservation récurrente</translation>
    </message>
    <message>
        <source>&amp;This occurrence only</source>
        <translation>&amp;Cette occurrence seulement</translation>
    </message>
    <message>
        <source>This and all &amp;following occurrences</source>
        <translation>Cette occurrence et toutes les &amp;suivantes</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>This booking is part of a recurring series.</source>
        <translation>Cette réservation fait partie d&apos;une série récurrente.</translation>
    </message>
</context>
<context>
    <name>ChangeScopeDialog</name>
    <message>
        <source>Change a recurring booking</source>
        <translation>Modifier une réservation récurrente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CloudFolderDialog</name>
    <message>
        <source>Database in a cloud folder</source>
        <translation>Base de données dans un dossier infonuagique</translation>
    </message>
    <message>
        <source>{file} is in a {service} folder.</source>
        <translation>{file} se trouve dans un dossier {service}.</translation>
    </message>
    <message>
        <source>{service} copies whole files between computers, behind Partage&apos;s back. When two computers use the database at the same time, or one works offline, {service} keeps one copy and drops the other (or makes a “conflicted copy”): changes are lost, and a copy taken in the middle of a save can be damaged.</source>
        <translation>{service} copie des fichiers entiers d&apos;un ordinateur à l&apos;autre, à l&apos;insu de Partage. Quand deux ordinateurs utilisent la base de données en même temps, ou que l&apos;un travaille hors ligne, {service} garde une copie et écarte l&apos;autre (ou crée une «&#xa0;copie en conflit&#xa0;»)&#xa0;: des modifications sont perdues, et une copie prise au milieu d&apos;un enregistrement peut être endommagée.</translation>
    </message>
    <message>
        <source>To share a database, put it on a network drive (a shared folder on a NAS or a server) or on a PostgreSQL server. To work alone, use a copy on this computer: it goes to your Documents folder and the file in {service} is left as it is.</source>
        <translation>Pour partager une base de données, placez-la sur un lecteur réseau (un dossier partagé sur un NAS ou un serveur) ou sur un serveur PostgreSQL. Pour travailler en solo, utilisez une copie sur cet ordinateur&#xa0;: elle va dans votre dossier Documents et le fichier dans {service} reste tel quel.</translation>
    </message>
    <message>
        <source>Work on a &amp;local copy</source>
        <translation>Travailler sur une copie &amp;locale</translation>
    </message>
    <message>
        <source>&amp;Open it anyway</source>
        <translation>&amp;Ouvrir quand même</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{name} ({machine}) saved {subject} at {time}, after you opened it.</source>
        <translation>{name} ({machine}) a enregistré {subject} à {time}, après que vous avez ouvert le formulaire.</translation>
    </message>
    <message>
        <source>Someone else saved {subject} after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré {subject} après que vous avez ouvert le formulaire.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>Sa version et la vôtre, champ par champ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The fields you see in the form are the same in both versions.</source>
        <translation>Les champs du formulaire sont identiques dans les deux versions.</translation>
    </message>
    <message>
        <source>Reload shows their version in the form and drops your changes. Keep mine saves your version over theirs. Cancel takes you back to your changes, unsaved.</source>
        <translation>Recharger affiche sa version dans le formulaire et abandonne vos modifications. Garder la mienne enregistre votre version par-dessus la sienne. Annuler vous ramène à vos modifications, sans rien enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>New cost</source>
        <translation>Nouveau coût</translation>
    </message>
    <message>
        <source>Edit cost</source>
        <translation>Modifier le coût</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Who paid the bill: the group&apos;s account, or a member out of pocket (the group then owes it to them).</source>
        <translation>Qui a payé la facture&#xa0;: le compte du groupe, ou un membre de sa poche (le groupe lui doit alors ce montant).</translation>
    </message>
    <message>
        <source>Split rule</source>
        <translation>Règle de répartition</translation>
    </message>
    <message>
        <source>How this cost is shared between the members; by default, as the asset&apos;s other costs (equal parts for the group&apos;s own costs).</source>
        <translation>Comment ce coût est réparti entre les membres; par défaut, comme les autres coûts du bien (à parts égales pour les coûts propres au groupe).</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>&amp;Bien&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Payé par&#xa0;:</translation>
    </message>
    <message>
        <source>Split &amp;rule:</source>
        <translation>&amp;Règle de répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Recei&amp;pt:</source>
        <translation>Reç&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>None — the group&apos;s overhead</source>
        <translation>Aucun — frais généraux du groupe</translation>
    </message>
    <message>
        <source>Default ({rule})</source>
        <translation>Par défaut ({rule})</translation>
    </message>
    <message>
        <source>the cost “{what}, {amount}”</source>
        <translation>le coût «&#xa0;{what}, {amount}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CostTexts</name>
    <message>
        <source>{percent} % equal parts</source>
        <translation>{percent}&#xa0;% à parts égales</translation>
    </message>
    <message>
        <source>{percent} % by ownership shares</source>
        <translation>{percent}&#xa0;% selon les parts de propriété</translation>
    </message>
    <message>
        <source>{percent} % by usage</source>
        <translation>{percent}&#xa0;% selon l&apos;utilisation</translation>
    </message>
    <message>
        <source>{percent} % by custom weights</source>
        <translation>{percent}&#xa0;% selon des poids personnalisés</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Custom weights: {weights}</source>
        <translation>Poids personnalisés&#xa0;: {weights}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Treasury (the group&apos;s account)</source>
        <translation>Trésorerie (le compte du groupe)</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Rule override</source>
        <translation>Règle particulière</translation>
    </message>
    <message>
        <source>Receipt: {name}</source>
        <translation>Reçu&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Split by the asset&apos;s default rule</source>
        <translation>Réparti selon la règle par défaut du bien</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Aucun reçu</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>Reçu joint</translation>
    </message>
</context>
<context>
    <name>CostsView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open &amp;receipt</source>
        <translation>Ouvrir le &amp;reçu</translation>
    </message>
    <message>
        <source>Search costs…</source>
        <translation>Rechercher des coûts…</translation>
    </message>
    <message>
        <source>Search costs</source>
        <translation>Rechercher des coûts</translation>
    </message>
    <message>
        <source>Asset filter</source>
        <translation>Filtre par bien</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Paid by filter</source>
        <translation>Filtre par payeur</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Costs shown</source>
        <translation>Coûts affichés</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>&amp;Bien&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Payé par&#xa0;:</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Tous les biens</translation>
    </message>
    <message>
        <source>Group (no asset)</source>
        <translation>Groupe (aucun bien)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Delete the cost of {amount} ({category}, {date})? It will no longer be split between the members. This cannot be undone.</source>
        <translation>Supprimer le coût de {amount} ({category}, {date})? Il ne sera plus réparti entre les membres. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete cost</source>
        <translation>Supprimer le coût</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reading the costs…</source>
        <translation>Lecture des coûts…</translation>
    </message>
    <message>
        <source>No cost matches these filters.</source>
        <translation>Aucun coût ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No costs yet — click Add… to enter the first one.</source>
        <translation>Aucun coût pour l&apos;instant — cliquez sur Ajouter… pour saisir le premier.</translation>
    </message>
    <message>
        <source>No costs in this period — click Add… to enter one.</source>
        <translation>Aucun coût pendant cette période — cliquez sur Ajouter… pour en saisir un.</translation>
    </message>
    <message>
        <source>No cost matches “{text}”.</source>
        <translation>Aucun coût ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s), {total} in all</source>
        <translation>
            <numerusform>%n coût, {total} au total</numerusform>
            <numerusform>%n coûts, {total} au total</numerusform>
        </translation>
    </message>
    <message>
        <source>— {inside} in this period; {outside} falls on days outside it (costs spread over a longer period), which the Split section and the statements leave out.</source>
        <translation>— {inside} dans cette période; {outside} tombe sur des jours hors de la période (coûts étalés sur une période plus longue), que la section Répartition et les relevés laissent de côté.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>E&amp;xport chart as PNG…</source>
        <translation>E&amp;xporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Rien à surveiller aujourd’hui.</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>Recherche de ce qui demande votre attention…</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Cost per asset</source>
        <translation>Coût par actif</translation>
    </message>
    <message>
        <source>Cost per member</source>
        <translation>Coût par membre</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût à l’usage</translation>
    </message>
    <message>
        <source>Utilisation: the share of the period&apos;s hours an asset was out on loan. Costs: each cost&apos;s part in each month, as the split prorates it.</source>
        <translation>Utilisation : la part des heures de la période où un actif était prêté. Coûts : la part de chaque coût dans chaque mois, au prorata comme dans le partage.</translation>
    </message>
    <message>
        <source>Group overhead</source>
        <translation>Frais communs</translation>
    </message>
    <message>
        <source>Share of the period out on loan</source>
        <translation>Part de la période en prêt</translation>
    </message>
    <message>
        <source>No loan in this period.</source>
        <translation>Aucun prêt dans cette période.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>%.0f%</source>
        <translation>%.0f&#xa0;%</translation>
    </message>
    <message>
        <source>%.1f%</source>
        <translation>%.1f&#xa0;%</translation>
    </message>
    <message>
        <source>Costs per asset, by month</source>
        <translation>Coûts par actif, par mois</translation>
    </message>
    <message>
        <source>Each member&apos;s share, by month</source>
        <translation>La part de chaque membre, par mois</translation>
    </message>
    <message>
        <source>No cost in this period.</source>
        <translation>Aucun coût dans cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Autres (%n)</numerusform>
            <numerusform>Autres (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per hour booked or per km</source>
        <translation>Coût par heure réservée ou par km</translation>
    </message>
    <message>
        <source>No asset was both used and paid for in this period.</source>
        <translation>Aucun actif n’a été à la fois utilisé et payé dans cette période.</translation>
    </message>
    <message>
        <source>per km</source>
        <translation>par km</translation>
    </message>
    <message>
        <source>per hour of use</source>
        <translation>par heure d’utilisation</translation>
    </message>
    <message>
        <source>per hour booked</source>
        <translation>par heure réservée</translation>
    </message>
    <message>
        <source>{symbol}{number}</source>
        <translation>{number} {symbol}</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The chart could not be written to {file}.</source>
        <translation>Le graphique n’a pas pu être écrit dans {file}.</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Organisation and invoices</source>
        <translation>Organisme et factures</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amounts are not converted: changing the currency changes only how every amount is shown and printed.</source>
        <translation>Les montants ne sont pas convertis&#xa0;: changer de devise change seulement la façon dont chaque montant est affiché et imprimé.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Invoice prefix</source>
        <translation>Préfixe des factures</translation>
    </message>
    <message>
        <source>none: 2026-0001</source>
        <translation>aucun : 2026-0001</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation>Instructions de paiement</translation>
    </message>
    <message>
        <source>Default language of documents</source>
        <translation>Langue par défaut des documents</translation>
    </message>
    <message>
        <source>The group collects &amp;GST and QST</source>
        <translation>Le groupe perçoit la &amp;TPS et la TVQ</translation>
    </message>
    <message>
        <source>GST registration number</source>
        <translation>Numéro d’inscription à la TPS</translation>
    </message>
    <message>
        <source>GST rate (%)</source>
        <translation>Taux de TPS (%)</translation>
    </message>
    <message>
        <source>QST registration number</source>
        <translation>Numéro d’inscription à la TVQ</translation>
    </message>
    <message>
        <source>QST rate (%)</source>
        <translation>Taux de TVQ (%)</translation>
    </message>
    <message>
        <source>Both taxes are computed on the subtotal of each invoice and rounded to the cent. Leave this off if the group is not registered.</source>
        <translation>Les deux taxes sont calculées sur le sous-total de chaque facture et arrondies au cent. Laissez cette case décochée si le groupe n’est pas inscrit.</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordonnateurs</translation>
    </message>
    <message>
        <source>One login per line. Only coordinators issue or void invoices, change these settings and close periods; while nobody is named, everyone may. You are signed in as “{user}”. On a shared file the real boundary is the share&apos;s permissions; on PostgreSQL, the server&apos;s roles.</source>
        <translation>Un nom d’utilisateur par ligne. Seuls les coordonnateurs émettent ou annulent des factures, modifient ces réglages et ferment des périodes; tant que personne n’est nommé, tout le monde le peut. Vous êtes connecté en tant que « {user} ». Sur un fichier partagé, la vraie limite est celle des permissions du partage; sur PostgreSQL, celle des rôles du serveur.</translation>
    </message>
    <message>
        <source>The books are closed through {day}.</source>
        <translation>Les livres sont fermés jusqu’au {day} inclusivement.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Aucune période n’est fermée.</translation>
    </message>
    <message>
        <source>Close the books through</source>
        <translation>Fermer les livres jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Close the books through this day…</source>
        <translation>&amp;Fermer les livres jusqu’à ce jour…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice &amp;prefix:</source>
        <translation>&amp;Préfixe des factures :</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Délai de paiement :</translation>
    </message>
    <message>
        <source>How to &amp;pay:</source>
        <translation>&amp;Comment payer :</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut :</translation>
    </message>
    <message>
        <source>GST &amp;number:</source>
        <translation>&amp;Numéro de TPS :</translation>
    </message>
    <message>
        <source>GST &amp;rate (%):</source>
        <translation>&amp;Taux de TPS (%) :</translation>
    </message>
    <message>
        <source>QST n&amp;umber:</source>
        <translation>N&amp;uméro de TVQ :</translation>
    </message>
    <message>
        <source>QST r&amp;ate (%):</source>
        <translation>T&amp;aux de TVQ (%) :</translation>
    </message>
    <message>
        <source>C&amp;oordinators:</source>
        <translation>C&amp;oordonnateurs :</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Fermeture :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Currency and time zone</source>
        <translation>Devise et fuseau horaire</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Access and closing</source>
        <translation>Accès et fermeture</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Only a coordinator can change these settings.</source>
        <translation>Seul un coordonnateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicain</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dollar australien</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Dollar néo-zélandais</translation>
    </message>
    <message>
        <source>Haitian gourde</source>
        <translation>Gourde haïtienne</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham marocain</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Couronne suédoise</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Couronne norvégienne</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Couronne danoise</translation>
    </message>
    <message>
        <source>Bookings are stored as moments in universal time (UTC) and shown, entered and repeated in this zone, daylight saving included. Choose where the group is.</source>
        <translation>Les réservations sont enregistrées en temps universel (UTC), puis affichées, saisies et répétées dans ce fuseau, heure avancée comprise. Choisissez celui où se trouve le groupe.</translation>
    </message>
    <message>
        <source>Changing it moves how every booking is shown: one at 9:00 in {old} will show at {time} in {new}.</source>
        <translation>Le changer déplace l&apos;affichage de chaque réservation&#xa0;: une réservation à 9:00 dans {old} s&apos;affichera à {time} dans {new}.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Fermer les livres</translation>
    </message>
    <message>
        <source>Close the books through {day}? Costs, payments and bookings dated then or before can no longer be added, changed or removed; this cannot be undone.</source>
        <translation>Fermer les livres jusqu’au {day}? Les coûts, paiements et réservations datés de ce jour ou d’avant ne pourront plus être ajoutés, modifiés ni supprimés; c’est définitif.</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Share of costs</source>
        <translation>Part des coûts</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la facture</translation>
    </message>
    <message>
        <source>Payments and credits</source>
        <translation>Paiements et crédits</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>nothing to invoice</source>
        <translation>rien à facturer</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>How it was worked out</source>
        <translation>Détail du calcul</translation>
    </message>
    <message numerus="yes">
        <source>{label} {amount} × {days}/{total} days = {part}, shared among %n member(s): {rule}</source>
        <translation>
            <numerusform>{label} {amount} × {days}/{total} jours = {part}, réparti entre&#xa0;%n membre&#xa0;: {rule}</numerusform>
            <numerusform>{label} {amount} × {days}/{total} jours = {part}, réparti entre&#xa0;%n membres&#xa0;: {rule}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} {amount}, shared among %n member(s): {rule}</source>
        <translation>
            <numerusform>{label} {amount}, réparti entre&#xa0;%n membre&#xa0;: {rule}</numerusform>
            <numerusform>{label} {amount}, réparti entre&#xa0;%n membres&#xa0;: {rule}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Database busy</source>
        <translation>Base de données occupée</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de données en lecture seule</translation>
    </message>
    <message>
        <source>Newer version of Partage needed</source>
        <translation>Version plus récente de Partage requise</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Not a Partage database</source>
        <translation>Pas une base de données Partage</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>Base de données non disponible</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Encore utilisé</translation>
    </message>
    <message>
        <source>Check what you entered</source>
        <translation>Vérifiez ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Partage met an unexpected error. What you were doing may not have been completed; your data already saved is safe.</source>
        <translation>Partage a rencontré une erreur inattendue. Ce que vous faisiez n&apos;a peut-être pas été terminé; vos données déjà enregistrées sont en sûreté.</translation>
    </message>
    <message>
        <source>Please send the log file to whoever helps you with Partage:
{path}

{summary}</source>
        <translation>Veuillez envoyer le fichier journal à la personne qui vous aide avec Partage&#xa0;:
{path}

{summary}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;CSV files, one per table, for spreadsheets</source>
        <translation>Fichiers &amp;CSV, un par table, pour les tableurs</translation>
    </message>
    <message>
        <source>Opens in Excel or LibreOffice. Text a spreadsheet would run as a formula (starting with = + - @) is written behind an apostrophe; amounts stay whole numbers of cents. Photos, receipts and PDFs are not included.</source>
        <translation>S&apos;ouvrent dans Excel ou LibreOffice. Le texte qu&apos;un tableur exécuterait comme une formule (commençant par = + - @) est écrit derrière une apostrophe; les montants restent des nombres entiers de cents. Les photos, les reçus et les PDF n&apos;y sont pas.</translation>
    </message>
    <message>
        <source>One &amp;JSON file: the whole database</source>
        <translation>Un fichier &amp;JSON : toute la base de données</translation>
    </message>
    <message>
        <source>Everything, files included: to move the database to another computer or a server, or to keep. “partage-cli import json” brings it back exactly into a new, empty database.</source>
        <translation>Tout, fichiers compris : pour déplacer la base de données vers un autre ordinateur ou un serveur, ou pour la conserver. « partage-cli import json » la restitue exactement dans une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>Where to write</source>
        <translation>Où écrire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Export the database</source>
        <translation>Exporter la base de données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Écriture de l&apos;exportation…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to {folder}.</source>
        <translation>
            <numerusform>%n fichier CSV écrit dans {folder}.</numerusform>
            <numerusform>%n fichiers CSV écrits dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the database to {path}.</source>
        <translation>La base de données a été écrite dans {path}.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Partage databases (*.partage)</source>
        <translation>Bases de données Partage (*.partage)</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg *.webp)</source>
        <translation>Reçus (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Partage user guide</source>
        <translation>Guide d’utilisation de Partage</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Check in</source>
        <translation>Retour du bien</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Sortie du bien</translation>
    </message>
    <message>
        <source>“{asset}” comes back.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» revient.</translation>
    </message>
    <message>
        <source>“{asset}” is handed over.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» est remis.</translation>
    </message>
    <message>
        <source>&amp;Meter reading:</source>
        <translation>&amp;Lecture du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Lecture du compteur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scratches, missing parts, cleaning…</source>
        <translation>Égratignures, pièces manquantes, nettoyage…</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Share weight</source>
        <translation>Poids de la part</translation>
    </message>
    <message>
        <source>Share weight in thousandths</source>
        <translation>Poids de la part en millièmes</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Prix d&apos;achat</translation>
    </message>
    <message>
        <source>Purchase price in cents</source>
        <translation>Prix d&apos;achat en cents</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Split rule</source>
        <translation>Règle de répartition</translation>
    </message>
    <message>
        <source>Owners (NAME=WEIGHT; …)</source>
        <translation>Propriétaires (NOM=POIDS; …)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount in cents</source>
        <translation>Montant en cents</translation>
    </message>
    <message>
        <source>Date (or start)</source>
        <translation>Date (ou début)</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importer d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation>Ce que sont les lignes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Choose a .csv file saved from a spreadsheet</source>
        <translation>Choisissez un fichier .csv enregistré depuis un tableur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>Relire le fichier, une fois corrigé</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Les lignes sont :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field (* required)</source>
        <translation>Colonnes : quelle colonne du fichier contient chaque champ (* obligatoire)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>La base de données est ouverte en lecture seule : rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Choose what the rows are, then the file.</source>
        <translation>Choisissez ce que sont les lignes, puis le fichier.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header</source>
        <translation>
            <numerusform>%n ligne sous l&apos;en-tête</numerusform>
            <numerusform>%n lignes sous l&apos;en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}, values separated by {delimiter}: {rows}.</source>
        <translation>Lu en {encoding}, valeurs séparées par {delimiter} : {rows}.</translation>
    </message>
    <message>
        <source>The first {shown} are shown; every row is checked.</source>
        <translation>Les {shown} premières sont affichées; toutes les lignes sont vérifiées.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready to import.</source>
        <translation>
            <numerusform>La ligne est prête à être importée.</numerusform>
            <numerusform>Les %n lignes sont prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with errors: {bad} of {total}. Correct the file and reload it, or change the columns above: nothing is imported until every row is right.</source>
        <translation>Lignes en erreur : {bad} sur {total}. Corrigez le fichier et relisez-le, ou changez les colonnes ci-dessus : rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>Importation des lignes…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>%n membre importé.</numerusform>
            <numerusform>%n membres importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s).</source>
        <translation>
            <numerusform>%n bien importé.</numerusform>
            <numerusform>%n biens importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cost(s).</source>
        <translation>
            <numerusform>%n coût importé.</numerusform>
            <numerusform>%n coûts importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Void (credit note {number})</source>
        <translation>Annulée (note de crédit {number})</translation>
    </message>
    <message>
        <source>Credit note for {number}</source>
        <translation>Note de crédit pour {number}</translation>
    </message>
    <message>
        <source>In credit (nothing owed on it)</source>
        <translation>Créditrice (rien n’y est dû)</translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation>Payée en partie, en retard</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Unpaid, overdue</source>
        <translation>Impayée, en retard</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>En réparation</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>No meter</source>
        <translation>Aucun compteur</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Equal parts</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>By ownership shares</source>
        <translation>Selon les parts de propriété</translation>
    </message>
    <message>
        <source>By usage</source>
        <translation>Selon l&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>LedgerCard</name>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Working out the ledger…</source>
        <translation>Calcul du grand livre…</translation>
    </message>
    <message>
        <source>Charged to members</source>
        <translation>Imputé aux membres</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Not yet invoiced</source>
        <translation>Pas encore facturé</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Opening balances and adjustments</source>
        <translation>Soldes d’ouverture et ajustements</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Expenses paid by members</source>
        <translation>Dépenses payées par des membres</translation>
    </message>
    <message>
        <source>Members owe the group</source>
        <translation>Les membres doivent au groupe</translation>
    </message>
    <message>
        <source>The group owes members</source>
        <translation>Le groupe doit aux membres</translation>
    </message>
    <message>
        <source>Every member&apos;s account at the end of {day}.</source>
        <translation>Le compte de chaque membre à la fin du {day}.</translation>
    </message>
    <message>
        <source>Reconciles: the members are charged what the costs allocate, {amount}.</source>
        <translation>Concorde&#xa0;: les membres se voient imputer ce que les coûts répartissent, {amount}.</translation>
    </message>
    <message>
        <source>Does not reconcile: the members are charged {charged} but the costs allocate {allocated}, a difference of {difference}.</source>
        <translation>Ne concorde pas&#xa0;: les membres se voient imputer {charged}, mais les coûts répartissent {allocated}, un écart de {difference}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Upkeep</source>
        <translation>Entretien et assurances</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>Faire une copie de &amp;sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Organisation and invoices…</source>
        <translation>&amp;Organisme et factures…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Biens</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>C&amp;oûts</translation>
    </message>
    <message>
        <source>&amp;Upkeep</source>
        <translation>&amp;Entretien et assurances</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Répartition</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Soldes</translation>
    </message>
    <message>
        <source>S&amp;tatements</source>
        <translation>&amp;Relevés</translation>
    </message>
    <message>
        <source>&amp;Who is here</source>
        <translation>&amp;Qui est là</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About Partage</source>
        <translation>À &amp;propos de Partage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Partage</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>Partage — {name}</source>
        <translation>Partage — {name}</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Network drive</source>
        <translation>Lecteur réseau</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>Disque local</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look at everything but change nothing, and others do not see you in it. To make changes, ask for write access to the file and its folder, then open it again.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier, et les autres ne vous y voient pas. Pour faire des modifications, demandez l&apos;accès en écriture au fichier et à son dossier, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>This database is in a {service} folder. {service} copies whole files between computers behind Partage&apos;s back: if two computers use it at once, changes are lost. Share it from a network drive or a server, or work alone on a local copy.</source>
        <translation>Cette base de données se trouve dans un dossier {service}. {service} copie des fichiers entiers d&apos;un ordinateur à l&apos;autre, à l&apos;insu de Partage&#xa0;: si deux ordinateurs l&apos;utilisent en même temps, des modifications sont perdues. Partagez-la depuis un lecteur réseau ou un serveur, ou travaillez en solo sur une copie locale.</translation>
    </message>
    <message>
        <source>Work on a &amp;local copy…</source>
        <translation>Travailler sur une copie &amp;locale…</translation>
    </message>
    <message>
        <source>Also here: {names}</source>
        <translation>Également ici&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{name} ({user}, {machine}), since {time}</source>
        <translation>{name} ({user}, {machine}), depuis {time}</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Personne d&apos;autre</translation>
    </message>
    <message>
        <source>Nobody else has this database open.</source>
        <translation>Personne d&apos;autre n&apos;a ouvert cette base de données.</translation>
    </message>
    <message>
        <source>No change yet</source>
        <translation>Aucune modification encore</translation>
    </message>
    <message>
        <source>Changed {time} by {name}</source>
        <translation>Dernière modification&#xa0;: {time} par {name}</translation>
    </message>
    <message>
        <source>Last change: {time}, by {name} ({user}, {machine})</source>
        <translation>Dernière modification&#xa0;: {time}, par {name} ({user}, {machine})</translation>
    </message>
    <message>
        <source>Partage cannot reach the database just now and keeps trying; other people&apos;s changes will show once it can. {reason}</source>
        <translation>Partage ne peut pas joindre la base de données pour le moment et continue d&apos;essayer; les modifications des autres s&apos;afficheront dès que possible. {reason}</translation>
    </message>
    <message>
        <source>Partage met an unexpected error; the details are in {path}.</source>
        <translation>Partage a rencontré une erreur inattendue&#xa0;; les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Partage could not read what this section shows. {reason}</source>
        <translation>Partage n’a pas pu lire ce que montre cette section. {reason}</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>About Partage</source>
        <translation>À propos de Partage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partage {version}&lt;/h3&gt;&lt;p&gt;Pool equipment, spaces and vehicles; book them, share what they cost and print the statements.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partage {version}&lt;/h3&gt;&lt;p&gt;Mettez en commun équipements, espaces et véhicules; réservez-les, partagez-en les coûts et imprimez les relevés.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Closing once the changes under way are saved…</source>
        <translation>Fermeture dès que les modifications en cours seront enregistrées…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Member — {name}</source>
        <translation>Membre — {name}</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>How much this member counts when costs are split by ownership shares.</source>
        <translation>Le poids de ce membre quand les coûts sont répartis selon les parts de propriété.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Share &amp;weight:</source>
        <translation>&amp;Poids de la part&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Ad&amp;hésion&#xa0;:</translation>
    </message>
    <message>
        <source>Le&amp;ft:</source>
        <translation>&amp;Départ&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>the member “{name}”</source>
        <translation>le membre «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search members…</source>
        <translation>Rechercher des membres…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les membres a&amp;rchivés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>No members yet — click Add… to enter the first one.</source>
        <translation>Aucun membre pour l&apos;instant — cliquez sur Ajouter… pour saisir le premier.</translation>
    </message>
    <message>
        <source>No member matches “{text}”.</source>
        <translation>Aucun membre ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Every member is archived. Tick “Show archived” to see them.</source>
        <translation>Tous les membres sont archivés. Cochez «&#xa0;Afficher les membres archivés&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Select a member to see their bookings.</source>
        <translation>Sélectionnez un membre pour voir ses réservations.</translation>
    </message>
    <message>
        <source>Current and upcoming bookings of {name}</source>
        <translation>Réservations en cours et à venir de {name}</translation>
    </message>
    <message>
        <source>Archive “{name}”? Archived members are hidden from everyday lists; their history is kept and they can be restored.</source>
        <translation>Archiver «&#xa0;{name}&#xa0;»? Les membres archivés sont masqués des listes courantes; leur historique est conservé et ils peuvent être restaurés.</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>Archiver le membre</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message>
        <source>+{count} more</source>
        <translation>{count} autres</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>For example: Tool library of Rosemont</source>
        <translation>Par exemple&#xa0;: Outilthèque de Rosemont</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the database</source>
        <translation>Choisissez où enregistrer la base de données</translation>
    </message>
    <message>
        <source>To work together, save it on a shared drive everyone in the group can open.</source>
        <translation>Pour travailler ensemble, enregistrez-la sur un lecteur partagé que tout le groupe peut ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation>Choisissez où enregistrer la base de données.</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What the member owed the group on that day; negative for what the group owed the member.</source>
        <translation>Ce que le membre devait au groupe ce jour-là; négatif pour ce que le groupe devait au membre.</translation>
    </message>
    <message>
        <source>Positive: the member owes it to the group. Negative: the group owes it to the member.</source>
        <translation>Positif&#xa0;: le membre le doit au groupe. Négatif&#xa0;: le groupe le doit au membre.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>{name}: date set</source>
        <translation>{name}&#xa0;: date indiquée</translation>
    </message>
    <message>
        <source>Tick to enter a date; untick to leave it empty.</source>
        <translation>Cochez pour saisir une date; décochez pour la laisser vide.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>OptionalDuration</name>
    <message>
        <source>{name}: set</source>
        <translation>{name}&#xa0;: définie</translation>
    </message>
    <message>
        <source>Tick to set a duration; untick for no limit.</source>
        <translation>Cochez pour fixer une durée; décochez pour aucune limite.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>{name}: hours</source>
        <translation>{name}&#xa0;: heures</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>{name}: minutes</source>
        <translation>{name}&#xa0;: minutes</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(aucune limite)</translation>
    </message>
</context>
<context>
    <name>OptionalTimeRange</name>
    <message>
        <source>{name}: set</source>
        <translation>{name}&#xa0;: définies</translation>
    </message>
    <message>
        <source>Tick to set the hours; untick for any time.</source>
        <translation>Cochez pour fixer les heures; décochez pour n&apos;importe quelle heure.</translation>
    </message>
    <message>
        <source>{name}: from</source>
        <translation>{name}&#xa0;: de</translation>
    </message>
    <message>
        <source>{name}: to</source>
        <translation>{name}&#xa0;: à</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>(any time)</source>
        <translation>(n&apos;importe quelle heure)</translation>
    </message>
</context>
<context>
    <name>OwnershipEditor</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Add o&amp;wner</source>
        <translation>Ajouter un pr&amp;opriétaire</translation>
    </message>
    <message>
        <source>Add an owner</source>
        <translation>Ajouter un propriétaire</translation>
    </message>
    <message>
        <source>Remove owner</source>
        <translation>Retirer le propriétaire</translation>
    </message>
    <message>
        <source>Remove the selected owner</source>
        <translation>Retirer le propriétaire sélectionné</translation>
    </message>
    <message>
        <source>Add members first: owners are members.</source>
        <translation>Ajoutez d&apos;abord des membres&#xa0;: les propriétaires sont des membres.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>Owner&apos;s weight</source>
        <translation>Poids du propriétaire</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What the member paid the group; negative for a refund to the member.</source>
        <translation>Ce que le membre a payé au groupe; négatif pour un remboursement au membre.</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>M&amp;embre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>Numéro de &amp;facture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Choose a statement or an invoice to see it here.</source>
        <translation>Choisissez un relevé ou une facture pour l’afficher ici.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation>Ouvrir dans la &amp;visionneuse</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}: {reason}</source>
        <translation>Le PDF n’a pas pu être écrit dans {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>One &amp;day</source>
        <translation>Une &amp;journée</translation>
    </message>
    <message>
        <source>A peri&amp;od</source>
        <translation>Une pério&amp;de</translation>
    </message>
    <message>
        <source>Date or first day</source>
        <translation>Date ou premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>Photo preview</source>
        <translation>Aperçu de la photo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Enlever la photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>Impossible d&apos;afficher la photo</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan maintenance</source>
        <translation>Planifier un entretien</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Oil change, blade sharpening…</source>
        <translation>Vidange d&apos;huile, affûtage de la lame…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every so many months</source>
        <translation>Tous les tant de mois</translation>
    </message>
    <message>
        <source>Every so many kilometres or hours</source>
        <translation>Tous les tant de kilomètres ou d&apos;heures</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Keep the asset out of bookings while it is being maintained</source>
        <translation>Retirer le bien des réservations pendant l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Bien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last done:</source>
        <translation>&amp;Dernière fois&#xa0;:</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Due at reading</source>
        <translation>Échéance au compteur</translation>
    </message>
    <message>
        <source>Meter now</source>
        <translation>Compteur actuel</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message numerus="yes">
        <source>Renew within %n day(s)</source>
        <translation>
            <numerusform>À renouveler d&apos;ici&#xa0;%n jour</numerusform>
            <numerusform>À renouveler d&apos;ici&#xa0;%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew today</source>
        <translation>À renouveler aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expirée depuis&#xa0;%n jour</numerusform>
            <numerusform>Expirée depuis&#xa0;%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>New insurance policy</source>
        <translation>Nouvelle police d&apos;assurance</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>The group (liability, premises…)</source>
        <translation>Le groupe (responsabilité civile, locaux…)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>I&amp;nsured:</source>
        <translation>&amp;Assuré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>Ass&amp;ureur&#xa0;:</translation>
    </message>
    <message>
        <source>Policy n&amp;umber:</source>
        <translation>&amp;Numéro de police&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;overage:</source>
        <translation>&amp;Couverture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Premium:</source>
        <translation>&amp;Prime&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pério&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Payé pa&amp;r&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Colours of the system</source>
        <translation>Couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claires</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so your group knows who did what. Left empty, your login name is used.</source>
        <translation>Inscrit avec chacune de vos modifications, pour que votre groupe sache qui a fait quoi. Si vous le laissez vide, votre nom d&apos;utilisateur est utilisé.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copies de sauvegarde automatiques</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des copies de sauvegarde</translation>
    </message>
    <message>
        <source>Left empty, backups go to {folder}</source>
        <translation>Laissé vide, les copies de sauvegarde vont dans {folder}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des copies de sauvegarde</translation>
    </message>
    <message>
        <source>Backups kept of each database</source>
        <translation>Copies de sauvegarde conservées pour chaque base de données</translation>
    </message>
    <message>
        <source>Each time a database file is opened it is copied here; the oldest copies beyond this number are deleted. Backups already taken stay where they are, and File › Restore a backup lists those of the folder chosen.</source>
        <translation>Chaque fois qu&apos;un fichier de base de données est ouvert, il est copié ici; au-delà de ce nombre, les copies les plus anciennes sont supprimées. Les copies déjà faites restent où elles sont, et Fichier › Restaurer une copie de sauvegarde liste celles du dossier choisi.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> copies les plus récentes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Who is here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>People who have the database open</source>
        <translation>Personnes qui ont ouvert la base de données</translation>
    </message>
    <message>
        <source>Nobody else has this database open.</source>
        <translation>Personne d&apos;autre n&apos;a ouvert cette base de données.</translation>
    </message>
    <message>
        <source>Others see you as {name} ({user}, {machine}).</source>
        <translation>Les autres vous voient sous le nom {name} ({user}, {machine}).</translation>
    </message>
    <message>
        <source>This window is read-only: others do not see you here.</source>
        <translation>Cette fenêtre est en lecture seule&#xa0;: les autres ne vous voient pas ici.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ReceiptField</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Attac&amp;h…</source>
        <translation>Jo&amp;indre…</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Joindre un reçu</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the receipt</source>
        <translation>Ouvrir le reçu</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the receipt</source>
        <translation>Retirer le reçu</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Aucun reçu</translation>
    </message>
    <message>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} ko)</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>Reçu joint</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Their version is shown now; your changes were dropped.</source>
        <translation>Sa version est maintenant affichée; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Someone else deleted {subject} after you opened it: it can no longer be saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé {subject} après que vous avez ouvert le formulaire&#xa0;: il n&apos;est plus possible de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Deleted by someone else</source>
        <translation>Supprimé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else deleted {subject} after you opened it. Save your version as a new one?</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé {subject} après que vous avez ouvert le formulaire. Enregistrer votre version comme une nouvelle fiche&#xa0;?</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Enregistrer comme nouveau</translation>
    </message>
    <message>
        <source>Someone else deleted {subject} after you opened it; nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé {subject} après que vous avez ouvert le formulaire; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>RecordDoneDialog</name>
    <message>
        <source>Maintenance done — {asset}: {task}</source>
        <translation>Entretien fait — {asset}&#xa0;: {task}</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Lecture du compteur</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Entretien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Fait le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meter reading:</source>
        <translation>&amp;Lecture du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Coût&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Payé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Due at {reading}</source>
        <translation>Échéance à {reading}</translation>
    </message>
    <message>
        <source>Last done:</source>
        <translation>Dernier entretien&#xa0;:</translation>
    </message>
    <message>
        <source>the maintenance “{task}” of “{asset}”</source>
        <translation>l&apos;entretien «&#xa0;{task}&#xa0;» de «&#xa0;{asset}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>Tous les {n} jours</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Chaque {days}</translation>
    </message>
    <message>
        <source>Every {n} weeks on {days}</source>
        <translation>Toutes les {n} semaines, le {days}</translation>
    </message>
    <message>
        <source>Every month on day {day}</source>
        <translation>Chaque mois, le {day}</translation>
    </message>
    <message>
        <source>Every {n} months on day {day}</source>
        <translation>Tous les {n} mois, le {day}</translation>
    </message>
    <message>
        <source>Every month on the {ordinal} {weekday}</source>
        <translation>Chaque mois, le {ordinal} {weekday}</translation>
    </message>
    <message>
        <source>Every {n} months on the {ordinal} {weekday}</source>
        <translation>Tous les {n} mois, le {ordinal} {weekday}</translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}, une seule fois</translation>
    </message>
    <message>
        <source>{rule}, {count} times</source>
        <translation>{rule}, {count} fois</translation>
    </message>
    <message>
        <source>{rule} until {date}</source>
        <translation>{rule}, jusqu&apos;au {date}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly, on the same date</source>
        <translation>Tous les mois, à la même date</translation>
    </message>
    <message>
        <source>Monthly, on the same weekday</source>
        <translation>Tous les mois, le même jour de la semaine</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Recurrence in words</source>
        <translation>Récurrence en toutes lettres</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Ré&amp;pétition&#xa0;:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>When the database was opened</source>
        <translation>À l&apos;ouverture de la base de données</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Copie demandée</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put back in place of the database. The database as it is now is backed up first, so a restore can itself be undone. Nobody else may have the database open meanwhile.</source>
        <translation>Choisissez la copie de sauvegarde à remettre à la place de la base de données. La base de données actuelle est d&apos;abord sauvegardée, de sorte qu&apos;une restauration peut elle-même être annulée. Personne d&apos;autre ne doit avoir ouvert la base de données pendant ce temps.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>This database has no backup yet.</source>
        <translation>Cette base de données n&apos;a encore aucune copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>SplitMatrixModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Costs of no particular asset: the group&apos;s overhead</source>
        <translation>Coûts d&apos;aucun bien en particulier&#xa0;: frais généraux du groupe</translation>
    </message>
    <message>
        <source>{member} — {asset}: {amount}</source>
        <translation>{member} — {asset}&#xa0;: {amount}</translation>
    </message>
</context>
<context>
    <name>SplitView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Splitting the costs</source>
        <translation>Répartition des coûts</translation>
    </message>
    <message>
        <source>Splitting the costs…</source>
        <translation>Répartition des coûts…</translation>
    </message>
    <message>
        <source>Split summary</source>
        <translation>Sommaire de la répartition</translation>
    </message>
    <message>
        <source>Split by member and asset</source>
        <translation>Répartition par membre et par bien</translation>
    </message>
    <message>
        <source>Shares behind the chosen amount</source>
        <translation>Parts derrière le montant choisi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {total} shared among %n member(s)</source>
        <translation>
            <numerusform>{period}&#xa0;: {total} réparti entre&#xa0;%n membre</numerusform>
            <numerusform>{period}&#xa0;: {total} réparti entre&#xa0;%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>({amount} not shared: nobody belonged to the group on those days)</source>
        <translation>({amount} non réparti&#xa0;: personne ne faisait partie du groupe ces jours-là)</translation>
    </message>
    <message>
        <source>The costs touching this period come to {whole}; {outside} of it falls on days outside the period and is shared in the periods it covers.</source>
        <translation>Les coûts qui touchent cette période font {whole}; {outside} de ce montant tombe sur des jours hors de la période et se répartit dans les périodes qu’ils couvrent.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Choose an amount to see the costs behind it.</source>
        <translation>Choisissez un montant pour voir les coûts qui le composent.</translation>
    </message>
    <message>
        <source>Every cost of the period: {amount} in all</source>
        <translation>Tous les coûts de la période&#xa0;: {amount} au total</translation>
    </message>
    <message>
        <source>{asset}, every member: {amount}</source>
        <translation>{asset}, tous les membres&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>{member}, every asset: {amount}</source>
        <translation>{member}, tous les biens&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>{member} — {asset}: {amount}</source>
        <translation>{member} — {asset}&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>No costs to share in this period.</source>
        <translation>Aucun coût à répartir pendant cette période.</translation>
    </message>
    <message>
        <source>Nothing owed here.</source>
        <translation>Rien à payer ici.</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <source>&amp;Issue all…</source>
        <translation>&amp;Tout émettre…</translation>
    </message>
    <message>
        <source>Give every draft with something to invoice a number and store it for good</source>
        <translation>Donner un numéro à chaque brouillon qui a quelque chose à facturer et le conserver pour de bon</translation>
    </message>
    <message>
        <source>Organisation and &amp;taxes…</source>
        <translation>Organisme et t&amp;axes…</translation>
    </message>
    <message>
        <source>Working out the statements</source>
        <translation>Calcul des relevés</translation>
    </message>
    <message>
        <source>Draft statements</source>
        <translation>Relevés en brouillon</translation>
    </message>
    <message>
        <source>Issue &amp;this one</source>
        <translation>Émettre &amp;celui-ci</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>No invoice issued yet: issue the drafts of a period.</source>
        <translation>Aucune facture émise : émettez les brouillons d’une période.</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Inscrire un &amp;paiement…</translation>
    </message>
    <message>
        <source>&amp;Void (credit note)…</source>
        <translation>Émettre une &amp;note de crédit…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>{start} – {end}: {count} statements, {total} to invoice; {ready} ready to issue.</source>
        <translation>{start} – {end} : {count} relevés, {total} à facturer; {ready} prêts à émettre.</translation>
    </message>
    <message>
        <source>Working out the statements…</source>
        <translation>Calcul des relevés…</translation>
    </message>
    <message>
        <source>No member belonged to the group in this period.</source>
        <translation>Aucun membre ne faisait partie du groupe dans cette période.</translation>
    </message>
    <message>
        <source>Draft statement of {member}</source>
        <translation>Relevé en brouillon de {member}</translation>
    </message>
    <message>
        <source>Credit note {number} — {member}</source>
        <translation>Note de crédit {number} — {member}</translation>
    </message>
    <message>
        <source>Invoice {number} — {member}</source>
        <translation>Facture {number} — {member}</translation>
    </message>
    <message>
        <source>{month} {first} – {last}, {year}</source>
        <translation>{first} – {last} {month} {year}</translation>
    </message>
    <message>
        <source>{first_month} {first} – {last_month} {last}, {year}</source>
        <translation>{first} {first_month} – {last} {last_month} {year}</translation>
    </message>
    <message>
        <source>Issue the invoice of {member} for {period}, {total}?</source>
        <translation>Émettre la facture de {member} pour {period}, {total}?</translation>
    </message>
    <message>
        <source>Issue {count} invoices for {period}, {total} in all?</source>
        <translation>Émettre {count} factures pour {period}, {total} en tout?</translation>
    </message>
    <message>
        <source>Issued invoices are permanent: a correction takes a credit note.</source>
        <translation>Les factures émises sont définitives&#xa0;: une correction se fait par une note de crédit.</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Émettre des factures</translation>
    </message>
    <message>
        <source>The period {period} has not ended: today is {today}. Its invoices would leave out every cost, booking and payment from now until {end}.</source>
        <translation>La période {period} n’est pas terminée&#xa0;: nous sommes le {today}. Ses factures laisseraient de côté tous les coûts, réservations et paiements d’ici au {end}.</translation>
    </message>
    <message>
        <source>Issue before the period ends</source>
        <translation>Émettre avant la fin de la période</translation>
    </message>
    <message>
        <source>Issuing invoices</source>
        <translation>Émission des factures</translation>
    </message>
    <message>
        <source>Issuing the invoices…</source>
        <translation>Émission des factures…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued, {first} to {last}.</source>
        <translation>
            <numerusform>%n facture émise, {first} à {last}.</numerusform>
            <numerusform>%n factures émises, de {first} à {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice was issued.</source>
        <translation>Aucune facture n’a été émise.</translation>
    </message>
    <message>
        <source>Stopped before the end: the rest are still drafts.</source>
        <translation>Arrêté avant la fin : les autres sont encore des brouillons.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (nothing to invoice, or already invoiced).</source>
        <translation>
            <numerusform>%n sauté (rien à facturer, ou déjà facturé).</numerusform>
            <numerusform>%n sautés (rien à facturer, ou déjà facturés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Void an invoice</source>
        <translation>Annuler une facture</translation>
    </message>
    <message>
        <source>Void invoice {number} of {member}? A credit note of {amount} is issued; the period can then be invoiced again.</source>
        <translation>Annuler la facture {number} de {member}? Une note de crédit de {amount} est émise; la période peut ensuite être facturée de nouveau.</translation>
    </message>
</context>
<context>
    <name>TimeGridCanvas</name>
    <message>
        <source>{count} bookings</source>
        <translation>{count} réservations</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>À faire bientôt</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
</context>
<context>
    <name>UpkeepView</name>
    <message>
        <source>Maintenance plans</source>
        <translation>Entretiens planifiés</translation>
    </message>
    <message>
        <source>No maintenance planned — click Plan maintenance… to add the first.</source>
        <translation>Aucun entretien planifié — cliquez sur Planifier un entretien… pour ajouter le premier.</translation>
    </message>
    <message>
        <source>Insurance policies</source>
        <translation>Polices d&apos;assurance</translation>
    </message>
    <message>
        <source>No insurance policies — click Add policy… to enter the first.</source>
        <translation>Aucune police d&apos;assurance — cliquez sur Ajouter une police… pour saisir la première.</translation>
    </message>
    <message>
        <source>&amp;Plan maintenance…</source>
        <translation>&amp;Planifier un entretien…</translation>
    </message>
    <message>
        <source>&amp;Record done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Ajouter une police…</translation>
    </message>
    <message>
        <source>Maintenance and insurance</source>
        <translation>Entretien et assurances</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Entretien</translation>
    </message>
    <message>
        <source>&amp;Insurance</source>
        <translation>A&amp;ssurances</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) overdue</source>
        <translation>
            <numerusform>%n entretien en retard</numerusform>
            <numerusform>%n entretiens en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n à faire d&apos;ici 30 jours</numerusform>
            <numerusform>%n à faire d&apos;ici 30 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) due within {days} days</source>
        <translation>
            <numerusform>%n renouvellement d&apos;ici {days} jours</numerusform>
            <numerusform>%n renouvellements d&apos;ici {days} jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Partage</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Partage logo</source>
        <translation>Logo de Partage</translation>
    </message>
    <message>
        <source>Pool equipment, spaces and vehicles; book them and share what they cost.</source>
        <translation>Mettez en commun équipements, espaces et véhicules; réservez-les et partagez-en les coûts.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Start an empty database for your group, on this computer or a shared drive.</source>
        <translation>Créez une base de données vide pour votre groupe, sur cet ordinateur ou sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Partage database you or your group already use.</source>
        <translation>Ouvrez une base de données Partage que vous ou votre groupe utilisez déjà.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Explore a sample co-op with members and assets, in a copy of its own.</source>
        <translation>Explorez une coopérative fictive, avec ses membres et ses biens, dans une copie bien à elle.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>Databases you open will be listed here.</source>
        <translation>Les bases de données que vous ouvrez seront listées ici.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>STATEMENT OF ACCOUNT</source>
        <translation>RELEVÉ DE COMPTE</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° de membre</translation>
    </message>
    <message>
        <source>Account of</source>
        <translation>Compte de</translation>
    </message>
    <message>
        <source>Charges, payments and credits</source>
        <translation>Frais, paiements et crédits</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Owed before the period</source>
        <translation>Dû avant la période</translation>
    </message>
    <message>
        <source>Nothing was charged or paid in this period.</source>
        <translation>Rien n’a été imputé ni payé dans cette période.</translation>
    </message>
    <message>
        <source>Charged in the period</source>
        <translation>Imputé dans la période</translation>
    </message>
    <message>
        <source>Paid and credited in the period</source>
        <translation>Payé et crédité dans la période</translation>
    </message>
    <message>
        <source>Amount you owe on {day}</source>
        <translation>Montant que vous devez le {day}</translation>
    </message>
    <message>
        <source>Amount in your favour on {day}</source>
        <translation>Montant en votre faveur le {day}</translation>
    </message>
    <message>
        <source>Nothing is owed on {day}</source>
        <translation>Rien n’est dû le {day}</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Comment payer</translation>
    </message>
    <message>
        <source>About this statement</source>
        <translation>À propos de ce relevé</translation>
    </message>
    <message>
        <source>This statement lists everything recorded on your account in the period: your share of the costs month by month, taxes, payments, expenses you paid for the group and opening balances. The last column is what you owe after each line; a negative amount is what the group owes you. It is not an invoice.</source>
        <translation>Ce relevé présente tout ce qui a été inscrit à votre compte dans la période&#xa0;: votre part des coûts mois par mois, les taxes, les paiements, les dépenses payées pour le groupe et les soldes d’ouverture. La dernière colonne indique ce que vous devez après chaque ligne; un montant négatif est ce que le groupe vous doit. Ce n’est pas une facture.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} de {pages}</translation>
    </message>
    <message>
        <source>GST no. {number}</source>
        <translation>N° TPS {number}</translation>
    </message>
    <message>
        <source>QST no. {number}</source>
        <translation>N° TVQ {number}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>chaîne d&apos;option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analyseur inconnu %(parser_name)r (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Partage ran into an unexpected problem and stopped. Nothing more was changed. The details are in {path}; please send that file with a report.</source>
        <translation>Partage a rencontré un problème inattendu et s&apos;est arrêté. Rien d&apos;autre n&apos;a été modifié. Les détails se trouvent dans {path}; veuillez envoyer ce fichier avec un signalement.</translation>
    </message>
    <message>
        <source>The argument “{text}” is not valid UTF-8 text (� marks the bytes that are not): write it again in UTF-8.</source>
        <translation>L&apos;argument «&#xa0;{text}&#xa0;» n&apos;est pas un texte UTF-8 valide (� marque les octets qui ne le sont pas)&#xa0;: écrivez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>véhicule</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>en réparation</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>add, list and edit assets</source>
        <translation>ajouter, afficher et modifier les biens</translation>
    </message>
    <message>
        <source>add an asset</source>
        <translation>ajouter un bien</translation>
    </message>
    <message>
        <source>the asset&apos;s name</source>
        <translation>le nom du bien</translation>
    </message>
    <message>
        <source>list the assets</source>
        <translation>afficher la liste des biens</translation>
    </message>
    <message>
        <source>change an asset; only the options given change</source>
        <translation>modifier un bien; seules les options données changent</translation>
    </message>
    <message>
        <source>the asset&apos;s id or exact name</source>
        <translation>le numéro du bien ou son nom exact</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>un nouveau nom</translation>
    </message>
    <message>
        <source>what kind of asset it is</source>
        <translation>le type de bien</translation>
    </message>
    <message>
        <source>a category of your own, such as Tools</source>
        <translation>une catégorie de votre choix, par exemple Outils</translation>
    </message>
    <message>
        <source>where the asset is kept</source>
        <translation>l&apos;endroit où le bien est gardé</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>une description</translation>
    </message>
    <message>
        <source>what the asset&apos;s meter counts: km or hours (none: no meter)</source>
        <translation>ce que compte le compteur du bien&#xa0;: km ou hours (none&#xa0;: aucun compteur)</translation>
    </message>
    <message>
        <source>purchase price, such as 1234.56 or &quot;1 234,56 $&quot; (empty: none)</source>
        <translation>le prix d&apos;achat, par exemple 1234.56 ou &quot;1&#xa0;234,56&#xa0;$&quot; (vide&#xa0;: aucun)</translation>
    </message>
    <message>
        <source>purchase date, YYYY-MM-DD (empty: none)</source>
        <translation>la date d&apos;achat, AAAA-MM-JJ (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>a member&apos;s ownership share, such as &quot;Alice=2&quot;; repeat for each owner (on edit, the list given replaces the current one)</source>
        <translation>la part de propriété d&apos;un membre, par exemple &quot;Alice=2&quot;; à répéter pour chaque propriétaire (à la modification, la liste donnée remplace la liste actuelle)</translation>
    </message>
    <message>
        <source>remove every ownership share</source>
        <translation>retirer toutes les parts de propriété</translation>
    </message>
    <message>
        <source>how the asset&apos;s costs are split: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50</source>
        <translation>la répartition des coûts du bien&#xa0;: equal, shares, usage, weights:MEMBER=W,MEMBER=W ou mix:shares=50,usage=50</translation>
    </message>
    <message>
        <source>active (default), in_repair or retired</source>
        <translation>active (par défaut), in_repair ou retired</translation>
    </message>
    <message>
        <source>Added the asset “{name}” (id {id}).</source>
        <translation>Bien «&#xa0;{name}&#xa0;» ajouté (numéro {id}).</translation>
    </message>
    <message>
        <source>No assets yet.</source>
        <translation>Aucun bien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Prix d&apos;achat</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Saved the asset “{name}” (id {id}).</source>
        <translation>Bien «&#xa0;{name}&#xa0;» enregistré (numéro {id}).</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>rendue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>book an asset for a member, once or as a recurring series</source>
        <translation>réserver un bien pour un membre, une seule fois ou en série récurrente</translation>
    </message>
    <message>
        <source>the member&apos;s id or exact name; left out (or -) with --blackout</source>
        <translation>le numéro du membre ou son nom exact; omis (ou -) avec --blackout</translation>
    </message>
    <message>
        <source>start, YYYY-MM-DDTHH:MM in the database&apos;s time zone</source>
        <translation>le début, AAAA-MM-JJTHH:MM dans le fuseau horaire de la base de données</translation>
    </message>
    <message>
        <source>end, YYYY-MM-DDTHH:MM in the database&apos;s time zone (not included)</source>
        <translation>la fin, AAAA-MM-JJTHH:MM dans le fuseau horaire de la base de données (exclue)</translation>
    </message>
    <message>
        <source>repeat as an RFC 5545 rule with an end, such as FREQ=WEEKLY;BYDAY=TU;COUNT=4; every occurrence keeps the local time of START</source>
        <translation>répéter selon une règle RFC 5545 qui comporte une fin, par exemple FREQ=WEEKLY;BYDAY=TU;COUNT=4; chaque occurrence garde l&apos;heure locale de START</translation>
    </message>
    <message>
        <source>for a series, book the free dates and skip those already booked</source>
        <translation>pour une série, réserver les dates libres et ignorer celles déjà réservées</translation>
    </message>
    <message>
        <source>close the asset (maintenance, closure) instead of lending it; no member</source>
        <translation>rendre le bien indisponible (entretien, fermeture) au lieu de le prêter; sans membre</translation>
    </message>
    <message>
        <source>confirmed (default) or requested</source>
        <translation>confirmed (par défaut) ou requested</translation>
    </message>
    <message>
        <source>a member&apos;s statement of account: what they owed before the period, each charge, tax, payment and credit in it with the running balance, and what they owe at its end; or &apos;account opening MEMBER AMOUNT --date DATE&apos; to record the balance a member had when the group started using Partage (positive: the member owes it)</source>
        <translation>le relevé de compte d’un membre&#xa0;: ce qu’il devait avant la période, chaque frais, taxe, paiement et crédit de la période avec le solde courant, et ce qu’il doit à la fin; ou « account opening MEMBRE MONTANT --date DATE » pour inscrire le solde qu’avait un membre quand le groupe a commencé à utiliser Partage (positif&#xa0;: le membre le doit)</translation>
    </message>
    <message>
        <source>the member&apos;s id or exact name (or: opening MEMBER AMOUNT)</source>
        <translation>le numéro ou le nom exact du membre (ou&#xa0;: opening MEMBRE MONTANT)</translation>
    </message>
    <message>
        <source>the first day, YYYY-MM-DD (default: the first day anything was recorded)</source>
        <translation>le premier jour, AAAA-MM-JJ (par défaut&#xa0;: le premier jour où quelque chose a été inscrit)</translation>
    </message>
    <message>
        <source>the last day (included), YYYY-MM-DD (default: today)</source>
        <translation>le dernier jour (inclus), AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>for an opening balance: its day, YYYY-MM-DD</source>
        <translation>pour un solde d’ouverture&#xa0;: son jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Owed before the period</source>
        <translation>Dû avant la période</translation>
    </message>
    <message>
        <source>Account of {member}, {start} to {end}</source>
        <translation>Compte de {member}, du {start} au {end}</translation>
    </message>
    <message>
        <source>{member} owes {amount} at the end of {day}.</source>
        <translation>{member} doit {amount} à la fin du {day}.</translation>
    </message>
    <message>
        <source>The group owes {member} {amount} at the end of {day}.</source>
        <translation>Le groupe doit {amount} à {member} à la fin du {day}.</translation>
    </message>
    <message>
        <source>Recorded an opening balance of {amount} for {member} on {date}.</source>
        <translation>Solde d’ouverture de {amount} inscrit pour {member} au {date}.</translation>
    </message>
    <message>
        <source>list the bookings, oldest first</source>
        <translation>afficher la liste des réservations, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>only this asset (id or exact name)</source>
        <translation>seulement ce bien (numéro ou nom exact)</translation>
    </message>
    <message>
        <source>only this member (id or exact name)</source>
        <translation>seulement ce membre (numéro ou nom exact)</translation>
    </message>
    <message>
        <source>only bookings on or after this day, YYYY-MM-DD</source>
        <translation>seulement les réservations de ce jour ou après, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>only bookings on or before this day (included), YYYY-MM-DD</source>
        <translation>seulement les réservations de ce jour (inclus) ou avant, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>include cancelled bookings</source>
        <translation>inclure les réservations annulées</translation>
    </message>
    <message>
        <source>cancel a booking that is not checked out</source>
        <translation>annuler une réservation dont le bien n&apos;est pas sorti</translation>
    </message>
    <message>
        <source>also cancel the later occurrences of its series</source>
        <translation>annuler aussi les occurrences suivantes de sa série</translation>
    </message>
    <message>
        <source>hand the asset of a booking over</source>
        <translation>enregistrer la sortie du bien d&apos;une réservation</translation>
    </message>
    <message>
        <source>take the asset of a checked-out booking back</source>
        <translation>enregistrer le retour du bien d&apos;une réservation sortie</translation>
    </message>
    <message>
        <source>the state the asset came back in</source>
        <translation>l&apos;état dans lequel le bien est revenu</translation>
    </message>
    <message>
        <source>record a meter reading that means more use than the loan allows (the audit log says so)</source>
        <translation>inscrire un relevé de compteur qui suppose plus d’utilisation que le prêt ne le permet (le journal d’audit le note)</translation>
    </message>
    <message>
        <source>the booking&apos;s number (the ID column of partage-cli bookings)</source>
        <translation>le numéro de la réservation (la colonne Nº de partage-cli bookings)</translation>
    </message>
    <message>
        <source>the meter reading, a whole number of km or hours</source>
        <translation>la lecture du compteur, un nombre entier de km ou d&apos;heures</translation>
    </message>
    <message>
        <source>“{asset}” is closed from {start} to {end} (booking {id}).</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» est indisponible du {start} au {end} (réservation {id}).</translation>
    </message>
    <message>
        <source>Booked “{asset}” for {member} from {start} to {end} (booking {id}).</source>
        <translation>Bien «&#xa0;{asset}&#xa0;» réservé pour {member} du {start} au {end} (réservation {id}).</translation>
    </message>
    <message>
        <source>Booked “{asset}” {count} time(s), from {first} to {last} (series {series}).</source>
        <translation>Bien «&#xa0;{asset}&#xa0;» réservé {count} fois, du {first} au {last} (série {series}).</translation>
    </message>
    <message>
        <source>Skipped {count} date(s) when “{asset}” was already booked: {dates}.</source>
        <translation>{count} date(s) ignorée(s), où le bien «&#xa0;{asset}&#xa0;» était déjà réservé&#xa0;: {dates}.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Aucune réservation.</translation>
    </message>
    <message>
        <source>{status}, OVERDUE</source>
        <translation>{status}, EN RETARD</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(indisponible)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancelled {count} booking(s): {ids}.</source>
        <translation>{count} réservation(s) annulée(s)&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>Checked out booking {id} of “{asset}”.</source>
        <translation>Sortie enregistrée pour la réservation {id} du bien «&#xa0;{asset}&#xa0;».</translation>
    </message>
    <message>
        <source>If the reading is right, run the command again with --force.</source>
        <translation>Si le relevé est juste, relancez la commande avec --force.</translation>
    </message>
    <message>
        <source>Checked in booking {id} of “{asset}”.</source>
        <translation>Retour enregistré pour la réservation {id} du bien «&#xa0;{asset}&#xa0;».</translation>
    </message>
    <message>
        <source>“{name}” already had these values.</source>
        <translation>«&#xa0;{name}&#xa0;» avait déjà ces valeurs.</translation>
    </message>
    <message>
        <source>write the bookings as an iCalendar (.ics) file for calendar programs; a series as one event with its rule</source>
        <translation>écrire les réservations dans un fichier iCalendar (.ics) pour les logiciels de calendrier; une série y devient un seul événement avec sa règle</translation>
    </message>
    <message>
        <source>the .ics file to write (replaced if it exists)</source>
        <translation>le fichier .ics à écrire (remplacé s&apos;il existe)</translation>
    </message>
    <message>
        <source>book from the events of an iCalendar (.ics) file: all of them, or none when one is refused</source>
        <translation>réserver à partir des événements d&apos;un fichier iCalendar (.ics)&#xa0;: tous, ou aucun si l&apos;un d&apos;eux est refusé</translation>
    </message>
    <message>
        <source>the .ics file; each event names its asset and member (X-PARTAGE-ASSET or LOCATION, X-PARTAGE-MEMBER)</source>
        <translation>le fichier .ics; chaque événement nomme son bien et son membre (X-PARTAGE-ASSET ou LOCATION, X-PARTAGE-MEMBER)</translation>
    </message>
    <message>
        <source>Wrote the bookings to {path}.</source>
        <translation>Réservations écrites dans {path}.</translation>
    </message>
    <message>
        <source>The event “{event}” was refused. Nothing was imported:</source>
        <translation>L’événement «&#xa0;{event}&#xa0;» a été refusé. Rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Imported {events} event(s) from {path}: {bookings} booking(s).</source>
        <translation>{events} événement(s) importé(s) de {path}&#xa0;: {bookings} réservation(s).</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>household</source>
        <translation>ménage</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>add, list, edit and remove members</source>
        <translation>ajouter, afficher, modifier et supprimer les membres</translation>
    </message>
    <message>
        <source>add a member</source>
        <translation>ajouter un membre</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>le nom du membre</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>afficher la liste des membres</translation>
    </message>
    <message>
        <source>change a member; only the options given change</source>
        <translation>modifier un membre; seules les options données changent</translation>
    </message>
    <message>
        <source>the member&apos;s id or exact name</source>
        <translation>le numéro du membre ou son nom exact</translation>
    </message>
    <message>
        <source>delete a member who has no history; otherwise refused (exit code 3): set --left instead</source>
        <translation>supprimer un membre sans historique; sinon refusé (code de sortie 3)&#xa0;: indiquez plutôt --left</translation>
    </message>
    <message>
        <source>person (default), household or organisation</source>
        <translation>person (par défaut), household ou organisation</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>telephone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>language of the member&apos;s statements (default: the database&apos;s)</source>
        <translation>la langue des relevés du membre (par défaut&#xa0;: celle de la base de données)</translation>
    </message>
    <message>
        <source>share weight, such as 1, 1.5 or 0,25 (default: 1)</source>
        <translation>le poids de la part, par exemple 1, 1.5 ou 0,25 (par défaut&#xa0;: 1)</translation>
    </message>
    <message>
        <source>date joined, YYYY-MM-DD (empty: none)</source>
        <translation>la date d&apos;adhésion, AAAA-MM-JJ (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>date left, YYYY-MM-DD (empty: none)</source>
        <translation>la date de départ, AAAA-MM-JJ (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>des notes libres</translation>
    </message>
    <message>
        <source>Added the member “{name}” (id {id}).</source>
        <translation>Membre «&#xa0;{name}&#xa0;» ajouté (numéro {id}).</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Aucun membre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Saved the member “{name}” (id {id}).</source>
        <translation>Membre «&#xa0;{name}&#xa0;» enregistré (numéro {id}).</translation>
    </message>
    <message>
        <source>Removed the member “{name}” (id {id}).</source>
        <translation>Membre «&#xa0;{name}&#xa0;» supprimé (numéro {id}).</translation>
    </message>
    <message>
        <source>the database: a file, or a server URL such as postgresql+psycopg://user@host/db (default: the PARTAGE_DB variable)</source>
        <translation>la base de données&#xa0;: un fichier, ou l&apos;URL d&apos;un serveur comme postgresql+psycopg://user@host/db (par défaut&#xa0;: la variable PARTAGE_DB)</translation>
    </message>
    <message>
        <source>language of messages: fr or en (default: the system&apos;s)</source>
        <translation>la langue des messages&#xa0;: fr ou en (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>print one JSON document on standard output</source>
        <translation>écrire un seul document JSON sur la sortie standard</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number from 0 to {largest}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier de 0 à {largest}.</translation>
    </message>
    <message>
        <source>Partage without a window: manage the members, assets and costs of a group that pools equipment, spaces and vehicles.</source>
        <translation>Partage sans fenêtre&#xa0;: gérez les membres, les biens et les coûts d&apos;un groupe qui met en commun équipements, espaces et véhicules.</translation>
    </message>
    <message>
        <source>write data to files for other programs</source>
        <translation>écrire des données dans des fichiers destinés à d&apos;autres logiciels</translation>
    </message>
    <message>
        <source>read data from files of other programs: all of it, or nothing</source>
        <translation>lire des données de fichiers d&apos;autres logiciels&#xa0;: tout, ou rien du tout</translation>
    </message>
    <message>
        <source>create a new, empty Partage database</source>
        <translation>créer une nouvelle base de données Partage vide</translation>
    </message>
    <message>
        <source>the new database file, or the URL of an empty server database</source>
        <translation>le fichier de la nouvelle base de données, ou l&apos;URL d&apos;une base de données vide sur un serveur</translation>
    </message>
    <message>
        <source>the organisation&apos;s name, printed on statements</source>
        <translation>le nom de l&apos;organisme, imprimé sur les relevés</translation>
    </message>
    <message>
        <source>the currency of every amount (default: CAD)</source>
        <translation>la devise de tous les montants (par défaut&#xa0;: CAD)</translation>
    </message>
    <message>
        <source>the time zone of bookings (default: America/Montreal)</source>
        <translation>le fuseau horaire des réservations (par défaut&#xa0;: America/Montreal)</translation>
    </message>
    <message>
        <source>the language of statements and invoices (default: the language of messages)</source>
        <translation>la langue des relevés et des factures (par défaut&#xa0;: la langue des messages)</translation>
    </message>
    <message>
        <source>create a new database holding a demo co-op</source>
        <translation>créer une nouvelle base de données contenant une coopérative de démonstration</translation>
    </message>
    <message>
        <source>the new database file</source>
        <translation>le fichier de la nouvelle base de données</translation>
    </message>
    <message>
        <source>small: about fifteen members; large: 200 members and 500 assets</source>
        <translation>small&#xa0;: une quinzaine de membres; large&#xa0;: 200 membres et 500 biens</translation>
    </message>
    <message>
        <source>the same seed always gives the same data</source>
        <translation>une même graine donne toujours les mêmes données</translation>
    </message>
    <message>
        <source>check the file&apos;s integrity and the rules of the data; exit code 4 if damaged</source>
        <translation>vérifier l&apos;intégrité du fichier et les règles des données; code de sortie 4 si la base est endommagée</translation>
    </message>
    <message>
        <source>copy the database safely, even while in use</source>
        <translation>copier la base de données en toute sécurité, même pendant qu&apos;elle est utilisée</translation>
    </message>
    <message>
        <source>the backup file to write, or an existing folder to write it in</source>
        <translation>la copie de sauvegarde à écrire, ou un dossier existant où l&apos;écrire</translation>
    </message>
    <message>
        <source>copy the database into an empty PostgreSQL database, then compare the rows and amounts of every table</source>
        <translation>copier la base de données dans une base PostgreSQL vide, puis comparer les lignes et les montants de chaque table</translation>
    </message>
    <message>
        <source>the empty server database, such as postgresql+psycopg://user@host/db</source>
        <translation>la base de données vide du serveur, par exemple postgresql+psycopg://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>Created the database {path}.</source>
        <translation>Base de données {path} créée.</translation>
    </message>
    <message>
        <source>Created the demo database {path}.</source>
        <translation>Base de données de démonstration {path} créée.</translation>
    </message>
    <message>
        <source>No problem found in {path} ({count} checks).</source>
        <translation>Aucun problème trouvé dans {path} ({count} vérifications).</translation>
    </message>
    <message>
        <source>{count} problem(s) found in {path}. Restore the database from a backup, or ask for help before changing anything.</source>
        <translation>{count} problème(s) trouvé(s) dans {path}. Restaurez la base de données à partir d&apos;une copie de sauvegarde, ou demandez de l&apos;aide avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>cents</source>
        <translation>cents</translation>
    </message>
    <message>
        <source>Copied {path} to {target}: every table has the same rows and amounts.</source>
        <translation>{path} a été copiée dans {target}&#xa0;: chaque table a les mêmes lignes et les mêmes montants.</translation>
    </message>
    <message>
        <source>the group&apos;s treasury</source>
        <translation>la trésorerie du groupe</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} au {end}</translation>
    </message>
    <message>
        <source>the member who paid it out of their own pocket (id or exact name); left out: the group&apos;s treasury paid</source>
        <translation>le membre qui l&apos;a payé de sa poche (numéro ou nom exact); omis&#xa0;: la trésorerie du groupe a payé</translation>
    </message>
    <message>
        <source>record what the group spends</source>
        <translation>enregistrer les dépenses du groupe</translation>
    </message>
    <message>
        <source>record a cost: an expense of one day, or spread over a period</source>
        <translation>enregistrer un coût&#xa0;: une dépense d&apos;un jour, ou étalée sur une période</translation>
    </message>
    <message>
        <source>the amount, such as 1234.56 or &quot;1 234,56 $&quot;; negative for a refund</source>
        <translation>le montant, par exemple 1234,56 ou &quot;1&#xa0;234,56&#xa0;$&quot;; négatif pour un remboursement</translation>
    </message>
    <message>
        <source>what the cost was for</source>
        <translation>la raison du coût</translation>
    </message>
    <message>
        <source>the asset it was for (id or exact name); left out: the whole group</source>
        <translation>le bien concerné (numéro ou nom exact); omis&#xa0;: tout le groupe</translation>
    </message>
    <message>
        <source>the day of the expense, YYYY-MM-DD (default: today)</source>
        <translation>le jour de la dépense, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>spread the cost over these days, both included, such as a yearly premium: 2026-01-01 2026-12-31</source>
        <translation>étaler le coût sur ces jours, tous deux inclus, comme une prime annuelle&#xa0;: 2026-01-01 2026-12-31</translation>
    </message>
    <message>
        <source>how to split it: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50 (default: the asset&apos;s rule, or equal)</source>
        <translation>comment le répartir&#xa0;: equal, shares, usage, weights:MEMBER=W,MEMBER=W ou mix:shares=50,usage=50 (par défaut&#xa0;: la règle du bien, ou equal)</translation>
    </message>
    <message>
        <source>who was paid: a shop, a garage, an insurer</source>
        <translation>qui a été payé&#xa0;: un magasin, un garage, un assureur</translation>
    </message>
    <message>
        <source>the receipt: a PDF, PNG, JPEG or WebP file</source>
        <translation>le reçu&#xa0;: un fichier PDF, PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>list the costs, newest first</source>
        <translation>afficher la liste des coûts, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>only costs that cover this day or later, YYYY-MM-DD</source>
        <translation>seulement les coûts qui couvrent ce jour ou après, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>only costs that cover this day or earlier, YYYY-MM-DD</source>
        <translation>seulement les coûts qui couvrent ce jour ou avant, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>seulement cette catégorie</translation>
    </message>
    <message>
        <source>only the costs this member paid (id or exact name)</source>
        <translation>seulement les coûts payés par ce membre (numéro ou nom exact)</translation>
    </message>
    <message>
        <source>record and list insurance policies</source>
        <translation>enregistrer et afficher les polices d&apos;assurance</translation>
    </message>
    <message>
        <source>record a policy; its premium becomes a cost spread over its period</source>
        <translation>enregistrer une police; sa prime devient un coût étalé sur sa période</translation>
    </message>
    <message>
        <source>the insured asset (id or exact name), or - for a policy of the whole group</source>
        <translation>le bien assuré (numéro ou nom exact), ou - pour une police de tout le groupe</translation>
    </message>
    <message>
        <source>the premium, such as 1250 or &quot;1 250,00 $&quot;</source>
        <translation>la prime, par exemple 1250 ou &quot;1&#xa0;250,00&#xa0;$&quot;</translation>
    </message>
    <message>
        <source>the first day covered, YYYY-MM-DD</source>
        <translation>le premier jour couvert, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the last day covered (included), YYYY-MM-DD</source>
        <translation>le dernier jour couvert (inclus), AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the insurer</source>
        <translation>l&apos;assureur</translation>
    </message>
    <message>
        <source>the policy number</source>
        <translation>le numéro de police</translation>
    </message>
    <message>
        <source>what the policy covers</source>
        <translation>ce que couvre la police</translation>
    </message>
    <message>
        <source>list the policies, the soonest renewal first</source>
        <translation>afficher la liste des polices, du renouvellement le plus proche au plus lointain</translation>
    </message>
    <message>
        <source>only the latest policies to renew within 45 days, or already expired</source>
        <translation>seulement les polices les plus récentes à renouveler d&apos;ici 45 jours, ou déjà expirées</translation>
    </message>
    <message>
        <source>plan maintenance, see what is due, and record it done</source>
        <translation>planifier l&apos;entretien, voir ce qui est à faire et l&apos;enregistrer comme fait</translation>
    </message>
    <message>
        <source>plan maintenance of an asset every so many months, km or hours</source>
        <translation>planifier l&apos;entretien d&apos;un bien tous les tant de mois, de km ou d&apos;heures</translation>
    </message>
    <message>
        <source>due every N months</source>
        <translation>à faire tous les N mois</translation>
    </message>
    <message>
        <source>due every N km on the asset&apos;s meter (an asset that counts km)</source>
        <translation>à faire tous les N km au compteur du bien (un bien qui compte des km)</translation>
    </message>
    <message>
        <source>due every N hours on the asset&apos;s meter (an asset that counts hours)</source>
        <translation>à faire toutes les N heures au compteur du bien (un bien qui compte des heures)</translation>
    </message>
    <message>
        <source>the day it was last done, YYYY-MM-DD, to count from (default: today)</source>
        <translation>le jour où il a été fait la dernière fois, AAAA-MM-JJ, à partir duquel compter (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the asset cannot be lent while this maintenance is done</source>
        <translation>le bien ne peut pas être prêté pendant cet entretien</translation>
    </message>
    <message>
        <source>list the maintenance due soon or overdue, overdue first</source>
        <translation>afficher les entretiens à faire bientôt ou en retard, ceux en retard d&apos;abord</translation>
    </message>
    <message>
        <source>also list the plans that are not due yet</source>
        <translation>afficher aussi les entretiens qui ne sont pas encore à faire</translation>
    </message>
    <message>
        <source>as on this day, YYYY-MM-DD (default: today)</source>
        <translation>tel qu&apos;à ce jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>record maintenance done; the plan counts again from that day</source>
        <translation>enregistrer un entretien comme fait; le décompte repart de ce jour</translation>
    </message>
    <message>
        <source>the day it was done, YYYY-MM-DD (default: today)</source>
        <translation>le jour où il a été fait, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the meter reading when it was done, a whole number of km or hours</source>
        <translation>la lecture du compteur quand il a été fait, un nombre entier de km ou d&apos;heures</translation>
    </message>
    <message>
        <source>what it cost, recorded as a maintenance cost of the asset</source>
        <translation>ce qu&apos;il a coûté, enregistré comme coût d&apos;entretien du bien</translation>
    </message>
    <message>
        <source>what is done, such as “Oil change”</source>
        <translation>ce qui est fait, par exemple «&#xa0;Vidange d&apos;huile&#xa0;»</translation>
    </message>
    <message>
        <source>Added cost {id} ({category}): {amount}, {days}, paid by {payer}.</source>
        <translation>Coût {id} ajouté ({category})&#xa0;: {amount}, {days}, payé par {payer}.</translation>
    </message>
    <message>
        <source>No costs.</source>
        <translation>Aucun coût.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Added the group&apos;s insurance policy {id}: {premium}, {days} (cost {cost}).</source>
        <translation>Police d&apos;assurance {id} du groupe ajoutée&#xa0;: {premium}, {days} (coût {cost}).</translation>
    </message>
    <message>
        <source>Added the insurance policy {id} of “{asset}”: {premium}, {days} (cost {cost}).</source>
        <translation>Police d&apos;assurance {id} de «&#xa0;{asset}&#xa0;» ajoutée&#xa0;: {premium}, {days} (coût {cost}).</translation>
    </message>
    <message>
        <source>No policy to renew in the next 45 days.</source>
        <translation>Aucune police à renouveler dans les 45 prochains jours.</translation>
    </message>
    <message>
        <source>No insurance policies yet.</source>
        <translation>Aucune police d&apos;assurance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(whole group)</source>
        <translation>(tout le groupe)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Planned “{title}” for “{asset}” (plan {id}).</source>
        <translation>Entretien «&#xa0;{title}&#xa0;» planifié pour «&#xa0;{asset}&#xa0;» (entretien {id}).</translation>
    </message>
    <message>
        <source>No maintenance due.</source>
        <translation>Aucun entretien à faire.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Échéance au compteur</translation>
    </message>
    <message>
        <source>Meter now</source>
        <translation>Compteur actuel</translation>
    </message>
    <message>
        <source>Recorded “{title}” of “{asset}” as done on {date}.</source>
        <translation>Entretien «&#xa0;{title}&#xa0;» de «&#xa0;{asset}&#xa0;» enregistré comme fait le {date}.</translation>
    </message>
    <message>
        <source>Added its cost, {amount}, as maintenance paid by {payer}.</source>
        <translation>Son coût, {amount}, a été ajouté comme entretien payé par {payer}.</translation>
    </message>
    <message>
        <source>split the costs of a period between the members: each cost&apos;s part in the period, divided by its rule</source>
        <translation>répartir les coûts d&apos;une période entre les membres&#xa0;: la part de chaque coût dans la période, divisée selon sa règle</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>impayée</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>payée en partie</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>in credit</source>
        <translation>créditrice</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>note de crédit</translation>
    </message>
    <message>
        <source>write each member&apos;s cost-sharing statement for a period as a PDF; with --issue, as numbered invoices stored in the database</source>
        <translation>écrire en PDF le relevé de partage des coûts de chaque membre pour une période; avec --issue, comme factures numérotées conservées dans la base de données</translation>
    </message>
    <message>
        <source>the first day of the period, YYYY-MM-DD</source>
        <translation>le premier jour de la période, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the last day of the period (included), YYYY-MM-DD</source>
        <translation>le dernier jour de la période (inclus), AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the folder to write the PDF files in</source>
        <translation>le dossier où écrire les fichiers PDF</translation>
    </message>
    <message>
        <source>issue them: give each a number from the year&apos;s series and store it for good (members with nothing to invoice, or already invoiced, are skipped)</source>
        <translation>les émettre : donner à chacun un numéro de la série de l’année et le conserver pour de bon (les membres sans rien à facturer, ou déjà facturés, sont sautés)</translation>
    </message>
    <message>
        <source>with --issue, issue even though the period ends after today (its invoices miss whatever happens until its end)</source>
        <translation>avec --issue, émettre même si la période se termine après aujourd’hui (ses factures ne comptent pas ce qui se passera d’ici sa fin)</translation>
    </message>
    <message>
        <source>write every statement in this language (default: each member&apos;s own)</source>
        <translation>écrire tous les relevés dans cette langue (par défaut : celle de chaque membre)</translation>
    </message>
    <message>
        <source>list the issued invoices and credit notes, newest first</source>
        <translation>lister les factures et notes de crédit émises, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>void an invoice or save its PDF</source>
        <translation>annuler une facture ou enregistrer son PDF</translation>
    </message>
    <message>
        <source>cancel an invoice by issuing a credit note of the opposite amount</source>
        <translation>annuler une facture en émettant une note de crédit du montant opposé</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>le numéro de la facture</translation>
    </message>
    <message>
        <source>save the PDF stored when the invoice was issued</source>
        <translation>enregistrer le PDF conservé à l’émission de la facture</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>the organisation&apos;s details, invoice numbering, payment terms and taxes</source>
        <translation>les coordonnées de l’organisme, la numérotation des factures, les conditions de paiement et les taxes</translation>
    </message>
    <message>
        <source>show the settings</source>
        <translation>afficher les réglages</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>modifier un réglage</translation>
    </message>
    <message>
        <source>the new value: text; for logo, the path of a PNG or JPEG file; for taxes, on or off; for the rates, a percentage such as 9,975; for payment-terms, days</source>
        <translation>la nouvelle valeur : du texte; pour logo, le chemin d’un fichier PNG ou JPEG; pour taxes, on ou off; pour les taux, un pourcentage comme 9,975; pour payment-terms, des jours</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la facture</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>nothing to invoice</source>
        <translation>rien à facturer</translation>
    </message>
    <message>
        <source>already invoiced for this period</source>
        <translation>déjà facturé pour cette période</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}.</source>
        <translation>{name} sauté : {reason}.</translation>
    </message>
    <message>
        <source>Statements written in {folder}: {count}.</source>
        <translation>Relevés écrits dans {folder} : {count}.</translation>
    </message>
    <message>
        <source>No invoice has been issued yet.</source>
        <translation>Aucune facture n’a encore été émise.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Invoice {number} voided by credit note {credit}.</source>
        <translation>Facture {number} annulée par la note de crédit {credit}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Setting {key} saved.</source>
        <translation>Réglage {key} enregistré.</translation>
    </message>
    <message>
        <source>also show each cost&apos;s shares and how each was worked out</source>
        <translation>afficher aussi les parts de chaque coût et le détail de leur calcul</translation>
    </message>
    <message>
        <source>each member&apos;s balance: what they paid less their share of the costs (positive: the group owes them); in JSON, member id 0 is the group&apos;s treasury</source>
        <translation>le solde de chaque membre&#xa0;: ce qu&apos;il a payé moins sa part des coûts (positif&#xa0;: le groupe lui doit); en JSON, le membre numéro 0 est la trésorerie du groupe</translation>
    </message>
    <message>
        <source>the fewest transfers that bring every balance to zero; in JSON, member id 0 is the group&apos;s treasury</source>
        <translation>le moins de virements possible pour ramener tous les soldes à zéro; en JSON, le membre numéro 0 est la trésorerie du groupe</translation>
    </message>
    <message>
        <source>record and list the members&apos; payments</source>
        <translation>enregistrer et afficher les paiements des membres</translation>
    </message>
    <message>
        <source>record a payment from a member to the group</source>
        <translation>enregistrer un paiement d&apos;un membre au groupe</translation>
    </message>
    <message>
        <source>the day it was paid, YYYY-MM-DD (default: today)</source>
        <translation>le jour du paiement, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the number of the invoice it pays</source>
        <translation>le numéro de la facture qu&apos;il règle</translation>
    </message>
    <message>
        <source>list the payments, newest first</source>
        <translation>afficher la liste des paiements, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>the balances at the end of this day, YYYY-MM-DD (default: today): the costs, payments and taxes up to it</source>
        <translation>les soldes à la fin de ce jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)&#xa0;: les coûts, paiements et taxes jusqu’à ce jour</translation>
    </message>
    <message>
        <source>Costs of {days}</source>
        <translation>Coûts du {days}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>{label} (purchase price spread over {days}): {part} in this period</source>
        <translation>{label} (prix d&apos;achat étalé du {days})&#xa0;: {part} pendant cette période</translation>
    </message>
    <message>
        <source>Cost {id}, {label} ({days}): {part} in this period</source>
        <translation>Coût {id}, {label} ({days})&#xa0;: {part} pendant cette période</translation>
    </message>
    <message>
        <source>Nobody belonged to the group on those days: this part is not split.</source>
        <translation>Personne ne faisait partie du groupe ces jours-là&#xa0;: cette part n&apos;est pas répartie.</translation>
    </message>
    <message>
        <source>No costs in {days}.</source>
        <translation>Aucun coût du {days}.</translation>
    </message>
    <message>
        <source>Share of costs</source>
        <translation>Part des coûts</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>A positive balance is owed to the member by the group; a negative one is what the member owes.</source>
        <translation>Un solde positif est ce que le groupe doit au membre; un solde négatif, ce que le membre doit.</translation>
    </message>
    <message>
        <source>Every balance is already zero: nothing to pay.</source>
        <translation>Tous les soldes sont déjà à zéro&#xa0;: rien à payer.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Recorded a payment of {amount} from {member} on {date} (payment {id}).</source>
        <translation>Paiement de {amount} reçu de {member} le {date} (paiement {id}).</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Aucun paiement.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>the audit log: who changed what, when and from which machine, newest first</source>
        <translation>le journal des modifications : qui a changé quoi, quand et depuis quel poste, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>from this day, YYYY-MM-DD</source>
        <translation>à partir de ce jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>up to this day, YYYY-MM-DD</source>
        <translation>jusqu’à ce jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>only this kind of row: member, asset, booking, cost, payment, invoice, settings…</source>
        <translation>seulement ce type de donnée : member, asset, booking, cost, payment, invoice, settings…</translation>
    </message>
    <message>
        <source>only this person (login or name as recorded)</source>
        <translation>seulement cette personne (nom d’utilisateur ou nom inscrit)</translation>
    </message>
    <message>
        <source>only rows whose summary holds TEXT</source>
        <translation>seulement les lignes dont le résumé contient TEXTE</translation>
    </message>
    <message>
        <source>at most N rows (default 200)</source>
        <translation>au plus N lignes (200 par défaut)</translation>
    </message>
    <message>
        <source>close the books of a period</source>
        <translation>fermer les livres d’une période</translation>
    </message>
    <message>
        <source>close the books through DATE: nothing dated then or before can be added, changed or removed any more (coordinators only)</source>
        <translation>fermer les livres jusqu’à DATE : rien de daté de ce jour ou d’avant ne peut plus être ajouté, modifié ni supprimé (coordonnateurs seulement)</translation>
    </message>
    <message>
        <source>the last day closed, YYYY-MM-DD</source>
        <translation>le dernier jour fermé, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>show through which day the books are closed</source>
        <translation>afficher jusqu’à quel jour les livres sont fermés</translation>
    </message>
    <message>
        <source>the coordinators, by login: only they issue or void invoices, change settings and close periods (nobody named: everyone)</source>
        <translation>les coordonnateurs, par nom d’utilisateur : eux seuls émettent ou annulent des factures, modifient les réglages et ferment des périodes (personne de nommé : tout le monde)</translation>
    </message>
    <message>
        <source>name the coordinators (yourself included); --set alone: everyone</source>
        <translation>nommer les coordonnateurs (vous compris); --set seul : tout le monde</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches.</source>
        <translation>Rien dans le journal ne correspond.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The books are closed through {day}.</source>
        <translation>Les livres sont fermés jusqu’au {day} inclusivement.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Aucune période n’est fermée.</translation>
    </message>
    <message>
        <source>No coordinator is named: everyone may take the coordinators&apos; actions.</source>
        <translation>Aucun coordonnateur n’est nommé : tout le monde peut faire les actions des coordonnateurs.</translation>
    </message>
    <message>
        <source>write every table to its own CSV file for spreadsheets; text that a spreadsheet would run as a formula is written behind an apostrophe</source>
        <translation>écrire chaque table dans son propre fichier CSV pour les tableurs; le texte qu&apos;un tableur exécuterait comme une formule est écrit derrière une apostrophe</translation>
    </message>
    <message>
        <source>the folder for the CSV files (created if needed; files of the same name are replaced)</source>
        <translation>le dossier des fichiers CSV (créé au besoin; les fichiers du même nom sont remplacés)</translation>
    </message>
    <message>
        <source>write the whole database to one JSON file, to import elsewhere exactly</source>
        <translation>écrire toute la base de données dans un fichier JSON, pour l&apos;importer ailleurs à l&apos;identique</translation>
    </message>
    <message>
        <source>the .json file to write (replaced if it exists)</source>
        <translation>le fichier .json à écrire (remplacé s&apos;il existe)</translation>
    </message>
    <message>
        <source>add members, assets or costs from a CSV file: all rows, or none when a row has an error</source>
        <translation>ajouter des membres, des biens ou des coûts à partir d&apos;un fichier CSV : toutes les lignes, ou aucune si une ligne a une erreur</translation>
    </message>
    <message>
        <source>what the rows are</source>
        <translation>ce que sont les lignes</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8 or Windows-1252, commas or semicolons); the first row names the columns, in English or French</source>
        <translation>le fichier CSV (UTF-8 ou Windows-1252, virgules ou points-virgules); la première ligne nomme les colonnes, en français ou en anglais</translation>
    </message>
    <message>
        <source>which column holds a field, by its header or its number (1 is the first), when the header does not say: --map name=Nom --map email=3</source>
        <translation>quelle colonne contient un champ, par son en-tête ou son numéro (1 est la première), quand l&apos;en-tête ne le dit pas : --map name=Nom --map email=3</translation>
    </message>
    <message>
        <source>only check the file and list its errors; import nothing</source>
        <translation>seulement vérifier le fichier et lister ses erreurs; ne rien importer</translation>
    </message>
    <message>
        <source>fill a new, empty database from a JSON export: the same data, ids and history</source>
        <translation>remplir une nouvelle base de données vide à partir d&apos;une exportation JSON : les mêmes données, identifiants et historique</translation>
    </message>
    <message>
        <source>the .json file written by export json</source>
        <translation>le fichier .json écrit par export json</translation>
    </message>
    <message>
        <source>Wrote {count} CSV files to {folder}.</source>
        <translation>{count} fichiers CSV écrits dans {folder}.</translation>
    </message>
    <message>
        <source>Wrote the database to {path}.</source>
        <translation>La base de données a été écrite dans {path}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Ligne {row}, colonne « {column} » : {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row} : {message}</translation>
    </message>
    <message>
        <source>Members imported from {path}: {count}.</source>
        <translation>Membres importés de {path} : {count}.</translation>
    </message>
    <message>
        <source>Assets imported from {path}: {count}.</source>
        <translation>Biens importés de {path} : {count}.</translation>
    </message>
    <message>
        <source>Costs imported from {path}: {count}.</source>
        <translation>Coûts importés de {path} : {count}.</translation>
    </message>
    <message>
        <source>Every row can be imported (rows: {count}). Nothing was imported.</source>
        <translation>Toutes les lignes peuvent être importées (lignes : {count}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Rows imported from {path}: {count}.</source>
        <translation>Lignes importées de {path} : {count}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The purchase price cannot be negative.</source>
        <translation>Le prix d&apos;achat ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Booking durations must be more than zero minutes.</source>
        <translation>Les durées de réservation doivent être supérieures à zéro minute.</translation>
    </message>
    <message>
        <source>The longest booking cannot be shorter than the shortest.</source>
        <translation>La durée maximale d&apos;une réservation ne peut pas être inférieure à la durée minimale.</translation>
    </message>
    <message>
        <source>The purchase is recovered over 1 to 600 months.</source>
        <translation>L&apos;achat est amorti sur une période de 1 à 600 mois.</translation>
    </message>
    <message>
        <source>To recover a purchase, give its price and its date.</source>
        <translation>Pour amortir un achat, indiquez son prix et sa date.</translation>
    </message>
    <message>
        <source>A member is listed twice as an owner.</source>
        <translation>Un membre figure deux fois parmi les propriétaires.</translation>
    </message>
    <message>
        <source>Every ownership share must be more than zero.</source>
        <translation>Chaque part de propriété doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} kB; {limit} kB at most).</source>
        <translation>La photo est trop volumineuse ({size} ko; {limit} ko au maximum).</translation>
    </message>
    <message>
        <source>The photo must be a PNG, JPEG or WebP image.</source>
        <translation>La photo doit être une image PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>No asset “{ref}”.</source>
        <translation>Aucun bien «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an asset named “{name}”.</source>
        <translation>Il existe déjà un bien nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>“{text}” is not an interval. Write a whole number above zero, for example 6.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un intervalle. Écrivez un nombre entier supérieur à zéro, par exemple 6.</translation>
    </message>
    <message>
        <source>“{asset}” counts kilometres, not hours: plan it with --every-km.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» compte des kilomètres, pas des heures&#xa0;: planifiez-le avec --every-km.</translation>
    </message>
    <message>
        <source>“{asset}” counts hours, not kilometres: plan it with --every-hours.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» compte des heures, pas des kilomètres&#xa0;: planifiez-le avec --every-hours.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>Le montant ne peut pas être nul.</translation>
    </message>
    <message>
        <source>No member “{ref}”.</source>
        <translation>Aucun membre «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>No invoice “{number}”.</source>
        <translation>Aucune facture « {number} ».</translation>
    </message>
    <message>
        <source>Invoice {number} was issued to {owner}: a payment names an invoice of the member who pays.</source>
        <translation>La facture {number} a été émise à {owner}&#xa0;: un paiement nomme une facture du membre qui paie.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>La période ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>Someone else changed the asset “{name}” after you opened it. Reload to see their version; your changes were not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le bien «&#xa0;{name}&#xa0;» après que vous l&apos;avez ouvert. Rechargez-le pour voir sa version; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>“{text}” is outside the dates Partage works with: write a day from {first} to {last}.</source>
        <translation>«&#xa0;{text}&#xa0;» est en dehors des dates avec lesquelles Partage travaille&#xa0;: écrivez un jour du {first} au {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {path}: {reason}</source>
        <translation>Impossible d’écrire dans le dossier {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot write the file {path}: {reason}</source>
        <translation>Impossible d’écrire le fichier {path} : {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>«&#xa0;{text}&#xa0;» ne fait pas partie des choix suivants&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days.</source>
        <translation>« {text} » n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: {detail}</source>
        <translation>La structure du fichier est endommagée&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Row {rowid} of the table {table} refers to a missing row of {parent}.</source>
        <translation>La ligne {rowid} de la table {table} renvoie à une ligne manquante de {parent}.</translation>
    </message>
    <message>
        <source>The database uses the journal mode {mode} instead of DELETE, which is unsafe on a shared drive.</source>
        <translation>La base de données utilise le mode de journalisation {mode} au lieu de DELETE, ce qui est risqué sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>The database has no schema version.</source>
        <translation>La base de données n&apos;a pas de version de schéma.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is at revision {found} instead of {expected}.</source>
        <translation>Le schéma de la base de données est à la révision {found} au lieu de {expected}.</translation>
    </message>
    <message>
        <source>The column {column} of row {row} in the table {table} holds “{value}”, which Partage cannot use.</source>
        <translation>La colonne {column} de la ligne {row} de la table {table} vaut «&#xa0;{value}&#xa0;», que Partage ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The setting “{key}” holds “{value}”, which Partage cannot use.</source>
        <translation>Le réglage «&#xa0;{key}&#xa0;» vaut «&#xa0;{value}&#xa0;», que Partage ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The counter of the invoice series {series} is at {counter}, behind its invoices (up to {highest}): the next invoice would take a number already used.</source>
        <translation>Le compteur de la série de factures {series} est à {counter}, en retard sur ses factures (jusqu’à {highest})&#xa0;: la prochaine facture prendrait un numéro déjà utilisé.</translation>
    </message>
    <message>
        <source>An ownership share refers to the asset {asset_id}, which does not exist.</source>
        <translation>Une part de propriété renvoie au bien {asset_id}, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The asset “{asset}” has an owner (member {member_id}) who does not exist.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» a un propriétaire (membre {member_id}) qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The asset “{asset}” gives member {member_id} an ownership share of {weight} thousandths; a share must be more than zero.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» donne au membre {member_id} une part de propriété de {weight} millièmes; une part doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The member “{name}” (id {id}) has an outdated search key “{key}”.</source>
        <translation>Le membre «&#xa0;{name}&#xa0;» (numéro {id}) a une clé de recherche périmée «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <source>Several members have the same name “{key}”: ids {ids}.</source>
        <translation>Plusieurs membres portent le même nom «&#xa0;{key}&#xa0;»&#xa0;: numéros {ids}.</translation>
    </message>
    <message>
        <source>The member “{name}” (id {id}) has a share weight of {weight} thousandths; it must be more than zero.</source>
        <translation>Le membre «&#xa0;{name}&#xa0;» (numéro {id}) a un poids de part de {weight} millièmes; il doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The asset “{name}” (id {id}) has an outdated search key “{key}”.</source>
        <translation>Le bien «&#xa0;{name}&#xa0;» (numéro {id}) a une clé de recherche périmée «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <source>Several assets have the same name “{key}”: ids {ids}.</source>
        <translation>Plusieurs biens portent le même nom «&#xa0;{key}&#xa0;»&#xa0;: numéros {ids}.</translation>
    </message>
    <message>
        <source>The bookings {first} and {second} of the asset “{asset}” overlap; one asset can only be booked once at a time.</source>
        <translation>Les réservations {first} et {second} du bien «&#xa0;{asset}&#xa0;» se chevauchent; un bien ne peut être réservé qu&apos;une fois à la fois.</translation>
    </message>
    <message>
        <source>The number {number} of the series {series} is used {count} times.</source>
        <translation>Le numéro {number} de la série {series} est utilisé {count} fois.</translation>
    </message>
    <message>
        <source>The series {series} has no number {missing}: its numbers must run from 1 without a gap.</source>
        <translation>Il manque le numéro {missing} dans la série {series}&#xa0;: ses numéros doivent se suivre à partir de 1, sans trou.</translation>
    </message>
    <message>
        <source>The series {series} holds numbers below 1: {numbers}.</source>
        <translation>La série {series} contient des numéros inférieurs à 1&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>The costs cannot be split: {detail}</source>
        <translation>Les coûts ne peuvent pas être répartis&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The cost {cost} of {amount} cents is split into {allocated} cents; a split must add up exactly to the cost.</source>
        <translation>Le coût {cost} de {amount} cents est réparti en {allocated} cents; une répartition doit donner exactement le coût.</translation>
    </message>
    <message>
        <source>Payment {payment} names invoice {number}, which does not exist.</source>
        <translation>Le paiement {payment} nomme la facture {number}, qui n’existe pas.</translation>
    </message>
    <message>
        <source>Payment {payment} names invoice {number}, which was issued to another member.</source>
        <translation>Le paiement {payment} nomme la facture {number}, émise à un autre membre.</translation>
    </message>
    <message>
        <source>Invoice {number} does not add up: lines {lines}, subtotal {subtotal}, total {total} cents.</source>
        <translation>La facture {number} ne s’additionne pas&#xa0;: lignes {lines}, sous-total {subtotal}, total {total} cents.</translation>
    </message>
    <message>
        <source>Member {member} is charged {whole} cents to date, but their months add up to {months} cents.</source>
        <translation>Le membre {member} se voit imputer {whole} cents à ce jour, mais ses mois font {months} cents.</translation>
    </message>
    <message>
        <source>The members are charged {charged} cents to date, but the costs allocate {allocated} cents.</source>
        <translation>Les membres se voient imputer {charged} cents à ce jour, mais les coûts répartissent {allocated} cents.</translation>
    </message>
    <message>
        <source>More problems of this kind were found; only the first {count} are listed.</source>
        <translation>D&apos;autres problèmes de ce genre ont été trouvés; seuls les {count} premiers sont listés.</translation>
    </message>
    <message>
        <source>The check “{check}” could not finish: {detail}</source>
        <translation>La vérification «&#xa0;{check}&#xa0;» n&apos;a pas pu se terminer&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The share weight must be more than zero.</source>
        <translation>Le poids de la part doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A member cannot leave ({left}) before joining ({joined}).</source>
        <translation>Un membre ne peut pas partir ({left}) avant d&apos;avoir adhéré ({joined}).</translation>
    </message>
    <message>
        <source>{member} has {count} booking(s) before {date}, the first on {first}. Cancel them, or choose an earlier date of joining.</source>
        <translation>{member} a {count} réservation(s) avant le {date}, la première le {first}. Annulez-les, ou choisissez une date d’adhésion antérieure.</translation>
    </message>
    <message>
        <source>{member} has {count} booking(s) after {date}, the last on {last}. Cancel them, or choose a later date of leaving.</source>
        <translation>{member} a {count} réservation(s) après le {date}, la dernière le {last}. Annulez-les, ou choisissez une date de départ ultérieure.</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with errors: {bad} of {total}. Correct them and import the file again.</source>
        <translation>Rien n&apos;a été importé. Lignes en erreur : {bad} sur {total}. Corrigez-les et importez le fichier de nouveau.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. If it is a spreadsheet, save it as CSV (comma or semicolon separated) first. Nothing was imported.</source>
        <translation>Ce n&apos;est pas un fichier texte CSV. S&apos;il s&apos;agit d&apos;un classeur, enregistrez-le d&apos;abord en CSV (séparateur virgule ou point-virgule). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is too large to import ({size} MB; {limit} MB at most). Split it in smaller files.</source>
        <translation>Le fichier est trop gros pour être importé ({size} Mo; {limit} Mo au plus). Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>Le fichier est vide. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A value near line {line} is longer than {limit} characters, the most a cell can hold. Nothing was imported.</source>
        <translation>Une valeur près de la ligne {line} dépasse {limit} caractères, le maximum pour une cellule. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV near line {line} (a quote that is not closed?). Nothing was imported.</source>
        <translation>Le fichier ne peut pas être lu en CSV vers la ligne {line} (un guillemet non fermé?). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The header “{header}” names two columns ({first} and {second}); rename one of them. Nothing was imported.</source>
        <translation>L’en-tête « {header} » nomme deux colonnes ({first} et {second}); renommez l’une d’elles. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number such as 1500.</source>
        <translation>« {text} » n&apos;est pas un nombre entier comme 1500.</translation>
    </message>
    <message>
        <source>“{text}” is out of range: the most this column holds is {limit}.</source>
        <translation>« {text} » est hors limites&#xa0;: cette colonne contient au plus {limit}.</translation>
    </message>
    <message>
        <source>This cell is empty; the column needs a value on every row.</source>
        <translation>Cette cellule est vide; la colonne doit avoir une valeur sur chaque ligne.</translation>
    </message>
    <message>
        <source>This row has {cells} cells but the header only {columns}; a separator inside a value needs quotes around the value.</source>
        <translation>Cette ligne a {cells} cellules, mais l&apos;en-tête seulement {columns}; une valeur qui contient un séparateur doit être entre guillemets.</translation>
    </message>
    <message>
        <source>There is already a member named “{name}”.</source>
        <translation>Il existe déjà un membre nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>“{name}” is already on row {row} of the file.</source>
        <translation>« {name} » est déjà à la ligne {row} du fichier.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import. Nothing was imported.</source>
        <translation>Le fichier a une ligne d&apos;en-tête, mais aucune ligne à importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Someone else changed the member “{name}” after you opened it. Reload to see their version; your changes were not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le membre «&#xa0;{name}&#xa0;» après que vous l&apos;avez ouvert. Rechargez-le pour voir sa version; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>“{name}” has history in the database and cannot be removed. Set the date they left, or archive them, instead.</source>
        <translation>«&#xa0;{name}&#xa0;» a un historique dans la base de données et ne peut pas être supprimé. Indiquez plutôt sa date de départ, ou archivez-le.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Write it like 1234.56 or 1 234,56.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant. Écrivez-le comme 1234.56 ou 1&#xa0;234,56.</translation>
    </message>
    <message>
        <source>“{text}” is not a weight. Write a positive number such as 1, 1.5 or 0,25.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un poids. Écrivez un nombre positif, par exemple 1, 1.5 ou 0,25.</translation>
    </message>
    <message>
        <source>“{text}” is not a meter reading. Write a whole number such as 12500.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une lecture de compteur. Écrivez un nombre entier, par exemple 12500.</translation>
    </message>
    <message>
        <source>“{text}” is not a split rule. Use equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une règle de répartition. Utilisez equal, shares, usage, weights:MEMBER=W,MEMBER=W ou mix:shares=50,usage=50.</translation>
    </message>
    <message>
        <source>The parts of a mixed rule must add up to 100.</source>
        <translation>Les parts d&apos;une règle mixte doivent totaliser 100.</translation>
    </message>
    <message>
        <source>This text holds the invisible control character {code}, which is not allowed; type it again without it.</source>
        <translation>Ce texte contient le caractère de contrôle invisible {code}, qui n’est pas permis&#xa0;; tapez-le de nouveau sans ce caractère.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>The name is too long ({limit} characters at most).</source>
        <translation>Le nom est trop long ({limit} caractères au maximum).</translation>
    </message>
    <message>
        <source>This text is too long ({limit} characters at most).</source>
        <translation>Ce texte est trop long ({limit} caractères au maximum).</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency code such as CAD.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un code de devise comme CAD.</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone such as America/Montreal.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un fuseau horaire comme America/Montreal.</translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (for PostgreSQL, pg_dump).</source>
        <translation>Une base de données sur un serveur se sauvegarde avec les outils du serveur lui-même (pour PostgreSQL, pg_dump).</translation>
    </message>
    <message>
        <source>A database on a server is restored with the server&apos;s own tools (for PostgreSQL, pg_restore).</source>
        <translation>Une base de données sur un serveur se restaure avec les outils du serveur (pour PostgreSQL, pg_restore).</translation>
    </message>
    <message>
        <source>The database {path} is open read-only: nothing can be changed. Ask for write access to the file and its folder.</source>
        <translation>La base de données {path} est ouverte en lecture seule&#xa0;: rien ne peut être modifié. Demandez l&apos;accès en écriture au fichier et à son dossier.</translation>
    </message>
    <message>
        <source>The database {path} uses the journal mode {mode}, which is unsafe on a shared drive, and it could not be changed.</source>
        <translation>La base de données {path} utilise le mode de journalisation {mode}, qui est risqué sur un lecteur partagé, et il n&apos;a pas pu être changé.</translation>
    </message>
    <message>
        <source>No database given: use --db PATH or set the PARTAGE_DB variable.</source>
        <translation>Aucune base de données indiquée&#xa0;: utilisez --db PATH ou définissez la variable PARTAGE_DB.</translation>
    </message>
    <message>
        <source>The database “{path}” is not named in valid UTF-8 text: rename it or name it again in UTF-8.</source>
        <translation>Le nom de la base de données «&#xa0;{path}&#xa0;» n&apos;est pas un texte UTF-8 valide&#xa0;: renommez-la ou donnez de nouveau son nom en UTF-8.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Restore it from a backup; the file was left as it is.</source>
        <translation>La base de données {path} est endommagée. Restaurez-la à partir d&apos;une copie de sauvegarde; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option, for example --email.</source>
        <translation>Rien à modifier&#xa0;: donnez au moins une option, par exemple --email.</translation>
    </message>
    <message>
        <source>The database {path} was switched to the journal mode WAL by another program. That mode is unsafe on a shared drive, and the file cannot be read here without changing it. Nothing was changed; the next change made to it with write access switches it back.</source>
        <translation>Un autre programme a passé la base de données {path} au mode de journal WAL. Ce mode n’est pas sûr sur un lecteur partagé, et le fichier ne peut pas être lu ici sans être modifié. Rien n’a été modifié&#xa0;; la prochaine modification faite avec l’accès en écriture le remettra au mode habituel.</translation>
    </message>
    <message>
        <source>The database {path} has no schema version: it was not created completely. Restore it from a backup; the file was left as it is.</source>
        <translation>La base de données {path} n&apos;a pas de version de schéma&#xa0;: elle n&apos;a pas été créée complètement. Restaurez-la à partir d&apos;une copie de sauvegarde; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Partage. Install the latest version to open it; the file was left as it is.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Partage. Installez la dernière version pour l&apos;ouvrir; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The database {path} was made by an older version of Partage and must be upgraded, but it is read-only here. Open it once with write access.</source>
        <translation>La base de données {path} a été créée par une version antérieure de Partage et doit être mise à niveau, mais elle est ici en lecture seule. Ouvrez-la une fois avec l&apos;accès en écriture.</translation>
    </message>
    <message>
        <source>“{target}” is not a database Partage can use: give the path of a .partage file, or a PostgreSQL URL such as postgresql+psycopg://user@host/database.</source>
        <translation>«&#xa0;{target}&#xa0;» n’est pas une base de données que Partage peut utiliser&#xa0;: donnez le chemin d’un fichier .partage, ou une adresse PostgreSQL comme postgresql+psycopg://utilisateur@hote/base.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name for the new database.</source>
        <translation>{path} existe déjà; choisissez un autre nom pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database {path} is not empty; Partage needs an empty database.</source>
        <translation>La base de données {path} n&apos;est pas vide; Partage a besoin d&apos;une base de données vide.</translation>
    </message>
    <message>
        <source>Copy to a PostgreSQL database, named by a URL such as postgresql+psycopg://user@host/db.</source>
        <translation>Copiez vers une base PostgreSQL, désignée par une URL comme postgresql+psycopg://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The database {path} must be opened once with write access, to bring it up to date, before it can be copied.</source>
        <translation>La base de données {path} doit d&apos;abord être ouverte une fois avec le droit d&apos;écriture, pour la mettre à jour, avant de pouvoir être copiée.</translation>
    </message>
    <message>
        <source>The database could not be copied to {path}: {reason}. Nothing was kept there.</source>
        <translation>La base de données n&apos;a pas pu être copiée dans {path}&#xa0;: {reason}. Rien n&apos;y a été conservé.</translation>
    </message>
    <message>
        <source>The copy of the table {table} in {path} does not match the source: {copied} instead of {expected}. Nothing was kept there.</source>
        <translation>La copie de la table {table} dans {path} ne correspond pas à la source&#xa0;: {copied} au lieu de {expected}. Rien n&apos;y a été conservé.</translation>
    </message>
    <message>
        <source>The database {path} stayed busy: another computer is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>La base de données {path} est restée occupée&#xa0;: un autre ordinateur y écrit. Rien n&apos;a été modifié; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The database {path} was left in the middle of a change by a computer that stopped. Open it once with write access to finish undoing that change; the file was left as it is.</source>
        <translation>La base de données {path} a été laissée au milieu d&apos;une modification par un ordinateur qui s&apos;est arrêté. Ouvrez-la une fois avec le droit d&apos;écriture pour terminer l&apos;annulation de cette modification; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The database {path} is read-only here: nothing can be changed. Ask for write access to the file and its folder.</source>
        <translation>La base de données {path} est ici en lecture seule&#xa0;: rien ne peut être modifié. Demandez l&apos;accès en écriture au fichier et à son dossier.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein. Rien n&apos;a été modifié; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written (is the network drive still connected?). Nothing was changed.</source>
        <translation>La base de données {path} n&apos;a pas pu être lue ou écrite (le lecteur réseau est-il toujours connecté?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database server for {path} cannot be reached. Nothing was changed.</source>
        <translation>Le serveur de base de données de {path} est injoignable. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a Partage database. It was not changed.</source>
        <translation>{path} n&apos;est pas une base de données Partage. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n&apos;y a aucune base de données à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>“{text}” is not an ownership share. Write it as MEMBER=WEIGHT, for example Alice=2.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une part de propriété. Écrivez-la sous la forme MEMBER=WEIGHT, par exemple Alice=2.</translation>
    </message>
    <message>
        <source>“{text}” is not a booking number. The numbers are in the ID column of partage-cli bookings.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro de réservation. Les numéros figurent dans la colonne Nº de partage-cli bookings.</translation>
    </message>
    <message>
        <source>“{text}” is not a meter reading. Write a whole number of km or hours, for example 12345.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une lecture de compteur. Écrivez un nombre entier de km ou d&apos;heures, par exemple 12345.</translation>
    </message>
    <message>
        <source>A blackout is for no member: leave MEMBER out, or write -.</source>
        <translation>Une indisponibilité ne concerne aucun membre&#xa0;: omettez MEMBER, ou écrivez -.</translation>
    </message>
    <message>
        <source>Give ASSET MEMBER START END: only a blackout (--blackout) has no member.</source>
        <translation>Indiquez ASSET MEMBER START END&#xa0;: seule une indisponibilité (--blackout) n&apos;a pas de membre.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>La période se termine ({to}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>“{text}” is not an id Partage can hold: ids are whole numbers from 1 to {largest}. Name the member or the asset by its id or its exact name.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro que Partage peut contenir&#xa0;: les numéros sont des nombres entiers de 1 à {largest}. Désignez le membre ou la ressource par son numéro ou par son nom exact.</translation>
    </message>
    <message>
        <source>{path} is a database, not a calendar file; give another file name.</source>
        <translation>{path} est une base de données, pas un fichier de calendrier; indiquez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). The database was not changed.</source>
        <translation>{path} n&apos;a pas pu être écrit ({reason}). La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <extracomment>The most read of an export to import (JSON, CSV, calendar): a large group&apos;s years.</extracomment>
        <translation>{path} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB, the most Partage reads here.</source>
        <translation>{path} dépasse {megabytes} Mo, le maximum que Partage lit ici.</translation>
    </message>
    <message>
        <source>{path} is not a file Partage can read (a folder or a device).</source>
        <translation>{path} n’est pas un fichier que Partage peut lire (un dossier ou un périphérique).</translation>
    </message>
    <message>
        <source>{path} already exists; give a new file name, or a folder to put the backup in.</source>
        <translation>{path} existe déjà; indiquez un nouveau nom de fichier, ou un dossier où placer la copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}). The database was not changed.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être écrite dans {path} ({reason}). La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>“{text}” is not a recurrence rule. Write it as in calendars, for example FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630 or FREQ=DAILY;COUNT=5.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une règle de récurrence. Écrivez-la comme dans les calendriers, par exemple FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630 ou FREQ=DAILY;COUNT=5.</translation>
    </message>
    <message>
        <source>A recurring booking needs an end: an UNTIL date or a COUNT.</source>
        <translation>Une réservation récurrente doit avoir une fin&#xa0;: une date UNTIL ou un nombre COUNT.</translation>
    </message>
    <message>
        <source>This recurrence gives too many occurrences ({limit} and {years} years at most). Choose an earlier end.</source>
        <translation>Cette récurrence donne trop d&apos;occurrences ({limit} et {years} ans au maximum). Choisissez une fin plus rapprochée.</translation>
    </message>
    <message>
        <source>These dates are too far in the future to be booked. Choose an earlier end.</source>
        <translation>Ces dates sont trop loin dans l’avenir pour être réservées. Choisissez une fin plus proche.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip over it when they go forward. Choose another time.</source>
        <translation>{time} n’existe pas dans le fuseau {zone}&#xa0;: l’heure avancée la fait sauter. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The occurrences of this recurrence overlap: the one from {start} to {end} is still running when the next starts, at {next}. Make the booking shorter than the time between occurrences. Nothing was booked.</source>
        <translation>Les occurrences de cette récurrence se chevauchent&#xa0;: celle du {start} au {end} n’est pas terminée quand la suivante commence, à {next}. Réservez pour moins longtemps que l’intervalle entre les occurrences. Rien n’a été réservé.</translation>
    </message>
    <message>
        <source>“{asset}” is already booked from {start} to {end}. Nothing was booked.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» est déjà réservé du {start} au {end}. Rien n&apos;a été réservé.</translation>
    </message>
    <message>
        <source>“{asset}” is already booked on {count} of the {total} dates: {dates}. Nothing was booked; you may book the other dates.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» est déjà réservé à {count} des {total} dates&#xa0;: {dates}. Rien n&apos;a été réservé; vous pouvez réserver les autres dates.</translation>
    </message>
    <message>
        <source>“{text}” is not opening hours. Write them as 08:00-22:00.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une plage d&apos;heures d&apos;ouverture. Écrivez-la sous la forme 08:00-22:00.</translation>
    </message>
    <message>
        <source>A booking must end after it starts.</source>
        <translation>Une réservation doit se terminer après son début.</translation>
    </message>
    <message>
        <source>“{asset}” cannot be booked at the moment.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» ne peut pas être réservé pour le moment.</translation>
    </message>
    <message>
        <source>“{asset}” is booked for {minutes} minutes at least.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» se réserve pour {minutes} minutes au minimum.</translation>
    </message>
    <message>
        <source>“{asset}” is booked for {minutes} minutes at most.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» se réserve pour {minutes} minutes au maximum.</translation>
    </message>
    <message>
        <source>“{asset}” can only be booked between {opening} and {closing}.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» ne peut être réservé qu&apos;entre {opening} et {closing}.</translation>
    </message>
    <message>
        <source>Choose who the booking is for.</source>
        <translation>Choisissez pour qui est la réservation.</translation>
    </message>
    <message>
        <source>{member} joined the group on {date}; a booking must start then or later.</source>
        <translation>{member} est arrivé dans le groupe le {date}; une réservation doit commencer ce jour-là ou plus tard.</translation>
    </message>
    <message>
        <source>{member} left the group on {date}; a booking must end by then.</source>
        <translation>{member} a quitté le groupe le {date}; une réservation doit se terminer au plus tard ce jour-là.</translation>
    </message>
    <message>
        <source>{member} joined the group on {date}; {count} of the {total} dates come before, the first on {first}. Nothing was booked.</source>
        <translation>{member} est arrivé dans le groupe le {date}; {count} des {total} dates tombent avant, la première le {first}. Rien n’a été réservé.</translation>
    </message>
    <message>
        <source>{member} left the group on {date}; {count} of the {total} dates come after, the first on {first}. Nothing was booked.</source>
        <translation>{member} a quitté le groupe le {date}; {count} des {total} dates tombent après, la première le {first}. Rien n’a été réservé.</translation>
    </message>
    <message>
        <source>This recurrence gives no date at all.</source>
        <translation>Cette récurrence ne donne aucune date.</translation>
    </message>
    <message>
        <source>No booking “{ref}”.</source>
        <translation>Aucune réservation «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>Someone else changed this booking after you opened it. Reload to see their version; your changes were not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette réservation après que vous l&apos;avez ouverte. Rechargez-la pour voir sa version; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Only a requested, confirmed or checked-out booking can be moved.</source>
        <translation>Seule une réservation demandée, confirmée ou sortie peut être déplacée.</translation>
    </message>
    <message>
        <source>Only a requested or confirmed booking can be cancelled; a checked-out loan must be checked in.</source>
        <translation>Seule une réservation demandée ou confirmée peut être annulée; un prêt sorti doit faire l&apos;objet d&apos;un retour.</translation>
    </message>
    <message>
        <source>Only a requested or confirmed loan can be checked out.</source>
        <translation>Seul un prêt demandé ou confirmé peut être sorti.</translation>
    </message>
    <message>
        <source>Only a checked-out loan can be checked in.</source>
        <translation>Seul un prêt sorti peut être rendu.</translation>
    </message>
    <message>
        <source>{reading} is not a meter reading: a reading is a whole number from 0 to {largest}.</source>
        <translation>{reading} n’est pas un relevé de compteur&#xa0;: un relevé est un nombre entier de 0 à {largest}.</translation>
    </message>
    <message>
        <source>The reading {reading} km means {used} km driven in {duration}: more than a vehicle can drive in that time ({limit} km at most, at {speed} km/h). Nothing was recorded.</source>
        <translation>Le relevé {reading} km signifie {used} km parcourus en {duration}&#xa0;: plus qu’un véhicule ne peut rouler dans ce temps ({limit} km au plus, à {speed} km/h). Rien n’a été inscrit.</translation>
    </message>
    <message>
        <source>The reading {reading} h means {used} hours of use in {duration}: more than the loan lasted ({limit} h at most). Nothing was recorded.</source>
        <translation>Le relevé {reading} h signifie {used} heures d’utilisation en {duration}&#xa0;: plus que la durée du prêt ({limit} h au plus). Rien n’a été inscrit.</translation>
    </message>
    <message>
        <source>“{asset}” has no meter to read.</source>
        <translation>Le bien «&#xa0;{asset}&#xa0;» n&apos;a pas de compteur à lire.</translation>
    </message>
    <message>
        <source>The meter reading {reading} is lower than the last one recorded ({previous}).</source>
        <translation>La lecture du compteur {reading} est inférieure à la dernière enregistrée ({previous}).</translation>
    </message>
    <message>
        <source>The receipt is too large ({size} kB; {limit} kB at most).</source>
        <translation>Le reçu est trop volumineux ({size} ko; {limit} ko au maximum).</translation>
    </message>
    <message>
        <source>The receipt must be a PDF, PNG, JPEG or WebP file.</source>
        <translation>Le reçu doit être un fichier PDF, PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>No cost “{ref}”.</source>
        <translation>Aucun coût «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>Someone else changed this cost after you opened it. Reload to see their version; your changes were not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce coût après que vous l&apos;avez ouvert. Rechargez-le pour voir sa version; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Event “{event}” has dates outside those Partage works with ({first} to {last}). Nothing was imported.</source>
        <translation>L’événement «&#xa0;{event}&#xa0;» a des dates hors de celles avec lesquelles Partage travaille (du {first} au {last}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}”: its {property} cannot be read (“{value}”). Nothing was imported.</source>
        <translation>Événement «&#xa0;{event}&#xa0;»&#xa0;: sa propriété {property} est illisible («&#xa0;{value}&#xa0;»). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}” has {count} {property} lines; Partage reads one. Nothing was imported.</source>
        <translation>L’événement «&#xa0;{event}&#xa0;» a {count} lignes {property}&#xa0;; Partage n’en lit qu’une. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}” is in the time zone “{zone}”, which Partage does not know. Nothing was imported.</source>
        <translation>L’événement «&#xa0;{event}&#xa0;» est dans le fuseau horaire «&#xa0;{zone}&#xa0;», que Partage ne connaît pas. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}”: {time} does not exist in {zone} (the clocks skip over it when they go forward). Nothing was imported.</source>
        <translation>Événement «&#xa0;{event}&#xa0;»&#xa0;: {time} n’existe pas dans le fuseau {zone} (l’heure avancée la fait sauter). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}”: its occurrences overlap: the one from {start} to {end} is still running when the next starts, at {next}. Nothing was imported.</source>
        <translation>Événement «&#xa0;{event}&#xa0;»&#xa0;: ses occurrences se chevauchent&#xa0;: celle du {start} au {end} n’est pas terminée quand la suivante commence, à {next}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file.</source>
        <translation>Ce fichier n&apos;est pas un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Event “{event}”: no asset “{asset}”. Nothing was imported.</source>
        <translation>Événement «&#xa0;{event}&#xa0;»&#xa0;: aucun bien «&#xa0;{asset}&#xa0;». Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}”: no member “{member}”. Nothing was imported.</source>
        <translation>Événement «&#xa0;{event}&#xa0;»&#xa0;: aucun membre «&#xa0;{member}&#xa0;». Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}” is dated {day}, and the books are closed through {closed}. Nothing was imported.</source>
        <translation>L’événement «&#xa0;{event}&#xa0;» est daté du {day}, et les livres sont fermés jusqu’au {closed}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Events “{event}” and “{other}” both book “{asset}” at {start}. Nothing was imported.</source>
        <translation>Les événements «&#xa0;{event}&#xa0;» et «&#xa0;{other}&#xa0;» réservent tous deux «&#xa0;{asset}&#xa0;» à {start}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event “{event}” has no valid start and end. Nothing was imported.</source>
        <extracomment>The most of an event&apos;s SUMMARY (or UID) a message quotes. The most of an unreadable value a message quotes. Properties an import reads the dates of; one that cannot be read refuses the event. Properties an event has once at most.</extracomment>
        <translation>L&apos;événement «&#xa0;{event}&#xa0;» n&apos;a pas de début et de fin valides. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, for example 2026-03-31T14:30.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date et une heure. Écrivez-les sous la forme AAAA-MM-JJTHH:MM, par exemple 2026-03-31T14:30.</translation>
    </message>
    <message>
        <source>The premium must be more than zero.</source>
        <translation>La prime doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Say how often: every so many months, kilometres or hours.</source>
        <translation>Indiquez la fréquence&#xa0;: un intervalle en mois, en kilomètres ou en heures.</translation>
    </message>
    <message>
        <source>An interval must be more than zero.</source>
        <translation>Un intervalle doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>No maintenance plan “{ref}”.</source>
        <translation>Aucun plan d&apos;entretien «&#xa0;{ref}&#xa0;».</translation>
    </message>
    <message>
        <source>Someone else recorded this maintenance or changed its plan after you opened it. Reload to see their version; nothing was recorded.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet entretien ou modifié son plan après que vous avez ouvert le formulaire. Rechargez pour voir sa version; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>“{file}” is not an image Partage can read.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;est pas une image que Partage peut lire.</translation>
    </message>
    <message>
        <source>“{file}” is too large to store, even compressed.</source>
        <translation>«&#xa0;{file}&#xa0;» est trop volumineux pour être stocké, même compressé.</translation>
    </message>
    <message>
        <source>Choose the member who paid.</source>
        <translation>Choisissez le membre qui a payé.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read.</source>
        <translation>Impossible de lire «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <source>No application could open “{file}”.</source>
        <translation>Aucune application n&apos;a pu ouvrir «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose an asset.</source>
        <translation>Choisissez un bien.</translation>
    </message>
    <message>
        <source>“{text}” is not a tax rate such as 9,975 (percent, three decimals).</source>
        <translation>« {text} » n’est pas un taux de taxe comme 9,975 (pour cent, trois décimales).</translation>
    </message>
    <message>
        <source>The logo is too large ({size} KB; at most {limit} KB).</source>
        <translation>Le logo est trop lourd ({size} Ko; au plus {limit} Ko).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo is {width} × {height} pixels; it must be at most {limit} pixels wide and high.</source>
        <translation>Le logo mesure {width}&#xa0;×&#xa0;{height} pixels&#xa0;; il doit mesurer au plus {limit} pixels de largeur et de hauteur.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and {limit} days.</source>
        <translation>Le délai de paiement doit être entre 0 et {limit} jours.</translation>
    </message>
    <message>
        <source>An invoice prefix has at most 12 letters, digits, dashes or slashes.</source>
        <translation>Un préfixe de facture a au plus 12 lettres, chiffres, tirets ou barres obliques.</translation>
    </message>
    <message>
        <source>The period {start} – {end} has not ended (today is {today}): its invoices would miss what happens until then. Issue it after it ends, or ask for an open period explicitly.</source>
        <translation>La période du {start} au {end} n’est pas terminée (nous sommes le {today})&#xa0;: ses factures manqueraient ce qui se passera d’ici là. Émettez-la après sa fin, ou demandez explicitement une période en cours.</translation>
    </message>
    <message>
        <source>The figures of {member} kept changing while the invoice was being issued; nothing was issued. Try again in a moment.</source>
        <translation>Les chiffres de {member} ont changé sans cesse pendant l&apos;émission de la facture; rien n&apos;a été émis. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>There is nothing to invoice to {member} in this period.</source>
        <translation>Il n’y a rien à facturer à {member} pour cette période.</translation>
    </message>
    <message>
        <source>{member} already has invoice {number} for this period. Void it first to issue a corrected one.</source>
        <translation>{member} a déjà la facture {number} pour cette période. Annulez-la d’abord pour en émettre une corrigée.</translation>
    </message>
    <message>
        <source>No invoice “{ref}”.</source>
        <translation>Aucune facture « {ref} ».</translation>
    </message>
    <message>
        <source>{number} is a credit note; it cannot be voided.</source>
        <translation>{number} est une note de crédit; elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Invoice {number} is already voided by credit note {credit}.</source>
        <translation>La facture {number} est déjà annulée par la note de crédit {credit}.</translation>
    </message>
    <message>
        <source>Give the registration numbers the invoices must show.</source>
        <translation>Indiquez les numéros d’inscription que les factures doivent porter.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this ({coordinators}). You are signed in as “{user}”.</source>
        <translation>Seul un coordonnateur peut faire ceci ({coordinators}). Vous êtes connecté en tant que « {user} ».</translation>
    </message>
    <message>
        <source>Keep yourself ({user}) among the coordinators, or ask another coordinator to make the change.</source>
        <translation>Restez parmi les coordonnateurs ({user}), ou demandez à un autre coordonnateur de faire le changement.</translation>
    </message>
    <message>
        <source>The books are closed through {closed}: nothing dated {day} can be added, changed or removed. Enter a correction dated after {closed}.</source>
        <translation>Les livres sont fermés jusqu’au {closed} : rien de daté du {day} ne peut être ajouté, modifié ni supprimé. Inscrivez une correction datée d’après le {closed}.</translation>
    </message>
    <message>
        <source>The books are already closed through {closed}; a closed period cannot be reopened.</source>
        <translation>Les livres sont déjà fermés jusqu’au {closed}; une période fermée ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Only a day in the past can be closed.</source>
        <translation>Seul un jour passé peut être fermé.</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded for this version of Partage, but it is open on other computers: {people}. Ask them to close Partage, then open the database again. The file was left as it is.</source>
        <translation>La base de données {path} doit être mise à niveau pour cette version de Partage, mais elle est ouverte sur d&apos;autres ordinateurs&#xa0;: {people}. Demandez-leur de fermer Partage, puis ouvrez de nouveau la base de données. Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>A backup cannot be restored while the database {path} is open on other computers: {people}. Ask them to close Partage, then try again. Nothing was changed.</source>
        <translation>Impossible de restaurer une copie de sauvegarde pendant que la base de données {path} est ouverte sur d&apos;autres ordinateurs&#xa0;: {people}. Demandez-leur de fermer Partage, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of Partage and cannot be restored by this one.</source>
        <translation>La copie de sauvegarde {path} a été écrite par une version plus récente de Partage et ne peut pas être restaurée par celle-ci.</translation>
    </message>
    <message>
        <source>The file has no column “{text}”; its columns are: {choices}.</source>
        <translation>Le fichier n&apos;a pas de colonne « {text} »; ses colonnes sont : {choices}.</translation>
    </message>
    <message>
        <source>“{text}” is not FIELD=COLUMN; for example --map name=Nom.</source>
        <translation>« {text} » n&apos;est pas de la forme CHAMP=COLONNE; par exemple --map name=Nom.</translation>
    </message>
    <message>
        <source>{path} is a database, not an export file; give another file name.</source>
        <translation>{path} est une base de données, pas un fichier d&apos;exportation; donnez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>This file is not a Partage JSON export (made with “Export” or partage-cli export json). Nothing was imported.</source>
        <translation>Ce fichier n&apos;est pas une exportation JSON de Partage (faite avec « Exporter » ou partage-cli export json). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The export is damaged or was altered: table {table}, row {row}, column {column} holds {value}, which that column cannot hold. Nothing was imported.</source>
        <translation>L&apos;exportation est endommagée ou a été modifiée : table {table}, ligne {row}, la colonne {column} contient {value}, ce que cette colonne ne peut pas contenir. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The export is incomplete: the table {table} has no column {column}. Nothing was imported.</source>
        <translation>L&apos;exportation est incomplète : la table {table} n&apos;a pas de colonne {column}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Partage (schema {schema}). Install the latest version to import it; nothing was imported.</source>
        <translation>Cette exportation a été faite par une version plus récente de Partage (schéma {schema}). Installez la dernière version pour l&apos;importer; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, outside {low} to {high}. Nothing was imported.</source>
        <extracomment>Coded columns and every code each may hold (the models&apos; enumerations). (table, earlier column, later column, may they be equal): periods that cannot end before they start. Whole-number columns and the range each may hold (both ends included). Columns of split rules (an empty rule: the asset&apos;s own).</extracomment>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} est hors de l’intervalle de {low} à {high}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, outside the years {low} to {high}. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} est hors des années {low} à {high}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds the character U+{code}, which no text can hold. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, le caractère U+{code} ne peut figurer dans aucun texte. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {length} characters; it holds at most {limit}. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur compte {length} caractères; la colonne en contient au plus {limit}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}: the setting {key} holds {value}, which Partage cannot use. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}&#xa0;: le paramètre {key} contient {value}, que Partage ne peut pas utiliser. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The invoice counter of the series {series} stands at {counter}, but its last invoice is number {number}.</source>
        <translation>Le compteur de factures de la série {series} est à {counter}, mais sa dernière facture porte le numéro {number}.</translation>
    </message>
    <message>
        <source>This export was altered: its data breaks the rules of Partage ({checks}). Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: ses données enfreignent les règles de Partage ({checks}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The database {path} already holds data. A JSON export is imported only into a new, empty database: create one, then import into it. Nothing was changed.</source>
        <translation>La base de données {path} contient déjà des données. Une exportation JSON ne s&apos;importe que dans une nouvelle base de données vide : créez-en une, puis importez-y l&apos;exportation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The export is damaged or was altered: its rows break the rules of the database (a repeated name or a reference to a missing row). Nothing was imported.</source>
        <translation>L&apos;exportation est endommagée ou a été modifiée : ses lignes enfreignent les règles de la base de données (un nom répété ou une référence à une ligne absente). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; give a folder for the CSV files.</source>
        <translation>{path} est un fichier, pas un dossier; donnez un dossier pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>The file has no column {number}; it has {columns} columns.</source>
        <translation>Le fichier n&apos;a pas de colonne {number}; il en a {columns}.</translation>
    </message>
    <message>
        <source>Column {number} is given to two fields ({fields}); choose one.</source>
        <translation>La colonne {number} est attribuée à deux champs ({fields}); choisissez-en un.</translation>
    </message>
    <message>
        <source>Give a column to only one of {fields}, not to both.</source>
        <translation>Attribuez une colonne à un seul de {fields}, pas aux deux.</translation>
    </message>
    <message>
        <source>The file has no column for {fields}. Give its column that header in the first row, or choose which column holds it. Nothing was imported.</source>
        <translation>Le fichier n&apos;a aucune colonne pour {fields}. Donnez cet en-tête à sa colonne dans la première ligne, ou choisissez quelle colonne le contient. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not one of: {choices}. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} ne fait pas partie de&#xa0;: {choices}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}: {column} ({value}) is not before {later_column} ({later}). Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}&#xa0;: {column} ({value}) ne précède pas {later_column} ({later}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a split rule of this export&apos;s members. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} n’est pas une règle de partage entre les membres de cette exportation. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a recurrence rule. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} n’est pas une règle de récurrence. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a time zone. Nothing was imported.</source>
        <translation>Cette exportation a été modifiée&#xa0;: table {table}, ligne {row}, colonne {column}, la valeur {value} n’est pas un fuseau horaire. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Partage cannot write backups to the folder {folder}: {reason}. Choose another folder in Edit › Preferences.</source>
        <translation>Partage ne peut pas écrire de copies de sauvegarde dans le dossier {folder}&#xa0;: {reason}. Choisissez un autre dossier dans Édition › Préférences.</translation>
    </message>
    <message>
        <source>Name one member: account MEMBER, or account opening MEMBER AMOUNT --date DATE.</source>
        <translation>Nommez un membre&#xa0;: account MEMBRE, ou account opening MEMBRE MONTANT --date DATE.</translation>
    </message>
    <message>
        <source>Give the day of the opening balance with --date.</source>
        <translation>Donnez le jour du solde d’ouverture avec --date.</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”.</source>
        <translation>Type inconnu « {kind} ».</translation>
    </message>
    <message>
        <source>The database {path} holds a value Partage cannot use: {column} of row {row} in the table {table} is “{value}”. Nothing was changed; partage-cli check lists every such value.</source>
        <translation>La base de données {path} contient une valeur que Partage ne peut pas utiliser&#xa0;: {column} de la ligne {row} de la table {table} vaut «&#xa0;{value}&#xa0;». Rien n’a été modifié&#xa0;; partage-cli check énumère toutes les valeurs de ce genre.</translation>
    </message>
    <message>
        <source>The database {path} holds a value Partage cannot use: {column} is “{value}”. Nothing was changed; partage-cli check lists every such value.</source>
        <translation>La base de données {path} contient une valeur que Partage ne peut pas utiliser&#xa0;: {column} vaut «&#xa0;{value}&#xa0;». Rien n’a été modifié&#xa0;; partage-cli check énumère toutes les valeurs de ce genre.</translation>
    </message>
    <message>
        <source>The setting “{key}” of the database {path} holds “{value}”, which Partage cannot use. Nothing was changed; set it again with partage-cli settings set {name}, or in the window&apos;s organisation settings.</source>
        <translation>Le réglage «&#xa0;{key}&#xa0;» de la base de données {path} vaut «&#xa0;{value}&#xa0;», que Partage ne peut pas utiliser. Rien n’a été modifié&#xa0;; réglez-le de nouveau avec partage-cli settings set {name}, ou dans les réglages de l’organisme de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Consommables</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>× {n}/{d} days</source>
        <translation>× {n}/{d} jours</translation>
    </message>
    <message>
        <source>equal part</source>
        <translation>part égale</translation>
    </message>
    <message>
        <source>ownership part</source>
        <translation>part selon la propriété</translation>
    </message>
    <message>
        <source>usage part</source>
        <translation>part selon l&apos;utilisation</translation>
    </message>
    <message>
        <source>weighted part</source>
        <translation>part pondérée</translation>
    </message>
    <message>
        <source>× {percent}% ({part})</source>
        <translation>× {percent} % ({part})</translation>
    </message>
    <message>
        <source>× {n} of {d} h booked</source>
        <translation>× {n} h réservées sur {d}</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>× {n} of {d} {unit}</source>
        <translation>× {n} {unit} sur {d}</translation>
    </message>
    <message>
        <source>× {share} (ownership shares over the days each owner belonged)</source>
        <translation>× {share} (parts de propriété selon les jours où chaque propriétaire faisait partie du groupe)</translation>
    </message>
    <message>
        <source>× {n} of {d} ownership shares</source>
        <translation>× {n} parts de propriété sur {d}</translation>
    </message>
    <message>
        <source>× {share} (equal share: nobody used it in the period)</source>
        <translation>× {share} (part égale&#xa0;: personne ne l&apos;a utilisé pendant la période)</translation>
    </message>
    <message>
        <source>× {share} (equal share over the days of membership)</source>
        <translation>× {share} (part égale selon les jours d&apos;adhésion)</translation>
    </message>
    <message>
        <source>× {share} (by weight)</source>
        <translation>× {share} (selon le poids)</translation>
    </message>
    <message>
        <source>Share of the costs, {start} to {end}</source>
        <translation>Part des coûts, du {start} au {end}</translation>
    </message>
    <message>
        <source>GST and QST of invoice {number}</source>
        <translation>TPS et TVQ de la facture {number}</translation>
    </message>
    <message>
        <source>GST and QST on charges not yet invoiced</source>
        <translation>TPS et TVQ sur les frais pas encore facturés</translation>
    </message>
    <message>
        <source>Paid to the member by the group</source>
        <translation>Payé au membre par le groupe</translation>
    </message>
    <message>
        <source>Payment — invoice {number}</source>
        <translation>Paiement — facture {number}</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Expense paid for the group — {what}</source>
        <translation>Dépense payée pour le groupe — {what}</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
</context>
<context>
    <name>statement</name>
    <message>
        <source>STATEMENT AND INVOICE</source>
        <translation>RELEVÉ ET FACTURE</translation>
    </message>
    <message>
        <source>CREDIT NOTE</source>
        <translation>NOTE DE CRÉDIT</translation>
    </message>
    <message>
        <source>Lines credited</source>
        <translation>Lignes créditées</translation>
    </message>
    <message>
        <source>About this credit note</source>
        <translation>À propos de cette note de crédit</translation>
    </message>
    <message>
        <source>This credit note cancels invoice {number} in full. A corrected invoice for the same period may follow.</source>
        <translation>Cette note de crédit annule entièrement la facture {number}. Une facture corrigée pour la même période peut suivre.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° de membre</translation>
    </message>
    <message>
        <source>Cancels invoice</source>
        <translation>Annule la facture</translation>
    </message>
    <message>
        <source>Your share of the costs</source>
        <translation>Votre part des coûts</translation>
    </message>
    <message>
        <source>Asset or cost</source>
        <translation>Bien ou coût</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Dans la période</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>No cost to share in this period.</source>
        <translation>Aucun coût à partager dans cette période.</translation>
    </message>
    <message>
        <source>Group overhead — {category}</source>
        <translation>Frais communs — {category}</translation>
    </message>
    <message>
        <source>Your bookings</source>
        <translation>Vos réservations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>No booking in this period.</source>
        <translation>Aucune réservation dans cette période.</translation>
    </message>
    <message>
        <source>Payments and credits</source>
        <translation>Paiements et crédits</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>No payment in this period.</source>
        <translation>Aucun paiement dans cette période.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment — invoice {number}</source>
        <translation>Paiement — facture {number}</translation>
    </message>
    <message>
        <source>Expense paid for the group — {what}</source>
        <translation>Dépense payée pour le groupe — {what}</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Solde reporté</translation>
    </message>
    <message>
        <source>Charges before this period not yet invoiced</source>
        <translation>Frais antérieurs à cette période pas encore facturés</translation>
    </message>
    <message>
        <source>Your share of costs up to {day} that no earlier invoice asked for (a period not invoiced, or a cost recorded after its period was invoiced).</source>
        <translation>Votre part des coûts jusqu’au {day} qu’aucune facture antérieure n’a demandée (une période non facturée, ou un coût inscrit après que sa période a été facturée).</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>GST ({rate}%)</source>
        <translation>TPS ({rate} %)</translation>
    </message>
    <message>
        <source>QST ({rate}%)</source>
        <translation>TVQ ({rate} %)</translation>
    </message>
    <message>
        <source>Total of this invoice</source>
        <translation>Total de cette facture</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total crédité</translation>
    </message>
    <message>
        <source>Less payments and credits</source>
        <translation>Moins paiements et crédits</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Amount in your favour</source>
        <translation>Montant en votre faveur</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Comment payer</translation>
    </message>
    <message>
        <source>How your share is computed</source>
        <translation>Comment votre part est calculée</translation>
    </message>
    <message>
        <source>Each cost is shared among the members by the rule of its asset: equally among the members of the period, by ownership shares, by use (hours booked or kilometres driven), or by agreed weights. A cost spread over a period counts for the days that fall in this one. Ask your coordinator for the detail of any line.</source>
        <translation>Chaque coût est partagé entre les membres selon la règle de son bien : à parts égales entre les membres de la période, selon les parts de propriété, selon l’utilisation (heures réservées ou kilomètres parcourus) ou selon des poids convenus. Un coût étalé sur une période compte pour les jours qui tombent dans celle-ci. Demandez à votre coordonnateur le détail de toute ligne.</translation>
    </message>
    <message>
        <source>{count} costs ({categories}), {amount} in the period; the latest: </source>
        <translation>{count} coûts ({categories}), {amount} dans la période; le plus récent : </translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} de {pages}</translation>
    </message>
    <message>
        <source>GST no. {number}</source>
        <translation>N° TPS {number}</translation>
    </message>
    <message>
        <source>QST no. {number}</source>
        <translation>N° TVQ {number}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
    <message>
        <source>{value} h of use</source>
        <translation>{value} h d’utilisation</translation>
    </message>
</context>
</TS>
