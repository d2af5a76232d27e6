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
    <name>gd::Workstation</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
