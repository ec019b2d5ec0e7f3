<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+564"/>
        <source>name@example.com
other@example.com
(one per line, or separated by commas)</source>
        <translation>naam@example.com
ander@example.com
(één per regel, of gescheiden door komma&apos;s)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+75"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/embedded_services_starter.py" line="+39"/>
        <source>Not started: %1</source>
        <translation>Niet gestart: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsEditor</name>
    <message>
        <location filename="../../desktop/views/forms/approval_settings_editor.py" line="+102"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Goedkeuringen van de campagne overschrijven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps apply from the next preparation; reviewers count at once, for the approvals already pending too.</source>
        <translation>De stappen gelden vanaf de volgende voorbereiding; beoordelaars tellen meteen, ook voor goedkeuringen die al wachten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approval reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step&apos;s reviewers, named for it or for every step, may approve it; with nobody named for a step, the campaign owner does. Administrators always may.</source>
        <translation>De beoordelaars van een stap, aangewezen voor die stap of voor alle stappen, mogen hem goedkeuren; is niemand aangewezen, dan doet de eigenaar van de campagne het. Beheerders mogen het altijd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation reviewers</source>
        <translation>Beoordelaars voor bevestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may confirm the send. With nobody named, the campaign owner; otherwise those named, and the owner too when the option NmsCampaign_Activate_OwnerConfirmation is 1. Administrators always may.</source>
        <translation>Wie de verzending mag bevestigen. Is niemand aangewezen, de eigenaar van de campagne; anders de aangewezen personen, en ook de eigenaar als de optie NmsCampaign_Activate_OwnerConfirmation 1 is. Beheerders mogen het altijd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps that need approval</source>
        <translation>Stappen die goedkeuring vereisen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients a preparation targeted</source>
        <translation>De ontvangers die een voorbereiding heeft geselecteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved together with the targeting: tick Targeting to ask for it</source>
        <translation>Wordt samen met de targeting goedgekeurd: vink Targeting aan om het te vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message: subject, sender and content</source>
        <translation>Het bericht: onderwerp, afzender en inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail: the extraction file</source>
        <translation>Direct mail: het extractiebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: a proof sent since the preparation</source>
        <translation>E-mail: een proef verzonden sinds de voorbereiding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (with the targeting)</source>
        <translation>%1 (met de targeting)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Every delivery of this campaign follows these settings, unless it overrides them.</source>
        <translation>Elke levering van deze campagne volgt deze instellingen, tenzij ze die overschrijft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery has no campaign: its own approval settings apply.</source>
        <translation>Deze levering heeft geen campagne: haar eigen goedkeuringsinstellingen gelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery follows the approval settings of its campaign “%1”, shown greyed. Override them to set its own.</source>
        <translation>Deze levering volgt de goedkeuringsinstellingen van haar campagne ‘%1’, grijs weergegeven. Overschrijf ze om eigen instellingen te kiezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This delivery&apos;s own approval settings apply, not those of its campaign “%1”.</source>
        <translation>De eigen goedkeuringsinstellingen van deze levering gelden, niet die van haar campagne ‘%1’.</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsLine</name>
    <message>
        <location filename="../../desktop/views/dashboard/approval_settings_line.py" line="+58"/>
        <source>%1 (%2 only)</source>
        <translation>%1 (alleen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s settings</source>
        <translation>instellingen van de campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this delivery&apos;s own settings</source>
        <translation>eigen instellingen van deze levering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval asked</source>
        <translation>Geen goedkeuring gevraagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of %1</source>
        <translation>Goedkeuring van %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none named, the owner reviews</source>
        <translation>niemand aangewezen, de eigenaar beoordeelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none named, the owner confirms</source>
        <translation>niemand aangewezen, de eigenaar bevestigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewers: %1</source>
        <translation>beoordelaars: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation: %1</source>
        <translation>bevestiging: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalWords</name>
    <message>
        <location filename="../../desktop/views/forms/approval_words.py" line="+13"/>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Extractiebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Proeven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every step</source>
        <translation>Alle stappen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../desktop/views/audit_trail_model.py" line="+28"/>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Naar status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Step approved</source>
        <translation>Stap goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step rejected</source>
        <translation>Stap afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval settings changed</source>
        <translation>Goedkeuringsinstellingen gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof sent</source>
        <translation>Proef verzonden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation reviewers</source>
        <translation>Beoordelaars voor bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly sent</source>
        <translation>gedeeltelijk verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../desktop/views/forms/budget_tab.py" line="+64"/>
        <source>Calculated</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget against costs</source>
        <translation>Budget tegenover kosten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No budget is assigned to this campaign: choose one in General. Its costs are below.</source>
        <translation>Aan deze campagne is geen budget toegewezen: kies er een onder Algemeen. De kosten staan hieronder.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign(s)).</source>
        <translation>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: toegewezen &lt;b&gt;%2&lt;/b&gt;; daartegenover: berekend %3, vastgelegd %4, werkelijk %5 (de %n campagne).</numerusform>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: toegewezen &lt;b&gt;%2&lt;/b&gt;; daartegenover: berekend %3, vastgelegd %4, werkelijk %5 (de %n campagnes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget by %1.</source>
        <translation>Budget overschreden met %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Allocated</source>
        <translation>Toegewezen</translation>
    </message>
</context>
<context>
    <name>CampaignDeliveriesPanel</name>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+137"/>
        <source>Add a delivery...</source>
        <translation>Levering toevoegen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new delivery of this campaign, from a delivery template</source>
        <translation>Een nieuwe levering van deze campagne, op basis van een leveringssjabloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>U mist het recht %1 om een levering te maken</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln levering</numerusform>
            <numerusform>%Ln leveringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="vanished">
            <numerusform>%n levering</numerusform>
            <numerusform>%n leveringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/views/forms/campaign_form.py" line="+46"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../desktop/views/forms/child_table.py" line="+85"/>
        <source>Save this object first to add to it.</source>
        <translation>Sla dit object eerst op om er iets aan toe te voegen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+17"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove the selected row? This cannot be undone.</source>
        <translation>De geselecteerde rij verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <location filename="../../desktop/views/forms/condition_builder.py" line="+45"/>
        <location filename="../../desktop/views/forms/field_picker.py" line="+23"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Op bloklijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>equals</source>
        <translation>is gelijk aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>is kleiner dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>is hoogstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>is groter dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>is minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>begint met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>is een van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of these (AND)</source>
        <translation>Al deze (EN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these (OR)</source>
        <translation>Een van deze (OF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of these (NOT)</source>
        <translation>Geen van deze (NIET)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Custom field…</source>
        <translation>Aangepast veld…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom field name</source>
        <translation>naam van aangepast veld</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>true</source>
        <translation>waar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>onwaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>Deze voorwaarde verwijderen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>values, separated by commas</source>
        <translation>waarden, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add condition</source>
        <translation>Voorwaarde toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this group</source>
        <translation>Deze groep verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No condition: every recipient is selected.</source>
        <translation>Geen voorwaarde: alle ontvangers worden geselecteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty group.</source>
        <translation>Lege groep.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Count</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the recipients this condition selects</source>
        <translation>De ontvangers tellen die deze voorwaarde selecteert</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fix the condition first.</source>
        <translation>Corrigeer eerst de voorwaarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) match</source>
        <translation type="vanished">
            <numerusform>%n ontvanger komt overeen</numerusform>
            <numerusform>%n ontvangers komen overeen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln recipient(s) match</source>
        <translation>
            <numerusform>%Ln ontvanger komt overeen</numerusform>
            <numerusform>%Ln ontvangers komen overeen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/cost_panel.py" line="+37"/>
        <source>Over budget: %1 allocates %2, its campaigns&apos; calculated cost is %3 (%4 over).</source>
        <translation>Budget overschreden: %1 wijst %2 toe, de berekende kosten van de campagnes zijn %3 (%4 te veel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock %1: %2 holds %3 units, below its alert level of %4.</source>
        <translation>Voorraad %1: %2 bevat %3 eenheden, onder het waarschuwingsniveau van %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extracting would take %1 below zero: %2 units in stock for %3.</source>
        <translation>De extractie zou %1 onder nul brengen: %2 eenheden op voorraad voor %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;Calculated cost&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Berekende kosten&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>committed %1, real %2</source>
        <translation>vastgelegd %1, werkelijk %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../desktop/views/first_start_dialog.py" line="+129"/>
        <source>Your operators</source>
        <translation>Uw operators</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was created. These are the operators and their passwords. &lt;b&gt;They are shown only this once&lt;/b&gt;: write them down or copy them now.</source>
        <translation>De database is aangemaakt. Dit zijn de operators en hun wachtwoorden. &lt;b&gt;Ze worden maar één keer getoond&lt;/b&gt;: noteer of kopieer ze nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo data could not be created: %1</source>
        <translation>De demogegevens konden niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-373"/>
        <source>Set a date</source>
        <translation>Datum instellen</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/views/step_decision.py" line="+70"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this step?</source>
        <translation>Deze stap goedkeuren?</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n steps?</source>
        <translation type="vanished">
            <numerusform>%n stap goedkeuren?</numerusform>
            <numerusform>Deze %n stappen goedkeuren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject this step? The delivery goes back to Being edited and its owner is told why.</source>
        <translation>Deze stap afwijzen? De levering gaat terug naar In bewerking en de eigenaar hoort waarom.</translation>
    </message>
    <message numerus="yes">
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation type="vanished">
            <numerusform>%n stap afwijzen? De levering gaat terug naar In bewerking en de eigenaar hoort waarom.</numerusform>
            <numerusform>Deze %n stappen afwijzen? De leveringen gaan terug naar In bewerking en de eigenaars horen waarom.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it rejected? Required: the owner reads it.</source>
        <translation>Waarom wordt het afgewezen? Verplicht: de eigenaar leest het.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reject this step? The delivery goes back to %1 and its owner is told why.</source>
        <translation>Deze stap afwijzen? De levering gaat terug naar %1 en de eigenaar hoort waarom.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Approve these %Ln steps?</source>
        <translation>
            <numerusform>%Ln stap goedkeuren?</numerusform>
            <numerusform>Deze %Ln stappen goedkeuren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</source>
        <translation><numerusform>%Ln stap afwijzen? De levering gaat terug naar de status ernaast en de eigenaar hoort waarom.</numerusform><numerusform>Deze %Ln stappen afwijzen? Elke levering gaat terug naar de status ernaast en de eigenaar hoort waarom.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</source>
        <translation><numerusform>%Ln stap afwijzen? De levering gaat terug naar %1 en de eigenaar hoort waarom.</numerusform><numerusform>Deze %Ln stappen afwijzen? De leveringen gaan terug naar %1 en de eigenaars horen waarom.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>%Ln stap afwijzen? De levering gaat terug naar In bewerking en de eigenaar hoort waarom.</numerusform>
            <numerusform>Deze %Ln stappen afwijzen? De leveringen gaan terug naar In bewerking en de eigenaars horen waarom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard/delivery_dashboard.py" line="+130"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>The delivery&apos;s form is not available.</source>
        <translation type="vanished">Het formulier van de levering is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This delivery no longer exists.</source>
        <translation>Deze levering bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_form.py" line="+84"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipients matching a filter</source>
        <translation>Ontvangers die aan een filter voldoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients of a list</source>
        <translation>Ontvangers van een lijst</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This delivery is %1: it can no longer be edited.</source>
        <translation>Deze levering heeft de status %1: ze kan niet meer worden bewerkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the audience, content, schedule or typology sends this delivery back to Being edited: it will have to be prepared again.</source>
        <translation>Als u het publiek, de inhoud, de planning of de typologie wijzigt, gaat deze levering terug naar In bewerking: ze moet opnieuw worden voorbereid.</translation>
    </message>
</context>
<context>
    <name>DeliveryTemplateForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_template_form.py" line="+59"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Proeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Doorvoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
</context>
<context>
    <name>DirectMailPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/direct_mail_panel.py" line="+79"/>
        <source>Direct mail</source>
        <translation>Direct mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+216"/>
        <location line="+70"/>
        <source>Extract</source>
        <translation>Extraheren</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Stop extraction</source>
        <translation>Extractie stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send router proof</source>
        <translation>Proef voor de router verzenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit proofs</source>
        <translation>Proeven indienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+318"/>
        <source>Back to extraction</source>
        <translation>Terug naar extractie</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+351"/>
        <source>Hand off</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+242"/>
        <source>Import results</source>
        <translation>Resultaten importeren</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extracted rows</source>
        <translation>Geëxtraheerde regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculated cost</source>
        <translation>Berekende kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real cost</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No extraction file yet. Provider: %1.</source>
        <translation>Nog geen extractiebestand. Dienstverlener: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extraction file: %1 (%2 rows), written by %3 on %4.</source>
        <translation>Extractiebestand: %1 (%2 regels), geschreven door %3 op %4.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calculated cost by category: %1.</source>
        <translation>Berekende kosten per categorie: %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Handed off by %1 on %2: copied to %3, notification to %4.</source>
        <translation>Overgedragen door %1 op %2: gekopieerd naar %3, melding aan %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the provider&apos;s results file: Import results.</source>
        <translation>Wacht op het resultatenbestand van de dienstverlener: Resultaten importeren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results imported on %1: %2 sent, %3 failed.</source>
        <translation>Resultaten geïmporteerd op %1: %2 verzonden, %3 mislukt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This needs the right PREPARE DELIVERIES.</source>
        <translation>Hiervoor is het recht PREPARE DELIVERIES nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract again</source>
        <translation>Opnieuw extraheren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This needs the right PREPARE DELIVERIES, or to review the waiting step.</source>
        <translation>Hiervoor is het recht PREPARE DELIVERIES nodig, of de wachtende stap beoordelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 may hand it off.</source>
        <translation>Alleen %1 mag deze overdragen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Write the extraction file of %n recipient(s) to %1?</source>
        <translation>
            <numerusform>Het extractiebestand van %n ontvanger naar %1 schrijven?</numerusform>
            <numerusform>Het extractiebestand van %n ontvangers naar %1 schrijven?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculated cost: %1.</source>
        <translation>Berekende kosten: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: this extraction takes stock below zero:
%1

Extract anyway?</source>
        <translation>Waarschuwing: deze extractie brengt de voorraad onder nul:
%1

Toch extraheren?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the router proof…</source>
        <translation>Proef voor de router wordt verzonden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Submit the proofs once they look right.</source>
        <translation>%1 Dien de proeven in zodra ze goed zijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proofs submitted: they wait for their reviewers.</source>
        <translation>Proeven ingediend: ze wachten op hun beoordelaars.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back to extraction? The decisions about this file are withdrawn; extract again to go on.</source>
        <translation>Terug naar extractie? De beslissingen over dit bestand worden ingetrokken; extraheer opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to extraction: extract again to go on.</source>
        <translation>Terug naar extractie: extraheer opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand the file off to %1? It is copied to %2 and the router %3 is e-mailed.</source>
        <translation>Het bestand overdragen aan %1? Het wordt gekopieerd naar %2 en de router %3 krijgt een e-mail.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Writing the extraction file: %v of %m rows</source>
        <translation>Extractiebestand schrijven: %v van %m regels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handing off the file…</source>
        <translation>Bestand overdragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the results…</source>
        <translation>Resultaten importeren…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Extracted: %n row(s) written to %1.</source>
        <translation>
            <numerusform>Geëxtraheerd: %n regel geschreven naar %1.</numerusform>
            <numerusform>Geëxtraheerd: %n regels geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed off: the file is in %1 and the router was e-mailed.</source>
        <translation>Overgedragen: het bestand staat in %1 en de router heeft een e-mail gekregen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results imported: %1 sent, %2 failed.</source>
        <translation>Resultaten geïmporteerd: %1 verzonden, %2 mislukt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The extraction was stopped; no file was written.</source>
        <translation>De extractie is gestopt; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../desktop/views/forms/entity_form.py" line="+259"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes and show the stored values</source>
        <translation>Wijzigingen negeren en de opgeslagen waarden tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Read only: editing needs the right %1.</source>
        <translation>Alleen-lezen: bewerken vereist het recht %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No changes to save.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database refused the change: %1</source>
        <translation>De database heeft de wijziging geweigerd: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 was deleted elsewhere; it can no longer be saved</source>
        <translation>%1 %2 is elders verwijderd; het kan niet meer worden opgeslagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1 “%2”? This cannot be undone.</source>
        <translation>“%2” (%1) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the object as saved by the other operator; your changes are dropped</source>
        <translation>Het object tonen zoals de andere operator het heeft opgeslagen; uw wijzigingen vervallen</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>another operator</source>
        <translation>een andere operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3 at %4; reload it to see the changes</source>
        <translation>%1 %2 is gewijzigd door %3 om %4; laad het opnieuw om de wijzigingen te zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3; reload it to see the changes</source>
        <translation>%1 %2 is gewijzigd door %3; laad het opnieuw om de wijzigingen te zien</translation>
    </message>
</context>
<context>
    <name>EntityKinds</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+27"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>Budgetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Leveringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator group</source>
        <translation>Operatorgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator groups</source>
        <translation>Operatorgroepen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Typology rule</source>
        <translation>Typologieregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rules</source>
        <translation>Typologieregels</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typologies</source>
        <translation>Typologieën</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers</source>
        <translation>Dienstverleners</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cost structures</source>
        <translation>Kostenstructuren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cost structure</source>
        <translation>Kostenstructuur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocks</source>
        <translation>Voorraden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock lines</source>
        <translation>Voorraadregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>Voorraadregel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Delivery template</source>
        <translation>Leveringssjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery templates</source>
        <translation>Leveringssjablonen</translation>
    </message>
</context>
<context>
    <name>ExclusionCauses</name>
    <message>
        <location filename="../../desktop/views/exclusion_words.py" line="+12"/>
        <source>Address not specified</source>
        <translation>Adres niet opgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>Ongeldig adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Op bloklijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address in quarantine</source>
        <translation>Adres in quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rule</source>
        <translation>Typologieregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure rule</source>
        <translation>Drukregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>Controlegroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limited in size</source>
        <translation>Doelgroep beperkt in omvang</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation type="vanished">Geen postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation error</source>
        <translation>Personalisatiefout</translation>
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
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ExclusionsChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/exclusions_chart.py" line="+25"/>
        <source>Exclusions by cause</source>
        <translation>Uitsluitingen per oorzaak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exclusion to show.</source>
        <translation>Geen uitsluitingen om te tonen.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/views/forms/field_picker.py" line="+16"/>
        <source>Insert a field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserts a recipient&apos;s, the delivery&apos;s or the campaign&apos;s field where you type</source>
        <translation>Voegt een veld van de ontvanger, de levering of de campagne in waar u typt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe link</source>
        <translation>Afmeldlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror page link</source>
        <translation>Link naar de spiegelpagina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+89"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+38"/>
        <location filename="../../desktop/views/translatable_data.py" line="+95"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-131"/>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="-71"/>
        <source>Label</source>
        <translation>Label</translation>
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
        <translation>Waarde</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-25"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allocated</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation type="vanished">Berekend</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="vanished">Vastgelegd</translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="vanished">Werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve targeting</source>
        <translation>Targeting goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve content</source>
        <translation>Inhoud goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve budget</source>
        <translation>Budget goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve extraction file</source>
        <translation>Extractiebestand goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve proofs</source>
        <translation>Proeven goedkeuren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Adres afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to address</source>
        <translation>Antwoordadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML content</source>
        <translation>HTML-inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text content</source>
        <translation>Tekstinhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience filter</source>
        <translation>Publieksfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter and no list: every recipient</source>
        <translation>geen filter en geen lijst: alle ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience list</source>
        <translation>Publiekslijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target</source>
        <translation>Proefdoelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list flagged as a proof target; or proof addresses</source>
        <translation>een lijst gemarkeerd als proefdoelgroep; of proefadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof addresses</source>
        <translation>Proefadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 100, separated by commas; or a proof target list</source>
        <translation>maximaal 100, gescheiden door komma&apos;s; of een proefdoelgroeplijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date</source>
        <translation>Contactdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a confirmed delivery starts by itself at this date</source>
        <translation>een bevestigde levering start vanzelf op deze datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period (seconds)</source>
        <translation>Geldigheidsduur (seconden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the option NmsBroadcast_MsgValidityDuration</source>
        <translation>leeg: de optie NmsBroadcast_MsgValidityDuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel connections</source>
        <translation>Parallelle verbindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per connection</source>
        <translation>Berichten per verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour</source>
        <translation>Berichten per uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour per domain</source>
        <translation>Berichten per uur per domein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group (%)</source>
        <translation>Controlegroep (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limit</source>
        <translation>Doelgroeplimiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no limit</source>
        <translation>leeg: geen limiet</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provider</source>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>direct mail: the router that prints and posts</source>
        <translation>direct mail: de router die drukt en verstuurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Goedkeuringen van de campagne overschrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set</source>
        <translation>gebruikt als Goedkeuringen overschrijven is ingeschakeld</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+3"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>To deliver</source>
        <translation>Om te leveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+11"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two letters, such as FR</source>
        <translation>twee letters, bijvoorbeeld NL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>Op bloklijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Aangepaste velden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object, such as {&quot;tier&quot;: &quot;gold&quot;}; filters use custom.NAME</source>
        <translation>een JSON-object, bijvoorbeeld {&quot;tier&quot;: &quot;gold&quot;}; filters gebruiken custom.NAAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of at most 100 addresses that receive proofs</source>
        <translation>een lijst van maximaal 100 adressen die proeven ontvangen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>used to log in</source>
        <translation>gebruikt om in te loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en fr sv nl zh_TW</source>
        <translation>en fr sv nl zh_TW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a new operator; at least 8 characters; empty keeps the current one</source>
        <translation>verplicht voor een nieuwe operator; minstens 8 tekens; leeg laat het huidige ongewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower runs first among rules of the same type</source>
        <translation>laagste wordt eerst uitgevoerd binnen regels van hetzelfde type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtering: recipients matching it are excluded</source>
        <translation>filtering: ontvangers die eraan voldoen worden uitgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum messages</source>
        <translation>Maximumaantal berichten</translation>
    </message>
    <message>
        <source>pressure: per recipient over the period; capacity: per delivery</source>
        <translation type="vanished">druk: per ontvanger over de periode; capaciteit: per levering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (days)</source>
        <translation>Periode (dagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>message size: bytes; proof target size: recipients</source>
        <translation type="vanished">berichtgrootte: bytes; grootte proefdoelgroep: ontvangers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router address</source>
        <translation>Routeradres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives the notification e-mail with the extraction file</source>
        <translation>ontvangt de meldingsmail met het extractiebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folder</source>
        <translation>Dropmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder or SFTP URL</source>
        <translation>map of SFTP-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of the extraction file, in order: recipient fields, such as first_name, last_name, postal_address</source>
        <translation>kolommen van het extractiebestand, in volgorde: ontvangervelden, bijvoorbeeld first_name, last_name, postal_address</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: price per message, or per batch</source>
        <translation>lineair: prijs per bericht of per batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: the unit price is per batch of this many messages</source>
        <translation>lineair: de eenheidsprijs geldt per batch van dit aantal berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed part</source>
        <translation>Vast deel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands</source>
        <translation>Schijven</translation>
    </message>
    <message>
        <source>by threshold: price by quantity band, such as [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</source>
        <translation type="vanished">per drempel: prijs per hoeveelheidsschijf, bijvoorbeeld [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial stock</source>
        <translation>Beginvoorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>Verbruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="vanished">Besteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert level</source>
        <translation>Waarschuwingsniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below this, the stock&apos;s operators are warned</source>
        <translation>hieronder worden de operators van de voorraad gewaarschuwd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>message size: bytes; proof target size: recipients; enough text: characters</source>
        <translation>berichtgrootte: bytes; grootte van de proefdoelgroep: ontvangers; genoeg tekst: tekens</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>by threshold: price by quantity band, such as [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (from 1 to 1000: 0.50; from 1001: 0.40)</source>
        <translation>per drempel: prijs per hoeveelheidsschijf, bijvoorbeeld [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (van 1 tot 1000: 0,50; vanaf 1001: 0,40)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock item</source>
        <translation>Voorraadartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each message consumes one unit of this item from the provider&apos;s stocks</source>
        <translation>elk bericht verbruikt één eenheid van dit artikel uit de voorraden van de leverancier</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Returns a results file</source>
        <translation>Stuurt een resultatenbestand terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages count as sent once its results file is imported</source>
        <translation>berichten tellen als verzonden zodra het resultatenbestand is geïmporteerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told by e-mail when a line falls below its alert level</source>
        <translation>per e-mail gewaarschuwd wanneer een regel onder het waarschuwingsniveau zakt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-2"/>
        <source>Targeted</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens</source>
        <translation>Openingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-45"/>
        <source>Reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; operator or group names, such as erik, targeting:erik, group:reviewers</source>
        <translation>gebruikt wanneer Goedkeuringen overschrijven is aangevinkt; namen van operators of groepen, zoals erik, targeting:erik, group:reviewers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation reviewers</source>
        <translation>Beoordelaars voor bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; who may confirm the send</source>
        <translation>gebruikt wanneer Goedkeuringen overschrijven is aangevinkt; wie de verzending mag bevestigen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pressure: per recipient over the period; capacity: per delivery, or per day with Per day</source>
        <translation>druk: per ontvanger over de periode; capaciteit: per levering, of per dag met Per dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity: the maximum counts every delivery sent on the same day</source>
        <translation>capaciteit: het maximum telt alle leveringen die op dezelfde dag worden verzonden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+33"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error count</source>
        <translation>Aantal fouten</translation>
    </message>
</context>
<context>
    <name>FinishWork</name>
    <message>
        <location filename="../../desktop/views/finish_work.py" line="+21"/>
        <source>Finishing the work in progress…</source>
        <translation>Lopend werk wordt afgerond…</translation>
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
        <translation>Eerste start: de database en de demogegevens worden aangemaakt…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Creating demo data: %1</source>
        <translation>Demogegevens aanmaken: %1</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../desktop/views/explorer_model.py" line="+234"/>
        <source>%1 (%2 in total)</source>
        <translation>%1 (%2 in totaal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/folders.py" line="+53"/>
        <source>Profiles and Targets</source>
        <translation>Profielen en doelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+72"/>
        <source>Campaign Management</source>
        <translation>Campagnebeheer</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>Leveringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budgets</source>
        <translation>Budgetten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access management</source>
        <translation>Toegangsbeheer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator groups</source>
        <translation>Operatorgroepen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Typology rules</source>
        <translation>Typologieregels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typologies</source>
        <translation>Typologieën</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service providers</source>
        <translation>Dienstverleners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stocks</source>
        <translation>Voorraden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP-relay</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pending approvals</source>
        <translation>Wachtende goedkeuringen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery templates</source>
        <translation>Leveringssjablonen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/views/history_panel.py" line="+68"/>
        <source>Search the history</source>
        <translation>Zoeken in de geschiedenis</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The history starts when the object is saved.</source>
        <translation>De geschiedenis begint zodra het object is opgeslagen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All operators</source>
        <translation>Alle operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../desktop/views/forms/html_preview.py" line="+62"/>
        <source>Recipient id or e-mail</source>
        <translation>Id of e-mail van ontvanger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message for the chosen recipient shows here.</source>
        <translation>Het bericht voor de gekozen ontvanger verschijnt hier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No recipient matches “%1”.</source>
        <translation>Geen ontvanger komt overeen met “%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a recipient first.</source>
        <translation>Kies eerst een ontvanger.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recipient&apos;s message cannot be rendered: %1</source>
        <translation>Het bericht voor deze ontvanger kan niet worden weergegeven: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/views/journal_text.py" line="+81"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+69"/>
        <source>Preparation started by {operator}.</source>
        <translation>Voorbereiding gestart door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions applied: {exclusions}.</source>
        <translation>Toegepaste uitsluitingen: {exclusions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}</source>
        <translation>{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient {recipient}: {reason}</source>
        <translation>Ontvanger {recipient}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation took {seconds} s.</source>
        <translation>De voorbereiding duurde {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation stopped by {operator}.</source>
        <translation>Voorbereiding gestopt door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed: {error}</source>
        <translation>Voorbereiding mislukt: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation invalidated (edited: {fields}); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig (gewijzigd: {fields}); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated ({step} rejected); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig ({step} afgewezen); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} edited: {changes}); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig gemaakt (typologieregel {rule} gewijzigd: {changes}); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched on); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig gemaakt (typologieregel {rule} ingeschakeld); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched off); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig gemaakt (typologieregel {rule} uitgeschakeld); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (the rules of typology {typology} changed); prepare the delivery again.</source>
        <translation>Voorbereiding ongeldig gemaakt (de regels van typologie {typology} zijn gewijzigd); bereid de levering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file approved by {operator}.</source>
        <translation>Extractiebestand goedgekeurd door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file rejected by {operator}: {comment}</source>
        <translation>Extractiebestand afgewezen door {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs submitted by {operator}: they wait for {reviewers}.</source>
        <translation>Proeven ingediend door {operator}: ze wachten op {reviewers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs accepted by {operator}.</source>
        <translation>Proeven geaccepteerd door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs rejected by {operator}: {comment}</source>
        <translation>Proeven afgewezen door {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: send a proof of the router&apos;s notification, then submit it.</source>
        <translation>Volgende stap: stuur een proef van de melding aan de router en dien die daarna in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: hand the file off to the provider.</source>
        <translation>Volgende stap: draag het bestand over aan de leverancier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: change the export format if needed, and extract again.</source>
        <translation>Volgende stap: wijzig zo nodig het exportformaat en extraheer opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}. Extract again to go on.</source>
        <translation>Terug naar extractie, door {operator}. Extraheer opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}: {reason} Extract again to go on.</source>
        <translation>Terug naar extractie, door {operator}: {reason} Extraheer opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results imported by {operator} from {file}: {sent} sent, {failed} failed; real cost {cost}.</source>
        <translation>Resultaten geïmporteerd door {operator} uit {file}: {sent} verzonden, {failed} mislukt; werkelijke kosten {cost}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock {stock}: {item} had {in_stock} units for {needed} more; it is now below zero.</source>
        <translation>Voorraad {stock}: {item} had {in_stock} eenheden voor {needed} meer; de voorraad is nu onder nul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stock of the provider holds {item}: nothing was taken from stock for it.</source>
        <translation>Geen voorraad van de leverancier bevat {item}: er is niets van de voorraad afgenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock alert: {item} ({stock}) is below its alert level; the stock names no operator to tell.</source>
        <translation>Voorraadwaarschuwing: {item} ({stock}) is onder het waarschuwingsniveau; de voorraad noemt geen operator om te waarschuwen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals withdrawn with the preparation: {steps}. They are asked again after the next preparation.</source>
        <translation>Goedkeuringen ingetrokken met de voorbereiding: {steps}. Ze worden na de volgende voorbereiding opnieuw gevraagd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step} approved by {operator}.</source>
        <translation>{step} goedgekeurd door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} approved by {operator}. Comment: {comment}</source>
        <translation>{step} goedgekeurd door {operator}. Opmerking: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} rejected by {operator}: {comment}</source>
        <translation>{step} afgewezen door {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}.</source>
        <translation>Verzending bevestigd door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}; scheduled for {contact_at}.</source>
        <translation>Verzending bevestigd door {operator}; gepland op {contact_at}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date reached: sending starts.</source>
        <translation>Contactdatum bereikt: de verzending begint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by {operator}.</source>
        <translation>Gepauzeerd door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed by {operator}.</source>
        <translation>Hervat door {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it then.</source>
        <translation>Levering gepauzeerd: {problem}. Hervat haar daarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it once the relay works.</source>
        <translation>Levering gepauzeerd: {problem}. Hervat haar zodra de relay werkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send impossible: {problem}</source>
        <translation>Verzending onmogelijk: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send failed: {error}</source>
        <translation>Verzending mislukt: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Geleverd: {delivered}, mislukt: {failed} (hard: {hard_bounces}, zacht: {soft_bounces}) van {to_deliver} te leveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity period over; messages not sent cancelled: {cancelled}. Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Geldigheidsduur verstreken; niet verzonden berichten geannuleerd: {cancelled}. Geleverd: {delivered}, mislukt: {failed} (hard: {hard_bounces}, zacht: {soft_bounces}) van {to_deliver} te leveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not notified (no e-mail address): {operators}: {subject}</source>
        <translation>Niet verwittigd (geen e-mailadres): {operators}: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification to {address} ({subject}) sent at attempt {attempt}.</source>
        <translation>Melding aan {address} ({subject}) verzonden bij poging {attempt}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification to {address} ({subject}) not sent: {detail}. It is tried again up to {attempts} more times in the next {hours} hours.</source>
        <translation>Melding aan {address} ({subject}) niet verzonden: {detail}. Ze wordt nog tot {attempts} keer opnieuw geprobeerd in de komende {hours} uur.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Targeting: %Ln recipient(s) selected.</source>
        <translation>
            <numerusform>Targeting: %Ln ontvanger geselecteerd.</numerusform>
            <numerusform>Targeting: %Ln ontvangers geselecteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Control group: %Ln recipient(s) ({percent}) held out.</source>
        <translation>
            <numerusform>Controlegroep: %Ln ontvanger ({percent}) apart gehouden.</numerusform>
            <numerusform>Controlegroep: %Ln ontvangers ({percent}) apart gehouden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by typology rule {rule}.</source>
        <translation>
            <numerusform>Doelgroep beperkt tot %Ln bericht door typologieregel {rule}.</numerusform>
            <numerusform>Doelgroep beperkt tot %Ln berichten door typologieregel {rule}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by the delivery&apos;s target limit.</source>
        <translation>
            <numerusform>Doelgroep beperkt tot %Ln bericht door de limiet van de levering.</numerusform>
            <numerusform>Doelgroep beperkt tot %Ln berichten door de limiet van de levering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule} excluded %Ln recipient(s).</source>
        <translation>
            <numerusform>Typologieregel {rule} sloot %Ln ontvanger uit.</numerusform>
            <numerusform>Typologieregel {rule} sloot %Ln ontvangers uit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %Ln more recipient(s) whose message failed to render.</source>
        <translation>
            <numerusform>... en nog %Ln ontvanger van wie het bericht niet kon worden gepersonaliseerd.</numerusform>
            <numerusform>... en nog %Ln ontvangers van wie het bericht niet kon worden gepersonaliseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</source>
        <translation>
            <numerusform>%Ln bericht te leveren; uitsluitingen: {excluded} ({exclusions}); fouten: {errors}.</numerusform>
            <numerusform>%Ln berichten te leveren; uitsluitingen: {excluded} ({exclusions}); fouten: {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</source>
        <translation>
            <numerusform>Typologieregel {rule}: %Ln bericht van {day} al voorbereid of verzonden door andere leveringen (maximaal {most}); {left} over.</numerusform>
            <numerusform>Typologieregel {rule}: %Ln berichten van {day} al voorbereid of verzonden door andere leveringen (maximaal {most}); {left} over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in {folder}. Calculated cost: {cost}.</source>
        <translation>
            <numerusform>Extractiebestand {file} geschreven door {operator}: %Ln regel, {columns} kolommen, in {folder}. Berekende kosten: {cost}.</numerusform>
            <numerusform>Extractiebestand {file} geschreven door {operator}: %Ln regels, {columns} kolommen, in {folder}. Berekende kosten: {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</source>
        <translation>
            <numerusform>Overgedragen door {operator}: %Ln regel gekopieerd naar {path}, melding aan {router} ({answer}); {sent} berichten tellen als verzonden; werkelijke kosten {cost}.</numerusform>
            <numerusform>Overgedragen door {operator}: %Ln regels gekopieerd naar {path}, melding aan {router} ({answer}); {sent} berichten tellen als verzonden; werkelijke kosten {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</source>
        <translation>
            <numerusform>Overgedragen door {operator}: %Ln regel gekopieerd naar {path}, melding aan {router} ({answer}); het resultatenbestand van de leverancier zegt welke verzonden zijn.</numerusform>
            <numerusform>Overgedragen door {operator}: %Ln regels gekopieerd naar {path}, melding aan {router} ({answer}); het resultatenbestand van de leverancier zegt welke verzonden zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Calculated cost of %Ln extracted row(s): {total}.</source>
        <translation>
            <numerusform>Berekende kosten van %Ln geëxtraheerde regel: {total}.</numerusform>
            <numerusform>Berekende kosten van %Ln geëxtraheerde regels: {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted.</source>
        <translation>
            <numerusform>Proef {number} verzonden door {operator} via {relay}: {accepted} van %Ln adres aanvaard.</numerusform>
            <numerusform>Proef {number} verzonden door {operator} via {relay}: {accepted} van %Ln adressen aanvaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted; not sent: {refused}.</source>
        <translation>
            <numerusform>Proef {number} verzonden door {operator} via {relay}: {accepted} van %Ln adres aanvaard; niet verzonden: {refused}.</numerusform>
            <numerusform>Proef {number} verzonden door {operator} via {relay}: {accepted} van %Ln adressen aanvaard; niet verzonden: {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay}: %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Verzenden via {relay}: %Ln bericht te verzenden over {connections} verbindingen.</numerusform>
            <numerusform>Verzenden via {relay}: %Ln berichten te verzenden over {connections} verbindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay} (local outbox): %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Verzenden via {relay} (lokaal Postvak UIT): %Ln bericht te verzenden over {connections} verbindingen.</numerusform>
            <numerusform>Verzenden via {relay} (lokaal Postvak UIT): %Ln berichten te verzenden over {connections} verbindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) of a stopped sender handed out again.</source>
        <translation>
            <numerusform>%Ln bericht van een gestopte verzender opnieuw uitgedeeld.</numerusform>
            <numerusform>%Ln berichten van een gestopte verzender opnieuw uitgedeeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</source>
        <translation>
            <numerusform>Gestopt door {operator}: {delivered} geleverd, {failed} mislukt, %Ln geannuleerd.</numerusform>
            <numerusform>Gestopt door {operator}: {delivered} geleverd, {failed} mislukt, %Ln geannuleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by {operator}: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Gestopt door {operator}: %Ln niet verzonden bericht geannuleerd.</numerusform>
            <numerusform>Gestopt door {operator}: %Ln niet verzonden berichten geannuleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Gestopt: %Ln niet verzonden bericht geannuleerd.</numerusform>
            <numerusform>Gestopt: %Ln niet verzonden berichten geannuleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded; sending carries on.</source>
        <translation>
            <numerusform>Een verzender wachtte op de database, die onbereikbaar was; %Ln intussen bewaard resultaat is vastgelegd; de verzending gaat door.</numerusform>
            <numerusform>Een verzender wachtte op de database, die onbereikbaar was; %Ln intussen bewaarde resultaten zijn vastgelegd; de verzending gaat door.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded and {released} messages handed out again; sending carries on.</source>
        <translation>
            <numerusform>Een verzender wachtte op de database, die onbereikbaar was; %Ln intussen bewaard resultaat is vastgelegd en {released} berichten zijn opnieuw uitgedeeld; de verzending gaat door.</numerusform>
            <numerusform>Een verzender wachtte op de database, die onbereikbaar was; %Ln intussen bewaarde resultaten zijn vastgelegd en {released} berichten zijn opnieuw uitgedeeld; de verzending gaat door.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/views/dashboard/kpi_charts.py" line="+97"/>
        <source>Delivered, opens and clicks</source>
        <translation>Geleverd, openingen en klikken</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Openingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending throughput (messages/s)</source>
        <translation>Verzendsnelheid (berichten/s)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desktop/views/list_panel.py" line="+119"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search here</source>
        <translation>Hier kan niet worden gezocht</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="+35"/>
        <source>Campaign Console: log in</source>
        <translation>Campaign Console: aanmelden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>Voer de naam van de operator in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Onbekende operator of onjuist wachtwoord.</translation>
    </message>
</context>
<context>
    <name>LogsWindow</name>
    <message>
        <location filename="../../desktop/views/logs_window.py" line="+85"/>
        <source>Logs of delivery %1</source>
        <translation>Logboeken van levering %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions</source>
        <translation>Uitsluitingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All causes</source>
        <translation>Alle oorzaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search a name, an address or a rule</source>
        <translation>Zoek een naam, adres of regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>Export to CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Writes the rows shown to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Schrijft de getoonde rijen naar een CSV-bestand. Waarden die een spreadsheet als formule zou uitvoeren (beginnend met =, +, -, @, een tab of een regelterugloop) worden met een apostrof ervoor geschreven, zodat ze als tekst openen.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 rijen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the exclusion log</source>
        <translation>Het uitsluitingslogboek exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation type="vanished">%1 rijen geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd</numerusform>
            <numerusform>%Ln rijen geëxporteerd</numerusform>
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
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;explorer</source>
        <translation>Naar ver&amp;kenner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;list</source>
        <translation>Naar &amp;lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Campaign Console</source>
        <translation>&amp;Over Campaign Console</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not available in this version.</source>
        <translation>Niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose a folder in the tree.</source>
        <translation>%1: kies een map in de boomstructuur.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing to create here</source>
        <translation>Hier valt niets aan te maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New object in this folder (Ctrl+N)</source>
        <translation>Nieuw object in deze map (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create here</source>
        <translation>U hebt het recht %1 niet om hier iets aan te maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a row to see its details; Enter opens it in a tab.</source>
        <translation>Selecteer een rij om de details te zien; Enter opent deze in een tabblad.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New: %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Campaign Console</source>
        <translation>Over Campaign Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Prepare, send and track e-mail and direct-mail campaigns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Campagnes per e-mail en direct mail voorbereiden, verzenden en volgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Pending &amp;approvals</source>
        <translation>Wachtende &amp;goedkeuringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import recipients...</source>
        <translation>Ontvangers &amp;importeren…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import recipients from a CSV file</source>
        <translation>Ontvangers importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to import</source>
        <translation>U hebt het recht %1 niet om te importeren</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S&amp;witch operator...</source>
        <translation>Operator &amp;wisselen...</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../desktop/views/new_from_template_dialog.py" line="+44"/>
        <source>New delivery from template</source>
        <translation>Nieuwe levering op basis van sjabloon</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the delivery</source>
        <translation>Levering maken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You lack the right %1 to create a delivery.</source>
        <translation>U mist het recht %1 om een levering te maken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No delivery template yet: save a delivery as a template, or make one under Resources &gt; Templates &gt; Delivery templates.</source>
        <translation>Nog geen leveringssjabloon: sla een levering op als sjabloon, of maak er een onder Bronnen &gt; Sjablonen &gt; Leveringssjablonen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery gets everything of the template but an audience and a schedule, which you set in its form.</source>
        <translation>De levering krijgt alles van het sjabloon behalve de doelgroep en de planning, die u in het formulier instelt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a template.</source>
        <translation>Kies een sjabloon.</translation>
    </message>
</context>
<context>
    <name>ObjectWidgets</name>
    <message>
        <source>Forms are not available yet.</source>
        <translation type="vanished">Formulieren zijn nog niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>OptionLabels</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-243"/>
        <source>Campaign owner may confirm a send when reviewers are named</source>
        <translation>Eigenaar mag verzending bevestigen, ook met aangewezen beoordelaars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude duplicate addresses at preparation</source>
        <translation>Dubbele adressen uitsluiten bij de voorbereiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude denylisted recipients at preparation</source>
        <translation>Ontvangers op de bloklijst uitsluiten bij de voorbereiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period of a delivery (seconds)</source>
        <translation>Geldigheidsduur van een levering (seconden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries of temporary failures</source>
        <translation>Nieuwe pogingen na tijdelijke fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between retries</source>
        <translation>Seconden tussen pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries that may prepare or send at once</source>
        <translation>Leveringen die tegelijk mogen worden voorbereid of verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public base URL of the tracking server</source>
        <translation>Openbare basis-URL van de trackingserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces after which an address is quarantined</source>
        <translation>Harde bounces waarna een adres in quarantaine gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address of the console&apos;s notifications</source>
        <translation>Afzenderadres van de meldingen van de console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest time one message may take to render (seconds)</source>
        <translation>Langste tijd voor het weergeven van één bericht (seconden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest message one render may produce (characters)</source>
        <translation>Grootste omvang van één weergegeven bericht (tekens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the console gives in EHLO (empty: this machine&apos;s fully qualified name)</source>
        <translation>Naam die de console in EHLO geeft (leeg: de volledige naam van deze computer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA certificates (PEM file) trusted for the relay&apos;s TLS besides the system&apos;s</source>
        <translation>CA-certificaten (PEM-bestand) vertrouwd voor de TLS van de relay naast die van het systeem</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>List-Id of every message (empty: one per campaign, under the sender&apos;s domain)</source>
        <translation>List-Id van elk bericht (leeg: één per campagne, onder het domein van de afzender)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mailbox of the mailto: unsubscribe link (empty: none)</source>
        <translation>Mailbox van de mailto:-afmeldlink (leeg: geen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the direct-mail extraction files (empty: in the user data folder)</source>
        <translation>Map van de extractiebestanden voor direct mail (leeg: in de gegevensmap van de gebruiker)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of an extraction file: {code} and {date} are replaced</source>
        <translation>Naam van een extractiebestand: {code} en {date} worden vervangen</translation>
    </message>
</context>
<context>
    <name>OptionValueEditor</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+123"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is not a valid %2 value: enter a new one.</source>
        <translation>“%1” is geen geldige waarde van het type %2: voer een nieuwe in.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location line="+59"/>
        <source>Filter by name, label or value</source>
        <translation>Filteren op naam, label of waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+168"/>
        <source>New option</source>
        <translation>Nieuwe optie</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+267"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option (Ctrl+S)</source>
        <translation>De optie opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read only: only administrators change options.</source>
        <translation>Alleen-lezen: alleen beheerders wijzigen opties.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An option named %1 already exists: select it to change it.</source>
        <translation>Er bestaat al een optie met de naam %1: selecteer deze om haar te wijzigen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the option %1? This cannot be undone.</source>
        <translation>De optie %1 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Option %1 was changed by %2 at %3; press Revert to see the changes</source>
        <translation>Optie %1 is gewijzigd door %2 om %3; klik op Herstellen om de wijzigingen te zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option %1 was changed by %2; press Revert to see the changes</source>
        <translation>Optie %1 is gewijzigd door %2; klik op Herstellen om de wijzigingen te zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another operator</source>
        <translation>een andere operator</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/views/outbox_view.py" line="+115"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local outbox: %1</source>
        <translation>Lokaal Postvak UIT: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln bericht</numerusform>
            <numerusform>%Ln berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_model.py" line="+30"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_view.py" line="+52"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the delivery&apos;s review (Enter)</source>
        <translation>De beoordeling van de levering openen (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing waits for your approval.</source>
        <translation>Er wacht niets op uw goedkeuring.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n stap wacht op uw goedkeuring</numerusform>
            <numerusform>%n stappen wachten op uw goedkeuring</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Approved.</source>
        <translation>Goedgekeurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owners are told why.</source>
        <translation>Afgewezen: de eigenaars horen waarom.</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%Ln step(s) wait for your approval</source>
        <translation>
            <numerusform>%Ln stap wacht op uw goedkeuring</numerusform>
            <numerusform>%Ln stappen wachten op uw goedkeuring</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_model.py" line="+27"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_words.py" line="+12"/>
        <source>Typology control rule</source>
        <translation>Controleregel van de typologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Grootte van het proefdoel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template syntax</source>
        <translation>Syntaxis van de sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message rendering</source>
        <translation>Weergave van het bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient checked</source>
        <translation>Gecontroleerde ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative present</source>
        <translation>Tekstversie aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative not empty</source>
        <translation>Tekstversie niet leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and HTML say the same</source>
        <translation>Tekst en HTML zeggen hetzelfde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML not image-only</source>
        <translation>HTML niet alleen afbeeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Berichtgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header lines at most 998 characters</source>
        <translation>Kopregels van ten hoogste 998 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header bytes encoded</source>
        <translation>Bytes van de kopregels gecodeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date header</source>
        <translation>Date-kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date with a numeric zone</source>
        <translation>Date met een numerieke tijdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID header</source>
        <translation>Message-ID-kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID with a domain</source>
        <translation>Message-ID met een domein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe header</source>
        <translation>List-Unsubscribe-kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe by e-mail (mailto)</source>
        <translation>List-Unsubscribe per e-mail (mailto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List-Unsubscribe over https</source>
        <translation>List-Unsubscribe via https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-click unsubscribe</source>
        <translation>Afmelden met één klik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id header</source>
        <translation>List-Id-kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links go where their text says</source>
        <translation>Links gaan waar hun tekst zegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link text and tracking domain</source>
        <translation>Linktekst en trackingdomein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL over https</source>
        <translation>Tracking-URL via https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL reachable by recipients</source>
        <translation>Tracking-URL bereikbaar voor ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender and tracking domains</source>
        <translation>Afzender- en trackingdomein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filters should let it through</source>
        <translation>filters laten het waarschijnlijk door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stricter filters may hold it back</source>
        <translation>strengere filters kunnen het tegenhouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters will likely mark it as spam</source>
        <translation>filters markeren het waarschijnlijk als spam</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+50"/>
        <source>Pre-flight check</source>
        <translation>Controle vóór verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run check</source>
        <translation>Controle uitvoeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the control rules and the message a send would build; sends nothing.</source>
        <translation>Controleert de controleregels en het bericht dat een verzending zou opbouwen; verzendt niets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking...</source>
        <translation>Bezig met controleren...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n error(s) to fix</source>
        <translation type="vanished">
            <numerusform>Niet klaar: %n fout te herstellen</numerusform>
            <numerusform>Niet klaar: %n fouten te herstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s)</source>
        <translation type="vanished">
            <numerusform>Klaar, met %n waarschuwing</numerusform>
            <numerusform>Klaar, met %n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter score %1: %2</source>
        <translation>filterscore %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message built for %1 (%2 bytes).</source>
        <translation>Bericht opgebouwd voor %1 (%2 bytes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pre-flight check is still running.</source>
        <translation>De controle vóór verzending loopt nog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pre-flight check has run: see Pre-flight check first.</source>
        <translation>Er is geen controle vóór verzending uitgevoerd: bekijk eerst Controle vóór verzending.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation type="vanished">
            <numerusform>De controle vóór verzending vond %n fout: %1.</numerusform>
            <numerusform>De controle vóór verzending vond %n fouten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s).</source>
        <translation type="vanished">
            <numerusform>De controle vóór verzending vond %n waarschuwing.</numerusform>
            <numerusform>De controle vóór verzending vond %n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pre-flight check found nothing to fix.</source>
        <translation>De controle vóór verzending vond niets om te herstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Not ready: %Ln error(s) to fix</source>
        <translation>
            <numerusform>Niet klaar: %Ln fout te herstellen</numerusform>
            <numerusform>Niet klaar: %Ln fouten te herstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %Ln warning(s)</source>
        <translation>
            <numerusform>Klaar, met %Ln waarschuwing</numerusform>
            <numerusform>Klaar, met %Ln waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The pre-flight check found %Ln error(s): %1.</source>
        <translation>
            <numerusform>De controle vóór verzending vond %Ln fout: %1.</numerusform>
            <numerusform>De controle vóór verzending vond %Ln fouten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %Ln warning(s).</source>
        <translation>
            <numerusform>De controle vóór verzending vond %Ln waarschuwing.</numerusform>
            <numerusform>De controle vóór verzending vond %Ln waarschuwingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preparation_panel.py" line="+77"/>
        <location line="+140"/>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+182"/>
        <location line="+10"/>
        <source>Stop preparation</source>
        <translation>Voorbereiding stoppen</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Logs</source>
        <translation>Logboeken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targeted</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>Om te leveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>Uit te sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation errors</source>
        <translation>Personalisatiefouten</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+171"/>
        <source>Preparation failed: %1</source>
        <translation>Voorbereiding mislukt: %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Being prepared in another window or process.</source>
        <translation>Wordt voorbereid in een ander venster of proces.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Prepare the delivery “%1”? The target, the exclusions and every message are computed now; nothing is sent.</source>
        <translation>De levering “%1” voorbereiden? De doelgroep, de uitsluitingen en elk bericht worden nu berekend; er wordt niets verzonden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the preparation…</source>
        <translation>De voorbereiding wordt gestart…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping the preparation…</source>
        <translation>De voorbereiding wordt gestopt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This delivery is being prepared elsewhere (another window, process or machine). Stop that preparation? Nothing it computed is kept.</source>
        <translation>Deze levering wordt elders voorbereid (een ander venster, proces of computer). Die voorbereiding stoppen? Niets van wat ze heeft berekend, blijft bewaard.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Targeting: selecting the audience and applying the rules…</source>
        <translation>Targeting: het publiek selecteren en de regels toepassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusions: duplicates, control group, target limit…</source>
        <translation>Uitsluitingen: duplicaten, controlegroep, doelgroeplimiet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalisation of the messages…</source>
        <translation>Personalisatie van de berichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the delivery logs…</source>
        <translation>De leveringslogboeken worden geschreven…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 messages</source>
        <translation>%1 van %2 berichten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preparation was stopped; nothing was kept.</source>
        <translation>De voorbereiding is gestopt; er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared: %1 messages to deliver, %2 excluded, %3 errors.</source>
        <translation>Voorbereid: %1 berichten om te leveren, %2 uitgesloten, %3 fouten.</translation>
    </message>
</context>
<context>
    <name>ProofListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+47"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message>
        <location line="+25"/>
        <source>Proof target: a list, or up to %1 addresses</source>
        <translation>Proefdoelgroep: een lijst, of maximaal %1 adressen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof list</source>
        <translation>Een proeflijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each address receives a proof</source>
        <translation>Elk adres ontvangt een proef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member of a list flagged as a proof target</source>
        <translation>Elk lid van een lijst gemarkeerd als proefdoelgroep</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only an e-mail delivery has a proof target.</source>
        <translation>Alleen een e-maillevering heeft een proefdoelgroep.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proof list chosen: no proof can be sent.</source>
        <translation>Geen proeflijst gekozen: er kan geen proef worden verzonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list is not flagged as a proof target.</source>
        <translation>Deze lijst is niet gemarkeerd als proefdoelgroep.</translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation type="vanished">
            <numerusform>Een proef gaat naar het %n lid van de lijst.</numerusform>
            <numerusform>Een proef gaat naar de %n leden van de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address: no proof can be sent.</source>
        <translation>Geen adres: er kan geen proef worden verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation type="vanished">
            <numerusform>%n adres: een proefdoelgroep telt maximaal %1.</numerusform>
            <numerusform>%n adressen: een proefdoelgroep telt maximaal %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Een proef gaat naar %n adres.</numerusform>
            <numerusform>Een proef gaat naar %n adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>A proof goes to the %Ln member(s) of the list.</source>
        <translation>
            <numerusform>Een proef gaat naar het %Ln lid van de lijst.</numerusform>
            <numerusform>Een proef gaat naar de %Ln leden van de lijst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%Ln adres: een proefdoelgroep telt maximaal %1.</numerusform>
            <numerusform>%Ln adressen: een proefdoelgroep telt maximaal %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %Ln address(es).</source>
        <translation>
            <numerusform>Een proef gaat naar %Ln adres.</numerusform>
            <numerusform>Een proef gaat naar %Ln adressen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proofs</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_model.py" line="+30"/>
        <source>Proof</source>
        <translation>Proef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent: %1 of %2 accepted</source>
        <translation>Verzonden: %1 van %2 geaccepteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly sent: %1 of %2 accepted</source>
        <translation>Gedeeltelijk verzonden: %1 van %2 geaccepteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1 of %2 accepted</source>
        <translation>Mislukt: %1 van %2 geaccepteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accepted</source>
        <translation>%1 van %2 geaccepteerd</translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+68"/>
        <location line="+95"/>
        <source>Send a proof</source>
        <translation>Proef verzenden</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+88"/>
        <source>Proofs</source>
        <translation>Proeven</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No proof sent yet.</source>
        <translation>Nog geen proef verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation type="vanished">
            <numerusform>Proefdoelgroep: de lijst “%1” (%n adres)</numerusform>
            <numerusform>Proefdoelgroep: de lijst “%1” (%n adressen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="vanished">
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Proof target: %1</source>
        <translation>Proefdoelgroep: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proof target yet: choose a proof list or type proof addresses in the Properties tab.</source>
        <translation>Nog geen proefdoelgroep: kies een proeflijst of typ proefadressen op het tabblad Eigenschappen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending a proof needs the right %1.</source>
        <translation>Voor het verzenden van een proef is het recht %1 nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a proof target first (Properties tab).</source>
        <translation>Stel eerst een proefdoelgroep in (tabblad Eigenschappen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof can be sent once the preparation has ended.</source>
        <translation>Een proef kan worden verzonden zodra de voorbereiding klaar is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proof is being sent.</source>
        <translation>Er wordt een proef verzonden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the message to every proof address now, marked as a proof.</source>
        <translation>Het bericht nu naar elk proefadres verzenden, gemarkeerd als proef.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the proof…</source>
        <translation>Proef wordt verzonden…</translation>
    </message>
    <message numerus="yes">
        <source>Proof %1 sent to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Proef %1 verzonden naar %n adres.</numerusform>
            <numerusform>Proef %1 verzonden naar %n adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation type="vanished">
            <numerusform>Proef %1: %2 van %n adres heeft hem geaccepteerd; de lijst zegt waarom de andere niet.</numerusform>
            <numerusform>Proef %1: %2 van %n adressen hebben hem geaccepteerd; de lijst zegt waarom de andere niet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proof %1 failed: no address accepted it; the list says why.</source>
        <translation>Proef %1 mislukt: geen enkel adres heeft hem geaccepteerd; de lijst zegt waarom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No proof was sent: %1</source>
        <translation>Er is geen proef verzonden: %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Router proofs</source>
        <translation>Proeven voor de router</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send router proof</source>
        <translation>Proef voor de router verzenden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The router&apos;s proof is sent once the file is extracted (and approved), while the delivery is To submit.</source>
        <translation>De proef voor de router wordt verzonden zodra het bestand is geëxtraheerd (en goedgekeurd), terwijl de levering In te dienen is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the router&apos;s notification to every proof address now, marked as a proof.</source>
        <translation>De melding voor de router nu naar elk proefadres verzenden, gemarkeerd als proef.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>Proof target: the list “%1” (%Ln address(es))</source>
        <translation>
            <numerusform>Proefdoelgroep: de lijst “%1” (%Ln adres)</numerusform>
            <numerusform>Proefdoelgroep: de lijst “%1” (%Ln adressen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 en nog %Ln</numerusform>
            <numerusform>%1 en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Proof %1 sent to %Ln address(es).</source>
        <translation>
            <numerusform>Proef %1 verzonden naar %Ln adres.</numerusform>
            <numerusform>Proef %1 verzonden naar %Ln adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>Proef %1: %2 van %Ln adres heeft hem geaccepteerd; de lijst zegt waarom de andere niet.</numerusform>
            <numerusform>Proef %1: %2 van %Ln adressen hebben hem geaccepteerd; de lijst zegt waarom de andere niet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+22"/>
        <source>Address to quarantine</source>
        <translation>Adres om in quarantaine te plaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>Reden (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to quarantine</source>
        <translation>In quarantaine plaatsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Remove from quarantine</source>
        <translation>Uit quarantaine halen</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>You lack the right %1 to change the quarantine</source>
        <translation>U mist het recht %1 om de quarantaine te wijzigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take the selected address out of quarantine</source>
        <translation>Het geselecteerde adres uit quarantaine halen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is in quarantine.</source>
        <translation>%1 staat in quarantaine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is out of quarantine.</source>
        <translation>%1 staat niet meer in quarantaine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 out of quarantine? Its next deliveries will be sent to it.</source>
        <translation>%1 uit quarantaine halen? Volgende leveringen worden er weer naartoe verzonden.</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <location filename="../../desktop/views/recipient_import_dialog.py" line="+75"/>
        <location line="+137"/>
        <location line="+180"/>
        <source>Import recipients</source>
        <translation>Ontvangers importeren</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>Een CSV-bestand in UTF-8 met een kopregel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column of the file</source>
        <translation>Kolom van het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The first rows of the file:</source>
        <translation>De eerste regels van het bestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each column becomes:</source>
        <translation>Wat elke kolom wordt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+189"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export rejected lines...</source>
        <translation>Geweigerde regels &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;another file...</source>
        <translation>&amp;Ander bestand importeren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rejected: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignored: the console sets it</source>
        <translation>Genegeerd: de console vult deze in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom field “%1”</source>
        <translation>Aangepast veld ‘%1’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>Deze kolom negeren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing %1...</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file...</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping after the current batch...</source>
        <translation>Stoppen na de huidige reeks…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2 new, %3 updated, %4 rejected</source>
        <translation>Regel %1: %2 nieuw, %3 bijgewerkt, %4 geweigerd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An earlier import of this file (by %1) stopped at line %2, with %3 new, %4 updated and %5 rejected. Resume it after that line, or import the file from its first line?</source>
        <translation>Een eerdere import van dit bestand (door %1) stopte bij regel %2, met %3 nieuw, %4 bijgewerkt en %5 geweigerd. Hervatten na die regel, of het bestand vanaf de eerste regel importeren?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start over</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1: %2.</source>
        <translation>%1 geïmporteerd: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at line %6 by an error: %7. Until then: %2. Import %1 again to continue after that line.</source>
        <translation>Gestopt bij regel %6 door een fout: %7. Tot dan: %2. Importeer %1 opnieuw om na die regel verder te gaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at line %6: %2 so far. Import %1 again to continue after that line.</source>
        <translation>Gestopt bij regel %6: tot nu toe %2. Importeer %1 opnieuw om na die regel verder te gaan.</translation>
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
            <numerusform>%Ln nieuwe ontvanger</numerusform>
            <numerusform>%Ln nieuwe ontvangers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updated</source>
        <translation>%1 bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln regel geweigerd</numerusform>
            <numerusform>%Ln regels geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln waarschuwing</numerusform>
            <numerusform>%Ln waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln line(s) exported</source>
        <translation>
            <numerusform>%Ln regel geëxporteerd</numerusform>
            <numerusform>%Ln regels geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The first %1 of %2 lines with something to say:</source>
        <translation>De eerste %1 van %2 regels met een opmerking:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines with something to say:</source>
        <translation>Regels met een opmerking:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every line was imported.</source>
        <translation>Alle regels zijn geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line was rejected so far.</source>
        <translation>Tot nu toe is geen regel geweigerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(This import resumed an earlier one after line %1.)</source>
        <translation>(Deze import hervatte een eerdere na regel %1.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writes every rejected line (line, reason, content) to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Schrijft alle geweigerde regels (regel, reden, inhoud) naar een CSV-bestand. Waarden die een spreadsheet als formule zou uitvoeren (beginnend met =, +, -, @, een tab of een regelterugloop) worden met een apostrof ervoor geschreven, zodat ze als tekst openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You lack the right %1 to export</source>
        <translation>U hebt het recht %1 niet om te exporteren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the rejected lines</source>
        <translation>De geweigerde regels exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting...</source>
        <translation>Bezig met exporteren…</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+184"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… more: type in the search box</source>
        <translation>… meer: typ in het zoekvak</translation>
    </message>
</context>
<context>
    <name>RelaySettingsForm</name>
    <message>
        <location filename="../../desktop/views/relay_settings_form.py" line="+58"/>
        <source>empty: the local outbox on this computer</source>
        <translation>leeg: het lokale Postvak UIT op deze computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>TLS (impliciet, poort 465)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is not stored in the database: it is kept in %1 (readable by you only), or taken from the environment variable %2 when it is set.</source>
        <translation>Het wachtwoord wordt niet in de database opgeslagen: het wordt bewaard in %1 (alleen door u leesbaar), of gelezen uit de omgevingsvariabele %2 als die is ingesteld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>SMTP relay</source>
        <translation>SMTP-relay</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>unchanged (a password is set)</source>
        <translation>ongewijzigd (er is een wachtwoord ingesteld)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No host: messages go to the local outbox, which needs no test.</source>
        <translation>Geen host: berichten gaan naar het lokale Postvak UIT, dat geen test nodig heeft.</translation>
    </message>
    <message>
        <source>The relay %1 does not work: %2</source>
        <translation type="vanished">De relay %1 werkt niet: %2</translation>
    </message>
    <message>
        <source>The relay %1 answers.</source>
        <translation type="vanished">De relay %1 antwoordt.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>empty: this computer&apos;s fully qualified name, else the sender&apos;s domain</source>
        <translation>leeg: de volledige naam van deze computer, anders het domein van de afzender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>leeg: de certificaatautoriteiten van het systeem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for a relay whose certificate a private authority signed</source>
        <translation>Een PEM-bestand met certificaatautoriteiten die naast die van het systeem worden vertrouwd, voor een relay waarvan een eigen autoriteit het certificaat ondertekende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EHLO name</source>
        <translation>EHLO-naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>CA-bestand</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not tried</source>
        <translation>niet geprobeerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay %1 works: a send can use it.</source>
        <translation>De relay %1 werkt: een verzending kan hem gebruiken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay %1 does not work yet:</source>
        <translation>De relay %1 werkt nog niet:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender (MAIL FROM)</source>
        <translation>Afzender (MAIL FROM)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Read only: only administrators change the relay.</source>
        <translation>Alleen-lezen: alleen beheerders wijzigen de relay.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/views/review_words.py" line="+28"/>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Extractiebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Proeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an operator since deleted</source>
        <translation>een inmiddels verwijderde operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2</source>
        <translation>Goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected by %1 on %2</source>
        <translation>Afgewezen door %1 op %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its owner %1</source>
        <translation>de eigenaar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>an administrator</source>
        <translation>een beheerder</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only %1 may approve or reject this step.</source>
        <translation>Alleen %1 mag deze stap goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a proof first: the proofs step is decided on a proof sent since the preparation.</source>
        <translation>Verzend eerst een proef: de proefstap wordt beoordeeld op een proef die na de voorbereiding is verzonden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 may confirm this delivery.</source>
        <translation>Alleen %1 mag deze levering bevestigen.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+102"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No approval is asked for this delivery.</source>
        <translation>Voor deze levering is geen goedkeuring gevraagd.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval.</source>
        <translation type="vanished">
            <numerusform>%n stap wacht op uw goedkeuring.</numerusform>
            <numerusform>%n stappen wachten op uw goedkeuring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation type="vanished">
            <numerusform>%n stap wacht op goedkeuring door de beoordelaars.</numerusform>
            <numerusform>%n stappen wachten op goedkeuring door hun beoordelaars.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected: the delivery went back to Being edited.</source>
        <translation>Afgewezen: de levering is teruggegaan naar In bewerking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step asked was approved.</source>
        <translation>Alle gevraagde stappen zijn goedgekeurd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved.</source>
        <translation>Goedgekeurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owner is told why.</source>
        <translation>Afgewezen: de eigenaar hoort waarom.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Targeted</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>Om te leveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>Uit te sluiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excluded by cause: %1</source>
        <translation>Uitgesloten per oorzaak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody was excluded.</source>
        <translation>Niemand is uitgesloten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last proof: none sent yet.</source>
        <translation>Laatste proef: nog geen verzonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last proof: #%1, sent %2 by %3 to %4 (%5)</source>
        <translation>Laatste proef: nr. %1, verzonden op %2 door %3 naar %4 (%5)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Rejected: the delivery went back to %1.</source>
        <translation>Afgewezen: de levering ging terug naar %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Approve file</source>
        <translation>Bestand goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject file</source>
        <translation>Bestand afwijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Extraction file %1: the first of its %2 rows</source>
        <translation>Extractiebestand %1: de eerste van de %2 regels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file: %1</source>
        <translation>Extractiebestand: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>%Ln step(s) wait for your approval.</source>
        <translation>
            <numerusform>%Ln stap wacht op uw goedkeuring.</numerusform>
            <numerusform>%Ln stappen wachten op uw goedkeuring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%Ln stap wacht op goedkeuring door de beoordelaars.</numerusform>
            <numerusform>%Ln stappen wachten op goedkeuring door hun beoordelaars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_dialog.py" line="+130"/>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Beoordelaar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no operator or group to choose.</source>
        <translation>Er is geen operator of groep om te kiezen.</translation>
    </message>
</context>
<context>
    <name>ReviewerPicker</name>
    <message>
        <location line="-73"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>ReviewerTable</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_table.py" line="+227"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a reviewer (Insert)</source>
        <translation>Een beoordelaar aanwijzen (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected reviewer (Enter)</source>
        <translation>De geselecteerde beoordelaar wijzigen (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected reviewer (Delete)</source>
        <translation>De geselecteerde beoordelaar verwijderen (Delete)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add a reviewer</source>
        <translation>Een beoordelaar toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a reviewer</source>
        <translation>Een beoordelaar bewerken</translation>
    </message>
</context>
<context>
    <name>ReviewerTableModel</name>
    <message>
        <location line="-193"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateButton</name>
    <message>
        <location filename="../../desktop/views/dashboard/save_as_template_button.py" line="+29"/>
        <source>Save as template...</source>
        <translation>Opslaan als sjabloon...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A delivery template with everything of this delivery but its audience and schedule (Resources &gt; Templates)</source>
        <translation>Een leveringssjabloon met alles van deze levering behalve de doelgroep en de planning (Bronnen &gt; Sjablonen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create a template</source>
        <translation>U mist het recht %1 om een sjabloon te maken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new template:</source>
        <translation>Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as the template “%1”.</source>
        <translation>Opgeslagen als sjabloon ‘%1’.</translation>
    </message>
</context>
<context>
    <name>SendProgressBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/send_progress_bar.py" line="+122"/>
        <source>Not prepared yet: nothing to send.</source>
        <translation>Nog niet voorbereid: niets te verzenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 delivered</source>
        <translation>%1 geleverd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cancelled</source>
        <translation>%1 geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to send</source>
        <translation>%1 te verzenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 messages to deliver</source>
        <translation>%1 van %2 te leveren berichten</translation>
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
        <translation>Verzenden</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>%v of %m messages processed</source>
        <translation type="vanished">%v van %m berichten verwerkt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="vanished">Gericht</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation type="vanished">Om te leveren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of targeted</source>
        <translation>van gericht</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opens</source>
        <translation>Openingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of delivered</source>
        <translation>van geleverd</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of to deliver</source>
        <translation>van om te leveren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Hard bounces</source>
        <translation>Harde bounces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bounces</source>
        <translation>Zachte bounces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscriptions</source>
        <translation>Afmeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All opens</source>
        <translation>Alle openingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clicks</source>
        <translation>Alle klikken</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Continue sending</source>
        <translation>Verzenden voortzetten</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>Confirm delivery</source>
        <translation>Levering bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation type="vanished">
            <numerusform>Deze levering nu naar %n ontvanger verzenden?</numerusform>
            <numerusform>Deze levering nu naar %n ontvangers verzenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop delivery</source>
        <translation>Levering stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this delivery for good? Messages not sent yet are cancelled.</source>
        <translation>Deze levering definitief stoppen? Berichten die nog niet zijn verzonden, worden geannuleerd.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Pre-flight check</source>
        <translation>Controle vóór verzending</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take out of quarantine every address this delivery&apos;s hard bounces put there (when they were the relay&apos;s refusals, not the recipients&apos;)</source>
        <translation>Haal elk adres uit quarantaine dat de harde bounces van deze levering erin zetten (als het weigeringen van de relay waren, niet van de ontvangers)</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Release quarantined addresses</source>
        <translation>Adressen uit quarantaine halen</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation type="vanished">
            <numerusform>Het %n adres dat deze levering in quarantaine zette eruit halen? Adressen die met de hand of door andere leveringen in quarantaine gingen blijven.</numerusform>
            <numerusform>De %n adressen die deze levering in quarantaine zette eruit halen? Adressen die met de hand of door andere leveringen in quarantaine gingen blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released from quarantine.</source>
        <translation type="vanished">
            <numerusform>%n adres uit quarantaine gehaald.</numerusform>
            <numerusform>%n adressen uit quarantaine gehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n quarantined address(es)</source>
        <translation type="vanished">
            <numerusform>%n adres uit quarantaine halen</numerusform>
            <numerusform>%n adressen uit quarantaine halen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Take the %Ln address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>Het %Ln adres dat deze levering in quarantaine zette eruit halen? Adressen die met de hand of door andere leveringen in quarantaine gingen blijven.</numerusform>
            <numerusform>De %Ln adressen die deze levering in quarantaine zette eruit halen? Adressen die met de hand of door andere leveringen in quarantaine gingen blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln address(es) released from quarantine.</source>
        <translation>
            <numerusform>%Ln adres uit quarantaine gehaald.</numerusform>
            <numerusform>%Ln adressen uit quarantaine gehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>Release %Ln quarantined address(es)</source>
        <translation>
            <numerusform>%Ln adres uit quarantaine halen</numerusform>
            <numerusform>%Ln adressen uit quarantaine halen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Send this delivery now to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Deze levering nu naar %Ln ontvanger verzenden?</numerusform>
            <numerusform>Deze levering nu naar %Ln ontvangers verzenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTools</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="+273"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Postvak UIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulate audience (simulation)…</source>
        <translation>Publiek simuleren (simulatie)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A demonstration: simulated readers open and click</source>
        <translation>Een demonstratie: gesimuleerde lezers openen en klikken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP &amp;relay settings…</source>
        <translation>Instellingen SMTP-&amp;relay…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP-relay</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="+35"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default: a file in your data folder</source>
        <translation>standaard: bestand in uw gegevensmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLAlchemy URL, e.g. postgresql+psycopg://user@host/console</source>
        <translation>Een SQLAlchemy-URL, bijv. postgresql+psycopg://user@host/console</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes apply the next time Campaign Console starts.</source>
        <translation>Wijzigingen gelden vanaf de volgende start van Campaign Console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The settings file would keep this password in clear: remove it from the URL and set PGPASSWORD, or write it in ~/.pgpass (or the file PGPASSFILE names), readable by you only.</source>
        <translation>Het instellingenbestand zou dit wachtwoord leesbaar bewaren: haal het uit de URL en stel PGPASSWORD in, of zet het in ~/.pgpass (of het bestand dat PGPASSFILE noemt), alleen door u leesbaar.</translation>
    </message>
</context>
<context>
    <name>SimulateAudienceDialog</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="-206"/>
        <source>Simulate audience (simulation)</source>
        <translation>Publiek simuleren (simulatie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This is a simulation for demonstrations.&lt;/b&gt; It reads messages from the local outbox and requests their open pixel and some of their links over HTTP, as readers would, so opens and clicks go through the real tracking server and the dashboard&apos;s charts move.</source>
        <translation>&lt;b&gt;Dit is een simulatie voor demonstraties.&lt;/b&gt; Ze leest berichten uit het lokale Postvak UIT en vraagt hun openingspixel en enkele van hun koppelingen op via HTTP, zoals lezers zouden doen, zodat openingen en klikken via de echte trackingserver lopen en de grafieken van het dashboard bewegen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers who open</source>
        <translation>Lezers die openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openers who click</source>
        <translation>Openers die klikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read at most</source>
        <translation>Maximaal gelezen berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread over</source>
        <translation>Gespreid over</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simuleren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simulated readers at work…</source>
        <translation>Gesimuleerde lezers aan het werk…</translation>
    </message>
    <message>
        <source>Simulation done: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation type="vanished">Simulatie voltooid: %1 openingen, %2 klikken, %3 afmeldingen van %4 berichten.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>#%1 %2 (%Ln message(s))</source>
        <translation>
            <numerusform>nr. %1 %2 (%Ln bericht)</numerusform>
            <numerusform>nr. %1 %2 (%Ln berichten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message in the outbox yet</source>
        <translation>Nog geen berichten in Postvak UIT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Simulation done on delivery #%5: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation>Simulatie voltooid voor levering nr. %5: %1 openingen, %2 klikken, %3 afmeldingen uit %4 berichten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate again</source>
        <translation>Opnieuw simuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SimulationWorker</name>
    <message>
        <location filename="../../desktop/workers/simulation_worker.py" line="+51"/>
        <source>The simulation was stopped.</source>
        <translation>De simulatie is gestopt.</translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../desktop/views/forms/stock_form.py" line="+23"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
</context>
<context>
    <name>StockLevelChart</name>
    <message>
        <location filename="../../desktop/views/forms/stock_level_chart.py" line="+44"/>
        <source>units in stock</source>
        <translation>eenheden op voorraad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stock line</source>
        <translation>Voorraadregel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This stock has no line yet.</source>
        <translation>Deze voorraad heeft nog geen regels.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In stock %1, alert level %2, consumed %3, ordered %4.</source>
        <translation>Op voorraad %1, waarschuwingsniveau %2, verbruikt %3, besteld %4.</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../desktop/views/template_actions.py" line="+28"/>
        <source>New delivery from &amp;template...</source>
        <translation>Nieuwe levering op basis van &amp;sjabloon...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new delivery from a delivery template</source>
        <translation>Een nieuwe levering op basis van een leveringssjabloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>U mist het recht %1 om een levering te maken</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-340"/>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="vanished">naam@example.com, ander@example.com</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>first, second, third</source>
        <translation>eerste, tweede, derde</translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../desktop/views/unreachable_banner.py" line="+40"/>
        <source>The database is unreachable: trying again…</source>
        <translation>De database is onbereikbaar: opnieuw proberen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1. What you typed stays; saving waits until it is back.</source>
        <translation>Reden: %1. Wat u hebt getypt blijft bewaard; opslaan wacht tot hij terug is.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../desktop/views/unsaved_changes.py" line="+72"/>
        <source>%1 has unsaved changes.</source>
        <translation>%1 heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These forms have unsaved changes:
%1</source>
        <translation>Deze formulieren hebben niet-opgeslagen wijzigingen:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save them?</source>
        <translation>Wilt u ze opslaan?</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../desktop/views/display_values.py" line="+23"/>
        <source>Being edited</source>
        <translation>In bewerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Wordt voorbereid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending confirmation</source>
        <translation>Wacht op bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed</source>
        <translation>Voorbereiding mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending extraction</source>
        <translation>Wacht op extractie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to approve</source>
        <translation>Goed te keuren bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To submit</source>
        <translation>In te dienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs to validate</source>
        <translation>Te valideren proeven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Direct mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer</source>
        <translation>Geheel getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal</source>
        <translation>Decimaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Booleaans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Lange tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering</source>
        <translation>Filtering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>Druk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-47"/>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare deliveries</source>
        <translation>Leveringen voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start deliveries</source>
        <translation>Leveringen starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject not empty</source>
        <translation>Onderwerp ingevuld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender set</source>
        <translation>Afzender ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>Afmeldlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Berichtgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Grootte proefdoelgroep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before targeting</source>
        <translation>Vóór targeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After targeting</source>
        <translation>Na targeting</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Postage</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Drukwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Envelop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Lineair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear by threshold</source>
        <translation>Lineair per drempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant by threshold</source>
        <translation>Constant per drempel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enough text</source>
        <translation>Genoeg tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable tracking links</source>
        <translation>Bereikbare trackinglinks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/display_values.py" line="-34"/>
        <source>Ready for hand-off</source>
        <translation>Klaar voor overdracht</translation>
    </message>
</context>
</TS>
