<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddressListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+564"/>
        <source>name@example.com
other@example.com
(one per line, or separated by commas)</source>
        <translation>name@example.com
other@example.com
（每行一個，或以逗號分隔）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+75"/>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/embedded_services_starter.py" line="+39"/>
        <source>Not started: %1</source>
        <translation>未啟動：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsEditor</name>
    <message>
        <location filename="../../desktop/views/forms/approval_settings_editor.py" line="+102"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>覆寫行銷活動的核准設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps apply from the next preparation; reviewers count at once, for the approvals already pending too.</source>
        <translation>步驟自下次準備起生效；審核者則立即生效，已在等待中的核准也適用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approval reviewers</source>
        <translation>核准審核者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step&apos;s reviewers, named for it or for every step, may approve it; with nobody named for a step, the campaign owner does. Administrators always may.</source>
        <translation>為某步驟或所有步驟指定的審核者可核准該步驟；若該步驟未指定任何人，則由行銷活動擁有者核准。管理員一律可核准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation reviewers</source>
        <translation>確認審核者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may confirm the send. With nobody named, the campaign owner; otherwise those named, and the owner too when the option NmsCampaign_Activate_OwnerConfirmation is 1. Administrators always may.</source>
        <translation>可確認傳送的人員。若未指定任何人，則為行銷活動擁有者；否則為指定的人員，且選項 NmsCampaign_Activate_OwnerConfirmation 為 1 時擁有者也可確認。管理員一律可確認。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps that need approval</source>
        <translation>需要核准的步驟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients a preparation targeted</source>
        <translation>準備時鎖定為目標的收件者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved together with the targeting: tick Targeting to ask for it</source>
        <translation>與目標設定一併核准：請勾選「目標設定」以要求核准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message: subject, sender and content</source>
        <translation>訊息：主旨、寄件者與內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail: the extraction file</source>
        <translation>直接郵寄：擷取檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: a proof sent since the preparation</source>
        <translation>電子郵件：準備後傳送的校樣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (with the targeting)</source>
        <translation>%1（與目標設定一併）</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Every delivery of this campaign follows these settings, unless it overrides them.</source>
        <translation>此行銷活動的每個傳遞都會依循這些設定，除非該傳遞加以覆寫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery has no campaign: its own approval settings apply.</source>
        <translation>此傳遞沒有行銷活動：套用其自身的核准設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delivery follows the approval settings of its campaign “%1”, shown greyed. Override them to set its own.</source>
        <translation>此傳遞依循其行銷活動「%1」的核准設定（以灰色顯示）。覆寫後即可自行設定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This delivery&apos;s own approval settings apply, not those of its campaign “%1”.</source>
        <translation>套用此傳遞自身的核准設定，而非其行銷活動「%1」的設定。</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsLine</name>
    <message>
        <location filename="../../desktop/views/dashboard/approval_settings_line.py" line="+58"/>
        <source>%1 (%2 only)</source>
        <translation>%1（僅%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s settings</source>
        <translation>行銷活動的設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this delivery&apos;s own settings</source>
        <translation>此傳遞自己的設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No approval asked</source>
        <translation>不需核准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of %1</source>
        <translation>需核准：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none named, the owner reviews</source>
        <translation>未指定，由擁有者審核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none named, the owner confirms</source>
        <translation>未指定，由擁有者確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewers: %1</source>
        <translation>審核者：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation: %1</source>
        <translation>確認：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalWords</name>
    <message>
        <location filename="../../desktop/views/forms/approval_words.py" line="+13"/>
        <source>Targeting</source>
        <translation>目標設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>擷取檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>校樣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every step</source>
        <translation>所有步驟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group: %1</source>
        <translation>群組：%1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../desktop/views/audit_trail_model.py" line="+28"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>狀態已變更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Step approved</source>
        <translation>步驟已核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step rejected</source>
        <translation>步驟已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval settings changed</source>
        <translation>核准設定已變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof sent</source>
        <translation>已傳送校樣</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>審核者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation reviewers</source>
        <translation>確認審核者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly sent</source>
        <translation>部分傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../desktop/views/forms/budget_tab.py" line="+64"/>
        <source>Calculated</source>
        <translation>已計算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>已承諾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real</source>
        <translation>實際</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget against costs</source>
        <translation>預算與成本</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No budget is assigned to this campaign: choose one in General. Its costs are below.</source>
        <translation>此行銷活動未指派預算：請在「一般」中選擇。其成本如下。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Budget &lt;b&gt;%1&lt;/b&gt;: allocated &lt;b&gt;%2&lt;/b&gt;; against it, calculated %3, committed %4, real %5 (its %n campaign(s)).</source>
        <translation>
            <numerusform>預算 &lt;b&gt;%1&lt;/b&gt;：已分配 &lt;b&gt;%2&lt;/b&gt;；相對：已計算 %3、已承諾 %4、實際 %5（%n 個行銷活動）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget by %1.</source>
        <translation>超出預算 %1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
</context>
<context>
    <name>CampaignDeliveriesPanel</name>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+137"/>
        <source>Add a delivery...</source>
        <translation>新增傳遞...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new delivery of this campaign, from a delivery template</source>
        <translation>從傳遞範本為此行銷活動建立新的傳遞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>您沒有建立傳遞所需的權限 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln 個傳遞</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="vanished">
            <numerusform>%n 個傳遞</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../desktop/views/forms/campaign_form.py" line="+46"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dashboard</source>
        <translation>控制面板</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../desktop/views/forms/child_table.py" line="+85"/>
        <source>Save this object first to add to it.</source>
        <translation>請先儲存此物件，才能在其中新增項目。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+17"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove the selected row? This cannot be undone.</source>
        <translation>要移除選取的列嗎？此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <location filename="../../desktop/views/forms/condition_builder.py" line="+45"/>
        <location filename="../../desktop/views/forms/field_picker.py" line="+23"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>郵寄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>在封鎖清單中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>不等於</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>小於</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>最多為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>大於</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>至少為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>開頭為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>為下列其中之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>為空白</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of these (AND)</source>
        <translation>符合全部 (AND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these (OR)</source>
        <translation>符合任一 (OR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of these (NOT)</source>
        <translation>皆不符合 (NOT)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Custom field…</source>
        <translation>自訂欄位…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom field name</source>
        <translation>自訂欄位名稱</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>移除此條件</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>values, separated by commas</source>
        <translation>多個值，以逗號分隔</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add condition</source>
        <translation>新增條件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add group</source>
        <translation>新增群組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this group</source>
        <translation>移除此群組</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No condition: every recipient is selected.</source>
        <translation>無條件：將選取所有收件者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty group.</source>
        <translation>空群組。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Count</source>
        <translation>計數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the recipients this condition selects</source>
        <translation>計算此條件選取的收件者人數</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Fix the condition first.</source>
        <translation>請先修正條件。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) match</source>
        <translation type="vanished">
            <numerusform>%n 位收件者符合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln recipient(s) match</source>
        <translation>
            <numerusform>%Ln 位收件者符合</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/cost_panel.py" line="+37"/>
        <source>Over budget: %1 allocates %2, its campaigns&apos; calculated cost is %3 (%4 over).</source>
        <translation>超出預算：%1 分配 %2，其行銷活動的計算成本為 %3（超出 %4）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock %1: %2 holds %3 units, below its alert level of %4.</source>
        <translation>庫存 %1：%2 剩 %3 個單位，低於警示水準 %4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extracting would take %1 below zero: %2 units in stock for %3.</source>
        <translation>擷取將使 %1 低於零：庫存 %2 個單位，需要 %3。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;Calculated cost&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;計算成本&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>committed %1, real %2</source>
        <translation>已承諾 %1，實際 %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../desktop/views/first_start_dialog.py" line="+129"/>
        <source>Your operators</source>
        <translation>您的操作員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was created. These are the operators and their passwords. &lt;b&gt;They are shown only this once&lt;/b&gt;: write them down or copy them now.</source>
        <translation>資料庫已建立。以下是操作員及其密碼。&lt;b&gt;這些資訊只會顯示這一次&lt;/b&gt;：請立即記下或複製。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo data could not be created: %1</source>
        <translation>無法建立示範資料：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-373"/>
        <source>Set a date</source>
        <translation>設定日期</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/views/step_decision.py" line="+70"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this step?</source>
        <translation>要核准此步驟嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n steps?</source>
        <translation type="vanished">
            <numerusform>要核准這 %n 個步驟嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject this step? The delivery goes back to Being edited and its owner is told why.</source>
        <translation>要拒絕此步驟嗎？傳遞將回到「編輯中」，並通知擁有者原因。</translation>
    </message>
    <message numerus="yes">
        <source>Reject these %n steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation type="vanished">
            <numerusform>要拒絕這 %n 個步驟嗎？這些傳遞將回到「編輯中」，並通知擁有者原因。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comment (optional)</source>
        <translation>意見（選填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it rejected? Required: the owner reads it.</source>
        <translation>為何拒絕？必填：擁有者會看到此說明。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reject this step? The delivery goes back to %1 and its owner is told why.</source>
        <translation>要拒絕此步驟嗎？傳遞會回到「%1」，並通知其擁有者原因。</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Approve these %Ln steps?</source>
        <translation>
            <numerusform>要核准這 %Ln 個步驟嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reject these %Ln steps? Each delivery goes back to the status shown beside it and its owner is told why.</source>
        <translation><numerusform>要拒絕這 %Ln 個步驟嗎？每個傳遞將回到其旁邊所示的狀態，並通知擁有者原因。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to %1 and their owners are told why.</source>
        <translation><numerusform>要拒絕這 %Ln 個步驟嗎？這些傳遞將回到「%1」，並通知擁有者原因。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject these %Ln steps? Their deliveries go back to Being edited and their owners are told why.</source>
        <translation>
            <numerusform>要拒絕這 %Ln 個步驟嗎？這些傳遞將回到「編輯中」，並通知擁有者原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard/delivery_dashboard.py" line="+130"/>
        <source>Dashboard</source>
        <translation>控制面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <source>The delivery&apos;s form is not available.</source>
        <translation type="vanished">無法使用此傳遞的表單。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This delivery no longer exists.</source>
        <translation>此傳遞已不存在。</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_form.py" line="+84"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approvals</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipients matching a filter</source>
        <translation>符合篩選條件的收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients of a list</source>
        <translation>清單中的收件者</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This delivery is %1: it can no longer be edited.</source>
        <translation>此傳遞的狀態為「%1」：無法再編輯。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the audience, content, schedule or typology sends this delivery back to Being edited: it will have to be prepared again.</source>
        <translation>變更對象、內容、排程或類型後，此傳遞會回到「編輯中」狀態，必須重新準備。</translation>
    </message>
</context>
<context>
    <name>DeliveryTemplateForm</name>
    <message>
        <location filename="../../desktop/views/forms/delivery_template_form.py" line="+59"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>校樣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>傳送速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
</context>
<context>
    <name>DirectMailPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/direct_mail_panel.py" line="+79"/>
        <source>Direct mail</source>
        <translation>直接郵件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+216"/>
        <location line="+70"/>
        <source>Extract</source>
        <translation>擷取</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Stop extraction</source>
        <translation>停止擷取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send router proof</source>
        <translation>傳送路由器校樣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit proofs</source>
        <translation>提交校樣</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+318"/>
        <source>Back to extraction</source>
        <translation>返回擷取</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+351"/>
        <source>Hand off</source>
        <translation>移交</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+242"/>
        <source>Import results</source>
        <translation>匯入結果</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Mailing</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extracted rows</source>
        <translation>已擷取的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculated cost</source>
        <translation>計算成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real cost</source>
        <translation>實際成本</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No extraction file yet. Provider: %1.</source>
        <translation>尚無擷取檔案。服務提供者：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extraction file: %1 (%2 rows), written by %3 on %4.</source>
        <translation>擷取檔案：%1（%2 列），由 %3 於 %4 寫入。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calculated cost by category: %1.</source>
        <translation>各類別的計算成本：%1。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Handed off by %1 on %2: copied to %3, notification to %4.</source>
        <translation>由 %1 於 %2 移交：已複製到 %3，通知已寄給 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the provider&apos;s results file: Import results.</source>
        <translation>正在等待服務提供者的結果檔案：匯入結果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results imported on %1: %2 sent, %3 failed.</source>
        <translation>結果已於 %1 匯入：%2 封已傳送，%3 封失敗。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This needs the right PREPARE DELIVERIES.</source>
        <translation>這需要 PREPARE DELIVERIES 權限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract again</source>
        <translation>重新擷取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This needs the right PREPARE DELIVERIES, or to review the waiting step.</source>
        <translation>這需要 PREPARE DELIVERIES 權限，或是等待中步驟的審核者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 may hand it off.</source>
        <translation>只有 %1 可以移交。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Write the extraction file of %n recipient(s) to %1?</source>
        <translation>
            <numerusform>要將 %n 位收件者的擷取檔案寫入 %1 嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculated cost: %1.</source>
        <translation>計算成本：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: this extraction takes stock below zero:
%1

Extract anyway?</source>
        <translation>警告：此擷取會使庫存低於零：
%1

仍要擷取嗎？</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the router proof…</source>
        <translation>正在傳送路由器校樣…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Submit the proofs once they look right.</source>
        <translation>%1 校樣確認無誤後請提交。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proofs submitted: they wait for their reviewers.</source>
        <translation>校樣已提交：等待其審核者。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back to extraction? The decisions about this file are withdrawn; extract again to go on.</source>
        <translation>要返回擷取嗎？關於此檔案的決定將被撤回；請重新擷取以繼續。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to extraction: extract again to go on.</source>
        <translation>已返回擷取：請重新擷取以繼續。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hand the file off to %1? It is copied to %2 and the router %3 is e-mailed.</source>
        <translation>要將檔案移交給 %1 嗎？檔案會複製到 %2，並以電子郵件通知路由器 %3。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Writing the extraction file: %v of %m rows</source>
        <translation>正在寫入擷取檔案：%m 列中的 %v 列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handing off the file…</source>
        <translation>正在移交檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing the results…</source>
        <translation>正在匯入結果…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Extracted: %n row(s) written to %1.</source>
        <translation>
            <numerusform>已擷取：%n 列已寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed off: the file is in %1 and the router was e-mailed.</source>
        <translation>已移交：檔案位於 %1，並已以電子郵件通知路由器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results imported: %1 sent, %2 failed.</source>
        <translation>結果已匯入：%1 封已傳送，%2 封失敗。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The extraction was stopped; no file was written.</source>
        <translation>擷取已停止；未寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../desktop/views/forms/entity_form.py" line="+259"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>儲存變更 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes and show the stored values</source>
        <translation>捨棄變更並顯示已儲存的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Read only: editing needs the right %1.</source>
        <translation>唯讀：編輯需要 %1 權限。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No changes to save.</source>
        <translation>沒有要儲存的變更。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database refused the change: %1</source>
        <translation>資料庫拒絕了此變更：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 was deleted elsewhere; it can no longer be saved</source>
        <translation>%1 %2 已在別處刪除；無法再儲存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1 “%2”? This cannot be undone.</source>
        <translation>要刪除%1「%2」嗎？此操作無法復原。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted.</source>
        <translation>已刪除。</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the object as saved by the other operator; your changes are dropped</source>
        <translation>顯示另一位操作員儲存後的物件；您的變更將被捨棄</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>another operator</source>
        <translation>另一位操作員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3 at %4; reload it to see the changes</source>
        <translation>%1 %2 已由 %3 於 %4 變更；請重新載入以查看變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was changed by %3; reload it to see the changes</source>
        <translation>%1 %2 已由 %3 變更；請重新載入以查看變更</translation>
    </message>
</context>
<context>
    <name>EntityKinds</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+27"/>
        <source>Program</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator group</source>
        <translation>操作員群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator groups</source>
        <translation>操作員群組</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Typology rule</source>
        <translation>類型規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rules</source>
        <translation>類型規則</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Typology</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typologies</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Service provider</source>
        <translation>服務提供者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers</source>
        <translation>服務提供者</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cost structures</source>
        <translation>成本結構</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cost structure</source>
        <translation>成本結構</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocks</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock lines</source>
        <translation>庫存明細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>庫存明細</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Delivery template</source>
        <translation>傳遞範本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery templates</source>
        <translation>傳遞範本</translation>
    </message>
</context>
<context>
    <name>ExclusionCauses</name>
    <message>
        <location filename="../../desktop/views/exclusion_words.py" line="+12"/>
        <source>Address not specified</source>
        <translation>未指定地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid address</source>
        <translation>無效的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>在封鎖清單中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address in quarantine</source>
        <translation>地址已隔離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology rule</source>
        <translation>類型規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure rule</source>
        <translation>壓力規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>控制組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limited in size</source>
        <translation>目標大小受限</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation type="vanished">無郵寄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation error</source>
        <translation>個人化錯誤</translation>
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
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ExclusionsChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/exclusions_chart.py" line="+25"/>
        <source>Exclusions by cause</source>
        <translation>依原因分類的排除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exclusion to show.</source>
        <translation>沒有要顯示的排除項目。</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/views/forms/field_picker.py" line="+16"/>
        <source>Insert a field</source>
        <translation>插入欄位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserts a recipient&apos;s, the delivery&apos;s or the campaign&apos;s field where you type</source>
        <translation>在輸入處插入收件者、傳遞或行銷活動的欄位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsubscribe link</source>
        <translation>取消訂閱連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mirror page link</source>
        <translation>鏡像頁面連結</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+89"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+38"/>
        <location filename="../../desktop/views/translatable_data.py" line="+95"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-131"/>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="-71"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+118"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <source>Value</source>
        <translation>值</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/views/lazy_table_model.py" line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-25"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation type="vanished">已計算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="vanished">已承諾</translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="vanished">實際</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve targeting</source>
        <translation>核准目標設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve content</source>
        <translation>核准內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve budget</source>
        <translation>核准預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve extraction file</source>
        <translation>核准擷取檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve proofs</source>
        <translation>核准校樣</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>寄件者名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>寄件者地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to address</source>
        <translation>回覆地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML content</source>
        <translation>HTML 內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text content</source>
        <translation>文字內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience filter</source>
        <translation>對象篩選條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter and no list: every recipient</source>
        <translation>無篩選條件且無清單：所有收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience list</source>
        <translation>對象清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target</source>
        <translation>校樣目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list flagged as a proof target; or proof addresses</source>
        <translation>標記為校樣目標的清單；或校樣地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof addresses</source>
        <translation>校樣地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 100, separated by commas; or a proof target list</source>
        <translation>最多 100 個，以逗號分隔；或校樣目標清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date</source>
        <translation>聯絡日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a confirmed delivery starts by itself at this date</source>
        <translation>已確認的傳遞會在此日期自動開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period (seconds)</source>
        <translation>有效期間 (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the option NmsBroadcast_MsgValidityDuration</source>
        <translation>空白：使用選項 NmsBroadcast_MsgValidityDuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel connections</source>
        <translation>平行連線數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per connection</source>
        <translation>每個連線的訊息數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour</source>
        <translation>每小時訊息數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per hour per domain</source>
        <translation>每個網域每小時訊息數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typology</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group (%)</source>
        <translation>控制組 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target limit</source>
        <translation>目標上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no limit</source>
        <translation>空白：無上限</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Provider</source>
        <translation>服務提供者</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>direct mail: the router that prints and posts</source>
        <translation>直接郵件：負責印刷與郵寄的路由商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the campaign&apos;s approvals</source>
        <translation>覆寫行銷活動的核准設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set</source>
        <translation>勾選「覆寫核准設定」時使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="+3"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>To deliver</source>
        <translation>待傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/translatable_data.py" line="+1"/>
        <source>Delivered</source>
        <translation>已傳遞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+11"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two letters, such as FR</source>
        <translation>兩個字母，例如 TW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>郵寄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denylisted</source>
        <translation>在封鎖清單中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object, such as {&quot;tier&quot;: &quot;gold&quot;}; filters use custom.NAME</source>
        <translation>JSON 物件，例如 {&quot;tier&quot;: &quot;gold&quot;}；篩選條件使用 custom.名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of at most 100 addresses that receive proofs</source>
        <translation>最多 100 個接收校樣的地址清單</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>used to log in</source>
        <translation>用於登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en fr sv nl zh_TW</source>
        <translation>en fr sv nl zh_TW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a new operator; at least 8 characters; empty keeps the current one</source>
        <translation>新操作員必填；至少 8 個字元；留空則保留目前的密碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights</source>
        <translation>權限</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower runs first among rules of the same type</source>
        <translation>同類型規則中數值較低者先執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtering: recipients matching it are excluded</source>
        <translation>篩選：符合條件的收件者會被排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum messages</source>
        <translation>訊息數上限</translation>
    </message>
    <message>
        <source>pressure: per recipient over the period; capacity: per delivery</source>
        <translation type="vanished">壓力：每位收件者在期間內；容量：每個傳遞</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (days)</source>
        <translation>期間 (天)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>臨界值</translation>
    </message>
    <message>
        <source>message size: bytes; proof target size: recipients</source>
        <translation type="vanished">訊息大小：位元組；校樣目標大小：收件者人數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router address</source>
        <translation>路由商地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives the notification e-mail with the extraction file</source>
        <translation>接收附有擷取檔案的通知電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folder</source>
        <translation>投遞資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder or SFTP URL</source>
        <translation>資料夾或 SFTP URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>匯出格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of the extraction file, in order: recipient fields, such as first_name, last_name, postal_address</source>
        <translation>擷取檔案的欄，依序為收件者欄位，例如 first_name, last_name, postal_address</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: price per message, or per batch</source>
        <translation>線性：每則訊息或每批的價格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: the unit price is per batch of this many messages</source>
        <translation>線性：單價以此數量的訊息為一批計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed part</source>
        <translation>固定部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands</source>
        <translation>級距</translation>
    </message>
    <message>
        <source>by threshold: price by quantity band, such as [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</source>
        <translation type="vanished">依臨界值：依數量級距計價，例如 [{&quot;up_to&quot;: 1000, &quot;price&quot;: &quot;0.50&quot;}, {&quot;up_to&quot;: null, &quot;price&quot;: &quot;0.40&quot;}]</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial stock</source>
        <translation>初始庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>已消耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="vanished">已訂購</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert level</source>
        <translation>警示層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below this, the stock&apos;s operators are warned</source>
        <translation>低於此值時會通知此庫存的操作員</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>message size: bytes; proof target size: recipients; enough text: characters</source>
        <translation>郵件大小：位元組；校樣目標大小：收件人；足夠文字：字元</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>by threshold: price by quantity band, such as [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]] (from 1 to 1000: 0.50; from 1001: 0.40)</source>
        <translation>依門檻：依數量區間計價，例如 [[1, &quot;0.50&quot;], [1001, &quot;0.40&quot;]]（1 至 1000：0.50；1001 起：0.40）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock item</source>
        <translation>庫存品項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each message consumes one unit of this item from the provider&apos;s stocks</source>
        <translation>每則訊息會從供應商庫存中消耗此品項一個單位</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Returns a results file</source>
        <translation>會回傳結果檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages count as sent once its results file is imported</source>
        <translation>匯入其結果檔案後，訊息才算已傳送</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>told by e-mail when a line falls below its alert level</source>
        <translation>當某一行低於警示水準時以電子郵件通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaign_deliveries_panel.py" line="-2"/>
        <source>Targeted</source>
        <translation>已鎖定目標</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens</source>
        <translation>開啟次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>點按次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-45"/>
        <source>Reviewers</source>
        <translation>審核者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; operator or group names, such as erik, targeting:erik, group:reviewers</source>
        <translation>勾選「覆寫核准設定」時使用；操作員或群組名稱，例如 erik、targeting:erik、group:reviewers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation reviewers</source>
        <translation>確認審核者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used when Override approvals is set; who may confirm the send</source>
        <translation>勾選「覆寫核准設定」時使用；可確認傳送的人員</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pressure: per recipient over the period; capacity: per delivery, or per day with Per day</source>
        <translation>壓力：每位收件者在期間內；容量：每個傳遞，或勾選「每日」時為每天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity: the maximum counts every delivery sent on the same day</source>
        <translation>容量：上限計入同一天傳送的所有傳遞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+33"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error count</source>
        <translation>錯誤次數</translation>
    </message>
</context>
<context>
    <name>FinishWork</name>
    <message>
        <location filename="../../desktop/views/finish_work.py" line="+21"/>
        <source>Finishing the work in progress…</source>
        <translation>正在完成進行中的工作…</translation>
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
        <translation>首次啟動：正在建立資料庫及示範資料…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Creating demo data: %1</source>
        <translation>正在建立示範資料：%1</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../desktop/views/explorer_model.py" line="+234"/>
        <source>%1 (%2 in total)</source>
        <translation>%1 (共 %2 個)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/folders.py" line="+53"/>
        <source>Profiles and Targets</source>
        <translation>設定檔與目標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+72"/>
        <source>Campaign Management</source>
        <translation>行銷活動管理</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Programs</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budgets</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access management</source>
        <translation>存取管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator groups</source>
        <translation>操作員群組</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Typology rules</source>
        <translation>類型規則</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typologies</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service providers</source>
        <translation>服務提供者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stocks</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP 轉送伺服器</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pending approvals</source>
        <translation>待核准項目</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resources</source>
        <translation>資源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery templates</source>
        <translation>傳遞範本</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/views/history_panel.py" line="+68"/>
        <source>Search the history</source>
        <translation>搜尋歷程記錄</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The history starts when the object is saved.</source>
        <translation>物件儲存後才開始記錄歷程。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All operators</source>
        <translation>所有操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>所有動作</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Total: %1</source>
        <translation>總計：%1</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../desktop/views/forms/html_preview.py" line="+62"/>
        <source>Recipient id or e-mail</source>
        <translation>收件者 ID 或電子郵件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message for the chosen recipient shows here.</source>
        <translation>所選收件者的訊息會顯示在這裡。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No recipient matches “%1”.</source>
        <translation>沒有符合「%1」的收件者。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a recipient first.</source>
        <translation>請先選擇收件者。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recipient&apos;s message cannot be rendered: %1</source>
        <translation>無法產生此收件者的訊息：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>主旨：%1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/views/journal_text.py" line="+81"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="+69"/>
        <source>Preparation started by {operator}.</source>
        <translation>{operator} 已開始準備。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions applied: {exclusions}.</source>
        <translation>已套用的排除：{exclusions}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finding}</source>
        <translation>{finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient {recipient}: {reason}</source>
        <translation>收件者 {recipient}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation took {seconds} s.</source>
        <translation>準備耗時 {seconds} 秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation stopped by {operator}.</source>
        <translation>{operator} 已停止準備。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed: {error}</source>
        <translation>準備失敗：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation invalidated (edited: {fields}); prepare the delivery again.</source>
        <translation>準備已失效（已編輯：{fields}）；請重新準備此傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated ({step} rejected); prepare the delivery again.</source>
        <translation>準備已失效（{step} 遭拒絕）；請重新準備此傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} edited: {changes}); prepare the delivery again.</source>
        <translation>準備已失效（類型規則 {rule} 已編輯：{changes}）；請重新準備傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched on); prepare the delivery again.</source>
        <translation>準備已失效（類型規則 {rule} 已啟用）；請重新準備傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (typology rule {rule} switched off); prepare the delivery again.</source>
        <translation>準備已失效（類型規則 {rule} 已停用）；請重新準備傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation invalidated (the rules of typology {typology} changed); prepare the delivery again.</source>
        <translation>準備已失效（類型 {typology} 的規則已變更）；請重新準備傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file approved by {operator}.</source>
        <translation>擷取檔案已由 {operator} 核准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file rejected by {operator}: {comment}</source>
        <translation>擷取檔案已由 {operator} 拒絕：{comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs submitted by {operator}: they wait for {reviewers}.</source>
        <translation>校樣已由 {operator} 提交：等待 {reviewers}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs accepted by {operator}.</source>
        <translation>校樣已由 {operator} 接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs rejected by {operator}: {comment}</source>
        <translation>校樣已由 {operator} 拒絕：{comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: send a proof of the router&apos;s notification, then submit it.</source>
        <translation>下一步：傳送路由器通知的校樣，然後提交。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: hand the file off to the provider.</source>
        <translation>下一步：將檔案移交給服務提供者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: change the export format if needed, and extract again.</source>
        <translation>下一步：視需要變更匯出格式，然後重新擷取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}. Extract again to go on.</source>
        <translation>由 {operator} 返回擷取。請重新擷取以繼續。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to extraction, by {operator}: {reason} Extract again to go on.</source>
        <translation>由 {operator} 返回擷取：{reason} 請重新擷取以繼續。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results imported by {operator} from {file}: {sent} sent, {failed} failed; real cost {cost}.</source>
        <translation>{operator} 已從 {file} 匯入結果：{sent} 已傳送，{failed} 失敗；實際成本 {cost}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock {stock}: {item} had {in_stock} units for {needed} more; it is now below zero.</source>
        <translation>庫存 {stock}：{item} 只有 {in_stock} 個單位，還需要 {needed} 個；現在已低於零。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stock of the provider holds {item}: nothing was taken from stock for it.</source>
        <translation>服務供應商沒有任何庫存包含 {item}：未從庫存扣除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock alert: {item} ({stock}) is below its alert level; the stock names no operator to tell.</source>
        <translation>庫存警示：{item}（{stock}）低於警示水準；此庫存未指定要通知的操作員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals withdrawn with the preparation: {steps}. They are asked again after the next preparation.</source>
        <translation>核准已隨準備撤回：{steps}。下次準備後將再次要求核准。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step} approved by {operator}.</source>
        <translation>{step} 已由 {operator} 核准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} approved by {operator}. Comment: {comment}</source>
        <translation>{step} 已由 {operator} 核准。意見：{comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} rejected by {operator}: {comment}</source>
        <translation>{step} 已由 {operator} 拒絕：{comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}.</source>
        <translation>{operator} 已確認傳送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send confirmed by {operator}; scheduled for {contact_at}.</source>
        <translation>{operator} 已確認傳送；排定於 {contact_at}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date reached: sending starts.</source>
        <translation>已到聯絡日期：開始傳送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by {operator}.</source>
        <translation>{operator} 已暫停。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed by {operator}.</source>
        <translation>{operator} 已繼續。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it then.</source>
        <translation>傳遞已暫停：{problem}。之後請繼續。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery paused: {problem}. Resume it once the relay works.</source>
        <translation>傳遞已暫停：{problem}。轉送伺服器恢復後請繼續。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send impossible: {problem}</source>
        <translation>無法傳送：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send failed: {error}</source>
        <translation>傳送失敗：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>已傳遞：{delivered}，失敗：{failed}（硬退信：{hard_bounces}，軟退信：{soft_bounces}），共 {to_deliver} 封待傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity period over; messages not sent cancelled: {cancelled}. Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) of {to_deliver} to deliver.</source>
        <translation>有效期已過；未傳送的郵件已取消：{cancelled}。已傳遞：{delivered}，失敗：{failed}（硬退信：{hard_bounces}，軟退信：{soft_bounces}），共 {to_deliver} 封待傳遞。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not notified (no e-mail address): {operators}: {subject}</source>
        <translation>未通知（沒有電子郵件地址）：{operators}：{subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification to {address} ({subject}) sent at attempt {attempt}.</source>
        <translation>給 {address} 的通知（{subject}）已於第 {attempt} 次嘗試時送出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification to {address} ({subject}) not sent: {detail}. It is tried again up to {attempts} more times in the next {hours} hours.</source>
        <translation>給 {address} 的通知（{subject}）未送出：{detail}。將在接下來 {hours} 小時內再嘗試最多 {attempts} 次。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Targeting: %Ln recipient(s) selected.</source>
        <translation>
            <numerusform>目標設定：已選取 %Ln 位收件者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Control group: %Ln recipient(s) ({percent}) held out.</source>
        <translation>
            <numerusform>控制組：保留 %Ln 位收件者（{percent}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by typology rule {rule}.</source>
        <translation>
            <numerusform>類型規則 {rule} 將目標限制為 %Ln 封郵件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Target limited to %Ln message(s) by the delivery&apos;s target limit.</source>
        <translation>
            <numerusform>傳遞的目標上限將目標限制為 %Ln 封郵件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule} excluded %Ln recipient(s).</source>
        <translation>
            <numerusform>類型規則 {rule} 排除了 %Ln 位收件者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %Ln more recipient(s) whose message failed to render.</source>
        <translation>
            <numerusform>……以及另外 %Ln 位收件者的郵件無法個人化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.</source>
        <translation>
            <numerusform>%Ln 封郵件待傳遞；排除：{excluded}（{exclusions}）；錯誤：{errors}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other deliveries (at most {most}); {left} left.</source>
        <translation>
            <numerusform>類型規則 {rule}：{day} 已有 %Ln 則訊息由其他傳遞準備或傳送（上限 {most}）；剩餘 {left}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in {folder}. Calculated cost: {cost}.</source>
        <translation>
            <numerusform>擷取檔案 {file} 已由 {operator} 寫入：%Ln 列，{columns} 欄，位於 {folder}。計算成本：{cost}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); {sent} messages count as sent; real cost {cost}.</source>
        <translation>
            <numerusform>已由 {operator} 移交：%Ln 列已複製到 {path}，通知已寄給 {router}（{answer}）；{sent} 則訊息計為已傳送；實際成本 {cost}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} ({answer}); the provider&apos;s results file will say which were sent.</source>
        <translation>
            <numerusform>已由 {operator} 移交：%Ln 列已複製到 {path}，通知已寄給 {router}（{answer}）；服務提供者的結果檔案將說明哪些已傳送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Calculated cost of %Ln extracted row(s): {total}.</source>
        <translation>
            <numerusform>%Ln 個擷取列的計算成本：{total}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted.</source>
        <translation>
            <numerusform>{operator} 已透過 {relay} 傳送校樣 {number}：%Ln 個地址中有 {accepted} 個接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Proof {number} sent by {operator} through {relay}: {accepted} of %Ln address(es) accepted; not sent: {refused}.</source>
        <translation>
            <numerusform>{operator} 已透過 {relay} 傳送校樣 {number}：%Ln 個地址中有 {accepted} 個接受；未傳送：{refused}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay}: %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>透過 {relay} 傳送：%Ln 封郵件，使用 {connections} 個連線。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending through {relay} (local outbox): %Ln message(s) to send over {connections} connections.</source>
        <translation>
            <numerusform>透過 {relay}（本機寄件匣）傳送：%Ln 封郵件，使用 {connections} 個連線。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln message(s) of a stopped sender handed out again.</source>
        <translation>
            <numerusform>已重新分派已停止傳送程序的 %Ln 封郵件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.</source>
        <translation>
            <numerusform>由 {operator} 停止：{delivered} 已傳遞，{failed} 失敗，%Ln 已取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by {operator}: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>{operator} 已停止：已取消 %Ln 封未傳送的郵件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln message(s) not sent cancelled.</source>
        <translation type="vanished">
            <numerusform>已停止：已取消 %Ln 封未傳送的郵件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded; sending carries on.</source>
        <translation>
            <numerusform>傳送程序曾等待無法連線的資料庫；期間保留的 %Ln 筆結果已記錄；傳送繼續進行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A sender waited for the database, which was unreachable; %Ln outcome(s) kept meanwhile now recorded and {released} messages handed out again; sending carries on.</source>
        <translation>
            <numerusform>傳送程序曾等待無法連線的資料庫；期間保留的 %Ln 筆結果已記錄，並重新分派 {released} 封郵件；傳送繼續進行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/views/dashboard/kpi_charts.py" line="+97"/>
        <source>Delivered, opens and clicks</source>
        <translation>已傳遞、開啟次數與點按次數</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>已傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>開啟次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>點按次數</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending throughput (messages/s)</source>
        <translation>傳送速率 (訊息/秒)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desktop/views/list_panel.py" line="+119"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜尋 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search here</source>
        <translation>此處無法搜尋</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Total: %1</source>
        <translation>總計：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="+35"/>
        <source>Campaign Console: log in</source>
        <translation>Campaign Console：登入</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Operator:</source>
        <translation>操作員(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log in</source>
        <translation>登入(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>請輸入操作員名稱。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown operator or wrong password.</source>
        <translation>操作員不存在或密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>LogsWindow</name>
    <message>
        <location filename="../../desktop/views/logs_window.py" line="+85"/>
        <source>Logs of delivery %1</source>
        <translation>傳遞 %1 的記錄檔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions</source>
        <translation>排除項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All causes</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search a name, an address or a rule</source>
        <translation>搜尋名稱、地址或規則</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <location line="+6"/>
        <source>Export to CSV…</source>
        <translation>匯出為 CSV…</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Writes the rows shown to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>將顯示的列寫入 CSV 檔案。試算表會當作公式執行的值（以 =、+、-、@、定位字元或歸位字元開頭）會在前面加上單引號寫入，以文字開啟。</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 列</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the exclusion log</source>
        <translation>匯出排除記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation type="vanished">已匯出 %1 列</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>已匯出 %Ln 列</numerusform>
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
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close tab</source>
        <translation>關閉分頁(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;explorer</source>
        <translation>前往總管(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;list</source>
        <translation>前往清單(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Campaign Console</source>
        <translation>關於 Campaign Console(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operator: %1</source>
        <translation>操作員：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not available in this version.</source>
        <translation>此版本無法使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose a folder in the tree.</source>
        <translation>%1：請在樹狀目錄中選擇資料夾。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing to create here</source>
        <translation>此處無可建立的項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New object in this folder (Ctrl+N)</source>
        <translation>在此資料夾中新增物件 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create here</source>
        <translation>您沒有在此建立項目所需的 %1 權限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a row to see its details; Enter opens it in a tab.</source>
        <translation>選取一列以檢視詳細資料；按 Enter 可在分頁中開啟。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New: %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Campaign Console</source>
        <translation>關於 Campaign Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Prepare, send and track e-mail and direct-mail campaigns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Campaign Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;準備、傳送並追蹤電子郵件與直接郵件行銷活動。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Pending &amp;approvals</source>
        <translation>待核准項目(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import recipients...</source>
        <translation>匯入收件者(&amp;I)…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import recipients from a CSV file</source>
        <translation>從 CSV 檔案匯入收件者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to import</source>
        <translation>您沒有匯入所需的 %1 權限</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S&amp;witch operator...</source>
        <translation>切換操作員(&amp;W)...</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../desktop/views/new_from_template_dialog.py" line="+44"/>
        <source>New delivery from template</source>
        <translation>從範本新增傳遞</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the delivery</source>
        <translation>建立傳遞</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You lack the right %1 to create a delivery.</source>
        <translation>您沒有建立傳遞所需的權限 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No delivery template yet: save a delivery as a template, or make one under Resources &gt; Templates &gt; Delivery templates.</source>
        <translation>尚無傳遞範本：請將某個傳遞另存為範本，或在「資源 &gt; 範本 &gt; 傳遞範本」中建立。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery gets everything of the template but an audience and a schedule, which you set in its form.</source>
        <translation>傳遞會取得範本的所有設定，但對象與排程除外，請在其表單中設定。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a template.</source>
        <translation>請選擇範本。</translation>
    </message>
</context>
<context>
    <name>ObjectWidgets</name>
    <message>
        <source>Forms are not available yet.</source>
        <translation type="vanished">表單尚無法使用。</translation>
    </message>
</context>
<context>
    <name>OptionLabels</name>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-243"/>
        <source>Campaign owner may confirm a send when reviewers are named</source>
        <translation>即使已指定審核者，行銷活動擁有者仍可確認傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude duplicate addresses at preparation</source>
        <translation>準備時排除重複的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude denylisted recipients at preparation</source>
        <translation>準備時排除封鎖清單中的收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity period of a delivery (seconds)</source>
        <translation>傳遞的有效期間 (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries of temporary failures</source>
        <translation>暫時性失敗的重試次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between retries</source>
        <translation>重試間隔秒數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries that may prepare or send at once</source>
        <translation>可同時準備或傳送的傳遞數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public base URL of the tracking server</source>
        <translation>追蹤伺服器的公開基底 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces after which an address is quarantined</source>
        <translation>地址被隔離前的硬退信次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address of the console&apos;s notifications</source>
        <translation>主控台通知的寄件者地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest time one message may take to render (seconds)</source>
        <translation>產生單一訊息可花費的最長時間（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest message one render may produce (characters)</source>
        <translation>單一訊息產生後的最大長度（字元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the console gives in EHLO (empty: this machine&apos;s fully qualified name)</source>
        <translation>主控台在 EHLO 中使用的名稱（空白：本機的完整網域名稱）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA certificates (PEM file) trusted for the relay&apos;s TLS besides the system&apos;s</source>
        <translation>除系統憑證外，轉送伺服器 TLS 信任的 CA 憑證（PEM 檔案）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>List-Id of every message (empty: one per campaign, under the sender&apos;s domain)</source>
        <translation>每封郵件的 List-Id（空白：每個活動一個，使用寄件者的網域）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mailbox of the mailto: unsubscribe link (empty: none)</source>
        <translation>mailto: 取消訂閱連結的信箱（空白：無）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the direct-mail extraction files (empty: in the user data folder)</source>
        <translation>直接郵件擷取檔案的資料夾（空白：使用者資料資料夾中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of an extraction file: {code} and {date} are replaced</source>
        <translation>擷取檔案的名稱：{code} 與 {date} 會被取代</translation>
    </message>
</context>
<context>
    <name>OptionValueEditor</name>
    <message>
        <location filename="../../desktop/views/forms/options_editor.py" line="+123"/>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is not a valid %2 value: enter a new one.</source>
        <translation>「%1」不是有效的%2值：請輸入新的值。</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location line="+59"/>
        <source>Filter by name, label or value</source>
        <translation>依名稱、標籤或值篩選</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+168"/>
        <source>New option</source>
        <translation>新增選項</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+267"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Option</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the option (Ctrl+S)</source>
        <translation>儲存選項 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read only: only administrators change options.</source>
        <translation>唯讀：只有管理員可以變更選項。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Option %1</source>
        <translation>選項 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>An option named %1 already exists: select it to change it.</source>
        <translation>已有名為 %1 的選項：請選取該選項以進行變更。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the option %1? This cannot be undone.</source>
        <translation>要刪除選項 %1 嗎？此操作無法復原。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted.</source>
        <translation>已刪除。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Option %1 was changed by %2 at %3; press Revert to see the changes</source>
        <translation>選項 %1 已由 %2 於 %3 變更；請按「還原」查看變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option %1 was changed by %2; press Revert to see the changes</source>
        <translation>選項 %1 已由 %2 變更；請按「還原」查看變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another operator</source>
        <translation>另一位操作員</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/views/outbox_view.py" line="+115"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local outbox: %1</source>
        <translation>本機寄件匣：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>原始碼</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n 則訊息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 則訊息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_model.py" line="+30"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>等待起始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>審核者</translation>
    </message>
</context>
<context>
    <name>PendingApprovalsView</name>
    <message>
        <location filename="../../desktop/views/pending_approvals_view.py" line="+52"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the delivery&apos;s review (Enter)</source>
        <translation>開啟傳遞的審核（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing waits for your approval.</source>
        <translation>目前沒有等待您核准的項目。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n 個步驟等待您核准</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Approved.</source>
        <translation>已核准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owners are told why.</source>
        <translation>已拒絕：已通知擁有者原因。</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%Ln step(s) wait for your approval</source>
        <translation>
            <numerusform>%Ln 個步驟等待您核准</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_model.py" line="+27"/>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>分數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_words.py" line="+12"/>
        <source>Typology control rule</source>
        <translation>類型學控制規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>寄件者地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>校樣目標大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template syntax</source>
        <translation>範本語法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message rendering</source>
        <translation>訊息轉譯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient checked</source>
        <translation>檢查的收件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative present</source>
        <translation>具有純文字版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text alternative not empty</source>
        <translation>純文字版本不是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and HTML say the same</source>
        <translation>純文字與 HTML 內容一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML not image-only</source>
        <translation>HTML 不只有圖片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>訊息大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header lines at most 998 characters</source>
        <translation>標頭行最多 998 個字元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header bytes encoded</source>
        <translation>標頭位元組已編碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date header</source>
        <translation>Date 標頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date with a numeric zone</source>
        <translation>Date 使用數字時區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID header</source>
        <translation>Message-ID 標頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID with a domain</source>
        <translation>Message-ID 含網域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe header</source>
        <translation>List-Unsubscribe 標頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Unsubscribe by e-mail (mailto)</source>
        <translation>以電子郵件取消訂閱 (mailto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List-Unsubscribe over https</source>
        <translation>透過 https 取消訂閱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-click unsubscribe</source>
        <translation>一鍵取消訂閱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List-Id header</source>
        <translation>List-Id 標頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links go where their text says</source>
        <translation>連結前往文字所示的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link text and tracking domain</source>
        <translation>連結文字與追蹤網域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL over https</source>
        <translation>追蹤 URL 使用 https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL reachable by recipients</source>
        <translation>收件者可連上追蹤 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender and tracking domains</source>
        <translation>寄件者與追蹤網域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filters should let it through</source>
        <translation>過濾器應會放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stricter filters may hold it back</source>
        <translation>較嚴格的過濾器可能會攔下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters will likely mark it as spam</source>
        <translation>過濾器很可能標為垃圾郵件</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preflight_panel.py" line="+50"/>
        <source>Pre-flight check</source>
        <translation>傳送前檢查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run check</source>
        <translation>執行檢查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the control rules and the message a send would build; sends nothing.</source>
        <translation>檢查控制規則與傳送時會建立的訊息；不會傳送任何內容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet.</source>
        <translation>尚未檢查。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking...</source>
        <translation>檢查中...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n error(s) to fix</source>
        <translation type="vanished">
            <numerusform>尚未就緒：%n 個錯誤需修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s)</source>
        <translation type="vanished">
            <numerusform>就緒，有 %n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter score %1: %2</source>
        <translation>過濾分數 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message built for %1 (%2 bytes).</source>
        <translation>為 %1 建立的訊息（%2 位元組）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pre-flight check is still running.</source>
        <translation>傳送前檢查仍在執行中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pre-flight check has run: see Pre-flight check first.</source>
        <translation>尚未執行傳送前檢查：請先查看傳送前檢查。</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n error(s): %1.</source>
        <translation type="vanished">
            <numerusform>傳送前檢查發現 %n 個錯誤：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s).</source>
        <translation type="vanished">
            <numerusform>傳送前檢查發現 %n 個警告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pre-flight check found nothing to fix.</source>
        <translation>傳送前檢查未發現需要修正的問題。</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Not ready: %Ln error(s) to fix</source>
        <translation>
            <numerusform>尚未就緒：%Ln 個錯誤需修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, with %Ln warning(s)</source>
        <translation>
            <numerusform>就緒，有 %Ln 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The pre-flight check found %Ln error(s): %1.</source>
        <translation>
            <numerusform>傳送前檢查發現 %Ln 個錯誤：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-flight check found %Ln warning(s).</source>
        <translation>
            <numerusform>傳送前檢查發現 %Ln 個警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/preparation_panel.py" line="+77"/>
        <location line="+140"/>
        <source>Prepare</source>
        <translation>準備</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+182"/>
        <location line="+10"/>
        <source>Stop preparation</source>
        <translation>停止準備</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Logs</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparation</source>
        <translation>準備</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targeted</source>
        <translation>已鎖定目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>待傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>待排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation errors</source>
        <translation>個人化錯誤</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+171"/>
        <source>Preparation failed: %1</source>
        <translation>準備失敗：%1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Being prepared in another window or process.</source>
        <translation>正在其他視窗或處理程序中準備。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Prepare the delivery “%1”? The target, the exclusions and every message are computed now; nothing is sent.</source>
        <translation>要準備傳遞「%1」嗎？現在會計算目標、排除項目及每則訊息，不會傳送任何內容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the preparation…</source>
        <translation>正在開始準備…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping the preparation…</source>
        <translation>正在停止準備…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This delivery is being prepared elsewhere (another window, process or machine). Stop that preparation? Nothing it computed is kept.</source>
        <translation>此傳遞正在其他地方準備中 (其他視窗、處理程序或電腦)。要停止該準備嗎？已計算的內容都不會保留。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Targeting: selecting the audience and applying the rules…</source>
        <translation>目標設定：正在選取對象並套用規則…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusions: duplicates, control group, target limit…</source>
        <translation>排除：重複項目、控制組、目標上限…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalisation of the messages…</source>
        <translation>正在個人化訊息…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the delivery logs…</source>
        <translation>正在寫入傳遞記錄…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 messages</source>
        <translation>%1 / %2 則訊息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preparation was stopped; nothing was kept.</source>
        <translation>準備已停止，未保留任何內容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared: %1 messages to deliver, %2 excluded, %3 errors.</source>
        <translation>準備完成：%1 則訊息待傳遞，%2 則已排除，%3 個錯誤。</translation>
    </message>
</context>
<context>
    <name>ProofListEditor</name>
    <message>
        <location filename="../../desktop/views/forms/proof_target_editor.py" line="+47"/>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
</context>
<context>
    <name>ProofTargetSection</name>
    <message>
        <location line="+25"/>
        <source>Proof target: a list, or up to %1 addresses</source>
        <translation>校樣目標：一份清單，或最多 %1 個地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proof list</source>
        <translation>校樣清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each address receives a proof</source>
        <translation>每個地址都會收到校樣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member of a list flagged as a proof target</source>
        <translation>標記為校樣目標之清單中的每位成員</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only an e-mail delivery has a proof target.</source>
        <translation>只有電子郵件傳遞才有校樣目標。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No proof list chosen: no proof can be sent.</source>
        <translation>未選擇校樣清單：無法傳送校樣。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list is not flagged as a proof target.</source>
        <translation>此清單未標記為校樣目標。</translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to the %n member(s) of the list.</source>
        <translation type="vanished">
            <numerusform>校樣將寄給清單的 %n 位成員。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address: no proof can be sent.</source>
        <translation>沒有地址：無法傳送校樣。</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): a proof target holds at most %1.</source>
        <translation type="vanished">
            <numerusform>%n 個地址：校樣目標最多只能有 %1 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A proof goes to %n address(es).</source>
        <translation type="vanished">
            <numerusform>校樣將寄至 %n 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>A proof goes to the %Ln member(s) of the list.</source>
        <translation>
            <numerusform>校樣將寄給清單的 %Ln 位成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln address(es): a proof target holds at most %1.</source>
        <translation>
            <numerusform>%Ln 個地址：校樣目標最多只能有 %1 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A proof goes to %Ln address(es).</source>
        <translation>
            <numerusform>校樣將寄至 %Ln 個地址。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proofs</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_model.py" line="+30"/>
        <source>Proof</source>
        <translation>校樣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>傳送時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>傳送者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent: %1 of %2 accepted</source>
        <translation>已傳送：%2 個中 %1 個已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly sent: %1 of %2 accepted</source>
        <translation>部分傳送：%2 個中 %1 個已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1 of %2 accepted</source>
        <translation>失敗：%2 個中 %1 個已接受</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accepted</source>
        <translation>%2 個中 %1 個已接受</translation>
    </message>
</context>
<context>
    <name>ProofsPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/proofs_panel.py" line="+68"/>
        <location line="+95"/>
        <source>Send a proof</source>
        <translation>傳送校樣</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+88"/>
        <source>Proofs</source>
        <translation>校樣</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No proof sent yet.</source>
        <translation>尚未傳送校樣。</translation>
    </message>
    <message numerus="yes">
        <source>Proof target: the list “%1” (%n address(es))</source>
        <translation type="vanished">
            <numerusform>校樣目標：清單「%1」（%n 個地址）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="vanished">
            <numerusform>%1 及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Proof target: %1</source>
        <translation>校樣目標：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proof target yet: choose a proof list or type proof addresses in the Properties tab.</source>
        <translation>尚未設定校樣目標：請在「屬性」分頁選擇校樣清單或輸入校樣地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending a proof needs the right %1.</source>
        <translation>傳送校樣需要 %1 權限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a proof target first (Properties tab).</source>
        <translation>請先設定校樣目標（「屬性」分頁）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof can be sent once the preparation has ended.</source>
        <translation>準備完成後才能傳送校樣。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proof is being sent.</source>
        <translation>正在傳送校樣。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the message to every proof address now, marked as a proof.</source>
        <translation>立即將訊息傳送至每個校樣地址，並標示為校樣。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the proof…</source>
        <translation>正在傳送校樣…</translation>
    </message>
    <message numerus="yes">
        <source>Proof %1 sent to %n address(es).</source>
        <translation type="vanished">
            <numerusform>校樣 %1 已傳送至 %n 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof %1: %2 of %n address(es) accepted it; the list says why the others did not.</source>
        <translation type="vanished">
            <numerusform>校樣 %1：%n 個地址中有 %2 個已接受；清單列出其餘未接受的原因。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proof %1 failed: no address accepted it; the list says why.</source>
        <translation>校樣 %1 失敗：沒有任何地址接受；清單列出原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No proof was sent: %1</source>
        <translation>未傳送校樣：%1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Router proofs</source>
        <translation>路由器校樣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send router proof</source>
        <translation>傳送路由器校樣</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The router&apos;s proof is sent once the file is extracted (and approved), while the delivery is To submit.</source>
        <translation>路由器校樣在檔案擷取（並核准）後、傳遞處於「待提交」時傳送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the router&apos;s notification to every proof address now, marked as a proof.</source>
        <translation>立即將路由器通知傳送至每個校樣位址，並標示為校樣。</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>Proof target: the list “%1” (%Ln address(es))</source>
        <translation>
            <numerusform>校樣目標：清單「%1」（%Ln 個地址）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 及另外 %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Proof %1 sent to %Ln address(es).</source>
        <translation>
            <numerusform>校樣 %1 已傳送至 %Ln 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Proof %1: %2 of %Ln address(es) accepted it; the list says why the others did not.</source>
        <translation>
            <numerusform>校樣 %1：%Ln 個地址中有 %2 個已接受；清單列出其餘未接受的原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <location filename="../../desktop/views/quarantine_view.py" line="+22"/>
        <source>Address to quarantine</source>
        <translation>要隔離的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>理由（選填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to quarantine</source>
        <translation>加入隔離</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Remove from quarantine</source>
        <translation>解除隔離</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>You lack the right %1 to change the quarantine</source>
        <translation>您沒有變更隔離清單所需的權限 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take the selected address out of quarantine</source>
        <translation>將選取的地址解除隔離</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is in quarantine.</source>
        <translation>%1 已隔離。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is out of quarantine.</source>
        <translation>%1 已解除隔離。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 out of quarantine? Its next deliveries will be sent to it.</source>
        <translation>要將 %1 解除隔離嗎？之後的傳遞將會寄送到此地址。</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <location filename="../../desktop/views/recipient_import_dialog.py" line="+75"/>
        <location line="+137"/>
        <location line="+180"/>
        <source>Import recipients</source>
        <translation>匯入收件者</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>含標題列的 UTF-8 CSV 檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column of the file</source>
        <translation>檔案的欄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>匯入至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The first rows of the file:</source>
        <translation>檔案的前幾列：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each column becomes:</source>
        <translation>每一欄的用途：</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+189"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export rejected lines...</source>
        <translation>匯出被拒絕的行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;another file...</source>
        <translation>匯入其他檔案(&amp;A)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rejected: %1</source>
        <translation>已拒絕：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignored: the console sets it</source>
        <translation>略過：由主控台設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom field “%1”</source>
        <translation>自訂欄位「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>略過此欄</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing %1...</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file...</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping after the current batch...</source>
        <translation>將於目前批次完成後停止…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2 new, %3 updated, %4 rejected</source>
        <translation>第 %1 行：新增 %2、更新 %3、拒絕 %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An earlier import of this file (by %1) stopped at line %2, with %3 new, %4 updated and %5 rejected. Resume it after that line, or import the file from its first line?</source>
        <translation>先前由 %1 匯入此檔案時停在第 %2 行（新增 %3、更新 %4、拒絕 %5）。要從該行之後繼續，還是從第一行重新匯入檔案？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start over</source>
        <translation>重新開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1: %2.</source>
        <translation>已匯入 %1：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at line %6 by an error: %7. Until then: %2. Import %1 again to continue after that line.</source>
        <translation>因錯誤停在第 %6 行：%7。在此之前：%2。再次匯入 %1 即可從該行之後繼續。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at line %6: %2 so far. Import %1 again to continue after that line.</source>
        <translation>已停在第 %6 行：目前%2。再次匯入 %1 即可從該行之後繼續。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3, %4</source>
        <comment>the counts of an import, in this order</comment>
        <translation>%1、%2、%3、%4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new recipient(s)</source>
        <translation>
            <numerusform>新增 %Ln 位收件者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updated</source>
        <translation>更新 %1 位</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>拒絕 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%Ln line(s) exported</source>
        <translation>
            <numerusform>已匯出 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The first %1 of %2 lines with something to say:</source>
        <translation>需要注意的 %2 行中的前 %1 行：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines with something to say:</source>
        <translation>需要注意的行：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every line was imported.</source>
        <translation>所有行皆已匯入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line was rejected so far.</source>
        <translation>目前沒有被拒絕的行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(This import resumed an earlier one after line %1.)</source>
        <translation>（此次匯入從先前匯入的第 %1 行之後繼續。）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writes every rejected line (line, reason, content) to a CSV file. Values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are written with a leading apostrophe, so they open as text.</source>
        <translation>將所有被拒絕的行（行、理由、內容）寫入 CSV 檔案。試算表會當作公式執行的值（以 =、+、-、@、定位字元或歸位字元開頭）會在前面加上單引號寫入，以文字開啟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You lack the right %1 to export</source>
        <translation>您沒有匯出所需的 %1 權限</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the rejected lines</source>
        <translation>匯出被拒絕的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting...</source>
        <translation>正在匯出…</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="+184"/>
        <source>Search…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… more: type in the search box</source>
        <translation>… 更多：請在搜尋方塊中輸入</translation>
    </message>
</context>
<context>
    <name>RelaySettingsForm</name>
    <message>
        <location filename="../../desktop/views/relay_settings_form.py" line="+58"/>
        <source>empty: the local outbox on this computer</source>
        <translation>空白：使用這台電腦上的本機寄件匣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>無</translation>
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
        <translation>TLS (隱含式，連接埠 465)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Login</source>
        <translation>登入帳號</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is not stored in the database: it is kept in %1 (readable by you only), or taken from the environment variable %2 when it is set.</source>
        <translation>密碼不會儲存在資料庫中，而是保存在 %1 (僅您可讀取)，或在設定了環境變數 %2 時從中讀取。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>SMTP relay</source>
        <translation>SMTP 轉送伺服器</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>unchanged (a password is set)</source>
        <translation>不變更 (已設定密碼)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No host: messages go to the local outbox, which needs no test.</source>
        <translation>未指定主機：訊息會送到本機寄件匣，不需測試。</translation>
    </message>
    <message>
        <source>The relay %1 does not work: %2</source>
        <translation type="vanished">轉送伺服器 %1 無法運作：%2</translation>
    </message>
    <message>
        <source>The relay %1 answers.</source>
        <translation type="vanished">轉送伺服器 %1 有回應。</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>empty: this computer&apos;s fully qualified name, else the sender&apos;s domain</source>
        <translation>空白：本機的完整網域名稱，否則為寄件者的網域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>空白：系統的憑證授權單位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for a relay whose certificate a private authority signed</source>
        <translation>除系統外另行信任的憑證授權單位 PEM 檔案，供憑證由私人授權單位簽署的轉送伺服器使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EHLO name</source>
        <translation>EHLO 名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Testing…</source>
        <translation>測試中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not tried</source>
        <translation>未嘗試</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay %1 works: a send can use it.</source>
        <translation>轉送伺服器 %1 運作正常：傳送可以使用它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay %1 does not work yet:</source>
        <translation>轉送伺服器 %1 尚無法運作：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender (MAIL FROM)</source>
        <translation>寄件者（MAIL FROM）</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Read only: only administrators change the relay.</source>
        <translation>唯讀：僅系統管理員可變更轉送伺服器。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>set</source>
        <translation>已設定</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/views/review_words.py" line="+28"/>
        <source>Targeting</source>
        <translation>目標設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction file</source>
        <translation>擷取檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs</source>
        <translation>校樣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an operator since deleted</source>
        <translation>已刪除的操作員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2</source>
        <translation>由 %1 於 %2 核准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected by %1 on %2</source>
        <translation>由 %1 於 %2 拒絕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>group %1</source>
        <translation>群組 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its owner %1</source>
        <translation>擁有者 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>an administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only %1 may approve or reject this step.</source>
        <translation>只有 %1 可以核准或拒絕此步驟。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a proof first: the proofs step is decided on a proof sent since the preparation.</source>
        <translation>請先傳送校樣：校樣步驟須依據準備之後傳送的校樣來決定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 may confirm this delivery.</source>
        <translation>只有 %1 可以確認此傳遞。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/review_panel.py" line="+102"/>
        <source>Review</source>
        <translation>審核</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No approval is asked for this delivery.</source>
        <translation>此傳遞不需核准。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for your approval.</source>
        <translation type="vanished">
            <numerusform>%n 個步驟等待您核准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for approval by their reviewers.</source>
        <translation type="vanished">
            <numerusform>%n 個步驟等待其審核者核准。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected: the delivery went back to Being edited.</source>
        <translation>已拒絕：傳遞已回到「編輯中」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step asked was approved.</source>
        <translation>所有要求的步驟皆已核准。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewers</source>
        <translation>審核者</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved.</source>
        <translation>已核准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the owner is told why.</source>
        <translation>已拒絕：已通知擁有者原因。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Targeted</source>
        <translation>已鎖定目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deliver</source>
        <translation>待傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To exclude</source>
        <translation>待排除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excluded by cause: %1</source>
        <translation>依原因排除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody was excluded.</source>
        <translation>沒有任何人被排除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last proof: none sent yet.</source>
        <translation>最新校樣：尚未傳送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last proof: #%1, sent %2 by %3 to %4 (%5)</source>
        <translation>最新校樣：#%1，由 %3 於 %2 傳送至 %4（%5）</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Rejected: the delivery went back to %1.</source>
        <translation>已拒絕：傳遞已回到「%1」。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Approve file</source>
        <translation>核准檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject file</source>
        <translation>拒絕檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Extraction file %1: the first of its %2 rows</source>
        <translation>擷取檔案 %1：其 %2 列中的前幾列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extraction file: %1</source>
        <translation>擷取檔案：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-186"/>
        <source>%Ln step(s) wait for your approval.</source>
        <translation>
            <numerusform>%Ln 個步驟等待您核准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln step(s) wait for approval by their reviewers.</source>
        <translation>
            <numerusform>%Ln 個步驟等待其審核者核准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_dialog.py" line="+130"/>
        <source>&amp;Step:</source>
        <translation>步驟(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviewer:</source>
        <translation>審核者(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no operator or group to choose.</source>
        <translation>沒有可選擇的操作員或群組。</translation>
    </message>
</context>
<context>
    <name>ReviewerPicker</name>
    <message>
        <location line="-73"/>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
</context>
<context>
    <name>ReviewerTable</name>
    <message>
        <location filename="../../desktop/views/forms/reviewer_table.py" line="+227"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a reviewer (Insert)</source>
        <translation>指定審核者 (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected reviewer (Enter)</source>
        <translation>變更選取的審核者 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected reviewer (Delete)</source>
        <translation>移除選取的審核者 (Delete)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add a reviewer</source>
        <translation>新增審核者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a reviewer</source>
        <translation>編輯審核者</translation>
    </message>
</context>
<context>
    <name>ReviewerTableModel</name>
    <message>
        <location line="-193"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>審核者</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateButton</name>
    <message>
        <location filename="../../desktop/views/dashboard/save_as_template_button.py" line="+29"/>
        <source>Save as template...</source>
        <translation>另存為範本...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A delivery template with everything of this delivery but its audience and schedule (Resources &gt; Templates)</source>
        <translation>包含此傳遞所有設定（對象與排程除外）的傳遞範本（資源 &gt; 範本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lack the right %1 to create a template</source>
        <translation>您沒有建立範本所需的權限 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>另存為範本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new template:</source>
        <translation>新範本的名稱：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as the template “%1”.</source>
        <translation>已另存為範本「%1」。</translation>
    </message>
</context>
<context>
    <name>SendProgressBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/send_progress_bar.py" line="+122"/>
        <source>Not prepared yet: nothing to send.</source>
        <translation>尚未準備：沒有要傳送的內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 delivered</source>
        <translation>已傳遞 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cancelled</source>
        <translation>已取消 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to send</source>
        <translation>待傳送 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 messages to deliver</source>
        <translation>%1（共 %2 則待傳遞訊息）</translation>
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
        <translation>傳送</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%v of %m messages processed</source>
        <translation type="vanished">已處理 %v / %m 則訊息</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="vanished">已鎖定</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation type="vanished">交付</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delivered</source>
        <translation>已傳遞</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of targeted</source>
        <translation>佔已鎖定目標</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opens</source>
        <translation>開啟次數</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of delivered</source>
        <translation>佔已傳遞</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clicks</source>
        <translation>點按次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>of to deliver</source>
        <translation>佔待傳遞</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Hard bounces</source>
        <translation>硬退信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bounces</source>
        <translation>軟退信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscriptions</source>
        <translation>取消訂閱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All opens</source>
        <translation>開啟總數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clicks</source>
        <translation>點按總數</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Continue sending</source>
        <translation>繼續傳送</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+55"/>
        <location line="+13"/>
        <source>Confirm delivery</source>
        <translation>確認傳遞</translation>
    </message>
    <message numerus="yes">
        <source>Send this delivery now to %n recipient(s)?</source>
        <translation type="vanished">
            <numerusform>要立即將此傳遞傳送給 %n 位收件者嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop delivery</source>
        <translation>停止傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this delivery for good? Messages not sent yet are cancelled.</source>
        <translation>要永久停止此傳遞嗎？尚未傳送的訊息將會取消。</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Pre-flight check</source>
        <translation>傳送前檢查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take out of quarantine every address this delivery&apos;s hard bounces put there (when they were the relay&apos;s refusals, not the recipients&apos;)</source>
        <translation>將此傳遞的硬退信所隔離的每個地址解除隔離（當它們是轉送伺服器的拒絕，而非收件者的）</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Release quarantined addresses</source>
        <translation>解除隔離地址</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation type="vanished">
            <numerusform>要將此傳遞所隔離的 %n 個地址解除隔離嗎？手動或由其他傳遞隔離的地址將保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released from quarantine.</source>
        <translation type="vanished">
            <numerusform>已解除隔離 %n 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n quarantined address(es)</source>
        <translation type="vanished">
            <numerusform>解除隔離 %n 個地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Take the %Ln address(es) this delivery quarantined out of quarantine? Addresses quarantined by hand or by other deliveries stay.</source>
        <translation>
            <numerusform>要將此傳遞所隔離的 %Ln 個地址解除隔離嗎？手動或由其他傳遞隔離的地址將保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln address(es) released from quarantine.</source>
        <translation>
            <numerusform>已解除隔離 %Ln 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>Release %Ln quarantined address(es)</source>
        <translation>
            <numerusform>解除隔離 %Ln 個地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Send this delivery now to %Ln recipient(s)?</source>
        <translation>
            <numerusform>要立即將此傳遞傳送給 %Ln 位收件者嗎？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTools</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="+273"/>
        <source>&amp;Outbox</source>
        <translation>寄件匣(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulate audience (simulation)…</source>
        <translation>模擬對象 (模擬)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A demonstration: simulated readers open and click</source>
        <translation>示範：模擬讀者開啟並點按</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP &amp;relay settings…</source>
        <translation>SMTP 轉送伺服器設定(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP relay</source>
        <translation>SMTP 轉送伺服器</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="+35"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default: a file in your data folder</source>
        <translation>預設：使用者資料夾中的檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLAlchemy URL, e.g. postgresql+psycopg://user@host/console</source>
        <translation>SQLAlchemy URL，例如 postgresql+psycopg://user@host/console</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes apply the next time Campaign Console starts.</source>
        <translation>變更會在下次啟動 Campaign Console 時生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The settings file would keep this password in clear: remove it from the URL and set PGPASSWORD, or write it in ~/.pgpass (or the file PGPASSFILE names), readable by you only.</source>
        <translation>設定檔會以明文保存此密碼：請將其從 URL 中移除並設定 PGPASSWORD，或寫入 ~/.pgpass（或 PGPASSFILE 指定的檔案），且僅限您本人可讀。</translation>
    </message>
</context>
<context>
    <name>SimulateAudienceDialog</name>
    <message>
        <location filename="../../desktop/views/sending_tools.py" line="-206"/>
        <source>Simulate audience (simulation)</source>
        <translation>模擬對象 (模擬)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This is a simulation for demonstrations.&lt;/b&gt; It reads messages from the local outbox and requests their open pixel and some of their links over HTTP, as readers would, so opens and clicks go through the real tracking server and the dashboard&apos;s charts move.</source>
        <translation>&lt;b&gt;這是用於示範的模擬。&lt;/b&gt;它會讀取本機寄件匣中的訊息，並像讀者一樣透過 HTTP 請求其開啟像素與部分連結，讓開啟與點按經過真正的追蹤伺服器，控制面板的圖表也會隨之變化。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers who open</source>
        <translation>開啟的讀者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openers who click</source>
        <translation>開啟後點按的讀者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read at most</source>
        <translation>最多讀取的訊息數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread over</source>
        <translation>分散於</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>模擬</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simulated readers at work…</source>
        <translation>模擬讀者作業中…</translation>
    </message>
    <message>
        <source>Simulation done: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation type="vanished">模擬完成：%4 則訊息中有 %1 次開啟、%2 次點按、%3 次取消訂閱。</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>#%1 %2 (%Ln message(s))</source>
        <translation>
            <numerusform>#%1 %2（%Ln 封郵件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message in the outbox yet</source>
        <translation>寄件匣中尚無郵件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Simulation done on delivery #%5: %1 opens, %2 clicks, %3 unsubscriptions from %4 messages.</source>
        <translation>傳遞 #%5 的模擬完成：%4 封郵件中有 %1 次開啟、%2 次點按、%3 次取消訂閱。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate again</source>
        <translation>再次模擬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>SimulationWorker</name>
    <message>
        <location filename="../../desktop/workers/simulation_worker.py" line="+51"/>
        <source>The simulation was stopped.</source>
        <translation>模擬已停止。</translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../desktop/views/forms/stock_form.py" line="+23"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>水準</translation>
    </message>
</context>
<context>
    <name>StockLevelChart</name>
    <message>
        <location filename="../../desktop/views/forms/stock_level_chart.py" line="+44"/>
        <source>units in stock</source>
        <translation>庫存單位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stock line</source>
        <translation>庫存行</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This stock has no line yet.</source>
        <translation>此庫存尚無任何行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In stock %1, alert level %2, consumed %3, ordered %4.</source>
        <translation>庫存 %1，警示水準 %2，已消耗 %3，已訂購 %4。</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../desktop/views/template_actions.py" line="+28"/>
        <source>New delivery from &amp;template...</source>
        <translation>從範本新增傳遞(&amp;T)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new delivery from a delivery template</source>
        <translation>從傳遞範本建立新的傳遞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You lack the right %1 to create a delivery</source>
        <translation>您沒有建立傳遞所需的權限 %1</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../desktop/views/forms/field_widgets.py" line="-340"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>不變更</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="vanished">name@example.com, other@example.com</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>first, second, third</source>
        <translation>第一, 第二, 第三</translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../desktop/views/unreachable_banner.py" line="+40"/>
        <source>The database is unreachable: trying again…</source>
        <translation>無法連線至資料庫：正在重試…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1. What you typed stays; saving waits until it is back.</source>
        <translation>原因：%1。您輸入的內容會保留；儲存將等到資料庫恢復連線。</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../desktop/views/unsaved_changes.py" line="+72"/>
        <source>%1 has unsaved changes.</source>
        <translation>%1 有尚未儲存的變更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These forms have unsaved changes:
%1</source>
        <translation>這些表單有尚未儲存的變更：
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save them?</source>
        <translation>要儲存這些變更嗎？</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../desktop/views/display_values.py" line="+23"/>
        <source>Being edited</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending approval</source>
        <translation>待核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending confirmation</source>
        <translation>待確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation failed</source>
        <translation>準備失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>已排程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending extraction</source>
        <translation>待擷取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to approve</source>
        <translation>待核准的檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To submit</source>
        <translation>待提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofs to validate</source>
        <translation>待驗證的校樣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>直接郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer</source>
        <translation>整數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal</source>
        <translation>小數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>布林值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>長文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure</source>
        <translation>壓力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/views/translatable_data.py" line="-47"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare deliveries</source>
        <translation>準備傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start deliveries</source>
        <translation>開始傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject not empty</source>
        <translation>主旨不可空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender set</source>
        <translation>已設定寄件者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>取消訂閱連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message size</source>
        <translation>訊息大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof target size</source>
        <translation>校樣目標大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before targeting</source>
        <translation>目標設定前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After targeting</source>
        <translation>目標設定後</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Postage</source>
        <translation>郵資</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear by threshold</source>
        <translation>依臨界值線性計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant by threshold</source>
        <translation>依臨界值固定計算</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enough text</source>
        <translation>足夠文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable tracking links</source>
        <translation>可連線的追蹤連結</translation>
    </message>
    <message>
        <location filename="../../desktop/views/display_values.py" line="-34"/>
        <source>Ready for hand-off</source>
        <translation>待移交</translation>
    </message>
</context>
</TS>
