<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>change the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan or move visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record visits or mentor reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter assessments or coaching plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct other people&apos;s assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change QI projects, actions or escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the office&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) cannot {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Titulaire, head of maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStatusDialog</name>
    <message>
        <source>Change action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the action is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te or reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and in &amp;progress only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of the selected action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By f&amp;acility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue actions in %2 groups, the longest overdue first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityBox</name>
    <message>
        <source>Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;consented (explicit consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Helping Babies Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. postnatal care coverage, newborn hypothermia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the names ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <source>Add an office indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KMC_COVERAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what is counted on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of whom or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umerator counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Denominator counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the user this password: they choose their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MentorOffice met an unexpected problem and the last action may not have finished. What was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in the log file {path}; send them to whoever supports MentorOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice: unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice cannot open the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the office database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database was opened again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentEntry</name>
    <message>
        <source>Print &amp;blank checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor who assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;essor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the steps: 1 or D done · 2 or N not done · 3 or A N/A · ↑ ↓ move · Space clears · Tab: note · Ctrl+S: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen (optional); Enter goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To im&amp;prove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable until its file is corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in English</source>
        <translation>
            <numerusform>%n step in English</numerusform>
            <numerusform>%n steps in English</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable checklist form: see the form files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has not been saved. Discard what was entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why this assessment stands all the same; the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with a reason?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now validated on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (%1). %2 has been validated on %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (%1). %2 is not validated on %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 %2 for %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility or CHW group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override with a &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a facility or CHW group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rule does not apply this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any of the mentor&apos;s areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility or CHW group from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the reason, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of these rules may be overridden with a reason that is kept with the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncPage</name>
    <message>
        <source>Could not load the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttritionDialog</name>
    <message>
        <source>Record that %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created before the audit trail began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this record, when, and what they changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {table}{record}, by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit {date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}.</source>
        <translation>
            <numerusform>%n row saved to {file}.</numerusform>
            <numerusform>%n rows saved to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups of a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s database is on a PostgreSQL server: back it up with the server&apos;s own tools, on the server or any PC with the PostgreSQL client tools. Back up with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second command restores such a file: close MentorOffice on every PC first. Schedule the first one every night (cron, or Windows Task Scheduler) and keep the files on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
Backups are kept in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backups &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?

The current database is backed up first, so this can be undone by restoring that copy. MentorOffice closes the database during the restore and opens it again afterwards; close other windows that edit data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Close MentorOffice and start it again to see the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attrition (left the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District-based mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-center provider mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital joint team incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health center area uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health post without mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW group not mentored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor left, not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Assessment entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-test (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intern doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anesthetist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical step %1 not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical steps %1 not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical steps: none missed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical steps: all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: no step answered yet · %1 steps left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: no applicable step (all N/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / %2 = %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate: %1% at most, below %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 steps still to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate: no applicable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate: %1% is below %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes (already validated since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this mentee&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds, and where it is. Excel workbooks (.xlsx) and CSV files (UTF-8 or Windows-1252, comma or semicolon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the column template (an example .xlsx file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened as an Excel workbook; the next page says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>All kinds of gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a gap to assign a mentor there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a gap (or press Enter on it) to assign a mentor there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for gaps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap of this kind on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned a mentor at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesTab</name>
    <message>
        <source>Change &amp;ideas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change worth testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chan&amp;ge idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDSA c&amp;ycles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PDSA &amp;cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add acti&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities, people and postings, mentors and assignments, enrolments, assessments (with step results, or scores only), indicator values. The import checks every row first and saves all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table of the database to its own sheet of one workbook, for audits in Excel. Lists export their rows from their own Export button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the column templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 templates saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Update the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database must be updated to this version of MentorOffice, which backs it up first, but could not:

{reason}

Is the database backed up (pg_dump on the server)? Yes updates it now; No leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefingDialog</name>
    <message>
        <source>Debriefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team does well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps seen on this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weaknesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings (type in the first column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fi&amp;nding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;QI project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esca&amp;late…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dhis2MappingDialog</name>
    <message>
        <source>DHIS2 mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category option combo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every area: the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data element UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category option combo UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;set UID (for ADX):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data se&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dhis2Panel</name>
    <message>
        <source>DHIS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (dataValueSets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADX (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for DHIS2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org units by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for DHIS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value(s) for %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (fix the mapping or the facilities, then export again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (already in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out, not imported: %1. Correct them in the file and import it again: the rows already imported will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do; still nothing saved. Click Import to save every row, or nothing if anything goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) stop the import: see below. Go back to choose what to do with records already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Records already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches a stored record by its code (a person: staff code, or name and phone). What should the import do with such rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them: keep what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the stored records with the file&apos;s values (a blank cell keeps what is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top: import nothing if any row is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) of the file are already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rows is in the database yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Raise an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap, as the facility sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. District health office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationStatusDialog</name>
    <message>
        <source>Escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the district or ministry did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationsTab</name>
    <message>
        <source>Open only: the list for the &amp;coordination meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise escalation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;unresolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open escalations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved ones took %1 days on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors and assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments with step results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores only (legacy trackers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds personal data of health workers: keep it safe, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing every table to the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables, %2 rows saved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Type a facility&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active unit(s) directly under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 current mentor assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active mentee(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned visit(s) to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated, it no longer appears in choices and reports; the units under it stay active. Deactivate it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <source>Current mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
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
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees (active):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open escalations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last community visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DHIS2 id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up&amp;graded health center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 letters or digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it sits from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits, %2 mentees assessed, %3 validations. Challenges: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the office says back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Set up the office&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no users yet. Choose the administrator&apos;s user name and password: the administrator then adds the office&apos;s other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FishboneView</name>
    <message>
        <source>Fishbone diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no causes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the facility&apos;s team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. questions on the partograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ntee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is saved now, with the other PC&apos;s change; your entries in this form are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and open again on what is saved now, with the other PC&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page of the guide is missing: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s page for this section (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {what} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail holds no change of this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is saved, or none: stopping leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was refused: %1 problem(s), listed below. Nothing was saved. (Did someone change the database since the dry run?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Monthly values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number; Tab or Enter goes to the next cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a number; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a whole number of people or events, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is too large for one month at one facility; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 too (0 if there were none), or clear both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numerator (%1) is larger than the denominator (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started yet: values are entered once the month has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this value since the grid was opened; reload to see theirs, then enter yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %1 points above the median from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %1 points below the median from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually long run: %1 points above the median from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually long run: %1 points below the median from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1 points rising from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1 points falling from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronomical point: %1% in %2, far outside the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few runs: %1 (at least %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many runs: %1 (at most %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few crossings of the median: %1 (at least %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator by indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every change in the grid (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run chart of the indicator in the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number to replace a cell; Tab or Enter moves on, Ctrl+Z undoes, Ctrl+V pastes from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values typed for %1, %2 are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values could not be saved (%1). They are still in the grid: try again, or close and choose Discard to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more (red cells; hover for why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1 cell(s) to correct first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 added, %2 changed, %3 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 added; it shows in the grid once the values typed are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint hospital visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health center visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health post visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hierarchy from country to health post, each unit with the one it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code or parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilities</source>
        <translation>
            <numerusform>%Ln facility</numerusform>
            <numerusform>%Ln facilities</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, mentors, mentees and community health workers, with where they work now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, staff code, phone or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship and supervision visits, latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility, type or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist scores of mentees and facility assessments, latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee, checklist or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>QI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality improvement projects, latest started first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, facility or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln QI projects</source>
        <translation>
            <numerusform>%Ln QI project</numerusform>
            <numerusform>%Ln QI projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly facility outcome indicators: numerator, denominator and percentage, latest month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility or indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator values</source>
        <translation>
            <numerusform>%Ln indicator value</numerusform>
            <numerusform>%Ln indicator values</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validations, which the reports count: mentees who scored at least 85% on a post-mentorship assessment with every critical step done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee, competency or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln validations</source>
        <translation>
            <numerusform>%Ln validation</numerusform>
            <numerusform>%Ln validations</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
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
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Alt+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the window until you sign in again with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorOffice {version}&lt;/h3&gt;&lt;p&gt;The clinical mentorship office&apos;s registry of facilities, mentors and mentees, its visits, assessments, quality improvement and reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up automatically at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the office database found problems:

{problems}

Work saved since the last backup may be affected. Open the list of backups to restore one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file holds each field. The columns were matched by their headers; change any that is wrong. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the headers are on row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist step columns: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteePage</name>
    <message>
        <source>Mentee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fully validated: %1 of %2 competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>85% pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose from gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompetency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gaps (steps repeatedly not done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of the latest assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who entered or changed the latest assessment of the competency selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the latest assessments; edit it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was repeatedly missed: nothing to propose. Write a plan if one is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved plan (target %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coaching plan for %1 was not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorProfileView</name>
    <message>
        <source>No mentor profile. A validated mentee can be promoted to mentor one level down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oriented on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation, theory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation, practical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
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
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorReportsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 mentors reported; %3 have the office&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedVisitDialog</name>
    <message>
        <source>Visit did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the mentor was sick; the road was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveVisitDialog</name>
    <message>
        <source>Move visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;first day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New QI project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check that the printer is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Print blank checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist form could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist to print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save blank checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save progress sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdsaDialog</name>
    <message>
        <source>PDSA cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no change idea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change, where, who, and what you predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done; what was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results against the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt, adapt or abandon; the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change idea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;udy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <source>Name, staff code or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (posted now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive or not posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attr&amp;ition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a &amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this mentor a facility or CHW group to mentor. To make a validated mentee a mentor, use Promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;omote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that %1 left; the posting is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
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
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment, competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no competency planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled as a mentee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose next month&apos;s plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debriefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark m&amp;issed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visit plan &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits in %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue visits, and visits missed in the last six months (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose next month&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked as the import would save it; nothing was saved. Click a column header to sort the problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After correcting the file in Excel and saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1 problem(s) concern the whole file or a column. Go back to the columns, or correct the file and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has headers but no rows below them: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: all %1 rows are OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows OK, %3 row(s) with problems (%4 problem(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: row(s) %1; %2 rows are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file and read it again, or leave those rows out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: baseline → latest score (number of assessments); ✓ date = validated; “not started” = planned, not yet assessed; grey blank = not in the mentee&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentees · %2 validated in at least one competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentee in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Aim an&amp;d measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fishbone and 5 whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ideas and &amp;PDSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART: what will improve, by how much, for whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know a change is an improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART &amp;aim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no facility indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes by category; a cause&apos;s children are its whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cause, or the answer to &apos;why?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;why (under the selected cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cause to ask &apos;why?&apos; about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a QI project, or start one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote %1 to mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection &amp;score (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orie&amp;nted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation &amp;theory (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation p&amp;ractical (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to the selected place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for places without a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2. Places without a mentor of this kind: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2. No place is waiting for one (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits can be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be placed: see below, and plan them by hand or free a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are already in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits to plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1), not planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already &amp;planned (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QIPage</name>
    <message>
        <source>Show finis&amp;hed projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint project page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI pro&amp;jects:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits the office recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got in the way; what help is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentees assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lidations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Challenges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly joint supervision visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District coordination meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee certificate of validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly mentor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit plan letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI project pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hospital (or health center) with the units under it: visits, mentees, competencies, findings, QI, actions, escalations, indicator run charts and next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary by level (hospital, health centers, health posts, community), then each hospital&apos;s supervision report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees validated by professional association and fiscal year, and by technical area at health centers; for one facility&apos;s catchment if you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per competency the mentee was validated in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s report for the month beside what the office recorded, with the office&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the facility&apos;s leadership: dates, mentors, what to prepare, staff to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per QI project active at the facility in the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a validated mentee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop generating (Esc); no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written but cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ready: %n page(s), in %2 s. Save or print it from the preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must choose their own password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>professional-association mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district-based mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-center provider mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CHW group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either a facility or a CHW group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is an inactive mentor; reactivate the mentor profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is a {kind}: they mentor at {where}, not at {place} ({level}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hospital}&apos;s joint team already has a {association} mentor ({mentor}) in that period: one mentor per association.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district-based mentor covers at most {limit} health centers at a time; {mentor} already covers {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A health-center provider mentor covers at most {limit} health post at a time; {mentor} already covers {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} covers at most {limit} places at a time; {mentor} already covers {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is a {kind}; CHW groups are mentored by community mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} has {members} members; a CHW group mentored together has {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} until {end}; end that assignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} with no end date; end that assignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} mentors in {areas}, not in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the assignment&apos;s start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code needs 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the facility&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DHIS2 identifier is 11 letters or digits, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHIS2 identifier {uid} is already {facility}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the facility sits in the hierarchy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {level} sits under a {levels}, not under {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facility cannot sit under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits only, e.g. +250 788 123 456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff code {code} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is still posted at {facility}; record a transfer instead, so the earlier posting stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no current posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the posting began ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the facility they are posted at already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet validated on any competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has a mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no current posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works at a country: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works at a province: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works at a district: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works at a health post: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} cannot become a mentor yet: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional-association mentors are appointed by their association, not promoted in the cascade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection score is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orientation theory score is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orientation practical score is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one technical area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This DHIS2 mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{metric}&apos; is not a figure MentorOffice sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mentees reached and mentees validated are counted by technical area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no technical area {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure already has a mapping for {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure already has a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no facility with id {facility}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is 2 to 32 capital letters, digits or _, starting with a letter (e.g. KMC_COVERAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an indicator {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the numerator&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the denominator&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether higher or lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: it is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {on} is before the action was agreed ({agreed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the action is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on {on} is before it was raised ({raised}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it was resolved (the district&apos;s or ministry&apos;s response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding was made at another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QI project belongs to another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date {due} has already passed: agree a date still ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was agreed, {day}, is still ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date {due} is before the day it was agreed ({agreed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation goes beyond the facility, to the district or the ministry; a facility&apos;s own gap becomes an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who at that level owns it (an office or a person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QI project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDSA cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sustaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That indicator does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active project needs its aim: what will improve, by how much, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active project needs a measure (an indicator when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QI project that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding already started the QI project &apos;{project}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 5-whys chain stops at the {whys}th why: act on the root cause found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deeper whys of this cause first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the change idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan: what change, tried where, by whom, and what you predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on what the study showed: write the study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change idea belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentor who made the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the contact was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the topic under 200 characters; put the rest in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mentee is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That facility is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which mentee or facility was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debriefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a project; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a action; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a escalation; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit first: a debriefing closes a visit that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debriefing ({held_on}) cannot come before the visit started ({started}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding {finding} is not part of this debriefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentor whose report this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees assessed cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validations cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More validations than mentees assessed: a validation comes from an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be submitted before the month it reports on begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the feedback to send to the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on {on} comes before the report was submitted ({submitted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldhf session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedside teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debriefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {activity} is dated {held_on}, outside the visit ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned visit can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days from {start} include a weekend or a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor of this visit is planned elsewhere then: {clashes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future: record a visit once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the visit did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case observation is recorded only when the patient gave explicit consent. Tick &apos;Patient consented&apos; or do not record the observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the LDHF session&apos;s topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar changed since this plan was proposed (someone planned or moved a visit). Propose the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coaching plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this. Nothing was saved: ask the office&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &apos;{user}&apos; was not made for this. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may correct only the assessments they entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Nothing was saved: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed on another PC since you opened it. Nothing was saved: reload it to see the change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is now “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PC saved the same record at the same moment. Nothing was saved: reload to see their change, then make yours again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with a change from another PC. Nothing was saved: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has users: say who acts with --user NAME (the password is asked), or give a scheduled task&apos;s token with --token or MENTOROFFICE_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That token is not one of this office&apos;s: ask the administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and password do not match an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: wait {seconds} seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office already has its administrator: sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office must keep one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after {low} to {high} minutes idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is for backups, reports or exports only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the programme a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor covers at least one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no technical area {areas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts at least 1 day, and its longest length is not below its shortest ({low} to {high} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval between visits needs both its shortest and longest number of weeks, the shortest at least 1 and not above the longest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits every so many weeks need the interval in weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit once a quarter needs the quarter&apos;s month: 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} is the office&apos;s default programme: make another programme the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessor} is not an active mentor: a mentor of {area} scores this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessor} mentors in {areas}, not in {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee} was not posted at {facility} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} has two visits on {day}: {kind} and {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is planned in two places on {day}: {place} and {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {days} days from the visit of {previous} to the one of {day}; {programme} comes back every {low} to {high} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: the visit of {day} was recorded with {recorded} working days; {planned} were planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joint team&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health-center visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health-post visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CHW group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joint supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a baseline assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChartPage</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility and an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Signals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;QI &amp;changes tested&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly value (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tested (PDSA cycle start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values for this indicator in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift (6+ points on one side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (5+ points up or down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronomical point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually long run (Anhøj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal: the variation looks random (common cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDSA cycle of this facility&apos;s QI projects measured by this indicator in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1% over %2 months, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month(s) without cases left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The token {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this secret into the scheduled task now (its --token option). MentorOffice does not store it and cannot show it again: if it is lost, make a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole list, as searched, to an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded. {message} Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>MentorOffice is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to MentorOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator set this password: choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>This database is already open in MentorOffice for the user {user} on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in MentorOffice on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorOffice is already open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartProjectDialog</name>
    <message>
        <source>Start a QI project from a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Make a token for scheduled tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nightly-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role or &amp;deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;token for scheduled tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after this long without a key or a click (from the next sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
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
        <source>Each user signs in with their own name and password; their role decides what they may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be listed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}: they choose their own password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the token {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now locks after {minutes} minutes idle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesGrid</name>
    <message>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>Record visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · planned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentors are planned on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up contacts with this facility between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-&amp;up contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up contact recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Visit planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint team (hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDHF session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QI team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleconference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies and drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD&amp;HF session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case o&amp;bservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside te&amp;aching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit plan letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the letter to %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the visit plan letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 letters in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QI project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the QI project page to %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
