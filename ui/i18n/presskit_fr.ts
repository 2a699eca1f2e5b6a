<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="91"/>
        <source>Something unexpected went wrong in Presskit.</source>
        <translation>Une erreur inattendue s’est produite dans Presskit.</translation>
    </message>
    <message>
        <location filename="../app.py" line="93"/>
        <source>Your work has been saved automatically and will be offered for recovery if Presskit has to close.</source>
        <translation>Votre travail a été enregistré automatiquement et vous sera proposé à la récupération si Presskit doit se fermer.</translation>
    </message>
    <message>
        <location filename="../app.py" line="97"/>
        <source>You can keep working; please save your draft.</source>
        <translation>Vous pouvez continuer&#x202f;; pensez à enregistrer votre brouillon.</translation>
    </message>
    <message>
        <location filename="../app.py" line="99"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="67"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="69"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="84"/>
        <source>“{name}” was saved by a newer version of Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré par une version plus récente de Presskit.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="85"/>
        <source>Update Presskit to open it. The file has not been changed.</source>
        <translation>Mettez Presskit à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87"/>
        <source>“{name}” is damaged and cannot be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88"/>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="90"/>
        <source>A backup of the previous version exists: “{name}”. Open it as a new, untitled copy?</source>
        <translation>Une sauvegarde de la version précédente existe&#x202f;: «&#xa0;{name}&#xa0;». L’ouvrir comme une nouvelle copie sans titre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="93"/>
        <source>Cannot open draft</source>
        <translation>Impossible d’ouvrir le brouillon</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98"/>
        <source>Open Backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112"/>
        <source>“{name}” is already open in another window.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="113"/>
        <source>Editing it in two windows would let one overwrite the other&apos;s changes.</source>
        <translation>Le modifier dans deux fenêtres permettrait à l’une d’écraser les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="115"/>
        <source>“{name}” is already open in another Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="116"/>
        <source>If both save, one will overwrite the other&apos;s changes. Open it here only if the other Presskit is not using it.</source>
        <translation>Si les deux enregistrent, l’un écrasera les modifications de l’autre. Ne l’ouvrez ici que si l’autre Presskit ne s’en sert pas.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="118"/>
        <source>Draft already open</source>
        <translation>Brouillon déjà ouvert</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122"/>
        <source>Show That Window</source>
        <translation>Afficher cette fenêtre</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="125"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="321"/>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="322"/>
        <source>Presskit drafts (*.presskit);;Backups (*.presskit.bak);;All files (*)</source>
        <translation>Brouillons Presskit (*.presskit);;Sauvegardes (*.presskit.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="328"/>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="329"/>
        <source>Presskit drafts (*.presskit)</source>
        <translation>Brouillons Presskit (*.presskit)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="335"/>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="342"/>
        <source>Export All Formats to Folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="351"/>
        <source>Exported “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» a été exporté.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="353"/>
        <source>Exported {n} files.</source>
        <translation>{n} fichiers exportés.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="356"/>
        <source>Warnings:</source>
        <translation>Avertissements&#x202f;:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="357"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="359"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../dialogs.py" line="169"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="174"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_actions.py" line="71"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="71"/>
        <source>&amp;Word Document (DOCX)…</source>
        <translation>Document &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="72"/>
        <source>Plain &amp;Text…</source>
        <translation>&amp;Texte brut…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="72"/>
        <source>&amp;Email (.eml)…</source>
        <translation>&amp;E-mail (.eml)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="73"/>
        <source>&amp;All Formats…</source>
        <translation>Tous les &amp;formats…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="109"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="110"/>
        <source>Export the letterhead PDF</source>
        <translation>Exporter le PDF avec l’en-tête</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="112"/>
        <source>Export All</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="113"/>
        <source>Export every format into one folder</source>
        <translation>Exporter tous les formats dans un dossier</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="137"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#x202f;?</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="138"/>
        <source>Some files already exist in “{folder}”:</source>
        <translation>Certains fichiers existent déjà dans «&#xa0;{folder}&#xa0;»&#x202f;:</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="139"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="153"/>
        <source>Refusing to overwrite the draft itself with an export.</source>
        <translation>Un export ne peut pas remplacer le brouillon lui-même.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="165"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="171"/>
        <source>Exporting {format}…</source>
        <translation>Export {format} en cours…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="186"/>
        <source>Exported: {files}</source>
        <translation>Exporté&#x202f;: {files}</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="199"/>
        <location filename="../export_actions.py" line="204"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="200"/>
        <location filename="../export_actions.py" line="205"/>
        <source>The export failed; no file was changed.</source>
        <translation>L’export a échoué&#x202f;; aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="224"/>
        <source>The release is on the clipboard as email text.</source>
        <translation>Le communiqué est dans le presse-papiers, en texte d’e-mail.</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="228"/>
        <source>Copy failed</source>
        <translation>Échec de la copie</translation>
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
        <translation>Facultatif&#x202f;: le chiffre clé ou le contexte</translation>
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
    <name>MainMenus</name>
    <message>
        <location filename="../main_menus.py" line="172"/>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="182"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="184"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="185"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="186"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="187"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="190"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="190"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="191"/>
        <source>Copy as E&amp;mail Text</source>
        <translation>Copier en texte d’e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="192"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="192"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="194"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="195"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="195"/>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="196"/>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="196"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="197"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="197"/>
        <source>Pre&amp;vious Page</source>
        <translation>Page pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="198"/>
        <source>Ne&amp;xt Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="198"/>
        <source>Move Focus to Pre&amp;view</source>
        <translation>Aller à l’&amp;aperçu</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="199"/>
        <source>&amp;About Presskit</source>
        <translation>À &amp;propos de Presskit</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="199"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="206"/>
        <source>Start a new release</source>
        <translation>Commencer un nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="206"/>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="207"/>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="207"/>
        <source>Undo the last change, in any field</source>
        <translation>Annuler la dernière modification, quel que soit le champ</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="208"/>
        <location filename="../main_menus.py" line="214"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="208"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="209"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="213"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="215"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="216"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="217"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="218"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="219"/>
        <location filename="../main_menus.py" line="220"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="224"/>
        <source>Fit Width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="225"/>
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>The preview could not be updated: {error}</source>
        <translation>L’aperçu n’a pas pu être mis à jour&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>No recent drafts</source>
        <translation>Aucun brouillon récent</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <location filename="../main_window.py" line="478"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473"/>
        <source>“{name}” is open in another window.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <location filename="../main_window.py" line="480"/>
        <source>Close it there first, or choose another name.</source>
        <translation>Fermez-le d’abord là-bas, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="479"/>
        <source>“{name}” is open in another Presskit.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans un autre Presskit.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="486"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="487"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="488"/>
        <source>Saving will replace that version (it is kept as a .bak file).</source>
        <translation>Enregistrer remplacera cette version (elle est conservée dans un fichier .bak).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="496"/>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="497"/>
        <source>“{name}” could not be saved. Your changes are still here.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être enregistré. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="510"/>
        <source>Saved “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="519"/>
        <location filename="../main_window.py" line="520"/>
        <location filename="../main_window.py" line="525"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="519"/>
        <source>Discard your changes and go back to the saved draft?</source>
        <translation>Abandonner vos modifications et revenir au brouillon enregistré&#x202f;?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="520"/>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="525"/>
        <source>The saved draft cannot be read.</source>
        <translation>Le brouillon enregistré est illisible.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="553"/>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l’enregistrement automatique&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="570"/>
        <source>About Presskit</source>
        <translation>À propos de Presskit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="571"/>
        <source>An offline editor for press releases: one draft, a letterhead PDF, a Word document and email text.</source>
        <translation>Un éditeur de communiqués de presse hors ligne&#x202f;: un brouillon, un PDF avec en-tête, un document Word et le texte d’un e-mail.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs.py" line="260"/>
        <location filename="../dialogs.py" line="308"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="264"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="266"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="267"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#x202f;:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="270"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="272"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique, en secondes</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="273"/>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#x202f;:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="278"/>
        <source>Default language of new releases</source>
        <translation>Langue par défaut des nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="279"/>
        <source>&amp;New releases in:</source>
        <translation>&amp;Nouveaux communiqués en&#x202f;:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="280"/>
        <source>The interface language does not change the language a release is written in.</source>
        <translation>La langue de l’interface ne change pas la langue dans laquelle un communiqué est rédigé.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="309"/>
        <source>The preferences could not be saved.</source>
        <translation>Les préférences n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../preview.py" line="75"/>
        <source>Preview of the exported PDF</source>
        <translation>Aperçu du PDF exporté</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../dialogs.py" line="198"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="201"/>
        <source>Presskit was not closed properly. Your work from the last session was saved automatically. Tick what to recover:</source>
        <translation>Presskit ne s’est pas fermé correctement. Votre travail de la dernière session a été enregistré automatiquement. Cochez ce que vous voulez récupérer&#x202f;:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="206"/>
        <source>Autosaved releases</source>
        <translation>Communiqués enregistrés automatiquement</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="209"/>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="210"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="219"/>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="220"/>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="221"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../form/release.py" line="114"/>
        <source>Language of the release</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="116"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="119"/>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="119"/>
        <source>Media advisory</source>
        <translation>Avis aux médias</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="120"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="122"/>
        <source>Kind of release</source>
        <translation>Type de communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="123"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="126"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="129"/>
        <source>Fills in the suggested next reference</source>
        <translation>Remplit la prochaine référence suggérée</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="135"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="140"/>
        <location filename="../form/release.py" line="146"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="142"/>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="147"/>
        <source>Remove the release date</source>
        <translation>Retirer la date du communiqué</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="149"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="150"/>
        <source>Set the release date to today</source>
        <translation>Dater le communiqué d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="152"/>
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
        <location filename="../form/release.py" line="166"/>
        <source>Hold until a date and time</source>
        <translation>Retenir jusqu’à une date et une heure</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="167"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="168"/>
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="172"/>
        <source>Embargo date</source>
        <translation>Date de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="175"/>
        <source>Embargo time</source>
        <translation>Heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="188"/>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="340"/>
        <source>= {time} UTC on {date}</source>
        <translation>= {time} UTC le {date}</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="392"/>
        <source>e.g. CP001-2026</source>
        <translation>p. ex. CP001-2026</translation>
    </message>
    <message>
        <location filename="../form/release.py" line="395"/>
        <source>Use {reference}</source>
        <translation>Utiliser {reference}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../form/common.py" line="61"/>
        <source>Shows or hides this group of fields</source>
        <translation>Affiche ou masque ce groupe de champs</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../statusbar.py" line="113"/>
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 avertissement</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="114"/>
        <source>⚠ {n} warnings</source>
        <translation>⚠ {n} avertissements</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="116"/>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="117"/>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="120"/>
        <source>Click to go to the field concerned</source>
        <translation>Cliquez pour aller au champ concerné</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="125"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="126"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="128"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="129"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="135"/>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="136"/>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../windows.py" line="91"/>
        <location filename="../windows.py" line="134"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../windows.py" line="91"/>
        <source>“{name}” could not be found.</source>
        <translation>«&#xa0;{name}&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="134"/>
        <source>The backup cannot be opened either.</source>
        <translation>La sauvegarde ne peut pas non plus être ouverte.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="157"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../windows.py" line="157"/>
        <source>An autosave could not be read.</source>
        <translation>Un enregistrement automatique est illisible.</translation>
    </message>
</context>
</TS>
