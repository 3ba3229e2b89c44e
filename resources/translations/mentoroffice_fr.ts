<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Access</name>
    <message>
        <source>change the registry</source>
        <translation>modifier le registre</translation>
    </message>
    <message>
        <source>plan or move visits</source>
        <translation>planifier ou déplacer des visites</translation>
    </message>
    <message>
        <source>record visits or mentor reports</source>
        <translation>enregistrer des visites ou des rapports de mentor</translation>
    </message>
    <message>
        <source>enter assessments or coaching plans</source>
        <translation>saisir des évaluations ou des plans de coaching</translation>
    </message>
    <message>
        <source>correct other people&apos;s assessments</source>
        <translation>corriger les évaluations saisies par d&apos;autres</translation>
    </message>
    <message>
        <source>change QI projects, actions or escalations</source>
        <translation>modifier des projets d&apos;amélioration, des actions ou des escalades</translation>
    </message>
    <message>
        <source>enter indicator values</source>
        <translation>saisir des valeurs d&apos;indicateurs</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>importer des fichiers</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporter des données</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>imprimer des rapports</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>faire des sauvegardes</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>manage the office&apos;s users</source>
        <translation>gérer les utilisateurs du bureau</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>modifier les paramètres du bureau</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot {what}.</source>
        <translation>Votre rôle ({role}) ne vous autorise pas à {what}.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>e.g. Titulaire, head of maternity</source>
        <translation>p. ex. Titulaire, chef de la maternité</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>Re&amp;ssources :</translation>
    </message>
</context>
<context>
    <name>ActionStatusDialog</name>
    <message>
        <source>Change action status</source>
        <translation>Modifier le statut de l&apos;action</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <source>Required when the action is dropped</source>
        <translation>Obligatoire lorsque l&apos;action est abandonnée</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>No&amp;te or reason:</source>
        <translation>No&amp;te ou motif :</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action &amp;items</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalades</translation>
    </message>
    <message>
        <source>Open and in &amp;progress only</source>
        <translation>Ouvertes et en &amp;cours uniquement</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;History of the selected action:</source>
        <translation>&amp;Historique de l&apos;action sélectionnée :</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Modifier le &amp;statut…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>Audit histor&amp;y…</source>
        <translation>Historique d&apos;a&amp;udit…</translation>
    </message>
    <message>
        <source>By f&amp;acility</source>
        <translation>Par é&amp;tablissement</translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation>Par &amp;personne</translation>
    </message>
    <message>
        <source>%1 overdue actions in %2 groups, the longest overdue first:</source>
        <translation>%1 actions en retard dans %2 groupes, les plus en retard d&apos;abord :</translation>
    </message>
</context>
<context>
    <name>ActivityBox</name>
    <message>
        <source>Held on:</source>
        <translation>Tenue le :</translation>
    </message>
    <message>
        <source>Patient &amp;consented (explicit consent)</source>
        <translation>Le patient a &amp;consenti (consentement explicite)</translation>
    </message>
    <message>
        <source>e.g. Helping Babies Breathe</source>
        <translation>p. ex. Helping Babies Breathe</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>e.g. postnatal care coverage, newborn hypothermia</source>
        <translation>p. ex. couverture des soins postnatals, hypothermie du nouveau-né</translation>
    </message>
    <message>
        <source>Indicators reviewed:</source>
        <translation>Indicateurs examinés :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>count the names ticked</source>
        <translation>compter les noms cochés</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Mentees present:</source>
        <translation>Mentorés présents :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
</context>
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <source>Add an office indicator</source>
        <translation>Ajouter un indicateur du bureau</translation>
    </message>
    <message>
        <source>e.g. KMC_COVERAGE</source>
        <translation>p. ex. KMC_COVERAGE</translation>
    </message>
    <message>
        <source>Who or what is counted on top</source>
        <translation>Qui ou quoi est compté au numérateur</translation>
    </message>
    <message>
        <source>Out of whom or what</source>
        <translation>Parmi qui ou quoi (dénominateur)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;umerator counts:</source>
        <translation>Ce que compte le n&amp;umérateur :</translation>
    </message>
    <message>
        <source>&amp;Denominator counts:</source>
        <translation>Ce que compte le &amp;dénominateur :</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Sens favorable :</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>Domaine &amp;technique :</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Tell the user this password: they choose their own at the first sign-in.</source>
        <translation>Communiquez ce mot de passe à l&apos;utilisateur : il choisira le sien à la première connexion.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MentorOffice met an unexpected problem and the last action may not have finished. What was saved before is safe.</source>
        <translation>MentorOffice a rencontré un problème inattendu et la dernière action n&apos;a peut-être pas abouti. Ce qui avait été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <source>The details are also in the log file {path}; send them to whoever supports MentorOffice.</source>
        <translation>Les détails figurent aussi dans le fichier journal {path} ; envoyez-les à la personne qui assure le support de MentorOffice.</translation>
    </message>
    <message>
        <source>MentorOffice: unexpected problem</source>
        <translation>MentorOffice : problème inattendu</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>MentorOffice cannot open the database</source>
        <translation>MentorOffice ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>MentorOffice cannot open the office database.</source>
        <translation>MentorOffice ne peut pas ouvrir la base de données du bureau.</translation>
    </message>
    <message>
        <source>Opening the office database…</source>
        <translation>Ouverture de la base de données du bureau…</translation>
    </message>
    <message>
        <source>The office database was opened again.</source>
        <translation>La base de données du bureau a été rouverte.</translation>
    </message>
</context>
<context>
    <name>AssessmentEntry</name>
    <message>
        <source>Print &amp;blank checklist…</source>
        <translation>Imprimer une grille &amp;vierge…</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Type part of the facility name</source>
        <translation>Tapez une partie du nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>Mentor who assessed</source>
        <translation>Mentor ayant réalisé l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Mentoré :</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>F&amp;ormulaire :</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>Établ&amp;issement :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Ass&amp;essor:</source>
        <translation>Év&amp;aluateur :</translation>
    </message>
    <message>
        <source>Keys on the steps: 1 or D done · 2 or N not done · 3 or A N/A · ↑ ↓ move · Space clears · Tab: note · Ctrl+S: save</source>
        <translation>Touches sur les étapes : 1, F ou D fait · 2 ou N non fait · 3 ou A N/A · ↑ ↓ se déplacer · Espace efface · Tab : note · Ctrl+S : enregistrer</translation>
    </message>
    <message>
        <source>1 · Done</source>
        <translation>1 · Fait</translation>
    </message>
    <message>
        <source>2 · Not done</source>
        <translation>2 · Non fait</translation>
    </message>
    <message>
        <source>3 · N/A</source>
        <translation>3 · N/A</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>What was seen (optional); Enter goes back</source>
        <translation>Ce qui a été observé (facultatif) ; Entrée pour revenir</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>Points fo&amp;rts :</translation>
    </message>
    <message>
        <source>To im&amp;prove:</source>
        <translation>À am&amp;éliorer :</translation>
    </message>
    <message>
        <source>Print this &amp;assessment</source>
        <translation>Imprimer cette é&amp;valuation</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Enregistrer l&apos;évaluation (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unavailable until its file is corrected: %1</source>
        <translation>Indisponible tant que son fichier n&apos;est pas corrigé : %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (indisponible)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in English</source>
        <translation>
            <numerusform>%n étape en anglais</numerusform>
            <numerusform>%n étapes en anglais</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable checklist form: see the form files.</source>
        <translation>Aucune grille d&apos;évaluation utilisable : voir les fichiers de formulaires.</translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation>&amp;Note sur %1 :</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Évaluation non enregistrée</translation>
    </message>
    <message>
        <source>This assessment has not been saved. Discard what was entered?</source>
        <translation>Cette évaluation n&apos;a pas été enregistrée. Abandonner ce qui a été saisi ?</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked ⚠.</source>
        <translation>Non enregistrée : corrigez les champs marqués ⚠.</translation>
    </message>
    <message>
        <source>Choose a checklist form.</source>
        <translation>Choisissez une grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Write why this assessment stands all the same; the reason is kept with it.</source>
        <translation>Écrivez pourquoi cette évaluation est valable malgré tout&#xa0;; la raison est conservée avec elle.</translation>
    </message>
    <message>
        <source>Save with a reason?</source>
        <translation>Enregistrer avec une raison&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is now validated on %2.</source>
        <translation>%1 est désormais validé pour %2.</translation>
    </message>
    <message>
        <source>Saved (%1). %2 has been validated on %3 since %4.</source>
        <translation>Enregistrée (%1). %2 est validé pour %3 depuis le %4.</translation>
    </message>
    <message>
        <source>Saved (%1). %2 is not validated on %3 yet.</source>
        <translation>Enregistrée (%1). %2 n&apos;est pas encore validé pour %3.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 for %3, %4.</source>
        <translation>Enregistrée : %1 %2 pour %3, %4.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign a mentor</source>
        <translation>Assigner un mentor</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor :</translation>
    </message>
    <message>
        <source>&amp;Facility or CHW group:</source>
        <translation>Établissement ou &amp;groupe d&apos;ASC :</translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation>Domaine &amp;technique :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Override with a &amp;reason:</source>
        <translation>Dérogation avec un &amp;motif :</translation>
    </message>
    <message>
        <source>Type a mentor&apos;s name</source>
        <translation>Tapez le nom d&apos;un mentor</translation>
    </message>
    <message>
        <source>Type a facility or CHW group</source>
        <translation>Tapez un établissement ou un groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>Why the rule does not apply this time</source>
        <translation>Pourquoi la règle ne s&apos;applique pas cette fois</translation>
    </message>
    <message>
        <source>(any of the mentor&apos;s areas)</source>
        <translation>(n&apos;importe quel domaine du mentor)</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Choisissez un mentor dans la liste.</translation>
    </message>
    <message>
        <source>Choose a facility or CHW group from the list.</source>
        <translation>Choisissez un établissement ou un groupe d&apos;ASC dans la liste.</translation>
    </message>
    <message>
        <source>Write why, then save again.</source>
        <translation>Indiquez pourquoi, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Check the reason, then save again.</source>
        <translation>Vérifiez le motif, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Each of these rules may be overridden with a reason that is kept with the assignment.</source>
        <translation>Chacune de ces règles peut faire l&apos;objet d&apos;une dérogation, avec un motif conservé avec l&apos;assignation.</translation>
    </message>
</context>
<context>
    <name>AsyncPage</name>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Impossible de charger la liste : %1</translation>
    </message>
</context>
<context>
    <name>AttritionDialog</name>
    <message>
        <source>Record that %1 left</source>
        <translation>Enregistrer le départ de %1</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Affectation :</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Date de départ :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>QI project</source>
        <translation>Projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d&apos;indicateur</translation>
    </message>
    <message>
        <source>Created by {user} on {when}</source>
        <translation>Création par {user} le {when}</translation>
    </message>
    <message>
        <source>Created before the audit trail began</source>
        <translation>Création antérieure au début du journal d&apos;audit</translation>
    </message>
    <message>
        <source>last changed by {user} on {when}</source>
        <translation>dernière modification par {user} le {when}</translation>
    </message>
    <message>
        <source>never changed since</source>
        <translation>aucune modification depuis</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what they changed</source>
        <translation>Qui a modifié cet enregistrement, quand, et ce qui a été modifié</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation>Choisissez d&apos;abord un enregistrement.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Choisissez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the entries shown to an Excel workbook</source>
        <translation>Enregistrer les entrées affichées dans un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Ta&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Record no.:</source>
        <translation>N° d&apos;en&amp;registrement :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>{action}: {table}{record}, by {user} on {when}</source>
        <translation>{action} : {table}{record}, par {user} le {when}</translation>
    </message>
    <message>
        <source>Audit {date}.xlsx</source>
        <translation>Audit {date}.xlsx</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans {file}.</numerusform>
            <numerusform>%n lignes enregistrées dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups of a PostgreSQL database</source>
        <translation>Sauvegardes d&apos;une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>This office&apos;s database is on a PostgreSQL server: back it up with the server&apos;s own tools, on the server or any PC with the PostgreSQL client tools. Back up with:</source>
        <translation>La base de données de ce bureau se trouve sur un serveur PostgreSQL : sauvegardez-la avec les outils propres au serveur, sur le serveur ou sur tout PC disposant des outils clients PostgreSQL. Sauvegarder avec :</translation>
    </message>
    <message>
        <source>The second command restores such a file: close MentorOffice on every PC first. Schedule the first one every night (cron, or Windows Task Scheduler) and keep the files on another disk.</source>
        <translation>La seconde commande restaure un tel fichier : fermez d&apos;abord MentorOffice sur tous les PC. Planifiez la première chaque nuit (cron ou Planificateur de tâches Windows) et conservez les fichiers sur un autre disque.</translation>
    </message>
    <message>
        <source>&amp;Copy the commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Database: %1
Backups are kept in: %2</source>
        <translation>Base de données : %1
Les sauvegardes sont conservées dans : %2</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurer la sélection…</translation>
    </message>
    <message>
        <source>Open the backups &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Bac&amp;kups, newest first:</source>
        <translation>Sau&amp;vegardes, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Sauvegardé dans %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?

The current database is backed up first, so this can be undone by restoring that copy. MentorOffice closes the database during the restore and opens it again afterwards; close other windows that edit data first.</source>
        <translation>Remplacer la base de données par la sauvegarde du %1 ?

La base de données actuelle est d&apos;abord sauvegardée : vous pourrez donc revenir en arrière en restaurant cette copie. MentorOffice ferme la base de données pendant la restauration puis la rouvre ; fermez d&apos;abord les autres fenêtres qui modifient des données.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source> Close MentorOffice and start it again to see the restored data.</source>
        <translation> Fermez MentorOffice et relancez-le pour voir les données restaurées.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>La base de données telle qu&apos;elle était est conservée dans %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré : %1</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation>Médecin stagiaire</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation>Anesthésiste</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>ASC</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation>Responsable (titulaire)</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Équipe qualité</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>Gestionnaire des données</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Mutation</translation>
    </message>
    <message>
        <source>Attrition (left the service)</source>
        <translation>Attrition (départ du service)</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retraite</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Association mentor</source>
        <translation>Mentor d&apos;association</translation>
    </message>
    <message>
        <source>District-based mentor</source>
        <translation>Mentor de district</translation>
    </message>
    <message>
        <source>Health-center provider mentor</source>
        <translation>Mentor prestataire de centre de santé</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>Mentor communautaire</translation>
    </message>
    <message>
        <source>Hospital joint team incomplete</source>
        <translation>Équipe conjointe de l&apos;hôpital incomplète</translation>
    </message>
    <message>
        <source>Health center area uncovered</source>
        <translation>Domaine non couvert au centre de santé</translation>
    </message>
    <message>
        <source>Health post without mentor</source>
        <translation>Poste de santé sans mentor</translation>
    </message>
    <message>
        <source>CHW group not mentored</source>
        <translation>Groupe d&apos;ASC sans mentorat</translation>
    </message>
    <message>
        <source>Mentor left, not replaced</source>
        <translation>Mentor parti, non remplacé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>In the cascade</source>
        <translation>Dans la cascade</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>sans affectation</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Assessment entry</source>
        <translation>Saisie des évaluations</translation>
    </message>
    <message>
        <source>Progress tracker</source>
        <translation>Suivi de la progression</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation>✗ Non fait</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pre-test (baseline)</source>
        <translation>Pré-test (évaluation initiale)</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation>Post-mentorat</translation>
    </message>
    <message>
        <source>Facility baseline</source>
        <translation>Évaluation initiale de l&apos;établissement</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>intern doctor</source>
        <translation>médecin stagiaire</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>infirmier·ère</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>sage-femme</translation>
    </message>
    <message>
        <source>anesthetist</source>
        <translation>anesthésiste</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>ASC</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>critical step %1 not done</source>
        <translation>étape critique %1 non faite</translation>
    </message>
    <message>
        <source>critical steps %1 not done</source>
        <translation>étapes critiques %1 non faites</translation>
    </message>
    <message>
        <source>critical steps: none missed so far</source>
        <translation>étapes critiques : aucune manquée jusqu&apos;ici</translation>
    </message>
    <message>
        <source>critical steps: all done</source>
        <translation>étapes critiques : toutes faites</translation>
    </message>
    <message>
        <source>Score: no step answered yet · %1 steps left</source>
        <translation>Score : aucune étape renseignée · %1 étapes restantes</translation>
    </message>
    <message>
        <source>Score: no applicable step (all N/A)</source>
        <translation>Score : aucune étape applicable (toutes N/A)</translation>
    </message>
    <message>
        <source>Score %1 / %2 = %3%</source>
        <translation>Score %1 / %2 = %3%</translation>
    </message>
    <message>
        <source>%1 steps left</source>
        <translation>%1 étapes restantes</translation>
    </message>
    <message>
        <source>Does not validate: %1</source>
        <translation>Ne valide pas : %1</translation>
    </message>
    <message>
        <source>Does not validate: %1% at most, below %2%</source>
        <translation>Ne valide pas : %1% au maximum, sous les %2%</translation>
    </message>
    <message>
        <source>Outcome: %1 steps still to answer</source>
        <translation>Résultat : %1 étapes encore à renseigner</translation>
    </message>
    <message>
        <source>Does not validate: no applicable step</source>
        <translation>Ne valide pas : aucune étape applicable</translation>
    </message>
    <message>
        <source>Does not validate: %1% is below %2%</source>
        <translation>Ne valide pas : %1% est inférieur à %2%</translation>
    </message>
    <message>
        <source>Passes (already validated since %1)</source>
        <translation>Réussi (déjà validé depuis le %1)</translation>
    </message>
    <message>
        <source>Validates</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Not in this mentee&apos;s plan</source>
        <translation>Hors du plan de ce mentoré</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>What the file holds, and where it is. Excel workbooks (.xlsx) and CSV files (UTF-8 or Windows-1252, comma or semicolon).</source>
        <translation>Le contenu du fichier et son emplacement. Classeurs Excel (.xlsx) et fichiers CSV (UTF-8 ou Windows-1252, séparateur virgule ou point-virgule).</translation>
    </message>
    <message>
        <source>Download the column template (an example .xlsx file)…</source>
        <translation>Télécharger le modèle de colonnes (un exemple de fichier .xlsx)…</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Records in the file:</source>
        <translation>&amp;Contenu du fichier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille :</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Save the column template</source>
        <translation>Enregistrer le modèle de colonnes</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré : %1</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Opening the workbook…</source>
        <translation>Ouverture du classeur…</translation>
    </message>
    <message>
        <source>This file cannot be opened as an Excel workbook; the next page says why.</source>
        <translation>Ce fichier ne peut pas être ouvert comme classeur Excel ; la page suivante explique pourquoi.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>All kinds of gap</source>
        <translation>Tous types de lacunes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Double-click a gap to assign a mentor there.</source>
        <translation>Double-cliquez sur une lacune pour y assigner un mentor.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Double-click a gap (or press Enter on it) to assign a mentor there.</source>
        <translation>Double-cliquez sur une lacune (ou appuyez sur Entrée) pour y assigner un mentor.</translation>
    </message>
    <message>
        <source>Looking for gaps…</source>
        <translation>Recherche des lacunes…</translation>
    </message>
    <message>
        <source>No gap of this kind on %1.</source>
        <translation>Aucune lacune de ce type au %1.</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 lacunes</translation>
    </message>
    <message>
        <source>%1 gap</source>
        <translation>%1 lacune</translation>
    </message>
    <message>
        <source>Assigned a mentor at %1.</source>
        <translation>Mentor assigné à %1.</translation>
    </message>
</context>
<context>
    <name>CyclesTab</name>
    <message>
        <source>Change &amp;ideas:</source>
        <translation>&amp;Idées de changement :</translation>
    </message>
    <message>
        <source>A change worth testing</source>
        <translation>Un changement qui mérite d&apos;être testé</translation>
    </message>
    <message>
        <source>Add chan&amp;ge idea</source>
        <translation>Ajouter une idée de chan&amp;gement</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idée de changement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Faire</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étudier</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Agir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>PDSA c&amp;ycles:</source>
        <translation>C&amp;ycles PDSA :</translation>
    </message>
    <message>
        <source>New PDSA &amp;cycle…</source>
        <translation>Nouveau &amp;cycle PDSA…</translation>
    </message>
    <message>
        <source>&amp;Edit cycle…</source>
        <translation>&amp;Modifier le cycle…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ac&amp;tion plan:</source>
        <translation>Plan d&apos;ac&amp;tion :</translation>
    </message>
    <message>
        <source>Add acti&amp;on…</source>
        <translation>Ajouter une acti&amp;on…</translation>
    </message>
    <message>
        <source> · %1 days late</source>
        <translation> · %1 jours de retard</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Download &amp;templates…</source>
        <translation>Télécharger les &amp;modèles…</translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation>Export &amp;complet vers Excel…</translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>Importer depuis Excel ou CSV</translation>
    </message>
    <message>
        <source>Facilities, people and postings, mentors and assignments, enrolments, assessments (with step results, or scores only), indicator values. The import checks every row first and saves all rows or none.</source>
        <translation>Établissements, personnes et affectations, mentors et assignations, inscriptions, évaluations (avec résultats par étape, ou scores seuls), valeurs d&apos;indicateurs. L&apos;import vérifie d&apos;abord chaque ligne et enregistre toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Every table of the database to its own sheet of one workbook, for audits in Excel. Lists export their rows from their own Export button.</source>
        <translation>Chaque table de la base de données sur sa propre feuille d&apos;un même classeur, pour les audits dans Excel. Les listes exportent leurs lignes avec leur propre bouton Exporter.</translation>
    </message>
    <message>
        <source>Folder for the column templates</source>
        <translation>Dossier des modèles de colonnes</translation>
    </message>
    <message>
        <source>%1 templates saved in %2.</source>
        <translation>%1 modèles enregistrés dans %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Update the database</source>
        <translation>Mettre à jour la base de données</translation>
    </message>
    <message>
        <source>This database must be updated to this version of MentorOffice, which backs it up first, but could not:

{reason}

Is the database backed up (pg_dump on the server)? Yes updates it now; No leaves it as it is.</source>
        <translation>Cette base de données doit être mise à jour pour cette version de MentorOffice, qui la sauvegarde d&apos;abord, mais la sauvegarde a échoué :

{reason}

La base de données est-elle sauvegardée (pg_dump sur le serveur) ? Oui la met à jour maintenant ; Non la laisse en l&apos;état.</translation>
    </message>
</context>
<context>
    <name>DebriefingDialog</name>
    <message>
        <source>Debriefing: %1</source>
        <translation>Débriefing : %1</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Tenu &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>What the team does well</source>
        <translation>Ce que l&apos;équipe fait bien</translation>
    </message>
    <message>
        <source>Gaps seen on this visit</source>
        <translation>Lacunes observées lors de cette visite</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>Points fo&amp;rts :</translation>
    </message>
    <message>
        <source>&amp;Weaknesses:</source>
        <translation>Points &amp;faibles :</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>&amp;Findings (type in the first column):</source>
        <translation>C&amp;onstats (saisir dans la première colonne) :</translation>
    </message>
    <message>
        <source>Add fi&amp;nding</source>
        <translation>Ajouter un co&amp;nstat</translation>
    </message>
    <message>
        <source>Remo&amp;ve finding</source>
        <translation>Retirer le cons&amp;tat</translation>
    </message>
    <message>
        <source>Start &amp;QI project…</source>
        <translation>Démarrer un projet d&apos;&amp;amélioration…</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <source>Esca&amp;late…</source>
        <translation>Signaler une &amp;escalade…</translation>
    </message>
</context>
<context>
    <name>Dhis2MappingDialog</name>
    <message>
        <source>DHIS2 mapping</source>
        <translation>Correspondance DHIS2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Technical area</source>
        <translation>Domaine technique</translation>
    </message>
    <message>
        <source>Data element</source>
        <translation>Élément de données</translation>
    </message>
    <message>
        <source>Category option combo</source>
        <translation>Combinaison d&apos;options de catégorie</translation>
    </message>
    <message>
        <source>(every area: the total)</source>
        <translation>(tous les domaines : le total)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>C&amp;hiffre :</translation>
    </message>
    <message>
        <source>Technical &amp;area:</source>
        <translation>Domaine &amp;technique :</translation>
    </message>
    <message>
        <source>&amp;Data element UID:</source>
        <translation>UID de l&apos;élément de &amp;données :</translation>
    </message>
    <message>
        <source>&amp;Category option combo UID:</source>
        <translation>UID de la &amp;combinaison d&apos;options de catégorie :</translation>
    </message>
    <message>
        <source>Data &amp;set UID (for ADX):</source>
        <translation>UID de l&apos;&amp;ensemble de données (pour ADX) :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping</source>
        <translation>En&amp;registrer la correspondance</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save data se&amp;t</source>
        <translation>Enregistrer l&apos;ensem&amp;ble de données</translation>
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
        <translation>UID DHIS2</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Code de l&apos;établissement</translation>
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
        <translation>E&amp;xporter pour DHIS2…</translation>
    </message>
    <message>
        <source>DHIS2 &amp;mapping…</source>
        <translation>&amp;Correspondance DHIS2…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Org units by:</source>
        <translation>&amp;Unités d&apos;organisation par :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : du %2 au %3</translation>
    </message>
    <message>
        <source>Export for DHIS2</source>
        <translation>Exporter pour DHIS2</translation>
    </message>
    <message>
        <source>%1 value(s) for %2 written to %3.</source>
        <translation>%1 valeur(s) pour %2 écrite(s) dans %3.</translation>
    </message>
    <message>
        <source>Left out (fix the mapping or the facilities, then export again):</source>
        <translation>Exclus (corrigez la correspondance ou les établissements, puis exportez à nouveau) :</translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation>Aucun fichier n&apos;a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (already in the database).</source>
        <translation>%1 ajouté(s), %2 mis à jour, %3 ignoré(s) (déjà dans la base de données).</translation>
    </message>
    <message>
        <source>Rows left out, not imported: %1. Correct them in the file and import it again: the rows already imported will be skipped.</source>
        <translation>Lignes exclues, non importées : %1. Corrigez-les dans le fichier et importez-le à nouveau : les lignes déjà importées seront ignorées.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>What the import will do; still nothing saved. Click Import to save every row, or nothing if anything goes wrong.</source>
        <translation>Ce que l&apos;import va faire ; rien n&apos;est encore enregistré. Cliquez sur Importer pour enregistrer toutes les lignes, ou aucune en cas de problème.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>To skip</source>
        <translation>À ignorer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Trying every row…</source>
        <translation>Essai de chaque ligne…</translation>
    </message>
    <message>
        <source>%1 problem(s) stop the import: see below. Go back to choose what to do with records already stored.</source>
        <translation>%1 problème(s) bloquent l&apos;import : voir ci-dessous. Revenez en arrière pour choisir que faire des enregistrements déjà présents.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database.</source>
        <translation>Rien à importer : chaque ligne est déjà dans la base de données.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to skip.</source>
        <translation>%1 à ajouter, %2 à mettre à jour, %3 à ignorer.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Records already in the database</source>
        <translation>Enregistrements déjà dans la base de données</translation>
    </message>
    <message>
        <source>A row matches a stored record by its code (a person: staff code, or name and phone). What should the import do with such rows?</source>
        <translation>Une ligne correspond à un enregistrement existant par son code (pour une personne : matricule, ou nom et téléphone). Que doit faire l&apos;import de ces lignes ?</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep what is stored</source>
        <translation>&amp;Les ignorer : conserver ce qui est enregistré</translation>
    </message>
    <message>
        <source>&amp;Update the stored records with the file&apos;s values (a blank cell keeps what is stored)</source>
        <translation>&amp;Mettre à jour les enregistrements existants avec les valeurs du fichier (une cellule vide conserve la valeur enregistrée)</translation>
    </message>
    <message>
        <source>S&amp;top: import nothing if any row is already stored</source>
        <translation>&amp;Arrêter : ne rien importer si une ligne est déjà enregistrée</translation>
    </message>
    <message>
        <source>%1 row(s) of the file are already in the database.</source>
        <translation>%1 ligne(s) du fichier sont déjà dans la base de données.</translation>
    </message>
    <message>
        <source>None of the rows is in the database yet.</source>
        <translation>Aucune des lignes n&apos;est encore dans la base de données.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Raise an escalation</source>
        <translation>Signaler une escalade</translation>
    </message>
    <message>
        <source>The gap, as the facility sees it</source>
        <translation>La lacune, telle que l&apos;établissement la perçoit</translation>
    </message>
    <message>
        <source>e.g. District health office</source>
        <translation>p. ex. Bureau de santé du district</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation>&amp;Lacune :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation>Signalée l&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation>&amp;Signaler</translation>
    </message>
</context>
<context>
    <name>EscalationStatusDialog</name>
    <message>
        <source>Escalation:</source>
        <translation>Escalade :</translation>
    </message>
    <message>
        <source>What the district or ministry did</source>
        <translation>Ce que le district ou le ministère a fait</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Réponse :</translation>
    </message>
</context>
<context>
    <name>EscalationsTab</name>
    <message>
        <source>Open only: the list for the &amp;coordination meeting</source>
        <translation>Ouvertes uniquement : la liste pour la réunion de &amp;coordination</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Raise escalation…</source>
        <translation>&amp;Signaler une escalade…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Prendre en c&amp;ompte…</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Résou&amp;dre…</translation>
    </message>
    <message>
        <source>Close &amp;unresolved…</source>
        <translation>Clôturer &amp;non résolue…</translation>
    </message>
    <message>
        <source>%1 open escalations.</source>
        <translation>%1 escalades ouvertes.</translation>
    </message>
    <message>
        <source>Resolved ones took %1 days on average.</source>
        <translation>Les escalades résolues ont pris %1 jours en moyenne.</translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>%1 à résoudre</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouvertes</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Mentors and assignments</source>
        <translation>Mentors et assignations</translation>
    </message>
    <message>
        <source>Mentee enrolments</source>
        <translation>Inscriptions des mentorés</translation>
    </message>
    <message>
        <source>Assessments with step results</source>
        <translation>Évaluations avec résultats par étape</translation>
    </message>
    <message>
        <source>Scores only (legacy trackers)</source>
        <translation>Scores seuls (anciens outils de suivi)</translation>
    </message>
    <message>
        <source>Facility indicator values</source>
        <translation>Valeurs des indicateurs des établissements</translation>
    </message>
    <message>
        <source>Data in and out</source>
        <translation>Import et export de données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>%1 lignes enregistrées dans %2.</translation>
    </message>
    <message>
        <source>The file holds personal data of health workers: keep it safe, and delete it when it is no longer needed.</source>
        <translation>Le fichier contient des données personnelles d&apos;agents de santé : conservez-le en lieu sûr et supprimez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation>&amp;Exporter vers Excel ou CSV…</translation>
    </message>
    <message>
        <source>Full export to Excel</source>
        <translation>Export complet vers Excel</translation>
    </message>
    <message>
        <source>Writing every table to the workbook…</source>
        <translation>Écriture de chaque table dans le classeur…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows saved to %3.</source>
        <translation>%1 tables, %2 lignes enregistrées dans %3.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Full export to Excel…</source>
        <translation>Export &amp;complet vers Excel…</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Type a facility&apos;s name</source>
        <translation>Tapez le nom d&apos;un établissement</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Add under…</source>
        <translation>&amp;Ajouter sous…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 a été réactivé.</translation>
    </message>
    <message>
        <source>%1 was deactivated; its history is kept.</source>
        <translation>%1 a été désactivé ; son historique est conservé.</translation>
    </message>
    <message>
        <source>%1 active unit(s) directly under it</source>
        <translation>%1 unité(s) active(s) directement en dessous</translation>
    </message>
    <message>
        <source>%1 current mentor assignment(s)</source>
        <translation>%1 assignation(s) de mentor en cours</translation>
    </message>
    <message>
        <source>%1 active mentee(s)</source>
        <translation>%1 mentoré(s) actif(s)</translation>
    </message>
    <message>
        <source>%1 planned visit(s) to come</source>
        <translation>%1 visite(s) planifiée(s) à venir</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <source>%1 still has:</source>
        <translation>%1 a encore :</translation>
    </message>
    <message>
        <source>Deactivated, it no longer appears in choices and reports; the units under it stay active. Deactivate it anyway?</source>
        <translation>Désactivé, il n&apos;apparaît plus dans les choix ni dans les rapports ; les unités en dessous restent actives. Le désactiver quand même ?</translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <source>Current mentor</source>
        <translation>Mentor actuel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de dérogation</translation>
    </message>
    <message>
        <source>Current mentors</source>
        <translation>Mentors actuels</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignations</translation>
    </message>
    <message>
        <source>Choose a facility in the tree</source>
        <translation>Choisissez un établissement dans l&apos;arborescence</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>rattaché à %1</translation>
    </message>
    <message>
        <source>Mentees (active):</source>
        <translation>Mentorés (actifs) :</translation>
    </message>
    <message>
        <source>CHW groups:</source>
        <translation>Groupes d&apos;ASC :</translation>
    </message>
    <message>
        <source>Last visit:</source>
        <translation>Dernière visite :</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Prochaine visite :</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation>Actions ouvertes :</translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation>Actions en retard :</translation>
    </message>
    <message>
        <source>Open escalations:</source>
        <translation>Escalades ouvertes :</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Technical area:</source>
        <translation>Domaine technique :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Last community visit:</source>
        <translation>Dernière visite communautaire :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility</source>
        <translation>Modifier l&apos;établissement</translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation>Ajouter un établissement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Rattaché à :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;DHIS2 id:</source>
        <translation>ID &amp;DHIS2 :</translation>
    </message>
    <message>
        <source>Up&amp;graded health center:</source>
        <translation>Centre de santé &amp;promu :</translation>
    </message>
    <message>
        <source>11 letters or digits, optional</source>
        <translation>11 lettres ou chiffres, facultatif</translation>
    </message>
    <message>
        <source>Choose where it sits from the list.</source>
        <translation>Choisissez son rattachement dans la liste.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback to %1</source>
        <translation>Rétroaction à %1</translation>
    </message>
    <message>
        <source>%1 visits, %2 mentees assessed, %3 validations. Challenges: %4</source>
        <translation>%1 visites, %2 mentorés évalués, %3 validations. Difficultés : %4</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>What the office says back</source>
        <translation>Ce que le bureau répond</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Rétroaction :</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donnée le :</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>&amp;Envoyer la rétroaction</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Set up the office&apos;s administrator</source>
        <translation>Configurer l&apos;administrateur du bureau</translation>
    </message>
    <message>
        <source>This office has no users yet. Choose the administrator&apos;s user name and password: the administrator then adds the office&apos;s other users.</source>
        <translation>Ce bureau n&apos;a pas encore d&apos;utilisateurs. Choisissez le nom d&apos;utilisateur et le mot de passe de l&apos;administrateur : l&apos;administrateur ajoute ensuite les autres utilisateurs du bureau.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
</context>
<context>
    <name>FishboneView</name>
    <message>
        <source>Fishbone diagram</source>
        <translation>Diagramme en arêtes de poisson</translation>
    </message>
    <message>
        <source>(no causes yet)</source>
        <translation>(aucune cause pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 autres)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up contact</source>
        <translation>Contact de suivi</translation>
    </message>
    <message>
        <source>(the facility&apos;s team)</source>
        <translation>(l&apos;équipe de l&apos;établissement)</translation>
    </message>
    <message>
        <source>e.g. questions on the partograph</source>
        <translation>p. ex. questions sur le partogramme</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor :</translation>
    </message>
    <message>
        <source>Me&amp;ntee:</source>
        <translation>Me&amp;ntoré :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Show what is saved now, with the other PC&apos;s change; your entries in this form are replaced</source>
        <translation>Afficher ce qui est enregistré maintenant, avec la modification de l&apos;autre PC ; vos saisies dans ce formulaire sont remplacées</translation>
    </message>
    <message>
        <source>Close and open again on what is saved now, with the other PC&apos;s change</source>
        <translation>Fermer et rouvrir sur ce qui est enregistré maintenant, avec la modification de l&apos;autre PC</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Cette page n&apos;est pas encore traduite&#xa0;: elle s&apos;affiche en anglais.</translation>
    </message>
    <message>
        <source>This page of the guide is missing: {name}</source>
        <translation>Cette page du guide manque&#xa0;: {name}</translation>
    </message>
    <message>
        <source>MentorOffice user guide</source>
        <translation>Guide d&apos;utilisation de MentorOffice</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Votre travail</translation>
    </message>
    <message>
        <source>Sections of the window</source>
        <translation>Sections de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The guide&apos;s page for this section (F1)</source>
        <translation>La page du guide pour cette section (F1)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {what} {id}</source>
        <translation>Historique : {what} n° {id}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>The audit trail holds no change of this record.</source>
        <translation>Le journal d&apos;audit ne contient aucune modification de cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Every row is saved, or none: stopping leaves the database as it was.</source>
        <translation>Chaque ligne est enregistrée, ou aucune : arrêter laisse la base de données telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l&apos;import</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importer à &amp;nouveau</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the database is as it was.</source>
        <translation>L&apos;import a été arrêté. Rien n&apos;a été enregistré : la base de données est inchangée.</translation>
    </message>
    <message>
        <source>The import was refused: %1 problem(s), listed below. Nothing was saved. (Did someone change the database since the dry run?)</source>
        <translation>L&apos;import a été refusé : %1 problème(s), listé(s) ci-dessous. Rien n&apos;a été enregistré. (Quelqu&apos;un a-t-il modifié la base de données depuis la simulation ?)</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved: %1</source>
        <translation>L&apos;import a échoué ; rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Monthly values</source>
        <translation>Valeurs mensuelles</translation>
    </message>
    <message>
        <source>Run charts</source>
        <translation>Graphiques de tendance</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Type a whole number; Tab or Enter goes to the next cell.</source>
        <translation>Saisissez un nombre entier ; Tab ou Entrée passe à la cellule suivante.</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numérateur : %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Dénominateur : %1</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Ce mois n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé, c&apos;est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>numérateur</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>dénominateur</translation>
    </message>
    <message>
        <source>The %1 must be a number; “%2” is not one.</source>
        <translation>Le %1 doit être un nombre ; « %2 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The %1 must be a whole number of people or events, not %2.</source>
        <translation>Le %1 doit être un nombre entier de personnes ou d&apos;événements, pas %2.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative (%2).</source>
        <translation>Le %1 ne peut pas être négatif (%2).</translation>
    </message>
    <message>
        <source>The %1 %2 is too large for one month at one facility; check the number.</source>
        <translation>Le %1 %2 est trop élevé pour un mois dans un seul établissement ; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Enter the %1 too (0 if there were none), or clear both.</source>
        <translation>Saisissez aussi le %1 (0 s&apos;il n&apos;y en a eu aucun), ou effacez les deux.</translation>
    </message>
    <message>
        <source>The numerator (%1) is larger than the denominator (%2).</source>
        <translation>Le numérateur (%1) est supérieur au dénominateur (%2).</translation>
    </message>
    <message>
        <source>%1 has not started yet: values are entered once the month has begun.</source>
        <translation>%1 n&apos;a pas encore commencé : les valeurs se saisissent une fois le mois commencé.</translation>
    </message>
    <message>
        <source>Someone else saved this value since the grid was opened; reload to see theirs, then enter yours again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette valeur depuis l&apos;ouverture de la grille ; rechargez pour voir la sienne, puis saisissez de nouveau la vôtre.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Shift: %1 points above the median from %2</source>
        <translation>Déplacement : %1 points au-dessus de la médiane à partir de %2</translation>
    </message>
    <message>
        <source>Shift: %1 points below the median from %2</source>
        <translation>Déplacement : %1 points en dessous de la médiane à partir de %2</translation>
    </message>
    <message>
        <source>Unusually long run: %1 points above the median from %2</source>
        <translation>Série anormalement longue : %1 points au-dessus de la médiane à partir de %2</translation>
    </message>
    <message>
        <source>Unusually long run: %1 points below the median from %2</source>
        <translation>Série anormalement longue : %1 points en dessous de la médiane à partir de %2</translation>
    </message>
    <message>
        <source>Trend: %1 points rising from %2</source>
        <translation>Tendance : %1 points en hausse à partir de %2</translation>
    </message>
    <message>
        <source>Trend: %1 points falling from %2</source>
        <translation>Tendance : %1 points en baisse à partir de %2</translation>
    </message>
    <message>
        <source>Astronomical point: %1% in %2, far outside the rest</source>
        <translation>Point astronomique : %1% en %2, très loin des autres</translation>
    </message>
    <message>
        <source>Too few runs: %1 (at least %2 expected)</source>
        <translation>Trop peu de séries : %1 (au moins %2 attendues)</translation>
    </message>
    <message>
        <source>Too many runs: %1 (at most %2 expected)</source>
        <translation>Trop de séries : %1 (au plus %2 attendues)</translation>
    </message>
    <message>
        <source>Too few crossings of the median: %1 (at least %2 expected)</source>
        <translation>Trop peu de croisements de la médiane : %1 (au moins %2 attendus)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Indicator by indicator</source>
        <translation>Indicateur par indicateur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save every change in the grid (Ctrl+S)</source>
        <translation>Enregistrer toutes les modifications de la grille (Ctrl+S)</translation>
    </message>
    <message>
        <source>Run &amp;chart</source>
        <translation>&amp;Graphique de tendance</translation>
    </message>
    <message>
        <source>The run chart of the indicator in the current row</source>
        <translation>Le graphique de tendance (run chart) de l&apos;indicateur de la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Save indicator values</source>
        <translation>Enregistrer les valeurs des indicateurs</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>É&amp;tablissement :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <source>Type a number to replace a cell; Tab or Enter moves on, Ctrl+Z undoes, Ctrl+V pastes from a spreadsheet.</source>
        <translation>Tapez un nombre pour remplacer une cellule ; Tab ou Entrée passe à la suivante, Ctrl+Z annule, Ctrl+V colle depuis un tableur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <source>Unsaved indicator values</source>
        <translation>Valeurs d&apos;indicateurs non enregistrées</translation>
    </message>
    <message>
        <source>The values typed for %1, %2 are not saved. Save them now?</source>
        <translation>Les valeurs saisies pour %1, %2 ne sont pas enregistrées. Les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Values not saved</source>
        <translation>Valeurs non enregistrées</translation>
    </message>
    <message>
        <source>The values could not be saved (%1). They are still in the grid: try again, or close and choose Discard to drop them.</source>
        <translation>Les valeurs n&apos;ont pas pu être enregistrées (%1). Elles sont toujours dans la grille : réessayez, ou fermez et choisissez Ignorer pour les abandonner.</translation>
    </message>
    <message>
        <source>…and %1 more (red cells; hover for why).</source>
        <translation>…et %1 de plus (cellules rouges ; survolez-les pour savoir pourquoi).</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 cell(s) to correct first.</source>
        <translation>Rien n&apos;a été enregistré : %1 cellule(s) à corriger d&apos;abord.</translation>
    </message>
    <message>
        <source>Saved: %1 added, %2 changed, %3 cleared.</source>
        <translation>Enregistré : %1 ajoutée(s), %2 modifiée(s), %3 effacée(s).</translation>
    </message>
    <message>
        <source>Indicator %1 added; it shows in the grid once the values typed are saved.</source>
        <translation>Indicateur %1 ajouté ; il apparaîtra dans la grille une fois les valeurs saisies enregistrées.</translation>
    </message>
    <message>
        <source>Indicator %1 added.</source>
        <translation>Indicateur %1 ajouté.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Intern doctor</source>
        <translation>Médecin stagiaire</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>Anesthetist</source>
        <translation>Anesthésiste</translation>
    </message>
    <message>
        <source>CHW</source>
        <translation>ASC</translation>
    </message>
    <message>
        <source>CEHO</source>
        <translation>CEHO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Facility leader</source>
        <translation>Responsable (titulaire)</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Équipe qualité</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>Gestionnaire des données</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Joint hospital visit</source>
        <translation>Visite conjointe à l&apos;hôpital</translation>
    </message>
    <message>
        <source>Health center visit</source>
        <translation>Visite au centre de santé</translation>
    </message>
    <message>
        <source>Health post visit</source>
        <translation>Visite au poste de santé</translation>
    </message>
    <message>
        <source>Community visit</source>
        <translation>Visite communautaire</translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation>Supervision conjointe</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Évaluation initiale</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Post-mentorship</source>
        <translation>Post-mentorat</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation>Pérennisation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
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
        <translation>Établissements</translation>
    </message>
    <message>
        <source>The hierarchy from country to health post, each unit with the one it belongs to.</source>
        <translation>La hiérarchie du pays au poste de santé, chaque unité avec celle dont elle dépend.</translation>
    </message>
    <message>
        <source>Name, code or parent</source>
        <translation>Nom, code ou unité parente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilities</source>
        <translation>
            <numerusform>%Ln établissement</numerusform>
            <numerusform>%Ln établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Staff, mentors, mentees and community health workers, with where they work now.</source>
        <translation>Personnel, mentors, mentorés et agents de santé communautaires, avec leur lieu de travail actuel.</translation>
    </message>
    <message>
        <source>Name, staff code, phone or facility</source>
        <translation>Nom, matricule, téléphone ou établissement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Mentorship and supervision visits, latest first.</source>
        <translation>Visites de mentorat et de supervision, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Facility, type or status</source>
        <translation>Établissement, type ou statut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Checklist scores of mentees and facility assessments, latest first.</source>
        <translation>Scores des mentorés et évaluations des établissements, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Mentee, checklist or facility</source>
        <translation>Mentoré, grille ou établissement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>QI</source>
        <translation>Amélioration de la qualité</translation>
    </message>
    <message>
        <source>Quality improvement projects, latest started first.</source>
        <translation>Projets d&apos;amélioration de la qualité, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Title, facility or status</source>
        <translation>Titre, établissement ou statut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln QI projects</source>
        <translation>
            <numerusform>%Ln projet d&apos;amélioration</numerusform>
            <numerusform>%Ln projets d&apos;amélioration</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Monthly facility outcome indicators: numerator, denominator and percentage, latest month first.</source>
        <translation>Indicateurs mensuels de résultats des établissements : numérateur, dénominateur et pourcentage, le mois le plus récent d&apos;abord.</translation>
    </message>
    <message>
        <source>Facility or indicator</source>
        <translation>Établissement ou indicateur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator values</source>
        <translation>
            <numerusform>%Ln valeur d&apos;indicateur</numerusform>
            <numerusform>%Ln valeurs d&apos;indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Validations, which the reports count: mentees who scored at least 85% on a post-mentorship assessment with every critical step done.</source>
        <translation>Validations, comptées par les rapports : mentorés ayant obtenu au moins 85 % à une évaluation post-mentorat avec toutes les étapes critiques réalisées.</translation>
    </message>
    <message>
        <source>Mentee, competency or facility</source>
        <translation>Mentoré, compétence ou établissement</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>{title} (Alt+{number})</source>
        <translation>{title} (Alt+{number})</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MentorOffice will use {language} the next time it starts.</source>
        <translation>MentorOffice utilisera {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Hide the window until you sign in again with your password</source>
        <translation>Masquer la fenêtre jusqu&apos;à ce que vous vous reconnectiez avec votre mot de passe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MentorOffice</source>
        <translation>À &amp;propos de MentorOffice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Connecté : {user} ({role})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorOffice {version}&lt;/h3&gt;&lt;p&gt;The clinical mentorship office&apos;s registry of facilities, mentors and mentees, its visits, assessments, quality improvement and reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorOffice {version}&lt;/h3&gt;&lt;p&gt;Le registre du bureau de mentorat clinique : établissements, mentors et mentorés, visites, évaluations, amélioration de la qualité et rapports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données :&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MentorOffice</source>
        <translation>À propos de MentorOffice</translation>
    </message>
    <message>
        <source>Backed up automatically at {time}.</source>
        <translation>Sauvegarde automatique faite à {time}.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the office database found problems:

{problems}

Work saved since the last backup may be affected. Open the list of backups to restore one?</source>
        <translation>La vérification SQLite de la base de données du bureau a trouvé des problèmes :

{problems}

Le travail enregistré depuis la dernière sauvegarde peut être touché. Ouvrir la liste des sauvegardes pour en restaurer une ?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Which column of the file holds each field. The columns were matched by their headers; change any that is wrong. Fields marked * are required.</source>
        <translation>Quelle colonne du fichier contient chaque champ. Les colonnes ont été associées d&apos;après leurs en-têtes ; corrigez celles qui sont fausses. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>En français</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value in the file</source>
        <translation>Première valeur du fichier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 rows read from %2</source>
        <translation>%1 lignes lues depuis %2</translation>
    </message>
    <message>
        <source>; the headers are on row %1</source>
        <translation> ; les en-têtes sont à la ligne %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>(colonne %1, sans en-tête)</translation>
    </message>
    <message>
        <source>Checklist step columns: %1 (%2).</source>
        <translation>Colonnes des étapes de la grille : %1 (%2).</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Colonnes non importées : %1.</translation>
    </message>
</context>
<context>
    <name>MenteePage</name>
    <message>
        <source>Mentee: %1</source>
        <translation>Mentoré : %1</translation>
    </message>
    <message>
        <source>Fully validated</source>
        <translation>Entièrement validé</translation>
    </message>
    <message>
        <source>Not fully validated: %1 of %2 competencies</source>
        <translation>Pas entièrement validé : %1 compétences sur %2</translation>
    </message>
    <message>
        <source>85% pass</source>
        <translation>Réussite 85 %</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>Pas encore d&apos;évaluation</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Coaching plan</source>
        <translation>Plan de coaching</translation>
    </message>
    <message>
        <source>&amp;Propose from gaps</source>
        <translation>&amp;Proposer à partir des lacunes</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan</source>
        <translation>En&amp;registrer le plan</translation>
    </message>
    <message>
        <source>C&amp;ompetency:</source>
        <translation>C&amp;ompétence :</translation>
    </message>
    <message>
        <source>&amp;Gaps (steps repeatedly not done):</source>
        <translation>&amp;Lacunes (étapes non réalisées à plusieurs reprises) :</translation>
    </message>
    <message>
        <source>Planned &amp;actions:</source>
        <translation>&amp;Actions prévues :</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Date &amp;cible :</translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation>&amp;Imprimer la fiche de progression</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;History of the latest assessment…</source>
        <translation>&amp;Historique de la dernière évaluation…</translation>
    </message>
    <message>
        <source>Who entered or changed the latest assessment of the competency selected above</source>
        <translation>Qui a saisi ou modifié la dernière évaluation de la compétence sélectionnée ci-dessus</translation>
    </message>
    <message>
        <source>Saved plan.</source>
        <translation>Plan enregistré.</translation>
    </message>
    <message>
        <source>Proposed from the latest assessments; edit it, then save.</source>
        <translation>Proposé à partir des dernières évaluations ; modifiez-le, puis enregistrez.</translation>
    </message>
    <message>
        <source>No step was repeatedly missed: nothing to propose. Write a plan if one is needed.</source>
        <translation>Aucune étape n&apos;a été manquée à plusieurs reprises : rien à proposer. Rédigez un plan si nécessaire.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>Saved plan (target %1).</source>
        <translation>Plan enregistré (échéance %1).</translation>
    </message>
    <message>
        <source>Coaching plan not saved</source>
        <translation>Plan de coaching non enregistré</translation>
    </message>
    <message>
        <source>The coaching plan for %1 was not saved. Discard it?</source>
        <translation>Le plan de coaching de %1 n&apos;a pas été enregistré. L&apos;abandonner ?</translation>
    </message>
</context>
<context>
    <name>MentorProfileView</name>
    <message>
        <source>No mentor profile. A validated mentee can be promoted to mentor one level down.</source>
        <translation>Pas de profil de mentor. Un mentoré validé peut être promu mentor au niveau inférieur.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Technical areas:</source>
        <translation>Domaines techniques :</translation>
    </message>
    <message>
        <source>Selected on:</source>
        <translation>Sélectionné le :</translation>
    </message>
    <message>
        <source>Selection score:</source>
        <translation>Score de sélection :</translation>
    </message>
    <message>
        <source>Selection notes:</source>
        <translation>Notes de sélection :</translation>
    </message>
    <message>
        <source>Oriented on:</source>
        <translation>Orienté le :</translation>
    </message>
    <message>
        <source>Orientation, theory:</source>
        <translation>Orientation, théorie :</translation>
    </message>
    <message>
        <source>Orientation, practical:</source>
        <translation>Orientation, pratique :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de dérogation</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignations</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>MentorReportsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visits recorded</source>
        <translation>Visites enregistrées</translation>
    </message>
    <message>
        <source>Visits reported</source>
        <translation>Visites déclarées</translation>
    </message>
    <message>
        <source>Mentees assessed</source>
        <translation>Mentorés évalués</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Office feedback</source>
        <translation>Rétroaction du bureau</translation>
    </message>
    <message>
        <source>&amp;Enter report…</source>
        <translation>&amp;Saisir le rapport…</translation>
    </message>
    <message>
        <source>Give &amp;feedback…</source>
        <translation>Donner une &amp;rétroaction…</translation>
    </message>
    <message>
        <source>%1 of %2 mentors reported; %3 have the office&apos;s feedback.</source>
        <translation>%1 mentors sur %2 ont remis leur rapport ; %3 ont reçu la rétroaction du bureau.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non soumis</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MissedVisitDialog</name>
    <message>
        <source>Visit did not happen</source>
        <translation>La visite n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Prévue :</translation>
    </message>
    <message>
        <source>e.g. the mentor was sick; the road was cut</source>
        <translation>p. ex. le mentor était malade ; la route était coupée</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Marquer &amp;manquée</translation>
    </message>
</context>
<context>
    <name>MoveVisitDialog</name>
    <message>
        <source>Move visit</source>
        <translation>Déplacer la visite</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Prévue :</translation>
    </message>
    <message>
        <source>New &amp;first day:</source>
        <translation>Nouveau &amp;premier jour :</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New QI project</source>
        <translation>Nouveau projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation>La lacune, chiffrée quand c&apos;est possible</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Établissement :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Pas encore de rapport.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>Le rapport n&apos;a pas pu être affiché (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1 : %n page</numerusform>
            <numerusform>%1 : %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>%1 Check that the printer is on and connected, then try again.</source>
        <translation>%1 Vérifiez que l&apos;imprimante est allumée et connectée, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Print blank checklist</source>
        <translation>Imprimer une grille vierge</translation>
    </message>
    <message>
        <source>No checklist form could be read.</source>
        <translation>Aucune grille d&apos;évaluation n&apos;a pu être lue.</translation>
    </message>
    <message>
        <source>&amp;Checklist to print:</source>
        <translation>&amp;Grille à imprimer :</translation>
    </message>
    <message>
        <source>Save blank checklist</source>
        <translation>Enregistrer la grille vierge</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Save progress sheet</source>
        <translation>Enregistrer la fiche de progression</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation>Le PDF %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
</context>
<context>
    <name>PdsaDialog</name>
    <message>
        <source>PDSA cycle %1</source>
        <translation>Cycle PDSA %1</translation>
    </message>
    <message>
        <source>(no change idea)</source>
        <translation>(aucune idée de changement)</translation>
    </message>
    <message>
        <source>The change, where, who, and what you predict</source>
        <translation>Le changement, où, qui, et ce que vous prévoyez</translation>
    </message>
    <message>
        <source>What was done; what was observed</source>
        <translation>Ce qui a été fait ; ce qui a été observé</translation>
    </message>
    <message>
        <source>Results against the prediction</source>
        <translation>Résultats par rapport à la prévision</translation>
    </message>
    <message>
        <source>Adopt, adapt or abandon; the next cycle</source>
        <translation>Adopter, adapter ou abandonner ; le cycle suivant</translation>
    </message>
    <message>
        <source>not ended yet</source>
        <translation>pas encore terminé</translation>
    </message>
    <message>
        <source>&amp;Change idea:</source>
        <translation>Idée de &amp;changement :</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Planifier :</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Faire :</translation>
    </message>
    <message>
        <source>St&amp;udy:</source>
        <translation>É&amp;tudier :</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>A&amp;gir :</translation>
    </message>
    <message>
        <source>Star&amp;ts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;n :</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <source>Name, staff code or phone</source>
        <translation>Nom, matricule ou téléphone</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Active (posted now)</source>
        <translation>Actif (affecté actuellement)</translation>
    </message>
    <message>
        <source>Inactive or not posted</source>
        <translation>Inactif ou sans affectation</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Établissement :</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>&amp;Cadre :</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>&amp;Domaine technique :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>A&amp;ffecter…</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer…</source>
        <translation>Mu&amp;ter…</translation>
    </message>
    <message>
        <source>Record attr&amp;ition…</source>
        <translation>Enregistrer un &amp;départ…</translation>
    </message>
    <message>
        <source>Assign to a &amp;place…</source>
        <translation>Assigner à un &amp;lieu…</translation>
    </message>
    <message>
        <source>Give this mentor a facility or CHW group to mentor. To make a validated mentee a mentor, use Promote.</source>
        <translation>Confier à ce mentor un établissement ou un groupe d&apos;ASC à mentorer. Pour faire d&apos;un mentoré validé un mentor, utilisez Promouvoir.</translation>
    </message>
    <message>
        <source>Pr&amp;omote…</source>
        <translation>Pr&amp;omouvoir…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 personne</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté(e).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré(e).</translation>
    </message>
    <message>
        <source>Transferred %1.</source>
        <translation>%1 muté(e).</translation>
    </message>
    <message>
        <source>Posted %1.</source>
        <translation>%1 affecté(e).</translation>
    </message>
    <message>
        <source>Recorded that %1 left; the posting is kept in the history.</source>
        <translation>Départ de %1 enregistré ; l&apos;affectation est conservée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation>%1 assigné(e).</translation>
    </message>
    <message>
        <source>%1 is now a mentor.</source>
        <translation>%1 est désormais mentor.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>&amp;Cadre :</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>&amp;Qualification :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Staff c&amp;ode:</source>
        <translation>&amp;Matricule :</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Enrolment, competency</source>
        <translation>Inscription, compétence</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Dernier score</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Mentor profile</source>
        <translation>Profil de mentor</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation>Choisissez une personne dans la liste</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>Never posted.</source>
        <translation>Jamais affecté(e).</translation>
    </message>
    <message>
        <source>Not posted since %1 (%2).</source>
        <translation>Sans affectation depuis le %1 (%2).</translation>
    </message>
    <message>
        <source>%1 at %2 since %3.</source>
        <translation>%1 à %2 depuis le %3.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 at %2, since %3 (%4)</source>
        <translation>%1 à %2, depuis le %3 (%4)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>(no competency planned)</source>
        <translation>(aucune compétence prévue)</translation>
    </message>
    <message>
        <source>Not enrolled as a mentee.</source>
        <translation>Pas inscrit(e) comme mentoré(e).</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>&amp;Propose next month&apos;s plan…</source>
        <translation>&amp;Proposer le plan du mois prochain…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>&amp;Enregistrer la visite…</translation>
    </message>
    <message>
        <source>&amp;Debriefing…</source>
        <translation>Dé&amp;briefing…</translation>
    </message>
    <message>
        <source>Mark m&amp;issed…</source>
        <translation>Marquer &amp;manquée…</translation>
    </message>
    <message>
        <source>Print visit plan &amp;letter…</source>
        <translation>Imprimer la &amp;lettre du plan de visites…</translation>
    </message>
    <message>
        <source>&amp;Visits in %1 (%2):</source>
        <translation>&amp;Visites en %1 (%2) :</translation>
    </message>
    <message>
        <source>, debriefed</source>
        <translation>, avec débriefing</translation>
    </message>
    <message>
        <source>&amp;Overdue visits, and visits missed in the last six months (%1):</source>
        <translation>Visites en &amp;retard, et visites manquées au cours des six derniers mois (%1) :</translation>
    </message>
    <message>
        <source>Propose next month&apos;s plan</source>
        <translation>Proposer le plan du mois prochain</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Muter %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Affecter %1</translation>
    </message>
    <message>
        <source>To &amp;facility:</source>
        <translation>Vers l&apos;&amp;établissement :</translation>
    </message>
    <message>
        <source>At &amp;facility:</source>
        <translation>À l&apos;&amp;établissement :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
    <message>
        <source>now at %1</source>
        <translation>actuellement à %1</translation>
    </message>
    <message>
        <source>Choose a facility from the list.</source>
        <translation>Choisissez un établissement dans la liste.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Every row was checked as the import would save it; nothing was saved. Click a column header to sort the problems.</source>
        <translation>Chaque ligne a été vérifiée comme l&apos;import l&apos;enregistrerait ; rien n&apos;a été enregistré. Cliquez sur un en-tête de colonne pour trier les problèmes.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes :</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>&amp;Exclure les lignes avec des problèmes et importer les autres</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Relire le fichier</translation>
    </message>
    <message>
        <source>After correcting the file in Excel and saving it</source>
        <translation>Après avoir corrigé le fichier dans Excel et l&apos;avoir enregistré</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Problèmes (%1) :</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1 problem(s) concern the whole file or a column. Go back to the columns, or correct the file and read it again.</source>
        <translation>Le fichier ne peut pas être importé tel quel : %1 problème(s) concernent tout le fichier ou une colonne. Revenez aux colonnes, ou corrigez le fichier et relisez-le.</translation>
    </message>
    <message>
        <source>The sheet has headers but no rows below them: nothing to import.</source>
        <translation>La feuille a des en-têtes mais aucune ligne en dessous : rien à importer.</translation>
    </message>
    <message>
        <source>%1 rows read: all %1 rows are OK.</source>
        <translation>%1 lignes lues : les %1 lignes sont toutes correctes.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows OK, %3 row(s) with problems (%4 problem(s)).</source>
        <translation>%1 lignes lues : %2 lignes correctes, %3 ligne(s) avec des problèmes (%4 problème(s)).</translation>
    </message>
    <message>
        <source>Left out: row(s) %1; %2 rows are ready.</source>
        <translation>Exclue(s) : ligne(s) %1 ; %2 lignes sont prêtes.</translation>
    </message>
    <message>
        <source>Correct the file and read it again, or leave those rows out.</source>
        <translation>Corrigez le fichier et relisez-le, ou excluez ces lignes.</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Print progress &amp;sheet</source>
        <translation>&amp;Imprimer la fiche de progression</translation>
    </message>
    <message>
        <source>&amp;Open mentee</source>
        <translation>&amp;Ouvrir le mentoré</translation>
    </message>
    <message>
        <source>Fa&amp;cility:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>&amp;Technical area:</source>
        <translation>&amp;Domaine technique :</translation>
    </message>
    <message>
        <source>Each cell: baseline → latest score (number of assessments); ✓ date = validated; “not started” = planned, not yet assessed; grey blank = not in the mentee&apos;s plan.</source>
        <translation>Chaque cellule : score initial → dernier score (nombre d&apos;évaluations) ; ✓ date = validé ; « non commencé » = prévu, pas encore évalué ; gris vide = hors du plan du mentoré.</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 mentees · %2 validated in at least one competency</source>
        <translation>%1 mentorés · %2 validés dans au moins une compétence</translation>
    </message>
    <message>
        <source>The tracker could not be loaded: %1</source>
        <translation>Le suivi n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Choose a mentee in the table first.</source>
        <translation>Choisissez d&apos;abord un mentoré dans le tableau.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Aim an&amp;d measure</source>
        <translation>Ob&amp;jectif et mesure</translation>
    </message>
    <message>
        <source>&amp;Fishbone and 5 whys</source>
        <translation>&amp;Arêtes de poisson et 5 pourquoi</translation>
    </message>
    <message>
        <source>Change ideas and &amp;PDSA</source>
        <translation>Idées de changement et &amp;PDSA</translation>
    </message>
    <message>
        <source>The gap, with numbers when there are</source>
        <translation>La lacune, chiffrée quand c&apos;est possible</translation>
    </message>
    <message>
        <source>SMART: what will improve, by how much, for whom, by when</source>
        <translation>SMART : ce qui va s&apos;améliorer, de combien, pour qui, d&apos;ici quand</translation>
    </message>
    <message>
        <source>How you will know a change is an improvement</source>
        <translation>Comment vous saurez qu&apos;un changement est une amélioration</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>Établ&amp;issement :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Pro&amp;blem:</source>
        <translation>Pro&amp;blème :</translation>
    </message>
    <message>
        <source>SMART &amp;aim:</source>
        <translation>&amp;Objectif SMART :</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>I&amp;ndicateur :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>From finding:</source>
        <translation>Issu du constat :</translation>
    </message>
    <message>
        <source>Sa&amp;ve project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>(no facility indicator)</source>
        <translation>(aucun indicateur d&apos;établissement)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé le %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Causes by category; a cause&apos;s children are its whys</source>
        <translation>Causes par catégorie ; les enfants d&apos;une cause sont ses pourquoi</translation>
    </message>
    <message>
        <source>Ca&amp;uses:</source>
        <translation>Ca&amp;uses :</translation>
    </message>
    <message>
        <source>A cause, or the answer to &apos;why?&apos;</source>
        <translation>Une cause, ou la réponse à « pourquoi ? »</translation>
    </message>
    <message>
        <source>Add &amp;cause</source>
        <translation>Ajouter une &amp;cause</translation>
    </message>
    <message>
        <source>Ask &amp;why (under the selected cause)</source>
        <translation>Demander pour&amp;quoi (sous la cause sélectionnée)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Pourquoi ? %1</translation>
    </message>
    <message>
        <source>Select the cause to ask &apos;why?&apos; about.</source>
        <translation>Sélectionnez la cause à laquelle demander « pourquoi ? ».</translation>
    </message>
    <message>
        <source>Select a QI project, or start one.</source>
        <translation>Sélectionnez un projet d&apos;amélioration, ou démarrez-en un.</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote %1 to mentor</source>
        <translation>Promouvoir %1 au rang de mentor</translation>
    </message>
    <message>
        <source>no current posting</source>
        <translation>aucune affectation actuelle</translation>
    </message>
    <message>
        <source>%1, at %2.</source>
        <translation>%1, à %2.</translation>
    </message>
    <message>
        <source>Validated competency</source>
        <translation>Compétence validée</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Not eligible: %1.</source>
        <translation>Non éligible : %1.</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>New mentor profile</source>
        <translation>Nouveau profil de mentor</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Technical &amp;areas:</source>
        <translation>&amp;Domaines techniques :</translation>
    </message>
    <message>
        <source>Selected &amp;on:</source>
        <translation>Sélectionné &amp;le :</translation>
    </message>
    <message>
        <source>Selection &amp;score (%):</source>
        <translation>&amp;Score de sélection (%) :</translation>
    </message>
    <message>
        <source>Orie&amp;nted on:</source>
        <translation>&amp;Orienté le :</translation>
    </message>
    <message>
        <source>Orientation &amp;theory (%):</source>
        <translation>Orientation, t&amp;héorie (%) :</translation>
    </message>
    <message>
        <source>Orientation p&amp;ractical (%):</source>
        <translation>Orientation, p&amp;ratique (%) :</translation>
    </message>
    <message>
        <source>Open place</source>
        <translation>Lieu à pourvoir</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Assign to the selected place…</source>
        <translation>&amp;Assigner au lieu sélectionné…</translation>
    </message>
    <message>
        <source>Looking for places without a mentor…</source>
        <translation>Recherche des lieux sans mentor…</translation>
    </message>
    <message>
        <source>%1 is now a %2. Places without a mentor of this kind: %3.</source>
        <translation>%1 est désormais %2. Lieux sans mentor de ce type : %3.</translation>
    </message>
    <message>
        <source>%1 is now a %2. No place is waiting for one (%3).</source>
        <translation>%1 est désormais %2. Aucun lieu n&apos;en attend (%3).</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed plan for %1</source>
        <translation>Plan proposé pour %1</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>%1 visits can be planned.</source>
        <translation>%1 visites peuvent être planifiées.</translation>
    </message>
    <message>
        <source>%1 could not be placed: see below, and plan them by hand or free a mentor.</source>
        <translation>%1 n&apos;ont pas pu être placées : voir ci-dessous, et planifiez-les à la main ou libérez un mentor.</translation>
    </message>
    <message>
        <source>%1 are already in the calendar.</source>
        <translation>%1 sont déjà dans le calendrier.</translation>
    </message>
    <message>
        <source>&amp;Visits to plan:</source>
        <translation>&amp;Visites à planifier :</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1), not planned:</source>
        <translation>&amp;Conflits (%1), non planifiées :</translation>
    </message>
    <message>
        <source>Already &amp;planned (%1):</source>
        <translation>&amp;Déjà planifiées (%1) :</translation>
    </message>
</context>
<context>
    <name>QIPage</name>
    <message>
        <source>Show finis&amp;hed projects</source>
        <translation>Afficher les projets &amp;terminés</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>P&amp;rint project page…</source>
        <translation>&amp;Imprimer la fiche du projet…</translation>
    </message>
    <message>
        <source>QI pro&amp;jects:</source>
        <translation>Pro&amp;jets d&apos;amélioration :</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report: %1, %2</source>
        <translation>Rapport mensuel : %1, %2</translation>
    </message>
    <message>
        <source>Visits the office recorded:</source>
        <translation>Visites enregistrées par le bureau :</translation>
    </message>
    <message>
        <source>What got in the way; what help is needed</source>
        <translation>Ce qui a fait obstacle ; l&apos;aide nécessaire</translation>
    </message>
    <message>
        <source>&amp;Visits done:</source>
        <translation>&amp;Visites effectuées :</translation>
    </message>
    <message>
        <source>&amp;Mentees assessed:</source>
        <translation>&amp;Mentorés évalués :</translation>
    </message>
    <message>
        <source>Va&amp;lidations:</source>
        <translation>Va&amp;lidations :</translation>
    </message>
    <message>
        <source>&amp;Challenges:</source>
        <translation>&amp;Difficultés :</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation>&amp;Soumis le :</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Quarterly joint supervision visit report</source>
        <translation>Rapport trimestriel de visite de supervision conjointe</translation>
    </message>
    <message>
        <source>District coordination meeting pack</source>
        <translation>Dossier de la réunion de coordination du district</translation>
    </message>
    <message>
        <source>Validation summary</source>
        <translation>Synthèse des validations</translation>
    </message>
    <message>
        <source>Mentee certificate of validation</source>
        <translation>Certificat de validation du mentoré</translation>
    </message>
    <message>
        <source>Monthly mentor report</source>
        <translation>Rapport mensuel du mentor</translation>
    </message>
    <message>
        <source>Visit plan letter</source>
        <translation>Lettre du plan de visites</translation>
    </message>
    <message>
        <source>QI project pages</source>
        <translation>Fiches des projets d&apos;amélioration</translation>
    </message>
    <message>
        <source>One hospital (or health center) with the units under it: visits, mentees, competencies, findings, QI, actions, escalations, indicator run charts and next steps.</source>
        <translation>Un hôpital (ou un centre de santé) avec les unités qui en dépendent : visites, mentorés, compétences, constats, AQ, actions, escalades, graphiques de tendance des indicateurs et prochaines étapes.</translation>
    </message>
    <message>
        <source>A summary by level (hospital, health centers, health posts, community), then each hospital&apos;s supervision report.</source>
        <translation>Une synthèse par niveau (hôpital, centres de santé, postes de santé, communauté), puis le rapport de supervision de chaque hôpital.</translation>
    </message>
    <message>
        <source>Mentees validated by professional association and fiscal year, and by technical area at health centers; for one facility&apos;s catchment if you choose one.</source>
        <translation>Mentorés validés par association professionnelle et par année fiscale, et par domaine technique dans les centres de santé ; pour la zone de rayonnement d&apos;un établissement si vous en choisissez un.</translation>
    </message>
    <message>
        <source>One page per competency the mentee was validated in.</source>
        <translation>Une page par compétence pour laquelle le mentoré a été validé.</translation>
    </message>
    <message>
        <source>The mentor&apos;s report for the month beside what the office recorded, with the office&apos;s feedback.</source>
        <translation>Le rapport du mentor pour le mois, en regard de ce que le bureau a enregistré, avec la rétroaction du bureau.</translation>
    </message>
    <message>
        <source>To the facility&apos;s leadership: dates, mentors, what to prepare, staff to release.</source>
        <translation>À la direction de l&apos;établissement : dates, mentors, ce qu&apos;il faut préparer, personnel à libérer.</translation>
    </message>
    <message>
        <source>One page per QI project active at the facility in the quarter.</source>
        <translation>Une page par projet d&apos;amélioration actif dans l&apos;établissement au cours du trimestre.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Type part of a validated mentee&apos;s name</source>
        <translation>Tapez une partie du nom d&apos;un mentoré validé</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop generating (Esc); no file is written</source>
        <translation>Arrêter la génération (Échap) ; aucun fichier n&apos;est écrit</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Établissement :</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>Men&amp;toré :</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>Impossible de charger les choix : %1</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District :</translation>
    </message>
    <message>
        <source>&amp;Facility (optional):</source>
        <translation>&amp;Établissement (facultatif) :</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Choisissez le district.</translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation>Choisissez l&apos;établissement.</translation>
    </message>
    <message>
        <source>Choose the mentee.</source>
        <translation>Choisissez le mentoré.</translation>
    </message>
    <message>
        <source>Choose the mentor.</source>
        <translation>Choisissez le mentor.</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>Choisissez la période.</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The report was written but cannot be shown here.</source>
        <translation>Le rapport a été produit mais ne peut pas être affiché ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ready: %n page(s), in %2 s. Save or print it from the preview.</source>
        <translation>
            <numerusform>%1 prêt : %n page, en %2 s. Enregistrez-le ou imprimez-le depuis l&apos;aperçu.</numerusform>
            <numerusform>%1 prêt : %n pages, en %2 s. Enregistrez-le ou imprimez-le depuis l&apos;aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Non généré : %1</translation>
    </message>
    <message>
        <source>Report not generated</source>
        <translation>Rapport non généré</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Réinitialiser le mot de passe de {name}</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The user must choose their own password at the next sign-in.</source>
        <translation>L&apos;utilisateur devra choisir son propre mot de passe à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Rôle de {name}</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Actif (peut se connecter)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>professional-association mentor</source>
        <translation>mentor d&apos;association professionnelle</translation>
    </message>
    <message>
        <source>district-based mentor</source>
        <translation>mentor de district</translation>
    </message>
    <message>
        <source>health-center provider mentor</source>
        <translation>mentor prestataire de centre de santé</translation>
    </message>
    <message>
        <source>community mentor</source>
        <translation>mentor communautaire</translation>
    </message>
    <message>
        <source>a hospital</source>
        <translation>un hôpital</translation>
    </message>
    <message>
        <source>a health center</source>
        <translation>un centre de santé</translation>
    </message>
    <message>
        <source>a health post</source>
        <translation>un poste de santé</translation>
    </message>
    <message>
        <source>a CHW group</source>
        <translation>un groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>Choose either a facility or a CHW group.</source>
        <translation>Choisissez soit un établissement, soit un groupe d&apos;ASC.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>La date de fin ({end}) est antérieure à la date de début ({start}).</translation>
    </message>
    <message>
        <source>{mentor} is an inactive mentor; reactivate the mentor profile first.</source>
        <translation>{mentor} est un mentor inactif ; réactivez d&apos;abord son profil de mentor.</translation>
    </message>
    <message>
        <source>{mentor} is a {kind}: they mentor at {where}, not at {place} ({level}).</source>
        <translation>{mentor} est {kind} : son mentorat se fait dans {where}, pas à {place} ({level}).</translation>
    </message>
    <message>
        <source>{hospital}&apos;s joint team already has a {association} mentor ({mentor}) in that period: one mentor per association.</source>
        <translation>L&apos;équipe conjointe de {hospital} a déjà un mentor {association} ({mentor}) sur cette période : un seul mentor par association.</translation>
    </message>
    <message>
        <source>A district-based mentor covers at most {limit} health centers at a time; {mentor} already covers {places}.</source>
        <translation>Un mentor de district couvre au plus {limit} centres de santé à la fois ; {mentor} couvre déjà {places}.</translation>
    </message>
    <message>
        <source>A health-center provider mentor covers at most {limit} health post at a time; {mentor} already covers {places}.</source>
        <translation>Un mentor prestataire de centre de santé couvre au plus {limit} poste de santé à la fois ; {mentor} couvre déjà {places}.</translation>
    </message>
    <message>
        <source>A {kind} covers at most {limit} places at a time; {mentor} already covers {places}.</source>
        <translation>Un {kind} couvre au plus {limit} lieux à la fois ; {mentor} couvre déjà {places}.</translation>
    </message>
    <message>
        <source>{mentor} is a {kind}; CHW groups are mentored by community mentors.</source>
        <translation>{mentor} est {kind} ; les groupes d&apos;ASC sont accompagnés par des mentors communautaires.</translation>
    </message>
    <message>
        <source>{group} has {members} members; a CHW group mentored together has {low} to {high}.</source>
        <translation>{group} compte {members} membres ; un groupe d&apos;ASC accompagné ensemble en compte de {low} à {high}.</translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} until {end}; end that assignment first.</source>
        <translation>{mentor} y est déjà assigné(e) du {start} au {end} ; terminez d&apos;abord cette assignation.</translation>
    </message>
    <message>
        <source>{mentor} is already assigned there from {start} with no end date; end that assignment first.</source>
        <translation>{mentor} y est déjà assigné(e) depuis le {start}, sans date de fin ; terminez d&apos;abord cette assignation.</translation>
    </message>
    <message>
        <source>{mentor} mentors in {areas}, not in {area}.</source>
        <translation>{mentor} fait du mentorat en {areas}, pas en {area}.</translation>
    </message>
    <message>
        <source>The end date {end} is before the assignment&apos;s start {start}.</source>
        <translation>La date de fin ({end}) est antérieure au début de l&apos;assignation ({start}).</translation>
    </message>
    <message>
        <source>The code needs 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le code doit comporter de 1 à 32 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>Give the facility&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;établissement.</translation>
    </message>
    <message>
        <source>A DHIS2 identifier is 11 letters or digits, starting with a letter.</source>
        <translation>Un identifiant DHIS2 comporte 11 lettres ou chiffres et commence par une lettre.</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>Le code {code} est déjà utilisé.</translation>
    </message>
    <message>
        <source>The DHIS2 identifier {uid} is already {facility}&apos;s.</source>
        <translation>L&apos;identifiant DHIS2 {uid} est déjà celui de {facility}.</translation>
    </message>
    <message>
        <source>Choose where the facility sits in the hierarchy.</source>
        <translation>Choisissez la place de l&apos;établissement dans la hiérarchie.</translation>
    </message>
    <message>
        <source>A {level} sits under a {levels}, not under {parent}.</source>
        <translation>Un établissement de niveau « {level} » relève du niveau « {levels} », pas de {parent}.</translation>
    </message>
    <message>
        <source>This facility</source>
        <translation>Cet établissement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>DHIS2 id</source>
        <translation>ID DHIS2</translation>
    </message>
    <message>
        <source>Upgraded health center</source>
        <translation>Centre de santé promu</translation>
    </message>
    <message>
        <source>A facility cannot sit under itself.</source>
        <translation>Un établissement ne peut pas relever de lui-même.</translation>
    </message>
    <message>
        <source>Give the first name.</source>
        <translation>Indiquez le prénom.</translation>
    </message>
    <message>
        <source>Give the last name.</source>
        <translation>Indiquez le nom de famille.</translation>
    </message>
    <message>
        <source>A phone number has digits only, e.g. +250 788 123 456.</source>
        <translation>Un numéro de téléphone ne comporte que des chiffres, p. ex. +250 788 123 456.</translation>
    </message>
    <message>
        <source>The staff code {code} is already used.</source>
        <translation>Le matricule {code} est déjà utilisé.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>This person&apos;s posting</source>
        <translation>L&apos;affectation de cette personne</translation>
    </message>
    <message>
        <source>This person is still posted at {facility}; record a transfer instead, so the earlier posting stays in the history.</source>
        <translation>Cette personne est encore affectée à {facility} ; enregistrez plutôt une mutation, afin que l&apos;affectation précédente reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>This person has no current posting.</source>
        <translation>Cette personne n&apos;a pas d&apos;affectation actuelle.</translation>
    </message>
    <message>
        <source>The end date {end} is before the posting began ({start}).</source>
        <translation>La date de fin ({end}) est antérieure au début de l&apos;affectation ({start}).</translation>
    </message>
    <message>
        <source>That is the facility they are posted at already.</source>
        <translation>Cette personne est déjà affectée à cet établissement.</translation>
    </message>
    <message>
        <source>not yet validated on any competency</source>
        <translation>n&apos;est encore validé(e) pour aucune compétence</translation>
    </message>
    <message>
        <source>already has a mentor profile</source>
        <translation>a déjà un profil de mentor</translation>
    </message>
    <message>
        <source>has no current posting</source>
        <translation>n&apos;a pas d&apos;affectation actuelle</translation>
    </message>
    <message>
        <source>works at a country: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>travaille au niveau national : il n&apos;y a pas de niveau inférieur où exercer le mentorat (les mentors communautaires sont choisis parmi le personnel des centres de santé)</translation>
    </message>
    <message>
        <source>works at a province: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>travaille au niveau de la province : il n&apos;y a pas de niveau inférieur où exercer le mentorat (les mentors communautaires sont choisis parmi le personnel des centres de santé)</translation>
    </message>
    <message>
        <source>works at a district: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>travaille au niveau du district : il n&apos;y a pas de niveau inférieur où exercer le mentorat (les mentors communautaires sont choisis parmi le personnel des centres de santé)</translation>
    </message>
    <message>
        <source>works at a health post: there is no level below to mentor (community mentors are chosen among health-center staff)</source>
        <translation>travaille dans un poste de santé : il n&apos;y a pas de niveau inférieur où exercer le mentorat (les mentors communautaires sont choisis parmi le personnel des centres de santé)</translation>
    </message>
    <message>
        <source>{person} cannot become a mentor yet: {reasons}.</source>
        <translation>{person} ne peut pas encore devenir mentor : {reasons}.</translation>
    </message>
    <message>
        <source>Professional-association mentors are appointed by their association, not promoted in the cascade.</source>
        <translation>Les mentors d&apos;association professionnelle sont désignés par leur association, pas promus dans la cascade.</translation>
    </message>
    <message>
        <source>The selection score is a percentage from 0 to 100.</source>
        <translation>Le score de sélection est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>The orientation theory score is a percentage from 0 to 100.</source>
        <translation>Le score d&apos;orientation théorique est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>The orientation practical score is a percentage from 0 to 100.</source>
        <translation>Le score d&apos;orientation pratique est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Choose at least one technical area.</source>
        <translation>Choisissez au moins un domaine technique.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hôpital</translation>
    </message>
    <message>
        <source>health center</source>
        <translation>centre de santé</translation>
    </message>
    <message>
        <source>health post</source>
        <translation>poste de santé</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>This DHIS2 mapping</source>
        <translation>Cette correspondance DHIS2</translation>
    </message>
    <message>
        <source>&apos;{metric}&apos; is not a figure MentorOffice sends.</source>
        <translation>« {metric} » n&apos;est pas un chiffre que MentorOffice envoie.</translation>
    </message>
    <message>
        <source>Only mentees reached and mentees validated are counted by technical area.</source>
        <translation>Seuls les mentorés atteints et les mentorés validés sont comptés par domaine technique.</translation>
    </message>
    <message>
        <source>There is no technical area {area}.</source>
        <translation>Il n&apos;existe pas de domaine technique {area}.</translation>
    </message>
    <message>
        <source>This figure already has a mapping for {area}.</source>
        <translation>Ce chiffre a déjà une correspondance pour {area}.</translation>
    </message>
    <message>
        <source>This figure already has a mapping.</source>
        <translation>Ce chiffre a déjà une correspondance.</translation>
    </message>
    <message>
        <source>There is no facility with id {facility}.</source>
        <translation>Il n&apos;existe pas d&apos;établissement portant l&apos;identifiant {facility}.</translation>
    </message>
    <message>
        <source>The code is 2 to 32 capital letters, digits or _, starting with a letter (e.g. KMC_COVERAGE).</source>
        <translation>Le code comporte de 2 à 32 lettres majuscules, chiffres ou _, et commence par une lettre (p. ex. KMC_COVERAGE).</translation>
    </message>
    <message>
        <source>There is already an indicator {code}.</source>
        <translation>Il existe déjà un indicateur {code}.</translation>
    </message>
    <message>
        <source>Write the name.</source>
        <translation>Écrivez le nom.</translation>
    </message>
    <message>
        <source>Write the numerator&apos;s definition.</source>
        <translation>Écrivez la définition du numérateur.</translation>
    </message>
    <message>
        <source>Write the denominator&apos;s definition.</source>
        <translation>Écrivez la définition du dénominateur.</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>Le nom comporte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Say whether higher or lower is better.</source>
        <translation>Indiquez si une valeur plus élevée ou plus basse est meilleure.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>closed unresolved</source>
        <translation>clôturée sans résolution</translation>
    </message>
    <message>
        <source>An action that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Une action {current} ne peut pas devenir {wanted} ; statuts possibles : {options}.</translation>
    </message>
    <message>
        <source>An escalation that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Une escalade {current} ne peut pas devenir {wanted} ; statuts possibles : {options}.</translation>
    </message>
    <message>
        <source>nothing: it is final</source>
        <translation>aucun, ce statut est définitif</translation>
    </message>
    <message>
        <source>Done on {on} is before the action was agreed ({agreed}).</source>
        <translation>La date de réalisation ({on}) est antérieure à la date où l&apos;action a été convenue ({agreed}).</translation>
    </message>
    <message>
        <source>Say why the action is dropped.</source>
        <translation>Indiquez pourquoi l&apos;action est abandonnée.</translation>
    </message>
    <message>
        <source>Resolved on {on} is before it was raised ({raised}).</source>
        <translation>La date de résolution ({on}) est antérieure à la date de signalement ({raised}).</translation>
    </message>
    <message>
        <source>Say how it was resolved (the district&apos;s or ministry&apos;s response).</source>
        <translation>Indiquez comment elle a été résolue (la réponse du district ou du ministère).</translation>
    </message>
    <message>
        <source>Choose the facility.</source>
        <translation>Choisissez l&apos;établissement.</translation>
    </message>
    <message>
        <source>The finding was made at another facility.</source>
        <translation>Le constat a été fait dans un autre établissement.</translation>
    </message>
    <message>
        <source>The QI project belongs to another facility.</source>
        <translation>Le projet d&apos;amélioration appartient à un autre établissement.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>Nommez la personne responsable.</translation>
    </message>
    <message>
        <source>That person is not in the registry.</source>
        <translation>Cette personne ne figure pas dans le registre.</translation>
    </message>
    <message>
        <source>The due date {due} has already passed: agree a date still ahead.</source>
        <translation>L&apos;échéance ({due}) est déjà passée : convenez d&apos;une date à venir.</translation>
    </message>
    <message>
        <source>The day it was agreed, {day}, is still ahead.</source>
        <translation>Le jour où elle a été convenue, le {day}, n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <source>The due date {due} is before the day it was agreed ({agreed}).</source>
        <translation>L&apos;échéance ({due}) est antérieure au jour où l&apos;action a été convenue ({agreed}).</translation>
    </message>
    <message>
        <source>An escalation goes beyond the facility, to the district or the ministry; a facility&apos;s own gap becomes an action item.</source>
        <translation>Une escalade va au-delà de l&apos;établissement, vers le district ou le ministère ; une lacune propre à l&apos;établissement devient une action.</translation>
    </message>
    <message>
        <source>Describe the gap.</source>
        <translation>Décrivez la lacune.</translation>
    </message>
    <message>
        <source>Name who at that level owns it (an office or a person).</source>
        <translation>Indiquez qui en est responsable à ce niveau (un service ou une personne).</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>Le {day} est dans le futur.</translation>
    </message>
    <message>
        <source>This QI project</source>
        <translation>Ce projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>This PDSA cycle</source>
        <translation>Ce cycle PDSA</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>sustaining</source>
        <translation>en pérennisation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Give the project a short title.</source>
        <translation>Donnez un titre court au projet.</translation>
    </message>
    <message>
        <source>Keep the title under 200 characters.</source>
        <translation>Le titre doit faire moins de 200 caractères.</translation>
    </message>
    <message>
        <source>That indicator does not exist.</source>
        <translation>Cet indicateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An active project needs its aim: what will improve, by how much, by when.</source>
        <translation>Un projet actif a besoin de son objectif : ce qui va s&apos;améliorer, de combien, et d&apos;ici quand.</translation>
    </message>
    <message>
        <source>An active project needs a measure (an indicator when there is one).</source>
        <translation>Un projet actif a besoin d&apos;une mesure (un indicateur s&apos;il en existe un).</translation>
    </message>
    <message>
        <source>A QI project that is {current} cannot become {wanted}; it can become {options}.</source>
        <translation>Un projet d&apos;amélioration {current} ne peut pas devenir {wanted} ; statuts possibles : {options}.</translation>
    </message>
    <message>
        <source>This finding already started the QI project &apos;{project}&apos;.</source>
        <translation>Ce constat a déjà donné lieu au projet d&apos;amélioration « {project} ».</translation>
    </message>
    <message>
        <source>Write the cause.</source>
        <translation>Écrivez la cause.</translation>
    </message>
    <message>
        <source>A 5-whys chain stops at the {whys}th why: act on the root cause found.</source>
        <translation>Une chaîne des 5 pourquoi s&apos;arrête au {whys}e pourquoi : agissez sur la cause profonde trouvée.</translation>
    </message>
    <message>
        <source>Remove the deeper whys of this cause first.</source>
        <translation>Retirez d&apos;abord les pourquoi plus profonds de cette cause.</translation>
    </message>
    <message>
        <source>Write the change idea.</source>
        <translation>Écrivez l&apos;idée de changement.</translation>
    </message>
    <message>
        <source>Write the plan: what change, tried where, by whom, and what you predict.</source>
        <translation>Écrivez le plan : quel changement, testé où, par qui, et ce que vous prévoyez.</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>Le cycle ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>Act on what the study showed: write the study first.</source>
        <translation>Agissez selon ce que l&apos;étude a montré : écrivez d&apos;abord l&apos;étude.</translation>
    </message>
    <message>
        <source>That change idea belongs to another project.</source>
        <translation>Cette idée de changement appartient à un autre projet.</translation>
    </message>
    <message>
        <source>Choose the mentor who made the contact.</source>
        <translation>Choisissez le mentor qui a fait le contact.</translation>
    </message>
    <message>
        <source>Say what the contact was about.</source>
        <translation>Indiquez l&apos;objet du contact.</translation>
    </message>
    <message>
        <source>Keep the topic under 200 characters; put the rest in the notes.</source>
        <translation>Le thème doit faire moins de 200 caractères ; mettez le reste dans les notes.</translation>
    </message>
    <message>
        <source>That mentee is not in the registry.</source>
        <translation>Ce mentoré ne figure pas dans le registre.</translation>
    </message>
    <message>
        <source>That facility is not in the registry.</source>
        <translation>Cet établissement ne figure pas dans le registre.</translation>
    </message>
    <message>
        <source>Say which mentee or facility was contacted.</source>
        <translation>Indiquez quel mentoré ou quel établissement a été contacté.</translation>
    </message>
    <message>
        <source>This debriefing</source>
        <translation>Ce débriefing</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a project; it cannot be removed.</source>
        <translation>Le constat « {finding} » a donné lieu à un projet ; il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a action; it cannot be removed.</source>
        <translation>Le constat « {finding} » a donné lieu à une action ; il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>The finding &apos;{finding}&apos; started a escalation; it cannot be removed.</source>
        <translation>Le constat « {finding} » a donné lieu à une escalade ; il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Record the visit first: a debriefing closes a visit that took place.</source>
        <translation>Enregistrez d&apos;abord la visite : un débriefing clôt une visite qui a eu lieu.</translation>
    </message>
    <message>
        <source>The debriefing ({held_on}) cannot come before the visit started ({started}).</source>
        <translation>Le débriefing ({held_on}) ne peut pas avoir lieu avant le début de la visite ({started}).</translation>
    </message>
    <message>
        <source>Finding {finding} is not part of this debriefing.</source>
        <translation>Le constat {finding} ne fait pas partie de ce débriefing.</translation>
    </message>
    <message>
        <source>Choose the mentor whose report this is.</source>
        <translation>Choisissez le mentor auteur de ce rapport.</translation>
    </message>
    <message>
        <source>Visits done cannot be negative.</source>
        <translation>Le nombre de visites effectuées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Mentees assessed cannot be negative.</source>
        <translation>Le nombre de mentorés évalués ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Validations cannot be negative.</source>
        <translation>Le nombre de validations ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>More validations than mentees assessed: a validation comes from an assessment.</source>
        <translation>Plus de validations que de mentorés évalués : une validation découle d&apos;une évaluation.</translation>
    </message>
    <message>
        <source>A report cannot be submitted before the month it reports on begins.</source>
        <translation>Un rapport ne peut pas être soumis avant le début du mois sur lequel il porte.</translation>
    </message>
    <message>
        <source>Write the feedback to send to the mentor.</source>
        <translation>Écrivez la rétroaction à envoyer au mentor.</translation>
    </message>
    <message>
        <source>Feedback on {on} comes before the report was submitted ({submitted}).</source>
        <translation>La rétroaction du {on} est antérieure à la soumission du rapport ({submitted}).</translation>
    </message>
    <message>
        <source>entry meeting</source>
        <translation>réunion d&apos;ouverture</translation>
    </message>
    <message>
        <source>data review</source>
        <translation>revue des données</translation>
    </message>
    <message>
        <source>ldhf session</source>
        <translation>séance LDHF</translation>
    </message>
    <message>
        <source>case observation</source>
        <translation>observation de cas</translation>
    </message>
    <message>
        <source>ward round</source>
        <translation>tour de salle</translation>
    </message>
    <message>
        <source>bedside teaching</source>
        <translation>enseignement au lit du patient</translation>
    </message>
    <message>
        <source>debriefing</source>
        <translation>débriefing</translation>
    </message>
    <message>
        <source>The {activity} is dated {held_on}, outside the visit ({start} to {end}).</source>
        <translation>L&apos;activité « {activity} » est datée du {held_on}, hors de la visite (du {start} au {end}).</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved.</source>
        <translation>Seule une visite planifiée peut être déplacée.</translation>
    </message>
    <message>
        <source>{days} days from {start} include a weekend or a holiday.</source>
        <translation>{days} jours à partir du {start} incluent un week-end ou un jour férié.</translation>
    </message>
    <message>
        <source>A mentor of this visit is planned elsewhere then: {clashes}.</source>
        <translation>Un mentor de cette visite est prévu ailleurs à ces dates : {clashes}.</translation>
    </message>
    <message>
        <source>The visit cannot end before it starts.</source>
        <translation>La visite ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>{day} is in the future: record a visit once it has happened.</source>
        <translation>Le {day} est dans le futur : enregistrez une visite une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>Say why the visit did not happen.</source>
        <translation>Indiquez pourquoi la visite n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>A case observation is recorded only when the patient gave explicit consent. Tick &apos;Patient consented&apos; or do not record the observation.</source>
        <translation>Une observation de cas n&apos;est enregistrée que si le patient a donné son consentement explicite. Cochez « Le patient a consenti » ou n&apos;enregistrez pas l&apos;observation.</translation>
    </message>
    <message>
        <source>Give the LDHF session&apos;s topic.</source>
        <translation>Indiquez le thème de la séance LDHF.</translation>
    </message>
    <message>
        <source>Attendees cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Cette visite</translation>
    </message>
    <message>
        <source>The calendar changed since this plan was proposed (someone planned or moved a visit). Propose the plan again.</source>
        <translation>Le calendrier a changé depuis que ce plan a été proposé (quelqu&apos;un a planifié ou déplacé une visite). Proposez à nouveau le plan.</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>This coaching plan</source>
        <translation>Ce plan de coaching</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>QI staff</source>
        <translation>personnel qualité</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this. Nothing was saved: ask the office&apos;s administrator.</source>
        <translation>{user} ({role}) n&apos;est pas autorisé à faire ceci. Rien n&apos;a été enregistré : adressez-vous à l&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <source>The token &apos;{user}&apos; was not made for this. Nothing was saved.</source>
        <translation>Le jeton « {user} » n&apos;a pas été créé pour cela. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{user} may correct only the assessments they entered.</source>
        <translation>{user} ne peut corriger que les évaluations qu&apos;il a lui-même saisies.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Nothing was saved: sign in first.</source>
        <translation>Personne n&apos;est connecté. Rien n&apos;a été enregistré : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>{what} was changed on another PC since you opened it. Nothing was saved: reload it to see the change, then make yours again.</source>
        <translation>{what} a fait l&apos;objet d&apos;une modification sur un autre PC depuis son ouverture. Rien n&apos;a été enregistré : rechargez pour voir la modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>{label} is now “{value}”.</source>
        <translation>{label} : désormais “{value}”.</translation>
    </message>
    <message>
        <source>Another PC saved the same record at the same moment. Nothing was saved: reload to see their change, then make yours again if it is still needed.</source>
        <translation>Un autre PC a enregistré le même élément au même moment. Rien n&apos;a été enregistré : rechargez pour voir sa modification, puis refaites la vôtre si elle est toujours nécessaire.</translation>
    </message>
    <message>
        <source>The database is busy with a change from another PC. Nothing was saved: try again in a moment.</source>
        <translation>La base de données est occupée par une modification venant d&apos;un autre PC. Rien n&apos;a été enregistré : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
    <message>
        <source>This action</source>
        <translation>Cette action</translation>
    </message>
    <message>
        <source>This escalation</source>
        <translation>Cette escalade</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe sont différents : tapez deux fois le même.</translation>
    </message>
    <message>
        <source>This office has users: say who acts with --user NAME (the password is asked), or give a scheduled task&apos;s token with --token or MENTOROFFICE_TOKEN.</source>
        <translation>Ce bureau a des utilisateurs : indiquez qui agit avec --user NAME (le mot de passe est demandé), ou donnez le jeton d&apos;une tâche planifiée avec --token ou MENTOROFFICE_TOKEN.</translation>
    </message>
    <message>
        <source>That token is not one of this office&apos;s: ask the administrator for a new one.</source>
        <translation>Ce jeton n&apos;appartient pas à ce bureau : demandez-en un nouveau à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>That user name and password do not match an active user.</source>
        <translation>Ce nom d&apos;utilisateur et ce mot de passe ne correspondent à aucun utilisateur actif.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait {seconds} seconds, then try again.</source>
        <translation>Trop de tentatives échouées : attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>A password needs at least {length} characters.</source>
        <translation>Un mot de passe doit comporter au moins {length} caractères.</translation>
    </message>
    <message>
        <source>Choose a password different from the one you were given.</source>
        <translation>Choisissez un mot de passe différent de celui qui vous a été donné.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>Le nom d&apos;utilisateur {name} est déjà pris.</translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots or dashes.</source>
        <translation>Un nom d&apos;utilisateur comporte de 2 à 40 lettres, chiffres, points ou tirets.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>This office already has its administrator: sign in.</source>
        <translation>Ce bureau a déjà son administrateur : connectez-vous.</translation>
    </message>
    <message>
        <source>The office must keep one active administrator.</source>
        <translation>Le bureau doit conserver au moins un administrateur actif.</translation>
    </message>
    <message>
        <source>The window locks after {low} to {high} minutes idle.</source>
        <translation>Le délai de verrouillage de la fenêtre est de {low} à {high} minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>A token is for backups, reports or exports only.</source>
        <translation>Un jeton ne sert qu&apos;aux sauvegardes, aux rapports ou aux exports.</translation>
    </message>
    <message>
        <source>This programme</source>
        <translation>Ce programme</translation>
    </message>
    <message>
        <source>Give the programme a code and a name.</source>
        <translation>Donnez au programme un code et un nom.</translation>
    </message>
    <message>
        <source>A mentor covers at least one place.</source>
        <translation>Un mentor couvre au moins un lieu.</translation>
    </message>
    <message>
        <source>There is no technical area {areas}.</source>
        <translation>Il n&apos;y a pas de domaine technique {areas}.</translation>
    </message>
    <message>
        <source>A visit lasts at least 1 day, and its longest length is not below its shortest ({low} to {high} days).</source>
        <translation>Une visite dure au moins 1 jour, et sa durée la plus longue n&apos;est pas inférieure à la plus courte ({low} à {high} jours).</translation>
    </message>
    <message>
        <source>The interval between visits needs both its shortest and longest number of weeks, the shortest at least 1 and not above the longest.</source>
        <translation>L&apos;intervalle entre les visites demande son nombre de semaines le plus court et le plus long, le plus court d&apos;au moins 1 et pas au-dessus du plus long.</translation>
    </message>
    <message>
        <source>Visits every so many weeks need the interval in weeks.</source>
        <translation>Des visites toutes les quelques semaines demandent l&apos;intervalle en semaines.</translation>
    </message>
    <message>
        <source>A visit once a quarter needs the quarter&apos;s month: 1, 2 or 3.</source>
        <translation>Une visite par trimestre demande le mois du trimestre : 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>{programme} is the office&apos;s default programme: make another programme the default first.</source>
        <translation>{programme} est le programme par défaut du bureau : faites d&apos;abord d&apos;un autre programme celui par défaut.</translation>
    </message>
    <message>
        <source>{assessor} is not an active mentor: a mentor of {area} scores this checklist.</source>
        <translation>{assessor} n&apos;est pas un mentor actif : cette liste de contrôle est notée par un mentor en {area}.</translation>
    </message>
    <message>
        <source>{assessor} mentors in {areas}, not in {area}.</source>
        <translation>{assessor} fait du mentorat en {areas}, pas en {area}.</translation>
    </message>
    <message>
        <source>{mentee} was not posted at {facility} on {day}.</source>
        <translation>{mentee} n&apos;était pas affecté(e) à {facility} le {day}.</translation>
    </message>
    <message>
        <source>{place} has two visits on {day}: {kind} and {other}.</source>
        <translation>{place} a deux visites le {day} : {kind} et {other}.</translation>
    </message>
    <message>
        <source>{mentor} is planned in two places on {day}: {place} and {other}.</source>
        <translation>{mentor} est prévu(e) à deux endroits le {day} : {place} et {other}.</translation>
    </message>
    <message>
        <source>{place}: {days} days from the visit of {previous} to the one of {day}; {programme} comes back every {low} to {high} weeks.</source>
        <translation>{place} : {days} jours entre la visite du {previous} et celle du {day} ; {programme} revient toutes les {low} à {high} semaines.</translation>
    </message>
    <message>
        <source>{place}: the visit of {day} was recorded with {recorded} working days; {planned} were planned.</source>
        <translation>{place} : la visite du {day} a été enregistrée avec {recorded} jours ouvrables ; {planned} étaient prévus.</translation>
    </message>
    <message>
        <source>the joint team&apos;s visit</source>
        <translation>la visite de l&apos;équipe conjointe</translation>
    </message>
    <message>
        <source>a health-center visit</source>
        <translation>une visite au centre de santé</translation>
    </message>
    <message>
        <source>a health-post visit</source>
        <translation>une visite au poste de santé</translation>
    </message>
    <message>
        <source>a CHW group visit</source>
        <translation>une visite à un groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>the joint supervision</source>
        <translation>la supervision conjointe</translation>
    </message>
    <message>
        <source>a baseline assessment</source>
        <translation>une évaluation de base</translation>
    </message>
</context>
<context>
    <name>RunChartPage</name>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Choose a facility and an indicator.</source>
        <translation>Choisissez un établissement et un indicateur.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>QI changes</source>
        <translation>Changements AQ</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Établissement :</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Jusqu&apos;à :</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Sur :</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Signals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Si&amp;gnaux&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;QI &amp;changes tested&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Changements AQ testés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <source>Monthly value (%)</source>
        <translation>Valeur mensuelle (%)</translation>
    </message>
    <message>
        <source>Median %1%</source>
        <translation>Médiane %1 %</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Change tested (PDSA cycle start)</source>
        <translation>Changement testé (début de cycle PDSA)</translation>
    </message>
    <message>
        <source>No values for this indicator in these months.</source>
        <translation>Aucune valeur pour cet indicateur sur ces mois.</translation>
    </message>
    <message>
        <source>Shift (6+ points on one side)</source>
        <translation>Déplacement (6+ points du même côté)</translation>
    </message>
    <message>
        <source>Trend (5+ points up or down)</source>
        <translation>Tendance (5+ points en hausse ou en baisse)</translation>
    </message>
    <message>
        <source>Astronomical point</source>
        <translation>Point astronomique (extrême)</translation>
    </message>
    <message>
        <source>Unusually long run (Anhøj)</source>
        <translation>Série anormalement longue (Anhøj)</translation>
    </message>
    <message>
        <source>No signal: the variation looks random (common cause).</source>
        <translation>Aucun signal : la variation semble aléatoire (cause commune).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>No PDSA cycle of this facility&apos;s QI projects measured by this indicator in these months.</source>
        <translation>Aucun cycle PDSA des projets d&apos;amélioration de cet établissement mesuré par cet indicateur sur ces mois.</translation>
    </message>
    <message>
        <source>No values from %1 to %2.</source>
        <translation>Aucune valeur du %1 au %2.</translation>
    </message>
    <message>
        <source>Median %1% over %2 months, %3 to %4.</source>
        <translation>Médiane %1 % sur %2 mois, de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 month(s) without cases left out.</source>
        <translation>Mois sans cas exclus : %1.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The token {name}</source>
        <translation>Le jeton {name}</translation>
    </message>
    <message>
        <source>Copy this secret into the scheduled task now (its --token option). MentorOffice does not store it and cannot show it again: if it is lost, make a new token.</source>
        <translation>Copiez maintenant ce secret dans la tâche planifiée (son option --token). MentorOffice ne le conserve pas et ne peut plus l&apos;afficher : s&apos;il est perdu, créez un nouveau jeton.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the whole list, as searched, to an Excel workbook or a CSV file</source>
        <translation>Enregistrer toute la liste, telle que recherchée, dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>The list could not be loaded. {message} Press F5 to try again.</source>
        <translation>La liste n&apos;a pas pu être chargée. {message} Appuyez sur F5 pour réessayer.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>MentorOffice is locked</source>
        <translation>MentorOffice est verrouillé</translation>
    </message>
    <message>
        <source>Sign in to MentorOffice</source>
        <translation>Connexion à MentorOffice</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nou&amp;veau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>The administrator set this password: choose your own now.</source>
        <translation>Ce mot de passe a été défini par l&apos;administrateur : choisissez le vôtre maintenant.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>This database is already open in MentorOffice for the user {user} on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation>Cette base de données est déjà ouverte dans MentorOffice pour l&apos;utilisateur {user} sur le PC {host} (processus {pid}). Une seule fenêtre peut travailler sur une base de données à la fois : fermez-la d&apos;abord là-bas, ou demandez à la personne qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>This database is already open in MentorOffice on the PC {host} (process {pid}). Only one window may work on a database at a time: close it there first, or ask whoever uses it.</source>
        <translation>Cette base de données est déjà ouverte dans MentorOffice sur le PC {host} (processus {pid}). Une seule fenêtre peut travailler sur une base de données à la fois : fermez-la d&apos;abord là-bas, ou demandez à la personne qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>MentorOffice is already open</source>
        <translation>MentorOffice est déjà ouvert</translation>
    </message>
</context>
<context>
    <name>StartProjectDialog</name>
    <message>
        <source>Start a QI project from a finding</source>
        <translation>Démarrer un projet d&apos;amélioration à partir d&apos;un constat</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Constat :</translation>
    </message>
    <message>
        <source>Project &amp;title:</source>
        <translation>&amp;Titre du projet :</translation>
    </message>
    <message>
        <source>&amp;Start project</source>
        <translation>&amp;Démarrer le projet</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Make a token for scheduled tasks</source>
        <translation>Créer un jeton pour les tâches planifiées</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. nightly-backup</source>
        <translation>p. ex. sauvegarde-nocturne</translation>
    </message>
    <message>
        <source>It may:</source>
        <translation>Autorisé à :</translation>
    </message>
    <message>
        <source>&amp;Make token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change role or &amp;deactivate…</source>
        <translation>Changer le rôle ou &amp;désactiver…</translation>
    </message>
    <message>
        <source>Make a &amp;token for scheduled tasks…</source>
        <translation>Créer un &amp;jeton pour tâches planifiées…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Lock the window after this long without a key or a click (from the next sign-in):</source>
        <translation>&amp;Verrouiller la fenêtre après cette durée sans frappe ni clic (dès la prochaine connexion) :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Each user signs in with their own name and password; their role decides what they may change.</source>
        <translation>Chaque utilisateur se connecte avec son propre nom et son mot de passe ; son rôle détermine ce qu&apos;il peut modifier.</translation>
    </message>
    <message>
        <source>The users could not be listed: {reason}</source>
        <translation>La liste des utilisateurs n&apos;a pas pu être chargée : {reason}</translation>
    </message>
    <message>
        <source>Added {name}: they choose their own password at the first sign-in.</source>
        <translation>{name} ajouté : le mot de passe définitif sera choisi à la première connexion.</translation>
    </message>
    <message>
        <source>Reset the password of {name}.</source>
        <translation>Mot de passe de {name} réinitialisé.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Made the token {name}.</source>
        <translation>Jeton {name} créé.</translation>
    </message>
    <message>
        <source>The window now locks after {minutes} minutes idle.</source>
        <translation>La fenêtre se verrouille désormais après {minutes} minutes d&apos;inactivité.</translation>
    </message>
</context>
<context>
    <name>ValuesGrid</name>
    <message>
        <source>Indicator values</source>
        <translation>Valeurs des indicateurs</translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>Record visit: %1</source>
        <translation>Enregistrer la visite : %1</translation>
    </message>
    <message>
        <source>%1 · planned %2</source>
        <translation>%1 · prévue le %2</translation>
    </message>
    <message>
        <source>Held &amp;from:</source>
        <translation>Tenue &amp;du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>Mentors present</source>
        <translation>Mentors présents</translation>
    </message>
    <message>
        <source>No mentors are planned on this visit.</source>
        <translation>Aucun mentor n&apos;est prévu pour cette visite.</translation>
    </message>
    <message>
        <source>Activities already recorded</source>
        <translation>Activités déjà enregistrées</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Retirer l&apos;activité</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Retirée à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Follow-up contacts with this facility between visits</source>
        <translation>Contacts de suivi avec cet établissement entre les visites</translation>
    </message>
    <message>
        <source>Add follow-&amp;up contact…</source>
        <translation>Ajouter un contact de &amp;suivi…</translation>
    </message>
    <message>
        <source>No follow-up contact recorded yet.</source>
        <translation>Aucun contact de suivi enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Visit planning</source>
        <translation>Planification des visites</translation>
    </message>
    <message>
        <source>QI projects</source>
        <translation>Projets d&apos;amélioration</translation>
    </message>
    <message>
        <source>Actions and escalations</source>
        <translation>Actions et escalades</translation>
    </message>
    <message>
        <source>Mentor reports</source>
        <translation>Rapports des mentors</translation>
    </message>
    <message>
        <source>QI project</source>
        <translation>Projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Joint team (hospital)</source>
        <translation>Équipe conjointe (hôpital)</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <source>CHW group</source>
        <translation>Groupe d&apos;ASC</translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation>Supervision conjointe</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Évaluation initiale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Entry meeting</source>
        <translation>Réunion d&apos;ouverture</translation>
    </message>
    <message>
        <source>Data review</source>
        <translation>Revue des données</translation>
    </message>
    <message>
        <source>LDHF session</source>
        <translation>Séance LDHF</translation>
    </message>
    <message>
        <source>Case observation</source>
        <translation>Observation de cas</translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation>Tour de salle</translation>
    </message>
    <message>
        <source>Bedside teaching</source>
        <translation>Enseignement au lit du patient</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>QI team</source>
        <translation>Équipe qualité</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Autre personnel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Teleconference</source>
        <translation>Téléconférence</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sustaining</source>
        <translation>Pérennisation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Supplies and drugs</source>
        <translation>Fournitures et médicaments</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Drugs and supplies</source>
        <translation>Médicaments et fournitures</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed unresolved</source>
        <translation>Clôturée sans résolution</translation>
    </message>
    <message>
        <source>Joint team</source>
        <translation>Équipe conjointe</translation>
    </message>
    <message>
        <source>District-based</source>
        <translation>De district</translation>
    </message>
    <message>
        <source>&amp;Entry meeting</source>
        <translation>Réunion d&apos;&amp;ouverture</translation>
    </message>
    <message>
        <source>Data re&amp;view</source>
        <translation>&amp;Revue des données</translation>
    </message>
    <message>
        <source>LD&amp;HF session</source>
        <translation>Séance LD&amp;HF</translation>
    </message>
    <message>
        <source>Case o&amp;bservation</source>
        <translation>O&amp;bservation de cas</translation>
    </message>
    <message>
        <source>&amp;Ward round</source>
        <translation>&amp;Tour de salle</translation>
    </message>
    <message>
        <source>Bedside te&amp;aching</source>
        <translation>&amp;Enseignement au lit du patient</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>%v of %m rows</source>
        <translation>%v sur %m lignes</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Rien n&apos;a été imprimé : %1</translation>
    </message>
    <message>
        <source>Save the visit plan letter</source>
        <translation>Enregistrer la lettre du plan de visites</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the letter to %1 (%2 pages).</source>
        <translation>Lettre enregistrée dans %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Folder for the visit plan letters</source>
        <translation>Dossier des lettres du plan de visites</translation>
    </message>
    <message>
        <source>Saved %1 letters in %2.</source>
        <translation>%1 lettres enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Save the QI project page</source>
        <translation>Enregistrer la fiche du projet d&apos;amélioration</translation>
    </message>
    <message>
        <source>Saved the QI project page to %1 (%2 pages).</source>
        <translation>Fiche du projet d&apos;amélioration enregistrée dans %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
</TS>
