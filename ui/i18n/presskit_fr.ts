<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../window/help.py" line="159"/>
        <source>About Presskit</source>
        <translation>À propos de Presskit</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="161"/>
        <source>An offline editor for press releases: one draft, a letterhead PDF, a Word document and email text.</source>
        <translation>Un éditeur de communiqués de presse hors ligne&#xa0;: un brouillon, un PDF avec en-tête, un document Word et le texte d’un e-mail.</translation>
    </message>
</context>
<context>
    <name>AboutSection</name>
    <message>
        <location filename="../form/about.py" line="25"/>
        <source>About the organisation (boilerplate)</source>
        <translation>À propos de l’organisation (présentation)</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="27"/>
        <source>Who you are in 60 to 100 words; printed under “About …”</source>
        <translation>Qui vous êtes, en 60 à 100 mots&#x202f;; imprimé sous «&#xa0;À propos de…&#xa0;»</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="29"/>
        <source>&amp;About the organisation</source>
        <translation>À &amp;propos de l’organisation</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="51"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="51"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../form/about.py" line="53"/>
        <source>{count} — boilerplates are usually 60 to 100 words</source>
        <translation>{count} — une présentation fait d’habitude 60 à 100 mots</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="109"/>
        <source>Something unexpected went wrong in Presskit.</source>
        <translation>Une erreur inattendue s’est produite dans Presskit.</translation>
    </message>
    <message>
        <location filename="../app.py" line="111"/>
        <source>Your work has been saved automatically and will be offered for recovery if Presskit has to close.</source>
        <translation>Votre travail a été enregistré automatiquement et vous sera proposé à la récupération si Presskit doit se fermer.</translation>
    </message>
    <message>
        <location filename="../app.py" line="115"/>
        <source>You can keep working; please save your draft.</source>
        <translation>Vous pouvez continuer&#x202f;; pensez à enregistrer votre brouillon.</translation>
    </message>
    <message>
        <location filename="../app.py" line="117"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>BatchProgressDialog</name>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="275"/>
        <source>Exporting Folder</source>
        <translation>Exportation du dossier</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="276"/>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="291"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="293"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="295"/>
        <source>Exported {done} of {total}</source>
        <translation>{done} exportés sur {total}</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="363"/>
        <source>Export Folder</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="364"/>
        <source>Exported: {done}   Failed: {failed}</source>
        <translation>Exportés&#xa0;: {done}   Échecs&#xa0;: {failed}</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="368"/>
        <source>Cancelled: {n} not exported.</source>
        <translation>Annulé&#xa0;: {n} non exportés.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="370"/>
        <source>{n} renamed with -2, -3…: their name was already used in this export.</source>
        <translation>{n} renommés avec -2, -3…&#xa0;: leur nom était déjà pris dans cette exportation.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="373"/>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="375"/>
        <source>&amp;Errors (these files were not exported):</source>
        <translation>&amp;Erreurs (ces fichiers n’ont pas été exportés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="376"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../form/body_editor.py" line="140"/>
        <source>Body text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="143"/>
        <source>Body formatting</source>
        <translation>Mise en forme du texte</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="146"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="148"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="150"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="150"/>
        <location filename="../form/body_editor.py" line="253"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="152"/>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="154"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="156"/>
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="158"/>
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <location filename="../form/body_editor.py" line="253"/>
        <source>Web address or email (empty removes the link):</source>
        <translation>Adresse web ou e-mail (vide pour retirer le lien)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BookUpdateDialog</name>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="343"/>
        <source>Contacts Changed in the Book</source>
        <translation>Contacts modifiés dans le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="345"/>
        <source>These contacts were changed in the contact book since they were put into this release. Update the release&apos;s copies?</source>
        <translation>Ces contacts ont été modifiés dans le carnet d’adresses depuis leur ajout à ce communiqué. Mettre à jour leurs copies dans le communiqué&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="348"/>
        <source>Contacts to update</source>
        <translation>Contacts à mettre à jour</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="349"/>
        <source>In the release</source>
        <translation>Dans le communiqué</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="349"/>
        <source>In the book now</source>
        <translation>Actuellement dans le carnet</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="359"/>
        <source>&amp;Update Release</source>
        <translation>&amp;Mettre à jour le communiqué</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="362"/>
        <source>&amp;Keep as It Is</source>
        <translation>&amp;Laisser tel quel</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../profiles/editor.py" line="254"/>
        <location filename="../profiles/editor.py" line="255"/>
        <source>Pick the accent colour</source>
        <translation>Choisir la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="257"/>
        <source>Accent colour, as #RRGGBB</source>
        <translation>Couleur d’accent, au format #RRVVBB</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="283"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="305"/>
        <source>Type a colour like #1F3A5F</source>
        <translation>Saisissez une couleur comme #1F3A5F</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="312"/>
        <source>Empty: the standard dark blue is used.</source>
        <translation>Vide&#xa0;: le bleu foncé standard est utilisé.</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="318"/>
        <source>This colour is too light for text: contrast {ratio}:1 on white, under the {minimum}:1 of WCAG AA. Text in this colour is printed in {darker}.</source>
        <translation>Cette couleur est trop claire pour du texte&#xa0;: contraste de {ratio}:1 sur blanc, sous le minimum de {minimum}:1 du WCAG AA. Le texte dans cette couleur est imprimé en {darker}.</translation>
    </message>
</context>
<context>
    <name>ContactBookWindow</name>
    <message>
        <location filename="../contacts/book_window.py" line="70"/>
        <location filename="../contacts/book_window.py" line="568"/>
        <source>Contact Book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="89"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="109"/>
        <source>Search names, organizations, roles, emails</source>
        <translation>Rechercher par nom, organisation, fonction ou e-mail</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="110"/>
        <location filename="../contacts/book_window.py" line="217"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="111"/>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="173"/>
        <source>Contact book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="177"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="177"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="179"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="179"/>
        <source>Edit the selected contact</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="181"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="181"/>
        <source>Delete the selected contacts</source>
        <translation>Supprimer les contacts sélectionnés</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="183"/>
        <source>Mark as &amp;Verified</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="184"/>
        <source>Record that the selected contacts were checked today</source>
        <translation>Noter que les contacts sélectionnés ont été vérifiés aujourd’hui</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="187"/>
        <source>Add to &amp;List</source>
        <translation>&amp;Ajouter à une liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="188"/>
        <source>Add the selected contacts to a list</source>
        <translation>Ajouter les contacts sélectionnés à une liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="196"/>
        <source>&amp;Remove from List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="197"/>
        <source>Remove the selected contacts from the list shown</source>
        <translation>Retirer les contacts sélectionnés de la liste affichée</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="199"/>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="199"/>
        <source>Move up in the list</source>
        <translation>Monter dans la liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="201"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="201"/>
        <source>Move down in the list</source>
        <translation>Descendre dans la liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="204"/>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Fusionner les doublons…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="205"/>
        <source>Compare contacts that look alike; merge them or keep them apart</source>
        <translation>Comparer les contacts qui se ressemblent&#xa0;; les fusionner ou les garder séparés</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="209"/>
        <source>Import contacts from a vCard or CSV file</source>
        <translation>Importer des contacts depuis un fichier vCard ou CSV</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="211"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="212"/>
        <source>Export the contacts shown to a vCard or CSV file</source>
        <translation>Exporter les contacts affichés dans un fichier vCard ou CSV</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="214"/>
        <source>Restore &amp;Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="215"/>
        <source>Go back to an earlier state of the contact book</source>
        <translation>Revenir à un état antérieur du carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="217"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="220"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="220"/>
        <source>Close the contact book</source>
        <translation>Fermer le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="247"/>
        <source>{n} contacts in this list</source>
        <translation>{n} contacts dans cette liste</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="251"/>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="253"/>
        <source>{n} found</source>
        <translation>{n} contacts trouvés</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="255"/>
        <source>The first {n} contacts are shown: type to narrow the search.</source>
        <translation>Seuls les {n} premiers contacts sont affichés&#xa0;: précisez votre recherche.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="260"/>
        <source>{n} not verified for 12 months (marked with ⚠)</source>
        <translation>{n} non vérifiés depuis 12 mois (signalés par ⚠)</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="340"/>
        <location filename="../contacts/book_window.py" line="356"/>
        <source>The contact was not saved.</source>
        <translation>Le contact n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="367"/>
        <source>Delete “{name}” from the contact book?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» du carnet d’adresses&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="368"/>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="370"/>
        <source>Delete {n} contacts from the contact book?</source>
        <translation>Supprimer {n} contacts du carnet d’adresses&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="372"/>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="373"/>
        <source>They are also removed from every list. Releases keep their copies.</source>
        <translation>Ils sont aussi retirés de toutes les listes. Les communiqués conservent leurs copies.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="374"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="389"/>
        <source>{n} contacts marked as verified today</source>
        <translation>{n} contacts marqués comme vérifiés aujourd’hui</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="405"/>
        <source>New List…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="414"/>
        <source>The contacts were not added to the list.</source>
        <translation>Les contacts n’ont pas été ajoutés à la liste.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="419"/>
        <source>{n} contacts added to “{name}”</source>
        <translation>{n} contacts ajoutés à «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="492"/>
        <source>Importing {n} rows…</source>
        <translation>Import de {n} lignes en cours…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="495"/>
        <source>Reading “{name}”…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="509"/>
        <location filename="../contacts/book_window.py" line="514"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="515"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="521"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="536"/>
        <source>{n} contacts exported to {path}</source>
        <translation>{n} contacts exportés dans {path}</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="540"/>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="541"/>
        <source>The contacts were not exported.</source>
        <translation>Les contacts n’ont pas été exportés.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="551"/>
        <source>Restore Contact Book</source>
        <translation>Restaurer le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="552"/>
        <source>Replace the contact book with the backup “{name}”?</source>
        <translation>Remplacer le carnet d’adresses par la sauvegarde «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="554"/>
        <source>The book as it is now is saved first, so this can be undone.</source>
        <translation>Le carnet dans son état actuel est d’abord sauvegardé&#xa0;: cette opération pourra donc être annulée.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="555"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="560"/>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n’a pas été restaurée.</translation>
    </message>
    <message>
        <location filename="../contacts/book_window.py" line="564"/>
        <source>Restored; the previous state is in {name}</source>
        <translation>Carnet restauré&#x202f;; l’état précédent est conservé dans {name}</translation>
    </message>
</context>
<context>
    <name>ContactDialogs</name>
    <message>
        <location filename="../contacts/messages.py" line="93"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/messages.py" line="94"/>
        <source>Contact files (*.vcf *.vcard *.csv *.tsv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt)</source>
        <translation>Fichiers de contacts (*.vcf *.vcard *.csv *.tsv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../contacts/messages.py" line="101"/>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/messages.py" line="102"/>
        <source>vCard (*.vcf);;CSV for Excel (*.csv)</source>
        <translation>vCard (*.vcf);;CSV pour Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../contacts/edit_dialog.py" line="176"/>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="176"/>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="209"/>
        <source>&amp;Display name</source>
        <translation>Nom &amp;affiché</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="210"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="211"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="212"/>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="213"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="215"/>
        <source>Add &amp;phone</source>
        <translation>Ajouter un &amp;téléphone</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="217"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="218"/>
        <source>Add &amp;email</source>
        <translation>Ajouter un &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="220"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="221"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="222"/>
        <source>fr, en</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="223"/>
        <source>Cou&amp;ntry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="224"/>
        <source>FR, or a country name</source>
        <translation>FR, ou un nom de pays</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="230"/>
        <source>No&amp;tes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="238"/>
        <source>&amp;Verified on</source>
        <translation>&amp;Vérifié le</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="242"/>
        <location filename="../contacts/edit_dialog.py" line="257"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="250"/>
        <source>Verified toda&amp;y</source>
        <translation>Vérifié aujour&amp;d’hui</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="331"/>
        <source>Unknown country: use a code such as FR or a name.</source>
        <translation>Pays inconnu&#xa0;: utilisez un code comme FR ou un nom de pays.</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="355"/>
        <source>Give at least a name, a phone or an email.</source>
        <translation>Indiquez au moins un nom, un téléphone ou un e-mail.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../contacts/table_model.py" line="38"/>
        <source>Recently added</source>
        <translation>Ajouté récemment</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="41"/>
        <source>Never verified (added {date})</source>
        <translation>Jamais vérifié (ajouté le {date})</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="42"/>
        <source>Never verified</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="43"/>
        <source>Not verified since {date}</source>
        <translation>Non vérifié depuis le {date}</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="50"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="50"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="104"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="104"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="104"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="104"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="104"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="105"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../contacts/table_model.py" line="179"/>
        <source>{status}: check the phone and email before sending.</source>
        <translation>{status}&#xa0;: vérifiez le téléphone et l’e-mail avant l’envoi.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../form/contacts.py" line="88"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="92"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="92"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="94"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="94"/>
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="96"/>
        <source>Move the selected contact up</source>
        <translation>Monter le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="98"/>
        <source>Move the selected contact down</source>
        <translation>Descendre le contact sélectionné</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="103"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="103"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="103"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="103"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="104"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="106"/>
        <source>One contact per row: name, role, phone and email</source>
        <translation>Un contact par ligne&#xa0;: nom, fonction, téléphone et e-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="363"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="363"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../form/contacts.py" line="364"/>
        <source>Contact {n}, {what}: {message}</source>
        <translation>Contact {n}, {what}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>ContactsIntegration</name>
    <message>
        <location filename="../contacts/integration.py" line="84"/>
        <source>Contact &amp;Book…</source>
        <translation>&amp;Carnet d’adresses…</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="85"/>
        <source>Search, edit, import and export press contacts</source>
        <translation>Rechercher, modifier, importer et exporter les contacts presse</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="87"/>
        <source>Insert &amp;List…</source>
        <translation>Insérer une &amp;liste…</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="88"/>
        <source>Insert the contacts of a saved list</source>
        <translation>Insérer les contacts d’une liste enregistrée</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="89"/>
        <source>Insert &amp;Contact…</source>
        <translation>Insérer un &amp;contact…</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="90"/>
        <source>Insert contacts from the contact book</source>
        <translation>Insérer des contacts depuis le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="91"/>
        <source>Save as L&amp;ist…</source>
        <translation>&amp;Enregistrer comme liste…</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="92"/>
        <source>Save these contacts as a list in the contact book</source>
        <translation>Enregistrer ces contacts comme liste dans le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="110"/>
        <source>Contact Book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="111"/>
        <source>The contact book could not be opened.</source>
        <translation>Le carnet d’adresses n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="181"/>
        <location filename="../contacts/integration.py" line="195"/>
        <source>Save as List</source>
        <translation>Enregistrer comme liste</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="182"/>
        <source>This release has no contacts to save yet.</source>
        <translation>Ce communiqué n’a pas encore de contacts à enregistrer.</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="196"/>
        <source>The list was not saved.</source>
        <translation>La liste n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../contacts/integration.py" line="202"/>
        <source>Saved {n} contacts as the list “{name}” ({m} added to the book)</source>
        <translation>{n} contacts enregistrés dans la liste «&#xa0;{name}&#xa0;» ({m} ajoutés au carnet d’adresses)</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../contacts/import_flow.py" line="83"/>
        <source>Import {source}</source>
        <translation>Importer {source}</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="85"/>
        <source>{rows} rows in “{source}”. Choose what each column holds; the preview shows how the first rows will be imported. Nothing is saved until you click Import.</source>
        <translation>{rows} lignes dans «&#xa0;{source}&#xa0;». Choisissez ce que contient chaque colonne&#x202f;; l’aperçu montre comment les premières lignes seront importées. Rien n’est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="90"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="91"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="92"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="97"/>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="107"/>
        <source>Import column “{name}” as</source>
        <translation>Importer la colonne «&#xa0;{name}&#xa0;» comme</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="123"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="125"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="59"/>
        <location filename="../contacts/import_flow.py" line="125"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="53"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="54"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="55"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="56"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="57"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="58"/>
        <source>Role / job title</source>
        <translation>Fonction / intitulé du poste</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="60"/>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="61"/>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="62"/>
        <source>Out-of-hours phone</source>
        <translation>Téléphone hors heures ouvrées</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="63"/>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="64"/>
        <source>Phone (kind from its type column)</source>
        <translation>Téléphone (type lu dans la colonne de type associée)</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="65"/>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="66"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="67"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="68"/>
        <source>Address (kept in the notes)</source>
        <translation>Adresse (conservée dans les notes)</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="69"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="70"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="71"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="72"/>
        <source>Presskit id</source>
        <translation>Identifiant Presskit</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="125"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="125"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="126"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="164"/>
        <source>&amp;Preview of the first {n} rows ({m} with a name, phone or email):</source>
        <translation>&amp;Aperçu des {n} premières lignes ({m} avec un nom, un téléphone ou un e-mail)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../form/date_field.py" line="57"/>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../form/date_field.py" line="109"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../form/date_field.py" line="110"/>
        <source>Type the date like {example}, or 2018-03-05</source>
        <translation>Tapez la date comme {example}, ou 2018-03-05</translation>
    </message>
    <message>
        <location filename="../form/date_field.py" line="154"/>
        <source>{text} does not exist: that month has {last} days. The date was not changed.</source>
        <translation>{text} n’existe pas&#xa0;: ce mois compte {last} jours. La date n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../form/date_field.py" line="158"/>
        <source>{text} does not exist: there is no month {month}. The date was not changed.</source>
        <translation>{text} n’existe pas&#xa0;: il n’y a pas de mois {month}. La date n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../form/date_field.py" line="161"/>
        <source>{text} is not a date: type it like {example}, or 2018-03-05. The date was not changed.</source>
        <translation>{text} n’est pas une date&#xa0;: tapez-la comme {example}, ou 2018-03-05. La date n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../window/dialogs.py" line="44"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="45"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="46"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="61"/>
        <source>“{name}” was saved by a newer version of Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré par une version plus récente de Presskit.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="62"/>
        <source>Update Presskit to open it. The file has not been changed.</source>
        <translation>Mettez Presskit à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="64"/>
        <source>“{name}” is damaged and cannot be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="65"/>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="67"/>
        <source>A backup of the previous version exists: “{name}”. Open it as a new, untitled copy?</source>
        <translation>Une sauvegarde de la version précédente existe&#xa0;: «&#xa0;{name}&#xa0;». L’ouvrir comme une nouvelle copie sans titre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="70"/>
        <source>Cannot open draft</source>
        <translation>Impossible d’ouvrir le brouillon</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="75"/>
        <location filename="../window/dialogs.py" line="103"/>
        <source>Open Backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="91"/>
        <source>One field of “{name}” cannot be used.</source>
        <translation>Un champ de «&#xa0;{name}&#xa0;» est inutilisable.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="93"/>
        <source>{n} fields of “{name}” cannot be used.</source>
        <translation>{n} champs de «&#xa0;{name}&#xa0;» sont inutilisables.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="95"/>
        <source>Open it anyway with those fields left empty and marked? The file is not changed until you save it.</source>
        <translation>L’ouvrir quand même, avec ces champs laissés vides et signalés&#xa0;? Le fichier n’est pas modifié tant que vous ne l’enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="99"/>
        <source>Draft with unusable fields</source>
        <translation>Brouillon avec des champs inutilisables</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="117"/>
        <source>“{name}” is already open in another window.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="118"/>
        <source>Editing it in two windows would let one overwrite the other&apos;s changes.</source>
        <translation>Le modifier dans deux fenêtres permettrait à l’une d’écraser les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="120"/>
        <source>“{name}” is already open in another Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="121"/>
        <source>If both save, one will overwrite the other&apos;s changes. Open it here only if the other Presskit is not using it.</source>
        <translation>Si les deux enregistrent, l’un écrasera les modifications de l’autre. Ne l’ouvrez ici que si l’autre Presskit ne s’en sert pas.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="123"/>
        <source>Draft already open</source>
        <translation>Brouillon déjà ouvert</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="127"/>
        <source>Show That Window</source>
        <translation>Afficher cette fenêtre</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="100"/>
        <location filename="../window/dialogs.py" line="130"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="279"/>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="280"/>
        <source>Presskit drafts and kits (*.presskit *.presskit-kit);;Backups (*.presskit.bak *.presskit-kit.bak);;All files (*)</source>
        <translation>Brouillons et dossiers Presskit (*.presskit *.presskit-kit);;Sauvegardes (*.presskit.bak *.presskit-kit.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="289"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="290"/>
        <source>Presskit drafts (*.presskit)</source>
        <translation>Brouillons Presskit (*.presskit)</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="296"/>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="303"/>
        <source>Export All Formats to Folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <location filename="../contacts/edit_dialog.py" line="110"/>
        <source>email</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="112"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../widgets.py" line="237"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="242"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="252"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../window/export_actions.py" line="69"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="69"/>
        <source>&amp;Word Document (DOCX)…</source>
        <translation>Document &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="70"/>
        <source>Plain &amp;Text…</source>
        <translation>&amp;Texte brut…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="70"/>
        <source>&amp;Email (.eml)…</source>
        <translation>&amp;E-mail (.eml)…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="71"/>
        <source>&amp;HTML Page (accessible)…</source>
        <translation>Page &amp;HTML (accessible)…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="72"/>
        <source>&amp;All Formats…</source>
        <translation>Tous les &amp;formats…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="108"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="109"/>
        <source>Export the letterhead PDF</source>
        <translation>Exporter le PDF avec l’en-tête</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="111"/>
        <source>Export All</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="112"/>
        <source>Export every format into one folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="140"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#x202f;?</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="141"/>
        <source>Some files already exist in “{folder}”:</source>
        <translation>Certains fichiers existent déjà dans «&#xa0;{folder}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="142"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="156"/>
        <source>Refusing to overwrite the draft itself with an export.</source>
        <translation>Un export ne peut pas remplacer le brouillon lui-même.</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="169"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="176"/>
        <source>Exporting {format}…</source>
        <translation>Export {format} en cours…</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="192"/>
        <source>Exported: {files}</source>
        <translation>Exporté&#xa0;: {files}</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="204"/>
        <location filename="../window/export_actions.py" line="209"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="205"/>
        <location filename="../window/export_actions.py" line="210"/>
        <source>The export failed; no file was changed.</source>
        <translation>L’export a échoué&#x202f;; aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="230"/>
        <source>The release is on the clipboard as email text.</source>
        <translation>Le communiqué est dans le presse-papiers, en texte d’e-mail.</translation>
    </message>
    <message>
        <location filename="../window/export_actions.py" line="234"/>
        <source>Copy failed</source>
        <translation>Échec de la copie</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="43"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="44"/>
        <source>&amp;Word document (DOCX)</source>
        <translation>Document &amp;Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="45"/>
        <source>Plain &amp;text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="46"/>
        <source>E&amp;mail with the PDF attached (.eml)</source>
        <translation>E-&amp;mail avec le PDF joint (.eml)</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="47"/>
        <source>&amp;HTML page (kits: a newsroom folder)</source>
        <translation>Page &amp;HTML (dossiers de presse&#xa0;: un dossier espace presse)</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="48"/>
        <source>&amp;ZIP for journalists (kits only)</source>
        <translation>&amp;ZIP pour les journalistes (dossiers de presse seulement)</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="56"/>
        <source>About {n} s left</source>
        <translation>Environ {n}&#xa0;s restantes</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="57"/>
        <source>About {n} min left</source>
        <translation>Environ {n}&#xa0;min restantes</translation>
    </message>
</context>
<context>
    <name>ExportFolderDialog</name>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="154"/>
        <source>Export Folder</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="155"/>
        <source>&amp;Drafts in:</source>
        <translation>&amp;Brouillons dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="156"/>
        <source>Export t&amp;o:</source>
        <translation>E&amp;xporter vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="157"/>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="158"/>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="159"/>
        <source>Choose the folder of drafts</source>
        <translation>Choisir le dossier des brouillons</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="160"/>
        <source>Choose the folder to export into</source>
        <translation>Choisir le dossier où exporter</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="161"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="164"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="200"/>
        <source>Choose the folder that holds the drafts.</source>
        <translation>Choisissez le dossier qui contient les brouillons.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="202"/>
        <source>“{folder}” is not a folder.</source>
        <translation>«&#xa0;{folder}&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="206"/>
        <source>This folder holds no drafts (.presskit) or press kits (.presskit-kit).</source>
        <translation>Ce dossier ne contient aucun brouillon (.presskit) ni dossier de presse (.presskit-kit).</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="209"/>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="211"/>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="213"/>
        <source>Found: {drafts} draft(s), {kits} press kit(s)</source>
        <translation>Trouvés&#xa0;: {drafts} brouillon(s), {kits} dossier(s) de presse</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="223"/>
        <source>Folder of Drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <location filename="../window/export_folder_dialogs.py" line="229"/>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>ExportFolderFeature</name>
    <message>
        <location filename="../window/export_folder.py" line="67"/>
        <source>Export &amp;Folder…</source>
        <translation>Exporter un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../window/export_folder.py" line="68"/>
        <source>Export every draft and press kit of a folder</source>
        <translation>Exporter tous les brouillons et dossiers de presse d’un dossier</translation>
    </message>
    <message>
        <location filename="../window/export_folder.py" line="140"/>
        <source>Export Folder: {done} exported, {failed} failed</source>
        <translation>Exporter un dossier&#xa0;: {done} exporté(s), {failed} en échec</translation>
    </message>
    <message>
        <location filename="../window/export_folder.py" line="152"/>
        <source>Export Folder</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <location filename="../window/export_folder.py" line="153"/>
        <source>The folder could not be exported.</source>
        <translation>Le dossier n’a pas pu être exporté.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../window/export_notice.py" line="58"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="59"/>
        <source>Open the exported file in the system viewer</source>
        <translation>Ouvrir le fichier exporté dans la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="60"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="61"/>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="82"/>
        <source>Exported “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» a été exporté.</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="84"/>
        <source>Exported {n} files.</source>
        <translation>{n} fichiers exportés.</translation>
    </message>
    <message>
        <location filename="../window/export_notice.py" line="86"/>
        <source>Warnings: {n} (see the status bar).</source>
        <translation>Avertissements&#xa0;: {n} (voir la barre d’état).</translation>
    </message>
</context>
<context>
    <name>ExportProblemsDialog</name>
    <message>
        <location filename="../preflight/export_check.py" line="41"/>
        <source>Problems Before Export</source>
        <translation>Problèmes avant l’export</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="45"/>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="46"/>
        <source>Show Problems</source>
        <translation>Voir les problèmes</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="89"/>
        <source>This press kit still has an error.</source>
        <translation>Ce dossier de presse comporte encore une erreur.</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="91"/>
        <source>This press kit still has {n} errors.</source>
        <translation>Ce dossier de presse comporte encore {n}&#xa0;erreurs.</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="94"/>
        <source>This release still has an error.</source>
        <translation>Ce communiqué comporte encore une erreur.</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="96"/>
        <source>This release still has {n} errors.</source>
        <translation>Ce communiqué comporte encore {n} erreurs.</translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="101"/>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <location filename="../preflight/export_check.py" line="104"/>
        <source>… and {n} more.</source>
        <translation>… et {n} autres.</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../window/field_names.py" line="22"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="22"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="22"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="23"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="23"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="24"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="24"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="24"/>
        <source>Body text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="25"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="25"/>
        <source>About the organisation</source>
        <translation>À propos de l’organisation</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="26"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="26"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="26"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="27"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="27"/>
        <source>speaker</source>
        <translation>personne citée</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="27"/>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="27"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="28"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="28"/>
        <source>email</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="28"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="29"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="29"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="29"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="30"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="30"/>
        <source>second logo</source>
        <translation>second logo</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="30"/>
        <source>accent colour</source>
        <translation>couleur d’accent</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="31"/>
        <source>footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="31"/>
        <source>social links</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="31"/>
        <source>font</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="32"/>
        <source>margins</source>
        <translation>marges</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="44"/>
        <source>Quote {n}</source>
        <translation>Citation {n}</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="44"/>
        <source>Contact {n}</source>
        <translation>Contact {n}</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="45"/>
        <location filename="../window/field_names.py" line="49"/>
        <source>{item}, {part}</source>
        <translation>{item}, {part}</translation>
    </message>
    <message>
        <location filename="../window/field_names.py" line="58"/>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../window/file_actions.py" line="107"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="110"/>
        <source>No recent drafts</source>
        <translation>Aucun brouillon récent</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="120"/>
        <source>Opened with one field left empty; it is marked.</source>
        <translation>Ouvert avec un champ laissé vide&#xa0;; il est signalé.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="122"/>
        <source>Opened with {n} fields left empty; they are marked.</source>
        <translation>Ouvert avec {n} champs laissés vides&#xa0;; ils sont signalés.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="162"/>
        <location filename="../window/file_actions.py" line="168"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="163"/>
        <source>“{name}” is open in another window.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="164"/>
        <location filename="../window/file_actions.py" line="170"/>
        <source>Close it there first, or choose another name.</source>
        <translation>Fermez-le d’abord là-bas, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="169"/>
        <source>“{name}” is open in another Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="183"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="184"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="185"/>
        <source>Saving will replace that version (it is kept as a .bak file).</source>
        <translation>Enregistrer remplacera cette version (elle est conservée dans un fichier .bak).</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="186"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="194"/>
        <location filename="../window/file_actions.py" line="199"/>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="195"/>
        <location filename="../window/file_actions.py" line="200"/>
        <source>“{name}” could not be saved. Your changes are still here.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être enregistré. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="214"/>
        <source>Saved “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="223"/>
        <location filename="../window/file_actions.py" line="224"/>
        <location filename="../window/file_actions.py" line="229"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="223"/>
        <source>Discard your changes and go back to the saved draft?</source>
        <translation>Abandonner vos modifications et revenir au brouillon enregistré&#x202f;?</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="224"/>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <location filename="../window/file_actions.py" line="229"/>
        <source>The saved draft cannot be read.</source>
        <translation>Le brouillon enregistré est illisible.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../preflight/find_dialog.py" line="239"/>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="240"/>
        <source>Fi&amp;nd:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="241"/>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par :</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="242"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="243"/>
        <source>&amp;Whole words only</source>
        <translation>&amp;Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="244"/>
        <source>&amp;Previous</source>
        <translation>Précé&amp;dent</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="245"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="246"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="247"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="248"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="249"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="250"/>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="299"/>
        <source>Not found in this release.</source>
        <translation>Introuvable dans ce communiqué.</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="301"/>
        <source>Match {i} of {n}</source>
        <translation>Occurrence {i} sur {n}</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="303"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="305"/>
        <source>{n} matches</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="309"/>
        <source>Nothing to replace.</source>
        <translation>Rien à remplacer.</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="311"/>
        <source>Replaced 1 occurrence.</source>
        <translation>1 occurrence remplacée.</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="313"/>
        <source>Replaced {n} occurrences.</source>
        <translation>{n} occurrences remplacées.</translation>
    </message>
</context>
<context>
    <name>FindFeature</name>
    <message>
        <location filename="../preflight/find_dialog.py" line="359"/>
        <source>&amp;Find…</source>
        <translation>R&amp;echercher…</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="360"/>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="361"/>
        <source>Find Ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../preflight/find_dialog.py" line="362"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
</context>
<context>
    <name>HeadlineSection</name>
    <message>
        <location filename="../form/headline.py" line="23"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="24"/>
        <source>What happened, in one line</source>
        <translation>Ce qui s’est passé, en une ligne</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="28"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="29"/>
        <source>Optional: the key figure or the context</source>
        <translation>Facultatif&#xa0;: le chiffre clé ou le contexte</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="31"/>
        <source>Headl&amp;ine</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../form/headline.py" line="36"/>
        <source>&amp;Subheadline</source>
        <translation>&amp;Sous-titre</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <location filename="../window/help.py" line="205"/>
        <source>Presskit &amp;User Guide</source>
        <translation>&amp;Guide de Presskit</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="206"/>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>Aide-mémoire &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../window/help.py" line="207"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../contacts/import_flow.py" line="215"/>
        <source>Importing Contacts</source>
        <translation>Import des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="216"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="217"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="250"/>
        <source>Cancelling: nothing will be saved…</source>
        <translation>Annulation&#xa0;: rien ne sera enregistré…</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="262"/>
        <source>Importing {n} records…</source>
        <translation>Import de {n} fiches en cours…</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="287"/>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Import annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="293"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="302"/>
        <source>Kept separate, for you to compare:</source>
        <translation>Gardés séparés, à comparer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/import_flow.py" line="319"/>
        <source>&amp;Review Possible Duplicates…</source>
        <translation>&amp;Examiner les doublons possibles…</translation>
    </message>
</context>
<context>
    <name>InsertContactDialog</name>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="175"/>
        <source>Insert Contacts</source>
        <translation>Insérer des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="179"/>
        <source>Search names, organizations, roles, emails</source>
        <translation>Rechercher par nom, organisation, fonction ou e-mail</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="180"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="181"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="186"/>
        <source>Contacts found; select one or several</source>
        <translation>Contacts trouvés&#x202f;; sélectionnez-en un ou plusieurs</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="199"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="260"/>
        <source>Not verified for 12 months: {names}. Check them before sending.</source>
        <translation>Non vérifiés depuis 12 mois&#xa0;: {names}. Vérifiez-les avant l’envoi.</translation>
    </message>
</context>
<context>
    <name>InsertDialogs</name>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="394"/>
        <source>Contacts Not Verified</source>
        <translation>Contacts non vérifiés</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="395"/>
        <source>Some inserted contacts were not verified for 12 months.</source>
        <translation>Certains contacts insérés n’ont pas été vérifiés depuis 12 mois.</translation>
    </message>
</context>
<context>
    <name>InsertListDialog</name>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="68"/>
        <source>Insert List</source>
        <translation>Insérer une liste</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="71"/>
        <source>Saved lists</source>
        <translation>Listes enregistrées</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="72"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="76"/>
        <source>Contacts of the list, in order</source>
        <translation>Contacts de la liste, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="82"/>
        <source>Contacts, in this order:</source>
        <translation>Contacts, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="87"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="113"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="119"/>
        <source>There is no saved list yet. Make one in the contact book (Tools ▸ Contact Book…) or with “Save as List…”.</source>
        <translation>Aucune liste enregistrée pour l’instant. Créez-en une dans le carnet d’adresses (Outils ▸ Carnet d’adresses…) ou avec «&#xa0;Enregistrer comme liste…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="145"/>
        <source>This list is empty.</source>
        <translation>Cette liste est vide.</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="148"/>
        <source>{n} of these contacts were not verified for 12 months: check them before sending.</source>
        <translation>{n} de ces contacts n’ont pas été vérifiés depuis 12 mois&#xa0;: vérifiez-les avant l’envoi.</translation>
    </message>
</context>
<context>
    <name>KitExports</name>
    <message>
        <location filename="../kit/export.py" line="51"/>
        <source>Kit &amp;PDF…</source>
        <translation>&amp;PDF du dossier…</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="52"/>
        <source>The release, the documents and the photos as one PDF</source>
        <translation>Le communiqué, les documents et les photos en un seul PDF</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="53"/>
        <source>&amp;ZIP for Journalists…</source>
        <translation>&amp;ZIP pour les journalistes…</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="54"/>
        <source>PDF, DOCX and text, the original photos with their credits, the logos and the newsroom page, in one ZIP</source>
        <translation>PDF, DOCX et texte, les photos originales avec leurs crédits, les logos et la page presse, dans un seul ZIP</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="56"/>
        <source>&amp;Newsroom Folder…</source>
        <translation>Dossier de la page &amp;presse…</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="57"/>
        <source>The newsroom page and its files in a folder, ready to upload to a website</source>
        <translation>La page presse et ses fichiers dans un dossier, prêts à mettre en ligne</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="85"/>
        <source>Export Newsroom Folder</source>
        <translation>Exporter la page presse dans un dossier</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="89"/>
        <source>Export Kit PDF</source>
        <translation>Exporter le PDF du dossier</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="89"/>
        <source>Export ZIP for Journalists</source>
        <translation>Exporter le ZIP pour les journalistes</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="90"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="90"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="107"/>
        <source>A kit export is already running.</source>
        <translation>Un export du dossier est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="130"/>
        <location filename="../kit/export.py" line="162"/>
        <source>Export Kit</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="131"/>
        <source>Exporting “{name}”…</source>
        <translation>Export de « {name} »…</translation>
    </message>
    <message>
        <location filename="../kit/progress.py" line="31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="133"/>
        <source>Kit export cancelled; nothing was written.</source>
        <translation>Export du dossier annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="152"/>
        <source>Exported “{name}”.</source>
        <translation>« {name} » exporté.</translation>
    </message>
    <message>
        <location filename="../kit/export.py" line="163"/>
        <source>“{name}” could not be exported. Nothing was written.</source>
        <translation>« {name} » n’a pas pu être exporté. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>KitFeature</name>
    <message>
        <location filename="../kit/feature.py" line="69"/>
        <source>Press kits (*.presskit-kit)</source>
        <translation>Dossiers de presse (*.presskit-kit)</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="73"/>
        <source>Save as Kit</source>
        <translation>Enregistrer comme dossier de presse</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="73"/>
        <source>This release now has kit items.</source>
        <translation>Ce communiqué a maintenant des éléments de dossier de presse.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="74"/>
        <source>A draft (.presskit) holds the release alone. Save the release with its documents, photos, logos and links as a kit (.presskit-kit)? “{name}” stays as it was last saved.</source>
        <translation>Un brouillon (.presskit) ne contient que le communiqué. Enregistrer le communiqué avec ses documents, photos, logos et liens comme dossier de presse (.presskit-kit) ? « {name} » reste tel qu’il a été enregistré.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="77"/>
        <source>Save as Kit…</source>
        <translation>Enregistrer comme dossier…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="173"/>
        <location filename="../kit/feature.py" line="192"/>
        <location filename="../kit/feature.py" line="245"/>
        <location filename="../kit/feature.py" line="424"/>
        <location filename="../kit/feature.py" line="452"/>
        <source>Kit</source>
        <translation>Dossier de presse</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="174"/>
        <source>&amp;Kit</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="176"/>
        <source>Add &amp;Photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="177"/>
        <source>Add photos to the kit; caption, credit and rights are read from the files</source>
        <translation>Ajouter des photos au dossier ; légende, crédit et droits sont lus dans les fichiers</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="179"/>
        <source>&amp;New Document</source>
        <translation>&amp;Nouveau document</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="180"/>
        <source>A fact sheet, backgrounder, biography or questions and answers, written here in Markdown</source>
        <translation>Une fiche technique, une note de contexte, une biographie ou des questions-réponses, rédigées ici en Markdown</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="182"/>
        <source>Add &amp;Document…</source>
        <translation>Ajouter un d&amp;ocument…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="183"/>
        <source>Add a Markdown file as a document, titled by its first heading</source>
        <translation>Ajouter un fichier Markdown comme document, intitulé d’après son premier titre</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="185"/>
        <source>Add &amp;Logo…</source>
        <translation>Ajouter un &amp;logo…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="186"/>
        <source>Add Lin&amp;k…</source>
        <translation>Ajouter un l&amp;ien…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="187"/>
        <source>A link to a video, B-roll or an image bank</source>
        <translation>Un lien vers une vidéo, des images d’illustration ou une photothèque</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="188"/>
        <source>Save as &amp;Kit…</source>
        <translation>Enregistrer comme &amp;dossier de presse…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="189"/>
        <source>Save the release with its documents, photos, logos and links as one .presskit-kit file</source>
        <translation>Enregistrer le communiqué avec ses documents, photos, logos et liens dans un seul fichier .presskit-kit</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="191"/>
        <source>&amp;Export Kit</source>
        <translation>&amp;Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="246"/>
        <source>Some files of this kit could not be found.</source>
        <translation>Certains fichiers de ce dossier sont introuvables.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="305"/>
        <source>Not saved yet: a link must be a web address (https://…).</source>
        <translation>Pas encore pris en compte : un lien doit être une adresse web (https://…).</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="307"/>
        <source>Not saved yet: write the date like 2026-03-05.</source>
        <translation>Pas encore pris en compte : écrivez la date sous la forme 2026-03-05.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="316"/>
        <source>Add Photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="316"/>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="320"/>
        <source>Add Logo</source>
        <translation>Ajouter un logo</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="321"/>
        <source>Logos ({patterns})</source>
        <translation>Logos ({patterns})</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="326"/>
        <source>Add Document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="326"/>
        <source>Markdown documents (*.md *.markdown *.txt)</source>
        <translation>Documents Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="350"/>
        <location filename="../kit/feature.py" line="360"/>
        <source>Add Link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="351"/>
        <source>Address of the video, B-roll or image bank:</source>
        <translation>Adresse de la vidéo, des images d’illustration ou de la photothèque :</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="361"/>
        <source>“{url}” is not a web address.</source>
        <translation>« {url} » n’est pas une adresse web.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="362"/>
        <source>A link starts with https:// or http://.</source>
        <translation>Un lien commence par https:// ou http://.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="402"/>
        <source>Add to the Kit</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="403"/>
        <source>Reading, checking and hashing the files…</source>
        <translation>Lecture, vérification et empreinte des fichiers…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="405"/>
        <source>Adding cancelled; nothing was added.</source>
        <translation>Ajout annulé ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="421"/>
        <source>Adding “{name}” ({n} of {total})…</source>
        <translation>Ajout de « {name} » ({n} sur {total})…</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="424"/>
        <source>The files could not be added.</source>
        <translation>Les fichiers n’ont pas pu être ajoutés.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="440"/>
        <source>{name}: already in the kit (item {n})</source>
        <translation>{name} : déjà dans le dossier (élément {n})</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="449"/>
        <source>Added one item to the kit.</source>
        <translation>Un élément ajouté au dossier.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="450"/>
        <source>Added {n} items to the kit.</source>
        <translation>{n} éléments ajoutés au dossier.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="453"/>
        <source>Some files were not added.</source>
        <translation>Certains fichiers n’ont pas été ajoutés.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="454"/>
        <source>The files were not added.</source>
        <translation>Les fichiers n’ont pas été ajoutés.</translation>
    </message>
    <message>
        <location filename="../kit/feature.py" line="521"/>
        <source>Removed “{name}” from the kit. Edit ▸ Undo brings it back.</source>
        <translation>« {name} » retiré du dossier. Édition ▸ Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>KitPanel</name>
    <message>
        <location filename="../kit/panel.py" line="56"/>
        <source>Fact sheet</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="57"/>
        <source>Backgrounder</source>
        <translation>Note de contexte</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="58"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="59"/>
        <source>Questions and answers</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="60"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="67"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="71"/>
        <source>no credit</source>
        <translation>pas de crédit</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="74"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="75"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="184"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="184"/>
        <source>C&amp;redit:</source>
        <translation>C&amp;rédit :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="185"/>
        <source>R&amp;ights:</source>
        <translation>&amp;Droits :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="185"/>
        <source>&amp;Alt text:</source>
        <translation>&amp;Texte alternatif :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="186"/>
        <source>&amp;Date:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="188"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="189"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="190"/>
        <source>Organisation/Photographer</source>
        <translation>Organisation/Photographe</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="191"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="192"/>
        <source>© Organisation 2026 – press use only</source>
        <translation>© Organisation 2026 – usage presse uniquement</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="193"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="194"/>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Ce que montre la photo, pour qui ne peut pas la voir</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="195"/>
        <source>What the photo shows; the caption is used while this is empty</source>
        <translation>Ce que montre la photo ; la légende sert tant que ce champ est vide</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="196"/>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="197"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="203"/>
        <source>No credit: journalists must print one under the photo.</source>
        <translation>Pas de crédit : les journalistes doivent en imprimer un sous la photo.</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="220"/>
        <source>Making the thumbnail…</source>
        <translation>Création de la vignette…</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="250"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="251"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="252"/>
        <source>T&amp;ext</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="253"/>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="254"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="289"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="289"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="289"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="294"/>
        <source>B-roll, 3 min, 1080p</source>
        <translation>Images d’illustration, 3 min, 1080p</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="417"/>
        <source>Add &amp;Photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="418"/>
        <source>Add photos (JPEG, PNG, TIFF, WebP); their caption, credit and rights are read from the files</source>
        <translation>Ajouter des photos (JPEG, PNG, TIFF, WebP) ; leur légende, leur crédit et leurs droits sont lus dans les fichiers</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="420"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="421"/>
        <source>Add a document, a logo or a link</source>
        <translation>Ajouter un document, un logo ou un lien</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="422"/>
        <source>New Document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="423"/>
        <source>Document from a Markdown File…</source>
        <translation>Document à partir d’un fichier Markdown…</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="424"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="425"/>
        <source>Link to a Video…</source>
        <translation>Lien vers une vidéo…</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="426"/>
        <source>Kit items</source>
        <translation>Éléments du dossier</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="427"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="428"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="429"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="430"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="431"/>
        <location filename="../kit/panel.py" line="570"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="432"/>
        <source>Remove the selected item from the kit (Delete); Undo brings it back</source>
        <translation>Retirer l’élément choisi du dossier (Suppr) ; Annuler le rétablit</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="434"/>
        <source>The kit holds the release, then its documents, photos, logos and links. Add them with the buttons, or drop files here.</source>
        <translation>Le dossier contient le communiqué, puis ses documents, photos, logos et liens. Ajoutez-les avec les boutons, ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="436"/>
        <source>Select an item to edit it.</source>
        <translation>Choisissez un élément pour le modifier.</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="563"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../kit/panel.py" line="566"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>LetterheadEditor</name>
    <message>
        <location filename="../form/letterhead.py" line="59"/>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="60"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="63"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="64"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="65"/>
        <source>Choose a logo file</source>
        <translation>Choisir un fichier de logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="67"/>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="78"/>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="81"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="83"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="86"/>
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="87"/>
        <source>Maili&amp;ng address</source>
        <translation>Adresse p&amp;ostale</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="90"/>
        <location filename="../form/letterhead.py" line="91"/>
        <source>Pick the accent colour</source>
        <translation>Choisir la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="94"/>
        <source>Accent colour, as #RRGGBB</source>
        <translation>Couleur d’accent, au format #RRVVBB</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="104"/>
        <source>Colo&amp;ur</source>
        <translation>Co&amp;uleur</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="182"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="200"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="200"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../form/letterhead.py" line="214"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <location filename="../contacts/lists_panel.py" line="35"/>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="38"/>
        <source>Contact lists</source>
        <translation>Listes de contacts</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="40"/>
        <source>&amp;New…</source>
        <translation>No&amp;uvelle…</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="41"/>
        <source>Create a list</source>
        <translation>Créer une liste</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="42"/>
        <source>Rena&amp;me…</source>
        <translation>R&amp;enommer…</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="43"/>
        <source>Rename the selected list (F2)</source>
        <translation>Renommer la liste sélectionnée (F2)</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="44"/>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="45"/>
        <source>Delete the selected list; its contacts stay</source>
        <translation>Supprimer la liste sélectionnée&#x202f;; ses contacts sont conservés</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="72"/>
        <source>All contacts ({n})</source>
        <translation>Tous les contacts ({n})</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="77"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="115"/>
        <location filename="../contacts/lists_panel.py" line="123"/>
        <source>New List</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="115"/>
        <source>&amp;Name of the list:</source>
        <translation>&amp;Nom de la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="123"/>
        <source>The list was not created.</source>
        <translation>La liste n’a pas été créée.</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="135"/>
        <location filename="../contacts/lists_panel.py" line="142"/>
        <source>Rename List</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="136"/>
        <source>&amp;New name of the list:</source>
        <translation>&amp;Nouveau nom de la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="143"/>
        <source>The list was not renamed.</source>
        <translation>La liste n’a pas été renommée.</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="154"/>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="155"/>
        <source>Delete the list “{name}”?</source>
        <translation>Supprimer la liste «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="156"/>
        <source>Its {n} contacts stay in the book.</source>
        <translation>Ses {n} contacts restent dans le carnet d’adresses.</translation>
    </message>
    <message>
        <location filename="../contacts/lists_panel.py" line="157"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../profiles/editor.py" line="143"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="144"/>
        <source>Choose a file for: {field}</source>
        <translation>Choisir un fichier pour&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="145"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="146"/>
        <source>Remove: {field}</source>
        <translation>Retirer&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="190"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="191"/>
        <source>Logos ({patterns})</source>
        <translation>Logos ({patterns})</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="198"/>
        <source>{file}: use a PNG, JPEG or SVG file</source>
        <translation>{file}&#xa0;: utilisez un fichier PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="200"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="232"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LogoThumb</name>
    <message>
        <location filename="../profiles/editor.py" line="102"/>
        <source>Drop a PNG, JPEG or SVG file here</source>
        <translation>Déposez un fichier PNG, JPEG ou SVG ici</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="103"/>
        <source>Unreadable logo</source>
        <translation>Logo illisible</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../window/menus.py" line="177"/>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="186"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="187"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="189"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="190"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="191"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="192"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="194"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="194"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="194"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="195"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="195"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="196"/>
        <source>Copy as E&amp;mail Text</source>
        <translation>Copier en texte d’e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="197"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="197"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="198"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="199"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="199"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="199"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="200"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="200"/>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="201"/>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="201"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="202"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="202"/>
        <source>Pre&amp;vious Page</source>
        <translation>Page pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="203"/>
        <source>Ne&amp;xt Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="203"/>
        <source>Move Focus to Pre&amp;view</source>
        <translation>Aller à l’&amp;aperçu</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="204"/>
        <source>&amp;About Presskit</source>
        <translation>À &amp;propos de Presskit</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="204"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="211"/>
        <source>Start a new release</source>
        <translation>Commencer un nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="211"/>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="212"/>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="212"/>
        <source>Undo the last change, in any field</source>
        <translation>Annuler la dernière modification, quel que soit le champ</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="213"/>
        <location filename="../window/menus.py" line="219"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="213"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="214"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="218"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="220"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="221"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="222"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="223"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="224"/>
        <location filename="../window/menus.py" line="225"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="229"/>
        <source>Fit Width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="230"/>
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window/main_window.py" line="420"/>
        <source>The preview could not be updated: {error}</source>
        <translation>L’aperçu n’a pas pu être mis à jour&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="444"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="488"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="494"/>
        <source>{name} (sample release)</source>
        <translation>{name} (communiqué d’exemple)</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="542"/>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="63"/>
        <location filename="../contacts/maintenance_dialogs.py" line="146"/>
        <location filename="../contacts/maintenance_dialogs.py" line="155"/>
        <location filename="../contacts/maintenance_dialogs.py" line="172"/>
        <source>Merge Duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="67"/>
        <source>Suggested duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="68"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="68"/>
        <source>Second contact</source>
        <translation>Second contact</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="69"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="81"/>
        <source>Merge into &amp;First</source>
        <translation>Fusionner dans le &amp;premier</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="82"/>
        <source>Keep the first contact, completed with the second</source>
        <translation>Conserver le premier contact, complété par le second</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="83"/>
        <source>Merge into &amp;Second</source>
        <translation>Fusionner dans le &amp;second</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="84"/>
        <source>Keep the second contact, completed with the first</source>
        <translation>Conserver le second contact, complété par le premier</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="85"/>
        <source>&amp;Keep Separate</source>
        <translation>&amp;Garder séparés</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="86"/>
        <source>They are different people: keep both and stop suggesting this pair</source>
        <translation>Ce sont des personnes différentes&#xa0;: garder les deux et ne plus proposer cette paire</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="119"/>
        <source>These contacts look alike: they share an email address, a phone number or their name. Colleagues often share a switchboard or a newsroom address, so merge two contacts only when they are the same person. Merging keeps one, adds the other&apos;s phones, emails and lists to it, and deletes the other.</source>
        <translation>Ces contacts se ressemblent&#xa0;: ils partagent une adresse e-mail, un numéro de téléphone ou leur nom. Des collègues partagent souvent un standard ou l’adresse d’une rédaction&#xa0;; ne fusionnez deux contacts que s’il s’agit de la même personne. La fusion garde l’un, lui ajoute les téléphones, adresses e-mail et listes de l’autre, puis supprime l’autre.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="124"/>
        <source>No possible duplicates: no two contacts share an email address, a phone number or a name, apart from those kept separate.</source>
        <translation>Aucun doublon possible&#xa0;: aucun contact ne partage d’adresse e-mail, de numéro de téléphone ou de nom avec un autre, hormis ceux gardés séparés.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="173"/>
        <source>The decision could not be saved.</source>
        <translation>La décision n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="147"/>
        <source>Merge “{gone}” into “{kept}”?</source>
        <translation>Fusionner «&#xa0;{gone}&#xa0;» dans «&#xa0;{kept}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="148"/>
        <source>“{gone}” will be deleted; its phones, emails and lists go to the contact kept. A backup is made every day.</source>
        <translation>«&#xa0;{gone}&#xa0;» sera supprimé&#x202f;; ses téléphones, e-mails et listes passent au contact conservé. Une sauvegarde est faite chaque jour.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="150"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="156"/>
        <source>The contacts could not be merged.</source>
        <translation>Les contacts n’ont pas pu être fusionnés.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../contacts/edit_dialog.py" line="81"/>
        <source>Work</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="82"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="83"/>
        <source>Out of hours</source>
        <translation>Hors heures ouvrées</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="84"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="90"/>
        <source>phone</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="95"/>
        <source>Phone kind</source>
        <translation>Type de numéro</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="98"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../window/dialogs.py" line="204"/>
        <location filename="../window/dialogs.py" line="266"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="208"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="210"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="211"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="214"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="216"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique, en secondes</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="217"/>
        <source>Work is autosaved 2 seconds after you stop typing, and at least this often while you type without a pause</source>
        <translation>Le travail est enregistré automatiquement 2 secondes après votre dernière frappe, et au moins à cet intervalle si vous tapez sans pause</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="219"/>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="221"/>
        <source>Automatic: the profile’s, else the last release’s</source>
        <translation>Automatique&#xa0;: celle du profil, sinon celle du dernier communiqué</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="228"/>
        <source>Default language of new releases</source>
        <translation>Langue par défaut des nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="229"/>
        <source>&amp;New releases in:</source>
        <translation>&amp;Nouveaux communiqués en&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="234"/>
        <source>System locale ({country})</source>
        <translation>Paramètres régionaux du système ({country})</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="235"/>
        <source>None: numbers without +CC print as typed</source>
        <translation>Aucun&#xa0;: les numéros sans +CC s’impriment tels quels</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="237"/>
        <source>Home country of phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="238"/>
        <source>Phone numbers typed without +CC, for contacts with no country of their own, belong to this country</source>
        <translation>Les numéros tapés sans +CC, pour les contacts sans pays propre, appartiennent à ce pays</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="240"/>
        <source>&amp;Home country:</source>
        <translation>&amp;Pays des numéros&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="241"/>
        <source>The interface language does not change the language a release is written in.</source>
        <translation>La langue de l’interface ne change pas la langue dans laquelle un communiqué est rédigé.</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="267"/>
        <source>The preferences could not be saved.</source>
        <translation>Les préférences n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>PreflightLabels</name>
    <message>
        <location filename="../preflight/labels.py" line="20"/>
        <source>Release language</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="20"/>
        <source>Kind of release</source>
        <translation>Type de communiqué</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="21"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="21"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="22"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="22"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="22"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="23"/>
        <source>Body text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="23"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="23"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="24"/>
        <source>About the organisation</source>
        <translation>À propos de l’organisation</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="24"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="25"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="25"/>
        <source>Press kit</source>
        <translation>Dossier de presse</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="31"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="31"/>
        <source>Speaker</source>
        <translation>Personne citée</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="31"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="32"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="32"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="32"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="33"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="33"/>
        <location filename="../preflight/labels.py" line="37"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="33"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="34"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="34"/>
        <source>Second logo</source>
        <translation>Second logo</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="34"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="35"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="35"/>
        <source>Social links</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="35"/>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="36"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="36"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="36"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="37"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="37"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="37"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="46"/>
        <location filename="../preflight/labels.py" line="50"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="61"/>
        <source>Quote {n}</source>
        <translation>Citation {n}</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="61"/>
        <source>Press contact {n}</source>
        <translation>Contact presse {n}</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="62"/>
        <source>Kit item {n}</source>
        <translation>Élément {n} du dossier</translation>
    </message>
    <message>
        <location filename="../preflight/labels.py" line="57"/>
        <location filename="../preflight/labels.py" line="63"/>
        <location filename="../preflight/labels.py" line="65"/>
        <source>{item} — {part}</source>
        <translation>{item} — {part}</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../preflight/panel.py" line="77"/>
        <source>Preflight</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="78"/>
        <source>Problems found in the release</source>
        <translation>Problèmes relevés dans le communiqué</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="89"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="105"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="105"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>PreflightStatusButton</name>
    <message>
        <location filename="../preflight/panel.py" line="190"/>
        <source>Show the preflight panel (F7)</source>
        <translation>Afficher le panneau de vérification (F7)</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="191"/>
        <source>Preflight: {summary}</source>
        <translation>Vérification&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>PreflightSummary</name>
    <message>
        <location filename="../preflight/panel.py" line="156"/>
        <source>No problems found.</source>
        <translation>Aucun problème relevé.</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="159"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="160"/>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="162"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="163"/>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location filename="../preflight/panel.py" line="165"/>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../preview/pane.py" line="84"/>
        <source>Preview of the exported PDF</source>
        <translation>Aperçu du PDF exporté</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../profiles/editor.py" line="359"/>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="360"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="362"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="363"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="364"/>
        <source>Second logo (optional)</source>
        <translation>Second logo (facultatif)</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="366"/>
        <source>Seco&amp;nd logo</source>
        <translation>Seco&amp;nd logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="369"/>
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="372"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="375"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="377"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="380"/>
        <source>Social media handles, one per line</source>
        <translation>Comptes de réseaux sociaux, un par ligne</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="381"/>
        <source>One per line, e.g. @example@social.example</source>
        <translation>Un par ligne, p. ex. @exemple@social.example</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="384"/>
        <source>&amp;Social handles</source>
        <translation>&amp;Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="387"/>
        <source>Accent &amp;colour</source>
        <translation>&amp;Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="391"/>
        <source>Font family</source>
        <translation>Famille de police</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="392"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="393"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="394"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="398"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="404"/>
        <source>&amp;Font</source>
        <translation>P&amp;olice</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="410"/>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="410"/>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="411"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="411"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="418"/>
        <source>{side} margin in millimetres</source>
        <translation>Marge {side} en millimètres</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="425"/>
        <source>&amp;Margins</source>
        <translation>&amp;Marges</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="428"/>
        <source>Footer line</source>
        <translation>Ligne de pied de page</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="429"/>
        <source>Printed at the foot of every page</source>
        <translation>Imprimée au pied de chaque page</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="430"/>
        <source>Foo&amp;ter</source>
        <translation>Pied de pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="434"/>
        <source>As in Preferences</source>
        <translation>Comme dans les Préférences</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="435"/>
        <source>Home country of phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="436"/>
        <source>Phone numbers typed without +CC, for contacts with no country of their own, belong to this country</source>
        <translation>Les numéros tapés sans +CC, pour les contacts sans pays propre, appartiennent à ce pays</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="438"/>
        <source>&amp;Home country</source>
        <translation>&amp;Pays des numéros</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="439"/>
        <source>Double first (“ ”)</source>
        <translation>Doubles d’abord (“ ”)</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="440"/>
        <source>Single first (‘ ’)</source>
        <translation>Simples d’abord (‘ ’)</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="441"/>
        <source>British English quotation marks</source>
        <translation>Guillemets en anglais britannique</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="442"/>
        <source>British &amp;quotation marks</source>
        <translation>&amp;Guillemets britanniques</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="444"/>
        <source>Continuation pages &amp;repeat the logo</source>
        <translation>Les pages suivantes &amp;répètent le logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="445"/>
        <source>Continuation pages repeat the logo</source>
        <translation>Les pages suivantes répètent le logo</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="472"/>
        <source>As the last release</source>
        <translation>Comme le dernier communiqué</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="475"/>
        <source>Language of new releases</source>
        <translation>Langue des nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="476"/>
        <source>New releases &amp;in</source>
        <translation>&amp;Nouveaux communiqués en</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="478"/>
        <source>About text of new releases</source>
        <translation>Texte «&#xa0;À propos&#xa0;» des nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="479"/>
        <source>Printed under “About the organisation”</source>
        <translation>Imprimé sous «&#xa0;À propos de l’organisation&#xa0;»</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="481"/>
        <source>A&amp;bout text</source>
        <translation>Texte «&#xa0;À &amp;propos&#xa0;»</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="483"/>
        <source>Default contact list</source>
        <translation>Liste de contacts par défaut</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="484"/>
        <source>Name of a list in the contact book</source>
        <translation>Nom d’une liste du carnet de contacts</translation>
    </message>
    <message>
        <location filename="../profiles/editor.py" line="485"/>
        <source>Contact &amp;list</source>
        <translation>&amp;Liste de contacts</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../profiles/picker.py" line="74"/>
        <source>&amp;Profile</source>
        <extracomment>How a chosen profile reaches the release: the window&apos;s undoable apply, given by the integration. None: fill ``editor`` and let it report an edit.</extracomment>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="75"/>
        <source>Letterhead profile</source>
        <translation>Profil d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="76"/>
        <source>Fill the letterhead from a saved profile</source>
        <translation>Remplir l’en-tête depuis un profil enregistré</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="77"/>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="78"/>
        <source>Manage letterhead profiles</source>
        <translation>Gérer les profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="99"/>
        <source>No saved profile</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="118"/>
        <source>(“{name}” is not saved here)</source>
        <translation>(«&#xa0;{name}&#xa0;» n’est pas enregistré ici)</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="122"/>
        <source>(changed)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../profiles/picker.py" line="123"/>
        <source>This release&apos;s letterhead differs from the saved profile; choose the profile again to use it as saved.</source>
        <translation>L’en-tête de ce communiqué diffère du profil enregistré&#x202f;; choisissez à nouveau le profil pour l’utiliser tel qu’il est enregistré.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../profiles/dialog.py" line="73"/>
        <source>Letterhead Profiles</source>
        <translation>Profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="105"/>
        <source>Saved letterhead profiles</source>
        <translation>Profils d’en-tête enregistrés</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="108"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="108"/>
        <location filename="../profiles/dialog.py" line="351"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="109"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="109"/>
        <source>Duplicate the profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="111"/>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="111"/>
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="113"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="113"/>
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="115"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="115"/>
        <source>Import a profile file</source>
        <translation>Importer un fichier de profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="117"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="117"/>
        <source>Export the profile to a file</source>
        <translation>Exporter le profil dans un fichier</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="127"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="148"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="172"/>
        <source>Preview of a sample release with this profile</source>
        <translation>Aperçu d’un communiqué d’exemple avec ce profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="178"/>
        <source>Sample release</source>
        <translation>Communiqué d’exemple</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="187"/>
        <source>Undo &amp;Changes</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="189"/>
        <source>Bring back the profile as it was when you selected it</source>
        <translation>Remettre le profil tel qu’il était quand vous l’avez sélectionné</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="193"/>
        <source>&amp;Use Profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="245"/>
        <source>Some profile files were skipped: {problems}</source>
        <translation>Certains fichiers de profil ont été ignorés&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="282"/>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="293"/>
        <source>The last profile cannot be deleted</source>
        <translation>Le dernier profil ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="324"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="327"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="350"/>
        <location filename="../profiles/dialog.py" line="359"/>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="350"/>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="367"/>
        <location filename="../profiles/dialog.py" line="372"/>
        <source>Duplicate Profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="367"/>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="368"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="379"/>
        <location filename="../profiles/dialog.py" line="384"/>
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="379"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="397"/>
        <location filename="../profiles/support.py" line="116"/>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="403"/>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="414"/>
        <location filename="../profiles/support.py" line="125"/>
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="418"/>
        <location filename="../profiles/dialog.py" line="432"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="445"/>
        <source>Export Profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="446"/>
        <source>The profile could not be exported.</source>
        <translation>Le profil n’a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="448"/>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="456"/>
        <source>That did not work.</source>
        <translation>Cela n’a pas fonctionné.</translation>
    </message>
    <message>
        <location filename="../profiles/dialog.py" line="507"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>L’aperçu n’a pas pu être dessiné&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="117"/>
        <source>Delete the letterhead profile “{name}”?</source>
        <translation>Supprimer le profil d’en-tête «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="118"/>
        <source>Releases that use it keep their letterhead. Export the profile first if you may need it again.</source>
        <translation>Les communiqués qui l’utilisent conservent leur en-tête. Exportez d’abord le profil si vous risquez d’en avoir à nouveau besoin.</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="120"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="126"/>
        <source>A profile named “{name}” already exists.</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="127"/>
        <source>Replace it with the imported one, or keep both?</source>
        <translation>Le remplacer par le profil importé, ou conserver les deux&#x202f;?</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="128"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="129"/>
        <source>Keep Both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="138"/>
        <source>Import Letterhead Profile</source>
        <translation>Importer un profil d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="139"/>
        <source>Letterhead profiles (*{suffix});;All files (*)</source>
        <translation>Profils d’en-tête (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="145"/>
        <source>Export Letterhead Profile</source>
        <translation>Exporter le profil d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="146"/>
        <source>Letterhead profiles (*{suffix})</source>
        <translation>Profils d’en-tête (*{suffix})</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="160"/>
        <source>organisation name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="160"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="161"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="161"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="161"/>
        <source>second logo</source>
        <translation>second logo</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="162"/>
        <source>social handles</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="162"/>
        <source>accent colour</source>
        <translation>couleur d’accent</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="162"/>
        <source>font</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="163"/>
        <source>paper size</source>
        <translation>format du papier</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="163"/>
        <source>margins</source>
        <translation>marges</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="163"/>
        <source>footer line</source>
        <translation>ligne de pied de page</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="164"/>
        <source>logo on continuation pages</source>
        <translation>logo sur les pages suivantes</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="184"/>
        <source>Letterhead Profile Changed</source>
        <translation>Profil d’en-tête modifié</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="185"/>
        <source>This release&apos;s letterhead differs from the saved profile “{name}”.</source>
        <translation>L’en-tête de ce communiqué diffère du profil enregistré «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="186"/>
        <source>Different: {fields}.</source>
        <translation>Différences&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="187"/>
        <source>Update the release from the saved profile</source>
        <translation>Mettre à jour le communiqué d’après le profil enregistré</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="189"/>
        <source>Update the saved profile from the release</source>
        <translation>Mettre à jour le profil enregistré d’après le communiqué</translation>
    </message>
    <message>
        <location filename="../profiles/support.py" line="191"/>
        <source>Keep both as they are</source>
        <translation>Laisser les deux tels quels</translation>
    </message>
</context>
<context>
    <name>ProfilesIntegration</name>
    <message>
        <location filename="../profiles/integration.py" line="55"/>
        <source>&amp;Letterhead Profiles…</source>
        <translation>&amp;Profils d’en-tête…</translation>
    </message>
    <message>
        <location filename="../profiles/integration.py" line="56"/>
        <source>Create, edit, import and export letterhead profiles</source>
        <translation>Créer, modifier, importer et exporter des profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/integration.py" line="132"/>
        <source>Letterhead Profiles</source>
        <translation>Profils d’en-tête</translation>
    </message>
    <message>
        <location filename="../profiles/integration.py" line="133"/>
        <source>The saved profile could not be updated.</source>
        <translation>Le profil enregistré n’a pas pu être mis à jour.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_strings.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>Rechercher &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>QuoteRow</name>
    <message>
        <location filename="../form/quotes.py" line="39"/>
        <source>Move this quote up</source>
        <translation>Monter cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="40"/>
        <source>Move this quote down</source>
        <translation>Descendre cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="41"/>
        <source>Remove this quote</source>
        <translation>Retirer cette citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="51"/>
        <source>e.g. Dr Claire Dumoulin</source>
        <translation>p. ex. Dr Claire Dumoulin</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="52"/>
        <source>e.g. Scientific director</source>
        <translation>p. ex. Directrice scientifique</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="76"/>
        <source>Quote {n}</source>
        <translation>Citation {n}</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="77"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="78"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="79"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="80"/>
        <source>Quote {n}: text</source>
        <translation>Citation {n}&#xa0;: texte</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="81"/>
        <source>Quote {n}: speaker</source>
        <translation>Citation {n}&#xa0;: auteur</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="82"/>
        <source>Quote {n}: speaker&apos;s role</source>
        <translation>Citation {n}&#xa0;: fonction de l’auteur</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <location filename="../form/quotes.py" line="105"/>
        <source>No quotes yet.</source>
        <translation>Aucune citation pour l’instant.</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="107"/>
        <source>Add &amp;quote</source>
        <translation>Ajouter une &amp;citation</translation>
    </message>
    <message>
        <location filename="../form/quotes.py" line="108"/>
        <source>Add a quote</source>
        <translation>Ajouter une citation</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../window/dialogs.py" line="143"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="146"/>
        <source>Presskit was not closed properly. Your work from the last session was saved automatically. Tick what to recover:</source>
        <translation>Presskit ne s’est pas fermé correctement. Votre travail de la dernière session a été enregistré automatiquement. Cochez ce que vous voulez récupérer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="151"/>
        <source>Autosaved releases</source>
        <translation>Communiqués enregistrés automatiquement</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="154"/>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="155"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="164"/>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="165"/>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../window/dialogs.py" line="166"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <location filename="../form/form.py" line="72"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="76"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="80"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="82"/>
        <source>&amp;Body text</source>
        <translation>&amp;Texte du communiqué</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="87"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="91"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="93"/>
        <source>Press &amp;contacts</source>
        <translation>&amp;Contacts presse</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="98"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../form/form.py" line="102"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../form/release.py" line="115"/>
        <source>Language of the release</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="117"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="120"/>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="120"/>
        <source>Media advisory</source>
        <translation>Avis aux médias</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="121"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="123"/>
        <source>Kind of release</source>
        <translation>Type de communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="124"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="127"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="130"/>
        <source>Fills in the suggested next reference</source>
        <translation>Remplit la prochaine référence suggérée</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="136"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="147"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="141"/>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="148"/>
        <source>Remove the release date</source>
        <translation>Retirer la date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="143"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="144"/>
        <source>Set the release date to today</source>
        <translation>Dater le communiqué d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="150"/>
        <source>The date as it will print</source>
        <translation>La date telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="159"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="162"/>
        <source>Place (dateline)</source>
        <translation>Lieu (ligne de date)</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="163"/>
        <source>City the release is issued from</source>
        <translation>Ville d’où le communiqué est diffusé</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="164"/>
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="168"/>
        <source>Hold until a date and time</source>
        <translation>Retenir jusqu’à une date et une heure</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="169"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="199"/>
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="173"/>
        <source>Embargo date</source>
        <translation>Date de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="176"/>
        <source>Embargo time</source>
        <translation>Heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="189"/>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="341"/>
        <source>= {time} UTC on {date}</source>
        <translation>= {time} UTC le {date}</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="397"/>
        <source>e.g. CP001-2026</source>
        <translation>p. ex. CP001-2026</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="400"/>
        <source>Use {reference}</source>
        <translation>Utiliser {reference}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="199"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="201"/>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="210"/>
        <source>Restore Contact Book</source>
        <translation>Restaurer le carnet d’adresses</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="212"/>
        <source>Choose a backup to go back to. The contact book as it is now is saved first, so a restore can itself be undone.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Le carnet d’adresses dans son état actuel est d’abord sauvegardé&#xa0;: une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="214"/>
        <source>There is no backup yet. A backup is made the first time the book is opened each day.</source>
        <translation>Aucune sauvegarde pour l’instant. Une sauvegarde est faite à la première ouverture du carnet d’adresses de la journée.</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="218"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../contacts/maintenance_dialogs.py" line="226"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>SaveListDialog</name>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="283"/>
        <source>Save Contacts as a List</source>
        <translation>Enregistrer les contacts comme liste</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="285"/>
        <source>The {n} contacts of this release are saved in the contact book (contacts that are not in it yet are added) and become a list, in this order.</source>
        <translation>Les {n} contacts de ce communiqué sont enregistrés dans le carnet d’adresses (ceux qui n’y figurent pas encore y sont ajoutés) et forment une liste, dans cet ordre.</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="291"/>
        <source>Name of the list</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="295"/>
        <source>List &amp;name:</source>
        <translation>&amp;Nom de la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="300"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../contacts/insert_dialogs.py" line="325"/>
        <source>The list “{name}” exists: its contacts will be replaced by these.</source>
        <translation>La liste «&#xa0;{name}&#xa0;» existe déjà&#xa0;: ses contacts seront remplacés par ceux-ci.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../form/common.py" line="64"/>
        <source>Shows or hides this group of fields</source>
        <translation>Affiche ou masque ce groupe de champs</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../window/help.py" line="105"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <location filename="../preflight/spelling_ui.py" line="295"/>
        <source>(No suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../preflight/spelling_ui.py" line="298"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../preflight/spelling_ui.py" line="301"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../window/start_dialog.py" line="113"/>
        <source>Welcome to Presskit</source>
        <translation>Bienvenue dans Presskit</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="114"/>
        <source>What would you like to write?</source>
        <translation>Que voulez-vous écrire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="115"/>
        <source>Start a press release from scratch or from one of your letterhead profiles, or pick up where you left off.</source>
        <translation>Commencez un communiqué de zéro ou à partir d’un de vos profils d’en-tête, ou reprenez là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="117"/>
        <source>&amp;Blank release</source>
        <translation>Communiqué &amp;vierge</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="118"/>
        <source>New from letterhead &amp;profile…</source>
        <translation>Nouveau à partir d’un &amp;profil d’en-tête…</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="120"/>
        <source>The profile brings its letterhead, About text, language, home country and default contact list.</source>
        <translation>Le profil apporte son en-tête, son texte «&#xa0;À propos&#xa0;», sa langue, le pays des numéros et sa liste de contacts par défaut.</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="122"/>
        <source>No letterhead profile yet: create one in Tools ▸ Letterhead Profiles…</source>
        <translation>Aucun profil d’en-tête pour l’instant&#xa0;: créez-en un dans Outils ▸ Profils d’en-tête…</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="123"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="124"/>
        <source>&amp;Recent files:</source>
        <translation>Fichiers &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="125"/>
        <source>No recent files yet.</source>
        <translation>Aucun fichier récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="126"/>
        <source>Open the &amp;sample release</source>
        <translation>Ouvrir le communiqué d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../window/start_dialog.py" line="127"/>
        <source>A fictional French release to look around in. Saving it asks for a new file name.</source>
        <translation>Un communiqué fictif en français pour découvrir Presskit. L’enregistrer demande un nouveau nom de fichier.</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../window/starter.py" line="140"/>
        <source>New from Letterhead Profile</source>
        <translation>Nouveau à partir d’un profil d’en-tête</translation>
    </message>
    <message>
        <location filename="../window/starter.py" line="141"/>
        <source>The profile could not be read.</source>
        <translation>Le profil n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../window/statusbar.py" line="101"/>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="109"/>
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 avertissement</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="110"/>
        <source>⚠ {n} warnings</source>
        <translation>⚠ {n} avertissements</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="112"/>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="113"/>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="116"/>
        <source>Click to go to the field concerned</source>
        <translation>Cliquez pour aller au champ concerné</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="121"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="122"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="124"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="125"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="131"/>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../window/statusbar.py" line="132"/>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../form/validation.py" line="31"/>
        <source>Not a valid email address ({reason})</source>
        <translation>Adresse e-mail non valide ({reason})</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="48"/>
        <source>No country for this number: add +CC, or set the home country in Preferences; it will print exactly as typed</source>
        <translation>Aucun pays pour ce numéro&#xa0;: ajoutez +CC, ou choisissez le pays des numéros dans les Préférences&#xa0;; il s’imprimera tel quel</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="51"/>
        <source>Not recognised as a phone number; it will print exactly as typed</source>
        <translation>Numéro de téléphone non reconnu&#x202f;; il sera imprimé tel qu’il a été saisi</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="71"/>
        <source>A colour is written #RRGGBB, for example #1F3A5F</source>
        <translation>Une couleur s’écrit #RRVVBB, par exemple #1F3A5F</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="77"/>
        <source>The release needs a headline</source>
        <translation>Le communiqué doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="84"/>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="84"/>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="88"/>
        <source>headlines over {limit} are often cut by newswires</source>
        <translation>au-delà de {limit} caractères, les titres sont souvent tronqués par les agences de presse</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="90"/>
        <source>subheadlines over {limit} are hard to read at a glance</source>
        <translation>au-delà de {limit} caractères, les sous-titres sont difficiles à lire d’un coup d’œil</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="96"/>
        <source>Choose the embargo&apos;s time zone from the list</source>
        <translation>Choisissez le fuseau horaire de l’embargo dans la liste</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="98"/>
        <source>The embargo lifts before the release date</source>
        <translation>L’embargo est levé avant la date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/validation.py" line="104"/>
        <source>Choose a language from the list</source>
        <translation>Choisissez une langue dans la liste</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../window/manager.py" line="120"/>
        <location filename="../window/manager.py" line="140"/>
        <location filename="../window/manager.py" line="199"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../window/manager.py" line="121"/>
        <source>“{name}” could not be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../window/manager.py" line="140"/>
        <source>“{name}” could not be found.</source>
        <translation>«&#xa0;{name}&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <location filename="../window/manager.py" line="199"/>
        <source>The backup cannot be opened either.</source>
        <translation>La sauvegarde ne peut pas non plus être ouverte.</translation>
    </message>
    <message>
        <location filename="../window/manager.py" line="222"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../window/manager.py" line="222"/>
        <source>An autosave could not be read.</source>
        <translation>Un enregistrement automatique est illisible.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../contacts/edit_dialog.py" line="61"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../contacts/edit_dialog.py" line="62"/>
        <source>Remove this {what}</source>
        <translation>Retirer&#xa0;: {what}</translation>
    </message>
</context>
</TS>
