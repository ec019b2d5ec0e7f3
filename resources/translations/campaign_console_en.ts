<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BudgetTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/forms/budget_tab.py" line="+138"/>
        <source>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign(s)).</source>
        <translation>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign).</numerusform>
            <numerusform>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaigns).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDeliveriesPanel</name>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="vanished">
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+174"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message numerus="yes">
        <source>%n recipient(s) match</source>
        <translation type="vanished">
            <numerusform>%n recipient matches</numerusform>
            <numerusform>%n recipients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/forms/condition_builder.py" line="+554"/>
        <source>%Ln recipient(s) match</source>
        <translation>
            <numerusform>%Ln recipient matches</numerusform>
            <numerusform>%Ln recipients match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <source>Approve these %n steps?</source>
        <translation type="vanished">
            <numerusform>Approve %n step?</numerusform>
            <numerusform>Approve these %n steps?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation type="vanished">
            <numerusform>Reject %n step? Its delivery goes back to Being edited and its owner is told why.</numerusform>
            <numerusform>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/step_decision.py" line="+78"/>
        <source>Approve these %Ln steps?</source>
        <translation>
            <numerusform>Approve %Ln step?</numerusform>
            <numerusform>Approve these %Ln steps?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</source>
        <translation><numerusform>Reject %Ln step? Its delivery goes back to the status shown beside it and its owner is told why.</numerusform><numerusform>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</source>
        <translation><numerusform>Reject %Ln step? Its delivery goes back to %1 and its owner is told why.</numerusform><numerusform>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>Reject %Ln step? Its delivery goes back to Being edited and its owner is told why.</numerusform>
            <numerusform>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectMailPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/direct_mail_panel.py" line="+360"/>
        <source>Write the extraction file of %n recipient(s) to %1?</source>
        <translation>
            <numerusform>Write the extraction file of %n recipient to %1?</numerusform>
            <numerusform>Write the extraction file of %n recipients to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>Extracted: %n row(s) written to %1.</source>
        <translation>
            <numerusform>Extracted: %n row written to %1.</numerusform>
            <numerusform>Extracted: %n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <location filename="../../desktop/views/translatable_data.py" line="+346"/>
        <source>Targeting: %Ln recipient(s) selected.</source>
        <translation>
            <numerusform>Targeting: %Ln recipient selected.</numerusform>
            <numerusform>Targeting: %Ln recipients selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Control group: %Ln recipient(s) ({percent}) held out.</source>
        <translation>
            <numerusform>Control group: %Ln recipient ({percent}) held out.</numerusform>
            <numerusform>Control group: %Ln recipients ({percent}) held out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by typology rule {rule}.</source>
        <translation>
            <numerusform>Target limited to %Ln message by typology rule {rule}.</numerusform>
            <numerusform>Target limited to %Ln messages by typology rule {rule}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by the delivery&apos;s target limit.</source>
        <translation>
            <numerusform>Target limited to %Ln message by the delivery&apos;s target limit.</numerusform>
            <numerusform>Target limited to %Ln messages by the delivery&apos;s target limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule} excluded %Ln recipient(s).</source>
        <translation>
            <numerusform>Typology rule {rule} excluded %Ln recipient.</numerusform>
            <numerusform>Typology rule {rule} excluded %Ln recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %Ln more recipient(s) whose message failed to render.</source>
        <translation>
            <numerusform>... and %Ln more recipient whose message failed to render.</numerusform>
            <numerusform>... and %Ln more recipients whose message failed to render.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</source>
        <translation>
            <numerusform>%Ln message to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</numerusform>
            <numerusform>%Ln messages to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</source>
        <translation>
            <numerusform>Typology rule {rule}: %Ln message of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</numerusform>
            <numerusform>Typology rule {rule}: %Ln messages of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in {folder}. Calculated cost: {cost}.</source>
        <translation>
            <numerusform>Extraction file {file} written by {operator}: %Ln row, {columns} columns, in {folder}. Calculated cost: {cost}.</numerusform>
            <numerusform>Extraction file {file} written by {operator}: %Ln rows, {columns} columns, in {folder}. Calculated cost: {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</source>
        <translation>
            <numerusform>Handed off by {operator}: %Ln row copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</numerusform>
            <numerusform>Handed off by {operator}: %Ln rows copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</source>
        <translation>
            <numerusform>Handed off by {operator}: %Ln row copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</numerusform>
            <numerusform>Handed off by {operator}: %Ln rows copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Calculated cost of %Ln extracted row(s): {total}.</source>
        <translation>
            <numerusform>Calculated cost of %Ln extracted row: {total}.</numerusform>
            <numerusform>Calculated cost of %Ln extracted rows: {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted.</source>
        <translation>
            <numerusform>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address accepted.</numerusform>
            <numerusform>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln addresses accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted; not sent: {refused}.</source>
        <translation>
            <numerusform>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address accepted; not sent: {refused}.</numerusform>
            <numerusform>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln addresses accepted; not sent: {refused}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay}: %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Sending through {relay}: %Ln message to send over {connections} connections.</numerusform>
            <numerusform>Sending through {relay}: %Ln messages to send over {connections} connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay} (local outbox): %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>Sending through {relay} (local outbox): %Ln message to send over {connections} connections.</numerusform>
            <numerusform>Sending through {relay} (local outbox): %Ln messages to send over {connections} connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) of a stopped sender handed out again.</source>
        <translation>
            <numerusform>%Ln message of a stopped sender handed out again.</numerusform>
            <numerusform>%Ln messages of a stopped sender handed out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</source>
        <translation>
            <numerusform>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</numerusform>
            <numerusform>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by {operator}: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Stopped by {operator}: %Ln message not sent cancelled.</numerusform>
            <numerusform>Stopped by {operator}: %Ln messages not sent cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>Stopped: %Ln message not sent cancelled.</numerusform>
            <numerusform>Stopped: %Ln messages not sent cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded; sending carries on.</source>
        <translation>
            <numerusform>A sender waited for the database, which was unreachable; %Ln outcome kept meanwhile now recorded; sending carries on.</numerusform>
            <numerusform>A sender waited for the database, which was unreachable; %Ln outcomes kept meanwhile now recorded; sending carries on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded and {released} messages handed out again; sending carries on.</source>
        <translation>
            <numerusform>A sender waited for the database, which was unreachable; %Ln outcome kept meanwhile now recorded and {released} messages handed out again; sending carries on.</numerusform>
            <numerusform>A sender waited for the database, which was unreachable; %Ln outcomes kept meanwhile now recorded and {released} messages handed out again; sending carries on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_window.py" line="+268"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln row exported</numerusform>
            <numerusform>%Ln rows exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/outbox_view.py" line="+192"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message numerus="yes">
        <source>%n step(s) wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n step waits for your approval</numerusform>
            <numerusform>%n steps wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pending_approvals_view.py" line="+162"/>
        <source>%Ln step(s) wait for your approval</source>
        <translation>
            <numerusform>%Ln step waits for your approval</numerusform>
            <numerusform>%Ln steps wait for your approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message numerus="yes">
        <source>Not ready: %n error(s) to fix</source>
        <translation type="vanished">
            <numerusform>Not ready: %n error to fix</numerusform>
            <numerusform>Not ready: %n errors to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s)</source>
        <translation type="vanished">
            <numerusform>Ready, with %n warning</numerusform>
            <numerusform>Ready, with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation type="vanished">
            <numerusform>The pre-flight check found %n error: %1.</numerusform>
            <numerusform>The pre-flight check found %n errors: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s).</source>
        <translation type="vanished">
            <numerusform>The pre-flight check found %n warning.</numerusform>
            <numerusform>The pre-flight check found %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+149"/>
        <source>Not ready: %Ln error(s) to fix</source>
        <translation>
            <numerusform>Not ready: %Ln error to fix</numerusform>
            <numerusform>Not ready: %Ln errors to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %Ln warning(s)</source>
        <translation>
            <numerusform>Ready, with %Ln warning</numerusform>
            <numerusform>Ready, with %Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The pre-flight check found %Ln error(s): %1.</source>
        <translation>
            <numerusform>The pre-flight check found %Ln error: %1.</numerusform>
            <numerusform>The pre-flight check found %Ln errors: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %Ln warning(s).</source>
        <translation>
            <numerusform>The pre-flight check found %Ln warning.</numerusform>
            <numerusform>The pre-flight check found %Ln warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message numerus="yes">
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation type="vanished">
            <numerusform>A proof goes to the %n member of the list.</numerusform>
            <numerusform>A proof goes to the %n members of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation type="vanished">
            <numerusform>%n address: a proof target holds at most %1.</numerusform>
            <numerusform>%n addresses: a proof target holds at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to %n address(es).</source>
        <translation type="vanished">
            <numerusform>A proof goes to %n address.</numerusform>
            <numerusform>A proof goes to %n addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+146"/>
        <source>A proof goes to the %Ln member(s) of the list.</source>
        <translation>
            <numerusform>A proof goes to the %Ln member of the list.</numerusform>
            <numerusform>A proof goes to the %Ln members of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%Ln address: a proof target holds at most %1.</numerusform>
            <numerusform>%Ln addresses: a proof target holds at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %Ln address(es).</source>
        <translation>
            <numerusform>A proof goes to %Ln address.</numerusform>
            <numerusform>A proof goes to %Ln addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message numerus="yes">
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation type="vanished">
            <numerusform>Proof target: the list “%1” (%n address)</numerusform>
            <numerusform>Proof target: the list “%1” (%n addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="vanished">
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1 sent to %n address(es).</source>
        <translation type="vanished">
            <numerusform>Proof %1 sent to %n address.</numerusform>
            <numerusform>Proof %1 sent to %n addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation type="vanished">
            <numerusform>Proof %1: %2 of %n address accepted it; the list says why the others did not.</numerusform>
            <numerusform>Proof %1: %2 of %n addresses accepted it; the list says why the others did not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+173"/>
        <source>Proof target: the list “%1” (%Ln address(es))</source>
        <translation>
            <numerusform>Proof target: the list “%1” (%Ln address)</numerusform>
            <numerusform>Proof target: the list “%1” (%Ln addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Proof %1 sent to %Ln address(es).</source>
        <translation>
            <numerusform>Proof %1 sent to %Ln address.</numerusform>
            <numerusform>Proof %1 sent to %Ln addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>Proof %1: %2 of %Ln address accepted it; the list says why the others did not.</numerusform>
            <numerusform>Proof %1: %2 of %Ln addresses accepted it; the list says why the others did not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/recipient_import_dialog.py" line="+439"/>
        <source>%Ln new recipient(s)</source>
        <translation>
            <numerusform>%Ln new recipient</numerusform>
            <numerusform>%Ln new recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln line rejected</numerusform>
            <numerusform>%Ln lines rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln line(s) exported</source>
        <translation>
            <numerusform>%Ln line exported</numerusform>
            <numerusform>%Ln lines exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%n step(s) wait for your approval.</source>
        <translation type="vanished">
            <numerusform>%n step waits for your approval.</numerusform>
            <numerusform>%n steps wait for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation type="vanished">
            <numerusform>%n step waits for approval by its reviewers.</numerusform>
            <numerusform>%n steps wait for approval by their reviewers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+277"/>
        <source>%Ln step(s) wait for your approval.</source>
        <translation>
            <numerusform>%Ln step waits for your approval.</numerusform>
            <numerusform>%Ln steps wait for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%Ln step waits for approval by its reviewers.</numerusform>
            <numerusform>%Ln steps wait for approval by their reviewers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingPanel</name>
    <message numerus="yes">
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation type="vanished">
            <numerusform>Send this delivery now to %n recipient?</numerusform>
            <numerusform>Send this delivery now to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n quarantined address(es)</source>
        <translation type="vanished">
            <numerusform>Release %n quarantined address</numerusform>
            <numerusform>Release %n quarantined addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation type="vanished">
            <numerusform>Take the %n address this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
            <numerusform>Take the %n addresses this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released from quarantine.</source>
        <translation type="vanished">
            <numerusform>%n address released from quarantine.</numerusform>
            <numerusform>%n addresses released from quarantine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/sending_panel.py" line="+276"/>
        <source>Release %Ln quarantined address(es)</source>
        <translation>
            <numerusform>Release %Ln quarantined address</numerusform>
            <numerusform>Release %Ln quarantined addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Send this delivery now to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Send this delivery now to %Ln recipient?</numerusform>
            <numerusform>Send this delivery now to %Ln recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Take the %Ln address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>Take the %Ln address this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
            <numerusform>Take the %Ln addresses this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln address(es) released from quarantine.</source>
        <translation>
            <numerusform>%Ln address released from quarantine.</numerusform>
            <numerusform>%Ln addresses released from quarantine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateAudienceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/sending_tools.py" line="+115"/>
        <source>#%1 %2 (%Ln message(s))</source>
        <translation>
            <numerusform>#%1 %2 (%Ln message)</numerusform>
            <numerusform>#%1 %2 (%Ln messages)</numerusform>
        </translation>
    </message>
</context>
</TS>
