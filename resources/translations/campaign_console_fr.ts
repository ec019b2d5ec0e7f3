<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+564"/>
        <source>name@example.com
other@example.com
(one per line, or separated by commas)</source>
        <translation>nom@example.com
autre@example.com
(une par ligne, ou séparées par des virgules)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+75"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/embedded_services_starter.py" line="+39"/>
        <source>Not started: %1</source>
        <translation>Non démarrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsEditor</name>
    <message>
        <location filename="../../desktop/views/forms/approval_settings_editor.py" line="+102"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Remplacer les validations de l&apos;opération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps apply from the next preparation; reviewers count at once, for the approvals already pending too.</source>
        <translation>Les étapes s&apos;appliquent à partir de la prochaine préparation&#xa0;; les validants comptent aussitôt, y compris pour les validations déjà en attente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approval reviewers</source>
        <translation>Validants des étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step&apos;s reviewers, named for it or for every step, may approve it; with nobody named for a step, the campaign owner does. Administrators always may.</source>
        <translation>Les validants d&apos;une étape, désignés pour elle ou pour toutes les étapes, peuvent la valider&#xa0;; si personne n&apos;est désigné pour une étape, c&apos;est le propriétaire de l&apos;opération. Les administrateurs le peuvent toujours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation reviewers</source>
        <translation>Validants de la confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may confirm the send. With nobody named, the campaign owner; otherwise those named, and the owner too when the option NmsCampaign_Activate_OwnerConfirmation is 1. Administrators always may.</source>
        <translation>Qui peut confirmer l&apos;envoi. Si personne n&apos;est désigné, le propriétaire de l&apos;opération&#xa0;; sinon les personnes désignées, et aussi le propriétaire quand l&apos;option NmsCampaign_Activate_OwnerConfirmation vaut 1. Les administrateurs le peuvent toujours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps that need approval</source>
        <translation>Étapes à valider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients a preparation targeted</source>
        <translation>Les destinataires ciblés par une préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved together with the targeting: tick Targeting to ask for it</source>
        <translation>Validé avec le ciblage&#xa0;: cochez Ciblage pour le demander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message: subject, sender and content</source>
        <translation>Le message&#xa0;: objet, expéditeur et contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail: the extraction file</source>
        <translation>Courrier&#xa0;: le fichier d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: a proof sent since the preparation</source>
        <translation>E-mail&#xa0;: un BAT envoyé depuis la préparation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (with the targeting)</source>
        <translation>%1 (avec le ciblage)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Every delivery of this campaign follows these settings, unless it overrides them.</source>
        <translation>Chaque diffusion de cette opération suit ces paramètres, sauf si elle les remplace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery has no campaign: its own approval settings apply.</source>
        <translation>Cette diffusion n&apos;a pas d&apos;opération&#xa0;: ses propres paramètres de validation s&apos;appliquent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery follows the approval settings of its campaign “%1”, shown greyed. Override them to set its own.</source>
        <translation>Cette diffusion suit les paramètres de validation de son opération «&#xa0;%1&#xa0;», affichés en grisé. Remplacez-les pour définir les siens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This delivery&apos;s own approval settings apply, not those of its campaign “%1”.</source>
        <translation>Les paramètres de validation propres à cette diffusion s&apos;appliquent, et non ceux de son opération «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsLine</name>
    <message>
        <location filename="../../desktop/views/dashboard/approval_settings_line.py" line="+58"/>
        <source>%1 (%2 only)</source>
        <translation>%1 (%2 uniquement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s settings</source>
        <translation>paramètres de l&apos;opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this delivery&apos;s own settings</source>
        <translation>paramètres propres à cette diffusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval asked</source>
        <translation>Aucune validation demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of %1</source>
        <translation>Validation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none named, the owner reviews</source>
        <translation>aucun désigné, le propriétaire valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none named, the owner confirms</source>
        <translation>aucun désigné, le propriétaire confirme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewers: %1</source>
        <translation>validants&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation: %1</source>
        <translation>confirmation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalWords</name>
    <message>
        <location filename="../../desktop/views/forms/approval_words.py" line="+13"/>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Fichier d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>BAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every step</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../desktop/views/audit_trail_model.py" line="+28"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Ancien état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Step approved</source>
        <translation>Étape validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step rejected</source>
        <translation>Étape refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval settings changed</source>
        <translation>Paramètres de validation modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof sent</source>
        <translation>BAT envoyé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Validants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation reviewers</source>
        <translation>Validants de la confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly sent</source>
        <translation>envoyé en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../desktop/views/forms/budget_tab.py" line="+64"/>
        <source>Calculated</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget against costs</source>
        <translation>Budget et coûts</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No budget is assigned to this campaign: choose one in General. Its costs are below.</source>
        <translation>Aucun budget n&apos;est affecté à cette opération : choisissez-en un dans Général. Ses coûts sont ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign(s)).</source>
        <translation>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt; : alloué &lt;b&gt;%2&lt;/b&gt; ; imputé : calculé %3, engagé %4, réel %5 (sa %n opération).</numerusform>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt; : alloué &lt;b&gt;%2&lt;/b&gt; ; imputé : calculé %3, engagé %4, réel %5 (ses %n opérations).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget by %1.</source>
        <translation>Budget dépassé de %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
</context>
<context>
    <name>CampaignDeliveriesPanel</name>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+137"/>
        <source>Add a delivery...</source>
        <translation>Ajouter une diffusion...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new delivery of this campaign, from a delivery template</source>
        <translation>Une nouvelle diffusion de cette opération, à partir d&apos;un modèle de diffusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>Il vous manque le droit %1 pour créer une diffusion</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln diffusion</numerusform>
            <numerusform>%Ln diffusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="vanished">
            <numerusform>%n diffusion</numerusform>
            <numerusform>%n diffusions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/views/forms/campaign_form.py" line="+46"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../desktop/views/forms/child_table.py" line="+85"/>
        <source>Save this object first to add to it.</source>
        <translation>Enregistrez d&apos;abord cet objet pour pouvoir y ajouter des éléments.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+17"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove the selected row? This cannot be undone.</source>
        <translation>Retirer la ligne sélectionnée&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <location filename="../../desktop/views/forms/condition_builder.py" line="+45"/>
        <location filename="../../desktop/views/forms/field_picker.py" line="+23"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Sur liste bloquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of these (AND)</source>
        <translation>Toutes ces conditions (ET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these (OR)</source>
        <translation>L&apos;une de ces conditions (OU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of these (NOT)</source>
        <translation>Aucune de ces conditions (NON)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom field name</source>
        <translation>nom du champ personnalisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>values, separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No condition: every recipient is selected.</source>
        <translation>Aucune condition&#xa0;: tous les destinataires sont sélectionnés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty group.</source>
        <translation>Groupe vide.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the recipients this condition selects</source>
        <translation>Compter les destinataires sélectionnés par cette condition</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fix the condition first.</source>
        <translation>Corrigez d&apos;abord la condition.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) match</source>
        <translation type="vanished">
            <numerusform>%n destinataire correspond</numerusform>
            <numerusform>%n destinataires correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln recipient(s) match</source>
        <translation>
            <numerusform>%Ln destinataire correspond</numerusform>
            <numerusform>%Ln destinataires correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/cost_panel.py" line="+37"/>
        <source>Over budget: %1 allocates %2, its campaigns&apos; calculated cost is %3 (%4 over).</source>
        <translation>Budget dépassé : %1 alloue %2, le coût calculé de ses opérations est de %3 (%4 de trop).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock %1: %2 holds %3 units, below its alert level of %4.</source>
        <translation>Stock %1 : %2 compte %3 unités, sous son seuil d&apos;alerte de %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extracting would take %1 below zero: %2 units in stock for %3.</source>
        <translation>L&apos;extraction ferait passer %1 sous zéro : %2 unités en stock pour %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;Calculated cost&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Coût calculé&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>committed %1, real %2</source>
        <translation>engagé %1, réel %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../desktop/views/first_start_dialog.py" line="+129"/>
        <source>Your operators</source>
        <translation>Vos opérateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was created. These are the operators and their passwords. &lt;b&gt;They are shown only this once&lt;/b&gt;: write them down or copy them now.</source>
        <translation>La base de données a été créée. Voici les opérateurs et leurs mots de passe. &lt;b&gt;Ils ne sont affichés qu&apos;une seule fois&lt;/b&gt;&#xa0;: notez-les ou copiez-les maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo data could not be created: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-373"/>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/views/step_decision.py" line="+70"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this step?</source>
        <translation>Valider cette étape&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n steps?</source>
        <translation type="vanished">
            <numerusform>Valider %n étape&#xa0;?</numerusform>
            <numerusform>Valider ces %n étapes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject this step? The delivery goes back to Being edited and its owner is told why.</source>
        <translation>Refuser cette étape&#xa0;? La diffusion repasse à l&apos;état En cours d&apos;édition et son propriétaire est informé du motif.</translation>
    </message>
    <message numerus="yes">
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation type="vanished">
            <numerusform>Refuser %n étape&#xa0;? Sa diffusion repasse à l&apos;état En cours d&apos;édition et son propriétaire est informé du motif.</numerusform>
            <numerusform>Refuser ces %n étapes&#xa0;? Leurs diffusions repassent à l&apos;état En cours d&apos;édition et leurs propriétaires sont informés du motif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it rejected? Required: the owner reads it.</source>
        <translation>Pourquoi est-ce refusé&#xa0;? Obligatoire&#xa0;: le propriétaire le lira.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reject this step? The delivery goes back to %1 and its owner is told why.</source>
        <translation>Refuser cette étape ? La diffusion revient à l&apos;état %1 et son propriétaire en est informé.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Approve these %Ln steps?</source>
        <translation>
            <numerusform>Valider %Ln étape&#xa0;?</numerusform>
            <numerusform>Valider ces %Ln étapes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</source>
        <translation><numerusform>Refuser %Ln étape&#xa0;? Sa diffusion revient à l&apos;état indiqué à côté et son propriétaire est informé du motif.</numerusform><numerusform>Refuser ces %Ln étapes&#xa0;? Chaque diffusion revient à l&apos;état indiqué à côté et son propriétaire est informé du motif.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</source>
        <translation><numerusform>Refuser %Ln étape&#xa0;? Sa diffusion revient à l&apos;état %1 et son propriétaire est informé du motif.</numerusform><numerusform>Refuser ces %Ln étapes&#xa0;? Leurs diffusions reviennent à l&apos;état %1 et leurs propriétaires sont informés du motif.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>Refuser %Ln étape&#xa0;? Sa diffusion repasse à l&apos;état En cours d&apos;édition et son propriétaire est informé du motif.</numerusform>
            <numerusform>Refuser ces %Ln étapes&#xa0;? Leurs diffusions repassent à l&apos;état En cours d&apos;édition et leurs propriétaires sont informés du motif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard/delivery_dashboard.py" line="+130"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The delivery&apos;s form is not available.</source>
        <translation type="vanished">Le formulaire de la diffusion n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This delivery no longer exists.</source>
        <translation>Cette diffusion n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_form.py" line="+84"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipients matching a filter</source>
        <translation>Destinataires répondant à un filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients of a list</source>
        <translation>Destinataires d&apos;une liste</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This delivery is %1: it can no longer be edited.</source>
        <translation>Cette diffusion est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the audience, content, schedule or typology sends this delivery back to Being edited: it will have to be prepared again.</source>
        <translation>Modifier l&apos;audience, le contenu, la planification ou la typologie ramène cette diffusion à l&apos;état «&#xa0;En cours d&apos;édition&#xa0;»&#xa0;: il faudra la préparer à nouveau.</translation>
    </message>
</context>
<context>
    <name>DeliveryTemplateForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_template_form.py" line="+59"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>BAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>DirectMailPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/direct_mail_panel.py" line="+79"/>
        <source>Direct mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+216"/>
        <location line="+70"/>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Stop extraction</source>
        <translation>Arrêter l&apos;extraction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send router proof</source>
        <translation>Envoyer le BAT du routeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit proofs</source>
        <translation>Soumettre les BAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+318"/>
        <source>Back to extraction</source>
        <translation>Revenir à l&apos;extraction</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+351"/>
        <source>Hand off</source>
        <translation>Remettre au routeur</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+242"/>
        <source>Import results</source>
        <translation>Importer les résultats</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Mailing</source>
        <translation>Envoi postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extracted rows</source>
        <translation>Lignes extraites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculated cost</source>
        <translation>Coût calculé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real cost</source>
        <translation>Coût réel</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No extraction file yet. Provider: %1.</source>
        <translation>Pas encore de fichier d&apos;extraction. Prestataire : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extraction file: %1 (%2 rows), written by %3 on %4.</source>
        <translation>Fichier d&apos;extraction : %1 (%2 lignes), écrit par %3 le %4.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calculated cost by category: %1.</source>
        <translation>Coût calculé par catégorie : %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Handed off by %1 on %2: copied to %3, notification to %4.</source>
        <translation>Remis par %1 le %2 : copié dans %3, notification à %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the provider&apos;s results file: Import results.</source>
        <translation>En attente du fichier de résultats du prestataire : Importer les résultats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results imported on %1: %2 sent, %3 failed.</source>
        <translation>Résultats importés le %1 : %2 envoyés, %3 en échec.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This needs the right PREPARE DELIVERIES.</source>
        <translation>Il faut le droit PREPARE DELIVERIES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract again</source>
        <translation>Extraire à nouveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This needs the right PREPARE DELIVERIES, or to review the waiting step.</source>
        <translation>Il faut le droit PREPARE DELIVERIES, ou être valideur de l&apos;étape en attente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 may hand it off.</source>
        <translation>Seul(s) %1 peut la remettre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Write the extraction file of %n recipient(s) to %1?</source>
        <translation>
            <numerusform>Écrire le fichier d&apos;extraction de %n destinataire dans %1 ?</numerusform>
            <numerusform>Écrire le fichier d&apos;extraction de %n destinataires dans %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculated cost: %1.</source>
        <translation>Coût calculé : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: this extraction takes stock below zero:
%1

Extract anyway?</source>
        <translation>Attention : cette extraction fait passer le stock sous zéro :
%1

Extraire quand même ?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the router proof…</source>
        <translation>Envoi du BAT du routeur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Submit the proofs once they look right.</source>
        <translation>%1 Soumettez les BAT quand ils vous conviennent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proofs submitted: they wait for their reviewers.</source>
        <translation>BAT soumis : ils attendent leurs valideurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back to extraction? The decisions about this file are withdrawn; extract again to go on.</source>
        <translation>Revenir à l&apos;extraction ? Les décisions sur ce fichier sont retirées ; extrayez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to extraction: extract again to go on.</source>
        <translation>Retour à l&apos;extraction : extrayez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand the file off to %1? It is copied to %2 and the router %3 is e-mailed.</source>
        <translation>Remettre le fichier à %1 ? Il est copié dans %2 et le routeur %3 reçoit un e-mail.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Writing the extraction file: %v of %m rows</source>
        <translation>Écriture du fichier d&apos;extraction : %v sur %m lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handing off the file…</source>
        <translation>Remise du fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the results…</source>
        <translation>Import des résultats…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Extracted: %n row(s) written to %1.</source>
        <translation>
            <numerusform>Extrait : %n ligne écrite dans %1.</numerusform>
            <numerusform>Extrait : %n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed off: the file is in %1 and the router was e-mailed.</source>
        <translation>Remis : le fichier est dans %1 et le routeur a reçu un e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results imported: %1 sent, %2 failed.</source>
        <translation>Résultats importés : %1 envoyés, %2 en échec.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The extraction was stopped; no file was written.</source>
        <translation>L&apos;extraction a été arrêtée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../desktop/views/forms/entity_form.py" line="+259"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes and show the stored values</source>
        <translation>Abandonner les modifications et afficher les valeurs enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Read only: editing needs the right %1.</source>
        <translation>Lecture seule&#xa0;: la modification nécessite le droit %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 was deleted elsewhere; it can no longer be saved</source>
        <translation>%1 %2 a été supprimé ailleurs ; il ne peut plus être enregistré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1 “%2”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%2&#xa0;» (%1)&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the object as saved by the other operator; your changes are dropped</source>
        <translation>Afficher l&apos;objet tel que l&apos;autre opérateur l&apos;a enregistré ; vos modifications sont abandonnées</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>another operator</source>
        <translation>un autre opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3 at %4; reload it to see the changes</source>
        <translation>%1 %2 a été modifié par %3 à %4 ; rechargez-le pour voir les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3; reload it to see the changes</source>
        <translation>%1 %2 a été modifié par %3 ; rechargez-le pour voir les modifications</translation>
    </message>
</context>
<context>
    <name>EntityKinds</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+27"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Diffusions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator group</source>
        <translation>Groupe d&apos;opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator groups</source>
        <translation>Groupes d&apos;opérateurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Typology rule</source>
        <translation>Règle de typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rules</source>
        <translation>Règles de typologie</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typologies</source>
        <translation>Typologies</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cost structures</source>
        <translation>Structures de coûts</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cost structure</source>
        <translation>Structure de coûts</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocks</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock lines</source>
        <translation>Lignes de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>Ligne de stock</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Delivery template</source>
        <translation>Modèle de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery templates</source>
        <translation>Modèles de diffusion</translation>
    </message>
</context>
<context>
    <name>ExclusionCauses</name>
    <message>
        <location filename="../../desktop/views/exclusion_words.py" line="+12"/>
        <source>Address not specified</source>
        <translation>Adresse non renseignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>Adresse invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Sur liste bloquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address in quarantine</source>
        <translation>Adresse en quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rule</source>
        <translation>Règle de typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure rule</source>
        <translation>Règle de pression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>Groupe de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limited in size</source>
        <translation>Cible limitée en taille</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation type="vanished">Pas d&apos;adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation error</source>
        <translation>Erreur de personnalisation</translation>
    </message>
</context>
<context>
    <name>ExclusionLogModel</name>
    <message>
        <location filename="../../desktop/views/logs_window.py" line="+71"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ExclusionsChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/exclusions_chart.py" line="+25"/>
        <source>Exclusions by cause</source>
        <translation>Exclusions par cause</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exclusion to show.</source>
        <translation>Aucune exclusion à afficher.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/views/forms/field_picker.py" line="+16"/>
        <source>Insert a field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserts a recipient&apos;s, the delivery&apos;s or the campaign&apos;s field where you type</source>
        <translation>Insère un champ du destinataire, de la diffusion ou de l&apos;opération là où vous tapez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe link</source>
        <translation>Lien de désinscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror page link</source>
        <translation>Lien vers la page miroir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+89"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+38"/>
        <location filename="../../desktop/views/translatable_data.py" line="+95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-131"/>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="-71"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+118"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lazy_table_model.py" line="-6"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+2"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="-87"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-25"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation type="vanished">Calculé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="vanished">Engagé</translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="vanished">Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve targeting</source>
        <translation>Valider le ciblage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve content</source>
        <translation>Valider le contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve budget</source>
        <translation>Valider le budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve extraction file</source>
        <translation>Valider le fichier d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve proofs</source>
        <translation>Valider les BAT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaign</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML content</source>
        <translation>Contenu HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text content</source>
        <translation>Contenu texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience filter</source>
        <translation>Filtre d&apos;audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter and no list: every recipient</source>
        <translation>ni filtre ni liste&#xa0;: tous les destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience list</source>
        <translation>Liste d&apos;audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target</source>
        <translation>Cible des BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list flagged as a proof target; or proof addresses</source>
        <translation>une liste marquée comme cible des BAT&#xa0;; ou des adresses de BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof addresses</source>
        <translation>Adresses des BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 100, separated by commas; or a proof target list</source>
        <translation>100 au plus, séparées par des virgules&#xa0;; ou une liste cible des BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date</source>
        <translation>Date de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a confirmed delivery starts by itself at this date</source>
        <translation>une diffusion confirmée démarre d&apos;elle-même à cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period (seconds)</source>
        <translation>Durée de validité (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the option NmsBroadcast_MsgValidityDuration</source>
        <translation>vide&#xa0;: l&apos;option NmsBroadcast_MsgValidityDuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel connections</source>
        <translation>Connexions parallèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per connection</source>
        <translation>Messages par connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour</source>
        <translation>Messages par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour per domain</source>
        <translation>Messages par heure et par domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group (%)</source>
        <translation>Groupe de contrôle (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limit</source>
        <translation>Limite de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no limit</source>
        <translation>vide&#xa0;: pas de limite</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>direct mail: the router that prints and posts</source>
        <translation>courrier&#xa0;: le routeur qui imprime et poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Remplacer les validations de l&apos;opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set</source>
        <translation>utilisé quand «&#xa0;Remplacer les validations&#xa0;» est coché</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+3"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>To deliver</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Delivered</source>
        <translation>Diffusés</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+11"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two letters, such as FR</source>
        <translation>deux lettres, par exemple FR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Sur liste bloquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object, such as {&quot;tier&quot;: &quot;gold&quot;}; filters use custom.NAME</source>
        <translation>un objet JSON, par exemple {&quot;tier&quot;: &quot;gold&quot;}&#xa0;; les filtres utilisent custom.NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of at most 100 addresses that receive proofs</source>
        <translation>une liste de 100 adresses au plus qui reçoivent les BAT</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>used to log in</source>
        <translation>utilisé pour se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en fr sv nl zh_TW</source>
        <translation>en fr sv nl zh_TW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a new operator; at least 8 characters; empty keeps the current one</source>
        <translation>obligatoire pour un nouvel opérateur&#xa0;; 8 caractères au moins&#xa0;; vide&#xa0;: le mot de passe actuel est conservé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower runs first among rules of the same type</source>
        <translation>la plus basse s&apos;exécute en premier parmi les règles du même type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtering: recipients matching it are excluded</source>
        <translation>filtrage&#xa0;: les destinataires qui y répondent sont exclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum messages</source>
        <translation>Nombre maximal de messages</translation>
    </message>
    <message>
        <source>pressure: per recipient over the period; capacity: per delivery</source>
        <translation type="vanished">pression&#xa0;: par destinataire sur la période&#xa0;; capacité&#xa0;: par diffusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (days)</source>
        <translation>Période (jours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>message size: bytes; proof target size: recipients</source>
        <translation type="vanished">taille du message&#xa0;: octets&#xa0;; taille de la cible des BAT&#xa0;: destinataires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router address</source>
        <translation>Adresse du routeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives the notification e-mail with the extraction file</source>
        <translation>reçoit l&apos;e-mail de notification avec le fichier d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder or SFTP URL</source>
        <translation>dossier ou URL SFTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of the extraction file, in order: recipient fields, such as first_name, last_name, postal_address</source>
        <translation>colonnes du fichier d&apos;extraction, dans l&apos;ordre&#xa0;: champs du destinataire, par exemple first_name, last_name, postal_address</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: price per message, or per batch</source>
        <translation>linéaire&#xa0;: prix par message, ou par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: the unit price is per batch of this many messages</source>
        <translation>linéaire&#xa0;: le prix unitaire s&apos;applique à chaque lot de ce nombre de messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed part</source>
        <translation>Part fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>by threshold: price by quantity band, such as [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</source>
        <translation type="vanished">par seuil&#xa0;: prix par tranche de quantité, par exemple [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="vanished">Commandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert level</source>
        <translation>Niveau d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below this, the stock&apos;s operators are warned</source>
        <translation>en dessous, les opérateurs du stock sont avertis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>message size: bytes; proof target size: recipients; enough text: characters</source>
        <translation>taille du message&#xa0;: octets&#xa0;; taille de la cible des BAT&#xa0;: destinataires&#xa0;; texte suffisant&#xa0;: caractères</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>by threshold: price by quantity band, such as [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (from 1 to 1000: 0.50; from 1001: 0.40)</source>
        <translation>par seuil : prix par tranche de quantité, par exemple [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (de 1 à 1000 : 0,50 ; à partir de 1001 : 0,40)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock item</source>
        <translation>Article de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each message consumes one unit of this item from the provider&apos;s stocks</source>
        <translation>chaque message consomme une unité de cet article dans les stocks du prestataire</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Returns a results file</source>
        <translation>Renvoie un fichier de résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages count as sent once its results file is imported</source>
        <translation>les messages comptent comme envoyés une fois son fichier de résultats importé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told by e-mail when a line falls below its alert level</source>
        <translation>prévenus par e-mail quand une ligne passe sous son seuil d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-2"/>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-45"/>
        <source>Reviewers</source>
        <translation>Validants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; operator or group names, such as erik, targeting:erik, group:reviewers</source>
        <translation>utilisé quand «&#xa0;Remplacer les validations&#xa0;» est coché&#xa0;; noms d&apos;opérateurs ou de groupes, par exemple erik, targeting:erik, group:reviewers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation reviewers</source>
        <translation>Validants de la confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; who may confirm the send</source>
        <translation>utilisé quand «&#xa0;Remplacer les validations&#xa0;» est coché&#xa0;; qui peut confirmer l&apos;envoi</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pressure: per recipient over the period; capacity: per delivery, or per day with Per day</source>
        <translation>pression&#xa0;: par destinataire sur la période&#xa0;; capacité&#xa0;: par diffusion, ou par jour avec «&#xa0;Par jour&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity: the maximum counts every delivery sent on the same day</source>
        <translation>capacité&#xa0;: le maximum compte toutes les diffusions envoyées le même jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+33"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error count</source>
        <translation>Nombre d&apos;erreurs</translation>
    </message>
</context>
<context>
    <name>FinishWork</name>
    <message>
        <location filename="../../desktop/views/finish_work.py" line="+21"/>
        <source>Finishing the work in progress…</source>
        <translation>Achèvement des tâches en cours…</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../desktop/views/first_start_dialog.py" line="-87"/>
        <source>Campaign Console</source>
        <translation>Campaign Console</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>First start: creating the database and its demo data...</source>
        <translation>Premier démarrage&#xa0;: création de la base de données et de ses données de démonstration…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Creating demo data: %1</source>
        <translation>Création des données de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../desktop/views/explorer_model.py" line="+234"/>
        <source>%1 (%2 in total)</source>
        <translation>%1 (%2 au total)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/folders.py" line="+53"/>
        <source>Profiles and Targets</source>
        <translation>Profils et cibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+72"/>
        <source>Campaign Management</source>
        <translation>Gestion de campagne</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaigns</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>Diffusions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access management</source>
        <translation>Gestion des accès</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator groups</source>
        <translation>Groupes d&apos;opérateurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Typology rules</source>
        <translation>Règles de typologie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typologies</source>
        <translation>Typologies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stocks</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pending approvals</source>
        <translation>Validations en attente</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery templates</source>
        <translation>Modèles de diffusion</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/views/history_panel.py" line="+68"/>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The history starts when the object is saved.</source>
        <translation>L&apos;historique commence à l&apos;enregistrement de l&apos;objet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All operators</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../desktop/views/forms/html_preview.py" line="+62"/>
        <source>Recipient id or e-mail</source>
        <translation>ID ou e-mail du destinataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message for the chosen recipient shows here.</source>
        <translation>Le message du destinataire choisi s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No recipient matches “%1”.</source>
        <translation>Aucun destinataire ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a recipient first.</source>
        <translation>Choisissez d&apos;abord un destinataire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recipient&apos;s message cannot be rendered: %1</source>
        <translation>Le message de ce destinataire ne peut pas être généré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/views/journal_text.py" line="+81"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+69"/>
        <source>Preparation started by {operator}.</source>
        <translation>Préparation lancée par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions applied: {exclusions}.</source>
        <translation>Exclusions appliquées : {exclusions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}</source>
        <translation>{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient {recipient}: {reason}</source>
        <translation>Destinataire {recipient} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation took {seconds} s.</source>
        <translation>La préparation a duré {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation stopped by {operator}.</source>
        <translation>Préparation arrêtée par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed: {error}</source>
        <translation>Échec de la préparation : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation invalidated (edited: {fields}); prepare the delivery again.</source>
        <translation>Préparation invalidée (modifié : {fields}) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated ({step} rejected); prepare the delivery again.</source>
        <translation>Préparation invalidée ({step} refusé) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} edited: {changes}); prepare the delivery again.</source>
        <translation>Préparation invalidée (règle de typologie {rule} modifiée : {changes}) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched on); prepare the delivery again.</source>
        <translation>Préparation invalidée (règle de typologie {rule} activée) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched off); prepare the delivery again.</source>
        <translation>Préparation invalidée (règle de typologie {rule} désactivée) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (the rules of typology {typology} changed); prepare the delivery again.</source>
        <translation>Préparation invalidée (les règles de la typologie {typology} ont changé) ; préparez à nouveau la diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file approved by {operator}.</source>
        <translation>Fichier d&apos;extraction validé par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file rejected by {operator}: {comment}</source>
        <translation>Fichier d&apos;extraction refusé par {operator} : {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs submitted by {operator}: they wait for {reviewers}.</source>
        <translation>BAT soumis par {operator} : ils attendent {reviewers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs accepted by {operator}.</source>
        <translation>BAT acceptés par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs rejected by {operator}: {comment}</source>
        <translation>BAT refusés par {operator} : {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: send a proof of the router&apos;s notification, then submit it.</source>
        <translation>Suite : envoyez un BAT de la notification au routeur, puis soumettez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: hand the file off to the provider.</source>
        <translation>Suite : remettez le fichier au prestataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: change the export format if needed, and extract again.</source>
        <translation>Suite : modifiez le format d&apos;export si besoin, puis extrayez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}. Extract again to go on.</source>
        <translation>Retour à l&apos;extraction, par {operator}. Extrayez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}: {reason} Extract again to go on.</source>
        <translation>Retour à l&apos;extraction, par {operator} : {reason} Extrayez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results imported by {operator} from {file}: {sent} sent, {failed} failed; real cost {cost}.</source>
        <translation>Résultats importés par {operator} depuis {file} : {sent} envoyés, {failed} en échec ; coût réel {cost}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock {stock}: {item} had {in_stock} units for {needed} more; it is now below zero.</source>
        <translation>Stock {stock} : {item} avait {in_stock} unités pour {needed} de plus ; il est maintenant en dessous de zéro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stock of the provider holds {item}: nothing was taken from stock for it.</source>
        <translation>Aucun stock du prestataire ne contient {item} : rien n&apos;a été prélevé sur le stock pour cet article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock alert: {item} ({stock}) is below its alert level; the stock names no operator to tell.</source>
        <translation>Alerte de stock : {item} ({stock}) est sous son seuil d&apos;alerte ; le stock ne nomme aucun opérateur à prévenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals withdrawn with the preparation: {steps}. They are asked again after the next preparation.</source>
        <translation>Validations retirées avec la préparation : {steps}. Elles seront redemandées après la prochaine préparation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step} approved by {operator}.</source>
        <translation>{step} validé par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} approved by {operator}. Comment: {comment}</source>
        <translation>{step} validé par {operator}. Commentaire : {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} rejected by {operator}: {comment}</source>
        <translation>{step} refusé par {operator} : {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}.</source>
        <translation>Envoi confirmé par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}; scheduled for {contact_at}.</source>
        <translation>Envoi confirmé par {operator} ; planifié pour le {contact_at}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date reached: sending starts.</source>
        <translation>Date de contact atteinte : l&apos;envoi commence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by {operator}.</source>
        <translation>Mise en pause par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed by {operator}.</source>
        <translation>Reprise par {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it then.</source>
        <translation>Diffusion en pause : {problem}. Reprenez-la ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it once the relay works.</source>
        <translation>Diffusion en pause : {problem}. Reprenez-la une fois le relais rétabli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send impossible: {problem}</source>
        <translation>Envoi impossible : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send failed: {error}</source>
        <translation>Échec de l&apos;envoi : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Diffusés : {delivered}, en erreur : {failed} (définitives : {hard_bounces}, temporaires : {soft_bounces}) sur {to_deliver} à envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity period over; messages not sent cancelled: {cancelled}. Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Période de validité écoulée ; messages non envoyés annulés : {cancelled}. Diffusés : {delivered}, en erreur : {failed} (définitives : {hard_bounces}, temporaires : {soft_bounces}) sur {to_deliver} à envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not notified (no e-mail address): {operators}: {subject}</source>
        <translation>Non prévenus (pas d&apos;adresse e-mail) : {operators} : {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification to {address} ({subject}) sent at attempt {attempt}.</source>
        <translation>Notification à {address} ({subject}) envoyée à la tentative {attempt}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification to {address} ({subject}) not sent: {detail}. It is tried again up to {attempts} more times in the next {hours} hours.</source>
        <translation>Notification à {address} ({subject}) non envoyée : {detail}. Nouvel essai jusqu&apos;à {attempts} fois dans les {hours} prochaines heures.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Targeting: %Ln recipient(s) selected.</source>
        <translation>
            <numerusform>Ciblage : %Ln destinataire sélectionné.</numerusform>
            <numerusform>Ciblage : %Ln destinataires sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Control group: %Ln recipient(s) ({percent}) held out.</source>
        <translation>
            <numerusform>Groupe de contrôle : %Ln destinataire ({percent}) mis de côté.</numerusform>
            <numerusform>Groupe de contrôle : %Ln destinataires ({percent}) mis de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by typology rule {rule}.</source>
        <translation>
            <numerusform>Cible limitée à %Ln message par la règle de typologie {rule}.</numerusform>
            <numerusform>Cible limitée à %Ln messages par la règle de typologie {rule}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by the delivery&apos;s target limit.</source>
        <translation>
            <numerusform>Cible limitée à %Ln message par la limite de la diffusion.</numerusform>
            <numerusform>Cible limitée à %Ln messages par la limite de la diffusion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule} excluded %Ln recipient(s).</source>
        <translation>
            <numerusform>La règle de typologie {rule} a exclu %Ln destinataire.</numerusform>
            <numerusform>La règle de typologie {rule} a exclu %Ln destinataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %Ln more recipient(s) whose message failed to render.</source>
        <translation>
            <numerusform>... et %Ln autre destinataire dont le message n&apos;a pas pu être personnalisé.</numerusform>
            <numerusform>... et %Ln autres destinataires dont le message n&apos;a pas pu être personnalisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</source>
        <translation>
            <numerusform>%Ln message à envoyer ; exclusions : {excluded} ({exclusions}) ; erreurs : {errors}.</numerusform>
            <numerusform>%Ln messages à envoyer ; exclusions : {excluded} ({exclusions}) ; erreurs : {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</source>
        <translation>
            <numerusform>Règle de typologie {rule} : %Ln message du {day} déjà préparé ou envoyé par d&apos;autres diffusions (au plus {most}) ; il en reste {left}.</numerusform>
            <numerusform>Règle de typologie {rule} : %Ln messages du {day} déjà préparés ou envoyés par d&apos;autres diffusions (au plus {most}) ; il en reste {left}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in {folder}. Calculated cost: {cost}.</source>
        <translation>
            <numerusform>Fichier d&apos;extraction {file} écrit par {operator} : %Ln ligne, {columns} colonnes, dans {folder}. Coût calculé : {cost}.</numerusform>
            <numerusform>Fichier d&apos;extraction {file} écrit par {operator} : %Ln lignes, {columns} colonnes, dans {folder}. Coût calculé : {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</source>
        <translation>
            <numerusform>Remis au routeur par {operator} : %Ln ligne copiée dans {path}, notification à {router} ({answer}) ; {sent} messages comptent comme envoyés ; coût réel {cost}.</numerusform>
            <numerusform>Remis au routeur par {operator} : %Ln lignes copiées dans {path}, notification à {router} ({answer}) ; {sent} messages comptent comme envoyés ; coût réel {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</source>
        <translation>
            <numerusform>Remis au routeur par {operator} : %Ln ligne copiée dans {path}, notification à {router} ({answer}) ; le fichier de résultats du prestataire dira lesquels ont été envoyés.</numerusform>
            <numerusform>Remis au routeur par {operator} : %Ln lignes copiées dans {path}, notification à {router} ({answer}) ; le fichier de résultats du prestataire dira lesquels ont été envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Calculated cost of %Ln extracted row(s): {total}.</source>
        <translation>
            <numerusform>Coût calculé de %Ln ligne extraite : {total}.</numerusform>
            <numerusform>Coût calculé de %Ln lignes extraites : {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted.</source>
        <translation>
            <numerusform>BAT {number} envoyé par {operator} via {relay} : {accepted} adresse sur %Ln l&apos;a accepté.</numerusform>
            <numerusform>BAT {number} envoyé par {operator} via {relay} : {accepted} adresses sur %Ln l&apos;ont accepté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted; not sent: {refused}.</source>
        <translation>
            <numerusform>BAT {number} envoyé par {operator} via {relay} : {accepted} adresse sur %Ln l&apos;a accepté ; non envoyé : {refused}.</numerusform>
            <numerusform>BAT {number} envoyé par {operator} via {relay} : {accepted} adresses sur %Ln l&apos;ont accepté ; non envoyé : {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay}: %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Envoi via {relay} : %Ln message à envoyer sur {connections} connexions.</numerusform>
            <numerusform>Envoi via {relay} : %Ln messages à envoyer sur {connections} connexions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay} (local outbox): %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Envoi via {relay} (boîte d&apos;envoi locale) : %Ln message à envoyer sur {connections} connexions.</numerusform>
            <numerusform>Envoi via {relay} (boîte d&apos;envoi locale) : %Ln messages à envoyer sur {connections} connexions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) of a stopped sender handed out again.</source>
        <translation>
            <numerusform>%Ln message d&apos;un expéditeur arrêté redistribué.</numerusform>
            <numerusform>%Ln messages d&apos;un expéditeur arrêté redistribués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</source>
        <translation>
            <numerusform>Arrêtée par {operator} : {delivered} diffusés, {failed} en échec, %Ln annulé.</numerusform>
            <numerusform>Arrêtée par {operator} : {delivered} diffusés, {failed} en échec, %Ln annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by {operator}: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Arrêtée par {operator} : %Ln message non envoyé annulé.</numerusform>
            <numerusform>Arrêtée par {operator} : %Ln messages non envoyés annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Arrêtée : %Ln message non envoyé annulé.</numerusform>
            <numerusform>Arrêtée : %Ln messages non envoyés annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded; sending carries on.</source>
        <translation>
            <numerusform>Un expéditeur a attendu la base de données, injoignable ; %Ln résultat conservé entre-temps a été enregistré ; l&apos;envoi continue.</numerusform>
            <numerusform>Un expéditeur a attendu la base de données, injoignable ; %Ln résultats conservés entre-temps ont été enregistrés ; l&apos;envoi continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded and {released} messages handed out again; sending carries on.</source>
        <translation>
            <numerusform>Un expéditeur a attendu la base de données, injoignable ; %Ln résultat conservé entre-temps a été enregistré et {released} messages redistribués ; l&apos;envoi continue.</numerusform>
            <numerusform>Un expéditeur a attendu la base de données, injoignable ; %Ln résultats conservés entre-temps ont été enregistrés et {released} messages redistribués ; l&apos;envoi continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/views/dashboard/kpi_charts.py" line="+97"/>
        <source>Delivered, opens and clicks</source>
        <translation>Diffusés, ouvertures et clics</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Diffusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending throughput (messages/s)</source>
        <translation>Débit d&apos;envoi (messages/s)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desktop/views/list_panel.py" line="+119"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search here</source>
        <translation>Pas de recherche ici</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="+35"/>
        <source>Campaign Console: log in</source>
        <translation>Campaign Console&#xa0;: connexion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Opérateur inconnu ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>LogsWindow</name>
    <message>
        <location filename="../../desktop/views/logs_window.py" line="+85"/>
        <source>Logs of delivery %1</source>
        <translation>Logs de la diffusion %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All causes</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search a name, an address or a rule</source>
        <translation>Rechercher un nom, une adresse ou une règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Writes the rows shown to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Écrit les lignes affichées dans un fichier CSV. Les valeurs qu&apos;un tableur exécuterait comme une formule (commençant par =, +, -, @, une tabulation ou un retour chariot) sont écrites précédées d&apos;une apostrophe, pour s&apos;ouvrir comme du texte.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 lignes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the exclusion log</source>
        <translation>Exporter le log des exclusions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation type="vanished">%1 lignes exportées</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln ligne exportée</numerusform>
            <numerusform>%Ln lignes exportées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="+132"/>
        <source>Campaign Console</source>
        <translation>Campaign Console</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;explorer</source>
        <translation>Aller à l&apos;&amp;explorateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;list</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Campaign Console</source>
        <translation>À &amp;propos de Campaign Console</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operator: %1</source>
        <translation>Opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not available in this version.</source>
        <translation>Non disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose a folder in the tree.</source>
        <translation>%1&#xa0;: choisissez un dossier dans l&apos;arborescence.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing to create here</source>
        <translation>Rien à créer ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New object in this folder (Ctrl+N)</source>
        <translation>Nouvel objet dans ce dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create here</source>
        <translation>Le droit %1 est nécessaire pour créer ici</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a row to see its details; Enter opens it in a tab.</source>
        <translation>Sélectionnez une ligne pour voir son détail&#xa0;; Entrée l&apos;ouvre dans un onglet.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New: %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Campaign Console</source>
        <translation>À propos de Campaign Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Prepare, send and track e-mail and direct-mail campaigns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Préparez, envoyez et suivez vos campagnes e-mail et courrier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Pending &amp;approvals</source>
        <translation>&amp;Validations en attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import recipients...</source>
        <translation>&amp;Importer des destinataires…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import recipients from a CSV file</source>
        <translation>Importer des destinataires depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to import</source>
        <translation>Le droit %1 est nécessaire pour importer</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S&amp;witch operator...</source>
        <translation>C&amp;hanger d&apos;opérateur...</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../desktop/views/new_from_template_dialog.py" line="+44"/>
        <source>New delivery from template</source>
        <translation>Nouvelle diffusion à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the delivery</source>
        <translation>Créer la diffusion</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You lack the right %1 to create a delivery.</source>
        <translation>Il vous manque le droit %1 pour créer une diffusion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No delivery template yet: save a delivery as a template, or make one under Resources &gt; Templates &gt; Delivery templates.</source>
        <translation>Aucun modèle de diffusion pour l&apos;instant&#xa0;: enregistrez une diffusion comme modèle, ou créez-en un dans Ressources &gt; Modèles &gt; Modèles de diffusion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery gets everything of the template but an audience and a schedule, which you set in its form.</source>
        <translation>La diffusion reprend tout le modèle sauf l&apos;audience et la planification, que vous définissez dans son formulaire.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
</context>
<context>
    <name>ObjectWidgets</name>
    <message>
        <source>Forms are not available yet.</source>
        <translation type="vanished">Les formulaires ne sont pas encore disponibles.</translation>
    </message>
</context>
<context>
    <name>OptionLabels</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-243"/>
        <source>Campaign owner may confirm a send when reviewers are named</source>
        <translation>Propriétaire autorisé à confirmer l&apos;envoi malgré des validants désignés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude duplicate addresses at preparation</source>
        <translation>Exclure les adresses en doublon à la préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude denylisted recipients at preparation</source>
        <translation>Exclure les destinataires sur liste bloquée à la préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period of a delivery (seconds)</source>
        <translation>Durée de validité d&apos;une diffusion (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries of temporary failures</source>
        <translation>Nouvelles tentatives après une erreur temporaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between retries</source>
        <translation>Secondes entre deux tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries that may prepare or send at once</source>
        <translation>Diffusions pouvant se préparer ou s&apos;envoyer simultanément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public base URL of the tracking server</source>
        <translation>URL publique de base du serveur de tracking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces after which an address is quarantined</source>
        <translation>Rebonds définitifs avant la mise en quarantaine d&apos;une adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address of the console&apos;s notifications</source>
        <translation>Adresse d&apos;expéditeur des notifications de la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest time one message may take to render (seconds)</source>
        <translation>Durée maximale de génération d&apos;un message (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest message one render may produce (characters)</source>
        <translation>Taille maximale d&apos;un message généré (caractères)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the console gives in EHLO (empty: this machine&apos;s fully qualified name)</source>
        <translation>Nom donné par la console dans EHLO (vide : le nom complet de cette machine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA certificates (PEM file) trusted for the relay&apos;s TLS besides the system&apos;s</source>
        <translation>Certificats d&apos;autorité (fichier PEM) approuvés pour le TLS du relais en plus de ceux du système</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>List-Id of every message (empty: one per campaign, under the sender&apos;s domain)</source>
        <translation>List-Id de chaque message (vide&#xa0;: un par campagne, sous le domaine de l&apos;expéditeur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mailbox of the mailto: unsubscribe link (empty: none)</source>
        <translation>Boîte du lien de désabonnement mailto: (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the direct-mail extraction files (empty: in the user data folder)</source>
        <translation>Dossier des fichiers d&apos;extraction courrier (vide : dans le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of an extraction file: {code} and {date} are replaced</source>
        <translation>Nom d&apos;un fichier d&apos;extraction : {code} et {date} sont remplacés</translation>
    </message>
</context>
<context>
    <name>OptionValueEditor</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+123"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is not a valid %2 value: enter a new one.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide de type %2&#xa0;: saisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location line="+59"/>
        <source>Filter by name, label or value</source>
        <translation>Filtrer par nom, libellé ou valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+168"/>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+267"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option (Ctrl+S)</source>
        <translation>Enregistrer l&apos;option (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read only: only administrators change options.</source>
        <translation>Lecture seule&#xa0;: seuls les administrateurs modifient les options.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An option named %1 already exists: select it to change it.</source>
        <translation>Une option nommée %1 existe déjà&#xa0;: sélectionnez-la pour la modifier.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the option %1? This cannot be undone.</source>
        <translation>Supprimer l&apos;option %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Option %1 was changed by %2 at %3; press Revert to see the changes</source>
        <translation>L&apos;option %1 a été modifiée par %2 à %3 ; cliquez sur Rétablir pour voir les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option %1 was changed by %2; press Revert to see the changes</source>
        <translation>L&apos;option %1 a été modifiée par %2 ; cliquez sur Rétablir pour voir les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another operator</source>
        <translation>un autre opérateur</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/views/outbox_view.py" line="+115"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local outbox: %1</source>
        <translation>Boîte d&apos;envoi locale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_model.py" line="+30"/>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Validants</translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_view.py" line="+52"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the delivery&apos;s review (Enter)</source>
        <translation>Ouvrir la validation de la diffusion (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing waits for your approval.</source>
        <translation>Rien n&apos;attend votre validation.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n étape attend votre validation</numerusform>
            <numerusform>%n étapes attendent votre validation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Approved.</source>
        <translation>Validé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owners are told why.</source>
        <translation>Refusé&#xa0;: les propriétaires sont informés du motif.</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%Ln step(s) wait for your approval</source>
        <translation>
            <numerusform>%Ln étape attend votre validation</numerusform>
            <numerusform>%Ln étapes attendent votre validation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_model.py" line="+27"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_words.py" line="+12"/>
        <source>Typology control rule</source>
        <translation>Règle de contrôle de la typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Taille de la cible des BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template syntax</source>
        <translation>Syntaxe du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message rendering</source>
        <translation>Rendu du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient checked</source>
        <translation>Destinataire contrôlé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative present</source>
        <translation>Version texte présente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative not empty</source>
        <translation>Version texte non vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and HTML say the same</source>
        <translation>Texte et HTML disent la même chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML not image-only</source>
        <translation>HTML pas seulement en images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Taille du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header lines at most 998 characters</source>
        <translation>Lignes d&apos;en-tête de 998 caractères au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header bytes encoded</source>
        <translation>Octets des en-têtes encodés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date header</source>
        <translation>En-tête Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date with a numeric zone</source>
        <translation>Date avec un fuseau numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID header</source>
        <translation>En-tête Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID with a domain</source>
        <translation>Message-ID avec un domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe header</source>
        <translation>En-tête List-Unsubscribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe by e-mail (mailto)</source>
        <translation>List-Unsubscribe par e-mail (mailto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List-Unsubscribe over https</source>
        <translation>List-Unsubscribe en https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-click unsubscribe</source>
        <translation>Désabonnement en un clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id header</source>
        <translation>En-tête List-Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links go where their text says</source>
        <translation>Les liens mènent où leur texte l&apos;indique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link text and tracking domain</source>
        <translation>Texte des liens et domaine de tracking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL over https</source>
        <translation>URL de tracking en https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL reachable by recipients</source>
        <translation>URL de tracking accessible aux destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender and tracking domains</source>
        <translation>Domaines de l&apos;expéditeur et du tracking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filters should let it through</source>
        <translation>les filtres devraient le laisser passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stricter filters may hold it back</source>
        <translation>des filtres plus stricts pourraient le retenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters will likely mark it as spam</source>
        <translation>les filtres le marqueront probablement comme spam</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+50"/>
        <source>Pre-flight check</source>
        <translation>Contrôle avant envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run check</source>
        <translation>Lancer le contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the control rules and the message a send would build; sends nothing.</source>
        <translation>Contrôle les règles de contrôle et le message qu&apos;un envoi construirait ; n&apos;envoie rien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet.</source>
        <translation>Pas encore contrôlé.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking...</source>
        <translation>Contrôle en cours...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n error(s) to fix</source>
        <translation type="vanished">
            <numerusform>Pas prêt : %n erreur à corriger</numerusform>
            <numerusform>Pas prêt : %n erreurs à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s)</source>
        <translation type="vanished">
            <numerusform>Prêt, avec %n avertissement</numerusform>
            <numerusform>Prêt, avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter score %1: %2</source>
        <translation>score des filtres %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message built for %1 (%2 bytes).</source>
        <translation>Message construit pour %1 (%2 octets).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pre-flight check is still running.</source>
        <translation>Le contrôle avant envoi est encore en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pre-flight check has run: see Pre-flight check first.</source>
        <translation>Aucun contrôle avant envoi n&apos;a été lancé : voyez d&apos;abord Contrôle avant envoi.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation type="vanished">
            <numerusform>Le contrôle avant envoi a trouvé %n erreur : %1.</numerusform>
            <numerusform>Le contrôle avant envoi a trouvé %n erreurs : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s).</source>
        <translation type="vanished">
            <numerusform>Le contrôle avant envoi a trouvé %n avertissement.</numerusform>
            <numerusform>Le contrôle avant envoi a trouvé %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pre-flight check found nothing to fix.</source>
        <translation>Le contrôle avant envoi n&apos;a rien trouvé à corriger.</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Not ready: %Ln error(s) to fix</source>
        <translation>
            <numerusform>Pas prêt : %Ln erreur à corriger</numerusform>
            <numerusform>Pas prêt : %Ln erreurs à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %Ln warning(s)</source>
        <translation>
            <numerusform>Prêt, avec %Ln avertissement</numerusform>
            <numerusform>Prêt, avec %Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The pre-flight check found %Ln error(s): %1.</source>
        <translation>
            <numerusform>Le contrôle avant envoi a trouvé %Ln erreur : %1.</numerusform>
            <numerusform>Le contrôle avant envoi a trouvé %Ln erreurs : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %Ln warning(s).</source>
        <translation>
            <numerusform>Le contrôle avant envoi a trouvé %Ln avertissement.</numerusform>
            <numerusform>Le contrôle avant envoi a trouvé %Ln avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preparation_panel.py" line="+77"/>
        <location line="+140"/>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+182"/>
        <location line="+10"/>
        <source>Stop preparation</source>
        <translation>Arrêter la préparation</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>À exclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation errors</source>
        <translation>Erreurs de personnalisation</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+171"/>
        <source>Preparation failed: %1</source>
        <translation>Échec de la préparation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Being prepared in another window or process.</source>
        <translation>En cours de préparation dans une autre fenêtre ou un autre processus.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Prepare the delivery “%1”? The target, the exclusions and every message are computed now; nothing is sent.</source>
        <translation>Préparer la diffusion «&#xa0;%1&#xa0;»&#xa0;? La cible, les exclusions et chaque message sont calculés maintenant&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the preparation…</source>
        <translation>Démarrage de la préparation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping the preparation…</source>
        <translation>Arrêt de la préparation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This delivery is being prepared elsewhere (another window, process or machine). Stop that preparation? Nothing it computed is kept.</source>
        <translation>Cette diffusion est en cours de préparation ailleurs (autre fenêtre, processus ou machine). Arrêter cette préparation&#xa0;? Rien de ce qu&apos;elle a calculé n&apos;est conservé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Targeting: selecting the audience and applying the rules…</source>
        <translation>Ciblage&#xa0;: sélection de l&apos;audience et application des règles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusions: duplicates, control group, target limit…</source>
        <translation>Exclusions&#xa0;: doublons, groupe de contrôle, limite de la cible…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalisation of the messages…</source>
        <translation>Personnalisation des messages…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the delivery logs…</source>
        <translation>Écriture des logs de diffusion…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preparation was stopped; nothing was kept.</source>
        <translation>La préparation a été arrêtée&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared: %1 messages to deliver, %2 excluded, %3 errors.</source>
        <translation>Préparée&#xa0;: %1 messages à envoyer, %2 exclus, %3 erreurs.</translation>
    </message>
</context>
<context>
    <name>ProofListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+47"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message>
        <location line="+25"/>
        <source>Proof target: a list, or up to %1 addresses</source>
        <translation>Cible des BAT&#xa0;: une liste, ou jusqu&apos;à %1 adresses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof list</source>
        <translation>Une liste de BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each address receives a proof</source>
        <translation>Chaque adresse reçoit un BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member of a list flagged as a proof target</source>
        <translation>Chaque membre d&apos;une liste marquée comme cible des BAT</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only an e-mail delivery has a proof target.</source>
        <translation>Seule une diffusion e-mail a une cible des BAT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proof list chosen: no proof can be sent.</source>
        <translation>Aucune liste de BAT choisie&#xa0;: aucun BAT ne peut être envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list is not flagged as a proof target.</source>
        <translation>Cette liste n&apos;est pas marquée comme cible des BAT.</translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation type="vanished">
            <numerusform>Un BAT part vers le %n membre de la liste.</numerusform>
            <numerusform>Un BAT part vers les %n membres de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address: no proof can be sent.</source>
        <translation>Aucune adresse&#xa0;: aucun BAT ne peut être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation type="vanished">
            <numerusform>%n adresse&#xa0;: une cible des BAT en compte %1 au plus.</numerusform>
            <numerusform>%n adresses&#xa0;: une cible des BAT en compte %1 au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Un BAT part vers %n adresse.</numerusform>
            <numerusform>Un BAT part vers %n adresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>A proof goes to the %Ln member(s) of the list.</source>
        <translation>
            <numerusform>Un BAT part vers le %Ln membre de la liste.</numerusform>
            <numerusform>Un BAT part vers les %Ln membres de la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%Ln adresse&#xa0;: une cible des BAT en compte %1 au plus.</numerusform>
            <numerusform>%Ln adresses&#xa0;: une cible des BAT en compte %1 au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %Ln address(es).</source>
        <translation>
            <numerusform>Un BAT part vers %Ln adresse.</numerusform>
            <numerusform>Un BAT part vers %Ln adresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proofs</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_model.py" line="+30"/>
        <source>Proof</source>
        <translation>BAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent: %1 of %2 accepted</source>
        <translation>Envoyé&#xa0;: %1 sur %2 acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly sent: %1 of %2 accepted</source>
        <translation>Envoyé en partie&#xa0;: %1 sur %2 acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1 of %2 accepted</source>
        <translation>Échec&#xa0;: %1 sur %2 acceptées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accepted</source>
        <translation>%1 sur %2 acceptées</translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+68"/>
        <location line="+95"/>
        <source>Send a proof</source>
        <translation>Envoyer un BAT</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+88"/>
        <source>Proofs</source>
        <translation>BAT</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No proof sent yet.</source>
        <translation>Aucun BAT envoyé pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation type="vanished">
            <numerusform>Cible des BAT&#xa0;: la liste «&#xa0;%1&#xa0;» (%n adresse)</numerusform>
            <numerusform>Cible des BAT&#xa0;: la liste «&#xa0;%1&#xa0;» (%n adresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="vanished">
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Proof target: %1</source>
        <translation>Cible des BAT&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proof target yet: choose a proof list or type proof addresses in the Properties tab.</source>
        <translation>Pas encore de cible des BAT&#xa0;: choisissez une liste de BAT ou saisissez des adresses de BAT dans l&apos;onglet Propriétés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending a proof needs the right %1.</source>
        <translation>L&apos;envoi d&apos;un BAT nécessite le droit %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a proof target first (Properties tab).</source>
        <translation>Définissez d&apos;abord une cible des BAT (onglet Propriétés).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof can be sent once the preparation has ended.</source>
        <translation>Un BAT peut être envoyé une fois la préparation terminée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proof is being sent.</source>
        <translation>Un BAT est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the message to every proof address now, marked as a proof.</source>
        <translation>Envoyer maintenant le message à chaque adresse de BAT, marqué comme BAT.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the proof…</source>
        <translation>Envoi du BAT…</translation>
    </message>
    <message numerus="yes">
        <source>Proof %1 sent to %n address(es).</source>
        <translation type="vanished">
            <numerusform>BAT %1 envoyé à %n adresse.</numerusform>
            <numerusform>BAT %1 envoyé à %n adresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation type="vanished">
            <numerusform>BAT %1&#xa0;: accepté par %2 sur %n adresse&#xa0;; la liste indique pourquoi pas par les autres.</numerusform>
            <numerusform>BAT %1&#xa0;: accepté par %2 sur %n adresses&#xa0;; la liste indique pourquoi pas par les autres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proof %1 failed: no address accepted it; the list says why.</source>
        <translation>Échec du BAT %1&#xa0;: aucune adresse ne l&apos;a accepté&#xa0;; la liste indique pourquoi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No proof was sent: %1</source>
        <translation>Aucun BAT n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Router proofs</source>
        <translation>BAT du routeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send router proof</source>
        <translation>Envoyer le BAT du routeur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The router&apos;s proof is sent once the file is extracted (and approved), while the delivery is To submit.</source>
        <translation>Le BAT du routeur s&apos;envoie une fois le fichier extrait (et validé), quand la diffusion est À soumettre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the router&apos;s notification to every proof address now, marked as a proof.</source>
        <translation>Envoyer maintenant la notification du routeur à chaque adresse de BAT, marquée comme BAT.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>Proof target: the list “%1” (%Ln address(es))</source>
        <translation>
            <numerusform>Cible des BAT&#xa0;: la liste «&#xa0;%1&#xa0;» (%Ln adresse)</numerusform>
            <numerusform>Cible des BAT&#xa0;: la liste «&#xa0;%1&#xa0;» (%Ln adresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Proof %1 sent to %Ln address(es).</source>
        <translation>
            <numerusform>BAT %1 envoyé à %Ln adresse.</numerusform>
            <numerusform>BAT %1 envoyé à %Ln adresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>BAT %1&#xa0;: accepté par %2 sur %Ln adresse&#xa0;; la liste indique pourquoi pas par les autres.</numerusform>
            <numerusform>BAT %1&#xa0;: accepté par %2 sur %Ln adresses&#xa0;; la liste indique pourquoi pas par les autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+22"/>
        <source>Address to quarantine</source>
        <translation>Adresse à mettre en quarantaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to quarantine</source>
        <translation>Mettre en quarantaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Remove from quarantine</source>
        <translation>Retirer de la quarantaine</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>You lack the right %1 to change the quarantine</source>
        <translation>Il vous manque le droit %1 pour modifier la quarantaine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take the selected address out of quarantine</source>
        <translation>Retirer l&apos;adresse sélectionnée de la quarantaine</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is in quarantine.</source>
        <translation>%1 est en quarantaine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is out of quarantine.</source>
        <translation>%1 n&apos;est plus en quarantaine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 out of quarantine? Its next deliveries will be sent to it.</source>
        <translation>Retirer %1 de la quarantaine&#xa0;? Les prochaines diffusions lui seront envoyées.</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <location filename="../../desktop/views/recipient_import_dialog.py" line="+75"/>
        <location line="+137"/>
        <location line="+180"/>
        <source>Import recipients</source>
        <translation>Importer des destinataires</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>Un fichier CSV en UTF-8 avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The first rows of the file:</source>
        <translation>Les premières lignes du fichier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each column becomes:</source>
        <translation>Ce que devient chaque colonne :</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+189"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export rejected lines...</source>
        <translation>&amp;Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;another file...</source>
        <translation>Importer un &amp;autre fichier…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rejected: %1</source>
        <translation>Rejetée : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignored: the console sets it</source>
        <translation>Ignorée : la console la renseigne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom field “%1”</source>
        <translation>Champ personnalisé « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing %1...</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file...</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping after the current batch...</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2 new, %3 updated, %4 rejected</source>
        <translation>Ligne %1 : %2 nouveaux, %3 mis à jour, %4 rejetées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An earlier import of this file (by %1) stopped at line %2, with %3 new, %4 updated and %5 rejected. Resume it after that line, or import the file from its first line?</source>
        <translation>Un import précédent de ce fichier (par %1) s&apos;est arrêté à la ligne %2, avec %3 nouveaux, %4 mis à jour et %5 rejetées. Le reprendre après cette ligne, ou importer le fichier depuis sa première ligne ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start over</source>
        <translation>Tout &amp;recommencer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1: %2.</source>
        <translation>%1 importé : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at line %6 by an error: %7. Until then: %2. Import %1 again to continue after that line.</source>
        <translation>Arrêté à la ligne %6 par une erreur : %7. Jusque-là : %2. Importez %1 à nouveau pour continuer après cette ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at line %6: %2 so far. Import %1 again to continue after that line.</source>
        <translation>Arrêté à la ligne %6 : %2 jusqu&apos;ici. Importez %1 à nouveau pour continuer après cette ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3, %4</source>
        <comment>the counts of an import, in this order</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new recipient(s)</source>
        <translation>
            <numerusform>%Ln nouveau destinataire</numerusform>
            <numerusform>%Ln nouveaux destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln line(s) exported</source>
        <translation>
            <numerusform>%Ln ligne exportée</numerusform>
            <numerusform>%Ln lignes exportées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The first %1 of %2 lines with something to say:</source>
        <translation>Les %1 premières des %2 lignes à signaler :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines with something to say:</source>
        <translation>Lignes à signaler :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every line was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line was rejected so far.</source>
        <translation>Aucune ligne rejetée jusqu&apos;ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(This import resumed an earlier one after line %1.)</source>
        <translation>(Cet import a repris un import précédent après la ligne %1.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writes every rejected line (line, reason, content) to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Écrit toutes les lignes rejetées (ligne, motif, contenu) dans un fichier CSV. Les valeurs qu&apos;un tableur exécuterait comme une formule (commençant par =, +, -, @, une tabulation ou un retour chariot) sont écrites précédées d&apos;une apostrophe, pour s&apos;ouvrir comme du texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You lack the right %1 to export</source>
        <translation>Le droit %1 est nécessaire pour exporter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the rejected lines</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting...</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+184"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… more: type in the search box</source>
        <translation>… et d&apos;autres&#xa0;: tapez dans la zone de recherche</translation>
    </message>
</context>
<context>
    <name>RelaySettingsForm</name>
    <message>
        <location filename="../../desktop/views/relay_settings_form.py" line="+58"/>
        <source>empty: the local outbox on this computer</source>
        <translation>vide&#xa0;: la boîte d&apos;envoi locale de cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>TLS (implicit, port 465)</source>
        <translation>TLS (implicite, port 465)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is not stored in the database: it is kept in %1 (readable by you only), or taken from the environment variable %2 when it is set.</source>
        <translation>Le mot de passe n&apos;est pas enregistré dans la base de données&#xa0;: il est conservé dans %1 (lisible par vous seul), ou lu dans la variable d&apos;environnement %2 si elle est définie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>unchanged (a password is set)</source>
        <translation>inchangé (un mot de passe est défini)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No host: messages go to the local outbox, which needs no test.</source>
        <translation>Aucun hôte&#xa0;: les messages vont dans la boîte d&apos;envoi locale, qui ne nécessite aucun test.</translation>
    </message>
    <message>
        <source>The relay %1 does not work: %2</source>
        <translation type="vanished">Le relais %1 ne fonctionne pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>The relay %1 answers.</source>
        <translation type="vanished">Le relais %1 répond.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>empty: this computer&apos;s fully qualified name, else the sender&apos;s domain</source>
        <translation>vide : le nom complet de cet ordinateur, sinon le domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>vide : les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for a relay whose certificate a private authority signed</source>
        <translation>Un fichier PEM d&apos;autorités de certification approuvées en plus de celles du système, pour un relais dont le certificat a été signé par une autorité privée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay %1 works: a send can use it.</source>
        <translation>Le relais %1 fonctionne : un envoi peut l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay %1 does not work yet:</source>
        <translation>Le relais %1 ne fonctionne pas encore :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender (MAIL FROM)</source>
        <translation>Expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Read only: only administrators change the relay.</source>
        <translation>Lecture seule : seuls les administrateurs modifient le relais.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>set</source>
        <translation>défini</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/views/review_words.py" line="+28"/>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Fichier d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>BAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an operator since deleted</source>
        <translation>un opérateur supprimé depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2</source>
        <translation>Validé par %1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected by %1 on %2</source>
        <translation>Refusé par %1 le %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its owner %1</source>
        <translation>son propriétaire %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only %1 may approve or reject this step.</source>
        <translation>Seuls peuvent valider ou refuser cette étape&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a proof first: the proofs step is decided on a proof sent since the preparation.</source>
        <translation>Envoyez d&apos;abord un BAT : l&apos;étape des BAT se décide sur un BAT envoyé depuis la préparation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 may confirm this delivery.</source>
        <translation>Seuls peuvent confirmer cette diffusion&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+102"/>
        <source>Review</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No approval is asked for this delivery.</source>
        <translation>Aucune validation n&apos;est demandée pour cette diffusion.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval.</source>
        <translation type="vanished">
            <numerusform>%n étape attend votre validation.</numerusform>
            <numerusform>%n étapes attendent votre validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation type="vanished">
            <numerusform>%n étape attend la validation de ses validants.</numerusform>
            <numerusform>%n étapes attendent la validation de leurs validants.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected: the delivery went back to Being edited.</source>
        <translation>Refusé&#xa0;: la diffusion est repassée à l&apos;état En cours d&apos;édition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step asked was approved.</source>
        <translation>Toutes les étapes demandées ont été validées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewers</source>
        <translation>Validants</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved.</source>
        <translation>Validé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owner is told why.</source>
        <translation>Refusé&#xa0;: le propriétaire est informé du motif.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>À exclure</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excluded by cause: %1</source>
        <translation>Exclus par motif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody was excluded.</source>
        <translation>Personne n&apos;a été exclu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last proof: none sent yet.</source>
        <translation>Dernier BAT&#xa0;: aucun envoyé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last proof: #%1, sent %2 by %3 to %4 (%5)</source>
        <translation>Dernier BAT&#xa0;: n° %1, envoyé le %2 par %3 à %4 (%5)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Rejected: the delivery went back to %1.</source>
        <translation>Refusé : la diffusion est revenue à l&apos;état %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Approve file</source>
        <translation>Valider le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject file</source>
        <translation>Refuser le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Extraction file %1: the first of its %2 rows</source>
        <translation>Fichier d&apos;extraction %1 : les premières de ses %2 lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file: %1</source>
        <translation>Fichier d&apos;extraction : %1</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>%Ln step(s) wait for your approval.</source>
        <translation>
            <numerusform>%Ln étape attend votre validation.</numerusform>
            <numerusform>%Ln étapes attendent votre validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%Ln étape attend la validation de ses validants.</numerusform>
            <numerusform>%Ln étapes attendent la validation de leurs validants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_dialog.py" line="+130"/>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Validant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no operator or group to choose.</source>
        <translation>Aucun opérateur ni groupe à choisir.</translation>
    </message>
</context>
<context>
    <name>ReviewerPicker</name>
    <message>
        <location line="-73"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>ReviewerTable</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_table.py" line="+227"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a reviewer (Insert)</source>
        <translation>Désigner un validant (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected reviewer (Enter)</source>
        <translation>Modifier le validant sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected reviewer (Delete)</source>
        <translation>Retirer le validant sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add a reviewer</source>
        <translation>Ajouter un validant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a reviewer</source>
        <translation>Modifier un validant</translation>
    </message>
</context>
<context>
    <name>ReviewerTableModel</name>
    <message>
        <location line="-193"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Validant</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateButton</name>
    <message>
        <location filename="../../desktop/views/dashboard/save_as_template_button.py" line="+29"/>
        <source>Save as template...</source>
        <translation>Enregistrer comme modèle...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A delivery template with everything of this delivery but its audience and schedule (Resources &gt; Templates)</source>
        <translation>Un modèle de diffusion avec tout ce que contient cette diffusion, sauf son audience et sa planification (Ressources &gt; Modèles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create a template</source>
        <translation>Il vous manque le droit %1 pour créer un modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new template:</source>
        <translation>Nom du nouveau modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as the template “%1”.</source>
        <translation>Enregistré comme modèle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SendProgressBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/send_progress_bar.py" line="+122"/>
        <source>Not prepared yet: nothing to send.</source>
        <translation>Pas encore préparée : rien à envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 delivered</source>
        <translation>%1 diffusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cancelled</source>
        <translation>%1 annulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to send</source>
        <translation>%1 à envoyer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 messages to deliver</source>
        <translation>%1 sur %2 messages à envoyer</translation>
    </message>
</context>
<context>
    <name>SendingPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/sending_panel.py" line="+96"/>
        <location line="+173"/>
        <location line="+40"/>
        <location line="+66"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%v of %m messages processed</source>
        <translation type="vanished">%v messages traités sur %m</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="vanished">Ciblés</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation type="vanished">À envoyer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delivered</source>
        <translation>Diffusés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of targeted</source>
        <translation>des ciblés</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of delivered</source>
        <translation>des diffusés</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of to deliver</source>
        <translation>des messages à envoyer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Hard bounces</source>
        <translation>Rebonds définitifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bounces</source>
        <translation>Rebonds temporaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscriptions</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All opens</source>
        <translation>Total des ouvertures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clicks</source>
        <translation>Total des clics</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Continue sending</source>
        <translation>Continuer l&apos;envoi</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>Confirm delivery</source>
        <translation>Confirmer l&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation type="vanished">
            <numerusform>Envoyer cette diffusion maintenant à %n destinataire&#xa0;?</numerusform>
            <numerusform>Envoyer cette diffusion maintenant à %n destinataires&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop delivery</source>
        <translation>Arrêter la diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this delivery for good? Messages not sent yet are cancelled.</source>
        <translation>Arrêter définitivement cette diffusion&#xa0;? Les messages non encore envoyés sont annulés.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Pre-flight check</source>
        <translation>Contrôle avant envoi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take out of quarantine every address this delivery&apos;s hard bounces put there (when they were the relay&apos;s refusals, not the recipients&apos;)</source>
        <translation>Sortir de quarantaine toutes les adresses que les rebonds définitifs de cette diffusion y ont mises (quand c&apos;étaient des refus du relais, pas des destinataires)</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Release quarantined addresses</source>
        <translation>Libérer les adresses en quarantaine</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation type="vanished">
            <numerusform>Sortir de quarantaine l&apos;adresse que cette diffusion y a mise (%n) ? Les adresses mises en quarantaine à la main ou par d&apos;autres diffusions y restent.</numerusform>
            <numerusform>Sortir de quarantaine les %n adresses que cette diffusion y a mises ? Les adresses mises en quarantaine à la main ou par d&apos;autres diffusions y restent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released from quarantine.</source>
        <translation type="vanished">
            <numerusform>%n adresse sortie de quarantaine.</numerusform>
            <numerusform>%n adresses sorties de quarantaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n quarantined address(es)</source>
        <translation type="vanished">
            <numerusform>Libérer %n adresse en quarantaine</numerusform>
            <numerusform>Libérer %n adresses en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Take the %Ln address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>Sortir de quarantaine l&apos;adresse que cette diffusion y a mise (%Ln) ? Les adresses mises en quarantaine à la main ou par d&apos;autres diffusions y restent.</numerusform>
            <numerusform>Sortir de quarantaine les %Ln adresses que cette diffusion y a mises ? Les adresses mises en quarantaine à la main ou par d&apos;autres diffusions y restent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln address(es) released from quarantine.</source>
        <translation>
            <numerusform>%Ln adresse sortie de quarantaine.</numerusform>
            <numerusform>%Ln adresses sorties de quarantaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>Release %Ln quarantined address(es)</source>
        <translation>
            <numerusform>Libérer %Ln adresse en quarantaine</numerusform>
            <numerusform>Libérer %Ln adresses en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Send this delivery now to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Envoyer cette diffusion maintenant à %Ln destinataire&#xa0;?</numerusform>
            <numerusform>Envoyer cette diffusion maintenant à %Ln destinataires&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTools</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="+273"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulate audience (simulation)…</source>
        <translation>Simuler l&apos;audience (simulation)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A demonstration: simulated readers open and click</source>
        <translation>Une démonstration&#xa0;: des lecteurs simulés ouvrent et cliquent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP &amp;relay settings…</source>
        <translation>Paramètres du &amp;relais SMTP…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="+35"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default: a file in your data folder</source>
        <translation>par défaut&#xa0;: fichier du dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLAlchemy URL, e.g. postgresql+psycopg://user@host/console</source>
        <translation>Une URL SQLAlchemy, par exemple postgresql+psycopg://user@host/console</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes apply the next time Campaign Console starts.</source>
        <translation>Les modifications s&apos;appliquent au prochain démarrage de Campaign Console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The settings file would keep this password in clear: remove it from the URL and set PGPASSWORD, or write it in ~/.pgpass (or the file PGPASSFILE names), readable by you only.</source>
        <translation>Le fichier de paramètres conserverait ce mot de passe en clair : retirez-le de l&apos;URL et définissez PGPASSWORD, ou écrivez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>SimulateAudienceDialog</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="-206"/>
        <source>Simulate audience (simulation)</source>
        <translation>Simuler l&apos;audience (simulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This is a simulation for demonstrations.&lt;/b&gt; It reads messages from the local outbox and requests their open pixel and some of their links over HTTP, as readers would, so opens and clicks go through the real tracking server and the dashboard&apos;s charts move.</source>
        <translation>&lt;b&gt;Ceci est une simulation destinée aux démonstrations.&lt;/b&gt; Elle lit les messages de la boîte d&apos;envoi locale et demande leur pixel d&apos;ouverture et certains de leurs liens en HTTP, comme le feraient des lecteurs&#xa0;: les ouvertures et les clics passent par le vrai serveur de tracking et les graphiques du tableau de bord évoluent.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers who open</source>
        <translation>Lecteurs qui ouvrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openers who click</source>
        <translation>Ouvreurs qui cliquent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read at most</source>
        <translation>Messages lus au maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread over</source>
        <translation>Répartis sur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simulated readers at work…</source>
        <translation>Lecteurs simulés à l&apos;œuvre…</translation>
    </message>
    <message>
        <source>Simulation done: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation type="vanished">Simulation terminée&#xa0;: %1 ouvertures, %2 clics, %3 désinscriptions sur %4 messages.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>#%1 %2 (%Ln message(s))</source>
        <translation>
            <numerusform>n°%1 %2 (%Ln message)</numerusform>
            <numerusform>n°%1 %2 (%Ln messages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message in the outbox yet</source>
        <translation>Aucun message dans la boîte d&apos;envoi pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Simulation done on delivery #%5: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation>Simulation terminée sur la diffusion n°%5 : %1 ouvertures, %2 clics, %3 désinscriptions sur %4 messages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate again</source>
        <translation>Simuler à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SimulationWorker</name>
    <message>
        <location filename="../../desktop/workers/simulation_worker.py" line="+51"/>
        <source>The simulation was stopped.</source>
        <translation>La simulation a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../desktop/views/forms/stock_form.py" line="+23"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
</context>
<context>
    <name>StockLevelChart</name>
    <message>
        <location filename="../../desktop/views/forms/stock_level_chart.py" line="+44"/>
        <source>units in stock</source>
        <translation>unités en stock</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stock line</source>
        <translation>Ligne de stock</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This stock has no line yet.</source>
        <translation>Ce stock n&apos;a encore aucune ligne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In stock %1, alert level %2, consumed %3, ordered %4.</source>
        <translation>En stock %1, seuil d&apos;alerte %2, consommé %3, commandé %4.</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../desktop/views/template_actions.py" line="+28"/>
        <source>New delivery from &amp;template...</source>
        <translation>Nouvelle diffusion à partir d&apos;un &amp;modèle...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new delivery from a delivery template</source>
        <translation>Une nouvelle diffusion à partir d&apos;un modèle de diffusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>Il vous manque le droit %1 pour créer une diffusion</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-340"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="vanished">nom@example.com, autre@example.com</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>first, second, third</source>
        <translation>premier, deuxième, troisième</translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../desktop/views/unreachable_banner.py" line="+40"/>
        <source>The database is unreachable: trying again…</source>
        <translation>La base de données est injoignable : nouvel essai en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1. What you typed stays; saving waits until it is back.</source>
        <translation>Raison : %1. Ce que vous avez saisi est conservé ; l’enregistrement attendra son retour.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../desktop/views/unsaved_changes.py" line="+72"/>
        <source>%1 has unsaved changes.</source>
        <translation>%1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These forms have unsaved changes:
%1</source>
        <translation>Ces formulaires ont des modifications non enregistrées :
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../desktop/views/display_values.py" line="+23"/>
        <source>Being edited</source>
        <translation>En cours d&apos;édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Préparation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending confirmation</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed</source>
        <translation>Échec de la préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending extraction</source>
        <translation>En attente d&apos;extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to approve</source>
        <translation>Fichier à valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To submit</source>
        <translation>À soumettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs to validate</source>
        <translation>BAT à valider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-47"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare deliveries</source>
        <translation>Préparer les diffusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start deliveries</source>
        <translation>Démarrer les diffusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject not empty</source>
        <translation>Objet renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender set</source>
        <translation>Expéditeur défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>Lien de désinscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Taille du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Taille de la cible des BAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before targeting</source>
        <translation>Avant le ciblage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After targeting</source>
        <translation>Après le ciblage</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Postage</source>
        <translation>Affranchissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear by threshold</source>
        <translation>Linéaire par seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant by threshold</source>
        <translation>Constant par seuil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enough text</source>
        <translation>Texte suffisant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable tracking links</source>
        <translation>Liens de tracking accessibles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/display_values.py" line="-34"/>
        <source>Ready for hand-off</source>
        <translation>Prêt à remettre</translation>
    </message>
</context>
</TS>
