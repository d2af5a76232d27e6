<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Branding</name>
    <message>
        <source>GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of a conflict entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The username or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code is incorrect or has expired. Enter the current code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed sign-ins. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after too many failed sign-ins. Try again in %n minute, or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after too many failed sign-ins. Try again in %n minutes, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts from this computer. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from this computer. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many sign-in attempts from this computer. Wait %n second and try again.</numerusform>
            <numerusform>Too many sign-in attempts from this computer. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from this computer. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many sign-in attempts from this computer. Wait %n minute and try again.</numerusform>
            <numerusform>Too many sign-in attempts from this computer. Wait %n minutes and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: nothing answers there. Check the server address, or ask your administrator whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be found. Check the server address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted, so GovDesk did not connect. Ask your administrator to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this item, or it is outside your area of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid. If this keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk could not read or write its local data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply GovDesk does not understand. The server may run a different version; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error. Try again later; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this function. The server may run a different version; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grid assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>responsible for %n grid(s)</source>
        <translation>
            <numerusform>responsible for %n grid</numerusform>
            <numerusform>responsible for %n grids</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all departments and areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Online · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the last request and live updates are connected: changes on the server reach this computer within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the last request. Live updates are not connected, so GovDesk asks the server for changes every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last request did not reach the server. You can keep working with the local copy; your changes are sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk has not heard from the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1% · %2 records · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing · %1 records · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the changes in your area of work from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2 changes received from the server, %3 per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes received from the server, %2 per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending local changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended; sync paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of the last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy HH:mm:ss</source>
        <comment>full date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s)</source>
        <translation>
            <numerusform>Retrying in %n second</numerusform>
            <numerusform>Retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n minute(s)</source>
        <translation>
            <numerusform>Retrying in %n minute</numerusform>
            <numerusform>Retrying in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full; your local changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is from a newer GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is in use by another GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on this computer&apos;s disk, so GovDesk cannot save what the server sends. Nothing you changed is lost: your changes stay in the local copy and are sent when there is space again. Free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy on this computer is damaged or was not written by GovDesk. Wipe the local data in Settings; GovDesk then downloads a fresh copy from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy on this computer was written by a newer version of GovDesk. Install that version, or wipe the local data in Settings to start again with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another GovDesk on this computer is using the same local copy. Close it, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk cannot read or write its local copy on this computer (a disk or permission problem). Your changes so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy on this computer reported an error. If this keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk cannot reach the server. You can keep working with the local copy; your changes are sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot answer at the moment. GovDesk tries again by itself; your changes are kept until the server takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not complete the sync. GovDesk tries again by itself; if this keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConflictFieldModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConflictListModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConflictQueueDialog</name>
    <message>
        <source>Conflict queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take these changes you made. Decide for each one what should happen; until you do, they are neither sent nor overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version and the server&apos;s, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my version again, on top of the server&apos;s current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit &amp;merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the Result column: the fields as you settled them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my change; this computer shows the server&apos;s version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this object on the server while you were editing it: your change is based on version %1, the server now has version %2. Compare the two versions, then keep one of them or merge them in the Result column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this object on the server while you were editing it. Compare the two versions, then keep one of them or merge them in the Result column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Result column is what gets sent: double-click a cell or press F2 to change it. Bold rows differ between the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be sent as it is. Discarding it shows the server&apos;s version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a field in the Result column first; unchanged, it is the same as keeping yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions cannot be sent right now: the local copy is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you made has been taken by the server or is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict queue cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is not open. The queue shows up again once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the citizens in your area of work — by name, pinyin or initials, or a fragment of their ID or phone number — see their real-name level and tags, and open a citizen&apos;s homepage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One citizen on one page: profile and real-name level, tags, items handled before, pending items, bills due, subsidy and tax-refund applications, the assigned officer, and recommended services with the reason for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find enterprises by name or unified social credit code, filter them by lifecycle stage (newly established, growing, mature, deregistering) and open an enterprise&apos;s homepage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One enterprise on one page: registration details and lifecycle stage, tags, applications and pending items, and the policies and services recommended for it with the reason for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications waiting for your department: every step across departments with its deadline (SLA), approving or returning a step with a note, and the citizen&apos;s rating of the handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grids from district to street, community and grid: residents and households, special groups, visit records, incident reports up the chain and tasks pushed down to grid managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive push: choose an audience by tags and attributes, see the recommended services with their match degree and reason, schedule the push, send large pushes for approval, and track delivered, opened, applied and completed against a hold-out group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform usage (sign-ins by channel, active users, applications by service and department, handling time, SLA compliance, satisfaction) and public opinion (messages, sentiment, hot topics by district, with spikes flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search citizens, enterprises, applications (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search arrives with the local store in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff workstation of the city&apos;s Internet + government services platform, for service officers, grid managers, supervisors and administrators.

Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflict queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy on this computer could not be read and was set aside; GovDesk is downloading a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PlaceholderPage</name>
    <message>
        <source>This page arrives in a later release of GovDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language applies the next time you start GovDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour scheme changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart GovDesk to see the interface in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk keeps an encrypted copy of the data in your area of work on this computer, so you can keep working without a connection. Its key is kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the local copy and its key from this computer, then sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only: the system keychain is not available, so there is no local copy on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted; closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted; open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is derived from your account; it contains neither your name nor the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on the server yet</source>
        <translation>
            <numerusform>%n change not on the server yet</numerusform>
            <numerusform>%n changes not on the server yet</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for your decision</source>
        <translation>
            <numerusform>%n change waiting for your decision</numerusform>
            <numerusform>%n changes waiting for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::SignInDialog</name>
    <message>
        <source>Staff workstation of the city&apos;s Internet + government services platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://govdesk.example.gov.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit verification code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http). Use https:// unless the server runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for changes and send local changes now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk is asking the system keychain for the key of this computer&apos;s encrypted copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only (no local copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the encrypted local copy of your data cannot be opened. GovDesk works directly with the server: nothing is kept on this computer, and nothing works without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete sync with the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not on the server yet. They are saved on this computer and sent automatically.</source>
        <translation>
            <numerusform>%n local change not on the server yet. It is saved on this computer and sent automatically.</numerusform>
            <numerusform>%n local changes not on the server yet. They are saved on this computer and sent automatically.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every local change has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server did not accept need your decision. Open the conflict queue.</source>
        <translation>
            <numerusform>%n change the server did not accept needs your decision. Open the conflict queue.</numerusform>
            <numerusform>%n changes the server did not accept need your decision. Open the conflict queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::TodayPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See whether the server is reachable: this page checks it every minute, and the status bar shows the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the light or dark palette and the interface language in Settings (Ctrl+8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pages in the navigation on the left (Ctrl+1 to Ctrl+8): each one describes what it will hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out from the File menu when you leave your desk; this also ends your session on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in later releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen and enterprise homepages, the pending queue of applications across departments, grid management, proactive push and dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pinyin, ID or phone fragment (Ctrl+K), and work without a network from an encrypted local copy of your area&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you as a service officer: the applications waiting for %1, and the homepages of the citizens and enterprises in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you as a grid manager: the residents, households, special groups and visit records of your grids, also offline in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you as a supervisor: dashboards of platform usage and public opinion for %1, and approval of large push campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you as an administrator: staff accounts, roles, departments, grids and the service catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is working normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, but its database does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version %1 · database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::WipeLocalDataDialog</name>
    <message>
        <source>wipe</source>
        <comment>the word to type to confirm wiping local data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe your local data from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk deletes the encrypted copy of your data on this computer and its key in the system keychain, then signs you out. The next time you sign in, the data is downloaded from the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made on this computer have not reached the server yet.</source>
        <translation>
            <numerusform>%n change you made on this computer has not reached the server yet.</numerusform>
            <numerusform>%n changes you made on this computer have not reached the server yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the conflict queue are still waiting for your decision.</source>
        <translation>
            <numerusform>%n change in the conflict queue is still waiting for your decision.</numerusform>
            <numerusform>%n changes in the conflict queue are still waiting for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wiping loses them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To wipe anyway, type “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Workstation</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of your local copy in the system keychain is damaged, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk keeps the key of the local copy only in the system keychain and never stores your data unencrypted.

Work online only: GovDesk works directly with the server for this session. Nothing is kept on this computer, and nothing works without a connection.

Sign out: unlock or set up the system keychain (for example by signing in to your desktop again), then sign in to GovDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy was deleted, but its key could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the local copy the key opens nothing. GovDesk now signs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

GovDesk keeps working with the local copy. Close other programs that may use the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
