<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+564"/>
        <source>name@example.com
other@example.com
(one per line, or separated by commas)</source>
        <translation>namn@example.com
annan@example.com
(en per rad, eller åtskilda med kommatecken)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+75"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Det går inte att öppna databasen %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/embedded_services_starter.py" line="+39"/>
        <source>Not started: %1</source>
        <translation>Inte startade: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsEditor</name>
    <message>
        <location filename="../../desktop/views/forms/approval_settings_editor.py" line="+102"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Åsidosätt kampanjens godkännanden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps apply from the next preparation; reviewers count at once, for the approvals already pending too.</source>
        <translation>Stegen gäller från nästa förberedelse; granskarna gäller direkt, även för godkännanden som redan väntar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approval reviewers</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step&apos;s reviewers, named for it or for every step, may approve it; with nobody named for a step, the campaign owner does. Administrators always may.</source>
        <translation>Ett stegs granskare, angivna för steget eller för alla steg, får godkänna det; om ingen anges för ett steg gör kampanjens ägare det. Administratörer får alltid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation reviewers</source>
        <translation>Granskare för bekräftelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may confirm the send. With nobody named, the campaign owner; otherwise those named, and the owner too when the option NmsCampaign_Activate_OwnerConfirmation is 1. Administrators always may.</source>
        <translation>Vem som får bekräfta utskicket. Om ingen anges, kampanjens ägare; annars de angivna, och även ägaren när alternativet NmsCampaign_Activate_OwnerConfirmation är 1. Administratörer får alltid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps that need approval</source>
        <translation>Steg som kräver godkännande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients a preparation targeted</source>
        <translation>Mottagarna som en förberedelse valde ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved together with the targeting: tick Targeting to ask for it</source>
        <translation>Godkänns tillsammans med målinriktningen: markera Målinriktning för att begära det</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message: subject, sender and content</source>
        <translation>Meddelandet: ämne, avsändare och innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail: the extraction file</source>
        <translation>Direktreklam: extraheringsfilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: a proof sent since the preparation</source>
        <translation>E-post: ett korrektur skickat sedan förberedelsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (with the targeting)</source>
        <translation>%1 (med målinriktningen)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Every delivery of this campaign follows these settings, unless it overrides them.</source>
        <translation>Varje leverans i kampanjen följer dessa inställningar, om den inte åsidosätter dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery has no campaign: its own approval settings apply.</source>
        <translation>Leveransen har ingen kampanj: dess egna inställningar för godkännande gäller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery follows the approval settings of its campaign “%1”, shown greyed. Override them to set its own.</source>
        <translation>Leveransen följer godkännandeinställningarna för sin kampanj ”%1”, som visas nedtonade. Åsidosätt dem för att ange egna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This delivery&apos;s own approval settings apply, not those of its campaign “%1”.</source>
        <translation>Leveransens egna godkännandeinställningar gäller, inte kampanjens ”%1”.</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsLine</name>
    <message>
        <location filename="../../desktop/views/dashboard/approval_settings_line.py" line="+58"/>
        <source>%1 (%2 only)</source>
        <translation>%1 (endast %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s settings</source>
        <translation>kampanjens inställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this delivery&apos;s own settings</source>
        <translation>leveransens egna inställningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval asked</source>
        <translation>Inget godkännande krävs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of %1</source>
        <translation>Godkännande av %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none named, the owner reviews</source>
        <translation>ingen utsedd, ägaren granskar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none named, the owner confirms</source>
        <translation>ingen utsedd, ägaren bekräftar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewers: %1</source>
        <translation>granskare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation: %1</source>
        <translation>bekräftelse: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalWords</name>
    <message>
        <location filename="../../desktop/views/forms/approval_words.py" line="+13"/>
        <source>Targeting</source>
        <translation>Målinriktning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Extraheringsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every step</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group: %1</source>
        <translation>Grupp: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../desktop/views/audit_trail_model.py" line="+28"/>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Från status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Till status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fält</translation>
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
        <translation>Steg godkänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step rejected</source>
        <translation>Steg avvisat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval settings changed</source>
        <translation>Godkännandeinställningar ändrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof sent</source>
        <translation>Korrektur skickat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation reviewers</source>
        <translation>Granskare för bekräftelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly sent</source>
        <translation>delvis skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../desktop/views/forms/budget_tab.py" line="+64"/>
        <source>Calculated</source>
        <translation>Beräknat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Åtaget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real</source>
        <translation>Verkligt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget against costs</source>
        <translation>Budget mot kostnader</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No budget is assigned to this campaign: choose one in General. Its costs are below.</source>
        <translation>Ingen budget är kopplad till den här kampanjen: välj en under Allmänt. Dess kostnader visas nedan.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign(s)).</source>
        <translation>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: tilldelat &lt;b&gt;%2&lt;/b&gt;; mot den: beräknat %3, åtaget %4, verkligt %5 (dess %n kampanj).</numerusform>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: tilldelat &lt;b&gt;%2&lt;/b&gt;; mot den: beräknat %3, åtaget %4, verkligt %5 (dess %n kampanjer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget by %1.</source>
        <translation>Över budget med %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Allocated</source>
        <translation>Tilldelat</translation>
    </message>
</context>
<context>
    <name>CampaignDeliveriesPanel</name>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+137"/>
        <source>Add a delivery...</source>
        <translation>Lägg till en leverans...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new delivery of this campaign, from a delivery template</source>
        <translation>En ny leverans i den här kampanjen, från en leveransmall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>Du saknar behörigheten %1 för att skapa en leverans</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln leverans</numerusform>
            <numerusform>%Ln leveranser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="vanished">
            <numerusform>%n leverans</numerusform>
            <numerusform>%n leveranser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/views/forms/campaign_form.py" line="+46"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dashboard</source>
        <translation>Kontrollpanel</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../desktop/views/forms/child_table.py" line="+85"/>
        <source>Save this object first to add to it.</source>
        <translation>Spara objektet först för att kunna lägga till i det.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+17"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove the selected row? This cannot be undone.</source>
        <translation>Ta bort den markerade raden? Det går inte att ångra.</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>På blockeringslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>equals</source>
        <translation>är lika med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>är inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>är mindre än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>är högst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>är större än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>är minst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>innehåller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>börjar med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>är en av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of these (AND)</source>
        <translation>Alla dessa (OCH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these (OR)</source>
        <translation>Någon av dessa (ELLER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of these (NOT)</source>
        <translation>Ingen av dessa (INTE)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Custom field…</source>
        <translation>Anpassat fält…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom field name</source>
        <translation>namn på anpassat fält</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>true</source>
        <translation>sant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>falskt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>Ta bort villkoret</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>values, separated by commas</source>
        <translation>värden, avgränsade med kommatecken</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add condition</source>
        <translation>Lägg till villkor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this group</source>
        <translation>Ta bort gruppen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No condition: every recipient is selected.</source>
        <translation>Inget villkor: alla mottagare väljs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty group.</source>
        <translation>Tom grupp.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Count</source>
        <translation>Räkna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the recipients this condition selects</source>
        <translation>Räkna mottagarna som villkoret väljer</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fix the condition first.</source>
        <translation>Rätta villkoret först.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) match</source>
        <translation type="vanished">
            <numerusform>%n mottagare matchar</numerusform>
            <numerusform>%n mottagare matchar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln recipient(s) match</source>
        <translation>
            <numerusform>%Ln mottagare matchar</numerusform>
            <numerusform>%Ln mottagare matchar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/cost_panel.py" line="+37"/>
        <source>Over budget: %1 allocates %2, its campaigns&apos; calculated cost is %3 (%4 over).</source>
        <translation>Över budget: %1 tilldelar %2, dess kampanjers beräknade kostnad är %3 (%4 över).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock %1: %2 holds %3 units, below its alert level of %4.</source>
        <translation>Lager %1: %2 har %3 enheter, under sin larmnivå på %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extracting would take %1 below zero: %2 units in stock for %3.</source>
        <translation>Extraheringen skulle ta %1 under noll: %2 enheter i lager för %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;Calculated cost&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beräknad kostnad&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>committed %1, real %2</source>
        <translation>åtaget %1, verkligt %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../desktop/views/first_start_dialog.py" line="+129"/>
        <source>Your operators</source>
        <translation>Dina operatörer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was created. These are the operators and their passwords. &lt;b&gt;They are shown only this once&lt;/b&gt;: write them down or copy them now.</source>
        <translation>Databasen har skapats. Här är operatörerna och deras lösenord. &lt;b&gt;De visas bara den här gången&lt;/b&gt;: skriv ner dem eller kopiera dem nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunde inte skapas: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-373"/>
        <source>Set a date</source>
        <translation>Ange ett datum</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/views/step_decision.py" line="+70"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this step?</source>
        <translation>Godkänna det här steget?</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n steps?</source>
        <translation type="vanished">
            <numerusform>Godkänna %n steg?</numerusform>
            <numerusform>Godkänna dessa %n steg?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject this step? The delivery goes back to Being edited and its owner is told why.</source>
        <translation>Avvisa det här steget? Leveransen går tillbaka till Redigeras och ägaren får veta varför.</translation>
    </message>
    <message numerus="yes">
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation type="vanished">
            <numerusform>Avvisa %n steg? Leveransen går tillbaka till Redigeras och ägaren får veta varför.</numerusform>
            <numerusform>Avvisa dessa %n steg? Leveranserna går tillbaka till Redigeras och ägarna får veta varför.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (valfri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it rejected? Required: the owner reads it.</source>
        <translation>Varför avvisas det? Obligatoriskt: ägaren läser det.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reject this step? The delivery goes back to %1 and its owner is told why.</source>
        <translation>Avvisa detta steg? Leveransen går tillbaka till %1 och dess ägare får veta varför.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Approve these %Ln steps?</source>
        <translation>
            <numerusform>Godkänna %Ln steg?</numerusform>
            <numerusform>Godkänna dessa %Ln steg?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</source>
        <translation><numerusform>Avvisa %Ln steg? Leveransen går tillbaka till statusen som visas bredvid och ägaren får veta varför.</numerusform><numerusform>Avvisa dessa %Ln steg? Varje leverans går tillbaka till statusen som visas bredvid och dess ägare får veta varför.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</source>
        <translation><numerusform>Avvisa %Ln steg? Leveransen går tillbaka till %1 och ägaren får veta varför.</numerusform><numerusform>Avvisa dessa %Ln steg? Leveranserna går tillbaka till %1 och ägarna får veta varför.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>Avvisa %Ln steg? Leveransen går tillbaka till Redigeras och ägaren får veta varför.</numerusform>
            <numerusform>Avvisa dessa %Ln steg? Leveranserna går tillbaka till Redigeras och ägarna får veta varför.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard/delivery_dashboard.py" line="+130"/>
        <source>Dashboard</source>
        <translation>Kontrollpanel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>The delivery&apos;s form is not available.</source>
        <translation type="vanished">Leveransens formulär är inte tillgängligt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This delivery no longer exists.</source>
        <translation>Leveransen finns inte längre.</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_form.py" line="+84"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipients matching a filter</source>
        <translation>Mottagare som matchar ett filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients of a list</source>
        <translation>Mottagare i en lista</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This delivery is %1: it can no longer be edited.</source>
        <translation>Leveransen har statusen %1: den kan inte längre redigeras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the audience, content, schedule or typology sends this delivery back to Being edited: it will have to be prepared again.</source>
        <translation>Om du ändrar målgrupp, innehåll, schema eller typologi går leveransen tillbaka till Redigeras: den måste förberedas igen.</translation>
    </message>
</context>
<context>
    <name>DeliveryTemplateForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_template_form.py" line="+59"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Genomströmning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>DirectMailPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/direct_mail_panel.py" line="+79"/>
        <source>Direct mail</source>
        <translation>Direktreklam</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+216"/>
        <location line="+70"/>
        <source>Extract</source>
        <translation>Extrahera</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Stop extraction</source>
        <translation>Stoppa extrahering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send router proof</source>
        <translation>Skicka routerns korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit proofs</source>
        <translation>Skicka in korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+318"/>
        <source>Back to extraction</source>
        <translation>Tillbaka till extrahering</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+351"/>
        <source>Hand off</source>
        <translation>Lämna över</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+242"/>
        <source>Import results</source>
        <translation>Importera resultat</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Mailing</source>
        <translation>Utskick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extracted rows</source>
        <translation>Extraherade rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>Överlämnade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculated cost</source>
        <translation>Beräknad kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real cost</source>
        <translation>Verklig kostnad</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No extraction file yet. Provider: %1.</source>
        <translation>Ingen extraheringsfil ännu. Leverantör: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extraction file: %1 (%2 rows), written by %3 on %4.</source>
        <translation>Extraheringsfil: %1 (%2 rader), skriven av %3 den %4.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calculated cost by category: %1.</source>
        <translation>Beräknad kostnad per kategori: %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Handed off by %1 on %2: copied to %3, notification to %4.</source>
        <translation>Överlämnad av %1 den %2: kopierad till %3, avisering till %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the provider&apos;s results file: Import results.</source>
        <translation>Väntar på leverantörens resultatfil: Importera resultat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results imported on %1: %2 sent, %3 failed.</source>
        <translation>Resultat importerade den %1: %2 skickade, %3 misslyckade.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This needs the right PREPARE DELIVERIES.</source>
        <translation>Detta kräver rättigheten PREPARE DELIVERIES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract again</source>
        <translation>Extrahera igen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This needs the right PREPARE DELIVERIES, or to review the waiting step.</source>
        <translation>Detta kräver rättigheten PREPARE DELIVERIES, eller att granska det väntande steget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 may hand it off.</source>
        <translation>Endast %1 får lämna över den.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Write the extraction file of %n recipient(s) to %1?</source>
        <translation>
            <numerusform>Skriva extraheringsfilen med %n mottagare till %1?</numerusform>
            <numerusform>Skriva extraheringsfilen med %n mottagare till %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculated cost: %1.</source>
        <translation>Beräknad kostnad: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: this extraction takes stock below zero:
%1

Extract anyway?</source>
        <translation>Varning: denna extrahering tar lagret under noll:
%1

Extrahera ändå?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the router proof…</source>
        <translation>Skickar routerns korrektur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Submit the proofs once they look right.</source>
        <translation>%1 Skicka in korrekturen när de ser bra ut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proofs submitted: they wait for their reviewers.</source>
        <translation>Korrektur inskickade: de väntar på sina granskare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back to extraction? The decisions about this file are withdrawn; extract again to go on.</source>
        <translation>Gå tillbaka till extrahering? Besluten om denna fil dras tillbaka; extrahera igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to extraction: extract again to go on.</source>
        <translation>Tillbaka till extrahering: extrahera igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand the file off to %1? It is copied to %2 and the router %3 is e-mailed.</source>
        <translation>Lämna över filen till %1? Den kopieras till %2 och routern %3 får ett e-postmeddelande.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Writing the extraction file: %v of %m rows</source>
        <translation>Skriver extraheringsfilen: %v av %m rader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handing off the file…</source>
        <translation>Lämnar över filen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the results…</source>
        <translation>Importerar resultaten…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Extracted: %n row(s) written to %1.</source>
        <translation>
            <numerusform>Extraherat: %n rad skriven till %1.</numerusform>
            <numerusform>Extraherat: %n rader skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed off: the file is in %1 and the router was e-mailed.</source>
        <translation>Överlämnad: filen finns i %1 och routern har fått ett e-postmeddelande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results imported: %1 sent, %2 failed.</source>
        <translation>Resultat importerade: %1 skickade, %2 misslyckade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The extraction was stopped; no file was written.</source>
        <translation>Extraheringen stoppades; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../desktop/views/forms/entity_form.py" line="+259"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes and show the stored values</source>
        <translation>Ignorera ändringarna och visa de sparade värdena</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Read only: editing needs the right %1.</source>
        <translation>Skrivskyddat: redigering kräver behörigheten %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New %1</source>
        <translation>Skapa %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No changes to save.</source>
        <translation>Inga ändringar att spara.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database refused the change: %1</source>
        <translation>Databasen avvisade ändringen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 was deleted elsewhere; it can no longer be saved</source>
        <translation>%1 %2 har tagits bort någon annanstans; det kan inte längre sparas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1 “%2”? This cannot be undone.</source>
        <translation>Ta bort ”%2” (%1)? Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the object as saved by the other operator; your changes are dropped</source>
        <translation>Visa objektet som den andra operatören sparade det; dina ändringar förkastas</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>another operator</source>
        <translation>en annan operatör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3 at %4; reload it to see the changes</source>
        <translation>%1 %2 ändrades av %3 kl. %4; läs in det igen för att se ändringarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3; reload it to see the changes</source>
        <translation>%1 %2 ändrades av %3; läs in det igen för att se ändringarna</translation>
    </message>
</context>
<context>
    <name>EntityKinds</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+27"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>Budgetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>Operatörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator group</source>
        <translation>Operatörsgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator groups</source>
        <translation>Operatörsgrupper</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Typology rule</source>
        <translation>Typologiregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rules</source>
        <translation>Typologiregler</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Typology</source>
        <translation>Typologi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typologies</source>
        <translation>Typologier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider</source>
        <translation>Tjänsteleverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers</source>
        <translation>Tjänsteleverantörer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cost structures</source>
        <translation>Kostnadsstrukturer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cost structure</source>
        <translation>Kostnadsstruktur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocks</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock lines</source>
        <translation>Lagerrader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>Lagerrad</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Delivery template</source>
        <translation>Leveransmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery templates</source>
        <translation>Leveransmallar</translation>
    </message>
</context>
<context>
    <name>ExclusionCauses</name>
    <message>
        <location filename="../../desktop/views/exclusion_words.py" line="+12"/>
        <source>Address not specified</source>
        <translation>Adress saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>Ogiltig adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>På blockeringslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address in quarantine</source>
        <translation>Adress i karantän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rule</source>
        <translation>Typologiregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure rule</source>
        <translation>Tryckregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limited in size</source>
        <translation>Målgrupp begränsad i storlek</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation type="vanished">Postadress saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation error</source>
        <translation>Personaliseringsfel</translation>
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
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>ExclusionsChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/exclusions_chart.py" line="+25"/>
        <source>Exclusions by cause</source>
        <translation>Exkluderingar per orsak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exclusion to show.</source>
        <translation>Inga exkluderingar att visa.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/views/forms/field_picker.py" line="+16"/>
        <source>Insert a field</source>
        <translation>Infoga ett fält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserts a recipient&apos;s, the delivery&apos;s or the campaign&apos;s field where you type</source>
        <translation>Infogar ett fält från mottagaren, leveransen eller kampanjen där du skriver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe link</source>
        <translation>Avregistreringslänk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror page link</source>
        <translation>Länk till spegelsidan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+89"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+38"/>
        <location filename="../../desktop/views/translatable_data.py" line="+95"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-131"/>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="-71"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+118"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <source>Value</source>
        <translation>Värde</translation>
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
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-25"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allocated</source>
        <translation>Tilldelat</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation type="vanished">Beräknat</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="vanished">Bundet</translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="vanished">Verkligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve targeting</source>
        <translation>Godkänn målinriktning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve content</source>
        <translation>Godkänn innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve budget</source>
        <translation>Godkänn budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve extraction file</source>
        <translation>Godkänn extraheringsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve proofs</source>
        <translation>Godkänn korrektur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to address</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML content</source>
        <translation>HTML-innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text content</source>
        <translation>Textinnehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience filter</source>
        <translation>Målgruppsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter and no list: every recipient</source>
        <translation>inget filter och ingen lista: alla mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience list</source>
        <translation>Målgruppslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target</source>
        <translation>Korrekturmottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list flagged as a proof target; or proof addresses</source>
        <translation>en lista markerad som korrekturmottagare; eller korrekturadresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof addresses</source>
        <translation>Korrekturadresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 100, separated by commas; or a proof target list</source>
        <translation>högst 100, åtskilda med kommatecken; eller en lista för korrekturmottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date</source>
        <translation>Kontaktdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a confirmed delivery starts by itself at this date</source>
        <translation>en bekräftad leverans startar av sig själv vid detta datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period (seconds)</source>
        <translation>Giltighetstid (sekunder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the option NmsBroadcast_MsgValidityDuration</source>
        <translation>tomt: alternativet NmsBroadcast_MsgValidityDuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel connections</source>
        <translation>Parallella anslutningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per connection</source>
        <translation>Meddelanden per anslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour</source>
        <translation>Meddelanden per timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour per domain</source>
        <translation>Meddelanden per timme och domän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology</source>
        <translation>Typologi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group (%)</source>
        <translation>Kontrollgrupp (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limit</source>
        <translation>Målgruppsgräns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no limit</source>
        <translation>tomt: ingen gräns</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>direct mail: the router that prints and posts</source>
        <translation>direktreklam: den router som trycker och postar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>Åsidosätt kampanjens godkännanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set</source>
        <translation>används när Åsidosätt godkännanden är markerat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+3"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>To deliver</source>
        <translation>Att leverera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+11"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two letters, such as FR</source>
        <translation>två bokstäver, till exempel SE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>På blockeringslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Anpassade fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object, such as {&quot;tier&quot;: &quot;gold&quot;}; filters use custom.NAME</source>
        <translation>ett JSON-objekt, till exempel {&quot;tier&quot;: &quot;gold&quot;}; filter använder custom.NAMN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of at most 100 addresses that receive proofs</source>
        <translation>en lista med högst 100 adresser som tar emot korrektur</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>used to log in</source>
        <translation>används för att logga in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en fr sv nl zh_TW</source>
        <translation>en fr sv nl zh_TW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a new operator; at least 8 characters; empty keeps the current one</source>
        <translation>krävs för en ny operatör; minst 8 tecken; tomt behåller det nuvarande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower runs first among rules of the same type</source>
        <translation>lägst körs först bland regler av samma typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtering: recipients matching it are excluded</source>
        <translation>filtrering: mottagare som matchar exkluderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum messages</source>
        <translation>Högsta antal meddelanden</translation>
    </message>
    <message>
        <source>pressure: per recipient over the period; capacity: per delivery</source>
        <translation type="vanished">tryck: per mottagare under perioden; kapacitet: per leverans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (days)</source>
        <translation>Period (dagar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>message size: bytes; proof target size: recipients</source>
        <translation type="vanished">meddelandestorlek: byte; storlek på korrekturmålgrupp: mottagare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router address</source>
        <translation>Routeradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives the notification e-mail with the extraction file</source>
        <translation>tar emot aviseringsmejlet med extraheringsfilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folder</source>
        <translation>Inlämningsmapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder or SFTP URL</source>
        <translation>mapp eller SFTP-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of the extraction file, in order: recipient fields, such as first_name, last_name, postal_address</source>
        <translation>extraheringsfilens kolumner i ordning: mottagarfält, till exempel first_name, last_name, postal_address</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: price per message, or per batch</source>
        <translation>linjär: pris per meddelande eller per parti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Partistorlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: the unit price is per batch of this many messages</source>
        <translation>linjär: styckpriset gäller per parti med så många meddelanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed part</source>
        <translation>Fast del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>by threshold: price by quantity band, such as [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</source>
        <translation type="vanished">per tröskel: pris per kvantitetsintervall, till exempel [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial stock</source>
        <translation>Ursprungligt lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>I lager</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="vanished">Beställt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert level</source>
        <translation>Varningsnivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below this, the stock&apos;s operators are warned</source>
        <translation>under denna nivå varnas lagrets operatörer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>message size: bytes; proof target size: recipients; enough text: characters</source>
        <translation>meddelandestorlek: byte; korrekturmålgruppens storlek: mottagare; tillräckligt med text: tecken</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>by threshold: price by quantity band, such as [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (from 1 to 1000: 0.50; from 1001: 0.40)</source>
        <translation>per tröskel: pris per mängdintervall, till exempel [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (från 1 till 1000: 0,50; från 1001: 0,40)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock item</source>
        <translation>Lagerartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each message consumes one unit of this item from the provider&apos;s stocks</source>
        <translation>varje meddelande förbrukar en enhet av denna artikel ur leverantörens lager</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Returns a results file</source>
        <translation>Returnerar en resultatfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages count as sent once its results file is imported</source>
        <translation>meddelanden räknas som skickade när dess resultatfil har importerats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operators</source>
        <translation>Operatörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told by e-mail when a line falls below its alert level</source>
        <translation>meddelas via e-post när en rad går under sin larmnivå</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-2"/>
        <source>Targeted</source>
        <translation>Målinriktade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens</source>
        <translation>Öppningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klickningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-45"/>
        <source>Reviewers</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; operator or group names, such as erik, targeting:erik, group:reviewers</source>
        <translation>används när Åsidosätt godkännanden är markerat; namn på operatörer eller grupper, till exempel erik, targeting:erik, group:reviewers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation reviewers</source>
        <translation>Granskare för bekräftelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; who may confirm the send</source>
        <translation>används när Åsidosätt godkännanden är markerat; vem som får bekräfta utskicket</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pressure: per recipient over the period; capacity: per delivery, or per day with Per day</source>
        <translation>tryck: per mottagare under perioden; kapacitet: per leverans, eller per dag med Per dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity: the maximum counts every delivery sent on the same day</source>
        <translation>kapacitet: maximum räknar alla leveranser som skickas samma dag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+33"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error count</source>
        <translation>Antal fel</translation>
    </message>
</context>
<context>
    <name>FinishWork</name>
    <message>
        <location filename="../../desktop/views/finish_work.py" line="+21"/>
        <source>Finishing the work in progress…</source>
        <translation>Slutför pågående arbete…</translation>
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
        <translation>Första start: databasen och dess demodata skapas…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Creating demo data: %1</source>
        <translation>Demodata skapas: %1</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../desktop/views/explorer_model.py" line="+234"/>
        <source>%1 (%2 in total)</source>
        <translation>%1 (totalt %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/folders.py" line="+53"/>
        <source>Profiles and Targets</source>
        <translation>Profiler och mål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+72"/>
        <source>Campaign Management</source>
        <translation>Kampanjhantering</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budgets</source>
        <translation>Budgetar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access management</source>
        <translation>Åtkomsthantering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators</source>
        <translation>Operatörer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator groups</source>
        <translation>Operatörsgrupper</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Typology rules</source>
        <translation>Typologiregler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typologies</source>
        <translation>Typologier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service providers</source>
        <translation>Tjänsteleverantörer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stocks</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP-relä</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pending approvals</source>
        <translation>Väntande godkännanden</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Quarantine</source>
        <translation>Karantän</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery templates</source>
        <translation>Leveransmallar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/views/history_panel.py" line="+68"/>
        <source>Search the history</source>
        <translation>Sök i historiken</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The history starts when the object is saved.</source>
        <translation>Historiken börjar när objektet sparas.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All operators</source>
        <translation>Alla operatörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../desktop/views/forms/html_preview.py" line="+62"/>
        <source>Recipient id or e-mail</source>
        <translation>Mottagarens id eller e-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message for the chosen recipient shows here.</source>
        <translation>Meddelandet för den valda mottagaren visas här.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No recipient matches “%1”.</source>
        <translation>Ingen mottagare matchar ”%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a recipient first.</source>
        <translation>Välj en mottagare först.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recipient&apos;s message cannot be rendered: %1</source>
        <translation>Meddelandet för mottagaren kan inte återges: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Ämne: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/views/journal_text.py" line="+81"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+69"/>
        <source>Preparation started by {operator}.</source>
        <translation>Förberedelsen startad av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions applied: {exclusions}.</source>
        <translation>Tillämpade uteslutningar: {exclusions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}</source>
        <translation>{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient {recipient}: {reason}</source>
        <translation>Mottagare {recipient}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation took {seconds} s.</source>
        <translation>Förberedelsen tog {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation stopped by {operator}.</source>
        <translation>Förberedelsen stoppad av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed: {error}</source>
        <translation>Förberedelsen misslyckades: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation invalidated (edited: {fields}); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltig (ändrat: {fields}); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated ({step} rejected); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltig ({step} avvisad); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} edited: {changes}); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltigförklarad (typologiregeln {rule} ändrad: {changes}); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched on); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltigförklarad (typologiregeln {rule} aktiverad); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched off); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltigförklarad (typologiregeln {rule} inaktiverad); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (the rules of typology {typology} changed); prepare the delivery again.</source>
        <translation>Förberedelsen ogiltigförklarad (reglerna för typologin {typology} har ändrats); förbered leveransen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file approved by {operator}.</source>
        <translation>Extraheringsfilen godkänd av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file rejected by {operator}: {comment}</source>
        <translation>Extraheringsfilen avvisad av {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs submitted by {operator}: they wait for {reviewers}.</source>
        <translation>Korrektur inskickade av {operator}: de väntar på {reviewers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs accepted by {operator}.</source>
        <translation>Korrektur godkända av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs rejected by {operator}: {comment}</source>
        <translation>Korrektur avvisade av {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: send a proof of the router&apos;s notification, then submit it.</source>
        <translation>Nästa steg: skicka ett korrektur av meddelandet till routern och skicka sedan in det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: hand the file off to the provider.</source>
        <translation>Nästa steg: lämna över filen till leverantören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: change the export format if needed, and extract again.</source>
        <translation>Nästa steg: ändra exportformatet vid behov och extrahera igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}. Extract again to go on.</source>
        <translation>Tillbaka till extrahering, av {operator}. Extrahera igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}: {reason} Extract again to go on.</source>
        <translation>Tillbaka till extrahering, av {operator}: {reason} Extrahera igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results imported by {operator} from {file}: {sent} sent, {failed} failed; real cost {cost}.</source>
        <translation>Resultat importerade av {operator} från {file}: {sent} skickade, {failed} misslyckade; verklig kostnad {cost}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock {stock}: {item} had {in_stock} units for {needed} more; it is now below zero.</source>
        <translation>Lager {stock}: {item} hade {in_stock} enheter för {needed} till; det är nu under noll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stock of the provider holds {item}: nothing was taken from stock for it.</source>
        <translation>Inget lager hos leverantören innehåller {item}: inget togs från lagret för den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock alert: {item} ({stock}) is below its alert level; the stock names no operator to tell.</source>
        <translation>Lagervarning: {item} ({stock}) är under sin varningsnivå; lagret anger ingen operatör att meddela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals withdrawn with the preparation: {steps}. They are asked again after the next preparation.</source>
        <translation>Godkännanden återkallade med förberedelsen: {steps}. De begärs igen efter nästa förberedelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step} approved by {operator}.</source>
        <translation>{step} godkänd av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} approved by {operator}. Comment: {comment}</source>
        <translation>{step} godkänd av {operator}. Kommentar: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} rejected by {operator}: {comment}</source>
        <translation>{step} avvisad av {operator}: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}.</source>
        <translation>Sändningen bekräftad av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}; scheduled for {contact_at}.</source>
        <translation>Sändningen bekräftad av {operator}; schemalagd till {contact_at}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date reached: sending starts.</source>
        <translation>Kontaktdatumet har nåtts: sändningen börjar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by {operator}.</source>
        <translation>Pausad av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed by {operator}.</source>
        <translation>Återupptagen av {operator}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it then.</source>
        <translation>Leveransen pausad: {problem}. Återuppta den sedan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it once the relay works.</source>
        <translation>Leveransen pausad: {problem}. Återuppta den när reläet fungerar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send impossible: {problem}</source>
        <translation>Sändning omöjlig: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send failed: {error}</source>
        <translation>Sändningen misslyckades: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Levererade: {delivered}, misslyckade: {failed} (hårda: {hard_bounces}, mjuka: {soft_bounces}) av {to_deliver} att leverera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity period over; messages not sent cancelled: {cancelled}. Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>Giltighetstiden är slut; ej skickade meddelanden avbrutna: {cancelled}. Levererade: {delivered}, misslyckade: {failed} (hårda: {hard_bounces}, mjuka: {soft_bounces}) av {to_deliver} att leverera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not notified (no e-mail address): {operators}: {subject}</source>
        <translation>Inte underrättade (ingen e-postadress): {operators}: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification to {address} ({subject}) sent at attempt {attempt}.</source>
        <translation>Avisering till {address} ({subject}) skickad vid försök {attempt}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification to {address} ({subject}) not sent: {detail}. It is tried again up to {attempts} more times in the next {hours} hours.</source>
        <translation>Avisering till {address} ({subject}) inte skickad: {detail}. Den försöks igen upp till {attempts} gånger under de närmaste {hours} timmarna.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Targeting: %Ln recipient(s) selected.</source>
        <translation>
            <numerusform>Målinriktning: %Ln mottagare vald.</numerusform>
            <numerusform>Målinriktning: %Ln mottagare valda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Control group: %Ln recipient(s) ({percent}) held out.</source>
        <translation>
            <numerusform>Kontrollgrupp: %Ln mottagare ({percent}) undantagen.</numerusform>
            <numerusform>Kontrollgrupp: %Ln mottagare ({percent}) undantagna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by typology rule {rule}.</source>
        <translation>
            <numerusform>Målgruppen begränsad till %Ln meddelande av typologiregeln {rule}.</numerusform>
            <numerusform>Målgruppen begränsad till %Ln meddelanden av typologiregeln {rule}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by the delivery&apos;s target limit.</source>
        <translation>
            <numerusform>Målgruppen begränsad till %Ln meddelande av leveransens gräns.</numerusform>
            <numerusform>Målgruppen begränsad till %Ln meddelanden av leveransens gräns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule} excluded %Ln recipient(s).</source>
        <translation>
            <numerusform>Typologiregeln {rule} uteslöt %Ln mottagare.</numerusform>
            <numerusform>Typologiregeln {rule} uteslöt %Ln mottagare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %Ln more recipient(s) whose message failed to render.</source>
        <translation>
            <numerusform>... och %Ln mottagare till vars meddelande inte kunde personaliseras.</numerusform>
            <numerusform>... och %Ln mottagare till vars meddelanden inte kunde personaliseras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</source>
        <translation>
            <numerusform>%Ln meddelande att leverera; uteslutningar: {excluded} ({exclusions}); fel: {errors}.</numerusform>
            <numerusform>%Ln meddelanden att leverera; uteslutningar: {excluded} ({exclusions}); fel: {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</source>
        <translation>
            <numerusform>Typologiregeln {rule}: %Ln meddelande för {day} redan förberett eller skickat av andra leveranser (högst {most}); {left} kvar.</numerusform>
            <numerusform>Typologiregeln {rule}: %Ln meddelanden för {day} redan förberedda eller skickade av andra leveranser (högst {most}); {left} kvar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in {folder}. Calculated cost: {cost}.</source>
        <translation>
            <numerusform>Extraheringsfilen {file} skriven av {operator}: %Ln rad, {columns} kolumner, i {folder}. Beräknad kostnad: {cost}.</numerusform>
            <numerusform>Extraheringsfilen {file} skriven av {operator}: %Ln rader, {columns} kolumner, i {folder}. Beräknad kostnad: {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</source>
        <translation>
            <numerusform>Överlämnad av {operator}: %Ln rad kopierad till {path}, meddelande till {router} ({answer}); {sent} meddelanden räknas som skickade; verklig kostnad {cost}.</numerusform>
            <numerusform>Överlämnad av {operator}: %Ln rader kopierade till {path}, meddelande till {router} ({answer}); {sent} meddelanden räknas som skickade; verklig kostnad {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</source>
        <translation>
            <numerusform>Överlämnad av {operator}: %Ln rad kopierad till {path}, meddelande till {router} ({answer}); leverantörens resultatfil anger vilka som skickades.</numerusform>
            <numerusform>Överlämnad av {operator}: %Ln rader kopierade till {path}, meddelande till {router} ({answer}); leverantörens resultatfil anger vilka som skickades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Calculated cost of %Ln extracted row(s): {total}.</source>
        <translation>
            <numerusform>Beräknad kostnad för %Ln extraherad rad: {total}.</numerusform>
            <numerusform>Beräknad kostnad för %Ln extraherade rader: {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted.</source>
        <translation>
            <numerusform>Korrektur {number} skickad av {operator} via {relay}: {accepted} av %Ln adress tog emot den.</numerusform>
            <numerusform>Korrektur {number} skickad av {operator} via {relay}: {accepted} av %Ln adresser tog emot den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted; not sent: {refused}.</source>
        <translation>
            <numerusform>Korrektur {number} skickad av {operator} via {relay}: {accepted} av %Ln adress tog emot den; inte skickad: {refused}.</numerusform>
            <numerusform>Korrektur {number} skickad av {operator} via {relay}: {accepted} av %Ln adresser tog emot den; inte skickad: {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay}: %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Skickar via {relay}: %Ln meddelande att skicka över {connections} anslutningar.</numerusform>
            <numerusform>Skickar via {relay}: %Ln meddelanden att skicka över {connections} anslutningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay} (local outbox): %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Skickar via {relay} (lokal utkorg): %Ln meddelande att skicka över {connections} anslutningar.</numerusform>
            <numerusform>Skickar via {relay} (lokal utkorg): %Ln meddelanden att skicka över {connections} anslutningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) of a stopped sender handed out again.</source>
        <translation>
            <numerusform>%Ln meddelande från en stoppad avsändare delat ut igen.</numerusform>
            <numerusform>%Ln meddelanden från en stoppad avsändare utdelade igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</source>
        <translation>
            <numerusform>Stoppad av {operator}: {delivered} levererade, {failed} misslyckade, %Ln avbrutet.</numerusform>
            <numerusform>Stoppad av {operator}: {delivered} levererade, {failed} misslyckade, %Ln avbrutna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by {operator}: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Stoppad av {operator}: %Ln ej skickat meddelande avbrutet.</numerusform>
            <numerusform>Stoppad av {operator}: %Ln ej skickade meddelanden avbrutna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Stoppad: %Ln ej skickat meddelande avbrutet.</numerusform>
            <numerusform>Stoppad: %Ln ej skickade meddelanden avbrutna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded; sending carries on.</source>
        <translation>
            <numerusform>En avsändare väntade på databasen, som inte gick att nå; %Ln resultat som sparats under tiden registrerades; sändningen fortsätter.</numerusform>
            <numerusform>En avsändare väntade på databasen, som inte gick att nå; %Ln resultat som sparats under tiden registrerades; sändningen fortsätter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded and {released} messages handed out again; sending carries on.</source>
        <translation>
            <numerusform>En avsändare väntade på databasen, som inte gick att nå; %Ln resultat som sparats under tiden registrerades och {released} meddelanden delades ut igen; sändningen fortsätter.</numerusform>
            <numerusform>En avsändare väntade på databasen, som inte gick att nå; %Ln resultat som sparats under tiden registrerades och {released} meddelanden delades ut igen; sändningen fortsätter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/views/dashboard/kpi_charts.py" line="+97"/>
        <source>Delivered, opens and clicks</source>
        <translation>Levererade, öppningar och klickningar</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">sekunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Öppningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klickningar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending throughput (messages/s)</source>
        <translation>Sändningshastighet (meddelanden/s)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desktop/views/list_panel.py" line="+119"/>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search here</source>
        <translation>Ingen sökning här</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="+35"/>
        <source>Campaign Console: log in</source>
        <translation>Campaign Console: logga in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operatör:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>Ange operatörens namn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Okänd operatör eller fel lösenord.</translation>
    </message>
</context>
<context>
    <name>LogsWindow</name>
    <message>
        <location filename="../../desktop/views/logs_window.py" line="+85"/>
        <source>Logs of delivery %1</source>
        <translation>Loggar för leverans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions</source>
        <translation>Exkluderingar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All causes</source>
        <translation>Alla orsaker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search a name, an address or a rule</source>
        <translation>Sök efter ett namn, en adress eller en regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>Export to CSV…</source>
        <translation>Exportera till CSV…</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Writes the rows shown to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Skriver de visade raderna till en CSV-fil. Värden som ett kalkylprogram skulle köra som en formel (som börjar med =, +, -, @, en tabb eller en vagnretur) skrivs med en inledande apostrof, så att de öppnas som text.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 rader</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the exclusion log</source>
        <translation>Exportera exkluderingsloggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation type="vanished">%1 rader exporterade</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln rad exporterad</numerusform>
            <numerusform>%Ln rader exporterade</numerusform>
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
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Stäng flik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;explorer</source>
        <translation>Gå till u&amp;tforskaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;list</source>
        <translation>Gå till &amp;listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Campaign Console</source>
        <translation>&amp;Om Campaign Console</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>V&amp;erktyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operator: %1</source>
        <translation>Operatör: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not available in this version.</source>
        <translation>Inte tillgängligt i den här versionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose a folder in the tree.</source>
        <translation>%1: välj en mapp i trädet.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing to create here</source>
        <translation>Inget att skapa här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New object in this folder (Ctrl+N)</source>
        <translation>Nytt objekt i den här mappen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create here</source>
        <translation>Du saknar behörigheten %1 för att skapa här</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a row to see its details; Enter opens it in a tab.</source>
        <translation>Markera en rad för att se detaljerna; Retur öppnar den i en flik.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Campaign Console</source>
        <translation>Om Campaign Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Prepare, send and track e-mail and direct-mail campaigns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Förbered, skicka och följ upp kampanjer via e-post och direktreklam.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Pending &amp;approvals</source>
        <translation>Väntande &amp;godkännanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import recipients...</source>
        <translation>&amp;Importera mottagare…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import recipients from a CSV file</source>
        <translation>Importera mottagare från en CSV-fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to import</source>
        <translation>Du saknar behörigheten %1 för att importera</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S&amp;witch operator...</source>
        <translation>B&amp;yt operatör...</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../desktop/views/new_from_template_dialog.py" line="+44"/>
        <source>New delivery from template</source>
        <translation>Ny leverans från mall</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the delivery</source>
        <translation>Skapa leveransen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You lack the right %1 to create a delivery.</source>
        <translation>Du saknar behörigheten %1 för att skapa en leverans.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No delivery template yet: save a delivery as a template, or make one under Resources &gt; Templates &gt; Delivery templates.</source>
        <translation>Inga leveransmallar ännu: spara en leverans som mall, eller skapa en under Resurser &gt; Mallar &gt; Leveransmallar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery gets everything of the template but an audience and a schedule, which you set in its form.</source>
        <translation>Leveransen får allt från mallen utom målgrupp och schema, som du anger i dess formulär.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a template.</source>
        <translation>Välj en mall.</translation>
    </message>
</context>
<context>
    <name>ObjectWidgets</name>
    <message>
        <source>Forms are not available yet.</source>
        <translation type="vanished">Formulären är inte tillgängliga än.</translation>
    </message>
</context>
<context>
    <name>OptionLabels</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-243"/>
        <source>Campaign owner may confirm a send when reviewers are named</source>
        <translation>Ägaren får bekräfta utskick även när granskare har angetts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude duplicate addresses at preparation</source>
        <translation>Exkludera dubblettadresser vid förberedelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude denylisted recipients at preparation</source>
        <translation>Exkludera blockerade mottagare vid förberedelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period of a delivery (seconds)</source>
        <translation>Giltighetstid för en leverans (sekunder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries of temporary failures</source>
        <translation>Nya försök efter tillfälliga fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between retries</source>
        <translation>Sekunder mellan försöken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries that may prepare or send at once</source>
        <translation>Leveranser som får förberedas eller skickas samtidigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public base URL of the tracking server</source>
        <translation>Spårningsserverns offentliga bas-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces after which an address is quarantined</source>
        <translation>Hårda studsar innan en adress sätts i karantän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address of the console&apos;s notifications</source>
        <translation>Avsändaradress för konsolens aviseringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest time one message may take to render (seconds)</source>
        <translation>Längsta tid det får ta att återge ett meddelande (sekunder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest message one render may produce (characters)</source>
        <translation>Största storlek på ett återgivet meddelande (tecken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the console gives in EHLO (empty: this machine&apos;s fully qualified name)</source>
        <translation>Namn som konsolen anger i EHLO (tomt: datorns fullständiga namn)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA certificates (PEM file) trusted for the relay&apos;s TLS besides the system&apos;s</source>
        <translation>CA-certifikat (PEM-fil) som betros för reläets TLS utöver systemets</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>List-Id of every message (empty: one per campaign, under the sender&apos;s domain)</source>
        <translation>List-Id för varje meddelande (tomt: ett per kampanj, under avsändarens domän)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mailbox of the mailto: unsubscribe link (empty: none)</source>
        <translation>Brevlåda för mailto:-avregistreringslänken (tomt: ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the direct-mail extraction files (empty: in the user data folder)</source>
        <translation>Mapp för direktreklamens extraheringsfiler (tom: i användarens datamapp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of an extraction file: {code} and {date} are replaced</source>
        <translation>Namn på en extraheringsfil: {code} och {date} ersätts</translation>
    </message>
</context>
<context>
    <name>OptionValueEditor</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+123"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is not a valid %2 value: enter a new one.</source>
        <translation>”%1” är inte ett giltigt värde av typen %2: ange ett nytt.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location line="+59"/>
        <source>Filter by name, label or value</source>
        <translation>Filtrera på namn, etikett eller värde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+168"/>
        <source>New option</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+267"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option (Ctrl+S)</source>
        <translation>Spara alternativet (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read only: only administrators change options.</source>
        <translation>Skrivskyddat: bara administratörer kan ändra alternativ.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Option %1</source>
        <translation>Alternativ %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An option named %1 already exists: select it to change it.</source>
        <translation>Det finns redan ett alternativ med namnet %1: markera det för att ändra det.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the option %1? This cannot be undone.</source>
        <translation>Ta bort alternativet %1? Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Option %1 was changed by %2 at %3; press Revert to see the changes</source>
        <translation>Alternativet %1 ändrades av %2 kl. %3; tryck på Återställ för att se ändringarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option %1 was changed by %2; press Revert to see the changes</source>
        <translation>Alternativet %1 ändrades av %2; tryck på Återställ för att se ändringarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another operator</source>
        <translation>en annan operatör</translation>
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
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local outbox: %1</source>
        <translation>Lokal utkorg: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n meddelande</numerusform>
            <numerusform>%n meddelanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Ämne</translation>
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
            <numerusform>%Ln meddelande</numerusform>
            <numerusform>%Ln meddelanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_model.py" line="+30"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Väntar sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Granskare</translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_view.py" line="+52"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the delivery&apos;s review (Enter)</source>
        <translation>Öppna leveransens granskning (Retur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing waits for your approval.</source>
        <translation>Inget väntar på ditt godkännande.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n steg väntar på ditt godkännande</numerusform>
            <numerusform>%n steg väntar på ditt godkännande</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Approved.</source>
        <translation>Godkänt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owners are told why.</source>
        <translation>Avvisat: ägarna får veta varför.</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%Ln step(s) wait for your approval</source>
        <translation>
            <numerusform>%Ln steg väntar på ditt godkännande</numerusform>
            <numerusform>%Ln steg väntar på ditt godkännande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_model.py" line="+27"/>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_words.py" line="+12"/>
        <source>Typology control rule</source>
        <translation>Typologins kontrollregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Korrekturmålets storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template syntax</source>
        <translation>Mallens syntax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message rendering</source>
        <translation>Återgivning av meddelandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient checked</source>
        <translation>Kontrollerad mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative present</source>
        <translation>Textversion finns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative not empty</source>
        <translation>Textversionen är inte tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and HTML say the same</source>
        <translation>Text och HTML säger samma sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML not image-only</source>
        <translation>HTML inte bara bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Meddelandets storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header lines at most 998 characters</source>
        <translation>Rubrikrader på högst 998 tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header bytes encoded</source>
        <translation>Rubrikernas byte kodade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date header</source>
        <translation>Date-rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date with a numeric zone</source>
        <translation>Date med numerisk tidszon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID header</source>
        <translation>Message-ID-rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID with a domain</source>
        <translation>Message-ID med en domän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe header</source>
        <translation>List-Unsubscribe-rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe by e-mail (mailto)</source>
        <translation>List-Unsubscribe via e-post (mailto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List-Unsubscribe over https</source>
        <translation>List-Unsubscribe via https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-click unsubscribe</source>
        <translation>Avregistrering med ett klick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id header</source>
        <translation>List-Id-rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links go where their text says</source>
        <translation>Länkar leder dit texten säger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link text and tracking domain</source>
        <translation>Länktext och spårningsdomän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL over https</source>
        <translation>Spårnings-URL via https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL reachable by recipients</source>
        <translation>Spårnings-URL nåbar för mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender and tracking domains</source>
        <translation>Avsändar- och spårningsdomän</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filters should let it through</source>
        <translation>filter bör släppa igenom det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stricter filters may hold it back</source>
        <translation>striktare filter kan hålla kvar det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters will likely mark it as spam</source>
        <translation>filter markerar det troligen som skräppost</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+50"/>
        <source>Pre-flight check</source>
        <translation>Kontroll före utskick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run check</source>
        <translation>Kör kontrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the control rules and the message a send would build; sends nothing.</source>
        <translation>Kontrollerar kontrollreglerna och meddelandet ett utskick skulle bygga; skickar ingenting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet.</source>
        <translation>Inte kontrollerad än.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking...</source>
        <translation>Kontrollerar...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n error(s) to fix</source>
        <translation type="vanished">
            <numerusform>Inte klar: %n fel att rätta</numerusform>
            <numerusform>Inte klar: %n fel att rätta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s)</source>
        <translation type="vanished">
            <numerusform>Klar, med %n varning</numerusform>
            <numerusform>Klar, med %n varningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter score %1: %2</source>
        <translation>filterpoäng %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message built for %1 (%2 bytes).</source>
        <translation>Meddelande byggt för %1 (%2 byte).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pre-flight check is still running.</source>
        <translation>Kontrollen före utskick pågår fortfarande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pre-flight check has run: see Pre-flight check first.</source>
        <translation>Ingen kontroll före utskick har körts: se Kontroll före utskick först.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation type="vanished">
            <numerusform>Kontrollen före utskick hittade %n fel: %1.</numerusform>
            <numerusform>Kontrollen före utskick hittade %n fel: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s).</source>
        <translation type="vanished">
            <numerusform>Kontrollen före utskick hittade %n varning.</numerusform>
            <numerusform>Kontrollen före utskick hittade %n varningar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pre-flight check found nothing to fix.</source>
        <translation>Kontrollen före utskick hittade inget att rätta.</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Not ready: %Ln error(s) to fix</source>
        <translation>
            <numerusform>Inte klar: %Ln fel att rätta</numerusform>
            <numerusform>Inte klar: %Ln fel att rätta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %Ln warning(s)</source>
        <translation>
            <numerusform>Klar, med %Ln varning</numerusform>
            <numerusform>Klar, med %Ln varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The pre-flight check found %Ln error(s): %1.</source>
        <translation>
            <numerusform>Kontrollen före utskick hittade %Ln fel: %1.</numerusform>
            <numerusform>Kontrollen före utskick hittade %Ln fel: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %Ln warning(s).</source>
        <translation>
            <numerusform>Kontrollen före utskick hittade %Ln varning.</numerusform>
            <numerusform>Kontrollen före utskick hittade %Ln varningar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preparation_panel.py" line="+77"/>
        <location line="+140"/>
        <source>Prepare</source>
        <translation>Förbered</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+182"/>
        <location line="+10"/>
        <source>Stop preparation</source>
        <translation>Stoppa förberedelse</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Logs</source>
        <translation>Loggar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targeted</source>
        <translation>Målinriktade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>Att leverera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>Att exkludera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation errors</source>
        <translation>Personaliseringsfel</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+171"/>
        <source>Preparation failed: %1</source>
        <translation>Förberedelsen misslyckades: %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Being prepared in another window or process.</source>
        <translation>Förbereds i ett annat fönster eller en annan process.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Prepare the delivery “%1”? The target, the exclusions and every message are computed now; nothing is sent.</source>
        <translation>Förbered leveransen ”%1”? Målgruppen, exkluderingarna och varje meddelande beräknas nu; inget skickas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the preparation…</source>
        <translation>Förberedelsen startar…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping the preparation…</source>
        <translation>Förberedelsen stoppas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This delivery is being prepared elsewhere (another window, process or machine). Stop that preparation? Nothing it computed is kept.</source>
        <translation>Leveransen förbereds någon annanstans (ett annat fönster, en annan process eller dator). Stoppa den förberedelsen? Inget av det den har beräknat sparas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Targeting: selecting the audience and applying the rules…</source>
        <translation>Målinriktning: målgruppen väljs och reglerna tillämpas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusions: duplicates, control group, target limit…</source>
        <translation>Exkluderingar: dubbletter, kontrollgrupp, målgruppsgräns…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalisation of the messages…</source>
        <translation>Meddelandena personaliseras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the delivery logs…</source>
        <translation>Leveransloggarna skrivs…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 messages</source>
        <translation>%1 av %2 meddelanden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preparation was stopped; nothing was kept.</source>
        <translation>Förberedelsen stoppades; inget sparades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared: %1 messages to deliver, %2 excluded, %3 errors.</source>
        <translation>Förberedd: %1 meddelanden att leverera, %2 exkluderade, %3 fel.</translation>
    </message>
</context>
<context>
    <name>ProofListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+47"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message>
        <location line="+25"/>
        <source>Proof target: a list, or up to %1 addresses</source>
        <translation>Korrekturmottagare: en lista, eller upp till %1 adresser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof list</source>
        <translation>En korrekturlista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each address receives a proof</source>
        <translation>Varje adress får ett korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member of a list flagged as a proof target</source>
        <translation>Varje medlem i en lista markerad som korrekturmottagare</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only an e-mail delivery has a proof target.</source>
        <translation>Endast en e-postleverans har korrekturmottagare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proof list chosen: no proof can be sent.</source>
        <translation>Ingen korrekturlista vald: inget korrektur kan skickas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list is not flagged as a proof target.</source>
        <translation>Listan är inte markerad som korrekturmottagare.</translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation type="vanished">
            <numerusform>Ett korrektur går till listans %n medlem.</numerusform>
            <numerusform>Ett korrektur går till listans %n medlemmar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address: no proof can be sent.</source>
        <translation>Ingen adress: inget korrektur kan skickas.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation type="vanished">
            <numerusform>%n adress: en korrekturmottagare rymmer högst %1.</numerusform>
            <numerusform>%n adresser: en korrekturmottagare rymmer högst %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Ett korrektur går till %n adress.</numerusform>
            <numerusform>Ett korrektur går till %n adresser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>A proof goes to the %Ln member(s) of the list.</source>
        <translation>
            <numerusform>Ett korrektur går till listans %Ln medlem.</numerusform>
            <numerusform>Ett korrektur går till listans %Ln medlemmar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%Ln adress: en korrekturmottagare rymmer högst %1.</numerusform>
            <numerusform>%Ln adresser: en korrekturmottagare rymmer högst %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %Ln address(es).</source>
        <translation>
            <numerusform>Ett korrektur går till %Ln adress.</numerusform>
            <numerusform>Ett korrektur går till %Ln adresser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proofs</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_model.py" line="+30"/>
        <source>Proof</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent: %1 of %2 accepted</source>
        <translation>Skickat: %1 av %2 accepterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly sent: %1 of %2 accepted</source>
        <translation>Delvis skickat: %1 av %2 accepterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1 of %2 accepted</source>
        <translation>Misslyckades: %1 av %2 accepterade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accepted</source>
        <translation>%1 av %2 accepterade</translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+68"/>
        <location line="+95"/>
        <source>Send a proof</source>
        <translation>Skicka korrektur</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+88"/>
        <source>Proofs</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No proof sent yet.</source>
        <translation>Inget korrektur skickat än.</translation>
    </message>
    <message numerus="yes">
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation type="vanished">
            <numerusform>Korrekturmottagare: listan ”%1” (%n adress)</numerusform>
            <numerusform>Korrekturmottagare: listan ”%1” (%n adresser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="vanished">
            <numerusform>%1 och %n till</numerusform>
            <numerusform>%1 och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Proof target: %1</source>
        <translation>Korrekturmottagare: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proof target yet: choose a proof list or type proof addresses in the Properties tab.</source>
        <translation>Ingen korrekturmottagare än: välj en korrekturlista eller skriv korrekturadresser på fliken Egenskaper.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending a proof needs the right %1.</source>
        <translation>Att skicka korrektur kräver rättigheten %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a proof target first (Properties tab).</source>
        <translation>Ange först en korrekturmottagare (fliken Egenskaper).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof can be sent once the preparation has ended.</source>
        <translation>Korrektur kan skickas när förberedelsen är klar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proof is being sent.</source>
        <translation>Ett korrektur skickas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the message to every proof address now, marked as a proof.</source>
        <translation>Skicka meddelandet till varje korrekturadress nu, märkt som korrektur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the proof…</source>
        <translation>Skickar korrekturet…</translation>
    </message>
    <message numerus="yes">
        <source>Proof %1 sent to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Korrektur %1 skickat till %n adress.</numerusform>
            <numerusform>Korrektur %1 skickat till %n adresser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation type="vanished">
            <numerusform>Korrektur %1: %2 av %n adress tog emot det; listan visar varför de andra inte gjorde det.</numerusform>
            <numerusform>Korrektur %1: %2 av %n adresser tog emot det; listan visar varför de andra inte gjorde det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proof %1 failed: no address accepted it; the list says why.</source>
        <translation>Korrektur %1 misslyckades: ingen adress tog emot det; listan visar varför.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No proof was sent: %1</source>
        <translation>Inget korrektur skickades: %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Router proofs</source>
        <translation>Routerns korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send router proof</source>
        <translation>Skicka routerns korrektur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The router&apos;s proof is sent once the file is extracted (and approved), while the delivery is To submit.</source>
        <translation>Routerns korrektur skickas när filen är extraherad (och godkänd), medan leveransen är Att skicka in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the router&apos;s notification to every proof address now, marked as a proof.</source>
        <translation>Skicka routerns avisering till varje korrekturadress nu, märkt som korrektur.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>Proof target: the list “%1” (%Ln address(es))</source>
        <translation>
            <numerusform>Korrekturmottagare: listan ”%1” (%Ln adress)</numerusform>
            <numerusform>Korrekturmottagare: listan ”%1” (%Ln adresser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 och %Ln till</numerusform>
            <numerusform>%1 och %Ln till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Proof %1 sent to %Ln address(es).</source>
        <translation>
            <numerusform>Korrektur %1 skickat till %Ln adress.</numerusform>
            <numerusform>Korrektur %1 skickat till %Ln adresser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>Korrektur %1: %2 av %Ln adress tog emot det; listan visar varför de andra inte gjorde det.</numerusform>
            <numerusform>Korrektur %1: %2 av %Ln adresser tog emot det; listan visar varför de andra inte gjorde det.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+22"/>
        <source>Address to quarantine</source>
        <translation>Adress att sätta i karantän</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>Anledning (valfri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to quarantine</source>
        <translation>Sätt i karantän</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Remove from quarantine</source>
        <translation>Ta bort från karantän</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>You lack the right %1 to change the quarantine</source>
        <translation>Du saknar behörigheten %1 för att ändra karantänen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take the selected address out of quarantine</source>
        <translation>Ta ut den valda adressen ur karantän</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is in quarantine.</source>
        <translation>%1 är i karantän.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is out of quarantine.</source>
        <translation>%1 är inte längre i karantän.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 out of quarantine? Its next deliveries will be sent to it.</source>
        <translation>Ta ut %1 ur karantän? Kommande leveranser skickas till den.</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <location filename="../../desktop/views/recipient_import_dialog.py" line="+75"/>
        <location line="+137"/>
        <location line="+180"/>
        <source>Import recipients</source>
        <translation>Importera mottagare</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>En CSV-fil i UTF-8 med en rubrikrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column of the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>Hamnar i</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The first rows of the file:</source>
        <translation>De första raderna i filen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each column becomes:</source>
        <translation>Vad varje kolumn blir:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+189"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export rejected lines...</source>
        <translation>&amp;Exportera avvisade rader…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;another file...</source>
        <translation>Importera en &amp;annan fil…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rejected: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignored: the console sets it</source>
        <translation>Ignoreras: konsolen sätter den</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom field “%1”</source>
        <translation>Anpassat fält ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>Ignorera kolumnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing %1...</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file...</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping after the current batch...</source>
        <translation>Stoppar efter den pågående omgången…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2 new, %3 updated, %4 rejected</source>
        <translation>Rad %1: %2 nya, %3 uppdaterade, %4 avvisade</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An earlier import of this file (by %1) stopped at line %2, with %3 new, %4 updated and %5 rejected. Resume it after that line, or import the file from its first line?</source>
        <translation>En tidigare import av den här filen (av %1) stoppades på rad %2, med %3 nya, %4 uppdaterade och %5 avvisade. Återuppta den efter den raden, eller importera filen från första raden?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start over</source>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1: %2.</source>
        <translation>%1 importerad: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at line %6 by an error: %7. Until then: %2. Import %1 again to continue after that line.</source>
        <translation>Stoppades på rad %6 av ett fel: %7. Dittills: %2. Importera %1 igen för att fortsätta efter den raden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at line %6: %2 so far. Import %1 again to continue after that line.</source>
        <translation>Stoppades på rad %6: hittills %2. Importera %1 igen för att fortsätta efter den raden.</translation>
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
            <numerusform>%Ln ny mottagare</numerusform>
            <numerusform>%Ln nya mottagare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updated</source>
        <translation>%1 uppdaterade</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln rad avvisad</numerusform>
            <numerusform>%Ln rader avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln varning</numerusform>
            <numerusform>%Ln varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln line(s) exported</source>
        <translation>
            <numerusform>%Ln rad exporterad</numerusform>
            <numerusform>%Ln rader exporterade</numerusform>
        </translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The first %1 of %2 lines with something to say:</source>
        <translation>De första %1 av %2 rader med något att påpeka:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines with something to say:</source>
        <translation>Rader med något att påpeka:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every line was imported.</source>
        <translation>Alla rader importerades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line was rejected so far.</source>
        <translation>Ingen rad har avvisats hittills.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(This import resumed an earlier one after line %1.)</source>
        <translation>(Den här importen återupptog en tidigare efter rad %1.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writes every rejected line (line, reason, content) to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>Skriver alla avvisade rader (rad, anledning, innehåll) till en CSV-fil. Värden som ett kalkylprogram skulle köra som en formel (som börjar med =, +, -, @, en tabb eller en vagnretur) skrivs med en inledande apostrof, så att de öppnas som text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You lack the right %1 to export</source>
        <translation>Du saknar behörigheten %1 för att exportera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the rejected lines</source>
        <translation>Exportera de avvisade raderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting...</source>
        <translation>Exporterar…</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+184"/>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… more: type in the search box</source>
        <translation>… fler: skriv i sökrutan</translation>
    </message>
</context>
<context>
    <name>RelaySettingsForm</name>
    <message>
        <location filename="../../desktop/views/relay_settings_form.py" line="+58"/>
        <source>empty: the local outbox on this computer</source>
        <translation>tomt: den lokala utkorgen på den här datorn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Ingen</translation>
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
        <translation>TLS (implicit, port 465)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Tidsgräns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is not stored in the database: it is kept in %1 (readable by you only), or taken from the environment variable %2 when it is set.</source>
        <translation>Lösenordet sparas inte i databasen: det förvaras i %1 (läsbart endast för dig), eller hämtas från miljövariabeln %2 när den är satt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>SMTP relay</source>
        <translation>SMTP-relä</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>unchanged (a password is set)</source>
        <translation>oförändrat (ett lösenord är angivet)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No host: messages go to the local outbox, which needs no test.</source>
        <translation>Ingen värd: meddelandena hamnar i den lokala utkorgen, som inte behöver testas.</translation>
    </message>
    <message>
        <source>The relay %1 does not work: %2</source>
        <translation type="vanished">Reläet %1 fungerar inte: %2</translation>
    </message>
    <message>
        <source>The relay %1 answers.</source>
        <translation type="vanished">Reläet %1 svarar.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>empty: this computer&apos;s fully qualified name, else the sender&apos;s domain</source>
        <translation>tomt: datorns fullständiga namn, annars avsändarens domän</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>tomt: systemets certifikatutfärdare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for a relay whose certificate a private authority signed</source>
        <translation>En PEM-fil med certifikatutfärdare som betros utöver systemets, för ett relä vars certifikat en privat utfärdare signerat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EHLO name</source>
        <translation>EHLO-namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not tried</source>
        <translation>inte provat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay %1 works: a send can use it.</source>
        <translation>Reläet %1 fungerar: ett utskick kan använda det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay %1 does not work yet:</source>
        <translation>Reläet %1 fungerar inte än:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender (MAIL FROM)</source>
        <translation>Avsändare (MAIL FROM)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Read only: only administrators change the relay.</source>
        <translation>Skrivskyddad: endast administratörer ändrar reläet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>set</source>
        <translation>angivet</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/views/review_words.py" line="+28"/>
        <source>Targeting</source>
        <translation>Målinriktning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>Extraheringsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an operator since deleted</source>
        <translation>en operatör som har tagits bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2</source>
        <translation>Godkänt av %1 den %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected by %1 on %2</source>
        <translation>Avvisat av %1 den %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group %1</source>
        <translation>gruppen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its owner %1</source>
        <translation>ägaren %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>an administrator</source>
        <translation>en administratör</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only %1 may approve or reject this step.</source>
        <translation>Endast %1 får godkänna eller avvisa det här steget.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a proof first: the proofs step is decided on a proof sent since the preparation.</source>
        <translation>Skicka först ett korrektur: korrektursteget avgörs på ett korrektur som skickats efter förberedelsen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 may confirm this delivery.</source>
        <translation>Endast %1 får bekräfta den här leveransen.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+102"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No approval is asked for this delivery.</source>
        <translation>Inget godkännande krävs för den här leveransen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval.</source>
        <translation type="vanished">
            <numerusform>%n steg väntar på ditt godkännande.</numerusform>
            <numerusform>%n steg väntar på ditt godkännande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation type="vanished">
            <numerusform>%n steg väntar på godkännande av sina granskare.</numerusform>
            <numerusform>%n steg väntar på godkännande av sina granskare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected: the delivery went back to Being edited.</source>
        <translation>Avvisat: leveransen gick tillbaka till Redigeras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step asked was approved.</source>
        <translation>Alla begärda steg har godkänts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewers</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved.</source>
        <translation>Godkänt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owner is told why.</source>
        <translation>Avvisat: ägaren får veta varför.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Targeted</source>
        <translation>Målinriktade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>Att leverera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>Att exkludera</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excluded by cause: %1</source>
        <translation>Exkluderade per orsak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody was excluded.</source>
        <translation>Ingen exkluderades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last proof: none sent yet.</source>
        <translation>Senaste korrektur: inget skickat än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last proof: #%1, sent %2 by %3 to %4 (%5)</source>
        <translation>Senaste korrektur: nr %1, skickat %2 av %3 till %4 (%5)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Rejected: the delivery went back to %1.</source>
        <translation>Avvisad: leveransen gick tillbaka till %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Approve file</source>
        <translation>Godkänn filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject file</source>
        <translation>Avvisa filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Acceptera</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Extraction file %1: the first of its %2 rows</source>
        <translation>Extraheringsfil %1: de första av dess %2 rader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file: %1</source>
        <translation>Extraheringsfil: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>%Ln step(s) wait for your approval.</source>
        <translation>
            <numerusform>%Ln steg väntar på ditt godkännande.</numerusform>
            <numerusform>%Ln steg väntar på ditt godkännande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%Ln steg väntar på godkännande av sina granskare.</numerusform>
            <numerusform>%Ln steg väntar på godkännande av sina granskare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_dialog.py" line="+130"/>
        <source>&amp;Step:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Granskare:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no operator or group to choose.</source>
        <translation>Det finns ingen operatör eller grupp att välja.</translation>
    </message>
</context>
<context>
    <name>ReviewerPicker</name>
    <message>
        <location line="-73"/>
        <source>Operators</source>
        <translation>Operatörer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
</context>
<context>
    <name>ReviewerTable</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_table.py" line="+227"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a reviewer (Insert)</source>
        <translation>Ange en granskare (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected reviewer (Enter)</source>
        <translation>Ändra den markerade granskaren (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected reviewer (Delete)</source>
        <translation>Ta bort den markerade granskaren (Delete)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add a reviewer</source>
        <translation>Lägg till en granskare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a reviewer</source>
        <translation>Redigera en granskare</translation>
    </message>
</context>
<context>
    <name>ReviewerTableModel</name>
    <message>
        <location line="-193"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateButton</name>
    <message>
        <location filename="../../desktop/views/dashboard/save_as_template_button.py" line="+29"/>
        <source>Save as template...</source>
        <translation>Spara som mall...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A delivery template with everything of this delivery but its audience and schedule (Resources &gt; Templates)</source>
        <translation>En leveransmall med allt i den här leveransen utom målgrupp och schema (Resurser &gt; Mallar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create a template</source>
        <translation>Du saknar behörigheten %1 för att skapa en mall</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new template:</source>
        <translation>Namn på den nya mallen:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as the template “%1”.</source>
        <translation>Sparad som mallen ”%1”.</translation>
    </message>
</context>
<context>
    <name>SendProgressBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/send_progress_bar.py" line="+122"/>
        <source>Not prepared yet: nothing to send.</source>
        <translation>Inte förberedd än: inget att skicka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 delivered</source>
        <translation>%1 levererade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 misslyckade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cancelled</source>
        <translation>%1 avbrutna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to send</source>
        <translation>%1 att skicka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 messages to deliver</source>
        <translation>%1 av %2 meddelanden att leverera</translation>
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
        <translation>Skicka</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>%v of %m messages processed</source>
        <translation type="vanished">%v av %m meddelanden bearbetade</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="vanished">Målinriktad</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation type="vanished">Att leverera</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of targeted</source>
        <translation>av målinriktade</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opens</source>
        <translation>Öppningar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of delivered</source>
        <translation>av levererade</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clicks</source>
        <translation>Klickningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of to deliver</source>
        <translation>av att leverera</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Hard bounces</source>
        <translation>Hårda studsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bounces</source>
        <translation>Mjuka studsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscriptions</source>
        <translation>Avregistreringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All opens</source>
        <translation>Alla öppningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clicks</source>
        <translation>Alla klickningar</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Continue sending</source>
        <translation>Fortsätt sändningen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>Confirm delivery</source>
        <translation>Bekräfta leverans</translation>
    </message>
    <message numerus="yes">
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation type="vanished">
            <numerusform>Skicka leveransen nu till %n mottagare?</numerusform>
            <numerusform>Skicka leveransen nu till %n mottagare?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop delivery</source>
        <translation>Stoppa leveransen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this delivery for good? Messages not sent yet are cancelled.</source>
        <translation>Stoppa leveransen för gott? Meddelanden som inte har skickats än avbryts.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Pre-flight check</source>
        <translation>Kontroll före utskick</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take out of quarantine every address this delivery&apos;s hard bounces put there (when they were the relay&apos;s refusals, not the recipients&apos;)</source>
        <translation>Ta ut ur karantän varje adress som detta utskicks hårda studsar satte där (när de var reläets avvisningar, inte mottagarnas)</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Release quarantined addresses</source>
        <translation>Släpp adresser i karantän</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation type="vanished">
            <numerusform>Ta ut den %n adress som detta utskick satte i karantän? Adresser satta i karantän för hand eller av andra utskick stannar.</numerusform>
            <numerusform>Ta ut de %n adresser som detta utskick satte i karantän? Adresser satta i karantän för hand eller av andra utskick stannar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released from quarantine.</source>
        <translation type="vanished">
            <numerusform>%n adress släppt ur karantän.</numerusform>
            <numerusform>%n adresser släppta ur karantän.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n quarantined address(es)</source>
        <translation type="vanished">
            <numerusform>Släpp %n adress i karantän</numerusform>
            <numerusform>Släpp %n adresser i karantän</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Take the %Ln address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>Ta ut den %Ln adress som detta utskick satte i karantän? Adresser satta i karantän för hand eller av andra utskick stannar.</numerusform>
            <numerusform>Ta ut de %Ln adresser som detta utskick satte i karantän? Adresser satta i karantän för hand eller av andra utskick stannar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln address(es) released from quarantine.</source>
        <translation>
            <numerusform>%Ln adress släppt ur karantän.</numerusform>
            <numerusform>%Ln adresser släppta ur karantän.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>Release %Ln quarantined address(es)</source>
        <translation>
            <numerusform>Släpp %Ln adress i karantän</numerusform>
            <numerusform>Släpp %Ln adresser i karantän</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Send this delivery now to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Skicka leveransen nu till %Ln mottagare?</numerusform>
            <numerusform>Skicka leveransen nu till %Ln mottagare?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTools</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="+273"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Utkorg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulate audience (simulation)…</source>
        <translation>Simulera målgrupp (simulering)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A demonstration: simulated readers open and click</source>
        <translation>En demonstration: simulerade läsare öppnar och klickar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP &amp;relay settings…</source>
        <translation>Inställningar för SMTP-&amp;relä…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP-relä</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="+35"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default: a file in your data folder</source>
        <translation>standard: en fil i din datamapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLAlchemy URL, e.g. postgresql+psycopg://user@host/console</source>
        <translation>En SQLAlchemy-URL, t.ex. postgresql+psycopg://user@host/console</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes apply the next time Campaign Console starts.</source>
        <translation>Ändringarna gäller nästa gång Campaign Console startar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The settings file would keep this password in clear: remove it from the URL and set PGPASSWORD, or write it in ~/.pgpass (or the file PGPASSFILE names), readable by you only.</source>
        <translation>Inställningsfilen skulle spara lösenordet i klartext: ta bort det från URL:en och sätt PGPASSWORD, eller skriv det i ~/.pgpass (eller filen som PGPASSFILE anger), som bara du får läsa.</translation>
    </message>
</context>
<context>
    <name>SimulateAudienceDialog</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="-206"/>
        <source>Simulate audience (simulation)</source>
        <translation>Simulera målgrupp (simulering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This is a simulation for demonstrations.&lt;/b&gt; It reads messages from the local outbox and requests their open pixel and some of their links over HTTP, as readers would, so opens and clicks go through the real tracking server and the dashboard&apos;s charts move.</source>
        <translation>&lt;b&gt;Detta är en simulering för demonstrationer.&lt;/b&gt; Den läser meddelanden från den lokala utkorgen och begär deras öppningspixel och några av deras länkar över HTTP, som läsare skulle göra, så att öppningar och klickningar går via den riktiga spårningsservern och kontrollpanelens diagram rör sig.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers who open</source>
        <translation>Läsare som öppnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openers who click</source>
        <translation>Öppnare som klickar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read at most</source>
        <translation>Högst antal lästa meddelanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread over</source>
        <translation>Fördelat över</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simulera</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simulated readers at work…</source>
        <translation>Simulerade läsare arbetar…</translation>
    </message>
    <message>
        <source>Simulation done: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation type="vanished">Simuleringen klar: %1 öppningar, %2 klickningar, %3 avregistreringar från %4 meddelanden.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>#%1 %2 (%Ln message(s))</source>
        <translation>
            <numerusform>nr %1 %2 (%Ln meddelande)</numerusform>
            <numerusform>nr %1 %2 (%Ln meddelanden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message in the outbox yet</source>
        <translation>Inga meddelanden i utkorgen ännu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Simulation done on delivery #%5: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation>Simuleringen klar för leverans nr %5: %1 öppningar, %2 klickningar, %3 avregistreringar från %4 meddelanden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate again</source>
        <translation>Simulera igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>SimulationWorker</name>
    <message>
        <location filename="../../desktop/workers/simulation_worker.py" line="+51"/>
        <source>The simulation was stopped.</source>
        <translation>Simuleringen stoppades.</translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../desktop/views/forms/stock_form.py" line="+23"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
</context>
<context>
    <name>StockLevelChart</name>
    <message>
        <location filename="../../desktop/views/forms/stock_level_chart.py" line="+44"/>
        <source>units in stock</source>
        <translation>enheter i lager</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stock line</source>
        <translation>Lagerrad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This stock has no line yet.</source>
        <translation>Det här lagret har inga rader ännu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In stock %1, alert level %2, consumed %3, ordered %4.</source>
        <translation>I lager %1, larmnivå %2, förbrukat %3, beställt %4.</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../desktop/views/template_actions.py" line="+28"/>
        <source>New delivery from &amp;template...</source>
        <translation>Ny leverans från &amp;mall...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new delivery from a delivery template</source>
        <translation>En ny leverans från en leveransmall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>Du saknar behörigheten %1 för att skapa en leverans</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-340"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="vanished">namn@example.com, annan@example.com</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>first, second, third</source>
        <translation>första, andra, tredje</translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../desktop/views/unreachable_banner.py" line="+40"/>
        <source>The database is unreachable: trying again…</source>
        <translation>Databasen går inte att nå: försöker igen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1. What you typed stays; saving waits until it is back.</source>
        <translation>Orsak: %1. Det du har skrivit finns kvar; sparandet väntar tills den är tillbaka.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../desktop/views/unsaved_changes.py" line="+72"/>
        <source>%1 has unsaved changes.</source>
        <translation>%1 har osparade ändringar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These forms have unsaved changes:
%1</source>
        <translation>Dessa formulär har osparade ändringar:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save them?</source>
        <translation>Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../desktop/views/display_values.py" line="+23"/>
        <source>Being edited</source>
        <translation>Redigeras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Förbereds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending confirmation</source>
        <translation>Väntar på bekräftelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed</source>
        <translation>Förberedelsen misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending extraction</source>
        <translation>Väntar på extrahering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to approve</source>
        <translation>Fil att godkänna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To submit</source>
        <translation>Att skicka in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs to validate</source>
        <translation>Korrektur att validera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Direktreklam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer</source>
        <translation>Heltal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal</source>
        <translation>Decimaltal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Boolesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Lång text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering</source>
        <translation>Filtrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>Tryck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-47"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare deliveries</source>
        <translation>Förbereda leveranser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start deliveries</source>
        <translation>Starta leveranser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Godkännande</translation>
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
        <translation>Ämne ifyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender set</source>
        <translation>Avsändare angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>Avregistreringslänk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>Meddelandestorlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>Storlek på korrekturmålgrupp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before targeting</source>
        <translation>Före målinriktning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After targeting</source>
        <translation>Efter målinriktning</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Postage</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Tryckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Kuvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Linjär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear by threshold</source>
        <translation>Linjär per tröskel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant by threshold</source>
        <translation>Konstant per tröskel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enough text</source>
        <translation>Tillräckligt med text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable tracking links</source>
        <translation>Nåbara spårningslänkar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/display_values.py" line="-34"/>
        <source>Ready for hand-off</source>
        <translation>Redo för överlämning</translation>
    </message>
</context>
</TS>
