<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationActionRules</name>
    <message>
        <source>Only officers and supervisors can comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your department has no step in this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of your department is active now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is handling this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has claimed this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors can release claims but do not handle steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are handling this step already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not waiting for a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is waiting for the applicant&apos;s supplement; record it as received first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceBuilder</name>
    <message>
        <source>, </source>
        <comment>between the names of a list in an audience description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives in an audience description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of (%1)</source>
        <comment>tags: has at least one of them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 days</source>
        <comment>life event: tag acquired</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acquired %2–%3 days ago</source>
        <comment>life event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>regions, one of them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 or under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-name level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-name level %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-name level %1 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-name level %1 or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the conditions of an audience description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, excluding %2</source>
        <comment>audience description: conditions, excluded tags</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <source>GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved or sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a citizen becomes “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a citizen becomes “%1”</source>
        <translation>
            <numerusform>%n day after a citizen becomes “%1”</numerusform>
            <numerusform>%n days after a citizen becomes “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>As soon as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most one campaign message in %n day(s)</source>
        <translation>
            <numerusform>At most one campaign message in %n day</numerusform>
            <numerusform>At most one campaign message in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No hold-out group (the effect cannot be measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% kept back as a hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 processed · %3 delivered · %4 held out · %5 skipped by the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the campaign in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is no longer a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign no longer waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the campaign&apos;s creator may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is approved by someone other than its creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors approve campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already sent or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln citizen</numerusform>
            <numerusform>%Ln citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>A grid manager&apos;s campaign goes only to residents of his own grids: choose one of your grids as the area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
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
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: already claimed by %2, your “%3” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: already claimed by another officer, your “%2” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: the step has moved on, your “%2” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: already finished, your “%2” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: someone else acted on it first, your “%2” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: you may not “%2” this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: “%2” was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1: your “%2” did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
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
    <name>GridText</name>
    <message>
        <source>Elderly living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-income households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under community correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment and sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeText</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name details registered and the mobile number verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked against the public security population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity confirmed by face recognition or in person at a service counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred by the profile model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government services app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistering</source>
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
    <name>QueueViews</name>
    <message>
        <source>Mine to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>Citizen portal</source>
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
    <name>gd::AboutDialog</name>
    <message>
        <source>About GovDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff workstation of the city&apos;s Internet + government services platform, for service officers, grid managers, supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain, Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these versions as text, for a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2 (not answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (plain SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApplicationActionDialog</name>
    <message>
        <source>Return for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the applicant still has to provide for %1. The time limit pauses until the supplement arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the materials of %1 that arrived. The time limit goes on from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting ends %1 for every department. The applicant sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the current step of %1 to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else holds this step of %1. Releasing lets another officer claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is added to the history of %1, which every department in the workflow sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missing materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other materials, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one missing material, or write it under Other materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department to transfer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApplicationActionRunner</name>
    <message>
        <source>Someone else is handling this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is handling this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has moved on since you opened the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is already completed or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has acted on this application since you opened it. Look at it again and retry if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer of the step&apos;s department can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is missing something it needs (a reason, the materials or the department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not in the local copy any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: the step is yours to handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: another officer can claim the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the application moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for supplement: the time limit is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement recorded: the time limit goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is sent to the server with the next sync (pending sync until then).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApplicationDetailPanel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this step: nobody else can handle it until you release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the step back so that another officer can claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this step and pass the application on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant for missing materials; the time limit pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing materials arrived; the time limit goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the application with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this step to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comment to the history (Ctrl+Enter; %1 moves here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this application is waiting to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application in the list to see its workflow, materials and history. Enter opens the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(number pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the enterprise&apos;s homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the citizen&apos;s homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation: rank %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials are listed for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last return asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Not now: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AudienceBuilderWidget</name>
    <message>
        <source>must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition for the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this area and add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the chosen area; citizens of any of the areas match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest real-name level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest real-name level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired at least this many days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired at most this many days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with new conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mple (masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample of the audience, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audience was made in a way the editor cannot show as conditions. It is shown as it is and counted as it is, and it stays unchanged unless you start over with new conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audience is not a valid expression. It is shown as it is; start over to build a new audience with conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no citizen tag called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag catalogue is not available without the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many conditions: an audience has at most %1 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the condition; Space opens its menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the area; Space opens its menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago (%1–%2 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — the number of people needs a server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 people · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens in your scope, counted on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::BatchApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n application(s)</source>
        <translation>
            <numerusform>Approve %n application</numerusform>
            <numerusform>Approve %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the step “%1” of these %n application(s) of %2? Each is approved on its own: one that cannot be approved now is reported and the others go on.</source>
        <translation>
            <numerusform>Approve the step “%1” of this application of %2?</numerusform>
            <numerusform>Approve the step “%1” of these %n applications of %2? Each is approved on its own: one that cannot be approved now is reported and the others go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CampaignDetailPanel</name>
    <message>
        <source>&amp;Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to the creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this computer: the change goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the approver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, without approval (a small audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a supervisor&apos;s approval (%Ln citizen(s)).</source>
        <translation>
            <numerusform>Waiting for a supervisor&apos;s approval (%Ln citizen).</numerusform>
            <numerusform>Waiting for a supervisor&apos;s approval (%Ln citizens).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CampaignEditor</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S). It is kept on this computer and sent to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 孕期产检提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen reads: what to do, by when, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a policy, e.g. 厦门市育儿补贴实施办法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a life event happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event (tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen who got any campaign message within this many days is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — a policy only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the approver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply now: %1 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the policy: %1 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【i厦门】%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Apply: https://s.gov.cn/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · message centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the citizen&apos;s message centre of the app; opening it and applying are counted for the campaign&apos;s effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and submit for approval (Ctrl+Enter): a large audience waits for a supervisor&apos;s approval, a small one is approved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text message(s) per citizen</source>
        <translation>
            <numerusform>%n text message per citizen</numerusform>
            <numerusform>%n text messages per citizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CampaignListModel</name>
    <message>
        <source>Changed on this computer; goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CampaignResultsModels</name>
    <message>
        <source>Sent group (% of members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out (% of members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent group (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI low (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI high (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied, sent group (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied, hold-out (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, sent group (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, hold-out (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate, sent group (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate, hold-out (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ~ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was cancelled before it was sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending has started; the results show as the members are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has not been sent yet; its effect shows here once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate %1 of %2 members sent. There is no hold-out group, so the effect cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out — too few members or applications yet to tell the effect (%3 sent, %4 in the hold-out, %5 applications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), not significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp (not significant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp (significant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CampaignResultsView</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant or too little data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pp (95% CI %3), %4 vs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the latest results (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures behind the charts as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel (share of each group&apos;s members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate over time (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect by segment (percentage points, 95% confidence interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By district and age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (sent · hold-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rate (sent vs hold-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the application rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped by the frequency cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results over time yet: they show once the first messages are delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent group − hold-out, percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign to see its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the results of %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh — showing the results of %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the members held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the sent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln opened</numerusform>
            <numerusform>%Ln opened</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied; no hold-out to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% CI %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · too little data to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in neither group, so the comparison stays fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every member processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign-results-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CitizenHomePage</name>
    <message>
        <source>No citizen selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a citizen from the citizen list, a search or an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy and tax-refund applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subsidy or tax-refund applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other household members are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations for this citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push a service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note or visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application on the citizen&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full ID number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full phone number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked departmental systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the citizen&apos;s homepage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This citizen does not exist or is outside your area of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s homepage cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This citizen is not in the local copy on this computer; the page shows the server&apos;s data and is available online only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the homepage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the local copy of your data, which is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity for an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify during a grid visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a service to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push of “%1” by %2 is queued and goes out as soon as the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note or visit record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit record is saved and goes to the server as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is saved and goes to the server as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application for “%1” is saved and goes to the server as soon as it can be reached; the server numbers it and starts its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the catalogue&apos;s tag rules (the engine is not reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the recommendation engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the catalogue&apos;s tag rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CitizenListModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CitizensPage</name>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin, initials, or part of an ID or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no citizens in the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizens of your area of work appear here once the sync has brought them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or search by pinyin, initials (such as “zs”), or a few digits of an ID or phone number.</source>
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
    <name>gd::DashboardCharts</name>
    <message>
        <source>Usage trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins, citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DashboardModels</name>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative (stacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative + neutral (stacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (stacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied % (4–5 stars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications submitted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications through %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications completed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n message(s) on %3, %4 times the 28-day mean of %5</source>
        <translation>
            <numerusform>%1 · %2: %n message on %3, %4 times the 28-day mean of %5</numerusform>
            <numerusform>%1 · %2: %n messages on %3, %4 times the 28-day mean of %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::DashboardPage</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the latest figures (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole dashboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures behind the charts as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point, bar or row to see the messages or applications behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel mix (applications submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot topics (vs the previous period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spikes flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active citizens (daily, summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating (好差评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1 (your department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard covers at most %1 days. Choose a shorter range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards show aggregate figures to supervisors and department staff. Your role does not include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the figures of %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by day and sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time (median · p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h · %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DrillDownDialog</name>
    <message>
        <source>Behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the citizen&apos;s homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the applicant&apos;s homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the newest %2 shown · personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1 · Sentiment: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · submitted %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DrillDownModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::EnterpriseHomePage</name>
    <message>
        <source>No enterprise selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an enterprise from the enterprise list, a search or an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licences or certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social-insurance payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy and tax-refund applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subsidy or tax-refund applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations for this enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application on the enterprise&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the full phone number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the enterprise&apos;s homepage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enterprise does not exist or is outside your area of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise&apos;s homepage cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the homepage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enterprise is not in the local copy on this computer; the page shows the server&apos;s data and is available online only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid without a time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1, %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 months overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the local copy of your data, which is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the enterprise about an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the contact for a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is saved and goes to the server as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application for “%1” is saved and goes to the server as soon as it can be reached; the server numbers it and starts its first step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::EnterpriseListModel</name>
    <message>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::EnterprisesPage</name>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin, initials, or part of a credit code or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no enterprises in the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprises of your area of work appear here once the sync has brought them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or search by pinyin, initials, or a few digits of the credit code or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GlobalSearchModel</name>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1 citizens matching “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GlobalSearchPopup</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search needs the local copy of your data, which is not open on this computer (it is being unlocked, or GovDesk works online only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens, enterprises or services match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not read the local copy. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GridActivityModel</name>
    <message>
        <source>Visit · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GridPage</name>
    <message>
        <source>Assign a task to grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the grid managers are to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an incident with photos (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a notice to the residents of this grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notice to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you are working on the local copy. Visits, incidents and task changes are kept on this computer and sent when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task / grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In special groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households of this grid are in the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residents of this grid are in the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks for this grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grid has no visit records or incidents yet.

Ctrl+Shift+V records a visit, Ctrl+Shift+I reports an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid work is kept in the local copy of your data, which is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grids of yours are in the local copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grids could not be read from the local copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid could not be read from the local copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited in the last 90 days: %1 of %2 households · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) and %1 incident(s) in the last 30 days</source>
        <translation>
            <numerusform>%n visit and %1 incident(s) in the last 30 days</numerusform>
            <numerusform>%n visits and %1 incident(s) in the last 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 grids done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit recorded; it is sent to the server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported; it is sent to the server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (the supervisor sees this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: write what was done (at least 2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed; the result goes to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task assigned to %n grid(s).</source>
        <translation>
            <numerusform>Task assigned to %n grid.</numerusform>
            <numerusform>Task assigned to %n grids.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ept incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the incident on: the grid manager sees that it is being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved (the grid manager sees this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved: write how it was resolved (at least 2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GridResidentModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender, age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GridTaskModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::HomePageShell</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of the tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · submitted %2 via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · paid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier paid bills are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid %1 · overdue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · decided %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on %1 · source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the change cannot be queued for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::HouseholdTreeModel</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), head %1</source>
        <translation>
            <numerusform>%n member, head %1</numerusform>
            <numerusform>%n members, head %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the stairwell of building 3, 兴隆路 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, who is affected, what has been done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the chosen photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG or WebP, at most %1 MB each and %2 photos; or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to the server when it can be reached. Ctrl+Enter reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 photos per incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::IncidentViewDialog</name>
    <message>
        <source>Incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s); double-click or Enter shows one at full size.</source>
        <translation>
            <numerusform>%n photo; double-click or Enter shows it at full size.</numerusform>
            <numerusform>%n photos; double-click or Enter shows one at full size.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ListFilterBar</name>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a district first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by real-name level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;overdue bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only citizens with overdue bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ListPage</name>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is read from the encrypted copy of your area&apos;s data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is read from the encrypted copy of your area&apos;s data on this computer, which opens after you sign in. If it stays unavailable, see Local data in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy was closed while the list was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync is still bringing your area&apos;s data to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LockScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is hidden because GovDesk was not used for a while. Enter your password to continue. Syncing goes on in the background.</source>
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
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session; unsent changes stay in the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
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
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered for a different account. GovDesk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk stays locked until the server can check your password.</source>
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
        <source>Close</source>
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
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search citizens, enterprises, services (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pending (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit: %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be applied for online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for at a service counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new pending application(s). Press Ctrl+4 to open Pending.</source>
        <translation>
            <numerusform>%n new pending application. Press Ctrl+4 to open Pending.</numerusform>
            <numerusform>%n new pending applications. Press Ctrl+4 to open Pending.</numerusform>
        </translation>
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
    <name>gd::NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note or visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working note for colleagues; the citizen does not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only grid managers record visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit you made as the grid manager, with its kind and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(grid managers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found during the visit, what was agreed, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues should know about this citizen or enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a summary of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
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
    <name>gd::PushPage</name>
    <message>
        <source>Proactive push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign on the left to see it and its results, or make a new one.

Campaigns send a message about a service or a policy to the citizens you choose; a random hold-out group is kept back so that the effect can be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) wait for your approval</source>
        <translation>
            <numerusform>%n campaign waits for your approval</numerusform>
            <numerusform>%n campaigns wait for your approval</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns are kept in the local copy of your data, which is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns could not be read from the local copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is submitted; it goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved on this computer and goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the campaign returned to its creator? (2 to 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the campaign cancelled? (2 to 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; sending starts when the server has the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign goes back to its creator with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is cancelled; nothing more is sent once the server has the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the change cannot be queued for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PushServiceDialog</name>
    <message>
        <source>Push a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen receives the message on the chosen channel. The push is kept on this computer and sent as soon as the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — match %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Based on your situation you may be eligible for &quot;%1&quot;. You can apply in the government services app or at a service counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message the citizen will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::QueueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pending applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::QueueListModel</name>
    <message>
        <source>Paused (awaiting supplement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet confirmed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::QueuePage</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters and sort under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every selected application (same service and step) after a confirmation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pending steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working: actions are kept on this computer and sent when the connection is back (“Pending sync” until then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is read from the encrypted copy of your area&apos;s data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending queue is read from the encrypted copy of your department&apos;s data on this computer, which opens after you sign in. If it stays unavailable, see Local data in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending application matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending application matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by the start of an application number or of the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer filters, or another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync is still bringing your department&apos;s applications to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application waits for your department now. New ones appear here as the sync brings them, and the Pending entry in the navigation shows how many there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is no longer in the local copy (it may have left your department&apos;s scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the action cannot be queued for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more applications of the same service and step (Shift or Ctrl with a click, or Shift with the arrow keys) to approve them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These applications cannot be approved together: they are of different services or at different steps. Select applications of one service at the same step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) approved; sent to the server with the next sync.</source>
        <translation>
            <numerusform>%n application approved; sent to the server with the next sync.</numerusform>
            <numerusform>%n applications approved; sent to the server with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept an earlier change to this application: %1 The application shows the server&apos;s state; see File › Conflict queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RevealDialog</name>
    <message>
        <source>Reveal the full %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the full %1 is recorded in the audit log with your name and the reason you give. It is shown for %2 seconds, then hidden again, and it is not stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need the full number? At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Revealing a number needs a connection to the server; try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason why you need the full number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too short: write at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RevealableField</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden again in %1 s</source>
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
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this time without keyboard or mouse input GovDesk hides your work and asks for your password. Syncing goes on while it is locked. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
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
    <message>
        <source>GovDesk did not connect to %1 because its security certificate cannot be trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The certificate is not valid yet. Check the date and time of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The certificate was issued for a different server name. Check that the address is exactly the one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The certificate was not issued by an authority this computer trusts (for example, it is self-signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk never connects to a server it cannot verify. Ask your administrator to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SlaDelegate</name>
    <message>
        <source>Pending sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SpecialGroupTreeModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in this grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StartApplicationDialog</name>
    <message>
        <source>Start an application for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is started at the counter on the applicant&apos;s behalf. It is kept on this computer and sent when the server can be reached; the server numbers it and starts its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a remark for the handling officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are available for this applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled in one step by the lead department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials are listed.</source>
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
    <name>gd::TimelineModel</name>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
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
        <source>Coming in later releases</source>
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
    <message>
        <source>Your area at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen and enterprise homepages you open appear here, for this session only. Press Ctrl+K to find someone by name, pinyin, initials or a fragment of an ID or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a citizen, an enterprise or a service from anywhere with Ctrl+K; the Citizens (Ctrl+2) and Enterprises (Ctrl+3) pages filter by district, grid, tag and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a homepage to see everything about a citizen or an enterprise on one page; push a service, add a note or start an application on their behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID and phone numbers stay masked; revealing one asks for a reason and is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a network you keep working from the encrypted local copy; what you do is sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling the pending queue of applications across departments, grid management, push campaigns with a hold-out group, and dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local copy on this computer: GovDesk works online only, so the figures of your area are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your local copy (kept current by the sync):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens: %1, open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises: %1, open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open applications: %1, open the pending page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue bills: %1, open the citizens list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the homepage of citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the homepage of enterprise %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to the server when it can be reached. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household of this grid from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resident of this grid from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household or the resident you visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you found during the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next step, or untick &quot;Follow-up needed&quot;.</source>
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
    <name>gd::WorkflowDiagram</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 (in parallel): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 · in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Limit %n working day(s)</source>
        <translation>
            <numerusform>Limit %n working day</numerusform>
            <numerusform>Limit %n working days</numerusform>
        </translation>
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
    <message>
        <source>GovDesk could not resume your last session because the server cannot be reached. Sign in again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
