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
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+180"/>
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message numerus="yes">
        <location filename="../../desktop/views/forms/condition_builder.py" line="+538"/>
        <source>%n recipient(s) match</source>
        <translation>
            <numerusform>%n recipient matches</numerusform>
            <numerusform>%n recipients match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/step_decision.py" line="+59"/>
        <source>Approve these %n steps?</source>
        <translation>
            <numerusform>Approve %n step?</numerusform>
            <numerusform>Approve these %n steps?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>Reject %n step? Its delivery goes back to Being edited and its owner is told why.</numerusform>
            <numerusform>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/outbox_view.py" line="+192"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pending_approvals_view.py" line="+162"/>
        <source>%n step(s) wait for your approval</source>
        <translation>
            <numerusform>%n step waits for your approval</numerusform>
            <numerusform>%n steps wait for your approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+149"/>
        <source>Not ready: %n error(s) to fix</source>
        <translation>
            <numerusform>Not ready: %n error to fix</numerusform>
            <numerusform>Not ready: %n errors to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %n warning(s)</source>
        <translation>
            <numerusform>Ready, with %n warning</numerusform>
            <numerusform>Ready, with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation>
            <numerusform>The pre-flight check found %n error: %1.</numerusform>
            <numerusform>The pre-flight check found %n errors: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %n warning(s).</source>
        <translation>
            <numerusform>The pre-flight check found %n warning.</numerusform>
            <numerusform>The pre-flight check found %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message numerus="yes">
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+146"/>
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation>
            <numerusform>A proof goes to the %n member of the list.</numerusform>
            <numerusform>A proof goes to the %n members of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%n address: a proof target holds at most %1.</numerusform>
            <numerusform>%n addresses: a proof target holds at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %n address(es).</source>
        <translation>
            <numerusform>A proof goes to %n address.</numerusform>
            <numerusform>A proof goes to %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+163"/>
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation>
            <numerusform>Proof target: the list “%1” (%n address)</numerusform>
            <numerusform>Proof target: the list “%1” (%n addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Proof %1 sent to %n address(es).</source>
        <translation>
            <numerusform>Proof %1 sent to %n address.</numerusform>
            <numerusform>Proof %1 sent to %n addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>Proof %1: %2 of %n address accepted it; the list says why the others did not.</numerusform>
            <numerusform>Proof %1: %2 of %n addresses accepted it; the list says why the others did not.</numerusform>
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
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+234"/>
        <source>%n step(s) wait for your approval.</source>
        <translation>
            <numerusform>%n step waits for your approval.</numerusform>
            <numerusform>%n steps wait for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%n step waits for approval by its reviewers.</numerusform>
            <numerusform>%n steps wait for approval by their reviewers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/sending_panel.py" line="+281"/>
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation>
            <numerusform>Send this delivery now to %n recipient?</numerusform>
            <numerusform>Send this delivery now to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Release %n quarantined address(es)</source>
        <translation>
            <numerusform>Release %n quarantined address</numerusform>
            <numerusform>Release %n quarantined addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>Take the %n address this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
            <numerusform>Take the %n addresses this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n address(es) released from quarantine.</source>
        <translation>
            <numerusform>%n address released from quarantine.</numerusform>
            <numerusform>%n addresses released from quarantine.</numerusform>
        </translation>
    </message>
</context>
</TS>
