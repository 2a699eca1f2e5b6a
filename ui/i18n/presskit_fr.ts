<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutSection</name>
    <message>
        <location filename="../form/about.py" line="25" />
        <source>About the organisation (boilerplate)</source>
        <translation>À propos de l’organisation (présentation)</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="27" />
        <source>Who you are in 60 to 100 words; printed under “About …”</source>
        <translation>Qui vous êtes, en 60 à 100 mots ; imprimé sous « À propos de… »</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="29" />
        <source>&amp;About the organisation</source>
        <translation>À &amp;propos de l’organisation</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="51" />
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="51" />
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="53" />
        <source>{count} — boilerplates are usually 60 to 100 words</source>
        <translation>{count} — une présentation fait d’habitude 60 à 100 mots</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="91" />
        <source>Something unexpected went wrong in Presskit.</source>
        <translation>Une erreur inattendue s’est produite dans Presskit.</translation>
    </message>
    <message>
        <location filename="../app.py" line="93" />
        <source>Your work has been saved automatically and will be offered for recovery if Presskit has to close.</source>
        <translation>Votre travail a été enregistré automatiquement et vous sera proposé à la récupération si Presskit doit se fermer.</translation>
    </message>
    <message>
        <location filename="../app.py" line="97" />
        <source>You can keep working; please save your draft.</source>
        <translation>Vous pouvez continuer ; pensez à enregistrer votre brouillon.</translation>
    </message>
    <message>
        <location filename="../app.py" line="99" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../form/body_editor.py" line="139" />
        <source>Body text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="142" />
        <source>Body formatting</source>
        <translation>Mise en forme du texte</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="145" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="147" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="149" />
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="149" />
        <location filename="../form/body_editor.py" line="250" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="151" />
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="153" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="155" />
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="157" />
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="250" />
        <source>Web address or email (empty removes the link):</source>
        <translation>Adresse web ou e-mail (vide pour retirer le lien) :</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../profile_editor.py" line="283" />
        <location filename="../profile_editor.py" line="284" />
        <source>Pick the accent colour</source>
        <translation>Choisir la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="286" />
        <source>Accent colour, as #RRGGBB</source>
        <translation>Couleur d’accent, au format #RRVVBB</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="312" />
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="334" />
        <source>Type a colour like #1F3A5F</source>
        <translation>Saisissez une couleur comme #1F3A5F</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="341" />
        <source>Empty: the standard dark blue is used.</source>
        <translation>Vide : le bleu foncé standard est utilisé.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../form/contacts.py" line="87" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="91" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="91" />
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="93" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="93" />
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="95" />
        <source>Move the selected contact up</source>
        <translation>Monter le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="97" />
        <source>Move the selected contact down</source>
        <translation>Descendre le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="102" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="102" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="102" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="102" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="103" />
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="105" />
        <source>One contact per row: name, role, phone and email</source>
        <translation>Un contact par ligne : nom, fonction, téléphone et e-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="340" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="340" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="341" />
        <source>Contact {n}, {what}: {message}</source>
        <translation>Contact {n}, {what} : {message}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="67" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68" />
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="69" />
        <source>If you don't save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="84" />
        <source>“{name}” was saved by a newer version of Presskit.</source>
        <translation>« {name} » a été enregistré par une version plus récente de Presskit.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="85" />
        <source>Update Presskit to open it. The file has not been changed.</source>
        <translation>Mettez Presskit à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87" />
        <source>“{name}” is damaged and cannot be opened.</source>
        <translation>« {name} » est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88" />
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="90" />
        <source>A backup of the previous version exists: “{name}”. Open it as a new, untitled copy?</source>
        <translation>Une sauvegarde de la version précédente existe : « {name} ». L’ouvrir comme une nouvelle copie sans titre ?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="93" />
        <source>Cannot open draft</source>
        <translation>Impossible d’ouvrir le brouillon</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98" />
        <source>Open Backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112" />
        <source>“{name}” is already open in another window.</source>
        <translation>« {name} » est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="113" />
        <source>Editing it in two windows would let one overwrite the other's changes.</source>
        <translation>Le modifier dans deux fenêtres permettrait à l’une d’écraser les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="115" />
        <source>“{name}” is already open in another Presskit.</source>
        <translation>« {name} » est déjà ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="116" />
        <source>If both save, one will overwrite the other's changes. Open it here only if the other Presskit is not using it.</source>
        <translation>Si les deux enregistrent, l’un écrasera les modifications de l’autre. Ne l’ouvrez ici que si l’autre Presskit ne s’en sert pas.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="118" />
        <source>Draft already open</source>
        <translation>Brouillon déjà ouvert</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122" />
        <source>Show That Window</source>
        <translation>Afficher cette fenêtre</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="125" />
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="321" />
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="322" />
        <source>Presskit drafts (*.presskit);;Backups (*.presskit.bak);;All files (*)</source>
        <translation>Brouillons Presskit (*.presskit);;Sauvegardes (*.presskit.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="328" />
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="329" />
        <source>Presskit drafts (*.presskit)</source>
        <translation>Brouillons Presskit (*.presskit)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="335" />
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="342" />
        <source>Export All Formats to Folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="351" />
        <source>Exported “{name}”.</source>
        <translation>« {name} » a été exporté.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="353" />
        <source>Exported {n} files.</source>
        <translation>{n} fichiers exportés.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="356" />
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="357" />
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="359" />
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../dialogs.py" line="169" />
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="174" />
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_actions.py" line="71" />
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="71" />
        <source>&amp;Word Document (DOCX)…</source>
        <translation>Document &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="72" />
        <source>Plain &amp;Text…</source>
        <translation>&amp;Texte brut…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="72" />
        <source>&amp;Email (.eml)…</source>
        <translation>&amp;E-mail (.eml)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="73" />
        <source>&amp;All Formats…</source>
        <translation>Tous les &amp;formats…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="109" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="110" />
        <source>Export the letterhead PDF</source>
        <translation>Exporter le PDF avec l’en-tête</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="112" />
        <source>Export All</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="113" />
        <source>Export every format into one folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="137" />
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="138" />
        <source>Some files already exist in “{folder}”:</source>
        <translation>Certains fichiers existent déjà dans « {folder} » :</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="139" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="153" />
        <source>Refusing to overwrite the draft itself with an export.</source>
        <translation>Un export ne peut pas remplacer le brouillon lui-même.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="165" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="171" />
        <source>Exporting {format}…</source>
        <translation>Export {format} en cours…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="186" />
        <source>Exported: {files}</source>
        <translation>Exporté : {files}</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="199" />
        <location filename="../export_actions.py" line="204" />
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="200" />
        <location filename="../export_actions.py" line="205" />
        <source>The export failed; no file was changed.</source>
        <translation>L’export a échoué ; aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="224" />
        <source>The release is on the clipboard as email text.</source>
        <translation>Le communiqué est dans le presse-papiers, en texte d’e-mail.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="228" />
        <source>Copy failed</source>
        <translation>Échec de la copie</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../window_files.py" line="65" />
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="68" />
        <source>No recent drafts</source>
        <translation>Aucun brouillon récent</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="96" />
        <location filename="../window_files.py" line="102" />
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="97" />
        <source>“{name}” is open in another window.</source>
        <translation>« {name} » est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="98" />
        <location filename="../window_files.py" line="104" />
        <source>Close it there first, or choose another name.</source>
        <translation>Fermez-le d’abord là-bas, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="103" />
        <source>“{name}” is open in another Presskit.</source>
        <translation>« {name} » est ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="110" />
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="111" />
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="112" />
        <source>Saving will replace that version (it is kept as a .bak file).</source>
        <translation>Enregistrer remplacera cette version (elle est conservée dans un fichier .bak).</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="113" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="120" />
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="121" />
        <source>“{name}” could not be saved. Your changes are still here.</source>
        <translation>« {name} » n’a pas pu être enregistré. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="134" />
        <source>Saved “{name}”</source>
        <translation>« {name} » enregistré</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="143" />
        <location filename="../window_files.py" line="144" />
        <location filename="../window_files.py" line="149" />
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="143" />
        <source>Discard your changes and go back to the saved draft?</source>
        <translation>Abandonner vos modifications et revenir au brouillon enregistré ?</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="144" />
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <location filename="../window_files.py" line="149" />
        <source>The saved draft cannot be read.</source>
        <translation>Le brouillon enregistré est illisible.</translation>
    </message>
</context>
<context>
    <name>HeadlineSection</name>
    <message>
        <location filename="../form/headline.py" line="23" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="24" />
        <source>What happened, in one line</source>
        <translation>Ce qui s’est passé, en une ligne</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="28" />
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="29" />
        <source>Optional: the key figure or the context</source>
        <translation>Facultatif : le chiffre clé ou le contexte</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="31" />
        <source>Headl&amp;ine</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="36" />
        <source>&amp;Subheadline</source>
        <translation>&amp;Sous-titre</translation>
    </message>
</context>
<context>
    <name>LetterheadEditor</name>
    <message>
        <location filename="../form/letterhead.py" line="122" />
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="123" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="126" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="127" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="128" />
        <source>Choose a logo file</source>
        <translation>Choisir un fichier de logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="129" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="130" />
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="141" />
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="144" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="146" />
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="149" />
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="150" />
        <source>Maili&amp;ng address</source>
        <translation>Adresse p&amp;ostale</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="153" />
        <location filename="../form/letterhead.py" line="154" />
        <source>Pick the accent colour</source>
        <translation>Choisir la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="157" />
        <source>Accent colour, as #RRGGBB</source>
        <translation>Couleur d’accent, au format #RRVVBB</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="167" />
        <source>Colo&amp;ur</source>
        <translation>Co&amp;uleur</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="243" />
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="261" />
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="261" />
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="274" />
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../profile_editor.py" line="172" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="173" />
        <source>Choose a file for: {field}</source>
        <translation>Choisir un fichier pour : {field}</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="174" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="175" />
        <source>Remove: {field}</source>
        <translation>Retirer : {field}</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="219" />
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="220" />
        <source>Logos ({patterns})</source>
        <translation>Logos ({patterns})</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="227" />
        <source>{file}: use a PNG, JPEG or SVG file</source>
        <translation>{file} : utilisez un fichier PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="229" />
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="261" />
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
</context>
<context>
    <name>LogoThumb</name>
    <message>
        <location filename="../profile_editor.py" line="131" />
        <source>Drop a PNG, JPEG or SVG file here</source>
        <translation>Déposez un fichier PNG, JPEG ou SVG ici</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="132" />
        <source>Unreadable logo</source>
        <translation>Logo illisible</translation>
    </message>
</context>
<context>
    <name>LogoView</name>
    <message>
        <location filename="../form/letterhead.py" line="89" />
        <source>Drop a logo here</source>
        <translation>Déposez un logo ici</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="89" />
        <source>Unreadable logo</source>
        <translation>Logo illisible</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../main_menus.py" line="172" />
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="179" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="180" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="181" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="182" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="184" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="185" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="186" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="187" />
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="190" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="190" />
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="191" />
        <source>Copy as E&amp;mail Text</source>
        <translation>Copier en texte d’e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="192" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="192" />
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194" />
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194" />
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="195" />
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="195" />
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="196" />
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="196" />
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="197" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="197" />
        <source>Pre&amp;vious Page</source>
        <translation>Page pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="198" />
        <source>Ne&amp;xt Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="198" />
        <source>Move Focus to Pre&amp;view</source>
        <translation>Aller à l’&amp;aperçu</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="199" />
        <source>&amp;About Presskit</source>
        <translation>À &amp;propos de Presskit</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="199" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="206" />
        <source>Start a new release</source>
        <translation>Commencer un nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="206" />
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="207" />
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="207" />
        <source>Undo the last change, in any field</source>
        <translation>Annuler la dernière modification, quel que soit le champ</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="208" />
        <location filename="../main_menus.py" line="214" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="208" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="209" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="213" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="215" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="216" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="217" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="218" />
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="219" />
        <location filename="../main_menus.py" line="220" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="224" />
        <source>Fit Width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="225" />
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>The preview could not be updated: {error}</source>
        <translation>L’aperçu n’a pas pu être mis à jour : {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422" />
        <source>Autosave failed: {error}</source>
        <translation>Échec de l’enregistrement automatique : {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439" />
        <source>About Presskit</source>
        <translation>À propos de Presskit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440" />
        <source>An offline editor for press releases: one draft, a letterhead PDF, a Word document and email text.</source>
        <translation>Un éditeur de communiqués de presse hors ligne : un brouillon, un PDF avec en-tête, un document Word et le texte d’un e-mail.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs.py" line="260" />
        <location filename="../dialogs.py" line="308" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="264" />
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="266" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="267" />
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="270" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="272" />
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique, en secondes</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="273" />
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="278" />
        <source>Default language of new releases</source>
        <translation>Langue par défaut des nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="279" />
        <source>&amp;New releases in:</source>
        <translation>&amp;Nouveaux communiqués en :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="280" />
        <source>The interface language does not change the language a release is written in.</source>
        <translation>La langue de l’interface ne change pas la langue dans laquelle un communiqué est rédigé.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="309" />
        <source>The preferences could not be saved.</source>
        <translation>Les préférences n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../preview.py" line="75" />
        <source>Preview of the exported PDF</source>
        <translation>Aperçu du PDF exporté</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../profile_editor.py" line="375" />
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="376" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="378" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="379" />
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="380" />
        <source>Second logo (optional)</source>
        <translation>Second logo (facultatif)</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="382" />
        <source>Seco&amp;nd logo</source>
        <translation>Seco&amp;nd logo</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="385" />
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="388" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="391" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="393" />
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="396" />
        <source>Social media handles, one per line</source>
        <translation>Comptes de réseaux sociaux, un par ligne</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="397" />
        <source>One per line, e.g. @example@social.example</source>
        <translation>Un par ligne, p. ex. @exemple@social.example</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="400" />
        <source>&amp;Social handles</source>
        <translation>&amp;Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="403" />
        <source>Accent &amp;colour</source>
        <translation>&amp;Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="405" />
        <source>Font family</source>
        <translation>Famille de police</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="406" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="407" />
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="408" />
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="412" />
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="418" />
        <source>&amp;Font</source>
        <translation>P&amp;olice</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="424" />
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="424" />
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="425" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="425" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="432" />
        <source>{side} margin in millimetres</source>
        <translation>Marge {side} en millimètres</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="439" />
        <source>&amp;Margins</source>
        <translation>&amp;Marges</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="442" />
        <source>Footer line</source>
        <translation>Ligne de pied de page</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="443" />
        <source>Printed at the foot of every page</source>
        <translation>Imprimée au pied de chaque page</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="444" />
        <source>Foo&amp;ter</source>
        <translation>Pied de pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="446" />
        <source>Continuation pages &amp;repeat the logo</source>
        <translation>Les pages suivantes &amp;répètent le logo</translation>
    </message>
    <message>
        <location filename="../profile_editor.py" line="447" />
        <source>Continuation pages repeat the logo</source>
        <translation>Les pages suivantes répètent le logo</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../profile_picker.py" line="68" />
        <source>&amp;Profile</source>
        <extracomment>How a chosen profile reaches the release; the integration sets this to the window's undoable apply. None: fill ``editor`` and let it report an edit.</extracomment>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="69" />
        <source>Letterhead profile</source>
        <translation>Profil d’en-tête</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="70" />
        <source>Fill the letterhead from a saved profile</source>
        <translation>Remplir l’en-tête depuis un profil enregistré</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="71" />
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="72" />
        <source>Manage letterhead profiles</source>
        <translation>Gérer les profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="93" />
        <source>No saved profile</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="112" />
        <source>(“{name}” is not saved here)</source>
        <translation>(« {name} » n’est pas enregistré ici)</translation>
    </message>
    <message>
        <location filename="../profile_picker.py" line="116" />
        <source>(changed)</source>
        <translation>(modifié)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../profiles_dialog.py" line="265" />
        <source>Letterhead Profiles</source>
        <translation>Profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="277" />
        <source>Saved letterhead profiles</source>
        <translation>Profils d’en-tête enregistrés</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="280" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="280" />
        <location filename="../profiles_dialog.py" line="527" />
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="281" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="281" />
        <source>Duplicate the profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="283" />
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="283" />
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="285" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="285" />
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="287" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="287" />
        <source>Import a profile file</source>
        <translation>Importer un fichier de profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="289" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="289" />
        <source>Export the profile to a file</source>
        <translation>Exporter le profil dans un fichier</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="299" />
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="318" />
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="335" />
        <source>Preview of a sample release with this profile</source>
        <translation>Aperçu d’un communiqué d’exemple avec ce profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="341" />
        <source>Sample release</source>
        <translation>Communiqué d’exemple</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="357" />
        <source>Undo &amp;Changes</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="359" />
        <source>Bring back the profile as it was when you selected it</source>
        <translation>Remettre le profil tel qu’il était quand vous l’avez sélectionné</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="362" />
        <source>&amp;Use Profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="421" />
        <source>Some profile files were skipped: {problems}</source>
        <translation>Certains fichiers de profil ont été ignorés : {problems}</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="458" />
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="469" />
        <source>The last profile cannot be deleted</source>
        <translation>Le dernier profil ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="500" />
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="503" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="526" />
        <location filename="../profiles_dialog.py" line="535" />
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="526" />
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil :</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="543" />
        <location filename="../profiles_dialog.py" line="548" />
        <source>Duplicate Profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="543" />
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="544" />
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="555" />
        <location filename="../profiles_dialog.py" line="560" />
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="555" />
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="573" />
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="579" />
        <source>Deleted “{name}”.</source>
        <translation>« {name} » supprimé.</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="590" />
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="594" />
        <location filename="../profiles_dialog.py" line="607" />
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="620" />
        <source>Export Profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="621" />
        <source>The profile could not be exported.</source>
        <translation>Le profil n’a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="623" />
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="630" />
        <source>That did not work.</source>
        <translation>Cela n’a pas fonctionné.</translation>
    </message>
    <message>
        <location filename="../profiles_dialog.py" line="680" />
        <source>The preview could not be drawn: {error}</source>
        <translation>L’aperçu n’a pas pu être dessiné : {error}</translation>
    </message>
</context>
<context>
    <name>QuoteRow</name>
    <message>
        <location filename="../form/quotes.py" line="39" />
        <source>Move this quote up</source>
        <translation>Monter cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="40" />
        <source>Move this quote down</source>
        <translation>Descendre cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="41" />
        <source>Remove this quote</source>
        <translation>Retirer cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="51" />
        <source>e.g. Dr Claire Dumoulin</source>
        <translation>p. ex. Dr Claire Dumoulin</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="52" />
        <source>e.g. Scientific director</source>
        <translation>p. ex. Directrice scientifique</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="76" />
        <source>Quote {n}</source>
        <translation>Citation {n}</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="77" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="78" />
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="79" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="80" />
        <source>Quote {n}: text</source>
        <translation>Citation {n} : texte</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="81" />
        <source>Quote {n}: speaker</source>
        <translation>Citation {n} : auteur</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="82" />
        <source>Quote {n}: speaker's role</source>
        <translation>Citation {n} : fonction de l’auteur</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <location filename="../form/quotes.py" line="105" />
        <source>No quotes yet.</source>
        <translation>Aucune citation pour l’instant.</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="107" />
        <source>Add &amp;quote</source>
        <translation>Ajouter une &amp;citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="108" />
        <source>Add a quote</source>
        <translation>Ajouter une citation</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../dialogs.py" line="198" />
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="201" />
        <source>Presskit was not closed properly. Your work from the last session was saved automatically. Tick what to recover:</source>
        <translation>Presskit ne s’est pas fermé correctement. Votre travail de la dernière session a été enregistré automatiquement. Cochez ce que vous voulez récupérer :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="206" />
        <source>Autosaved releases</source>
        <translation>Communiqués enregistrés automatiquement</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="209" />
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="210" />
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="219" />
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="220" />
        <source>&amp;Discard All</source>
        <translation>Tout &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="221" />
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <location filename="../form/form.py" line="61" />
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="65" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="69" />
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="71" />
        <source>&amp;Body text</source>
        <translation>&amp;Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="76" />
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="80" />
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="82" />
        <source>Press &amp;contacts</source>
        <translation>&amp;Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="87" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="91" />
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../form/release.py" line="115" />
        <source>Language of the release</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="117" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="120" />
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="120" />
        <source>Media advisory</source>
        <translation>Avis aux médias</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="121" />
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="123" />
        <source>Kind of release</source>
        <translation>Type de communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="124" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="127" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="130" />
        <source>Fills in the suggested next reference</source>
        <translation>Remplit la prochaine référence suggérée</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="136" />
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="141" />
        <location filename="../form/release.py" line="150" />
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="143" />
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="151" />
        <source>Remove the release date</source>
        <translation>Retirer la date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="146" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="147" />
        <source>Set the release date to today</source>
        <translation>Dater le communiqué d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="153" />
        <source>The date as it will print</source>
        <translation>La date telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="160" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="163" />
        <source>Place (dateline)</source>
        <translation>Lieu (ligne de date)</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="164" />
        <source>City the release is issued from</source>
        <translation>Ville d’où le communiqué est diffusé</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="165" />
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="167" />
        <source>Hold until a date and time</source>
        <translation>Retenir jusqu’à une date et une heure</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="168" />
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="198" />
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="172" />
        <source>Embargo date</source>
        <translation>Date de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="175" />
        <source>Embargo time</source>
        <translation>Heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="188" />
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="339" />
        <source>= {time} UTC on {date}</source>
        <translation>= {time} UTC le {date}</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="392" />
        <source>e.g. CP001-2026</source>
        <translation>p. ex. CP001-2026</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="395" />
        <source>Use {reference}</source>
        <translation>Utiliser {reference}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../form/common.py" line="75" />
        <source>Shows or hides this group of fields</source>
        <translation>Affiche ou masque ce groupe de champs</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../statusbar.py" line="113" />
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 avertissement</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="114" />
        <source>⚠ {n} warnings</source>
        <translation>⚠ {n} avertissements</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="116" />
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="117" />
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="120" />
        <source>Click to go to the field concerned</source>
        <translation>Cliquez pour aller au champ concerné</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="125" />
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="126" />
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="128" />
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="129" />
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="135" />
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="136" />
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../windows.py" line="91" />
        <location filename="../windows.py" line="134" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../windows.py" line="91" />
        <source>“{name}” could not be found.</source>
        <translation>« {name} » est introuvable.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="134" />
        <source>The backup cannot be opened either.</source>
        <translation>La sauvegarde ne peut pas non plus être ouverte.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="157" />
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../windows.py" line="157" />
        <source>An autosave could not be read.</source>
        <translation>Un enregistrement automatique est illisible.</translation>
    </message>
</context>
</TS>