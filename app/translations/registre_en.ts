<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de Registre</source>
        <translation>About Registre</translation>
    </message>
    <message>
        <source>Registre retrouve, lit et résume les délibérations de votre conseil municipal.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rien ne quitte cet ordinateur.&lt;/b&gt; Les documents, les recherches, les questions posées à l&apos;assistant et les brouillons sont traités ici, sans connexion à Internet et sans aucun service extérieur.&lt;br&gt;&lt;br&gt;Les textes rédigés avec l&apos;aide de l&apos;assistant portent la mention « à relire » tant que vous ne les avez pas validés.</source>
        <translation>Registre finds, reads and summarises your municipal council&apos;s deliberations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; Documents, searches, questions asked to the assistant and drafts are processed here, without an Internet connection and without any outside service.&lt;br&gt;&lt;br&gt;Texts written with the assistant&apos;s help carry a “to be reviewed” mark until you validate them.</translation>
    </message>
    <message>
        <source>Dossier de données : %1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>ActPanel</name>
    <message>
        <source>à l&apos;unanimité</source>
        <translation>unanimously</translation>
    </message>
    <message>
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstention(s)</source>
        <translation>abstention(s)</translation>
    </message>
    <message>
        <source>en exercice</source>
        <translation>in office</translation>
    </message>
    <message>
        <source>présents</source>
        <translation>present</translation>
    </message>
    <message>
        <source>votants</source>
        <translation>voting</translation>
    </message>
    <message>
        <source>adoptée</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>non adoptée</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>non indiqué</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Informations</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Séance du</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Matière</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Actes similaires</source>
        <translation>Similar acts</translation>
    </message>
    <message>
        <source>Recherche des actes similaires…</source>
        <translation>Looking for similar acts…</translation>
    </message>
    <message>
        <source>Aucun acte similaire trouvé.</source>
        <translation>No similar act found.</translation>
    </message>
</context>
<context>
    <name>ActsTab</name>
    <message>
        <source>Sélectionnez un résultat de recherche, ou plusieurs actes dans Bibliothèque › Actes (Ctrl+clic). « Épingler » les garde ici pour les comparer à d&apos;autres.</source>
        <translation>Select a search result, or several acts in Library › Acts (Ctrl+click). “Pin” keeps them here to compare them with others.</translation>
    </message>
    <message>
        <source>Épingler</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Retirer les épingles</source>
        <translation>Unpin all</translation>
    </message>
    <message>
        <source>Résumer</source>
        <translation>Summarise</translation>
    </message>
    <message>
        <source>Points clés</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>En langage clair</source>
        <translation>In plain language</translation>
    </message>
    <message>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Précédents</source>
        <translation>Precedents</translation>
    </message>
    <message>
        <source>Compare deux à quatre actes choisis.</source>
        <translation>Compares two to four chosen acts.</translation>
    </message>
    <message>
        <source>Actes semblables d&apos;autres dates ou d&apos;autres communes (sans IA).</source>
        <translation>Similar acts from other dates or other municipalities (no AI).</translation>
    </message>
    <message>
        <source>Épinglé</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Aucun acte choisi.</source>
        <translation>No act chosen.</translation>
    </message>
    <message>
        <source>Interrompu à votre demande.</source>
        <translation>Stopped at your request.</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Rédaction du résumé…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message>
        <source>Lecture des points clés…</source>
        <translation>Reading the key points…</translation>
    </message>
    <message>
        <source>Reformulation en langage clair…</source>
        <translation>Rewording in plain language…</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Comparaison des actes…</source>
        <translation>Comparing the acts…</translation>
    </message>
</context>
<context>
    <name>AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>L&apos;assistant de rédaction apparaîtra ici.</source>
        <translation>The writing assistant will appear here.</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>L&apos;assistant a rencontré un problème</source>
        <translation>The assistant ran into a problem</translation>
    </message>
    <message>
        <source>Afficher ou masquer l&apos;assistant (Ctrl+3)</source>
        <translation>Show or hide the assistant (Ctrl+3)</translation>
    </message>
    <message>
        <source>Vous pouvez aussi indiquer un fichier de modèle (.gguf) dans Fichier › Paramètres › Modèle de l&apos;assistant. La recherche et les brouillons sans IA restent disponibles.</source>
        <translation>You can also choose a model file (.gguf) in File › Settings › Assistant model. Search and drafts without AI remain available.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Acts</translation>
    </message>
    <message>
        <source>Rédaction</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Arrête la rédaction en cours (Échap)</source>
        <translation>Stops the current writing (Esc)</translation>
    </message>
    <message>
        <source>Chargement du modèle… (une seule fois par session, quelques secondes)</source>
        <translation>Loading the model… (once per session, a few seconds)</translation>
    </message>
    <message>
        <source>Préparation du modèle (première utilisation) : %1 %</source>
        <translation>Preparing the model (first use): %1 %</translation>
    </message>
    <message>
        <source>Vérification du modèle : %1 %</source>
        <translation>Checking the model: %1 %</translation>
    </message>
    <message>
        <source>Arrêt en cours…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>AssistantRendering</name>
    <message>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <source>Réponse exacte, tirée du catalogue</source>
        <translation>Exact answer, from the catalogue</translation>
    </message>
    <message>
        <source>Pas de réponse sûre — confiance %1, seuil %2</source>
        <translation>No reliable answer — confidence %1, threshold %2</translation>
    </message>
    <message>
        <source>Confiance élevée : %1 (seuil %2)</source>
        <translation>High confidence: %1 (threshold %2)</translation>
    </message>
    <message>
        <source>Confiance moyenne : %1 (seuil %2) — vérifiez les sources</source>
        <translation>Medium confidence: %1 (threshold %2) — check the sources</translation>
    </message>
    <message>
        <source>ouvrir à cette page</source>
        <translation>open at this page</translation>
    </message>
    <message>
        <source>Je ne peux pas l&apos;affirmer. Passage le plus proche :</source>
        <translation>I cannot confirm it. Closest passage:</translation>
    </message>
    <message>
        <source>Passage le plus proche</source>
        <translation>Closest passage</translation>
    </message>
    <message>
        <source>Passage cité</source>
        <translation>Cited passage</translation>
    </message>
    <message>
        <source>Voici les passages les plus proches de votre question : ouvrez-les pour vérifier vous-même.</source>
        <translation>Here are the passages closest to your question: open them to check for yourself.</translation>
    </message>
    <message>
        <source>Sources les plus proches</source>
        <translation>Closest sources</translation>
    </message>
    <message>
        <source>Délibérations trouvées</source>
        <translation>Deliberations found</translation>
    </message>
    <message>
        <source>Sources citées</source>
        <translation>Cited sources</translation>
    </message>
    <message>
        <source>à vérifier : nombre absent du document</source>
        <translation>to check: number not in the document</translation>
    </message>
    <message>
        <source>Points communs</source>
        <translation>In common</translation>
    </message>
    <message>
        <source>Différences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>métadonnées</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>lu dans le texte</source>
        <translation>read in the text</translation>
    </message>
    <message>
        <source>proposé par l&apos;IA</source>
        <translation>suggested by the AI</translation>
    </message>
    <message>
        <source>non trouvé</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Modèle de langue indisponible : seuls les éléments lus dans le texte sont affichés.</source>
        <translation>Language model unavailable: only what was read in the text is shown.</translation>
    </message>
    <message>
        <source>Actes concernés</source>
        <translation>Acts concerned</translation>
    </message>
    <message>
        <source>Aucun acte comparable n&apos;a été trouvé dans la bibliothèque.</source>
        <translation>No comparable act was found in the library.</translation>
    </message>
    <message>
        <source>Actes les plus proches de « %1 » :</source>
        <translation>Acts closest to “%1”:</translation>
    </message>
    <message>
        <source>Précédents</source>
        <translation>Precedents</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Extrait</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Matière</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pages OCR</source>
        <translation>OCR pages</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Acts</translation>
    </message>
    <message>
        <source>Dossier importé</source>
        <translation>Imported folder</translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Texte du brouillon</source>
        <translation>Draft text</translation>
    </message>
    <message>
        <source>Valider…</source>
        <translation>Validate…</translation>
    </message>
    <message>
        <source>Vous avez relu le brouillon et en prenez la responsabilité : la mention « IA » est retirée.</source>
        <translation>You have reviewed the draft and take responsibility for it: the “AI” mark is removed.</translation>
    </message>
    <message>
        <source>À compléter suivant</source>
        <translation>Next to complete</translation>
    </message>
    <message>
        <source>Sélectionne le prochain élément à compléter : tapez pour le remplacer (F8).</source>
        <translation>Selects the next item to complete: type to replace it (F8).</translation>
    </message>
    <message>
        <source>Exporter en .docx…</source>
        <translation>Export as .docx…</translation>
    </message>
    <message>
        <source>Exporter en .odt…</source>
        <translation>Export as .odt…</translation>
    </message>
    <message>
        <source>Choisissez un document à rédiger ci-dessus.</source>
        <translation>Choose a document to draft above.</translation>
    </message>
    <message>
        <source>%1 élément(s) à compléter, surligné(s) en jaune.</source>
        <translation>%1 item(s) to complete, highlighted in yellow.</translation>
    </message>
    <message>
        <source>Valider le brouillon</source>
        <translation>Validate the draft</translation>
    </message>
    <message>
        <source>Votre nom (il figurera sur le document validé) :</source>
        <translation>Your name (it will appear on the validated document):</translation>
    </message>
    <message>
        <source>Brouillon validé par %1.</source>
        <translation>Draft validated by %1.</translation>
    </message>
    <message>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Document OpenDocument (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Exporter le brouillon</source>
        <translation>Export the draft</translation>
    </message>
    <message>
        <source>Brouillon enregistré : %1</source>
        <translation>Draft saved: %1</translation>
    </message>
    <message>
        <source>L&apos;export a échoué : %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>DraftingTab</name>
    <message>
        <source>Procès-verbal de séance</source>
        <translation>Minutes of the session (procès-verbal)</translation>
    </message>
    <message>
        <source>Liste des délibérations</source>
        <translation>List of deliberations</translation>
    </message>
    <message>
        <source>Courriel / lettre de réponse</source>
        <translation>Reply e-mail / letter</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Résumer la teneur des débats avec l&apos;IA</source>
        <translation>Summarise the debates with the AI</translation>
    </message>
    <message>
        <source>La question posée par l&apos;élu ou l&apos;habitant</source>
        <translation>The question asked by the councillor or resident</translation>
    </message>
    <message>
        <source>Formel</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Cordial</source>
        <translation>Friendly</translation>
    </message>
    <message>
        <source>Rédiger le brouillon</source>
        <translation>Write the draft</translation>
    </message>
    <message>
        <source>Document :</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Question :</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Ton :</source>
        <translation>Tone:</translation>
    </message>
    <message>
        <source>(%1 acte(s))</source>
        <translation>(%1 act(s))</translation>
    </message>
    <message>
        <source>Aucune séance datée dans la bibliothèque</source>
        <translation>No dated session in the library</translation>
    </message>
    <message>
        <source>Écrivez d&apos;abord la question à laquelle répondre.</source>
        <translation>First write the question to answer.</translation>
    </message>
    <message>
        <source>Rédaction du brouillon en cours…</source>
        <translation>Writing the draft…</translation>
    </message>
    <message>
        <source>Rédaction interrompue.</source>
        <translation>Writing stopped.</translation>
    </message>
    <message>
        <source>Rédaction du brouillon…</source>
        <translation>Writing the draft…</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Votre bibliothèque est vide</source>
        <translation>Your library is empty</translation>
    </message>
    <message>
        <source>Choisissez le dossier où sont rangées vos délibérations
(PDF, Word, OpenDocument ou texte). Registre les lit, les classe
et vous permet ensuite de les retrouver en quelques mots.
Tout reste sur cet ordinateur.</source>
        <translation>Choose the folder where your deliberations are kept
(PDF, Word, OpenDocument or text). Registre reads and sorts them,
then lets you find them in a few words.
Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Importer un dossier…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Vous pouvez aussi faire glisser un dossier sur cette fenêtre.</source>
        <translation>You can also drag a folder onto this window.</translation>
    </message>
    <message>
        <source>Import en cours : les documents apparaîtront ici dès qu&apos;ils seront lus.</source>
        <translation>Import in progress: documents will appear here as soon as they are read.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Collectivité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Matière</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Toutes les matières</source>
        <translation>All matters</translation>
    </message>
    <message>
        <source>Type de document</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Effacer tous les filtres</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Toutes les collectivités</source>
        <translation>All authorities</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>%1 Go</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>environ %1 s restantes</source>
        <translation>about %1 s left</translation>
    </message>
    <message>
        <source>environ %1 min restantes</source>
        <translation>about %1 min left</translation>
    </message>
    <message>
        <source>Bienvenue dans Registre</source>
        <translation>Welcome to Registre</translation>
    </message>
    <message>
        <source>Registre retrouve vos délibérations en quelques mots, les ouvre à la bonne page et vous aide à rédiger procès-verbaux et courriers.&lt;br&gt;&lt;b&gt;Tout reste sur cet ordinateur&lt;/b&gt; : aucune connexion à Internet n&apos;est nécessaire.</source>
        <translation>Registre finds your council decisions in a few words, opens them at the right page and helps you draft minutes and letters.&lt;br&gt;&lt;b&gt;Everything stays on this computer&lt;/b&gt;: no Internet connection is needed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Où ranger la bibliothèque de Registre ?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Where should Registre keep its library?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Registre y garde son catalogue, ses index et vos brouillons. Vos documents restent où ils sont. Désinstaller Registre ne supprime jamais ce dossier.</source>
        <translation>Registre keeps its catalogue, its indexes and your drafts there. Your documents stay where they are. Uninstalling Registre never deletes this folder.</translation>
    </message>
    <message>
        <source>Changer…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>&lt;b&gt;L&apos;assistant&lt;/b&gt;</source>
        <translation>&lt;b&gt;The assistant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Importer un dossier…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Essayer avec les exemples</source>
        <translation>Try with the samples</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Le modèle de l&apos;assistant est prêt.</source>
        <translation>The assistant&apos;s model is ready.</translation>
    </message>
    <message>
        <source>Préparation du modèle de l&apos;assistant (%1, une seule fois)…</source>
        <translation>Preparing the assistant&apos;s model (%1, only once)…</translation>
    </message>
    <message>
        <source>Le modèle de l&apos;assistant n&apos;est pas installé : la recherche et la lecture fonctionnent, l&apos;assistant restera indisponible. Réinstallez Registre pour l&apos;ajouter.</source>
        <translation>The assistant&apos;s model is not installed: search and reading work, the assistant will stay unavailable. Reinstall Registre to add it.</translation>
    </message>
    <message>
        <source>Étape 2 sur 2, vérification du modèle</source>
        <translation>Step 2 of 2, checking the model</translation>
    </message>
    <message>
        <source>Étape 1 sur 2, copie du modèle</source>
        <translation>Step 1 of 2, copying the model</translation>
    </message>
    <message>
        <source>%1 : %2 sur %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Dossier de la bibliothèque</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;accepte pas l&apos;écriture : choisissez-en un autre.</source>
        <translation>This folder cannot be written to: choose another one.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>intitulés</source>
        <translation>headings</translation>
    </message>
    <message>
        <source>actes</source>
        <translation>acts</translation>
    </message>
    <message>
        <source>fichiers</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Étape : %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>%1 pages lues</source>
        <translation>%1 pages read</translation>
    </message>
    <message>
        <source>reste environ %1</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Chaque lot d&apos;intitulés rend la recherche par le sens plus précise. « Annuler l&apos;import » l&apos;arrête sans perdre les documents importés ; l&apos;affinage reprendra au prochain import.</source>
        <translation>Each batch of headings makes search by meaning more precise. “Cancel import” stops it without losing the imported documents; sharpening will resume at the next import.</translation>
    </message>
    <message>
        <source>Affinage de la recherche : %1 / %2 intitulés (la recherche fonctionne déjà ; elle devient plus précise à chaque lot)</source>
        <translation>Sharpening search: %1 / %2 headings (search already works; it gets more precise with each batch)</translation>
    </message>
    <message>
        <source>Affinage de la recherche : chargement du modèle e5, %1 intitulés à traiter…</source>
        <translation>Sharpening search: loading the e5 model, %1 headings to process…</translation>
    </message>
    <message>
        <source>Calcul des vecteurs de recherche par le sens : %1 / %2 passages</source>
        <translation>Computing search-by-meaning vectors: %1 / %2 passages</translation>
    </message>
    <message>
        <source>Nouvelle analyse des actes déjà importés : %1 / %2 actes</source>
        <translation>Re-analysing acts already imported: %1 / %2 acts</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Import de « %1 » en cours…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Fichiers importés : %1</source>
        <translation>Files imported: %1</translation>
    </message>
    <message>
        <source>Fichiers déjà à jour : %1</source>
        <translation>Files already up to date: %1</translation>
    </message>
    <message>
        <source>Fichiers déplacés : %1</source>
        <translation>Files moved: %1</translation>
    </message>
    <message>
        <source>Fichiers disparus retirés : %1</source>
        <translation>Missing files removed: %1</translation>
    </message>
    <message>
        <source>Pages lues : %1</source>
        <translation>Pages read: %1</translation>
    </message>
    <message>
        <source> (dont %1 par reconnaissance de caractères)</source>
        <translation> (%1 of them by character recognition)</translation>
    </message>
    <message>
        <source>Pages sans texte lisible : %1</source>
        <translation>Pages without readable text: %1</translation>
    </message>
    <message>
        <source>Actes reconnus : %1</source>
        <translation>Acts recognised: %1</translation>
    </message>
    <message>
        <source>Durée : %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Import annulé</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>L&apos;import de « %1 » a été annulé. Les documents déjà lus restent dans la bibliothèque ; relancez l&apos;import pour terminer.</source>
        <translation>The import of “%1” was cancelled. Documents already read stay in the library; start the import again to finish it.</translation>
    </message>
    <message>
        <source>Import terminé avec des fichiers illisibles</source>
        <translation>Import finished with unreadable files</translation>
    </message>
    <message>
        <source>L&apos;import de « %1 » est terminé, mais certains fichiers n&apos;ont pas pu être lus.</source>
        <translation>The import of “%1” is finished, but some files could not be read.</translation>
    </message>
    <message>
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>L&apos;import de « %1 » est terminé.</source>
        <translation>The import of “%1” is finished.</translation>
    </message>
    <message>
        <source>Fichiers à vérifier :</source>
        <translation>Files to check:</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Délibération</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Procès-verbal</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Liste des délibérations</source>
        <translation>List of deliberations</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Annexe</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Autre document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Décision du maire (délégation)</source>
        <translation>Mayor&apos;s decision (delegated power)</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Commande publique</source>
        <translation>Public procurement</translation>
    </message>
    <message>
        <source>Urbanisme</source>
        <translation>Town planning</translation>
    </message>
    <message>
        <source>Domaine et patrimoine</source>
        <translation>Property and estate</translation>
    </message>
    <message>
        <source>Fonction publique</source>
        <translation>Civil service</translation>
    </message>
    <message>
        <source>Institutions et vie politique</source>
        <translation>Institutions and political life</translation>
    </message>
    <message>
        <source>Libertés publiques et pouvoirs de police</source>
        <translation>Public liberties and police powers</translation>
    </message>
    <message>
        <source>Finances locales</source>
        <translation>Local finances</translation>
    </message>
    <message>
        <source>Domaines de compétences par thèmes</source>
        <translation>Areas of competence by theme</translation>
    </message>
    <message>
        <source>Autres domaines de compétences</source>
        <translation>Other areas of competence</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Partiel</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Illisible</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>analyse du dossier</source>
        <translation>scanning the folder</translation>
    </message>
    <message>
        <source>lecture</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>métadonnées</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>indexation</source>
        <translation>indexing</translation>
    </message>
    <message>
        <source>vectorisation</source>
        <translation>vectorising</translation>
    </message>
    <message>
        <source>affinage de la recherche par le sens (e5)</source>
        <translation>sharpening search by meaning (e5)</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Paramètres illisibles</source>
        <translation>Unreadable settings</translation>
    </message>
    <message>
        <source>Le fichier de paramètres était illisible : les réglages par défaut sont utilisés (l&apos;ancien fichier a été mis de côté).</source>
        <translation>The settings file was unreadable: default settings are used (the old file was set aside).</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Filtrer (nom, objet, état, raison…)</source>
        <translation>Filter (name, subject, status, reason…)</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Recherche par le sens : e5 (modèle précis), sur les %1 intitulés.</source>
        <translation>Search by meaning: e5 (precise model), over all %1 headings.</translation>
    </message>
    <message>
        <source>Recherche par le sens : e5 en cours d&apos;affinage (%1 / %2 intitulés), USE pour le reste.</source>
        <translation>Search by meaning: e5 sharpening in progress (%1 / %2 headings), USE for the rest.</translation>
    </message>
    <message>
        <source>Recherche par le sens : aucune pour l&apos;instant (les vecteurs ne sont pas encore calculés) ; la recherche par mots fonctionne.</source>
        <translation>Search by meaning: none yet (the vectors are not computed yet); keyword search works.</translation>
    </message>
    <message>
        <source>Recherche par le sens : USE ; e5 (plus précis) commencera après l&apos;import.</source>
        <translation>Search by meaning: USE; e5 (more precise) will start after the import.</translation>
    </message>
    <message>
        <source>Recherche par le sens : USE ; réimportez le dossier pour activer e5.</source>
        <translation>Search by meaning: USE; import the folder again to turn e5 on.</translation>
    </message>
    <message>
        <source>Recherche par le sens : USE (e5 n&apos;est pas activé sur cet ordinateur).</source>
        <translation>Search by meaning: USE (e5 is not turned on on this computer).</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Acts</translation>
    </message>
    <message>
        <source>Dossiers importés</source>
        <translation>Imported folders</translation>
    </message>
    <message>
        <source>Listes et répertoires</source>
        <translation>Lists and registers</translation>
    </message>
    <message>
        <source>Réanalyser</source>
        <translation>Rescan</translation>
    </message>
    <message>
        <source>Importe les fichiers nouveaux ou modifiés de ce dossier et retire ceux qui ont disparu.</source>
        <translation>Imports the new or changed files of this folder and removes those that disappeared.</translation>
    </message>
    <message>
        <source>Oublier ce dossier</source>
        <translation>Forget this folder</translation>
    </message>
    <message>
        <source>Dossiers déjà importés :</source>
        <translation>Folders already imported:</translation>
    </message>
    <message>
        <source>Aucune liste ni aucun répertoire de délibérations importé.</source>
        <translation>No list or register of deliberations imported.</translation>
    </message>
    <message>
        <source>%1 : %2 actes listés, %3 retrouvés dans la bibliothèque</source>
        <translation>%1: %2 acts listed, %3 found in the library</translation>
    </message>
    <message>
        <source>%1 listé dans le répertoire, introuvable dans la bibliothèque (séance du %2)</source>
        <translation>%1 listed in the register, not found in the library (meeting of %2)</translation>
    </message>
    <message>
        <source>%1 listé, retrouvé sous le n° %2 imprimé dans son document</source>
        <translation>%1 listed, found under no. %2 as printed in its document</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registre — délibérations</source>
        <translation>Registre — deliberations</translation>
    </message>
    <message>
        <source> (démonstration)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Importer un dossier…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Réanalyser les dossiers importés</source>
        <translation>Rescan imported folders</translation>
    </message>
    <message>
        <source>Exporter en open data (SCDL)…</source>
        <translation>Export as open data (SCDL)…</translation>
    </message>
    <message>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Document en plein cadre</source>
        <translation>Document full window</translation>
    </message>
    <message>
        <source>Donner toute la fenêtre au document (F11 ou Ctrl+Maj+R ; Échap pour revenir)</source>
        <translation>Give the whole window to the document (F11 or Ctrl+Shift+R; Esc to come back)</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ouvrir le journal</source>
        <translation>Open the log</translation>
    </message>
    <message>
        <source>À propos de Registre</source>
        <translation>About Registre</translation>
    </message>
    <message>
        <source>Actions principales</source>
        <translation>Main actions</translation>
    </message>
    <message>
        <source>La recherche utilise le modèle intégré et l&apos;assistant reste indisponible tant que le fichier n&apos;est pas retrouvé. Corrigez le chemin dans Fichier › Paramètres.</source>
        <translation>Search uses the built-in model and the assistant stays unavailable until the file is found. Correct the path in File › Settings.</translation>
    </message>
    <message>
        <source>Modèle introuvable</source>
        <translation>Model not found</translation>
    </message>
    <message>
        <source>Dossier de données inaccessible</source>
        <translation>Data folder not accessible</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la bibliothèque</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <source>%1 documents, %2 actes</source>
        <translation>%1 documents, %2 acts</translation>
    </message>
    <message>
        <source>Index de recherche illisible</source>
        <translation>Unreadable search index</translation>
    </message>
    <message>
        <source>Reconstruire l&apos;index</source>
        <translation>Rebuild the index</translation>
    </message>
    <message>
        <source>Reconstruction de l&apos;index en cours…</source>
        <translation>Rebuilding the index…</translation>
    </message>
    <message>
        <source>L&apos;index de recherche a été reconstruit.</source>
        <translation>The search index was rebuilt.</translation>
    </message>
    <message>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>Import en cours</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>Un import est déjà en cours. Attendez qu&apos;il se termine ou annulez-le.</source>
        <translation>An import is already running. Wait for it to finish or cancel it.</translation>
    </message>
    <message>
        <source>Choisir le dossier des délibérations</source>
        <translation>Choose the deliberations folder</translation>
    </message>
    <message>
        <source>Exporter les délibérations (SCDL)</source>
        <translation>Export deliberations (SCDL)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export enregistré : %1</source>
        <translation>Export saved: %1</translation>
    </message>
    <message>
        <source>Paramètres non enregistrés : %1</source>
        <translation>Settings not saved: %1</translation>
    </message>
    <message>
        <source>Arrêt de l&apos;import en cours…</source>
        <translation>Stopping the import…</translation>
    </message>
</context>
<context>
    <name>ModelCheckPanel</name>
    <message>
        <source>Vérifier et calibrer ce modèle</source>
        <translation>Check and calibrate this model</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un fichier .gguf (le modèle par défaut est déjà calibré).</source>
        <translation>Choose a .gguf file first (the default model is already calibrated).</translation>
    </message>
    <message>
        <source>Vérification du fichier…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Empreinte SHA-256 du fichier…</source>
        <translation>SHA-256 fingerprint of the file…</translation>
    </message>
    <message>
        <source>Questions de calibration : %1 / %2</source>
        <translation>Calibration questions: %1 / %2</translation>
    </message>
    <message>
        <source>Préparation des délibérations d&apos;exemple…</source>
        <translation>Preparing the sample deliberations…</translation>
    </message>
    <message>
        <source>La calibration a échoué : %1</source>
        <translation>Calibration failed: %1</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Taille : %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>SHA-256 : %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Se charge : %1</source>
        <translation>Loads: %1</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Gabarit de conversation : %1</source>
        <translation>Chat template: %1</translation>
    </message>
    <message>
        <source>Seuil calibré : %1 — bonnes réponses %2 %, questions sans réponse refusées %3 % (%4 questions, %5 s). Enregistré pour ce fichier.</source>
        <translation>Calibrated threshold: %1 — right answers %2 %, unanswerable questions refused %3 % (%4 questions, %5 s). Saved for this file.</translation>
    </message>
    <message>
        <source>Les questions sans réponse du pack ont toutes été écartées par les vérifications : elles ne disent pas où placer le seuil de ce modèle, celui du modèle par défaut est gardé.</source>
        <translation>The pack&apos;s unanswerable questions were all set aside by the checks: they do not say where this model&apos;s threshold belongs, so the default model&apos;s threshold is kept.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Masquer ce message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>1 fichier n&apos;a pas pu être lu — &lt;a href=&quot;#resume&quot;&gt;voir&lt;/a&gt;</source>
        <translation>1 file could not be read — &lt;a href=&quot;#resume&quot;&gt;see&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 fichiers n&apos;ont pas pu être lus — &lt;a href=&quot;#resume&quot;&gt;voir&lt;/a&gt;</source>
        <translation>%1 files could not be read — &lt;a href=&quot;#resume&quot;&gt;see&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionTab</name>
    <message>
        <source>Posez une question sur les délibérations importées. L&apos;assistant répond uniquement à partir des documents, cite ses sources, et préfère ne pas répondre plutôt que d&apos;inventer.</source>
        <translation>Ask a question about the imported deliberations. The assistant answers from the documents only, cites its sources, and would rather not answer than make something up.</translation>
    </message>
    <message>
        <source>Votre question…</source>
        <translation>Your question…</translation>
    </message>
    <message>
        <source>Question à l&apos;assistant</source>
        <translation>Question to the assistant</translation>
    </message>
    <message>
        <source>Demander</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Par exemple (cliquez pour la reprendre) :</source>
        <translation>For example (click to use it):</translation>
    </message>
    <message>
        <source>Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?</source>
        <translation>What did a child&apos;s school meal cost in Saint-Aubin in 2021?</translation>
    </message>
    <message>
        <source>Rédaction de la réponse…</source>
        <translation>Writing the answer…</translation>
    </message>
    <message>
        <source>Réponse interrompue à votre demande.</source>
        <translation>Answer stopped at your request.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Sélectionnez un résultat pour l&apos;afficher ici.</source>
        <translation>Select a result to show it here.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom arrière</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom avant</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Largeur</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Ajuster à la largeur</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Surligner :</source>
        <translation>Highlight:</translation>
    </message>
    <message>
        <source>Mot surligné</source>
        <translation>Highlighted word</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Occurrence suivante</source>
        <translation>Next occurrence</translation>
    </message>
    <message>
        <source>Ouvrir avec l&apos;application par défaut</source>
        <translation>Open with the default application</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Ce document ne contient aucun texte lisible.</source>
        <translation>This document contains no readable text.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est introuvable. A-t-il été déplacé ou supprimé ? Réanalysez le dossier pour mettre la bibliothèque à jour.</source>
        <translation>The file “%1” cannot be found. Was it moved or deleted? Rescan the folder to update the library.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est protégé par un mot de passe et ne peut pas être affiché ici.</source>
        <translation>The file “%1” is password-protected and cannot be shown here.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être affiché ici (PDF endommagé ou format non pris en charge). Essayez « Ouvrir avec l&apos;application par défaut ».</source>
        <translation>The file “%1” cannot be shown here (damaged PDF or unsupported format). Try “Open with the default application”.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>n° %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Date inconnue</source>
        <translation>Unknown date</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Sources de la réponse</source>
        <translation>Sources of the answer</translation>
    </message>
    <message>
        <source>Passage le plus proche, en attendant la réponse :</source>
        <translation>Closest passage, while the answer is being prepared:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Rechercher dans les délibérations… (ex. : subvention club de football)</source>
        <translation>Search the deliberations… (e.g. football club grant)</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Pertinence</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <source>Date (récent d&apos;abord)</source>
        <translation>Date (newest first)</translation>
    </message>
    <message>
        <source>Trier par</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Trier par :</source>
        <translation>Sort by:</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Résultats pour « %1 ». Rechercher plutôt « %2 »</source>
        <translation>Showing results for “%1”. Search instead for “%2”</translation>
    </message>
    <message>
        <source>Vouliez-vous dire : %1 ?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <source>Actes : %1</source>
        <translation>Acts: %1</translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>Résultats : %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Informations</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recherche effectuée en %1</source>
        <translation>Search done in %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>La bibliothèque n&apos;est pas ouverte.</source>
        <translation>The library is not open.</translation>
    </message>
    <message>
        <source>L&apos;index de recherche est illisible (endommagé, ou créé par une autre version de Registre). Il peut être reconstruit à partir du catalogue : aucun document n&apos;est perdu.</source>
        <translation>The search index is unreadable (damaged, or created by another version of Registre). It can be rebuilt from the catalogue: no document is lost.</translation>
    </message>
    <message>
        <source>Le dossier de données n&apos;est pas accessible en écriture. Choisissez un autre dossier dans les paramètres ou vérifiez ses droits.</source>
        <translation>The data folder is not writable. Choose another folder in the settings or check its permissions.</translation>
    </message>
    <message>
        <source>Accès refusé à « %1 ».</source>
        <translation>Access denied to “%1”.</translation>
    </message>
    <message>
        <source>Fichier ou dossier introuvable : « %1 ».</source>
        <translation>File or folder not found: “%1”.</translation>
    </message>
    <message>
        <source>Erreur d&apos;accès au disque : %1</source>
        <translation>Disk access error: %1</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Les détails techniques peuvent aider à la corriger.</source>
        <translation>An unexpected error occurred. The technical details can help to fix it.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Le dossier du modèle de recherche « %1 » est introuvable.</source>
        <translation>The search model folder “%1” cannot be found.</translation>
    </message>
    <message>
        <source>Le fichier du modèle de l&apos;assistant « %1 » est introuvable.</source>
        <translation>The assistant model file “%1” cannot be found.</translation>
    </message>
    <message>
        <source>Le dossier de données « %1 » n&apos;est pas accessible en écriture.</source>
        <translation>The data folder “%1” is not writable.</translation>
    </message>
    <message>
        <source>(par défaut)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Modèles GGUF (*.gguf);;Tous (*)</source>
        <translation>GGUF models (*.gguf);;All (*)</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Dossier de données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Lire les pages scannées (OCR)</source>
        <translation>Read scanned pages (OCR)</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Français et anglais</source>
        <translation>French and English</translation>
    </message>
    <message>
        <source>Dossier du modèle de recherche</source>
        <translation>Search model folder</translation>
    </message>
    <message>
        <source>Fichier du modèle de l&apos;assistant</source>
        <translation>Assistant model file</translation>
    </message>
    <message>
        <source>Sous ce seuil, l&apos;assistant répond qu&apos;il ne sait pas et montre les sources les plus proches. Valeur par défaut : %1, calibrée pour refuser 95 % des questions sans réponse dans les documents.</source>
        <translation>Below this threshold, the assistant says it does not know and shows the closest sources. Default: %1, calibrated to refuse 95 % of the questions the documents do not answer.</translation>
    </message>
    <message>
        <source>Dossier de données :</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Langue des documents scannés :</source>
        <translation>Language of scanned documents:</translation>
    </message>
    <message>
        <source>Modèle de recherche (dossier) :</source>
        <translation>Search model (folder):</translation>
    </message>
    <message>
        <source>Modèle de l&apos;assistant (fichier) :</source>
        <translation>Assistant model (file):</translation>
    </message>
    <message>
        <source>Seuil de confiance de l&apos;assistant :</source>
        <translation>Assistant confidence threshold:</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Le changement de dossier de données ou de langue prend effet au prochain démarrage.</source>
        <translation>A change of data folder or language takes effect at the next start.</translation>
    </message>
    <message>
        <source>Seuil choisi par vous : il remplace le seuil calibré.</source>
        <translation>Threshold chosen by you: it replaces the calibrated threshold.</translation>
    </message>
    <message>
        <source>Seuil calibré pour ce fichier de modèle.</source>
        <translation>Threshold calibrated for this model file.</translation>
    </message>
    <message>
        <source>Seuil par défaut, calibré pour le modèle livré.</source>
        <translation>Default threshold, calibrated for the bundled model.</translation>
    </message>
</context>
</TS>
