<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw">
<context>
    <name>Access</name>
    <message>
        <source>change the registry</source>
        <translation>guhindura igitabo cy&apos;ibiro</translation>
    </message>
    <message>
        <source>plan or move visits</source>
        <translation>guteganya cyangwa kwimura ingendo</translation>
    </message>
    <message>
        <source>record visits or mentor reports</source>
        <translation>kwandika ingendo cyangwa raporo z&apos;abatoza</translation>
    </message>
    <message>
        <source>enter assessments or coaching plans</source>
        <translation>kwandika isuzuma cyangwa gahunda zo gutoza</translation>
    </message>
    <message>
        <source>correct other people&apos;s assessments</source>
        <translation>gukosora isuzuma ryanditswe n&apos;abandi</translation>
    </message>
    <message>
        <source>change QI projects, actions or escalations</source>
        <translation>guhindura imishinga yo kunoza ireme, ibikorwa cyangwa ibyoherejwe hejuru</translation>
    </message>
    <message>
        <source>enter indicator values</source>
        <translation>kwandika agaciro k&apos;ibipimo</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>kwinjiza fayiri</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>kohereza amakuru hanze</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>gucapa raporo</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>gukora kopi z&apos;ububiko</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>kugarura kopi y&apos;ububiko</translation>
    </message>
    <message>
        <source>manage the office&apos;s users</source>
        <translation>gucunga abakoresha b&apos;ibiro</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>guhindura igenamiterere ry&apos;ibiro</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>gusoma amateka y&apos;impinduka</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot {what}.</source>
        <translation>Inshingano zawe ({role}) ntizikwemerera {what}.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Igikorwa gishya</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Igikwiye gukorwa</translation>
    </message>
    <message>
        <source>e.g. Titulaire, head of maternity</source>
        <translation>urugero: Titulaire, umuyobozi wa maternité</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>I&amp;gikorwa:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>U&amp;shinzwe:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Itariki &amp;ntarengwa:</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Ibi&amp;kenewe:</translation>
    </message>
</context>
<context>
    <name>ActionStatusDialog</name>
    <message>
        <source>Change action status</source>
        <translation>Hindura uko igikorwa kimeze</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Igikorwa:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ubu:</translation>
    </message>
    <message>
        <source>Required when the action is dropped</source>
        <translation>Ni ngombwa iyo igikorwa kiretswe</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Uko &amp;bizaba bimeze:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>Ku &amp;itariki:</translation>
    </message>
    <message>
        <source>No&amp;te or reason:</source>
        <translation>I&amp;cyitonderwa cyangwa impamvu:</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action &amp;items</source>
        <translation>&amp;Ibikorwa</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Byarengeje igihe</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>Ibyoherejwe &amp;hejuru</translation>
    </message>
    <message>
        <source>Open and in &amp;progress only</source>
        <translation>Ibifunguye n&apos;ibiri &amp;gukorwa gusa</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Ibigo byose</translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ushinzwe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Iminsi y&apos;ubukererwe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uwabikoze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>&amp;History of the selected action:</source>
        <translation>&amp;Amateka y&apos;igikorwa cyatoranyijwe:</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>Igikorwa &amp;gishya…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Hindura uko &amp;bimeze…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Shyiraho ko &amp;cyakozwe…</translation>
    </message>
    <message>
        <source>Audit histor&amp;y…</source>
        <translation>Amateka y&apos;impin&amp;duka…</translation>
    </message>
    <message>
        <source>By f&amp;acility</source>
        <translation>Hakurikijwe i&amp;kigo</translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation>Hakurikijwe &amp;umuntu</translation>
    </message>
    <message>
        <source>%1 overdue actions in %2 groups, the longest overdue first:</source>
        <translation>Ibikorwa %1 byarengeje igihe mu matsinda %2, ibyatinze kurusha ibindi mbere:</translation>
    </message>
</context>
<context>
    <name>ActivityBox</name>
    <message>
        <source>Held on:</source>
        <translation>Byabaye ku wa:</translation>
    </message>
    <message>
        <source>Patient &amp;consented (explicit consent)</source>
        <translation>Umurwayi &amp;yabyemeye (yabyemeye ku mugaragaro)</translation>
    </message>
    <message>
        <source>e.g. Helping Babies Breathe</source>
        <translation>urugero: Helping Babies Breathe</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Ingingo:</translation>
    </message>
    <message>
        <source>e.g. postnatal care coverage, newborn hypothermia</source>
        <translation>urugero: abitabira serivisi nyuma yo kubyara, ubukonje bukabije ku bana bavutse</translation>
    </message>
    <message>
        <source>Indicators reviewed:</source>
        <translation>Ibipimo byasuzumwe:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ibyitonderwa:</translation>
    </message>
    <message>
        <source>count the names ticked</source>
        <translation>bara amazina yashyizweho akamenyetso</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Abitabiriye:</translation>
    </message>
    <message>
        <source>Mentees present:</source>
        <translation>Abatozwa bari bahari:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Uruhushya:</translation>
    </message>
</context>
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <source>Add an office indicator</source>
        <translation>Ongeraho igipimo cy&apos;ibiro</translation>
    </message>
    <message>
        <source>e.g. KMC_COVERAGE</source>
        <translation>urugero: KMC_COVERAGE</translation>
    </message>
    <message>
        <source>Who or what is counted on top</source>
        <translation>Ababarwa cyangwa ibibarwa hejuru</translation>
    </message>
    <message>
        <source>Out of whom or what</source>
        <translation>Mu bantu cyangwa ibintu bingahe</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Hejuru ni byiza</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Hasi ni byiza</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nta na kimwe)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Izina:</translation>
    </message>
    <message>
        <source>N&amp;umerator counts:</source>
        <translation>Umubare w&apos;ibyag&amp;ezweho ubara:</translation>
    </message>
    <message>
        <source>&amp;Denominator counts:</source>
        <translation>Umubare &amp;wose ubara:</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>Ni &amp;byiza iyo:</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>Ishami ry&apos;&amp;ubuvuzi:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ongeraho ukoresha</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Izina ryo kwinjira:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Amazina &amp;yose:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>I&amp;nshingano:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Ijambo ry&apos;ibanga ry&apos;&amp;agateganyo:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera uryandike:</translation>
    </message>
    <message>
        <source>Tell the user this password: they choose their own at the first sign-in.</source>
        <translation>Ha ukoresha iri jambo ry&apos;ibanga: azihitiramo irye ubwa mbere yinjiye.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MentorOffice met an unexpected problem and the last action may not have finished. What was saved before is safe.</source>
        <translation>MentorOffice yahuye n&apos;ikibazo kitari giteganyijwe kandi igikorwa giheruka gishobora kuba kitarangiye. Ibyari byabitswe mbere bifite umutekano.</translation>
    </message>
    <message>
        <source>The details are also in the log file {path}; send them to whoever supports MentorOffice.</source>
        <translation>Ibisobanuro birambuye biri no muri fayiri ya log {path}; byoherereze ushinzwe gufasha kuri MentorOffice.</translation>
    </message>
    <message>
        <source>MentorOffice: unexpected problem</source>
        <translation>MentorOffice: ikibazo kitari giteganyijwe</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verisiyo {version}</translation>
    </message>
    <message>
        <source>MentorOffice cannot open the database</source>
        <translation>MentorOffice ntishobora gufungura ububiko bw&apos;amakuru</translation>
    </message>
    <message>
        <source>MentorOffice cannot open the office database.</source>
        <translation>MentorOffice ntishobora gufungura ububiko bw&apos;amakuru bw&apos;ibiro.</translation>
    </message>
    <message>
        <source>Opening the office database…</source>
        <translation>Gufungura ububiko bw&apos;amakuru bw&apos;ibiro…</translation>
    </message>
    <message>
        <source>The office database was opened again.</source>
        <translation>Ububiko bw&apos;amakuru bw&apos;ibiro bwongeye gufungurwa.</translation>
    </message>
</context>
<context>
    <name>AssessmentEntry</name>
    <message>
        <source>Print &amp;blank checklist…</source>
        <translation>Capa urutonde rw&apos;isuzuma &amp;rutanditseho…</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Andika igice cy&apos;izina</translation>
    </message>
    <message>
        <source>Type part of the facility name</source>
        <translation>Andika igice cy&apos;izina ry&apos;ikigo</translation>
    </message>
    <message>
        <source>Mentor who assessed</source>
        <translation>Umutoza wasuzumye</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Utozwa:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>I&amp;fishi:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>U&amp;bwoko:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>I&amp;tariki:</translation>
    </message>
    <message>
        <source>Ass&amp;essor:</source>
        <translation>Uwa&amp;suzumye:</translation>
    </message>
    <message>
        <source>Keys on the steps: 1 or D done · 2 or N not done · 3 or A N/A · ↑ ↓ move · Space clears · Tab: note · Ctrl+S: save</source>
        <translation>Utubuto ku ntambwe: 1, B cyangwa D byakozwe · 2 cyangwa N ntibyakozwe · 3 cyangwa A ntibireba (N/A) · ↑ ↓ kwimuka · Space gusiba · Tab: icyitonderwa · Ctrl+S: kubika</translation>
    </message>
    <message>
        <source>1 · Done</source>
        <translation>1 · Byakozwe</translation>
    </message>
    <message>
        <source>2 · Not done</source>
        <translation>2 · Ntibyakozwe</translation>
    </message>
    <message>
        <source>3 · N/A</source>
        <translation>3 · Ntibireba</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>I&amp;cyitonderwa:</translation>
    </message>
    <message>
        <source>What was seen (optional); Enter goes back</source>
        <translation>Ibyagaragaye (si ngombwa); Enter igusubiza inyuma</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>Ibyo akora &amp;neza:</translation>
    </message>
    <message>
        <source>To im&amp;prove:</source>
        <translation>Ibyo &amp;kunoza:</translation>
    </message>
    <message>
        <source>Print this &amp;assessment</source>
        <translation>Capa iri &amp;suzuma</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Si&amp;ba</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Bika isuzuma (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unavailable until its file is corrected: %1</source>
        <translation>Ntiboneka kugeza fayiri yayo ikosowe: %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (ntiboneka)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in English</source>
        <translation>
            <numerusform>Intambwe %n iri mu Cyongereza</numerusform>
            <numerusform>Intambwe %n ziri mu Cyongereza</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable checklist form: see the form files.</source>
        <translation>Nta fishi y&apos;urutonde rw&apos;isuzuma ikoreshwa: reba fayiri z&apos;amafishi.</translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation>&amp;Icyitonderwa kuri %1:</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Isuzuma ritabitswe</translation>
    </message>
    <message>
        <source>This assessment has not been saved. Discard what was entered?</source>
        <translation>Iri suzuma ntiryabitswe. Ureke ibyanditswe?</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked ⚠.</source>
        <translation>Ntibyabitswe: kosora imyanya iriho ⚠.</translation>
    </message>
    <message>
        <source>Choose a checklist form.</source>
        <translation>Hitamo ifishi y&apos;urutonde rw&apos;isuzuma.</translation>
    </message>
    <message>
        <source>Write why this assessment stands all the same; the reason is kept with it.</source>
        <translation>Andika impamvu iri suzuma rifite agaciro nubwo bimeze bityo; impamvu ibikwa hamwe na ryo.</translation>
    </message>
    <message>
        <source>Save with a reason?</source>
        <translation>Kubika hamwe n&apos;impamvu?</translation>
    </message>
    <message>
        <source>%1 is now validated on %2.</source>
        <translation>%1 ubu yemejwe kuri %2.</translation>
    </message>
    <message>
        <source>Saved (%1). %2 has been validated on %3 since %4.</source>
        <translation>Byabitswe (%1). %2 yemejwe kuri %3 kuva %4.</translation>
    </message>
    <message>
        <source>Saved (%1). %2 is not validated on %3 yet.</source>
        <translation>Byabitswe (%1). %2 ntaremezwa kuri %3.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 for %3, %4.</source>
        <translation>Byabitswe: %1 %2 ya %3, %4.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign a mentor</source>
        <translation>Shyiraho umutoza</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>U&amp;mutoza:</translation>
    </message>
    <message>
        <source>&amp;Facility or CHW group:</source>
        <translation>&amp;Ikigo cyangwa itsinda ry&apos;abajyanama b&apos;ubuzima:</translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation>Ishami ry&apos;&amp;ubuvuzi:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Gutangira:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Gu&amp;soza:</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>nta tariki y&apos;iherezo</translation>
    </message>
    <message>
        <source>Override with a &amp;reason:</source>
        <translation>Ihitamo ridasanzwe rifite i&amp;mpamvu:</translation>
    </message>
    <message>
        <source>Type a mentor&apos;s name</source>
        <translation>Andika izina ry&apos;umutoza</translation>
    </message>
    <message>
        <source>Type a facility or CHW group</source>
        <translation>Andika ikigo cyangwa itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>Why the rule does not apply this time</source>
        <translation>Impamvu itegeko ridakurikizwa iki gihe</translation>
    </message>
    <message>
        <source>(any of the mentor&apos;s areas)</source>
        <translation>(ishami iryo ari ryo ryose ry&apos;umutoza)</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Hitamo umutoza ku rutonde.</translation>
    </message>
    <message>
        <source>Choose a facility or CHW group from the list.</source>
        <translation>Hitamo ikigo cyangwa itsinda ry&apos;abajyanama b&apos;ubuzima ku rutonde.</translation>
    </message>
    <message>
        <source>Write why, then save again.</source>
        <translation>Andika impamvu, hanyuma wongere ubike.</translation>
    </message>
    <message>
        <source>Check the reason, then save again.</source>
        <translation>Genzura impamvu, hanyuma wongere ubike.</translation>
    </message>
    <message>
        <source>Each of these rules may be overridden with a reason that is kept with the assignment.</source>
        <translation>Buri tegeko muri aya rishobora kurengwaho hatanzwe impamvu ibikwa hamwe n&apos;umwanya wahawe.</translation>
    </message>
</context>
<context>
    <name>AsyncPage</name>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Urutonde ntirwabashije gufunguka: %1</translation>
    </message>
</context>
<context>
    <name>AttritionDialog</name>
    <message>
        <source>Record that %1 left</source>
        <translation>Andika ko %1 yavuye mu kazi</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Aho akorera:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Yavuye ku wa:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Impamvu:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Andika</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ntaho</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit</source>
        <translation>Amateka y&apos;impinduka</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Kongeraho</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Guhindura</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gusiba</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kwinjira</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Kwinjira byanze</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Kwinjiza</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Kohereza hanze</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Kugarura kopi</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Kuvugurura ububiko bw&apos;amakuru</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Umuntu</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Aho akorera</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Urugendo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Ukoresha</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Umutoza</translation>
    </message>
    <message>
        <source>QI project</source>
        <translation>Umushinga wo kunoza ireme</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Agaciro k&apos;igipimo</translation>
    </message>
    <message>
        <source>Created by {user} on {when}</source>
        <translation>Byanditswe bwa mbere na {user} ku wa {when}</translation>
    </message>
    <message>
        <source>Created before the audit trail began</source>
        <translation>Byanditswe mbere y&apos;uko amateka y&apos;impinduka atangira</translation>
    </message>
    <message>
        <source>last changed by {user} on {when}</source>
        <translation>byahinduwe bwa nyuma na {user} ku wa {when}</translation>
    </message>
    <message>
        <source>never changed since</source>
        <translation>nta cyahindutse kuva icyo gihe</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Amateka…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what they changed</source>
        <translation>Uwahinduye iyi nyandiko, igihe yayihinduriye, n&apos;ibyo yahinduye</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Amateka</translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation>Banza uhitemo inyandiko.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Hitamo icyanditswe urebe ibyo cyahinduye.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Umwanya</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Agaciro kahozeho</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Agaciro gashya</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Abakoresha bose</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Imbonerahamwe zose</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Kuva</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Ku&amp;geza</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Byose</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ohereza hanze…</translation>
    </message>
    <message>
        <source>Save the entries shown to an Excel workbook</source>
        <translation>Bika ibyanditswe bigaragara muri fayiri ya Excel</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Ukoresha:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>I&amp;mbonerahamwe:</translation>
    </message>
    <message>
        <source>&amp;Record no.:</source>
        <translation>Nomero y&apos;i&amp;nyandiko:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>Icyanditswe %n</numerusform>
            <numerusform>Ibyanditswe %n</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Ukoresha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Imbonerahamwe</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Impinduka</translation>
    </message>
    <message>
        <source>{action}: {table}{record}, by {user} on {when}</source>
        <translation>{action}: {table}{record}, na {user} ku wa {when}</translation>
    </message>
    <message>
        <source>Audit {date}.xlsx</source>
        <translation>Impinduka {date}.xlsx</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Ohereza amateka y&apos;impinduka hanze</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Kohereza hanze</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}.</source>
        <translation>
            <numerusform>Umurongo %n wabitswe muri {file}.</numerusform>
            <numerusform>Imirongo %n yabitswe muri {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Fayiri ntiyabashije kwandikwa: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups of a PostgreSQL database</source>
        <translation>Kopi z&apos;ububiko bw&apos;amakuru bwa PostgreSQL</translation>
    </message>
    <message>
        <source>This office&apos;s database is on a PostgreSQL server: back it up with the server&apos;s own tools, on the server or any PC with the PostgreSQL client tools. Back up with:</source>
        <translation>Ububiko bw&apos;amakuru bw&apos;ibiro buri kuri server ya PostgreSQL: bukorere kopi ukoresheje ibikoresho bya server ubwayo, kuri server cyangwa kuri mudasobwa iyo ari yo yose ifite PostgreSQL client tools. Kora kopi ukoresheje:</translation>
    </message>
    <message>
        <source>The second command restores such a file: close MentorOffice on every PC first. Schedule the first one every night (cron, or Windows Task Scheduler) and keep the files on another disk.</source>
        <translation>Itegeko rya kabiri rigarura fayiri nk&apos;iyo: banza ufunge MentorOffice kuri buri mudasobwa. Tegura irya mbere rikore buri joro (cron, cyangwa Windows Task Scheduler) kandi ubike fayiri kuri disiki itandukanye.</translation>
    </message>
    <message>
        <source>&amp;Copy the commands</source>
        <translation>&amp;Kopa amategeko</translation>
    </message>
    <message>
        <source>Database: %1
Backups are kept in: %2</source>
        <translation>Ububiko bw&apos;amakuru: %1
Kopi zibikwa muri: %2</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Kora kopi &amp;ubu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Garura iyatoranyijwe…</translation>
    </message>
    <message>
        <source>Open the backups &amp;folder</source>
        <translation>Fungura &amp;folder ya kopi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayiri</translation>
    </message>
    <message>
        <source>Bac&amp;kups, newest first:</source>
        <translation>&amp;Kopi, iziheruka mbere:</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Birimo gukora kopi…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Kopi yabitswe muri %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Garura kopi</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?

The current database is backed up first, so this can be undone by restoring that copy. MentorOffice closes the database during the restore and opens it again afterwards; close other windows that edit data first.</source>
        <translation>Usimbuze ububiko bw&apos;amakuru kopi ya %1?

Ububiko bw&apos;amakuru buriho ubu bubanza gukorerwa kopi, bityo ibi bishobora gusubizwa inyuma ugaruye iyo kopi. MentorOffice ifunga ububiko bw&apos;amakuru mu gihe cyo kugarura, ikongera ikabufungura nyuma; banza ufunge andi madirishya ahindura amakuru.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Birimo kugarura…</translation>
    </message>
    <message>
        <source> Close MentorOffice and start it again to see the restored data.</source>
        <translation> Funga MentorOffice wongere uyifungure kugira ngo ubone amakuru yagaruwe.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Kopi ya %1 yagaruwe.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Ububiko bw&apos;amakuru uko bwari bumeze bubitswe muri %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nta cyagaruwe: %1</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <source>Facilities</source>
        <translation>Ibigo by&apos;ubuvuzi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Ibyuho mu butoza</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Igihugu</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Intara</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Akarere</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ibitaro</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Ikigo nderabuzima</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Muganga</translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation>Muganga wimenyereza</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Umuforomo</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Umubyaza</translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation>Umuganga w&apos;ikinya</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>Umujyanama w&apos;ubuzima</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ushinzwe ubutegetsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ikindi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utanga serivisi</translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation>Umuyobozi w&apos;ikigo</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Itsinda ryo kunoza ireme</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>Ushinzwe amakuru</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Umugenzuzi</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Umutoza</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Utozwa</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Kwimurwa</translation>
    </message>
    <message>
        <source>Attrition (left the service)</source>
        <translation>Kuva mu kazi (yavuye mu kazi)</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Kuzamurwa mu ntera</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Ikiruhuko cy&apos;izabukuru</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Kujya kwiga</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Urupfu</translation>
    </message>
    <message>
        <source>Association mentor</source>
        <translation>Umutoza w&apos;ishyirahamwe</translation>
    </message>
    <message>
        <source>District-based mentor</source>
        <translation>Umutoza w&apos;akarere</translation>
    </message>
    <message>
        <source>Health-center provider mentor</source>
        <translation>Umutoza wo ku kigo nderabuzima</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>Umutoza wo mu baturage</translation>
    </message>
    <message>
        <source>Hospital joint team incomplete</source>
        <translation>Itsinda rihuriweho ry&apos;ibitaro rituzuye</translation>
    </message>
    <message>
        <source>Health center area uncovered</source>
        <translation>Ishami ry&apos;ikigo nderabuzima ridafite umutoza</translation>
    </message>
    <message>
        <source>Health post without mentor</source>
        <translation>Poste de santé idafite umutoza</translation>
    </message>
    <message>
        <source>CHW group not mentored</source>
        <translation>Itsinda ry&apos;abajyanama b&apos;ubuzima ridatozwa</translation>
    </message>
    <message>
        <source>Mentor left, not replaced</source>
        <translation>Umutoza yagiye, ntiyasimburwa</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Gore</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gabo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Arakora</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Yarangije</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Yavuyemo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Icyiciro cy&apos;umwuga</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ntigikora)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>In the cascade</source>
        <translation>Ari mu ruhererekane rw&apos;ubutoza</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>nta kigo akoreraho</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Assessment entry</source>
        <translation>Kwandika isuzuma</translation>
    </message>
    <message>
        <source>Progress tracker</source>
        <translation>Imbonerahamwe y&apos;aho abatozwa bageze</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Byakozwe</translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation>✗ Ntibyakozwe</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ntibireba</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Intambwe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>Pre-test (baseline)</source>
        <translation>Isuzuma ribanza (fatizo)</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Gutoza</translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation>Nyuma y&apos;ubutoza</translation>
    </message>
    <message>
        <source>Facility baseline</source>
        <translation>Isuzuma fatizo ry&apos;ikigo</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Igenzura</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>muganga</translation>
    </message>
    <message>
        <source>intern doctor</source>
        <translation>muganga wimenyereza</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>umuforomo</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>umubyaza</translation>
    </message>
    <message>
        <source>anesthetist</source>
        <translation>umuganga w&apos;ikinya</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>umujyanama w&apos;ubuzima</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ushinzwe ubutegetsi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ikindi</translation>
    </message>
    <message>
        <source>critical step %1 not done</source>
        <translation>intambwe y&apos;ingenzi %1 ntiyakozwe</translation>
    </message>
    <message>
        <source>critical steps %1 not done</source>
        <translation>intambwe z&apos;ingenzi %1 ntizakozwe</translation>
    </message>
    <message>
        <source>critical steps: none missed so far</source>
        <translation>intambwe z&apos;ingenzi: nta n&apos;imwe yasimbutswe kugeza ubu</translation>
    </message>
    <message>
        <source>critical steps: all done</source>
        <translation>intambwe z&apos;ingenzi: zose zakozwe</translation>
    </message>
    <message>
        <source>Score: no step answered yet · %1 steps left</source>
        <translation>Amanota: nta ntambwe irasubizwa · hasigaye intambwe %1</translation>
    </message>
    <message>
        <source>Score: no applicable step (all N/A)</source>
        <translation>Amanota: nta ntambwe ikurikizwa (zose ni N/A)</translation>
    </message>
    <message>
        <source>Score %1 / %2 = %3%</source>
        <translation>Amanota %1 / %2 = %3%</translation>
    </message>
    <message>
        <source>%1 steps left</source>
        <translation>Hasigaye intambwe %1</translation>
    </message>
    <message>
        <source>Does not validate: %1</source>
        <translation>Ntiyemezwa: %1</translation>
    </message>
    <message>
        <source>Does not validate: %1% at most, below %2%</source>
        <translation>Ntiyemezwa: ntazarenza %1%, munsi ya %2%</translation>
    </message>
    <message>
        <source>Outcome: %1 steps still to answer</source>
        <translation>Ibyavuyemo: hasigaye intambwe %1 zo gusubiza</translation>
    </message>
    <message>
        <source>Does not validate: no applicable step</source>
        <translation>Ntiyemezwa: nta ntambwe ikurikizwa</translation>
    </message>
    <message>
        <source>Does not validate: %1% is below %2%</source>
        <translation>Ntiyemezwa: %1% iri munsi ya %2%</translation>
    </message>
    <message>
        <source>Passes (already validated since %1)</source>
        <translation>Aratsinze (yari yaremejwe kuva %1)</translation>
    </message>
    <message>
        <source>Validates</source>
        <translation>Aremejwe</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ntibiratangira</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Utozwa</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Not in this mentee&apos;s plan</source>
        <translation>Ntibiri muri gahunda y&apos;uyu utozwa</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Hitamo fayiri</translation>
    </message>
    <message>
        <source>What the file holds, and where it is. Excel workbooks (.xlsx) and CSV files (UTF-8 or Windows-1252, comma or semicolon).</source>
        <translation>Ibiri muri fayiri, n&apos;aho iri. Fayiri za Excel (.xlsx) na fayiri za CSV (UTF-8 cyangwa Windows-1252, zikoresha akitso cyangwa akabago n&apos;akitso).</translation>
    </message>
    <message>
        <source>Download the column template (an example .xlsx file)…</source>
        <translation>Kuramo icyitegererezo cy&apos;inkingi (fayiri .xlsx y&apos;urugero)…</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Fayiri yo kwinjiza</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Shakisha…</translation>
    </message>
    <message>
        <source>&amp;Records in the file:</source>
        <translation>&amp;Inyandiko ziri muri fayiri:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fayiri:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Urupapuro:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Hitamo fayiri yo kwinjiza</translation>
    </message>
    <message>
        <source>Save the column template</source>
        <translation>Bika icyitegererezo cy&apos;inkingi</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Icyitegererezo cyabitswe: %1</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Birimo kwandika icyitegererezo…</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Nta fayiri iri kuri %1.</translation>
    </message>
    <message>
        <source>Opening the workbook…</source>
        <translation>Birimo gufungura fayiri ya Excel…</translation>
    </message>
    <message>
        <source>This file cannot be opened as an Excel workbook; the next page says why.</source>
        <translation>Iyi fayiri ntishobora gufungurwa nka fayiri ya Excel; urupapuro rukurikira rurasobanura impamvu.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>All kinds of gap</source>
        <translation>Ubwoko bwose bw&apos;ibyuho</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Icyuho</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <source>Double-click a gap to assign a mentor there.</source>
        <translation>Kanda kabiri ku cyuho kugira ngo ushyireho umutoza.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Kugeza ku wa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>U&amp;bwoko:</translation>
    </message>
    <message>
        <source>Double-click a gap (or press Enter on it) to assign a mentor there.</source>
        <translation>Kanda kabiri ku cyuho (cyangwa ukande Enter kuri cyo) kugira ngo ushyireho umutoza.</translation>
    </message>
    <message>
        <source>Looking for gaps…</source>
        <translation>Birimo gushaka ibyuho…</translation>
    </message>
    <message>
        <source>No gap of this kind on %1.</source>
        <translation>Nta cyuho cy&apos;ubu bwoko ku wa %1.</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>Ibyuho %1</translation>
    </message>
    <message>
        <source>%1 gap</source>
        <translation>Icyuho %1</translation>
    </message>
    <message>
        <source>Assigned a mentor at %1.</source>
        <translation>Umutoza yashyizwe muri %1.</translation>
    </message>
</context>
<context>
    <name>CyclesTab</name>
    <message>
        <source>Change &amp;ideas:</source>
        <translation>Ibitekerezo by&apos;&amp;impinduka:</translation>
    </message>
    <message>
        <source>A change worth testing</source>
        <translation>Impinduka ikwiye kugeragezwa</translation>
    </message>
    <message>
        <source>Add chan&amp;ge idea</source>
        <translation>Ongeraho igitekerezo cy&apos;im&amp;pinduka</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Igitekerezo cy&apos;impinduka</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Gutegura</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Gukora</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Gusuzuma</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Gufata icyemezo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Itangira</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Iherezo</translation>
    </message>
    <message>
        <source>PDSA c&amp;ycles:</source>
        <translation>Ibyiciro bya &amp;PDSA:</translation>
    </message>
    <message>
        <source>New PDSA &amp;cycle…</source>
        <translation>I&amp;cyiciro gishya cya PDSA…</translation>
    </message>
    <message>
        <source>&amp;Edit cycle…</source>
        <translation>&amp;Hindura icyiciro…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ushinzwe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Ac&amp;tion plan:</source>
        <translation>&amp;Gahunda y&apos;ibikorwa:</translation>
    </message>
    <message>
        <source>Add acti&amp;on…</source>
        <translation>&amp;Ongeraho igikorwa…</translation>
    </message>
    <message>
        <source> · %1 days late</source>
        <translation> · iminsi %1 y&apos;ubukererwe</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Injiza fayiri…</translation>
    </message>
    <message>
        <source>Download &amp;templates…</source>
        <translation>Kuramo &amp;ibyitegererezo…</translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation>Ohereza &amp;byose muri Excel…</translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>Injiza uhereye kuri Excel cyangwa CSV</translation>
    </message>
    <message>
        <source>Facilities, people and postings, mentors and assignments, enrolments, assessments (with step results, or scores only), indicator values. The import checks every row first and saves all rows or none.</source>
        <translation>Ibigo, abantu n&apos;aho bakorera, abatoza n&apos;imyanya bahawe, abiyandikishije nk&apos;abatozwa, isuzuma (hamwe n&apos;ibisubizo by&apos;intambwe, cyangwa amanota gusa), agaciro k&apos;ibipimo. Kwinjiza bibanza kugenzura buri murongo, hanyuma bikabika imirongo yose cyangwa ntihagire n&apos;umwe ubikwa.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Kohereza hanze</translation>
    </message>
    <message>
        <source>Every table of the database to its own sheet of one workbook, for audits in Excel. Lists export their rows from their own Export button.</source>
        <translation>Buri mbonerahamwe y&apos;ububiko bw&apos;amakuru ku rupapuro rwayo muri fayiri imwe ya Excel, ku bw&apos;igenzura (audit) muri Excel. Intonde zohereza imirongo yazo hanze zikoresheje buto yazo ya “Ohereza hanze”.</translation>
    </message>
    <message>
        <source>Folder for the column templates</source>
        <translation>Folder y&apos;ibyitegererezo by&apos;inkingi</translation>
    </message>
    <message>
        <source>%1 templates saved in %2.</source>
        <translation>Ibyitegererezo %1 byabitswe muri %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Update the database</source>
        <translation>Vugurura ububiko bw&apos;amakuru</translation>
    </message>
    <message>
        <source>This database must be updated to this version of MentorOffice, which backs it up first, but could not:

{reason}

Is the database backed up (pg_dump on the server)? Yes updates it now; No leaves it as it is.</source>
        <translation>Ubu bubiko bw&apos;amakuru bugomba kuvugururwa kugira ngo buhuze n&apos;iyi verisiyo ya MentorOffice, ibanza kubukorera kopi, ariko ntibyashobotse:

{reason}

Ububiko bw&apos;amakuru bufite kopi (pg_dump kuri server)? Yego: burahita buvugururwa; Oya: buguma uko buri.</translation>
    </message>
</context>
<context>
    <name>DebriefingDialog</name>
    <message>
        <source>Debriefing: %1</source>
        <translation>Isuzuma rusange: %1</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Ryabaye &amp;ku wa:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Abitabiriye:</translation>
    </message>
    <message>
        <source>What the team does well</source>
        <translation>Ibyo itsinda rikora neza</translation>
    </message>
    <message>
        <source>Gaps seen on this visit</source>
        <translation>Ibyuho byagaragaye muri uru rugendo</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>Ibyo rikora &amp;neza:</translation>
    </message>
    <message>
        <source>&amp;Weaknesses:</source>
        <translation>I&amp;ntege nke:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yari ahari</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Icyagaragaye</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Byavuyemo</translation>
    </message>
    <message>
        <source>&amp;Findings (type in the first column):</source>
        <translation>&amp;Ibyagaragaye (andika mu nkingi ya mbere):</translation>
    </message>
    <message>
        <source>Add fi&amp;nding</source>
        <translation>&amp;Ongeraho icyagaragaye</translation>
    </message>
    <message>
        <source>Remo&amp;ve finding</source>
        <translation>&amp;Siba icyagaragaye</translation>
    </message>
    <message>
        <source>Start &amp;QI project…</source>
        <translation>Tangiza umushinga wo &amp;kunoza ireme…</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Ongeraho i&amp;gikorwa…</translation>
    </message>
    <message>
        <source>Esca&amp;late…</source>
        <translation>Ohereza &amp;hejuru…</translation>
    </message>
</context>
<context>
    <name>Dhis2MappingDialog</name>
    <message>
        <source>DHIS2 mapping</source>
        <translation>Guhuza na DHIS2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Technical area</source>
        <translation>Ishami ry&apos;ubuvuzi</translation>
    </message>
    <message>
        <source>Data element</source>
        <translation>Data element</translation>
    </message>
    <message>
        <source>Category option combo</source>
        <translation>Category option combo</translation>
    </message>
    <message>
        <source>(every area: the total)</source>
        <translation>(amashami yose: igiteranyo)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Umubare:</translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation>I&amp;shami ry&apos;ubuvuzi:</translation>
    </message>
    <message>
        <source>&amp;Data element UID:</source>
        <translation>UID ya &amp;data element:</translation>
    </message>
    <message>
        <source>&amp;Category option combo UID:</source>
        <translation>UID ya &amp;category option combo:</translation>
    </message>
    <message>
        <source>Data &amp;set UID (for ADX):</source>
        <translation>UID ya data &amp;set (ya ADX):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Gishya</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping</source>
        <translation>&amp;Bika ihuza</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Siba</translation>
    </message>
    <message>
        <source>Save data se&amp;t</source>
        <translation>Bika data se&amp;t</translation>
    </message>
</context>
<context>
    <name>Dhis2Panel</name>
    <message>
        <source>DHIS2</source>
        <translation>DHIS2</translation>
    </message>
    <message>
        <source>DHIS2 UID</source>
        <translation>DHIS2 UID</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Kode y&apos;ikigo</translation>
    </message>
    <message>
        <source>JSON (dataValueSets)</source>
        <translation>JSON (dataValueSets)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>ADX (XML)</source>
        <translation>ADX (XML)</translation>
    </message>
    <message>
        <source>E&amp;xport for DHIS2…</source>
        <translation>Ohereza hanze &amp;kuri DHIS2…</translation>
    </message>
    <message>
        <source>DHIS2 &amp;mapping…</source>
        <translation>&amp;Guhuza na DHIS2…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>I&amp;gihe:</translation>
    </message>
    <message>
        <source>&amp;Org units by:</source>
        <translation>Org units &amp;zimenyekana na:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Ubwoko bwa &amp;fayiri:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 kugeza %3</translation>
    </message>
    <message>
        <source>Export for DHIS2</source>
        <translation>Kohereza hanze kuri DHIS2</translation>
    </message>
    <message>
        <source>%1 value(s) for %2 written to %3.</source>
        <translation>Agaciro %1 ka %2 kanditswe muri %3.</translation>
    </message>
    <message>
        <source>Left out (fix the mapping or the facilities, then export again):</source>
        <translation>Ibyasizwe (kosora ihuza cyangwa ibigo, hanyuma wongere wohereze hanze):</translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation>Nta fayiri yanditswe: %1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Byinjijwe</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Umurongo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (already in the database).</source>
        <translation>%1 byongeweho, %2 byavuguruwe, %3 byasimbutswe (byari bisanzwe mu bubiko bw&apos;amakuru).</translation>
    </message>
    <message>
        <source>Rows left out, not imported: %1. Correct them in the file and import it again: the rows already imported will be skipped.</source>
        <translation>Imirongo yasizwe, itinjijwe: %1. Yikosore muri fayiri hanyuma wongere uyinjize: imirongo yamaze kwinjizwa izasimbukwa.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Igerageza</translation>
    </message>
    <message>
        <source>What the import will do; still nothing saved. Click Import to save every row, or nothing if anything goes wrong.</source>
        <translation>Ibyo kwinjiza bizakora; nta na kimwe kirabikwa. Kanda Injiza kugira ngo ubike buri murongo, cyangwa nta na kimwe niba hari ikitagenze neza.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Ibyo kongeraho</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Ibyo kuvugurura</translation>
    </message>
    <message>
        <source>To skip</source>
        <translation>Ibyo gusimbuka</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Umurongo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Bizakorwa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>Trying every row…</source>
        <translation>Birimo kugerageza buri murongo…</translation>
    </message>
    <message>
        <source>%1 problem(s) stop the import: see below. Go back to choose what to do with records already stored.</source>
        <translation>Ibibazo %1 birabuza kwinjiza: reba hepfo. Subira inyuma uhitemo icyo gukora ku nyandiko zisanzwe zibitswe.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database.</source>
        <translation>Nta cyo kwinjiza: buri murongo usanzwe uri mu bubiko bw&apos;amakuru.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to skip.</source>
        <translation>%1 byo kongeraho, %2 byo kuvugurura, %3 byo gusimbuka.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Records already in the database</source>
        <translation>Inyandiko zisanzwe mu bubiko bw&apos;amakuru</translation>
    </message>
    <message>
        <source>A row matches a stored record by its code (a person: staff code, or name and phone). What should the import do with such rows?</source>
        <translation>Umurongo uhura n&apos;inyandiko ibitswe hakurikijwe kode yayo (ku muntu: nomero y&apos;umukozi, cyangwa izina na telefone). Kwinjiza bikore iki kuri iyo mirongo?</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep what is stored</source>
        <translation>&amp;Yisimbuke: gumana ibibitswe</translation>
    </message>
    <message>
        <source>&amp;Update the stored records with the file&apos;s values (a blank cell keeps what is stored)</source>
        <translation>&amp;Vugurura inyandiko zibitswe ukoresheje agaciro ko muri fayiri (agasanduku karimo ubusa kagumana ibibitswe)</translation>
    </message>
    <message>
        <source>S&amp;top: import nothing if any row is already stored</source>
        <translation>&amp;Hagarika: nta na kimwe cyinjizwa niba hari umurongo usanzwe ubitswe</translation>
    </message>
    <message>
        <source>%1 row(s) of the file are already in the database.</source>
        <translation>Imirongo %1 ya fayiri isanzwe iri mu bubiko bw&apos;amakuru.</translation>
    </message>
    <message>
        <source>None of the rows is in the database yet.</source>
        <translation>Nta murongo n&apos;umwe urajya mu bubiko bw&apos;amakuru.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Raise an escalation</source>
        <translation>Ohereza ikibazo hejuru</translation>
    </message>
    <message>
        <source>The gap, as the facility sees it</source>
        <translation>Icyuho, nk&apos;uko ikigo kikibona</translation>
    </message>
    <message>
        <source>e.g. District health office</source>
        <translation>urugero: Ibiro by&apos;ubuzima by&apos;akarere</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Urwego:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>I&amp;cyiciro:</translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation>Icyu&amp;ho:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>U&amp;bishinzwe:</translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation>Cyoherejwe &amp;ku wa:</translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation>&amp;Ohereza hejuru</translation>
    </message>
</context>
<context>
    <name>EscalationStatusDialog</name>
    <message>
        <source>Escalation:</source>
        <translation>Icyoherejwe hejuru:</translation>
    </message>
    <message>
        <source>What the district or ministry did</source>
        <translation>Ibyo akarere cyangwa minisiteri byakoze</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>Ku &amp;itariki:</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>I&amp;gisubizo:</translation>
    </message>
</context>
<context>
    <name>EscalationsTab</name>
    <message>
        <source>Open only: the list for the &amp;coordination meeting</source>
        <translation>Ibifunguye gusa: urutonde rw&apos;inama y&apos;&amp;ihuzabikorwa</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Cyoherejwe</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Icyuho</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ubishinzwe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Iminsi</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <source>&amp;Raise escalation…</source>
        <translation>&amp;Ohereza ikibazo hejuru…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Emeza ko cya&amp;kiriwe…</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Emeza ko &amp;cyakemutse…</translation>
    </message>
    <message>
        <source>Close &amp;unresolved…</source>
        <translation>Funga &amp;kidakemutse…</translation>
    </message>
    <message>
        <source>%1 open escalations.</source>
        <translation>Ibyoherejwe hejuru %1 bifunguye.</translation>
    </message>
    <message>
        <source>Resolved ones took %1 days on average.</source>
        <translation>Ibyakemutse byatwaye iminsi %1 ugereranyije.</translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>%1 kugira ngo gikemuke</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 gifunguye</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>add</source>
        <translation>kongeraho</translation>
    </message>
    <message>
        <source>update</source>
        <translation>kuvugurura</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>gusimbuka</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>byanzwe</translation>
    </message>
    <message>
        <source>added</source>
        <translation>byongeweho</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>byavuguruwe</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>byasimbutswe</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ibigo by&apos;ubuvuzi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Mentors and assignments</source>
        <translation>Abatoza n&apos;imyanya bahawe</translation>
    </message>
    <message>
        <source>Mentee enrolments</source>
        <translation>Kwiyandikisha kw&apos;abatozwa</translation>
    </message>
    <message>
        <source>Assessments with step results</source>
        <translation>Isuzuma n&apos;ibisubizo by&apos;intambwe</translation>
    </message>
    <message>
        <source>Scores only (legacy trackers)</source>
        <translation>Amanota gusa (imbonerahamwe za kera)</translation>
    </message>
    <message>
        <source>Facility indicator values</source>
        <translation>Agaciro k&apos;ibipimo by&apos;ibigo</translation>
    </message>
    <message>
        <source>Data in and out</source>
        <translation>Kwinjiza no kohereza amakuru</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopi z&apos;ububiko</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ohereza urutonde hanze</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ohereza hanze</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>Imirongo %1 yabitswe muri %2.</translation>
    </message>
    <message>
        <source>The file holds personal data of health workers: keep it safe, and delete it when it is no longer needed.</source>
        <translation>Iyi fayiri irimo amakuru bwite y&apos;abakozi b&apos;ubuzima: yibike ahantu hizewe, kandi uyisibe igihe itagikenewe.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fayiri ntiyabashije kwandikwa: %1</translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation>&amp;Ohereza muri Excel cyangwa CSV…</translation>
    </message>
    <message>
        <source>Full export to Excel</source>
        <translation>Kohereza byose muri Excel</translation>
    </message>
    <message>
        <source>Writing every table to the workbook…</source>
        <translation>Birimo kwandika buri mbonerahamwe muri fayiri ya Excel…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hagarika</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows saved to %3.</source>
        <translation>Imbonerahamwe %1, imirongo %2 byabitswe muri %3.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Kohereza hanze byahagaritswe; nta fayiri yanditswe.</translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation>Ohereza &amp;byose muri Excel…</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Type a facility&apos;s name</source>
        <translation>Andika izina ry&apos;ikigo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Shaka:</translation>
    </message>
    <message>
        <source>&amp;Add under…</source>
        <translation>&amp;Ongeraho munsi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hindura…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Shyira mu bi&amp;dakora</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Subiza inyuma</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ongera u&amp;kore</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Subiza mu &amp;bikora</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 cyongeweho.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 cyasubijwe mu bikora.</translation>
    </message>
    <message>
        <source>%1 was deactivated; its history is kept.</source>
        <translation>%1 cyashyizwe mu bidakora; amateka yacyo arabitswe.</translation>
    </message>
    <message>
        <source>%1 active unit(s) directly under it</source>
        <translation>Ibigo %1 bikora biyishamikiyeho</translation>
    </message>
    <message>
        <source>%1 current mentor assignment(s)</source>
        <translation>Abatoza %1 bahashinzwe ubu</translation>
    </message>
    <message>
        <source>%1 active mentee(s)</source>
        <translation>Abatozwa %1 bakiri mu mahugurwa</translation>
    </message>
    <message>
        <source>%1 planned visit(s) to come</source>
        <translation>Ingendo %1 ziteganyijwe</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Guhagarika %1?</translation>
    </message>
    <message>
        <source>%1 still has:</source>
        <translation>%1 iracyafite:</translation>
    </message>
    <message>
        <source>Deactivated, it no longer appears in choices and reports; the units under it stay active. Deactivate it anyway?</source>
        <translation>Nigihagarikwa, ntikizongera kugaragara mu byo guhitamo no muri raporo; ibigo bigishamikiyeho bizakomeza gukora. Urashaka kugihagarika?</translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <source>Current mentor</source>
        <translation>Umutoza uriho ubu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Umutoza</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Impamvu y&apos;ihitamo ridasanzwe</translation>
    </message>
    <message>
        <source>Current mentors</source>
        <translation>Abatoza bariho ubu</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Imyanya yahawe</translation>
    </message>
    <message>
        <source>Choose a facility in the tree</source>
        <translation>Hitamo ikigo mu giti cy&apos;inzego</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ntigikora)</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>munsi ya %1</translation>
    </message>
    <message>
        <source>Mentees (active):</source>
        <translation>Abatozwa (bakora):</translation>
    </message>
    <message>
        <source>CHW groups:</source>
        <translation>Amatsinda y&apos;abajyanama b&apos;ubuzima:</translation>
    </message>
    <message>
        <source>Last visit:</source>
        <translation>Urugendo ruheruka:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Urugendo rukurikira:</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nta rugendo ruteganyijwe</translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation>Ibikorwa bifunguye:</translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation>Ibikorwa byarengeje igihe:</translation>
    </message>
    <message>
        <source>Open escalations:</source>
        <translation>Ibyoherejwe hejuru bifunguye:</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>muri %1</translation>
    </message>
    <message>
        <source>Technical area:</source>
        <translation>Ishami ry&apos;ubuvuzi:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Abanyamuryango:</translation>
    </message>
    <message>
        <source>Last community visit:</source>
        <translation>Urugendo ruheruka mu baturage:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>open</source>
        <translation>birakomeje</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility</source>
        <translation>Hindura ikigo</translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation>Ongeraho ikigo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Izina:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Munsi ya:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Urwego:</translation>
    </message>
    <message>
        <source>&amp;DHIS2 id:</source>
        <translation>ID ya &amp;DHIS2:</translation>
    </message>
    <message>
        <source>Up&amp;graded health center:</source>
        <translation>Ikigo nderabuzima &amp;cyazamuwe mu ntera:</translation>
    </message>
    <message>
        <source>11 letters or digits, optional</source>
        <translation>Inyuguti cyangwa imibare 11, si ngombwa</translation>
    </message>
    <message>
        <source>Choose where it sits from the list.</source>
        <translation>Hitamo ku rutonde aho kibarizwa.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback to %1</source>
        <translation>Igisubizo kuri %1</translation>
    </message>
    <message>
        <source>%1 visits, %2 mentees assessed, %3 validations. Challenges: %4</source>
        <translation>Ingendo %1, abatozwa %2 basuzumwe, kwemezwa %3. Imbogamizi: %4</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Raporo:</translation>
    </message>
    <message>
        <source>What the office says back</source>
        <translation>Icyo ibiro bisubiza</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>I&amp;gisubizo:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Cyatanzwe &amp;ku wa:</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>&amp;Ohereza igisubizo</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Set up the office&apos;s administrator</source>
        <translation>Shyiraho ushinzwe gucunga porogaramu mu biro</translation>
    </message>
    <message>
        <source>This office has no users yet. Choose the administrator&apos;s user name and password: the administrator then adds the office&apos;s other users.</source>
        <translation>Ibiro ntibiragira abakoresha. Hitamo izina ryo kwinjira n&apos;ijambo ry&apos;ibanga by&apos;ushinzwe gucunga porogaramu: ni we uzongeraho abandi bakoresha b&apos;ibiro.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Izina ryo kwinjira:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Amazina &amp;yose:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ijambo ry&apos;i&amp;banga:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera uryandike:</translation>
    </message>
</context>
<context>
    <name>FishboneView</name>
    <message>
        <source>Fishbone diagram</source>
        <translation>Igishushanyo cya Fishbone</translation>
    </message>
    <message>
        <source>(no causes yet)</source>
        <translation>(nta mpamvu ziraboneka)</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+izindi %1)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up contact</source>
        <translation>Ikurikirana</translation>
    </message>
    <message>
        <source>(the facility&apos;s team)</source>
        <translation>(itsinda ry&apos;ikigo)</translation>
    </message>
    <message>
        <source>e.g. questions on the partograph</source>
        <translation>urugero: ibibazo bijyanye na partogramme</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>I&amp;tariki:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Uburyo:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>U&amp;mutoza:</translation>
    </message>
    <message>
        <source>Me&amp;ntee:</source>
        <translation>Ut&amp;ozwa:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>I&amp;ngingo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ib&amp;yitonderwa:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ongera ufungure</translation>
    </message>
    <message>
        <source>Show what is saved now, with the other PC&apos;s change; your entries in this form are replaced</source>
        <translation>Erekana ibibitswe ubu, hamwe n&apos;impinduka yakozwe ku yindi mudasobwa; ibyo wanditse muri iyi fishi birasimburwa</translation>
    </message>
    <message>
        <source>Close and open again on what is saved now, with the other PC&apos;s change</source>
        <translation>Funga wongere ufungure ku bibitswe ubu, hamwe n&apos;impinduka yakozwe ku yindi mudasobwa</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Uru rupapuro ntiruragera mu Kinyarwanda: rugaragara mu Cyongereza.</translation>
    </message>
    <message>
        <source>This page of the guide is missing: {name}</source>
        <translation>Uru rupapuro rw&apos;imfashanyigisho ntiruboneka: {name}</translation>
    </message>
    <message>
        <source>MentorOffice user guide</source>
        <translation>Imfashanyigisho ya MentorOffice</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Impapuro z&apos;imfashanyigisho</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Subira inyuma</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Komeza imbere</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Ibikubiyemo</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Akazi kawe</translation>
    </message>
    <message>
        <source>Sections of the window</source>
        <translation>Ibice by&apos;idirishya</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Imfashanyigisho</translation>
    </message>
    <message>
        <source>The guide&apos;s page for this section (F1)</source>
        <translation>Urupapuro rw&apos;imfashanyigisho rw&apos;iki gice (F1)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {what} {id}</source>
        <translation>Amateka y&apos;{what} {id}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Uwabikoze</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Icyakozwe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Umwanya</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Agaciro kahozeho</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Agaciro gashya</translation>
    </message>
    <message>
        <source>The audit trail holds no change of this record.</source>
        <translation>Amateka y&apos;impinduka nta mpinduka n&apos;imwe agaragaza kuri iyi nyandiko.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Kwinjiza</translation>
    </message>
    <message>
        <source>Every row is saved, or none: stopping leaves the database as it was.</source>
        <translation>Imirongo yose irabikwa, cyangwa nta n&apos;umwe: guhagarika bisiga ububiko bw&apos;amakuru uko bwari bumeze.</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Hagarika kwinjiza</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Injiza &amp;bundi bushya</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Birimo kwinjizwa…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Birimo guhagarara…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Byinjijwe.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the database is as it was.</source>
        <translation>Kwinjiza byahagaritswe. Nta cyabitswe: ububiko bw&apos;amakuru bumeze uko bwari bumeze.</translation>
    </message>
    <message>
        <source>The import was refused: %1 problem(s), listed below. Nothing was saved. (Did someone change the database since the dry run?)</source>
        <translation>Kwinjiza byanzwe: ibibazo %1, biri ku rutonde hepfo. Nta cyabitswe. (Hari uwahinduye ububiko bw&apos;amakuru nyuma y&apos;igerageza?)</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved: %1</source>
        <translation>Kwinjiza byanze; nta cyabitswe: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation>Injiza fayiri</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Injiza</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Komeza &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Subira inyuma</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Monthly values</source>
        <translation>Agaciro ka buri kwezi</translation>
    </message>
    <message>
        <source>Run charts</source>
        <translation>Run charts</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ukwezi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Igipimo</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Umubare w&apos;ibyagezweho</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Umubare wose</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Type a whole number; Tab or Enter goes to the next cell.</source>
        <translation>Andika umubare wuzuye; Tab cyangwa Enter bijya ku gasanduku gakurikira.</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Umubare w&apos;ibyagezweho: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Umubare wose: %1</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Uku kwezi ntikuratangira.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hejuru ni byiza</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>hasi ni byiza</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>umubare w&apos;ibyagezweho</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>umubare wose</translation>
    </message>
    <message>
        <source>The %1 must be a number; “%2” is not one.</source>
        <translation>%1 ugomba kwandikwa mu mibare; “%2” si umubare.</translation>
    </message>
    <message>
        <source>The %1 must be a whole number of people or events, not %2.</source>
        <translation>%1 ugomba kuba umubare wuzuye w&apos;abantu cyangwa w&apos;ibyabaye, si %2.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative (%2).</source>
        <translation>%1 ntushobora kuba munsi ya zeru (%2).</translation>
    </message>
    <message>
        <source>The %1 %2 is too large for one month at one facility; check the number.</source>
        <translation>%1 %2 ni munini cyane ku kwezi kumwe mu kigo kimwe; genzura umubare.</translation>
    </message>
    <message>
        <source>Enter the %1 too (0 if there were none), or clear both.</source>
        <translation>Andika na %1 (0 niba nta byabaye), cyangwa usibe byombi.</translation>
    </message>
    <message>
        <source>The numerator (%1) is larger than the denominator (%2).</source>
        <translation>Umubare w&apos;ibyagezweho (%1) uruta umubare wose (%2).</translation>
    </message>
    <message>
        <source>%1 has not started yet: values are entered once the month has begun.</source>
        <translation>Ukwezi kwa %1 ntikuratangira: agaciro kandikwa ukwezi kumaze gutangira.</translation>
    </message>
    <message>
        <source>Someone else saved this value since the grid was opened; reload to see theirs, then enter yours again.</source>
        <translation>Undi muntu yabitse aka gaciro nyuma y&apos;uko imbonerahamwe ifunguwe; ongera ufungure urebe ibye, hanyuma wongere wandike ibyawe.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Shift: %1 points above the median from %2</source>
        <translation>Shift: utudomo %1 hejuru ya mediyani guhera %2</translation>
    </message>
    <message>
        <source>Shift: %1 points below the median from %2</source>
        <translation>Shift: utudomo %1 munsi ya mediyani guhera %2</translation>
    </message>
    <message>
        <source>Unusually long run: %1 points above the median from %2</source>
        <translation>Run ndende bidasanzwe: utudomo %1 hejuru ya mediyani guhera %2</translation>
    </message>
    <message>
        <source>Unusually long run: %1 points below the median from %2</source>
        <translation>Run ndende bidasanzwe: utudomo %1 munsi ya mediyani guhera %2</translation>
    </message>
    <message>
        <source>Trend: %1 points rising from %2</source>
        <translation>Trend: utudomo %1 tuzamuka guhera %2</translation>
    </message>
    <message>
        <source>Trend: %1 points falling from %2</source>
        <translation>Trend: utudomo %1 tumanuka guhera %2</translation>
    </message>
    <message>
        <source>Astronomical point: %1% in %2, far outside the rest</source>
        <translation>Akadomo kadasanzwe (astronomical point): %1% muri %2, kari kure cyane y&apos;utundi</translation>
    </message>
    <message>
        <source>Too few runs: %1 (at least %2 expected)</source>
        <translation>Runs nke cyane: %1 (hari hitezwe nibura %2)</translation>
    </message>
    <message>
        <source>Too many runs: %1 (at most %2 expected)</source>
        <translation>Runs nyinshi cyane: %1 (hari hitezwe zitarenze %2)</translation>
    </message>
    <message>
        <source>Too few crossings of the median: %1 (at least %2 expected)</source>
        <translation>Inshuro nke cyane zo kwambuka mediyani: %1 (hari hitezwe nibura %2)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Andika igice cy&apos;izina</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Ukwezi ku kundi</translation>
    </message>
    <message>
        <source>Indicator by indicator</source>
        <translation>Igipimo ku kindi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <source>Save every change in the grid (Ctrl+S)</source>
        <translation>Bika impinduka zose ziri mu mbonerahamwe (Ctrl+S)</translation>
    </message>
    <message>
        <source>Run &amp;chart</source>
        <translation>&amp;Run chart</translation>
    </message>
    <message>
        <source>The run chart of the indicator in the current row</source>
        <translation>Run chart y&apos;igipimo kiri ku murongo uriho</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Ongeraho igipimo…</translation>
    </message>
    <message>
        <source>Save indicator values</source>
        <translation>Bika agaciro k&apos;ibipimo</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Umwaka:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Uko &amp;bikurikirana:</translation>
    </message>
    <message>
        <source>Type a number to replace a cell; Tab or Enter moves on, Ctrl+Z undoes, Ctrl+V pastes from a spreadsheet.</source>
        <translation>Andika umubare kugira ngo usimbure ibiri mu gasanduku; Tab cyangwa Enter bijya imbere, Ctrl+Z isubiza inyuma, Ctrl+V yomeka ibikuwe mu mbonerahamwe (spreadsheet).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Ntibyabashije gufunguka: %1</translation>
    </message>
    <message>
        <source>Unsaved indicator values</source>
        <translation>Agaciro k&apos;ibipimo katabitswe</translation>
    </message>
    <message>
        <source>The values typed for %1, %2 are not saved. Save them now?</source>
        <translation>Agaciro kanditswe kuri %1, %2 ntikarabikwa. Ukabike ubu?</translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation>Agaciro ntikabitswe</translation>
    </message>
    <message>
        <source>The values could not be saved (%1). They are still in the grid: try again, or close and choose Discard to drop them.</source>
        <translation>Agaciro ntikabashije kubikwa (%1). Kakiri mu mbonerahamwe: ongera ugerageze, cyangwa ufunge uhitemo Discard kugira ngo ukareke.</translation>
    </message>
    <message>
        <source>…and %1 more (red cells; hover for why).</source>
        <translation>…n&apos;ibindi %1 (udusanduku dutukura; shyiraho imbeba urebe impamvu).</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Impinduka ntizirabikwa.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nta cyo kubika.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 cell(s) to correct first.</source>
        <translation>Nta cyabitswe: banza ukosore udusanduku %1.</translation>
    </message>
    <message>
        <source>Saved: %1 added, %2 changed, %3 cleared.</source>
        <translation>Byabitswe: %1 byongeweho, %2 byahinduwe, %3 byasibwe.</translation>
    </message>
    <message>
        <source>Indicator %1 added; it shows in the grid once the values typed are saved.</source>
        <translation>Igipimo %1 cyongeweho; kizagaragara mu mbonerahamwe agaciro kanditswe kamaze kubikwa.</translation>
    </message>
    <message>
        <source>Indicator %1 added.</source>
        <translation>Igipimo %1 cyongeweho.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Country</source>
        <translation>Igihugu</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Intara</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Akarere</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ibitaro</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Ikigo nderabuzima</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Gore</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gabo</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Muganga</translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation>Muganga wimenyereza</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Umuforomo</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Umubyaza</translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation>Umuganga w&apos;ikinya</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>Umujyanama w&apos;ubuzima</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ushinzwe ubutegetsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ikindi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utanga serivisi</translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation>Umuyobozi w&apos;ikigo</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Itsinda ryo kunoza ireme</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>Ushinzwe amakuru</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Umugenzuzi</translation>
    </message>
    <message>
        <source>Joint hospital visit</source>
        <translation>Urugendo rw&apos;itsinda rihuriweho ry&apos;ibitaro</translation>
    </message>
    <message>
        <source>Health center visit</source>
        <translation>Urugendo ku kigo nderabuzima</translation>
    </message>
    <message>
        <source>Health post visit</source>
        <translation>Urugendo kuri poste de santé</translation>
    </message>
    <message>
        <source>Community visit</source>
        <translation>Urugendo mu baturage</translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation>Igenzura rihuriweho</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Fatizo</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Isuzuma ribanza</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Gutoza</translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation>Nyuma y&apos;ubutoza</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Igenzura</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ntibyakozwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Byasubitswe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Arakora</translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation>Birimo kubungabungwa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Byatereranywe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorOffice</source>
        <translation>MentorOffice</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ibigo by&apos;ubuvuzi</translation>
    </message>
    <message>
        <source>The hierarchy from country to health post, each unit with the one it belongs to.</source>
        <translation>Inzego kuva ku gihugu kugeza kuri poste de santé, buri rwego n&apos;urwo rubarizwamo.</translation>
    </message>
    <message>
        <source>Name, code or parent</source>
        <translation>Izina, kode cyangwa urwego rukuriye</translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilities</source>
        <translation>
            <numerusform>Ikigo %Ln</numerusform>
            <numerusform>Ibigo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Staff, mentors, mentees and community health workers, with where they work now.</source>
        <translation>Abakozi, abatoza, abatozwa n&apos;abajyanama b&apos;ubuzima, n&apos;aho bakorera ubu.</translation>
    </message>
    <message>
        <source>Name, staff code, phone or facility</source>
        <translation>Izina, nomero y&apos;umukozi, telefone cyangwa ikigo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>Umuntu %Ln</numerusform>
            <numerusform>Abantu %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ingendo</translation>
    </message>
    <message>
        <source>Mentorship and supervision visits, latest first.</source>
        <translation>Ingendo z&apos;ubutoza n&apos;igenzura, iziheruka mbere.</translation>
    </message>
    <message>
        <source>Facility, type or status</source>
        <translation>Ikigo, ubwoko cyangwa uko bimeze</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>Urugendo %Ln</numerusform>
            <numerusform>Ingendo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <source>Checklist scores of mentees and facility assessments, latest first.</source>
        <translation>Amanota y&apos;abatozwa n&apos;isuzuma ry&apos;ibigo, aheruka mbere.</translation>
    </message>
    <message>
        <source>Mentee, checklist or facility</source>
        <translation>Utozwa, urutonde rw&apos;isuzuma cyangwa ikigo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>Isuzuma %Ln</numerusform>
            <numerusform>Isuzuma %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>QI</source>
        <translation>Kunoza ireme</translation>
    </message>
    <message>
        <source>Quality improvement projects, latest started first.</source>
        <translation>Imishinga yo kunoza ireme, iheruka gutangira mbere.</translation>
    </message>
    <message>
        <source>Title, facility or status</source>
        <translation>Umutwe, ikigo cyangwa uko bimeze</translation>
    </message>
    <message numerus="yes">
        <source>%Ln QI projects</source>
        <translation>
            <numerusform>Umushinga %Ln</numerusform>
            <numerusform>Imishinga %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Ibipimo</translation>
    </message>
    <message>
        <source>Monthly facility outcome indicators: numerator, denominator and percentage, latest month first.</source>
        <translation>Ibipimo by&apos;umusaruro by&apos;ibigo bya buri kwezi: umubare w&apos;ibyagezweho, umubare wose n&apos;ijanisha, ukwezi guheruka mbere.</translation>
    </message>
    <message>
        <source>Facility or indicator</source>
        <translation>Ikigo cyangwa igipimo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator values</source>
        <translation>
            <numerusform>Agaciro k&apos;igipimo %Ln</numerusform>
            <numerusform>Agaciro k&apos;ibipimo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporo</translation>
    </message>
    <message>
        <source>Validations, which the reports count: mentees who scored at least 85% on a post-mentorship assessment with every critical step done.</source>
        <translation>Kwemezwa, ari byo raporo zibara: abatozwa babonye nibura 85% mu isuzuma rya nyuma y&apos;ubutoza, kandi bakoze intambwe zose z&apos;ingenzi.</translation>
    </message>
    <message>
        <source>Mentee, competency or facility</source>
        <translation>Utozwa, ubumenyi cyangwa ikigo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln validations</source>
        <translation>
            <numerusform>Kwemezwa %Ln</numerusform>
            <numerusform>Kwemezwa %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Ibarizwa muri</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Arakora</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Igitsina</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Icyiciro cy&apos;umwuga</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Itangira riteganyijwe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Abatoza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Utozwa</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Urutonde rw&apos;isuzuma</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>Amanota %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Umutwe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Yatangiye</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ukwezi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Igipimo</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Umubare w&apos;ibyagezweho</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Umubare wose</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Yemejwe ku wa</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Ubumenyi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Oya</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ibice</translation>
    </message>
    <message>
        <source>{title} (Alt+{number})</source>
        <translation>{title} (Alt+{number})</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Inyandiko zose</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ururimi</translation>
    </message>
    <message>
        <source>MentorOffice will use {language} the next time it starts.</source>
        <translation>MentorOffice izakoresha {language} ubutaha niyongera gufungurwa.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosiye</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Abakoresha…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sohoka muri &amp;konti</translation>
    </message>
    <message>
        <source>Hide the window until you sign in again with your password</source>
        <translation>Hisha idirishya kugeza wongeye kwinjira ukoresheje ijambo ry&apos;ibanga ryawe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sohoka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Kureba</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Shakisha</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ururimi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ubufasha</translation>
    </message>
    <message>
        <source>&amp;About MentorOffice</source>
        <translation>&amp;Ibyerekeye MentorOffice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ibyerekeye &amp;Qt</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Ububiko bw&apos;amakuru: {location}</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Uwinjiye: {user} ({role})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorOffice {version}&lt;/h3&gt;&lt;p&gt;The clinical mentorship office&apos;s registry of facilities, mentors and mentees, its visits, assessments, quality improvement and reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorOffice {version}&lt;/h3&gt;&lt;p&gt;Igitabo cy&apos;ibiro by&apos;ubutoza mu buvuzi cyandikwamo ibigo, abatoza n&apos;abatozwa, ingendo, isuzuma, kunoza ireme na raporo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ububiko bw&apos;amakuru:&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MentorOffice</source>
        <translation>Ibyerekeye MentorOffice</translation>
    </message>
    <message>
        <source>Backed up automatically at {time}.</source>
        <translation>Kopi y&apos;ububiko yakozwe mu buryo bwikora saa {time}.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Kopi y&apos;ububiko ikorwa mu buryo bwikora yanze: {reason}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Ububiko bw&apos;amakuru bwangiritse</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the office database found problems:

{problems}

Work saved since the last backup may be affected. Open the list of backups to restore one?</source>
        <translation>Isuzuma rya SQLite ry&apos;ububiko bw&apos;amakuru bw&apos;ibiro ryabonye ibibazo:

{problems}

Ibyabitswe nyuma ya kopi y&apos;ububiko iheruka bishobora kuba byagizweho ingaruka. Fungura urutonde rwa kopi z&apos;ububiko kugira ngo ugarure imwe?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Huza inkingi</translation>
    </message>
    <message>
        <source>Which column of the file holds each field. The columns were matched by their headers; change any that is wrong. Fields marked * are required.</source>
        <translation>Inkingi ya fayiri irimo buri mwanya. Inkingi zahujwe hakurikijwe imitwe yazo; hindura iyaba itari yo. Imyanya iriho * ni ngombwa.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Umwanya</translation>
    </message>
    <message>
        <source>En français</source>
        <translation>Mu Gifaransa</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Inkingi muri fayiri</translation>
    </message>
    <message>
        <source>First value in the file</source>
        <translation>Agaciro ka mbere muri fayiri</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Birimo gusoma %1…</translation>
    </message>
    <message>
        <source>%1 rows read from %2</source>
        <translation>Imirongo %1 yasomwe muri %2</translation>
    </message>
    <message>
        <source>; the headers are on row %1</source>
        <translation>; imitwe iri ku murongo wa %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Ni ngombwa.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ntiri muri fayiri)</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>(inkingi %1, nta mutwe)</translation>
    </message>
    <message>
        <source>Checklist step columns: %1 (%2).</source>
        <translation>Inkingi z&apos;intambwe z&apos;urutonde rw&apos;isuzuma: %1 (%2).</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Inkingi zitinjijwe: %1.</translation>
    </message>
</context>
<context>
    <name>MenteePage</name>
    <message>
        <source>Mentee: %1</source>
        <translation>Utozwa: %1</translation>
    </message>
    <message>
        <source>Fully validated</source>
        <translation>Yemejwe byuzuye</translation>
    </message>
    <message>
        <source>Not fully validated: %1 of %2 competencies</source>
        <translation>Ntiyemejwe byuzuye: ubumenyi %1 kuri %2</translation>
    </message>
    <message>
        <source>85% pass</source>
        <translation>Gutsinda: 85%</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Amanota (%)</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>yemejwe</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>Nta suzuma riraba</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ifishi</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Ubumenyi</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Fatizo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Iheruka</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Yemejwe ku wa</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ntibiraba</translation>
    </message>
    <message>
        <source>Coaching plan</source>
        <translation>Gahunda yo gutoza</translation>
    </message>
    <message>
        <source>&amp;Propose from gaps</source>
        <translation>&amp;Tegura uhereye ku byuho</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan</source>
        <translation>&amp;Bika gahunda</translation>
    </message>
    <message>
        <source>C&amp;ompetency:</source>
        <translation>Ub&amp;umenyi:</translation>
    </message>
    <message>
        <source>&amp;Gaps (steps repeatedly not done):</source>
        <translation>&amp;Ibyuho (intambwe zikunze kudakorwa):</translation>
    </message>
    <message>
        <source>Planned &amp;actions:</source>
        <translation>Ibikorwa &amp;biteganyijwe:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>I&amp;tariki ntego:</translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation>Capa &amp;ifishi y&apos;aho ageze</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;History of the latest assessment…</source>
        <translation>&amp;Amateka y&apos;isuzuma riheruka…</translation>
    </message>
    <message>
        <source>Who entered or changed the latest assessment of the competency selected above</source>
        <translation>Uwanditse cyangwa uwahinduye isuzuma riheruka ry&apos;ubumenyi bwatoranyijwe haruguru</translation>
    </message>
    <message>
        <source>Saved plan.</source>
        <translation>Gahunda yabitswe.</translation>
    </message>
    <message>
        <source>Proposed from the latest assessments; edit it, then save.</source>
        <translation>Yateguwe hashingiwe ku isuzuma riheruka; yihindure, hanyuma uyibike.</translation>
    </message>
    <message>
        <source>No step was repeatedly missed: nothing to propose. Write a plan if one is needed.</source>
        <translation>Nta ntambwe yakunze gusimbukwa: nta cyo gutanga. Andika gahunda niba ikenewe.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Byahinduwe, ntibirabikwa.</translation>
    </message>
    <message>
        <source>Saved plan (target %1).</source>
        <translation>Gahunda yabitswe (intego %1).</translation>
    </message>
    <message>
        <source>Coaching plan not saved</source>
        <translation>Gahunda yo gutoza ntiyabitswe</translation>
    </message>
    <message>
        <source>The coaching plan for %1 was not saved. Discard it?</source>
        <translation>Gahunda yo gutoza %1 ntiyabitswe. Uyireke?</translation>
    </message>
</context>
<context>
    <name>MentorProfileView</name>
    <message>
        <source>No mentor profile. A validated mentee can be promoted to mentor one level down.</source>
        <translation>Nta mwirondoro w&apos;umutoza. Utozwa wemejwe ashobora kugirwa umutoza ku rwego rukurikira hasi.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Ubwoko:</translation>
    </message>
    <message>
        <source>Technical areas:</source>
        <translation>Amashami y&apos;ubuvuzi:</translation>
    </message>
    <message>
        <source>Selected on:</source>
        <translation>Yatoranyijwe ku wa:</translation>
    </message>
    <message>
        <source>Selection score:</source>
        <translation>Amanota yo gutoranywa:</translation>
    </message>
    <message>
        <source>Selection notes:</source>
        <translation>Ibisobanuro byo gutoranywa:</translation>
    </message>
    <message>
        <source>Oriented on:</source>
        <translation>Yahuguwe ku wa:</translation>
    </message>
    <message>
        <source>Orientation, theory:</source>
        <translation>Amahugurwa y&apos;ibanze, inyigisho:</translation>
    </message>
    <message>
        <source>Orientation, practical:</source>
        <translation>Amahugurwa y&apos;ibanze, imyitozo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Uko bimeze:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Umwanya</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Impamvu y&apos;ihitamo ridasanzwe</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Imyanya yahawe</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ntibiraba</translation>
    </message>
    <message>
        <source>active</source>
        <translation>arakora</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ntakora</translation>
    </message>
    <message>
        <source>open</source>
        <translation>birakomeje</translation>
    </message>
</context>
<context>
    <name>MentorReportsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Ukwezi:</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Umutoza</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Visits recorded</source>
        <translation>Ingendo zanditswe</translation>
    </message>
    <message>
        <source>Visits reported</source>
        <translation>Ingendo zatanzweho raporo</translation>
    </message>
    <message>
        <source>Mentees assessed</source>
        <translation>Abatozwa basuzumwe</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Kwemezwa</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Imbogamizi</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Yatanzwe</translation>
    </message>
    <message>
        <source>Office feedback</source>
        <translation>Igisubizo cy&apos;ibiro</translation>
    </message>
    <message>
        <source>&amp;Enter report…</source>
        <translation>&amp;Andika raporo…</translation>
    </message>
    <message>
        <source>Give &amp;feedback…</source>
        <translation>&amp;Tanga igisubizo…</translation>
    </message>
    <message>
        <source>%1 of %2 mentors reported; %3 have the office&apos;s feedback.</source>
        <translation>Abatoza %1 kuri %2 batanze raporo; %3 bahawe igisubizo cy&apos;ibiro.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nta raporo</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Subiza inyuma</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>MissedVisitDialog</name>
    <message>
        <source>Visit did not happen</source>
        <translation>Urugendo ntirwabaye</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Ikigo:</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Rwateganyijwe:</translation>
    </message>
    <message>
        <source>e.g. the mentor was sick; the road was cut</source>
        <translation>urugero: umutoza yari arwaye; umuhanda wari wacitse</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Impamvu:</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>&amp;Shyiraho ko rutabaye</translation>
    </message>
</context>
<context>
    <name>MoveVisitDialog</name>
    <message>
        <source>Move visit</source>
        <translation>Imura urugendo</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Ikigo:</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Rwateganyijwe:</translation>
    </message>
    <message>
        <source>New &amp;first day:</source>
        <translation>&amp;Umunsi mushya wa mbere:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Imura</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New QI project</source>
        <translation>Umushinga mushya wo kunoza ireme</translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation>Icyuho, n&apos;imibare niba ihari</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Umutwe:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>Ikiba&amp;zo:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tangiza</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Kureba raporo</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Nta raporo iraba.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Kwira ubugari</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Urupapuro rwose</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Ingano:</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Bika &amp;nka…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Capa…</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>Raporo ntiyabashije kugaragara (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: urupapuro %n</numerusform>
            <numerusform>%1: impapuro %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Bika raporo nka</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fayiri za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Raporo ntiyabitswe</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Capa raporo</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ntibyacapwe</translation>
    </message>
    <message>
        <source>%1 Check that the printer is on and connected, then try again.</source>
        <translation>%1 Reba ko printer yacanywe kandi ihujwe na mudasobwa, hanyuma wongere ugerageze.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Print blank checklist</source>
        <translation>Capa urutonde rw&apos;isuzuma rutanditseho</translation>
    </message>
    <message>
        <source>No checklist form could be read.</source>
        <translation>Nta fishi y&apos;urutonde rw&apos;isuzuma yabashije gusomwa.</translation>
    </message>
    <message>
        <source>&amp;Checklist to print:</source>
        <translation>&amp;Urutonde rw&apos;isuzuma rwo gucapa:</translation>
    </message>
    <message>
        <source>Save blank checklist</source>
        <translation>Bika urutonde rw&apos;isuzuma rutanditseho</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Bika isuzuma</translation>
    </message>
    <message>
        <source>Save progress sheet</source>
        <translation>Bika ifishi y&apos;aho ageze</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fayiri za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation>PDF %1 ntiyabashije kwandikwa: %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Gucapa byanze</translation>
    </message>
</context>
<context>
    <name>PdsaDialog</name>
    <message>
        <source>PDSA cycle %1</source>
        <translation>Icyiciro cya PDSA %1</translation>
    </message>
    <message>
        <source>(no change idea)</source>
        <translation>(nta gitekerezo cy&apos;impinduka)</translation>
    </message>
    <message>
        <source>The change, where, who, and what you predict</source>
        <translation>Impinduka, aho, uzayikora, n&apos;ibyo uteganya ko bizavamo</translation>
    </message>
    <message>
        <source>What was done; what was observed</source>
        <translation>Ibyakozwe; ibyagaragaye</translation>
    </message>
    <message>
        <source>Results against the prediction</source>
        <translation>Ibyavuyemo ugereranyije n&apos;ibyari byitezwe</translation>
    </message>
    <message>
        <source>Adopt, adapt or abandon; the next cycle</source>
        <translation>Kwemeza, kunoza cyangwa kureka; icyiciro gikurikira</translation>
    </message>
    <message>
        <source>not ended yet</source>
        <translation>ntibirarangira</translation>
    </message>
    <message>
        <source>&amp;Change idea:</source>
        <translation>Igitekerezo cy&apos;&amp;impinduka:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Gutegura (Plan):</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>Gu&amp;kora (Do):</translation>
    </message>
    <message>
        <source>St&amp;udy:</source>
        <translation>Gu&amp;suzuma (Study):</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>Gufata i&amp;cyemezo (Act):</translation>
    </message>
    <message>
        <source>Star&amp;ts:</source>
        <translation>&amp;Bitangira:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Bi&amp;rangira:</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <source>Name, staff code or phone</source>
        <translation>Izina, nomero y&apos;umukozi cyangwa telefone</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Ibigo byose</translation>
    </message>
    <message>
        <source>Active (posted now)</source>
        <translation>Arakora (afite aho akorera ubu)</translation>
    </message>
    <message>
        <source>Inactive or not posted</source>
        <translation>Ntakora cyangwa nta ho akorera</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Uko bimeze kose</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Shakisha:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>I&amp;cyiciro cy&apos;umwuga:</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>Ishami ry&apos;&amp;ubuvuzi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>I&amp;nshingano:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Uko &amp;bimeze:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Byose</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ongeraho umuntu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hindura…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>Ohereza &amp;ku kigo…</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer…</source>
        <translation>&amp;Imura…</translation>
    </message>
    <message>
        <source>Record attr&amp;ition…</source>
        <translation>Andika ko yavuye mu ka&amp;zi…</translation>
    </message>
    <message>
        <source>Assign to a &amp;place…</source>
        <translation>Mushinge a&amp;ho akorera…</translation>
    </message>
    <message>
        <source>Give this mentor a facility or CHW group to mentor. To make a validated mentee a mentor, use Promote.</source>
        <translation>Ha uyu mutoza ikigo cyangwa itsinda ry&apos;abajyanama b&apos;ubuzima atoza. Kugira ngo utozwa wemejwe abe umutoza, koresha « Gira umutoza ».</translation>
    </message>
    <message>
        <source>Pr&amp;omote…</source>
        <translation>&amp;Gira umutoza…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Birimo gushaka…</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>Abantu %1</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>Umuntu %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 yongeweho.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 yabitswe.</translation>
    </message>
    <message>
        <source>Transferred %1.</source>
        <translation>%1 yimuwe.</translation>
    </message>
    <message>
        <source>Posted %1.</source>
        <translation>%1 yoherejwe ku kigo.</translation>
    </message>
    <message>
        <source>Recorded that %1 left; the posting is kept in the history.</source>
        <translation>Byanditswe ko %1 yavuye mu kazi; aho yakoreraga bigumye mu mateka.</translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation>%1 yahawe umwanya.</translation>
    </message>
    <message>
        <source>%1 is now a mentor.</source>
        <translation>%1 ubu ni umutoza.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Hindura amakuru y&apos;umuntu</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ongeraho umuntu</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Izina bwite:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Izina ry&apos;&amp;umuryango:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>I&amp;gitsina:</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>I&amp;cyiciro cy&apos;umwuga:</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>Impamya&amp;bumenyi:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Staff c&amp;ode:</source>
        <translation>&amp;Nomero y&apos;umukozi:</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Impamvu byarangiye</translation>
    </message>
    <message>
        <source>Enrolment, competency</source>
        <translation>Kwiyandikisha, ubumenyi</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Amanota aheruka</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Yasuzumwe</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Yemejwe ku wa</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Aho yakoze</translation>
    </message>
    <message>
        <source>Mentor profile</source>
        <translation>Umwirondoro w&apos;umutoza</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Ubumenyi</translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation>Hitamo umuntu ku rutonde</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ntakora)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <source>Never posted.</source>
        <translation>Ntiyigeze yoherezwa ku kigo.</translation>
    </message>
    <message>
        <source>Not posted since %1 (%2).</source>
        <translation>Nta kigo akoreraho kuva %1 (%2).</translation>
    </message>
    <message>
        <source>%1 at %2 since %3.</source>
        <translation>%1 muri %2 kuva %3.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ubu</translation>
    </message>
    <message>
        <source>%1 at %2, since %3 (%4)</source>
        <translation>%1 muri %2, kuva %3 (%4)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ntibiraba</translation>
    </message>
    <message>
        <source>(no competency planned)</source>
        <translation>(nta bumenyi buteganyijwe)</translation>
    </message>
    <message>
        <source>Not enrolled as a mentee.</source>
        <translation>Ntiyanditswe nk&apos;utozwa.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Iminsi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Abatoza</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Iminsi y&apos;ubukererwe</translation>
    </message>
    <message>
        <source>&amp;Propose next month&apos;s plan…</source>
        <translation>&amp;Tegura gahunda y&apos;ukwezi gutaha…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Imura…</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>&amp;Andika urugendo…</translation>
    </message>
    <message>
        <source>&amp;Debriefing…</source>
        <translation>Isuzuma &amp;rusange…</translation>
    </message>
    <message>
        <source>Mark m&amp;issed…</source>
        <translation>Shyiraho ko ruta&amp;baye…</translation>
    </message>
    <message>
        <source>Print visit plan &amp;letter…</source>
        <translation>Capa &amp;ibaruwa ya gahunda y&apos;urugendo…</translation>
    </message>
    <message>
        <source>&amp;Visits in %1 (%2):</source>
        <translation>&amp;Ingendo zo muri %1 (%2):</translation>
    </message>
    <message>
        <source>, debriefed</source>
        <translation>, isuzuma rusange ryakozwe</translation>
    </message>
    <message>
        <source>&amp;Overdue visits, and visits missed in the last six months (%1):</source>
        <translation>Ingendo &amp;zarengeje igihe, n&apos;izitakozwe mu mezi atandatu ashize (%1):</translation>
    </message>
    <message>
        <source>Propose next month&apos;s plan</source>
        <translation>Tegura gahunda y&apos;ukwezi gutaha</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Imura %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Ohereza %1 ku kigo</translation>
    </message>
    <message>
        <source>To &amp;facility:</source>
        <translation>Ajya ku &amp;kigo:</translation>
    </message>
    <message>
        <source>At &amp;facility:</source>
        <translation>Ku &amp;kigo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Inshingano:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>Ku &amp;itariki:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>K&amp;uva:</translation>
    </message>
    <message>
        <source>now at %1</source>
        <translation>ubu ari muri %1</translation>
    </message>
    <message>
        <source>Choose a facility from the list.</source>
        <translation>Hitamo ikigo ku rutonde.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the file</source>
        <translation>Genzura fayiri</translation>
    </message>
    <message>
        <source>Every row was checked as the import would save it; nothing was saved. Click a column header to sort the problems.</source>
        <translation>Buri murongo wagenzuwe nk&apos;uko kwinjiza kwawubika; nta cyabitswe. Kanda ku mutwe w&apos;inkingi kugira ngo utondeke ibibazo.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Ibibazo:</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>&amp;Reka imirongo ifite ibibazo, winjize indi</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Ongera usome fayiri</translation>
    </message>
    <message>
        <source>After correcting the file in Excel and saving it</source>
        <translation>Umaze gukosora fayiri muri Excel no kuyibika</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Birimo kugenzura buri murongo…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Birimo gusoma %1…</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Ibibazo (%1):</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1 problem(s) concern the whole file or a column. Go back to the columns, or correct the file and read it again.</source>
        <translation>Fayiri ntishobora kwinjizwa uko imeze: ibibazo %1 bireba fayiri yose cyangwa inkingi. Subira ku nkingi, cyangwa ukosore fayiri hanyuma wongere uyisome.</translation>
    </message>
    <message>
        <source>The sheet has headers but no rows below them: nothing to import.</source>
        <translation>Urupapuro rufite imitwe ariko nta mirongo iri munsi yayo: nta cyo kwinjiza.</translation>
    </message>
    <message>
        <source>%1 rows read: all %1 rows are OK.</source>
        <translation>Imirongo %1 yasomwe: imirongo yose uko ari %1 nta kibazo ifite.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows OK, %3 row(s) with problems (%4 problem(s)).</source>
        <translation>Imirongo %1 yasomwe: %2 nta kibazo, %3 ifite ibibazo (ibibazo %4).</translation>
    </message>
    <message>
        <source>Left out: row(s) %1; %2 rows are ready.</source>
        <translation>Imirongo yarekewe: %1; imirongo %2 iteguye.</translation>
    </message>
    <message>
        <source>Correct the file and read it again, or leave those rows out.</source>
        <translation>Kosora fayiri wongere uyisome, cyangwa ureke iyo mirongo.</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation>Capa &amp;ifishi y&apos;aho ageze</translation>
    </message>
    <message>
        <source>&amp;Open mentee</source>
        <translation>&amp;Fungura utozwa</translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>Ishami ry&apos;&amp;ubuvuzi:</translation>
    </message>
    <message>
        <source>Each cell: baseline → latest score (number of assessments); ✓ date = validated; “not started” = planned, not yet assessed; grey blank = not in the mentee&apos;s plan.</source>
        <translation>Buri gasanduku: fatizo → amanota aheruka (umubare w&apos;isuzuma); ✓ itariki = yemejwe; “ntibiratangira” = biteganyijwe, ntibirasuzumwa; agasanduku k&apos;ibara ry&apos;ivu karimo ubusa = ntibiri muri gahunda y&apos;utozwa.</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Ibigo byose</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Amashami yose</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message>
        <source>%1 mentees · %2 validated in at least one competency</source>
        <translation>Abatozwa %1 · %2 bemejwe nibura mu bumenyi bumwe</translation>
    </message>
    <message>
        <source>The tracker could not be loaded: %1</source>
        <translation>Imbonerahamwe y&apos;aho abatozwa bageze ntiyabashije gufunguka: %1</translation>
    </message>
    <message>
        <source>Choose a mentee in the table first.</source>
        <translation>Banza uhitemo utozwa mu mbonerahamwe.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Aim an&amp;d measure</source>
        <translation>Intego n&apos;&amp;uburyo bwo gupima</translation>
    </message>
    <message>
        <source>&amp;Fishbone and 5 whys</source>
        <translation>&amp;Fishbone na 5 whys</translation>
    </message>
    <message>
        <source>Change ideas and &amp;PDSA</source>
        <translation>Ibitekerezo by&apos;impinduka na &amp;PDSA</translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation>Icyuho, n&apos;imibare niba ihari</translation>
    </message>
    <message>
        <source>SMART: what will improve, by how much, for whom, by when</source>
        <translation>SMART: ikizanozwa, ku kigero kingana iki, ku bande, bitarenze ryari</translation>
    </message>
    <message>
        <source>How you will know a change is an improvement</source>
        <translation>Uko uzamenya ko impinduka yatumye ibintu binoga</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Umutwe:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Uko &amp;bimeze:</translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation>Ikiba&amp;zo:</translation>
    </message>
    <message>
        <source>SMART &amp;aim:</source>
        <translation>Intego &amp;SMART:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>Uburyo bwo &amp;gupima:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Igipimo:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Amatariki:</translation>
    </message>
    <message>
        <source>From finding:</source>
        <translation>Bishingiye ku cyagaragaye:</translation>
    </message>
    <message>
        <source>Sa&amp;ve project</source>
        <translation>Bi&amp;ka umushinga</translation>
    </message>
    <message>
        <source>(no facility indicator)</source>
        <translation>(nta gipimo cy&apos;ikigo)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>watangiye %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ntiwaratangira</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>warangiye %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nta na kimwe)</translation>
    </message>
    <message>
        <source>Causes by category; a cause&apos;s children are its whys</source>
        <translation>Impamvu zishyizwe mu byiciro; munsi ya buri mpamvu hari ibisubizo bya &apos;kubera iki&apos;</translation>
    </message>
    <message>
        <source>Ca&amp;uses:</source>
        <translation>I&amp;mpamvu:</translation>
    </message>
    <message>
        <source>A cause, or the answer to &apos;why?&apos;</source>
        <translation>Impamvu, cyangwa igisubizo cya &apos;kubera iki?&apos;</translation>
    </message>
    <message>
        <source>Add &amp;cause</source>
        <translation>Ongeraho &amp;impamvu</translation>
    </message>
    <message>
        <source>Ask &amp;why (under the selected cause)</source>
        <translation>Baza &apos;&amp;kubera iki&apos; (munsi y&apos;impamvu yatoranyijwe)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Siba</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Kubera iki? %1</translation>
    </message>
    <message>
        <source>Select the cause to ask &apos;why?&apos; about.</source>
        <translation>Hitamo impamvu ushaka kubaza &apos;kubera iki?&apos;.</translation>
    </message>
    <message>
        <source>Select a QI project, or start one.</source>
        <translation>Hitamo umushinga wo kunoza ireme, cyangwa utangize undi.</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote %1 to mentor</source>
        <translation>Gira %1 umutoza</translation>
    </message>
    <message>
        <source>no current posting</source>
        <translation>nta kigo akoreraho ubu</translation>
    </message>
    <message>
        <source>%1, at %2.</source>
        <translation>%1, muri %2.</translation>
    </message>
    <message>
        <source>Validated competency</source>
        <translation>Ubumenyi bwemejwe</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Yemejwe ku wa</translation>
    </message>
    <message>
        <source>Not eligible: %1.</source>
        <translation>Ntiyujuje ibisabwa: %1.</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Gira umutoza</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kuzuza ibisabwa</translation>
    </message>
    <message>
        <source>New mentor profile</source>
        <translation>Umwirondoro mushya w&apos;umutoza</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ntibiraba</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Ubwoko:</translation>
    </message>
    <message>
        <source>Technical &amp;areas:</source>
        <translation>&amp;Amashami y&apos;ubuvuzi:</translation>
    </message>
    <message>
        <source>Selected &amp;on:</source>
        <translation>Yatoranyijwe &amp;ku wa:</translation>
    </message>
    <message>
        <source>Selection &amp;score (%):</source>
        <translation>Amanota yo &amp;gutoranywa (%):</translation>
    </message>
    <message>
        <source>Orie&amp;nted on:</source>
        <translation>&amp;Yahuguwe ku wa:</translation>
    </message>
    <message>
        <source>Orientation &amp;theory (%):</source>
        <translation>Amahugurwa y&apos;ibanze, &amp;inyigisho (%):</translation>
    </message>
    <message>
        <source>Orientation p&amp;ractical (%):</source>
        <translation>Amahugurwa y&apos;ibanze, i&amp;myitozo (%):</translation>
    </message>
    <message>
        <source>Open place</source>
        <translation>Umwanya ufunguye</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <source>&amp;Assign to the selected place…</source>
        <translation>&amp;Shyira mu mwanya watoranyijwe…</translation>
    </message>
    <message>
        <source>Looking for places without a mentor…</source>
        <translation>Birimo gushaka imyanya idafite umutoza…</translation>
    </message>
    <message>
        <source>%1 is now a %2. Places without a mentor of this kind: %3.</source>
        <translation>%1 ubu ni %2. Imyanya idafite umutoza w&apos;ubu bwoko: %3.</translation>
    </message>
    <message>
        <source>%1 is now a %2. No place is waiting for one (%3).</source>
        <translation>%1 ubu ni %2. Nta mwanya utegereje umutoza nk&apos;uwo (%3).</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed plan for %1</source>
        <translation>Gahunda yateguwe ya %1</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Iminsi</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Abatoza</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Bika gahunda</translation>
    </message>
    <message>
        <source>%1 visits can be planned.</source>
        <translation>Ingendo %1 zishobora guteganywa.</translation>
    </message>
    <message>
        <source>%1 could not be placed: see below, and plan them by hand or free a mentor.</source>
        <translation>%1 ntizabashije gushyirwa muri gahunda: reba hepfo, uzitegure ubwawe cyangwa ubonere umutoza umwanya.</translation>
    </message>
    <message>
        <source>%1 are already in the calendar.</source>
        <translation>%1 zisanzwe ziri kuri kalendari.</translation>
    </message>
    <message>
        <source>&amp;Visits to plan:</source>
        <translation>&amp;Ingendo zo gutegura:</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1), not planned:</source>
        <translation>Ibihu&amp;rirana (%1), bitateganyijwe:</translation>
    </message>
    <message>
        <source>Already &amp;planned (%1):</source>
        <translation>Byamaze &amp;guteganywa (%1):</translation>
    </message>
</context>
<context>
    <name>QIPage</name>
    <message>
        <source>Show finis&amp;hed projects</source>
        <translation>Erekana imishinga &amp;yarangiye</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Yatangiye</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Umushinga &amp;mushya…</translation>
    </message>
    <message>
        <source>P&amp;rint project page…</source>
        <translation>&amp;Capa urupapuro rw&apos;umushinga…</translation>
    </message>
    <message>
        <source>QI pro&amp;jects:</source>
        <translation>Imishinga yo &amp;kunoza ireme:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report: %1, %2</source>
        <translation>Raporo y&apos;ukwezi: %1, %2</translation>
    </message>
    <message>
        <source>Visits the office recorded:</source>
        <translation>Ingendo ibiro byanditse:</translation>
    </message>
    <message>
        <source>What got in the way; what help is needed</source>
        <translation>Ibyabangamiye; ubufasha bukenewe</translation>
    </message>
    <message>
        <source>&amp;Visits done:</source>
        <translation>&amp;Ingendo zakozwe:</translation>
    </message>
    <message>
        <source>&amp;Mentees assessed:</source>
        <translation>&amp;Abatozwa basuzumwe:</translation>
    </message>
    <message>
        <source>Va&amp;lidations:</source>
        <translation>&amp;Kwemezwa:</translation>
    </message>
    <message>
        <source>&amp;Challenges:</source>
        <translation>I&amp;mbogamizi:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation>Yatanzwe ku &amp;wa:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Reports</source>
        <translation>Raporo</translation>
    </message>
    <message>
        <source>Quarterly joint supervision visit report</source>
        <translation>Raporo y&apos;urugendo rw&apos;igenzura rihuriweho rw&apos;igihembwe</translation>
    </message>
    <message>
        <source>District coordination meeting pack</source>
        <translation>Inyandiko z&apos;inama y&apos;ihuzabikorwa y&apos;akarere</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Incamake yo kwemezwa</translation>
    </message>
    <message>
        <source>Mentee certificate of validation</source>
        <translation>Icyemezo cy&apos;utozwa wemejwe</translation>
    </message>
    <message>
        <source>Monthly mentor report</source>
        <translation>Raporo y&apos;ukwezi y&apos;umutoza</translation>
    </message>
    <message>
        <source>Visit plan letter</source>
        <translation>Ibaruwa ya gahunda y&apos;urugendo</translation>
    </message>
    <message>
        <source>QI project pages</source>
        <translation>Impapuro z&apos;imishinga yo kunoza ireme</translation>
    </message>
    <message>
        <source>One hospital (or health center) with the units under it: visits, mentees, competencies, findings, QI, actions, escalations, indicator run charts and next steps.</source>
        <translation>Ibitaro bimwe (cyangwa ikigo nderabuzima kimwe) n&apos;inzego bikuriye: ingendo, abatozwa, ubumenyi, ibyagaragaye, kunoza ireme, ibikorwa, ibyoherejwe hejuru, run charts z&apos;ibipimo n&apos;intambwe zikurikira.</translation>
    </message>
    <message>
        <source>A summary by level (hospital, health centers, health posts, community), then each hospital&apos;s supervision report.</source>
        <translation>Incamake kuri buri rwego (ibitaro, ibigo nderabuzima, postes de santé, abaturage), hanyuma raporo y&apos;igenzura ya buri bitaro.</translation>
    </message>
    <message>
        <source>Mentees validated by professional association and fiscal year, and by technical area at health centers; for one facility&apos;s catchment if you choose one.</source>
        <translation>Abatozwa bemejwe hakurikijwe ishyirahamwe ry&apos;umwuga n&apos;umwaka w&apos;ingengo y&apos;imari, no hakurikijwe ishami ry&apos;ubuvuzi ku bigo nderabuzima; mu gace k&apos;ikigo kimwe niba ugihisemo.</translation>
    </message>
    <message>
        <source>One page per competency the mentee was validated in.</source>
        <translation>Urupapuro rumwe kuri buri bumenyi utozwa yemejwemo.</translation>
    </message>
    <message>
        <source>The mentor&apos;s report for the month beside what the office recorded, with the office&apos;s feedback.</source>
        <translation>Raporo y&apos;ukwezi y&apos;umutoza iruhande rw&apos;ibyo ibiro byanditse, hamwe n&apos;igisubizo cy&apos;ibiro.</translation>
    </message>
    <message>
        <source>To the facility&apos;s leadership: dates, mentors, what to prepare, staff to release.</source>
        <translation>Igenewe ubuyobozi bw&apos;ikigo: amatariki, abatoza, ibyo gutegura, abakozi bagomba kurekurwa.</translation>
    </message>
    <message>
        <source>One page per QI project active at the facility in the quarter.</source>
        <translation>Urupapuro rumwe kuri buri mushinga wo kunoza ireme ukorerwa mu kigo muri icyo gihembwe.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Andika igice cy&apos;izina</translation>
    </message>
    <message>
        <source>Type part of a validated mentee&apos;s name</source>
        <translation>Andika igice cy&apos;izina ry&apos;utozwa wemejwe</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Kora raporo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hagarika</translation>
    </message>
    <message>
        <source>Stop generating (Esc); no file is written</source>
        <translation>Hagarika ikorwa rya raporo (Esc); nta fayiri yandikwa</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Yabitswe nka %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>Urupapuro %n rwoherejwe kuri printer.</numerusform>
            <numerusform>Impapuro %n zoherejwe kuri printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raporo:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Utozwa:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>U&amp;mutoza:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>I&amp;gihe:</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>Amahitamo ntiyabashije gufunguka: %1</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Akarere:</translation>
    </message>
    <message>
        <source>&amp;Facility (optional):</source>
        <translation>I&amp;kigo (si ngombwa):</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Ibigo byose</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Hitamo akarere.</translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation>Hitamo ikigo.</translation>
    </message>
    <message>
        <source>Choose the mentee.</source>
        <translation>Hitamo utozwa.</translation>
    </message>
    <message>
        <source>Choose the mentor.</source>
        <translation>Hitamo umutoza.</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>Hitamo igihe.</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Birimo gukora %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Birimo guhagarika…</translation>
    </message>
    <message>
        <source>The report was written but cannot be shown here.</source>
        <translation>Raporo yanditswe ariko ntishobora kugaragarira hano.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ready: %n page(s), in %2 s. Save or print it from the preview.</source>
        <translation>
            <numerusform>%1 yateguwe: urupapuro %n, mu masegonda %2. Yibike cyangwa uyicape uhereye aho uyirebera.</numerusform>
            <numerusform>%1 yateguwe: impapuro %n, mu masegonda %2. Yibike cyangwa uyicape uhereye aho uyirebera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Byahagaritswe; nta fayiri yanditswe.</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Ntiyakozwe: %1</translation>
    </message>
    <message>
        <source>Report not generated</source>
        <translation>Raporo ntiyakozwe</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Shyiraho ijambo ry&apos;ibanga rishya rya {name}</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Ijambo ry&apos;ibanga ry&apos;&amp;agateganyo:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera uryandike:</translation>
    </message>
    <message>
        <source>The user must choose their own password at the next sign-in.</source>
        <translation>Ukoresha agomba kwihitiramo ijambo ry&apos;ibanga rye ubutaha yinjiye.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Inshingano za {name}</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>I&amp;nshingano:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Arakora (ashobora kwinjira)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>professional-association mentor</source>
        <translation>umutoza w&apos;ishyirahamwe ry&apos;abanyamwuga</translation>
    </message>
    <message>
        <source>district-based mentor</source>
        <translation>umutoza w&apos;akarere</translation>
    </message>
    <message>
        <source>health-center provider mentor</source>
        <translation>umutoza wo ku kigo nderabuzima</translation>
    </message>
    <message>
        <source>community mentor</source>
        <translation>umutoza wo mu baturage</translation>
    </message>
    <message>
        <source>a hospital</source>
        <translation>ibitaro</translation>
    </message>
    <message>
        <source>a health center</source>
        <translation>ikigo nderabuzima</translation>
    </message>
    <message>
        <source>a health post</source>
        <translation>poste de santé</translation>
    </message>
    <message>
        <source>a CHW group</source>
        <translation>itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>Choose either a facility or a CHW group.</source>
        <translation>Hitamo kimwe: ikigo cyangwa itsinda ry&apos;abajyanama b&apos;ubuzima.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Itariki yo kurangiza ({end}) iri mbere y&apos;itariki yo gutangira ({start}).</translation>
    </message>
    <message>
        <source>{mentor} is an inactive mentor; reactivate the mentor profile first.</source>
        <translation>{mentor} ni umutoza udakora; banza usubize umwirondoro we w&apos;umutoza mu bikora.</translation>
    </message>
    <message>
        <source>{mentor} is a {kind}: they mentor at {where}, not at {place} ({level}).</source>
        <translation>{mentor} ni {kind}: atoza muri {where}, si kuri {place} ({level}).</translation>
    </message>
    <message>
        <source>{hospital}&apos;s joint team already has a {association} mentor ({mentor}) in that period: one mentor per association.</source>
        <translation>Itsinda rihuriweho rya {hospital} risanzwe rifite umutoza wa {association} ({mentor}) muri icyo gihe: umutoza umwe kuri buri shyirahamwe.</translation>
    </message>
    <message>
        <source>A district-based mentor covers at most {limit} health centers at a time; {mentor} already covers {places}.</source>
        <translation>Umutoza w&apos;akarere akurikirana ibigo nderabuzima {limit} gusa icyarimwe; {mentor} asanzwe akurikirana {places}.</translation>
    </message>
    <message>
        <source>A health-center provider mentor covers at most {limit} health post at a time; {mentor} already covers {places}.</source>
        <translation>Umutoza wo ku kigo nderabuzima akurikirana poste de santé {limit} gusa icyarimwe; {mentor} asanzwe akurikirana {places}.</translation>
    </message>
    <message>
        <source>A {kind} covers at most {limit} places at a time; {mentor} already covers {places}.</source>
        <translation>{kind} akurikirana ahantu {limit} gusa icyarimwe; {mentor} asanzwe akurikirana {places}.</translation>
    </message>
    <message>
        <source>{mentor} is a {kind}; CHW groups are mentored by community mentors.</source>
        <translation>{mentor} ni {kind}; amatsinda y&apos;abajyanama b&apos;ubuzima atozwa n&apos;abatoza bo mu baturage.</translation>
    </message>
    <message>
        <source>{group} has {members} members; a CHW group mentored together has {low} to {high}.</source>
        <translation>{group} rifite abanyamuryango {members}; itsinda ry&apos;abajyanama b&apos;ubuzima ritozwa hamwe rigira abanyamuryango kuva kuri {low} kugeza kuri {high}.</translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} until {end}; end that assignment first.</source>
        <translation>{mentor} asanzwe ahawe uwo mwanya kuva {start} kugeza {end}; banza urangize uwo mwanya.</translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} with no end date; end that assignment first.</source>
        <translation>{mentor} asanzwe ahawe uwo mwanya kuva {start}, nta tariki yo kurangiza; banza urangize uwo mwanya.</translation>
    </message>
    <message>
        <source>{mentor} mentors in {areas}, not in {area}.</source>
        <translation>{mentor} atoza mu mashami {areas}, si muri {area}.</translation>
    </message>
    <message>
        <source>The end date {end} is before the assignment&apos;s start {start}.</source>
        <translation>Itariki yo kurangiza ({end}) iri mbere y&apos;itangira ry&apos;umwanya yahawe ({start}).</translation>
    </message>
    <message>
        <source>The code needs 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Kode igomba kugira kuva kuri 1 kugeza kuri 32 mu nyuguti, imibare, &apos;.&apos;, &apos;_&apos; cyangwa &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Give the facility&apos;s name.</source>
        <translation>Andika izina ry&apos;ikigo.</translation>
    </message>
    <message>
        <source>A DHIS2 identifier is 11 letters or digits, starting with a letter.</source>
        <translation>Ikiranga cya DHIS2 kigizwe n&apos;inyuguti cyangwa imibare 11, gitangirwa n&apos;inyuguti.</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>Kode {code} isanzwe ikoreshwa.</translation>
    </message>
    <message>
        <source>The DHIS2 identifier {uid} is already {facility}&apos;s.</source>
        <translation>Ikiranga cya DHIS2 {uid} gisanzwe ari icya {facility}.</translation>
    </message>
    <message>
        <source>Choose where the facility sits in the hierarchy.</source>
        <translation>Hitamo aho ikigo kibarizwa mu nzego.</translation>
    </message>
    <message>
        <source>A {level} sits under a {levels}, not under {parent}.</source>
        <translation>Urwego &quot;{level}&quot; rubarizwa munsi ya &quot;{levels}&quot;, si munsi ya {parent}.</translation>
    </message>
    <message>
        <source>This facility</source>
        <translation>Iki kigo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Ibarizwa muri</translation>
    </message>
    <message>
        <source>DHIS2 id</source>
        <translation>ID ya DHIS2</translation>
    </message>
    <message>
        <source>Upgraded health center</source>
        <translation>Ikigo nderabuzima cyazamuwe mu ntera</translation>
    </message>
    <message>
        <source>A facility cannot sit under itself.</source>
        <translation>Ikigo ntigishobora kubarizwa munsi yacyo ubwacyo.</translation>
    </message>
    <message>
        <source>Give the first name.</source>
        <translation>Andika izina bwite.</translation>
    </message>
    <message>
        <source>Give the last name.</source>
        <translation>Andika izina ry&apos;umuryango.</translation>
    </message>
    <message>
        <source>A phone number has digits only, e.g. +250 788 123 456.</source>
        <translation>Nomero ya telefone igizwe n&apos;imibare gusa, urugero: +250 788 123 456.</translation>
    </message>
    <message>
        <source>The staff code {code} is already used.</source>
        <translation>Nomero y&apos;umukozi {code} isanzwe ikoreshwa.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Uyu muntu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Izina bwite</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Izina ry&apos;umuryango</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Igitsina</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Icyiciro cy&apos;umwuga</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Impamyabumenyi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Nomero y&apos;umukozi</translation>
    </message>
    <message>
        <source>This person&apos;s posting</source>
        <translation>Aho uyu muntu akorera</translation>
    </message>
    <message>
        <source>This person is still posted at {facility}; record a transfer instead, so the earlier posting stays in the history.</source>
        <translation>Uyu muntu aracyakorera kuri {facility}; ahubwo andika ko yimuwe, kugira ngo aho yakoreraga mbere hagume mu mateka.</translation>
    </message>
    <message>
        <source>This person has no current posting.</source>
        <translation>Uyu muntu nta kigo akoreraho ubu.</translation>
    </message>
    <message>
        <source>The end date {end} is before the posting began ({start}).</source>
        <translation>Itariki yo kurangiza ({end}) iri mbere y&apos;uko atangira gukorera aho ({start}).</translation>
    </message>
    <message>
        <source>That is the facility they are posted at already.</source>
        <translation>Icyo ni cyo kigo asanzwe akoreraho.</translation>
    </message>
    <message>
        <source>not yet validated on any competency</source>
        <translation>ntaremezwa ku bumenyi na bumwe</translation>
    </message>
    <message>
        <source>already has a mentor profile</source>
        <translation>asanzwe afite umwirondoro w&apos;umutoza</translation>
    </message>
    <message>
        <source>has no current posting</source>
        <translation>nta kigo akoreraho ubu</translation>
    </message>
    <message>
        <source>works at a country: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>akorera ku rwego rw&apos;igihugu: nta rwego ruri munsi yarwo rwo gutoza (abatoza bo mu baturage batoranywa mu bakozi b&apos;ibigo nderabuzima)</translation>
    </message>
    <message>
        <source>works at a province: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>akorera ku rwego rw&apos;intara: nta rwego ruri munsi yarwo rwo gutoza (abatoza bo mu baturage batoranywa mu bakozi b&apos;ibigo nderabuzima)</translation>
    </message>
    <message>
        <source>works at a district: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>akorera ku rwego rw&apos;akarere: nta rwego ruri munsi yarwo rwo gutoza (abatoza bo mu baturage batoranywa mu bakozi b&apos;ibigo nderabuzima)</translation>
    </message>
    <message>
        <source>works at a health post: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>akorera kuri poste de santé: nta rwego ruri munsi yayo rwo gutoza (abatoza bo mu baturage batoranywa mu bakozi b&apos;ibigo nderabuzima)</translation>
    </message>
    <message>
        <source>{person} cannot become a mentor yet: {reasons}.</source>
        <translation>{person} ntarashobora kuba umutoza: {reasons}.</translation>
    </message>
    <message>
        <source>Professional-association mentors are appointed by their association, not promoted in the cascade.</source>
        <translation>Abatoza b&apos;amashyirahamwe y&apos;abanyamwuga bashyirwaho n&apos;ishyirahamwe ryabo, ntibazamurwa mu ruhererekane rw&apos;ubutoza.</translation>
    </message>
    <message>
        <source>The selection score is a percentage from 0 to 100.</source>
        <translation>Amanota yo gutoranywa ni ijanisha riri hagati ya 0 na 100.</translation>
    </message>
    <message>
        <source>The orientation theory score is a percentage from 0 to 100.</source>
        <translation>Amanota y&apos;inyigisho z&apos;amahugurwa y&apos;ibanze ni ijanisha riri hagati ya 0 na 100.</translation>
    </message>
    <message>
        <source>The orientation practical score is a percentage from 0 to 100.</source>
        <translation>Amanota y&apos;imyitozo y&apos;amahugurwa y&apos;ibanze ni ijanisha riri hagati ya 0 na 100.</translation>
    </message>
    <message>
        <source>Choose at least one technical area.</source>
        <translation>Hitamo nibura ishami rimwe ry&apos;ubuvuzi.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>igihugu</translation>
    </message>
    <message>
        <source>province</source>
        <translation>intara</translation>
    </message>
    <message>
        <source>district</source>
        <translation>akarere</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>ibitaro</translation>
    </message>
    <message>
        <source>health center</source>
        <translation>ikigo nderabuzima</translation>
    </message>
    <message>
        <source>health post</source>
        <translation>poste de santé</translation>
    </message>
    <message>
        <source> or </source>
        <translation> cyangwa </translation>
    </message>
    <message>
        <source>This DHIS2 mapping</source>
        <translation>Iri huza na DHIS2</translation>
    </message>
    <message>
        <source>&apos;{metric}&apos; is not a figure MentorOffice sends.</source>
        <translation>&apos;{metric}&apos; si umubare MentorOffice yohereza.</translation>
    </message>
    <message>
        <source>Only mentees reached and mentees validated are counted by technical area.</source>
        <translation>Abatozwa bagezweho n&apos;abatozwa bemejwe ni bo bonyine babarwa hakurikijwe ishami ry&apos;ubuvuzi.</translation>
    </message>
    <message>
        <source>There is no technical area {area}.</source>
        <translation>Nta shami ry&apos;ubuvuzi {area} ribaho.</translation>
    </message>
    <message>
        <source>This figure already has a mapping for {area}.</source>
        <translation>Uyu mubare usanzwe ufite ihuza rya {area}.</translation>
    </message>
    <message>
        <source>This figure already has a mapping.</source>
        <translation>Uyu mubare usanzwe ufite ihuza.</translation>
    </message>
    <message>
        <source>There is no facility with id {facility}.</source>
        <translation>Nta kigo gifite nomero {facility} kibaho.</translation>
    </message>
    <message>
        <source>The code is 2 to 32 capital letters, digits or _, starting with a letter (e.g. KMC_COVERAGE).</source>
        <translation>Kode igizwe n&apos;inyuguti nkuru, imibare cyangwa _ kuva kuri 2 kugeza kuri 32, itangirwa n&apos;inyuguti (urugero: KMC_COVERAGE).</translation>
    </message>
    <message>
        <source>There is already an indicator {code}.</source>
        <translation>Igipimo {code} gisanzwe kibaho.</translation>
    </message>
    <message>
        <source>Write the name.</source>
        <translation>Andika izina.</translation>
    </message>
    <message>
        <source>Write the numerator&apos;s definition.</source>
        <translation>Andika ibisobanuro by&apos;umubare w&apos;ibyagezweho.</translation>
    </message>
    <message>
        <source>Write the denominator&apos;s definition.</source>
        <translation>Andika ibisobanuro by&apos;umubare wose.</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>Izina ntirirenza inyuguti 200.</translation>
    </message>
    <message>
        <source>Say whether higher or lower is better.</source>
        <translation>Vuga niba hejuru ari byo byiza cyangwa hasi ari byo byiza.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>bifunguye</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>biri gukorwa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>byakozwe</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>byaretswe</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>byakiriwe</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>byakemutse</translation>
    </message>
    <message>
        <source>closed unresolved</source>
        <translation>byafunzwe bidakemutse</translation>
    </message>
    <message>
        <source>An action that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Igikorwa gihagaze &quot;{current}&quot; ntigishobora guhindurwa &quot;{wanted}&quot;; gishobora guhindurwa: {options}.</translation>
    </message>
    <message>
        <source>An escalation that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Icyoherejwe hejuru gihagaze &quot;{current}&quot; ntigishobora guhindurwa &quot;{wanted}&quot;; gishobora guhindurwa: {options}.</translation>
    </message>
    <message>
        <source>nothing: it is final</source>
        <translation>nta na kimwe, ni icya nyuma</translation>
    </message>
    <message>
        <source>Done on {on} is before the action was agreed ({agreed}).</source>
        <translation>Itariki cyakoreweho ({on}) iri mbere y&apos;itariki igikorwa cyemeranyijweho ({agreed}).</translation>
    </message>
    <message>
        <source>Say why the action is dropped.</source>
        <translation>Vuga impamvu igikorwa cyaretswe.</translation>
    </message>
    <message>
        <source>Resolved on {on} is before it was raised ({raised}).</source>
        <translation>Itariki cyakemukiyeho ({on}) iri mbere y&apos;itariki cyoherejweho hejuru ({raised}).</translation>
    </message>
    <message>
        <source>Say how it was resolved (the district&apos;s or ministry&apos;s response).</source>
        <translation>Vuga uko cyakemutse (igisubizo cy&apos;akarere cyangwa cya minisiteri).</translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation>Hitamo ikigo.</translation>
    </message>
    <message>
        <source>The finding was made at another facility.</source>
        <translation>Icyagaragaye cyabonetse mu kindi kigo.</translation>
    </message>
    <message>
        <source>The QI project belongs to another facility.</source>
        <translation>Umushinga wo kunoza ireme ni uw&apos;ikindi kigo.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Vuga igikwiye gukorwa.</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>Vuga izina ry&apos;umuntu ubishinzwe.</translation>
    </message>
    <message>
        <source>That person is not in the registry.</source>
        <translation>Uwo muntu ntari mu gitabo cy&apos;ibiro.</translation>
    </message>
    <message>
        <source>The due date {due} has already passed: agree a date still ahead.</source>
        <translation>Itariki ntarengwa ({due}) yamaze kurenga: mwemeranye ku itariki itaragera.</translation>
    </message>
    <message>
        <source>The day it was agreed, {day}, is still ahead.</source>
        <translation>Umunsi cyemeranyijweho, {day}, ntiruragera.</translation>
    </message>
    <message>
        <source>The due date {due} is before the day it was agreed ({agreed}).</source>
        <translation>Itariki ntarengwa ({due}) iri mbere y&apos;umunsi igikorwa cyemeranyijweho ({agreed}).</translation>
    </message>
    <message>
        <source>An escalation goes beyond the facility, to the district or the ministry; a facility&apos;s own gap becomes an action item.</source>
        <translation>Icyoherejwe hejuru kirenga ikigo, kikajya ku karere cyangwa kuri minisiteri; icyuho cy&apos;ikigo ubwacyo gihinduka igikorwa.</translation>
    </message>
    <message>
        <source>Describe the gap.</source>
        <translation>Sobanura icyuho.</translation>
    </message>
    <message>
        <source>Name who at that level owns it (an office or a person).</source>
        <translation>Vuga ubishinzwe kuri urwo rwego (ibiro cyangwa umuntu).</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>Itariki {day} ntiragera.</translation>
    </message>
    <message>
        <source>This QI project</source>
        <translation>Uyu mushinga wo kunoza ireme</translation>
    </message>
    <message>
        <source>This PDSA cycle</source>
        <translation>Iki cyiciro cya PDSA</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>biteganyijwe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>birakorwa</translation>
    </message>
    <message>
        <source>sustaining</source>
        <translation>birimo kubungabungwa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>byafunzwe</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>byatereranywe</translation>
    </message>
    <message>
        <source>Give the project a short title.</source>
        <translation>Ha umushinga umutwe mugufi.</translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation>Umutwe ntugomba kurenza inyuguti 200.</translation>
    </message>
    <message>
        <source>That indicator does not exist.</source>
        <translation>Icyo gipimo ntikibaho.</translation>
    </message>
    <message>
        <source>An active project needs its aim: what will improve, by how much, by when.</source>
        <translation>Umushinga ukorwa ukenera intego yawo: ikizanozwa, ku kihe kigero, n&apos;igihe ntarengwa.</translation>
    </message>
    <message>
        <source>An active project needs a measure (an indicator when there is one).</source>
        <translation>Umushinga ukorwa ukenera uburyo bwo gupima (igipimo iyo gihari).</translation>
    </message>
    <message>
        <source>A QI project that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Umushinga wo kunoza ireme uhagaze &quot;{current}&quot; ntushobora guhindurwa &quot;{wanted}&quot;; ushobora guhindurwa: {options}.</translation>
    </message>
    <message>
        <source>This finding already started the QI project &apos;{project}&apos;.</source>
        <translation>Iki cyagaragaye cyamaze gutangiza umushinga wo kunoza ireme &apos;{project}&apos;.</translation>
    </message>
    <message>
        <source>Write the cause.</source>
        <translation>Andika impamvu.</translation>
    </message>
    <message>
        <source>A 5-whys chain stops at the {whys}th why: act on the root cause found.</source>
        <translation>Urukurikirane rwa &apos;kubera iki&apos; 5 ruhagarara kuri &apos;kubera iki&apos; ya {whys}: kora ku mpamvu-muzi yabonetse.</translation>
    </message>
    <message>
        <source>Remove the deeper whys of this cause first.</source>
        <translation>Banza usibe ibisubizo bya &apos;kubera iki&apos; biri munsi y&apos;iyi mpamvu.</translation>
    </message>
    <message>
        <source>Write the change idea.</source>
        <translation>Andika igitekerezo cy&apos;impinduka.</translation>
    </message>
    <message>
        <source>Write the plan: what change, tried where, by whom, and what you predict.</source>
        <translation>Andika gahunda: impinduka iyihe, igeragezwa he, na nde, n&apos;ibyo mwiteze.</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>Icyiciro ntigishobora kurangira mbere y&apos;uko gitangira.</translation>
    </message>
    <message>
        <source>Act on what the study showed: write the study first.</source>
        <translation>Fata icyemezo hashingiwe ku byo isuzuma ryerekanye: banza wandike isuzuma.</translation>
    </message>
    <message>
        <source>That change idea belongs to another project.</source>
        <translation>Icyo gitekerezo cy&apos;impinduka ni icy&apos;undi mushinga.</translation>
    </message>
    <message>
        <source>Choose the mentor who made the contact.</source>
        <translation>Hitamo umutoza wakoze ikurikirana.</translation>
    </message>
    <message>
        <source>Say what the contact was about.</source>
        <translation>Vuga icyo ikurikirana ryari rigamije.</translation>
    </message>
    <message>
        <source>Keep the topic under 200 characters; put the rest in the notes.</source>
        <translation>Ingingo ntigomba kurenza inyuguti 200; ibindi ubishyire mu byitonderwa.</translation>
    </message>
    <message>
        <source>That mentee is not in the registry.</source>
        <translation>Uwo utozwa ntari mu gitabo cy&apos;ibiro.</translation>
    </message>
    <message>
        <source>That facility is not in the registry.</source>
        <translation>Icyo kigo ntikiri mu gitabo cy&apos;ibiro.</translation>
    </message>
    <message>
        <source>Say which mentee or facility was contacted.</source>
        <translation>Vuga utozwa cyangwa ikigo cyakurikiranywe.</translation>
    </message>
    <message>
        <source>This debriefing</source>
        <translation>Iri suzuma rusange</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Iyi raporo</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a project; it cannot be removed.</source>
        <translation>Icyagaragaye &apos;{finding}&apos; cyatangije umushinga; ntigishobora gusibwa.</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a action; it cannot be removed.</source>
        <translation>Icyagaragaye &apos;{finding}&apos; cyatangije igikorwa; ntigishobora gusibwa.</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a escalation; it cannot be removed.</source>
        <translation>Icyagaragaye &apos;{finding}&apos; cyoherejwe hejuru; ntigishobora gusibwa.</translation>
    </message>
    <message>
        <source>Record the visit first: a debriefing closes a visit that took place.</source>
        <translation>Banza wandike urugendo: isuzuma rusange risoza urugendo rwabaye.</translation>
    </message>
    <message>
        <source>The debriefing ({held_on}) cannot come before the visit started ({started}).</source>
        <translation>Isuzuma rusange ({held_on}) ntirishobora kuba mbere y&apos;uko urugendo rutangira ({started}).</translation>
    </message>
    <message>
        <source>Finding {finding} is not part of this debriefing.</source>
        <translation>Icyagaragaye {finding} ntikiri muri iri suzuma rusange.</translation>
    </message>
    <message>
        <source>Choose the mentor whose report this is.</source>
        <translation>Hitamo umutoza nyir&apos;iyi raporo.</translation>
    </message>
    <message>
        <source>Visits done cannot be negative.</source>
        <translation>Umubare w&apos;ingendo zakozwe ntushobora kuba munsi ya zeru.</translation>
    </message>
    <message>
        <source>Mentees assessed cannot be negative.</source>
        <translation>Umubare w&apos;abatozwa basuzumwe ntushobora kuba munsi ya zeru.</translation>
    </message>
    <message>
        <source>Validations cannot be negative.</source>
        <translation>Umubare w&apos;abemejwe ntushobora kuba munsi ya zeru.</translation>
    </message>
    <message>
        <source>More validations than mentees assessed: a validation comes from an assessment.</source>
        <translation>Abemejwe baruta abatozwa basuzumwe: kwemezwa guturuka ku isuzuma.</translation>
    </message>
    <message>
        <source>A report cannot be submitted before the month it reports on begins.</source>
        <translation>Raporo ntishobora gutangwa mbere y&apos;uko ukwezi ivugaho gutangira.</translation>
    </message>
    <message>
        <source>Write the feedback to send to the mentor.</source>
        <translation>Andika igisubizo cyo koherereza umutoza.</translation>
    </message>
    <message>
        <source>Feedback on {on} comes before the report was submitted ({submitted}).</source>
        <translation>Igisubizo cyo ku wa {on} kiri mbere y&apos;uko raporo itangwa ({submitted}).</translation>
    </message>
    <message>
        <source>entry meeting</source>
        <translation>inama itangiza</translation>
    </message>
    <message>
        <source>data review</source>
        <translation>isesengura ry&apos;amakuru</translation>
    </message>
    <message>
        <source>ldhf session</source>
        <translation>isomo rya LDHF</translation>
    </message>
    <message>
        <source>case observation</source>
        <translation>kwitegereza uko umurwayi yitabwaho</translation>
    </message>
    <message>
        <source>ward round</source>
        <translation>gusura abarwayi</translation>
    </message>
    <message>
        <source>bedside teaching</source>
        <translation>kwigishiriza ku buriri bw&apos;umurwayi</translation>
    </message>
    <message>
        <source>debriefing</source>
        <translation>isuzuma rusange</translation>
    </message>
    <message>
        <source>The {activity} is dated {held_on}, outside the visit ({start} to {end}).</source>
        <translation>Igikorwa &quot;{activity}&quot; cyanditsweho itariki {held_on}, iri hanze y&apos;igihe cy&apos;urugendo ({start} kugeza {end}).</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved.</source>
        <translation>Urugendo ruteganyijwe ni rwo rwonyine rushobora kwimurwa.</translation>
    </message>
    <message>
        <source>{days} days from {start} include a weekend or a holiday.</source>
        <translation>Iminsi {days} uhereye ku wa {start} irimo impera z&apos;icyumweru cyangwa umunsi w&apos;ikiruhuko.</translation>
    </message>
    <message>
        <source>A mentor of this visit is planned elsewhere then: {clashes}.</source>
        <translation>Umwe mu batoza b&apos;uru rugendo ateganyijwe ahandi icyo gihe: {clashes}.</translation>
    </message>
    <message>
        <source>The visit cannot end before it starts.</source>
        <translation>Urugendo ntirushobora kurangira mbere y&apos;uko rutangira.</translation>
    </message>
    <message>
        <source>{day} is in the future: record a visit once it has happened.</source>
        <translation>Itariki {day} ntiragera: andika urugendo rumaze kuba.</translation>
    </message>
    <message>
        <source>Say why the visit did not happen.</source>
        <translation>Vuga impamvu urugendo rutabaye.</translation>
    </message>
    <message>
        <source>A case observation is recorded only when the patient gave explicit consent. Tick &apos;Patient consented&apos; or do not record the observation.</source>
        <translation>Kwitegereza uko umurwayi yitabwaho byandikwa gusa iyo umurwayi yabyemeye ku mugaragaro. Emeza &apos;Umurwayi yabyemeye&apos; cyangwa ntiwandike uko kwitegereza.</translation>
    </message>
    <message>
        <source>Give the LDHF session&apos;s topic.</source>
        <translation>Andika ingingo y&apos;isomo rya LDHF.</translation>
    </message>
    <message>
        <source>Attendees cannot be negative.</source>
        <translation>Umubare w&apos;abitabiriye ntushobora kuba munsi ya zeru.</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Uru rugendo</translation>
    </message>
    <message>
        <source>The calendar changed since this plan was proposed (someone planned or moved a visit). Propose the plan again.</source>
        <translation>Kalendari yahindutse nyuma y&apos;uko iyi gahunda itegurwa (hari uwateganyije cyangwa wimuye urugendo). Ongera utegure gahunda.</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Iri suzuma</translation>
    </message>
    <message>
        <source>This coaching plan</source>
        <translation>Iyi gahunda yo gutoza</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ushinzwe gucunga porogaramu</translation>
    </message>
    <message>
        <source>QI staff</source>
        <translation>ushinzwe kunoza ireme</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>umugenzuzi</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>umutoza</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>ureba gusa</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this. Nothing was saved: ask the office&apos;s administrator.</source>
        <translation>{user} ({role}) ntiyemerewe gukora ibi. Nta cyabitswe: baza ushinzwe gucunga porogaramu mu biro.</translation>
    </message>
    <message>
        <source>The token &apos;{user}&apos; was not made for this. Nothing was saved.</source>
        <translation>Token &apos;{user}&apos; ntiyakorewe ibi. Nta cyabitswe.</translation>
    </message>
    <message>
        <source>{user} may correct only the assessments they entered.</source>
        <translation>{user} ashobora gukosora gusa isuzuma yanditse ubwe.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Nothing was saved: sign in first.</source>
        <translation>Nta muntu winjiye. Nta cyabitswe: banza winjire.</translation>
    </message>
    <message>
        <source>{what} was changed on another PC since you opened it. Nothing was saved: reload it to see the change, then make yours again.</source>
        <translation>{what}: byahinduriwe ku yindi mudasobwa nyuma y&apos;uko ubifungura. Nta cyabitswe: ongera ufungure urebe impinduka, hanyuma wongere ukore izawe.</translation>
    </message>
    <message>
        <source>{label} is now “{value}”.</source>
        <translation>{label}: ubu ni “{value}”.</translation>
    </message>
    <message>
        <source>Another PC saved the same record at the same moment. Nothing was saved: reload to see their change, then make yours again if it is still needed.</source>
        <translation>Indi mudasobwa yabitse iyo nyandiko nyine mu gihe kimwe. Nta cyabitswe: ongera ufungure urebe impinduka yayo, hanyuma wongere ukore iyawe niba igikenewe.</translation>
    </message>
    <message>
        <source>The database is busy with a change from another PC. Nothing was saved: try again in a moment.</source>
        <translation>Ububiko bw&apos;amakuru burahuze kubera impinduka iturutse ku yindi mudasobwa. Nta cyabitswe: ongera ugerageze mu kanya gato.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Iyi nyandiko</translation>
    </message>
    <message>
        <source>This action</source>
        <translation>Iki gikorwa</translation>
    </message>
    <message>
        <source>This escalation</source>
        <translation>Iki cyoherejwe hejuru</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Amagambo y&apos;ibanga yombi ntahuye: andika iryo nyine inshuro ebyiri.</translation>
    </message>
    <message>
        <source>This office has users: say who acts with --user NAME (the password is asked), or give a scheduled task&apos;s token with --token or MENTOROFFICE_TOKEN.</source>
        <translation>Ibiro bifite abakoresha: vuga ukora ukoresheje --user NAME (ijambo ry&apos;ibanga rirabazwa), cyangwa utange token y&apos;umurimo wikora ukoresheje --token cyangwa MENTOROFFICE_TOKEN.</translation>
    </message>
    <message>
        <source>That token is not one of this office&apos;s: ask the administrator for a new one.</source>
        <translation>Iyo token si iy&apos;ibi biro: saba ushinzwe gucunga porogaramu indi nshya.</translation>
    </message>
    <message>
        <source>That user name and password do not match an active user.</source>
        <translation>Iryo zina ryo kwinjira n&apos;iryo jambo ry&apos;ibanga ntibihuye na konti n&apos;imwe ikora.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait {seconds} seconds, then try again.</source>
        <translation>Wagerageje kenshi bikanga: tegereza amasegonda {seconds}, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>A password needs at least {length} characters.</source>
        <translation>Ijambo ry&apos;ibanga rigomba kugira nibura inyuguti {length}.</translation>
    </message>
    <message>
        <source>Choose a password different from the one you were given.</source>
        <translation>Hitamo ijambo ry&apos;ibanga ritandukanye n&apos;iryo wahawe.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>Izina ryo kwinjira {name} risanzwe rikoreshwa.</translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots or dashes.</source>
        <translation>Izina ryo kwinjira rigizwe n&apos;inyuguti, imibare, utudomo (.) cyangwa uturongo (-), biri hagati ya 2 na 40.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Andika izina ry&apos;umuntu.</translation>
    </message>
    <message>
        <source>This office already has its administrator: sign in.</source>
        <translation>Ibi biro bisanzwe bifite ushinzwe gucunga porogaramu: injira.</translation>
    </message>
    <message>
        <source>The office must keep one active administrator.</source>
        <translation>Ibiro bigomba kugumana nibura ushinzwe gucunga porogaramu umwe ukora.</translation>
    </message>
    <message>
        <source>The window locks after {low} to {high} minutes idle.</source>
        <translation>Idirishya rifungwa nyuma y&apos;iminota iri hagati ya {low} na {high} ridakoreshwa.</translation>
    </message>
    <message>
        <source>A token is for backups, reports or exports only.</source>
        <translation>Token ikoreshwa gusa mu gukora kopi z&apos;ububiko, raporo cyangwa kohereza amakuru hanze.</translation>
    </message>
    <message>
        <source>This programme</source>
        <translation>Iyi gahunda</translation>
    </message>
    <message>
        <source>Give the programme a code and a name.</source>
        <translation>Ha gahunda kode n&apos;izina.</translation>
    </message>
    <message>
        <source>A mentor covers at least one place.</source>
        <translation>Umutoza akurikirana nibura ahantu hamwe.</translation>
    </message>
    <message>
        <source>There is no technical area {areas}.</source>
        <translation>Nta shami rya tekiniki {areas} rihari.</translation>
    </message>
    <message>
        <source>A visit lasts at least 1 day, and its longest length is not below its shortest ({low} to {high} days).</source>
        <translation>Urugendo rumara nibura umunsi 1, kandi igihe cyarwo kirekire ntikiba munsi y&apos;igihe gito (iminsi {low} kugeza kuri {high}).</translation>
    </message>
    <message>
        <source>The interval between visits needs both its shortest and longest number of weeks, the shortest at least 1 and not above the longest.</source>
        <translation>Igihe kiri hagati y&apos;ingendo gikenera umubare muto n&apos;umubare munini w&apos;ibyumweru; umuto ukaba nibura 1 kandi utarenze umunini.</translation>
    </message>
    <message>
        <source>Visits every so many weeks need the interval in weeks.</source>
        <translation>Ingendo zikorwa buri byumweru runaka zikenera igihe kiri hagati yazo mu byumweru.</translation>
    </message>
    <message>
        <source>A visit once a quarter needs the quarter&apos;s month: 1, 2 or 3.</source>
        <translation>Urugendo rumwe mu gihembwe rukenera ukwezi kw&apos;igihembwe: 1, 2 cyangwa 3.</translation>
    </message>
    <message>
        <source>{programme} is the office&apos;s default programme: make another programme the default first.</source>
        <translation>{programme} ni gahunda y&apos;ibanze y&apos;ibiro: banza ugire indi gahunda iy&apos;ibanze.</translation>
    </message>
    <message>
        <source>{assessor} is not an active mentor: a mentor of {area} scores this checklist.</source>
        <translation>{assessor} si umutoza ukora: iyi lisiti y&apos;igenzura itangirwa amanota n&apos;umutoza wo mu ishami rya {area}.</translation>
    </message>
    <message>
        <source>{assessor} mentors in {areas}, not in {area}.</source>
        <translation>{assessor} atoza mu mashami {areas}, si muri {area}.</translation>
    </message>
    <message>
        <source>{mentee} was not posted at {facility} on {day}.</source>
        <translation>{mentee} ntiyakoreraga kuri {facility} ku wa {day}.</translation>
    </message>
    <message>
        <source>{place} has two visits on {day}: {kind} and {other}.</source>
        <translation>{place} ifite ingendo ebyiri ku wa {day}: {kind} na {other}.</translation>
    </message>
    <message>
        <source>{mentor} is planned in two places on {day}: {place} and {other}.</source>
        <translation>{mentor} ateganyijwe ahantu habiri ku wa {day}: {place} na {other}.</translation>
    </message>
    <message>
        <source>{place}: {days} days from the visit of {previous} to the one of {day}; {programme} comes back every {low} to {high} weeks.</source>
        <translation>{place}: iminsi {days} hagati y&apos;urugendo rwo ku wa {previous} n&apos;urwo ku wa {day}; {programme} igaruka buri byumweru {low} kugeza kuri {high}.</translation>
    </message>
    <message>
        <source>{place}: the visit of {day} was recorded with {recorded} working days; {planned} were planned.</source>
        <translation>{place}: urugendo rwo ku wa {day} rwanditswe rufite iminsi y&apos;akazi {recorded}; hari hateganyijwe {planned}.</translation>
    </message>
    <message>
        <source>the joint team&apos;s visit</source>
        <translation>urugendo rw&apos;itsinda rihuriweho</translation>
    </message>
    <message>
        <source>a health-center visit</source>
        <translation>urugendo ku kigo nderabuzima</translation>
    </message>
    <message>
        <source>a health-post visit</source>
        <translation>urugendo kuri poste de santé</translation>
    </message>
    <message>
        <source>a CHW group visit</source>
        <translation>urugendo ku itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>the joint supervision</source>
        <translation>igenzura rihuriweho</translation>
    </message>
    <message>
        <source>a baseline assessment</source>
        <translation>isuzuma ry&apos;ibanze</translation>
    </message>
</context>
<context>
    <name>RunChartPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Andika igice cy&apos;izina</translation>
    </message>
    <message>
        <source> months</source>
        <translation> amezi</translation>
    </message>
    <message>
        <source>Choose a facility and an indicator.</source>
        <translation>Hitamo ikigo n&apos;igipimo.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Ibimenyetso</translation>
    </message>
    <message>
        <source>QI changes</source>
        <translation>Impinduka zo kunoza ireme</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Ikigo:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>I&amp;gipimo:</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Kugeza:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Mu gihe cya:</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Signals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ibi&amp;menyetso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;QI &amp;changes tested&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impinduka zo kunoza ireme &amp;zageragejwe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Ntibyabashije gufunguka: %1</translation>
    </message>
    <message>
        <source>Monthly value (%)</source>
        <translation>Agaciro ka buri kwezi (%)</translation>
    </message>
    <message>
        <source>Median %1%</source>
        <translation>Mediyani %1%</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Ijanisha</translation>
    </message>
    <message>
        <source>Change tested (PDSA cycle start)</source>
        <translation>Impinduka yageragejwe (itangira ry&apos;icyiciro cya PDSA)</translation>
    </message>
    <message>
        <source>No values for this indicator in these months.</source>
        <translation>Nta gaciro k&apos;iki gipimo muri aya mezi.</translation>
    </message>
    <message>
        <source>Shift (6+ points on one side)</source>
        <translation>Shift (utudomo 6+ ku ruhande rumwe)</translation>
    </message>
    <message>
        <source>Trend (5+ points up or down)</source>
        <translation>Trend (utudomo 5+ tuzamuka cyangwa tumanuka)</translation>
    </message>
    <message>
        <source>Astronomical point</source>
        <translation>Akadomo kadasanzwe (astronomical point)</translation>
    </message>
    <message>
        <source>Unusually long run (Anhøj)</source>
        <translation>Run ndende bidasanzwe (Anhøj)</translation>
    </message>
    <message>
        <source>No signal: the variation looks random (common cause).</source>
        <translation>Nta kimenyetso: ihindagurika risa n&apos;iry&apos;impanuka (common cause).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No PDSA cycle of this facility&apos;s QI projects measured by this indicator in these months.</source>
        <translation>Nta cyiciro cya PDSA cy&apos;imishinga yo kunoza ireme y&apos;iki kigo cyapimwe n&apos;iki gipimo muri aya mezi.</translation>
    </message>
    <message>
        <source>No values from %1 to %2.</source>
        <translation>Nta gaciro kuva %1 kugeza %2.</translation>
    </message>
    <message>
        <source>Median %1% over %2 months, %3 to %4.</source>
        <translation>Mediyani %1% mu mezi %2, kuva %3 kugeza %4.</translation>
    </message>
    <message>
        <source>%1 month(s) without cases left out.</source>
        <translation>Amezi %1 atagira ibyabaye ntiyabariwemo.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The token {name}</source>
        <translation>Token {name}</translation>
    </message>
    <message>
        <source>Copy this secret into the scheduled task now (its --token option). MentorOffice does not store it and cannot show it again: if it is lost, make a new token.</source>
        <translation>Kopa iri banga ubu urishyire mu murimo wikora (ahagenewe --token). MentorOffice ntiribika kandi ntishobora kongera kuryerekana: niritakara, kora indi token.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopa</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Byakopwe</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Shakisha:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ohereza ha&amp;nze…</translation>
    </message>
    <message>
        <source>Save the whole list, as searched, to an Excel workbook or a CSV file</source>
        <translation>Bika urutonde rwose, uko rwashakishijwe, muri fayiri ya Excel cyangwa CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Ntibirafunguka</translation>
    </message>
    <message>
        <source>The list could not be loaded. {message} Press F5 to try again.</source>
        <translation>Urutonde ntirwabashije gufunguka. {message} Kanda F5 wongere ugerageze.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>MentorOffice is locked</source>
        <translation>MentorOffice irafunze</translation>
    </message>
    <message>
        <source>Sign in to MentorOffice</source>
        <translation>Injira muri MentorOffice</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Izina ryo kwinjira:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ijambo ry&apos;i&amp;banga:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Ijambo ry&apos;ibanga ri&amp;shya:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera uryandike:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Inji&amp;ra</translation>
    </message>
    <message>
        <source>The administrator set this password: choose your own now.</source>
        <translation>Iri jambo ry&apos;ibanga ryashyizweho n&apos;ushinzwe gucunga porogaramu: hitamo iryawe ubu.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>This database is already open in MentorOffice for the user {user} on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation>Ubu bubiko bw&apos;amakuru busanzwe bufunguye muri MentorOffice ku mukoresha {user} kuri mudasobwa {host} (porogaramu {pid}). Idirishya rimwe gusa ni ryo rishobora gukoresha ububiko bw&apos;amakuru icyarimwe: banza uwufunge aho, cyangwa ubaze ubukoresha.</translation>
    </message>
    <message>
        <source>This database is already open in MentorOffice on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation>Ubu bubiko bw&apos;amakuru busanzwe bufunguye muri MentorOffice kuri mudasobwa {host} (porogaramu {pid}). Idirishya rimwe gusa ni ryo rishobora gukoresha ububiko bw&apos;amakuru icyarimwe: banza uwufunge aho, cyangwa ubaze ubukoresha.</translation>
    </message>
    <message>
        <source>MentorOffice is already open</source>
        <translation>MentorOffice isanzwe ifunguye</translation>
    </message>
</context>
<context>
    <name>StartProjectDialog</name>
    <message>
        <source>Start a QI project from a finding</source>
        <translation>Tangiza umushinga wo kunoza ireme uhereye ku cyagaragaye</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Icyagaragaye:</translation>
    </message>
    <message>
        <source>Project &amp;title:</source>
        <translation>&amp;Umutwe w&apos;umushinga:</translation>
    </message>
    <message>
        <source>&amp;Start project</source>
        <translation>&amp;Tangiza umushinga</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Make a token for scheduled tasks</source>
        <translation>Kora token y&apos;imirimo yikora</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Izina:</translation>
    </message>
    <message>
        <source>e.g. nightly-backup</source>
        <translation>urugero: kopi-ya-nijoro</translation>
    </message>
    <message>
        <source>It may:</source>
        <translation>Uburenganzira:</translation>
    </message>
    <message>
        <source>&amp;Make token</source>
        <translation>&amp;Kora token</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Users</source>
        <translation>Abakoresha</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Izina ryo kwinjira</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Arakora</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Agomba guhindura ijambo ry&apos;ibanga</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ongeraho ukoresha…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Ijambo ry&apos;ibanga &amp;rishya…</translation>
    </message>
    <message>
        <source>Change role or &amp;deactivate…</source>
        <translation>Hindura inshingano cyangwa &amp;hagarika…</translation>
    </message>
    <message>
        <source>Make a &amp;token for scheduled tasks…</source>
        <translation>Kora &amp;token y&apos;imirimo yikora…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this long without a key or a click (from the next sign-in):</source>
        <translation>&amp;Funga idirishya nyuma y&apos;iki gihe nta rufunguzo cyangwa imbeba bikanzwe (guhera ubutaha winjiye):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Birimo gufunguka…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Oya</translation>
    </message>
    <message>
        <source>Each user signs in with their own name and password; their role decides what they may change.</source>
        <translation>Buri ukoresha yinjira akoresheje izina rye n&apos;ijambo ry&apos;ibanga rye; inshingano ze ni zo zigena ibyo ashobora guhindura.</translation>
    </message>
    <message>
        <source>The users could not be listed: {reason}</source>
        <translation>Urutonde rw&apos;abakoresha ntirwabashije gufunguka: {reason}</translation>
    </message>
    <message>
        <source>Added {name}: they choose their own password at the first sign-in.</source>
        <translation>{name} yongeweho: azihitiramo ijambo ry&apos;ibanga rye ubwa mbere yinjiye.</translation>
    </message>
    <message>
        <source>Reset the password of {name}.</source>
        <translation>Ijambo ry&apos;ibanga rishya rya {name} ryashyizweho.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} yabitswe.</translation>
    </message>
    <message>
        <source>Made the token {name}.</source>
        <translation>Token {name} yakozwe.</translation>
    </message>
    <message>
        <source>The window now locks after {minutes} minutes idle.</source>
        <translation>Ubu idirishya rizajya rifungwa nyuma y&apos;iminota {minutes} ridakoreshwa.</translation>
    </message>
</context>
<context>
    <name>ValuesGrid</name>
    <message>
        <source>Indicator values</source>
        <translation>Agaciro k&apos;ibipimo</translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+urundi %n</numerusform>
            <numerusform>+izindi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>Record visit: %1</source>
        <translation>Andika urugendo: %1</translation>
    </message>
    <message>
        <source>%1 · planned %2</source>
        <translation>%1 · rwateganyijwe %2</translation>
    </message>
    <message>
        <source>Held &amp;from:</source>
        <translation>Rwabaye &amp;kuva:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>ku&amp;geza:</translation>
    </message>
    <message>
        <source>Mentors present</source>
        <translation>Abatoza bari bahari</translation>
    </message>
    <message>
        <source>No mentors are planned on this visit.</source>
        <translation>Nta mutoza uteganyijwe muri uru rugendo.</translation>
    </message>
    <message>
        <source>Activities already recorded</source>
        <translation>Ibikorwa byamaze kwandikwa</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Siba igikorwa</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Bizasibwa nubika</translation>
    </message>
    <message>
        <source>Follow-up contacts with this facility between visits</source>
        <translation>Ikurikirana ry&apos;iki kigo hagati y&apos;ingendo</translation>
    </message>
    <message>
        <source>Add follow-&amp;up contact…</source>
        <translation>&amp;Ongeraho ikurikirana…</translation>
    </message>
    <message>
        <source>No follow-up contact recorded yet.</source>
        <translation>Nta kurikirana riranditswe.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Visit planning</source>
        <translation>Gutegura ingendo</translation>
    </message>
    <message>
        <source>QI projects</source>
        <translation>Imishinga yo kunoza ireme</translation>
    </message>
    <message>
        <source>Actions and escalations</source>
        <translation>Ibikorwa n&apos;ibyoherejwe hejuru</translation>
    </message>
    <message>
        <source>Mentor reports</source>
        <translation>Raporo z&apos;abatoza</translation>
    </message>
    <message>
        <source>QI project</source>
        <translation>Umushinga wo kunoza ireme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Icyoherejwe hejuru</translation>
    </message>
    <message>
        <source>Joint team (hospital)</source>
        <translation>Itsinda rihuriweho (ibitaro)</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Ikigo nderabuzima</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Itsinda ry&apos;abajyanama b&apos;ubuzima</translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation>Igenzura rihuriweho</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Isuzuma fatizo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ntibyakozwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Byasubitswe</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ntibyanditswe</translation>
    </message>
    <message>
        <source>Entry meeting</source>
        <translation>Inama itangiza</translation>
    </message>
    <message>
        <source>Data review</source>
        <translation>Isesengura ry&apos;amakuru</translation>
    </message>
    <message>
        <source>LDHF session</source>
        <translation>Isomo rya LDHF</translation>
    </message>
    <message>
        <source>Case observation</source>
        <translation>Kwitegereza uko umurwayi yitabwaho</translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation>Gusura abarwayi</translation>
    </message>
    <message>
        <source>Bedside teaching</source>
        <translation>Kwigishiriza ku buriri bw&apos;umurwayi</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Isuzuma rusange nyuma y&apos;urugendo</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Utozwa</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Abayobozi</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Itsinda ryo kunoza ireme</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Umutoza</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Abandi bakozi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Teleconference</source>
        <translation>Inama ikoresheje telefone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Arakora</translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation>Birimo kubungabungwa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Byatereranywe</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Abakozi</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Uburyo bw&apos;imikorere</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ibikoresho</translation>
    </message>
    <message>
        <source>Supplies and drugs</source>
        <translation>Ibikoreshwa n&apos;imiti</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Aho akazi gakorerwa</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Abarwayi</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Gupima</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Imiyoborere</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Biri gukorwa</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Byaretswe</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Akarere</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Minisiteri</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Umubare w&apos;abakozi</translation>
    </message>
    <message>
        <source>Drugs and supplies</source>
        <translation>Imiti n&apos;ibikoreshwa</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Ibikorwa remezo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ikindi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Byakemutse</translation>
    </message>
    <message>
        <source>Closed unresolved</source>
        <translation>Byafunzwe bidakemutse</translation>
    </message>
    <message>
        <source>Joint team</source>
        <translation>Itsinda rihuriweho</translation>
    </message>
    <message>
        <source>District-based</source>
        <translation>Uwo ku karere</translation>
    </message>
    <message>
        <source>&amp;Entry meeting</source>
        <translation>&amp;Inama itangiza</translation>
    </message>
    <message>
        <source>Data re&amp;view</source>
        <translation>Isesengura ry&apos;&amp;amakuru</translation>
    </message>
    <message>
        <source>LD&amp;HF session</source>
        <translation>Isomo rya LD&amp;HF</translation>
    </message>
    <message>
        <source>Case o&amp;bservation</source>
        <translation>K&amp;witegereza uko umurwayi yitabwaho</translation>
    </message>
    <message>
        <source>&amp;Ward round</source>
        <translation>Gu&amp;sura abarwayi</translation>
    </message>
    <message>
        <source>Bedside te&amp;aching</source>
        <translation>Kwigishiriza ku &amp;buriri bw&apos;umurwayi</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>%v of %m rows</source>
        <translation>Imirongo %v kuri %m</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Reactivate %1</source>
        <translation>Subiza %1 mu bikora</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Shyira %1 mu bidakora</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nta cyacapwe: %1</translation>
    </message>
    <message>
        <source>Save the visit plan letter</source>
        <translation>Bika ibaruwa ya gahunda y&apos;urugendo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the letter to %1 (%2 pages).</source>
        <translation>Ibaruwa yabitswe muri %1 (impapuro %2).</translation>
    </message>
    <message>
        <source>Folder for the visit plan letters</source>
        <translation>Folder y&apos;amabaruwa ya gahunda y&apos;ingendo</translation>
    </message>
    <message>
        <source>Saved %1 letters in %2.</source>
        <translation>Amabaruwa %1 yabitswe muri %2.</translation>
    </message>
    <message>
        <source>Save the QI project page</source>
        <translation>Bika urupapuro rw&apos;umushinga wo kunoza ireme</translation>
    </message>
    <message>
        <source>Saved the QI project page to %1 (%2 pages).</source>
        <translation>Urupapuro rw&apos;umushinga wo kunoza ireme rwabitswe muri %1 (impapuro %2).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Row</source>
        <translation>Umurongo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Inkingi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ikibazo</translation>
    </message>
</context>
</TS>
