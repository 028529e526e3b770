<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kx::AccountSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Open Settings to add the account&apos;s private API key.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Öffnen Sie die Einstellungen, um den privaten API-Schlüssel des Kontos hinzuzufügen.</translation>
    </message>
    <message>
        <source>The saved API key contains characters a key cannot have. Paste the key again in Settings.</source>
        <translation>Der gespeicherte API-Schlüssel enthält Zeichen, die ein Schlüssel nicht enthalten kann. Fügen Sie den Schlüssel in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Refreshing the metric list…</source>
        <translation>Metrikliste wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>kx::AggregateMerger</name>
    <message numerus="yes">
        <source>%n bucket(s) starting at %1 were reported by two chunks; count and sum_value were added and the larger unique kept.</source>
        <extracomment>%1 = ISO date of the first duplicated bucket; count and sum_value are API names</extracomment>
        <translation>
            <numerusform>%n Intervall ab %1 wurde von zwei Teilabfragen geliefert; count und sum_value wurden addiert und der größere unique-Wert beibehalten.</numerusform>
            <numerusform>%n Intervalle ab %1 wurden von zwei Teilabfragen geliefert; count und sum_value wurden addiert und der größere unique-Wert beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) appeared twice within one chunk; their count and sum_value were added and the larger unique kept.</source>
        <translation>
            <numerusform>%n Gruppe kam in einer Teilabfrage doppelt vor; count und sum_value wurden addiert und der größere unique-Wert beibehalten.</numerusform>
            <numerusform>%n Gruppen kamen in einer Teilabfrage doppelt vor; count und sum_value wurden addiert und der größere unique-Wert beibehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kx::AggregateParser</name>
    <message>
        <source>The metric aggregates response is empty.</source>
        <translation>Die Antwort mit den Metrik-Aggregaten ist leer.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of a metric aggregates response.</source>
        <translation>Der Server hat statt der Metrik-Aggregate eine HTML-Seite gesendet.</translation>
    </message>
    <message>
        <source>The metric aggregates response ends early (the JSON is truncated).</source>
        <translation>Die Antwort mit den Metrik-Aggregaten endet vorzeitig (das JSON ist abgeschnitten).</translation>
    </message>
    <message>
        <source>The metric aggregates response is not valid JSON: %1</source>
        <translation>Die Antwort mit den Metrik-Aggregaten ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The metric aggregates response is not a JSON object.</source>
        <translation>Die Antwort mit den Metrik-Aggregaten ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server answered with an error instead of metric aggregates: %1</source>
        <translation>Der Server hat statt der Metrik-Aggregate mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>The metric aggregates response has no “%1”.</source>
        <translation>Der Antwort mit den Metrik-Aggregaten fehlt „%1“.</translation>
    </message>
    <message>
        <source>“%1” in the metric aggregates response is not an object.</source>
        <translation>„%1“ in der Antwort mit den Metrik-Aggregaten ist kein Objekt.</translation>
    </message>
    <message>
        <source>“%1” in the metric aggregates response is not an array.</source>
        <translation>„%1“ in der Antwort mit den Metrik-Aggregaten ist kein Array.</translation>
    </message>
    <message>
        <source>“%1” in the metric aggregates response is not a string.</source>
        <translation>„%1“ in der Antwort mit den Metrik-Aggregaten ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>“%1” in the metric aggregates response is not a number.</source>
        <translation>„%1“ in der Antwort mit den Metrik-Aggregaten ist keine Zahl.</translation>
    </message>
    <message>
        <source>The response describes a “%1”, not a metric aggregate.</source>
        <translation>Die Antwort beschreibt „%1“, kein Metrik-Aggregat.</translation>
    </message>
    <message>
        <source>Date %1 (“%2”) of the metric aggregates response is not an ISO 8601 instant.</source>
        <translation>Datum %1 („%2“) der Antwort mit den Metrik-Aggregaten ist kein ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <source>The metric aggregates response has too many different measurements.</source>
        <translation>Die Antwort mit den Metrik-Aggregaten enthält zu viele verschiedene Kennzahlen.</translation>
    </message>
    <message>
        <source>Group %1 of the metric aggregates response has no values for measurement “%2”.</source>
        <translation>Gruppe %1 der Antwort mit den Metrik-Aggregaten hat keine Werte für die Kennzahl „%2“.</translation>
    </message>
    <message>
        <source>Measurement “%1” of group %2 has %3 values for %4 dates.</source>
        <translation>Kennzahl „%1“ der Gruppe %2 hat %3 Werte für %4 Datumsangaben.</translation>
    </message>
</context>
<context>
    <name>kx::AggregateRun</name>
    <message>
        <source>a query part has no data.attributes object</source>
        <translation>ein Abfrageteil hat kein data.attributes-Objekt</translation>
    </message>
    <message>
        <source>the pages of the answer do not end</source>
        <translation>die Seiten der Antwort enden nicht</translation>
    </message>
</context>
<context>
    <name>kx::ApiCall</name>
    <message>
        <source>a web page instead of data</source>
        <translation>eine Webseite statt Daten</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>the data is cut off or malformed</source>
        <translation>die Daten sind abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>the answer has no data</source>
        <translation>die Antwort enthält keine Daten</translation>
    </message>
    <message>
        <source>Klaviyo asked to wait before the next request.</source>
        <translation>Klaviyo hat gebeten, vor der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>Waiting for Klaviyo&apos;s rate limit.</source>
        <translation>Warten auf Klaviyos Ratenlimit.</translation>
    </message>
    <message>
        <source>the network service has shut down</source>
        <translation>der Netzwerkdienst wurde beendet</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>Klaviyo is busy (HTTP %1); trying again.</source>
        <translation>Klaviyo ist ausgelastet (HTTP %1); neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>kx::ApiClient</name>
    <message>
        <source>“%1” is not a server address. Use an address such as https://a.klaviyo.com.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie eine Adresse wie https://a.klaviyo.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a query or a fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The server address %1 uses plain http, which would send the API key unencrypted. Use https://, or http:// only for a server on this computer (localhost).</source>
        <translation>Die Serveradresse %1 verwendet unverschlüsseltes http, wodurch der API-Schlüssel unverschlüsselt gesendet würde. Verwenden Sie https:// oder http:// nur für einen Server auf diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>The API key contains characters a Klaviyo key cannot have. Paste the private key again; it starts with pk_.</source>
        <translation>Der API-Schlüssel enthält Zeichen, die ein Klaviyo-Schlüssel nicht enthalten kann. Fügen Sie den privaten Schlüssel erneut ein; er beginnt mit pk_.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s link to the next page points to another server (%1); the app does not send the API key there.</source>
        <translation>Klaviyos Link zur nächsten Seite verweist auf einen anderen Server (%1); die App sendet den API-Schlüssel nicht dorthin.</translation>
    </message>
    <message>
        <source>The request path “%1” is not valid.</source>
        <translation>Der Anfragepfad „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” is not an API revision (YYYY-MM-DD).</source>
        <translation>„%1“ ist keine API-Revision (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>No API key is set for this account. Enter the private key in Settings → Accounts.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel festgelegt. Geben Sie den privaten Schlüssel unter Einstellungen → Konten ein.</translation>
    </message>
</context>
<context>
    <name>kx::ApiError</name>
    <message>
        <source>Klaviyo refused this request for the API key. Check the key&apos;s scopes in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Klaviyo hat diese Anfrage für den API-Schlüssel abgelehnt. Prüfen Sie die Berechtigungen (Scopes) des Schlüssels in Klaviyo (Settings → API keys) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to metrics. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Metriken. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to flows. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Flows. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to campaigns. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Kampagnen. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to forms. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Formulare. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to segments. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Segmente. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key has no access to lists. Add the %1 scope to the key in Klaviyo (Settings → API keys) and try again.</source>
        <translation>Der Schlüssel hat keinen Zugriff auf Listen. Fügen Sie dem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Klaviyo does not accept this kind of request at %1 (HTTP 405). This is a bug in the app; please report it.</source>
        <translation>Klaviyo akzeptiert diese Art von Anfrage an %1 nicht (HTTP 405). Dies ist ein Fehler in der App; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Klaviyo did not accept the request format (HTTP 415). This is a bug in the app; please report it.</source>
        <translation>Klaviyo hat das Anfrageformat nicht akzeptiert (HTTP 415). Dies ist ein Fehler in der App; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Klaviyo rejected the request: %1 (in %2). Change the query and run it again.</source>
        <translation>Klaviyo hat die Anfrage abgelehnt: %1 (in %2). Ändern Sie die Abfrage und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Klaviyo rejected the request: %1. Change the query and run it again.</source>
        <translation>Klaviyo hat die Anfrage abgelehnt: %1. Ändern Sie die Abfrage und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Klaviyo rejected the request (HTTP %1). Change the query and run it again.</source>
        <translation>Klaviyo hat die Anfrage abgelehnt (HTTP %1). Ändern Sie die Abfrage und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>This kind of request does not exist in API revision %1. Choose a newer API revision in Settings → Accounts and run it again.</source>
        <translation>Diese Art von Anfrage gibt es in API-Revision %1 nicht. Wählen Sie unter Einstellungen → Konten eine neuere API-Revision und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Klaviyo found nothing at %1. The item may have been deleted, or it belongs to another Klaviyo account.</source>
        <translation>Klaviyo hat unter %1 nichts gefunden. Das Element wurde möglicherweise gelöscht oder gehört zu einem anderen Klaviyo-Konto.</translation>
    </message>
    <message>
        <source>Could not reach Klaviyo. Check the internet connection and try again.</source>
        <translation>Klaviyo ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach Klaviyo (%1). Check the internet connection and try again.</source>
        <translation>Klaviyo ist nicht erreichbar (%1). Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Klaviyo did not answer in time. Try again later, or ask for a shorter date range.</source>
        <translation>Klaviyo hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Klaviyo refused the API key. Check the key in Settings → Accounts; private keys start with pk_.</source>
        <translation>Klaviyo hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter Einstellungen → Konten; private Schlüssel beginnen mit pk_.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s rate limit for this kind of request is reached. Wait a minute and run it again.</source>
        <translation>Klaviyos Ratenlimit für diese Art von Anfrage ist erreicht. Warten Sie eine Minute und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The daily Klaviyo quota for this kind of request is used up. Run it again tomorrow.</source>
        <translation>Das tägliche Klaviyo-Kontingent für diese Art von Anfrage ist aufgebraucht. Führen Sie sie morgen erneut aus.</translation>
    </message>
    <message>
        <source>Klaviyo had a server problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Bei Klaviyo ist ein Serverproblem aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Klaviyo had a server problem. Try again in a few minutes.</source>
        <translation>Bei Klaviyo ist ein Serverproblem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Klaviyo sent an answer the app cannot read. Try again; if it keeps happening, report it.</source>
        <translation>Klaviyo hat eine Antwort gesendet, die die App nicht lesen kann. Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>Klaviyo sent an answer the app cannot read (%1). Try again; if it keeps happening, report it.</source>
        <translation>Klaviyo hat eine Antwort gesendet, die die App nicht lesen kann (%1). Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The daily Klaviyo quota for this kind of request is used up. It resets at %1 (in about %n hour(s)); run it again after that.</source>
        <translation>
            <numerusform>Das tägliche Klaviyo-Kontingent für diese Art von Anfrage ist aufgebraucht. Es wird um %1 zurückgesetzt (in etwa %n Stunde); führen Sie sie danach erneut aus.</numerusform>
            <numerusform>Das tägliche Klaviyo-Kontingent für diese Art von Anfrage ist aufgebraucht. Es wird um %1 zurückgesetzt (in etwa %n Stunden); führen Sie sie danach erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klaviyo&apos;s rate limit for this kind of request is reached and lifts in %n second(s), longer than the app waits on its own. Run it again after that.</source>
        <translation>
            <numerusform>Klaviyos Ratenlimit für diese Art von Anfrage ist erreicht und endet in %n Sekunde – länger, als die App von selbst wartet. Führen Sie sie danach erneut aus.</numerusform>
            <numerusform>Klaviyos Ratenlimit für diese Art von Anfrage ist erreicht und endet in %n Sekunden – länger, als die App von selbst wartet. Führen Sie sie danach erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaviyo&apos;s bot protection answered with a challenge page instead of data. Wait a few minutes and try again; if it keeps happening, try from another network.</source>
        <translation>Klaviyos Bot-Schutz hat statt Daten mit einer Challenge-Seite geantwortet. Warten Sie einige Minuten und versuchen Sie es erneut; falls es weiterhin auftritt, versuchen Sie es über ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>kx::ApiOperation</name>
    <message>
        <source>the connection to Klaviyo is closed</source>
        <translation>die Verbindung zu Klaviyo ist geschlossen</translation>
    </message>
</context>
<context>
    <name>kx::ApiParsers</name>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer has no list of items (“data” is missing or not a list).</source>
        <translation>Die Antwort enthält keine Liste von Elementen („data“ fehlt oder ist keine Liste).</translation>
    </message>
    <message>
        <source>The answer has no item (“data” is missing or not an object).</source>
        <translation>Die Antwort enthält kein Element („data“ fehlt oder ist kein Objekt).</translation>
    </message>
    <message>
        <source>The metric in the answer has no id.</source>
        <translation>Die Metrik in der Antwort hat keine ID.</translation>
    </message>
    <message>
        <source>The item in the answer has no id.</source>
        <translation>Das Element in der Antwort hat keine ID.</translation>
    </message>
</context>
<context>
    <name>kx::Application</name>
    <message>
        <source>Explore Klaviyo metrics visually.</source>
        <translation>Klaviyo-Metriken visuell erkunden.</translation>
    </message>
    <message>
        <source>Start on the built-in demo account.</source>
        <translation>Mit dem integrierten Demokonto starten.</translation>
    </message>
    <message>
        <source>[file…]</source>
        <translation>[Datei…]</translation>
    </message>
    <message>
        <source>Query files (.kmq) or request bodies (.json) to open.</source>
        <translation>Zu öffnende Abfragedateien (.kmq) oder Anfragetexte (.json).</translation>
    </message>
</context>
<context>
    <name>kx::AutosaveManager</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Der Ordner für automatische Sicherungen %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot lock the autosave folder %1.</source>
        <translation>Der Ordner für automatische Sicherungen %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Unsaved documents could not be backed up: %1</source>
        <translation>Nicht gespeicherte Dokumente konnten nicht gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>kx::ChartBuilder</name>
    <message>
        <source>%1 · %2</source>
        <comment>series: dimension values, measurement</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Other · %1</source>
        <comment>series: other groups, measurement</comment>
        <translation>Sonstige · %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date, timezone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>date, series, value</comment>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>kx::ChartExportDialog</name>
    <message>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>Folie, 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Wide (1600 × 900)</source>
        <translation>Breit (1600 × 900)</translation>
    </message>
    <message>
        <source>Document (1200 × 675)</source>
        <translation>Dokument (1200 × 675)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Quadratisch (1080 × 1080)</translation>
    </message>
    <message>
        <source>Slide, 4:3 (1024 × 768)</source>
        <translation>Folie, 4:3 (1024 × 768)</translation>
    </message>
    <message>
        <source>Dark background</source>
        <translation>Dunkler Hintergrund</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Benutzerdefinierte Größe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Text and lines grow with the resolution: 96 dpi for screens, 192 dpi for sharp slides, 300 dpi for print.</source>
        <translation>Text und Linien wachsen mit der Auflösung: 96 dpi für Bildschirme, 192 dpi für scharfe Folien, 300 dpi für den Druck.</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Keine Bildunterschrift</translation>
    </message>
    <message>
        <source>One line per item; the lines are joined with &quot; · &quot; under the chart.</source>
        <translation>Ein Eintrag pro Zeile; die Zeilen werden unter dem Diagramm mit &quot; · &quot; verbunden.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 × %4 in at %5 dpi</source>
        <translation>%1 × %2 px · %3 × %4 Zoll bei %5 dpi</translation>
    </message>
</context>
<context>
    <name>kx::ChartImageExporter</name>
    <message>
        <source>Could not write the PNG image: %1</source>
        <translation>Das PNG-Bild konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the SVG image: %1</source>
        <translation>Das SVG-Bild konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>kein Gerät</translation>
    </message>
    <message>
        <source>Could not write the SVG image.</source>
        <translation>Das SVG-Bild konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Metrik: %1</translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Zeitraum: %1 – %2</translation>
    </message>
    <message>
        <source>Timezone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>No filters</source>
        <translation>Keine Filter</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Erstellt am %1</translation>
    </message>
</context>
<context>
    <name>kx::CliSession</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Klaviyo Metrics Explorer, command line.</source>
        <translation>Klaviyo Metrics Explorer, Befehlszeile.</translation>
    </message>
    <message>
        <source>A .kmq query file or a raw API request body.</source>
        <translation>Eine .kmq-Abfragedatei oder ein unbearbeiteter API-Anfragetext.</translation>
    </message>
    <message>
        <source>API revision to use (default: the profile&apos;s, else %1).</source>
        <translation>Zu verwendende API-Revision (Standard: die des Profils, sonst %1).</translation>
    </message>
    <message>
        <source>Resolve relative date ranges as if it were this ISO 8601 instant (reproducible runs).</source>
        <translation>Relative Zeiträume so auflösen, als wäre jetzt dieser ISO-8601-Zeitpunkt (reproduzierbare Läufe).</translation>
    </message>
    <message>
        <source>Use the built-in demo account (no key, no network).</source>
        <translation>Das integrierte Demokonto verwenden (kein Schlüssel, kein Netzwerk).</translation>
    </message>
    <message>
        <source>API base URL (default https://a.klaviyo.com).</source>
        <translation>API-Basis-URL (Standard https://a.klaviyo.com).</translation>
    </message>
    <message>
        <source>Use this saved profile (name or id).</source>
        <translation>Dieses gespeicherte Profil verwenden (Name oder ID).</translation>
    </message>
    <message>
        <source>Output format: csv, json, or a chart as png or svg (default csv).</source>
        <translation>Ausgabeformat: csv, json oder ein Diagramm als png oder svg (Standard csv).</translation>
    </message>
    <message>
        <source>Output format: csv or json (default csv).</source>
        <translation>Ausgabeformat: csv oder json (Standard csv).</translation>
    </message>
    <message>
        <source>Write the output to FILE (&apos;-&apos; for standard output, the default).</source>
        <translation>Die Ausgabe in FILE schreiben (&apos;-&apos; für die Standardausgabe, der Standard).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage fehlschlägt (Standard 60).</translation>
    </message>
    <message>
        <source>CSV layout: long or wide (default long).</source>
        <translation>CSV-Layout: long oder wide (Standard long).</translation>
    </message>
    <message>
        <source>Look up the names of flows, messages, campaigns, forms and segments whose ids the result groups by, and add them next to the ids (extra API calls; charts always show names).</source>
        <translation>Namen von Flows, Nachrichten, Kampagnen, Formularen und Segmenten nachschlagen, nach deren IDs das Ergebnis gruppiert, und neben den IDs hinzufügen (zusätzliche API-Aufrufe; Diagramme zeigen immer Namen).</translation>
    </message>
    <message>
        <source>Chart width in pixels (png, svg; default 1600).</source>
        <translation>Diagrammbreite in Pixeln (png, svg; Standard 1600).</translation>
    </message>
    <message>
        <source>Chart height in pixels (png, svg; default 900).</source>
        <translation>Diagrammhöhe in Pixeln (png, svg; Standard 900).</translation>
    </message>
    <message>
        <source>Chart resolution; text and lines scale with it (default 96).</source>
        <translation>Diagrammauflösung; Text und Linien skalieren mit (Standard 96).</translation>
    </message>
    <message>
        <source>Chart type: line, area, bar or stacked-bar (default: the one saved in the file, else line).</source>
        <translation>Diagrammtyp: line, area, bar oder stacked-bar (Standard: der in der Datei gespeicherte, sonst line).</translation>
    </message>
    <message>
        <source>Only metrics of this integration (e.g. Shopify).</source>
        <translation>Nur Metriken dieser Integration (z. B. Shopify).</translation>
    </message>
    <message>
        <source>Only metrics of this integration category.</source>
        <translation>Nur Metriken dieser Integrationskategorie.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for the options.</source>
        <translation>Führen Sie &apos;%1 %2 --help&apos; aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Give exactly one query file, e.g. &apos;%1 %2 query.kmq&apos;.</source>
        <translation>Geben Sie genau eine Abfragedatei an, z. B. &apos;%1 %2 query.kmq&apos;.</translation>
    </message>
    <message>
        <source>The revision &apos;%1&apos; is not a date like 2026-07-15.</source>
        <translation>Die Revision &apos;%1&apos; ist kein Datum wie 2026-07-15.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 instant such as 2026-11-23T12:00:00Z.</source>
        <translation>--now benötigt einen ISO-8601-Zeitpunkt wie 2026-11-23T12:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, png or svg.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: Verwenden Sie csv, json, png oder svg.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv or json.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: Verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>Charts need the graphical libraries; start the command as &apos;%1 run FILE --format %2&apos;.</source>
        <translation>Diagramme benötigen die Grafikbibliotheken; starten Sie den Befehl als &apos;%1 run FILE --format %2&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a number of pixels between 100 and 20000.</source>
        <translation>--%1 benötigt eine Pixelzahl zwischen 100 und 20000.</translation>
    </message>
    <message>
        <source>--dpi needs a resolution between 24 and 1200.</source>
        <translation>--dpi benötigt eine Auflösung zwischen 24 und 1200.</translation>
    </message>
    <message>
        <source>Unknown chart &apos;%1&apos;: use line, area, bar or stacked-bar.</source>
        <translation>Unbekanntes Diagramm &apos;%1&apos;: Verwenden Sie line, area, bar oder stacked-bar.</translation>
    </message>
    <message>
        <source>Unknown layout &apos;%1&apos;: use long or wide.</source>
        <translation>Unbekanntes Layout &apos;%1&apos;: Verwenden Sie long oder wide.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout benötigt eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--demo runs against the built-in demo account: leave out --base-url and --profile.</source>
        <translation>--demo läuft mit dem integrierten Demokonto: Lassen Sie --base-url und --profile weg.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. Create it in the app&apos;s Settings, or use --base-url with KLAVIYO_API_KEY.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;. Legen Sie es in den Einstellungen der App an oder verwenden Sie --base-url mit KLAVIYO_API_KEY.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The date range of this query is empty; run &apos;validate&apos; for details.</source>
        <translation>Der Zeitraum dieser Abfrage ist leer; führen Sie &apos;validate&apos; aus, um Details zu erhalten.</translation>
    </message>
    <message>
        <source>Request %1 of %2</source>
        <translation>Anfrage %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose another file with -o.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2. Wählen Sie mit -o eine andere Datei.</translation>
    </message>
    <message>
        <source>KLAVIYO_API_KEY contains characters an API key cannot have; copy the key again.</source>
        <translation>KLAVIYO_API_KEY enthält Zeichen, die ein API-Schlüssel nicht enthalten kann; kopieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>No API key: set KLAVIYO_API_KEY, or save a key for a profile in the app&apos;s Settings. To try the command line without a key, add --demo.</source>
        <translation>Kein API-Schlüssel: Setzen Sie KLAVIYO_API_KEY oder speichern Sie einen Schlüssel für ein Profil in den Einstellungen der App. Um die Befehlszeile ohne Schlüssel auszuprobieren, fügen Sie --demo hinzu.</translation>
    </message>
    <message>
        <source>No key is saved for the profile &apos;%1&apos;.</source>
        <translation>Für das Profil &apos;%1&apos; ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Set KLAVIYO_API_KEY, or save the key in the app&apos;s Settings.</source>
        <translation>Setzen Sie KLAVIYO_API_KEY oder speichern Sie den Schlüssel in den Einstellungen der App.</translation>
    </message>
    <message>
        <source>%1 of %2 requests, %3 s waiting for Klaviyo&apos;s rate limits</source>
        <translation>%1 von %2 Anfragen, %3 s Wartezeit wegen Klaviyos Ratenlimits</translation>
    </message>
    <message>
        <source>Klaviyo said: %1</source>
        <translation>Klaviyo meldet: %1</translation>
    </message>
    <message>
        <source>%1 requests, at least %2 s at Klaviyo&apos;s limits</source>
        <translation>%1 Anfragen, mindestens %2 s wegen Klaviyos Limits</translation>
    </message>
    <message>
        <source>Writing the output failed: %1.</source>
        <translation>Schreiben der Ausgabe fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The %1 names could not be looked up (%2); their ids are shown instead.</source>
        <translation>Die %1-Namen konnten nicht nachgeschlagen werden (%2); stattdessen werden ihre IDs angezeigt.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s answer could not be read: %1</source>
        <translation>Klaviyos Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Klaviyo Metrics Explorer, command line. Prints each request body exactly as &apos;run&apos; sends it (compact JSON), then a curl command that reads the key from $KLAVIYO_API_KEY.</source>
        <translation>Klaviyo Metrics Explorer, Befehlszeile. Gibt jeden Anfragetext genau so aus, wie &apos;run&apos; ihn sendet (kompaktes JSON), dann einen curl-Befehl, der den Schlüssel aus $KLAVIYO_API_KEY liest.</translation>
    </message>
</context>
<context>
    <name>kx::CommandLine</name>
    <message>
        <source>Klaviyo Metrics Explorer %1

Desktop app:
  %2 [--demo] [FILE.kmq…]      open the window (on the demo account with --demo)

Command line (no display needed):
  %2 run FILE [options]        run a query file or a raw API request body; writes CSV or JSON
  %2 metrics [options]         list the account&apos;s metrics
  %2 request FILE              print each request body exactly as &apos;run&apos; sends it (compact JSON)
                               and a curl command
  %2 validate FILE             check a query and print its errors and warnings

Run &apos;%2 COMMAND --help&apos; for a command&apos;s options. The API key is read from KLAVIYO_API_KEY,
else from the active profile in the system keychain; --demo needs no key.
Exit codes: 0 success, 2 usage or validation error, 3 API error, 4 network error, 130 cancelled.
</source>
        <translation>Klaviyo Metrics Explorer %1

Desktop-App:
  %2 [--demo] [FILE.kmq…]      öffnet das Fenster (mit --demo auf dem Demokonto)

Befehlszeile (keine Anzeige erforderlich):
  %2 run FILE [options]        führt eine Abfragedatei oder einen API-Anfragetext aus; schreibt CSV oder JSON
  %2 metrics [options]         listet die Metriken des Kontos auf
  %2 request FILE              gibt jeden Anfragetext genau so aus, wie &apos;run&apos; ihn sendet (kompaktes JSON),
                               und einen curl-Befehl
  %2 validate FILE             prüft eine Abfrage und gibt ihre Fehler und Warnungen aus

Führen Sie &apos;%2 COMMAND --help&apos; aus, um die Optionen eines Befehls anzuzeigen. Der API-Schlüssel wird aus KLAVIYO_API_KEY gelesen,
sonst aus dem aktiven Profil im Systemschlüsselbund; --demo benötigt keinen Schlüssel.
Exit-Codes: 0 Erfolg, 2 Aufruf- oder Validierungsfehler, 3 API-Fehler, 4 Netzwerkfehler, 130 abgebrochen.
</translation>
    </message>
</context>
<context>
    <name>kx::ConnectionTester</name>
    <message>
        <source>Metric browser and metric queries</source>
        <translation>Metrik-Browser und Metrikabfragen</translation>
    </message>
    <message>
        <source>Campaign names in results and campaign reports</source>
        <translation>Kampagnennamen in Ergebnissen und Kampagnenberichte</translation>
    </message>
    <message>
        <source>Flow names in results and flow reports</source>
        <translation>Flow-Namen in Ergebnissen und Flow-Berichte</translation>
    </message>
    <message>
        <source>Form names in results and form reports</source>
        <translation>Formularnamen in Ergebnissen und Formularberichte</translation>
    </message>
    <message>
        <source>Segment reports</source>
        <translation>Segmentberichte</translation>
    </message>
    <message>
        <source>List names in results</source>
        <translation>Listennamen in Ergebnissen</translation>
    </message>
    <message>
        <source>Add the %1 scope to this key in Klaviyo (Settings → API keys) to use: %2.</source>
        <translation>Fügen Sie diesem Schlüssel in Klaviyo (Settings → API keys) den Scope %1 hinzu, um Folgendes zu nutzen: %2.</translation>
    </message>
</context>
<context>
    <name>kx::CsvWriter</name>
    <message>
        <source>(none)</source>
        <extracomment>Wide CSV header: a group whose dimension value is empty (the event lacks the dimension)</extracomment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 name</source>
        <extracomment>CSV column holding the display names of the ids in column %1 (an API dimension name)</extracomment>
        <translation>%1 Name</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Wide CSV header: display name of a dimension value, then its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kx::DateRangeEditor</name>
    <message>
        <source>Relative ranges stay relative in saved files: “Last 7 days” always means the last 7 days.</source>
        <translation>Relative Zeiträume bleiben in gespeicherten Dateien relativ: „Letzte 7 Tage“ bedeutet immer die letzten 7 Tage.</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Benutzerdefinierte Daten…</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: start to end</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day – last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The range starts just after this time.</source>
        <translation>Der Zeitraum beginnt direkt nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>The range starts at this time.</source>
        <translation>Der Zeitraum beginnt zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>The range ends at this time, included.</source>
        <translation>Der Zeitraum endet zu diesem Zeitpunkt, einschließlich.</translation>
    </message>
    <message>
        <source>The range ends just before this time.</source>
        <translation>Der Zeitraum endet direkt vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>kx::DemoFaultPlan</name>
    <message>
        <source>invalid latency &quot;%1&quot; (use e.g. 200ms, 2s or 100ms..400ms)</source>
        <translation>ungültige Latenz &quot;%1&quot; (verwenden Sie z. B. 200ms, 2s oder 100ms..400ms)</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; in seq</source>
        <translation>unbekannter Fehler &quot;%1&quot; in seq</translation>
    </message>
    <message>
        <source>invalid seed &quot;%1&quot;</source>
        <translation>ungültiger Seed &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid fault item &quot;%1&quot; (use FAULT@PROBABILITY, latency=…, seq=…)</source>
        <translation>ungültiger Fehlereintrag &quot;%1&quot; (verwenden Sie FAULT@PROBABILITY, latency=…, seq=…)</translation>
    </message>
</context>
<context>
    <name>kx::DemoReply</name>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <extracomment>%1 is the URL, %2 the HTTP reason phrase (Qt&apos;s own wording for HTTP errors)</extracomment>
        <translation>Fehler beim Übertragen von %1 – Server antwortete: %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>kx::DemoStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the place in the file (&quot;events[3].datetime&quot;), %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown timezone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>Datum im Format JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time</source>
        <translation>ISO-8601-Datum mit Uhrzeit erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekannte Metrik &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a string, number or boolean</source>
        <translation>Zeichenkette, Zahl oder boolescher Wert erwartet</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>kx::Dimension</name>
    <message>
        <source>Attributed channel</source>
        <translation>Zugeordneter Kanal</translation>
    </message>
    <message>
        <source>The channel (email, SMS, push) credited with the event.</source>
        <translation>Der Kanal (E-Mail, SMS, Push), dem das Ereignis zugeordnet wird.</translation>
    </message>
    <message>
        <source>Attributed flow</source>
        <translation>Zugeordneter Flow</translation>
    </message>
    <message>
        <source>The flow credited with the event (a flow id; names are looked up in the results).</source>
        <translation>Der Flow, dem das Ereignis zugeordnet wird (eine Flow-ID; Namen werden in den Ergebnissen nachgeschlagen).</translation>
    </message>
    <message>
        <source>Attributed message</source>
        <translation>Zugeordnete Nachricht</translation>
    </message>
    <message>
        <source>The campaign or flow message credited with the event (an id; names are looked up in the results).</source>
        <translation>Die Kampagnen- oder Flow-Nachricht, der das Ereignis zugeordnet wird (eine ID; Namen werden in den Ergebnissen nachgeschlagen).</translation>
    </message>
    <message>
        <source>Attributed variation</source>
        <translation>Zugeordnete Variante</translation>
    </message>
    <message>
        <source>The A/B test variation credited with the event.</source>
        <translation>Die A/B-Test-Variante, der das Ereignis zugeordnet wird.</translation>
    </message>
    <message>
        <source>Campaign channel</source>
        <translation>Kampagnenkanal</translation>
    </message>
    <message>
        <source>The channel of the campaign that sent the message.</source>
        <translation>Der Kanal der Kampagne, die die Nachricht gesendet hat.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>The flow that sent the message (a flow id; names are looked up in the results).</source>
        <translation>Der Flow, der die Nachricht gesendet hat (eine Flow-ID; Namen werden in den Ergebnissen nachgeschlagen).</translation>
    </message>
    <message>
        <source>Flow channel</source>
        <translation>Flow-Kanal</translation>
    </message>
    <message>
        <source>The channel of the flow message.</source>
        <translation>Der Kanal der Flow-Nachricht.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The campaign or flow message of the event (an id; names are looked up in the results).</source>
        <translation>Die Kampagnen- oder Flow-Nachricht des Ereignisses (eine ID; Namen werden in den Ergebnissen nachgeschlagen).</translation>
    </message>
    <message>
        <source>Message send cohort</source>
        <translation>Versandkohorte der Nachricht</translation>
    </message>
    <message>
        <source>The send cohort of the message.</source>
        <translation>Die Versandkohorte der Nachricht.</translation>
    </message>
    <message>
        <source>Usage amount</source>
        <translation>Nutzungsmenge</translation>
    </message>
    <message>
        <source>The usage amount recorded with the event (a number).</source>
        <translation>Die mit dem Ereignis erfasste Nutzungsmenge (eine Zahl).</translation>
    </message>
    <message>
        <source>Value currency</source>
        <translation>Währung des Werts</translation>
    </message>
    <message>
        <source>The currency of the event value, such as USD.</source>
        <translation>Die Währung des Ereigniswerts, z. B. USD.</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>The A/B test variation of the message.</source>
        <translation>Die A/B-Test-Variante der Nachricht.</translation>
    </message>
    <message>
        <source>Variation send cohort</source>
        <translation>Versandkohorte der Variante</translation>
    </message>
    <message>
        <source>The send cohort of the A/B test variation.</source>
        <translation>Die Versandkohorte der A/B-Test-Variante.</translation>
    </message>
    <message>
        <source>%1
API name: %2</source>
        <translation>%1
API-Name: %2</translation>
    </message>
    <message>
        <source>The event property “%1”.</source>
        <translation>Die Ereigniseigenschaft „%1“.</translation>
    </message>
</context>
<context>
    <name>kx::DocumentTabWidget</name>
    <message>
        <source>%1*</source>
        <comment>tab title of a document with unsaved changes</comment>
        <translation>%1*</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>kx::Emulator</name>
    <message>
        <source>Serves a Klaviyo account over HTTP on 127.0.0.1, with the paths, headers, status codes, JSON:API
bodies, errors and rate limits of https://a.klaviyo.com. The first line on stdout is
&quot;listening on http://127.0.0.1:PORT&quot;. SIGTERM or SIGINT stops it.

Fault SPEC (--faults): comma-separated items
  latency=200ms        delay every answer (also 2s, or a range 100ms..400ms)
  FAULT@P              inject FAULT with probability P (0..1) on each request
  seq=A;B;...          the first requests get A, B, ... in order (ok or 200: no fault)
  seed=N               seed of the probabilities
FAULT is 500, 502, 503, 504, 524 or 429 (a status), html403 (Cloudflare challenge page),
truncate (half the body, then the connection closes), malformed (broken JSON),
drop (connection closed without an answer) or trickle (the answer a few bytes at a time).
Example: --faults &apos;503@0.1,latency=200ms,seq=200;503;truncate;200&apos;</source>
        <translation>Liefert ein Klaviyo-Konto über HTTP auf 127.0.0.1 aus, mit den Pfaden, Headern, Statuscodes, JSON:API-Bodys,
Fehlern und Rate-Limits von https://a.klaviyo.com. Die erste Zeile auf stdout ist
&quot;listening on http://127.0.0.1:PORT&quot;. SIGTERM oder SIGINT beendet ihn.

Fehler-SPEC (--faults): kommagetrennte Einträge
  latency=200ms        jede Antwort verzögern (auch 2s oder ein Bereich 100ms..400ms)
  FAULT@P              FAULT mit Wahrscheinlichkeit P (0..1) bei jeder Anfrage einspeisen
  seq=A;B;...          die ersten Anfragen bekommen A, B, ... der Reihe nach (ok oder 200: kein Fehler)
  seed=N               Startwert der Wahrscheinlichkeiten
FAULT ist 500, 502, 503, 504, 524 oder 429 (ein Status), html403 (Cloudflare-Challenge-Seite),
truncate (der halbe Body, dann wird die Verbindung geschlossen), malformed (kaputtes JSON),
drop (Verbindung ohne Antwort geschlossen) oder trickle (die Antwort in kleinen Stücken).
Beispiel: --faults &apos;503@0.1,latency=200ms,seq=200;503;truncate;200&apos;</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free port).</source>
        <translation>Port auf 127.0.0.1 (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Last day of the generated data, the account&apos;s today (default: today).</source>
        <translation>Letzter Tag der erzeugten Daten, das „Heute“ des Kontos (Standard: heute).</translation>
    </message>
    <message>
        <source>Seed of the generated account.</source>
        <translation>Startwert des erzeugten Kontos.</translation>
    </message>
    <message>
        <source>Serve this fixture instead of generated data (see FIXTURE-FORMAT.md).</source>
        <translation>Diese Fixture statt erzeugter Daten ausliefern (siehe FIXTURE-FORMAT.md).</translation>
    </message>
    <message>
        <source>on, off, or a factor applied to the published limits.</source>
        <translation>on, off oder ein Faktor für die veröffentlichten Limits.</translation>
    </message>
    <message>
        <source>Faults to inject (see above).</source>
        <translation>Einzuspeisende Fehler (siehe oben).</translation>
    </message>
    <message>
        <source>Require this private key (default: any key starting with pk_).</source>
        <translation>Diesen privaten Schlüssel verlangen (Standard: jeder Schlüssel, der mit pk_ beginnt).</translation>
    </message>
    <message>
        <source>Comma-separated scopes of the key (default: all).</source>
        <translation>Kommagetrennte Berechtigungen des Schlüssels (Standard: alle).</translation>
    </message>
    <message>
        <source>--port needs a number between 0 and 65535</source>
        <translation>--port braucht eine Zahl zwischen 0 und 65535</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number</source>
        <translation>--seed braucht eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>--anchor-date needs a date YYYY-MM-DD</source>
        <translation>--anchor-date braucht ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--rate-limits needs on, off or a positive factor</source>
        <translation>--rate-limits braucht on, off oder einen positiven Faktor</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>cannot install the signal handlers</source>
        <translation>Die Signal-Handler können nicht installiert werden</translation>
    </message>
</context>
<context>
    <name>kx::Export</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>Could not write the export: no output.</source>
        <translation>Der Export konnte nicht geschrieben werden: keine Ausgabe.</translation>
    </message>
    <message>
        <source>the output is not open for writing.</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>kx::FilterOp</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>enthält eines von</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>enthält alle von</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>ist gesetzt</translation>
    </message>
</context>
<context>
    <name>kx::FilterParser</name>
    <message>
        <source>The filter is empty. Write a condition such as equals(field,&quot;value&quot;).</source>
        <translation>Der Filter ist leer. Schreiben Sie eine Bedingung wie equals(field,&quot;value&quot;).</translation>
    </message>
    <message>
        <source>The filter ends with a comma. Add another condition after it or remove the comma.</source>
        <translation>Der Filter endet mit einem Komma. Fügen Sie danach eine weitere Bedingung hinzu oder entfernen Sie das Komma.</translation>
    </message>
    <message>
        <source>This closing parenthesis has no matching opening one. Remove it.</source>
        <translation>Zu dieser schließenden Klammer gibt es keine öffnende. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Unexpected text after a complete condition. Separate conditions with a comma.</source>
        <translation>Unerwarteter Text nach einer vollständigen Bedingung. Trennen Sie Bedingungen durch ein Komma.</translation>
    </message>
    <message>
        <source>The filter is nested too deeply. Flatten the and(...) groups.</source>
        <translation>Der Filter ist zu tief verschachtelt. Vereinfachen Sie die and(...)-Gruppen.</translation>
    </message>
    <message>
        <source>A condition is missing here. Write one such as equals(field,&quot;value&quot;).</source>
        <translation>Hier fehlt eine Bedingung. Schreiben Sie eine wie equals(field,&quot;value&quot;).</translation>
    </message>
    <message>
        <source>A condition must start with an operator name such as equals or and.</source>
        <translation>Eine Bedingung muss mit einem Operatornamen wie equals oder and beginnen.</translation>
    </message>
    <message>
        <source>An opening parenthesis must follow &quot;%1&quot;.</source>
        <translation>Auf &quot;%1&quot; muss eine öffnende Klammer folgen.</translation>
    </message>
    <message>
        <source>or(...) is not supported: Klaviyo filters can only combine conditions with and(...). Run one query per alternative or use any(field,[...]) for a list of values.</source>
        <translation>or(...) wird nicht unterstützt: Klaviyo-Filter können Bedingungen nur mit and(...) kombinieren. Führen Sie eine Abfrage pro Alternative aus oder verwenden Sie any(field,[...]) für eine Liste von Werten.</translation>
    </message>
    <message>
        <source>not(...) is not supported: Klaviyo does not document negation in filters. Remove it and express the condition positively.</source>
        <translation>not(...) wird nicht unterstützt: Klaviyo dokumentiert keine Negation in Filtern. Entfernen Sie sie und formulieren Sie die Bedingung positiv.</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter Operator &quot;%1&quot;. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>This and( is never closed. Add a closing parenthesis.</source>
        <translation>Dieses and( wird nie geschlossen. Fügen Sie eine schließende Klammer hinzu.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing parenthesis in and(...).</source>
        <translation>In and(...) wird ein Komma oder eine schließende Klammer erwartet.</translation>
    </message>
    <message>
        <source>and(...) needs at least two conditions. Remove and( ) around a single condition.</source>
        <translation>and(...) benötigt mindestens zwei Bedingungen. Entfernen Sie and( ) um eine einzelne Bedingung.</translation>
    </message>
    <message>
        <source>Field names are written without quotes. Remove the quotes around the field.</source>
        <translation>Feldnamen werden ohne Anführungszeichen geschrieben. Entfernen Sie die Anführungszeichen um das Feld.</translation>
    </message>
    <message>
        <source>A field name is missing after &quot;%1(&quot;.</source>
        <translation>Nach &quot;%1(&quot; fehlt ein Feldname.</translation>
    </message>
    <message>
        <source>has(...) takes only a field name. Remove the value.</source>
        <translation>has(...) nimmt nur einen Feldnamen an. Entfernen Sie den Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after the field, for example %1(%2,&quot;value&quot;).</source>
        <translation>&quot;%1&quot; benötigt nach dem Feld einen Wert, zum Beispiel %1(%2,&quot;value&quot;).</translation>
    </message>
    <message>
        <source>The condition is never closed. Add a closing parenthesis.</source>
        <translation>Die Bedingung wird nie geschlossen. Fügen Sie eine schließende Klammer hinzu.</translation>
    </message>
    <message>
        <source>Expected a closing parenthesis after the value.</source>
        <translation>Nach dem Wert wird eine schließende Klammer erwartet.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing parenthesis after the field name.</source>
        <translation>Nach dem Feldnamen wird ein Komma oder eine schließende Klammer erwartet.</translation>
    </message>
    <message>
        <source>The filter is nested too deeply. Flatten the arrays.</source>
        <translation>Der Filter ist zu tief verschachtelt. Vereinfachen Sie die Arrays.</translation>
    </message>
    <message>
        <source>A value is missing at the end of the filter.</source>
        <translation>Am Ende des Filters fehlt ein Wert.</translation>
    </message>
    <message>
        <source>A value is missing here.</source>
        <translation>Hier fehlt ein Wert.</translation>
    </message>
    <message>
        <source>Text values must be quoted: write &quot;%1&quot; instead of %1.</source>
        <translation>Textwerte müssen in Anführungszeichen stehen: Schreiben Sie &quot;%1&quot; statt %1.</translation>
    </message>
    <message>
        <source>This value is malformed: unexpected &quot;%1&quot; after it.</source>
        <translation>Dieser Wert ist fehlerhaft: unerwartetes &quot;%1&quot; danach.</translation>
    </message>
    <message>
        <source>This text has no closing quote. Add %1 at its end.</source>
        <translation>Dieser Text hat kein schließendes Anführungszeichen. Fügen Sie am Ende %1 hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time. Use YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with an optional offset.</source>
        <translation>&quot;%1&quot; ist kein gültiges Datum mit Uhrzeit. Verwenden Sie YYYY-MM-DD oder YYYY-MM-DDThh:mm:ss mit optionalem Offset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number nor a date. Write numbers like 25 or 33.33, dates like 2024-01-31, and quote text.</source>
        <translation>&quot;%1&quot; ist weder eine Zahl noch ein Datum. Schreiben Sie Zahlen wie 25 oder 33.33, Datumsangaben wie 2024-01-31 und setzen Sie Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The number %1 is out of range.</source>
        <translation>Die Zahl %1 liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>A list needs at least one value, for example [&quot;a&quot;,&quot;b&quot;].</source>
        <translation>Eine Liste benötigt mindestens einen Wert, zum Beispiel [&quot;a&quot;,&quot;b&quot;].</translation>
    </message>
    <message>
        <source>This list is never closed. Add ] at its end.</source>
        <translation>Diese Liste wird nie geschlossen. Fügen Sie am Ende ] hinzu.</translation>
    </message>
    <message>
        <source>Expected a comma or ] in the list.</source>
        <translation>In der Liste wird ein Komma oder ] erwartet.</translation>
    </message>
</context>
<context>
    <name>kx::FilterRow</name>
    <message>
        <source>Enter at least one value, separated by commas.</source>
        <translation>Geben Sie mindestens einen Wert ein, getrennt durch Kommas.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter a number such as 12 or 3.5.</source>
        <translation>„%1“ ist keine Zahl. Geben Sie eine Zahl wie 12 oder 3.5 ein.</translation>
    </message>
    <message>
        <source>Choose true or false.</source>
        <translation>Wählen Sie wahr oder falsch.</translation>
    </message>
</context>
<context>
    <name>kx::FilterRowWidget</name>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>This condition was written by hand or imported; it is sent exactly as shown and can only be removed here.</source>
        <translation>Diese Bedingung wurde von Hand geschrieben oder importiert; sie wird genau wie angezeigt gesendet und kann hier nur entfernt werden.</translation>
    </message>
    <message>
        <source>Kept exactly as imported: the API does not document this form, so it cannot be edited here. It is sent unchanged; remove it if Klaviyo refuses the request.</source>
        <translation>Genau wie importiert beibehalten: Die API dokumentiert diese Form nicht, daher kann sie hier nicht bearbeitet werden. Sie wird unverändert gesendet; entfernen Sie sie, falls Klaviyo die Anfrage ablehnt.</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>API operator: %1</source>
        <translation>API-Operator: %1</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>Value (exact text, case-sensitive)</source>
        <translation>Wert (genauer Text, Groß-/Kleinschreibung beachten)</translation>
    </message>
    <message>
        <source>Separate values with commas; put a value that contains a comma in double quotes.</source>
        <translation>Trennen Sie Werte durch Kommas; setzen Sie einen Wert, der ein Komma enthält, in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>API operator: not(%1)</source>
        <translation>API-Operator: not(%1)</translation>
    </message>
</context>
<context>
    <name>kx::GroupByEditor</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Split the numbers by a property of the events, such as the flow or the campaign</source>
        <translation>Die Zahlen nach einer Eigenschaft der Ereignisse aufteilen, z. B. nach Flow oder Kampagne</translation>
    </message>
    <message>
        <source>%1
Click to stop grouping by it.</source>
        <translation>%1
Klicken, um die Gruppierung danach aufzuheben.</translation>
    </message>
    <message>
        <source>Grouped by %1; press to remove</source>
        <translation>Gruppiert nach %1; zum Entfernen drücken</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Alle Eigenschaften</translation>
    </message>
</context>
<context>
    <name>kx::Interval</name>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>kx::KeychainCredentialStore</name>
    <message>
        <source>No API key is stored for this account. Enter the private key in Settings → Accounts.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert. Geben Sie den privaten Schlüssel unter Einstellungen → Konten ein.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow Klaviyo Metrics Explorer to use the keychain, or use the key for this session only.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert. Erlauben Sie Klaviyo Metrics Explorer die Nutzung des Schlüsselbunds oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so the API key cannot be saved. You can use the key for this session only; you will need to enter it again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbunddienst verfügbar (%1), daher kann der API-Schlüssel nicht gespeichert werden. Sie können den Schlüssel nur für diese Sitzung verwenden; beim nächsten Mal müssen Sie ihn erneut eingeben.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request (%1).</source>
        <translation>Der Systemschlüsselbund konnte die Anfrage nicht ausführen (%1).</translation>
    </message>
</context>
<context>
    <name>kx::MainWindow</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Klaviyo Metrics Explorer</source>
        <translation>Klaviyo Metrics Explorer</translation>
    </message>
    <message>
        <source>Double-click a metric on the left to chart it, or choose File → New Query.</source>
        <translation>Doppelklicken Sie links auf eine Metrik, um sie als Diagramm darzustellen, oder wählen Sie Datei → Neue Abfrage.</translation>
    </message>
    <message>
        <source>New query</source>
        <translation>Neue Abfrage</translation>
    </message>
    <message>
        <source>&amp;New Query</source>
        <translation>&amp;Neue Abfrage</translation>
    </message>
    <message>
        <source>New &amp;Report</source>
        <translation>Neuer &amp;Bericht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A campaign, flow, form or segment report, with Klaviyo&apos;s send-date numbers</source>
        <translation>Ein Kampagnen-, Flow-, Formular- oder Segmentbericht mit Klaviyos Zahlen nach Versanddatum</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save &amp;Results in File</source>
        <translation>&amp;Ergebnisse in Datei speichern</translation>
    </message>
    <message>
        <source>Keep the last results in the query file, to see them again offline</source>
        <translation>Die letzten Ergebnisse in der Abfragedatei behalten, um sie offline wieder anzusehen</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV…</translation>
    </message>
    <message>
        <source>Report Results as &amp;JSON…</source>
        <translation>Berichtsergebnisse als &amp;JSON…</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG Image…</source>
        <translation>Diagramm als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG Image…</source>
        <translation>Diagramm als &amp;SVG-Bild…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Accounts and Keys…</source>
        <translation>Konten und &amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the query of the current tab</source>
        <translation>Die Abfrage des aktuellen Tabs ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Ausführung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;fresh Metric List</source>
        <translation>Metrikliste a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Klaviyo Metrics Explorer</source>
        <translation>Ü&amp;ber Klaviyo Metrics Explorer</translation>
    </message>
    <message>
        <source>Open query</source>
        <translation>Abfrage öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt ge&amp;öffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>A&amp;bfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Metric Browser</source>
        <translation>&amp;Metrik-Browser</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — Klaviyo Metrics Explorer</source>
        <translation>%1 — Klaviyo Metrics Explorer</translation>
    </message>
    <message>
        <source>Connect an account or explore the demo account to see its metrics.</source>
        <translation>Verbinden Sie ein Konto oder erkunden Sie das Demokonto, um seine Metriken zu sehen.</translation>
    </message>
    <message>
        <source>Klaviyo cannot be reached; the list below is the one saved on this computer.</source>
        <translation>Klaviyo ist nicht erreichbar; die Liste unten ist die auf diesem Computer gespeicherte.</translation>
    </message>
    <message>
        <source>Run the query (F5)</source>
        <translation>Abfrage ausführen (F5)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Query files (*.kmq);;Request bodies (*.json);;All files (*)</source>
        <translation>Abfragedateien (*.kmq);;Anfragetexte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>query</source>
        <translation>abfrage</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Query files (*.kmq)</source>
        <translation>Abfragedateien (*.kmq)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save them before quitting?</source>
        <translation>Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Klaviyo Metrics Explorer</source>
        <translation>Über Klaviyo Metrics Explorer</translation>
    </message>
    <message>
        <source>Klaviyo Metrics Explorer %1</source>
        <translation>Klaviyo Metrics Explorer %1</translation>
    </message>
    <message>
        <source>Explore your Klaviyo metrics visually: chart any metric over time, grouped and filtered, and export the results. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Erkunden Sie Ihre Klaviyo-Metriken visuell: Stellen Sie jede Metrik im Zeitverlauf dar, gruppiert und gefiltert, und exportieren Sie die Ergebnisse. Freie Software unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>Die Ergebnisse können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>Ergebnisse als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>results</source>
        <translation>ergebnisse</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <comment>export file name: metric, first day, last day</comment>
        <translation>%1 %2 bis %3</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export Request &amp;Body…</source>
        <translation>Anfrage&amp;text exportieren…</translation>
    </message>
    <message>
        <source>Save the query as the JSON body of its API request, for scripts and connectors; it opens again as a query</source>
        <translation>Speichert die Abfrage als JSON-Text ihrer API-Anfrage, für Skripte und Konnektoren; sie lässt sich wieder als Abfrage öffnen</translation>
    </message>
    <message>
        <source>Export request body</source>
        <translation>Anfragetext exportieren</translation>
    </message>
    <message>
        <source>Request bodies (*.json)</source>
        <translation>Anfragetexte (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the request body</source>
        <translation>Der Anfragetext kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>kx::Measurement</name>
    <message>
        <source>Event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>Sum of event values</source>
        <translation>Summe der Ereigniswerte</translation>
    </message>
    <message>
        <source>Unique profiles</source>
        <translation>Eindeutige Profile</translation>
    </message>
    <message>
        <source>How many times the event happened (API: count).</source>
        <translation>Wie oft das Ereignis eingetreten ist (API: count).</translation>
    </message>
    <message>
        <source>The total of the events&apos; values, such as revenue for Placed Order (API: sum_value).</source>
        <translation>Die Summe der Ereigniswerte, z. B. der Umsatz bei Placed Order (API: sum_value).</translation>
    </message>
    <message>
        <source>How many different profiles had the event (API: unique). Unique counts cannot be added up across rows or intervals: the same person may appear in several.</source>
        <translation>Wie viele verschiedene Profile das Ereignis hatten (API: unique). Eindeutige Zählungen lassen sich nicht über Zeilen oder Intervalle hinweg addieren: Dieselbe Person kann in mehreren vorkommen.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Sum of values</source>
        <translation>Summe der Werte</translation>
    </message>
</context>
<context>
    <name>kx::MemoryCredentialStore</name>
    <message>
        <source>No API key is stored for this account. Enter the private key in Settings → Accounts.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert. Geben Sie den privaten Schlüssel unter Einstellungen → Konten ein.</translation>
    </message>
</context>
<context>
    <name>kx::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>kx::MetricBrowserWidget</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Search metrics or integrations</source>
        <translation>Metriken oder Integrationen suchen</translation>
    </message>
    <message>
        <source>Show the metrics of one integration</source>
        <translation>Die Metriken einer Integration anzeigen</translation>
    </message>
    <message>
        <source>Double-click a metric to open a query for it, or drag it onto a query editor.</source>
        <translation>Doppelklicken Sie auf eine Metrik, um eine Abfrage dafür zu öffnen, oder ziehen Sie sie in einen Abfrageeditor.</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the metric id to the clipboard</source>
        <translation>Die Metrik-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Refresh the metric list from Klaviyo</source>
        <translation>Die Metrikliste von Klaviyo aktualisieren</translation>
    </message>
    <message>
        <source>All integrations (%1)</source>
        <translation>Alle Integrationen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading metrics…</source>
        <translation>Metriken werden geladen…</translation>
    </message>
    <message>
        <source>No metrics</source>
        <translation>Keine Metriken</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Metrik</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation>
            <numerusform>%n Metrik</numerusform>
            <numerusform>%n Metriken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 metric</source>
        <translation>%1 von 1 Metrik</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n metrics</source>
        <translation>
            <numerusform>%1 von %n Metrik</numerusform>
            <numerusform>%1 von %n Metriken</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>kx::MetricCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>kx::MetricCatalogModel</name>
    <message>
        <source>No integration</source>
        <translation>Keine Integration</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Metrik</translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation>
            <numerusform>%n Metrik</numerusform>
            <numerusform>%n Metriken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Integration: %2
Id: %3</source>
        <translation>%1
Integration: %2
ID: %3</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
</context>
<context>
    <name>kx::MetricFilterProxyModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kx::MetricPicker</name>
    <message>
        <source>Search metrics by name or integration…</source>
        <translation>Metriken nach Name oder Integration suchen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>metric name — integration name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Metric id %1</source>
        <translation>Metrik-ID %1</translation>
    </message>
    <message>
        <source>Metric id %1 · %2 (%3)</source>
        <translation>Metrik-ID %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <source>Metric id %1 — not among this account&apos;s metrics</source>
        <translation>Metrik-ID %1 – nicht unter den Metriken dieses Kontos</translation>
    </message>
</context>
<context>
    <name>kx::MetricQueryEditor</name>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metrik</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>The size of each time bucket in the results</source>
        <translation>Die Größe jedes Zeitintervalls in den Ergebnissen</translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Intervall</translation>
    </message>
    <message>
        <source>&amp;Timezone</source>
        <translation>Zeit&amp;zone</translation>
    </message>
    <message>
        <source>The order of the result rows</source>
        <translation>Die Reihenfolge der Ergebniszeilen</translation>
    </message>
    <message>
        <source>Default (500)</source>
        <translation>Standard (500)</translation>
    </message>
    <message>
        <source>Rows per page of the answer; the app fetches every page either way</source>
        <translation>Zeilen pro Seite der Antwort; die App ruft in jedem Fall alle Seiten ab</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Sortierung</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>Seiten&amp;größe</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Only count events whose property matches a value</source>
        <translation>Nur Ereignisse zählen, deren Eigenschaft einem Wert entspricht</translation>
    </message>
    <message>
        <source>Request JSON</source>
        <translation>Anfrage-JSON</translation>
    </message>
    <message>
        <source>Show the exact API request, copy it as cURL or paste one</source>
        <translation>Die genaue API-Anfrage anzeigen, als cURL kopieren oder eine einfügen</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>%1 messen</translation>
    </message>
    <message>
        <source>Stop measuring %1</source>
        <translation>%1 nicht mehr messen</translation>
    </message>
    <message>
        <source>Change the date range</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Change the interval</source>
        <translation>Intervall ändern</translation>
    </message>
    <message>
        <source>Change the timezone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Group by %1</source>
        <translation>Nach %1 gruppieren</translation>
    </message>
    <message>
        <source>Change the grouping</source>
        <translation>Gruppierung ändern</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Change the sort order</source>
        <translation>Sortierreihenfolge ändern</translation>
    </message>
    <message>
        <source>Change the page size</source>
        <translation>Seitengröße ändern</translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation>Anfragetext kopiert.</translation>
    </message>
    <message>
        <source>Copied a cURL command; it reads the key from $KLAVIYO_API_KEY.</source>
        <translation>cURL-Befehl kopiert; er liest den Schlüssel aus $KLAVIYO_API_KEY.</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy a request body first.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie zuerst einen Anfragetext.</translation>
    </message>
    <message>
        <source>Pasted the request. Undo takes it back.</source>
        <translation>Anfrage eingefügt. Mit Rückgängig lässt sie sich zurücknehmen.</translation>
    </message>
    <message>
        <source>Choose the metric %1</source>
        <translation>Metrik %1 wählen</translation>
    </message>
    <message>
        <source>Type a filter value</source>
        <translation>Filterwert eingeben</translation>
    </message>
    <message>
        <source>Change a filter</source>
        <translation>Filter ändern</translation>
    </message>
    <message>
        <source>Remove a filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Standardreihenfolge</translation>
    </message>
    <message>
        <source>API value: %1</source>
        <translation>API-Wert: %1</translation>
    </message>
    <message>
        <source>There is no request to show: the date range is not valid. Fix the dates in the form.</source>
        <translation>Es gibt keine Anfrage zum Anzeigen: Der Zeitraum ist ungültig. Korrigieren Sie die Daten im Formular.</translation>
    </message>
    <message>
        <source>This is a Reporting API request; this editor builds metric-aggregate requests. Open it from File → Open instead.</source>
        <translation>Dies ist eine Reporting-API-Anfrage; dieser Editor erstellt Metrik-Aggregat-Anfragen. Öffnen Sie sie stattdessen über Datei → Öffnen.</translation>
    </message>
    <message>
        <source>Paste a request</source>
        <translation>Anfrage einfügen</translation>
    </message>
</context>
<context>
    <name>kx::MetricsFetch</name>
    <message>
        <source>the list of metrics pages does not end</source>
        <translation>die Liste der Metrikseiten endet nicht</translation>
    </message>
</context>
<context>
    <name>kx::NameLookup</name>
    <message>
        <source>the pages of the answer do not end</source>
        <translation>die Seiten der Antwort enden nicht</translation>
    </message>
</context>
<context>
    <name>kx::PreparedResult</name>
    <message>
        <source>Unknown timezone &quot;%1&quot;; dates are shown in UTC.</source>
        <translation>Unbekannte Zeitzone &quot;%1&quot;; Datumsangaben werden in UTC angezeigt.</translation>
    </message>
    <message>
        <source>The dates were not in ascending order.</source>
        <translation>Die Datumsangaben waren nicht aufsteigend sortiert.</translation>
    </message>
    <message>
        <source>Some series did not have one value per date and measurement; missing values are left empty.</source>
        <translation>Einige Datenreihen hatten nicht genau einen Wert pro Datum und Kennzahl; fehlende Werte bleiben leer.</translation>
    </message>
    <message>
        <source>%1 (UTC%2)</source>
        <comment>wall time, offset</comment>
        <translation>%1 (UTC%2)</translation>
    </message>
</context>
<context>
    <name>kx::Profile</name>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
</context>
<context>
    <name>kx::QueryDocumentWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; the results on show stay as they are (Esc)</source>
        <translation>Ausführung stoppen; die angezeigten Ergebnisse bleiben unverändert (Esc)</translation>
    </message>
    <message>
        <source>Open the flow report</source>
        <translation>Flow-Bericht öffnen</translation>
    </message>
    <message>
        <source>Open the campaign report</source>
        <translation>Kampagnenbericht öffnen</translation>
    </message>
    <message>
        <source>The results saved in this file could not be read. Run the query to see results.</source>
        <translation>Die in dieser Datei gespeicherten Ergebnisse konnten nicht gelesen werden. Führen Sie die Abfrage aus, um Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>ein unbekanntes Datum</translation>
    </message>
    <message>
        <source>an unknown account</source>
        <translation>ein unbekanntes Konto</translation>
    </message>
    <message>
        <source>Saved results from %1 on %2. This is a snapshot, not live data.</source>
        <translation>Gespeicherte Ergebnisse von %1 am %2. Dies ist eine Momentaufnahme, keine Live-Daten.</translation>
    </message>
    <message>
        <source>API revision %1, app version %2. Run the query to refresh it.</source>
        <translation>API-Revision %1, App-Version %2. Führen Sie die Abfrage aus, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>This account has no metric “%1” (id %2). Choose a metric in the editor before running.</source>
        <translation>Dieses Konto hat keine Metrik „%1“ (ID %2). Wählen Sie vor dem Ausführen im Editor eine Metrik.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>The metric “%1” was matched by name: its id in this file (%2) is not in this account, so the query now uses %3.</source>
        <translation>Die Metrik „%1“ wurde über den Namen zugeordnet: Ihre ID in dieser Datei (%2) gibt es in diesem Konto nicht, daher verwendet die Abfrage jetzt %3.</translation>
    </message>
    <message>
        <source>Save the file to keep the new id.</source>
        <translation>Speichern Sie die Datei, um die neue ID zu behalten.</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1-Bericht</translation>
    </message>
    <message>
        <source>Untitled query</source>
        <translation>Unbenannte Abfrage</translation>
    </message>
    <message>
        <source>This query cannot run yet.</source>
        <translation>Diese Abfrage kann noch nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Fix the problems marked in the editor, then run it again.</source>
        <translation>Beheben Sie die im Editor markierten Probleme und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>This API key cannot read metrics.</source>
        <translation>Dieser API-Schlüssel kann keine Metriken lesen.</translation>
    </message>
    <message>
        <source>This query runs as %1.</source>
        <translation>Diese Abfrage wird als %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Klaviyo limits how fast queries may be sent; the app paces them for you and shows the progress.</source>
        <translation>Klaviyo begrenzt, wie schnell Abfragen gesendet werden dürfen; die App taktet sie für Sie und zeigt den Fortschritt an.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 of %2 requests done, %3 s spent waiting for Klaviyo&apos;s limits</source>
        <translation>%1 von %2 Anfragen erledigt, %3 s Wartezeit wegen Klaviyos Limits</translation>
    </message>
    <message>
        <source>%1 of %2 requests done</source>
        <translation>%1 von %2 Anfragen erledigt</translation>
    </message>
    <message>
        <source>The results came with a note.</source>
        <translation>Die Ergebnisse enthalten einen Hinweis.</translation>
    </message>
    <message>
        <source>Klaviyo said: %1</source>
        <translation>Klaviyo meldet: %1</translation>
    </message>
    <message>
        <source>Show the field</source>
        <translation>Feld anzeigen</translation>
    </message>
    <message>
        <source>Run cancelled. The results below are from the previous run.</source>
        <translation>Ausführung abgebrochen. Die Ergebnisse unten stammen aus der vorherigen Ausführung.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Ausführung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kx::QueryFile</name>
    <message>
        <source>“%1” has the wrong type: it must be %2. Fix the file or save the query again.</source>
        <translation>„%1“ hat den falschen Typ: Es muss %2 sein. Korrigieren Sie die Datei oder speichern Sie die Abfrage erneut.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>“%1” is missing. Add it or save the query again from the application.</source>
        <translation>„%1“ fehlt. Fügen Sie es hinzu oder speichern Sie die Abfrage erneut aus der Anwendung.</translation>
    </message>
    <message>
        <source>The range start operator “%1” is not valid; use greater-or-equal or greater-than.</source>
        <translation>Der Operator „%1“ für den Zeitraumbeginn ist ungültig; verwenden Sie greater-or-equal oder greater-than.</translation>
    </message>
    <message>
        <source>The range end operator “%1” is not valid; use less-than or less-or-equal.</source>
        <translation>Der Operator „%1“ für das Zeitraumende ist ungültig; verwenden Sie less-than oder less-or-equal.</translation>
    </message>
    <message>
        <source>The query names no metric. Open the query editor, choose a metric and save again.</source>
        <translation>Die Abfrage nennt keine Metrik. Öffnen Sie den Abfrageeditor, wählen Sie eine Metrik und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The measurement “%1” is unknown; use count, sum_value or unique.</source>
        <translation>Die Kennzahl „%1“ ist unbekannt; verwenden Sie count, sum_value oder unique.</translation>
    </message>
    <message>
        <source>Filter %1 (“%2”) cannot be read: %3</source>
        <translation>Filter %1 („%2“) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The date range “%1” is unknown. Choose a range in the query editor and save again.</source>
        <translation>Der Zeitraum „%1“ ist unbekannt. Wählen Sie im Abfrageeditor einen Zeitraum und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The interval “%1” is unknown; use hour, day, week or month.</source>
        <translation>Das Intervall „%1“ ist unbekannt; verwenden Sie hour, day, week oder month.</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <source>The timeframe must have either a key (such as last_30_days) or a start and an end, not both.</source>
        <translation>Der Zeitraum muss entweder einen Schlüssel (z. B. last_30_days) oder einen Beginn und ein Ende haben, nicht beides.</translation>
    </message>
    <message>
        <source>The timeframe key is empty. Use a key such as last_30_days.</source>
        <translation>Der Zeitraumschlüssel ist leer. Verwenden Sie einen Schlüssel wie last_30_days.</translation>
    </message>
    <message>
        <source>The report filter “%1” cannot be read: %2</source>
        <translation>Der Berichtsfilter „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The report type “%1” is unknown. Use one of campaign-values-report, flow-values-report, flow-series-report, form-values-report, form-series-report, segment-values-report or segment-series-report.</source>
        <translation>Der Berichtstyp „%1“ ist unbekannt. Verwenden Sie einen von campaign-values-report, flow-values-report, flow-series-report, form-values-report, form-series-report, segment-values-report oder segment-series-report.</translation>
    </message>
    <message>
        <source>The request has an attribute “%1” that %2 does not accept. Remove it and open the file again.</source>
        <translation>Die Anfrage hat ein Attribut „%1“, das %2 nicht akzeptiert. Entfernen Sie es und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Filter %1 compares datetime with %2. Set the range with greater-or-equal and less-than instead.</source>
        <translation>Filter %1 vergleicht datetime mit %2. Legen Sie den Zeitraum stattdessen mit greater-or-equal und less-than fest.</translation>
    </message>
    <message>
        <source>Filter %1 puts its datetime in quotes, which Klaviyo rejects. Remove the quotes around the date.</source>
        <translation>Filter %1 setzt sein datetime in Anführungszeichen, was Klaviyo ablehnt. Entfernen Sie die Anführungszeichen um das Datum.</translation>
    </message>
    <message>
        <source>Filter %1 must compare datetime with a date such as 2024-01-01T00:00:00.</source>
        <translation>Filter %1 muss datetime mit einem Datum wie 2024-01-01T00:00:00 vergleichen.</translation>
    </message>
    <message>
        <source>The request sets the start of its range twice (filters %1 and %2). Keep one of them.</source>
        <translation>Die Anfrage legt den Beginn ihres Zeitraums doppelt fest (Filter %1 und %2). Behalten Sie einen davon.</translation>
    </message>
    <message>
        <source>The request sets the end of its range twice (filters %1 and %2). Keep one of them.</source>
        <translation>Die Anfrage legt das Ende ihres Zeitraums doppelt fest (Filter %1 und %2). Behalten Sie einen davon.</translation>
    </message>
    <message>
        <source>Query Metric Aggregates</source>
        <translation>Query Metric Aggregates</translation>
    </message>
    <message>
        <source>The request has no metric_id. Add the id of the metric to query and open the file again.</source>
        <translation>Die Anfrage hat keine metric_id. Fügen Sie die ID der abzufragenden Metrik hinzu und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Filter %1 mixes the datetime range with other conditions. Put the range bounds in filter strings of their own.</source>
        <translation>Filter %1 vermischt den datetime-Zeitraum mit anderen Bedingungen. Setzen Sie die Zeitraumgrenzen in eigene Filterzeichenketten.</translation>
    </message>
    <message>
        <source>Filter %1 must give the start of the range before its end. Swap the two conditions.</source>
        <translation>Filter %1 muss den Beginn des Zeitraums vor dem Ende angeben. Vertauschen Sie die beiden Bedingungen.</translation>
    </message>
    <message>
        <source>The request has no complete datetime range. Add greater-or-equal(datetime,…) and less-than(datetime,…) to its filter list.</source>
        <translation>Die Anfrage hat keinen vollständigen datetime-Zeitraum. Fügen Sie ihrer Filterliste greater-or-equal(datetime,…) und less-than(datetime,…) hinzu.</translation>
    </message>
    <message>
        <source>The file has the format “%1”, not a Klaviyo Metrics Explorer query. Open a .kmq file or a request body.</source>
        <translation>Die Datei hat das Format „%1“ und ist keine Klaviyo-Metrics-Explorer-Abfrage. Öffnen Sie eine .kmq-Datei oder einen Anfragetext.</translation>
    </message>
    <message>
        <source>The file has no format version. It may be damaged; save the query again.</source>
        <translation>Die Datei hat keine Formatversion. Sie ist möglicherweise beschädigt; speichern Sie die Abfrage erneut.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid. It may be damaged; save the query again.</source>
        <translation>Die Formatversion der Datei ist ungültig. Sie ist möglicherweise beschädigt; speichern Sie die Abfrage erneut.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Klaviyo Metrics Explorer (format %1; this version reads format %2). Update the application to open it.</source>
        <translation>Die Datei wurde von einer neueren Version von Klaviyo Metrics Explorer geschrieben (Format %1; diese Version liest Format %2). Aktualisieren Sie die Anwendung, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The query kind “%1” is unknown; it must be metric-aggregate or report. The file may come from a newer version.</source>
        <translation>Die Abfrageart „%1“ ist unbekannt; sie muss metric-aggregate oder report sein. Die Datei stammt möglicherweise von einer neueren Version.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). It may be damaged; open an intact copy or save the query again.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Sie ist möglicherweise beschädigt; öffnen Sie eine intakte Kopie oder speichern Sie die Abfrage erneut.</translation>
    </message>
    <message>
        <source>The file does not contain a query: a JSON object was expected. Open a .kmq file or a request body.</source>
        <translation>Die Datei enthält keine Abfrage: Ein JSON-Objekt wurde erwartet. Öffnen Sie eine .kmq-Datei oder einen Anfragetext.</translation>
    </message>
    <message>
        <source>The file is neither a Klaviyo Metrics Explorer query nor a Klaviyo request body. Open a .kmq file or a body of the form {&quot;data&quot;: {&quot;type&quot;: …, &quot;attributes&quot;: …}}.</source>
        <translation>Die Datei ist weder eine Klaviyo-Metrics-Explorer-Abfrage noch ein Klaviyo-Anfragetext. Öffnen Sie eine .kmq-Datei oder einen Anfragetext der Form {&quot;data&quot;: {&quot;type&quot;: …, &quot;attributes&quot;: …}}.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose another folder or check its permissions.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>not all of it could be written, the disk may be full</source>
        <translation>es konnte nicht alles geschrieben werden, möglicherweise ist der Datenträger voll</translation>
    </message>
    <message>
        <source>Saving “%1” failed (%2). The previous version of the file was kept; free some space or choose another folder.</source>
        <translation>Das Speichern von „%1“ ist fehlgeschlagen (%2). Die vorherige Version der Datei wurde beibehalten; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a saved query. Choose a .kmq file.</source>
        <translation>„%1“ ist zu groß für eine gespeicherte Abfrage. Wählen Sie eine .kmq-Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened. %2</source>
        <translation>„%1“ kann nicht geöffnet werden. %2</translation>
    </message>
</context>
<context>
    <name>kx::QueryRunner</name>
    <message>
        <source>Choose an account first: open Settings or explore the demo account.</source>
        <translation>Wählen Sie zuerst ein Konto: Öffnen Sie die Einstellungen oder erkunden Sie das Demokonto.</translation>
    </message>
    <message>
        <source>There is no API key for this account yet. Add it in Settings.</source>
        <translation>Für dieses Konto gibt es noch keinen API-Schlüssel. Fügen Sie ihn in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The date range of this query is empty. Choose another range.</source>
        <translation>Der Zeitraum dieser Abfrage ist leer. Wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, at least %2 at Klaviyo&apos;s limits</source>
        <translation>%1, mindestens %2 wegen Klaviyos Limits</translation>
    </message>
</context>
<context>
    <name>kx::QueryValidator</name>
    <message>
        <source>has(%1) tests a relationship, which event dimensions do not have. Use equals or any instead.</source>
        <translation>has(%1) prüft eine Beziehung, die Ereignisdimensionen nicht haben. Verwenden Sie stattdessen equals oder any.</translation>
    </message>
    <message>
        <source>%1 needs a value. Add one after the field.</source>
        <translation>%1 benötigt einen Wert. Fügen Sie ihn nach dem Feld hinzu.</translation>
    </message>
    <message>
        <source>%1 compares with a list. Write the values in brackets, for example [&quot;a&quot;,&quot;b&quot;].</source>
        <translation>%1 vergleicht mit einer Liste. Schreiben Sie die Werte in eckige Klammern, zum Beispiel [&quot;a&quot;,&quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1 compares numbers or dates only. Use equals or contains for text.</source>
        <translation>%1 vergleicht nur Zahlen oder Datumsangaben. Verwenden Sie für Text equals oder contains.</translation>
    </message>
    <message>
        <source>%1 works on quoted text only. Put the value in quotes or use equals.</source>
        <translation>%1 funktioniert nur mit Text in Anführungszeichen. Setzen Sie den Wert in Anführungszeichen oder verwenden Sie equals.</translation>
    </message>
    <message>
        <source>The date range is set with the range controls, not as a filter. Remove this datetime filter.</source>
        <translation>Der Zeitraum wird mit den Zeitraum-Steuerelementen festgelegt, nicht als Filter. Entfernen Sie diesen datetime-Filter.</translation>
    </message>
    <message>
        <source>“%1” is not a dimension Klaviyo can filter on in revision %2. Choose a dimension from the list.</source>
        <translation>„%1“ ist keine Dimension, nach der Klaviyo in Revision %2 filtern kann. Wählen Sie eine Dimension aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a metric to query.</source>
        <translation>Wählen Sie eine Metrik für die Abfrage.</translation>
    </message>
    <message>
        <source>Choose at least one measurement: count, sum of values or unique profiles.</source>
        <translation>Wählen Sie mindestens eine Kennzahl: Anzahl, Summe der Werte oder eindeutige Profile.</translation>
    </message>
    <message>
        <source>Unique profiles are counted separately in each group and each interval. Do not add them up across groups or intervals: a person active in several would be counted more than once.</source>
        <translation>Eindeutige Profile werden in jeder Gruppe und jedem Intervall separat gezählt. Addieren Sie sie nicht über Gruppen oder Intervalle hinweg: Eine Person, die in mehreren aktiv ist, würde mehrfach gezählt.</translation>
    </message>
    <message>
        <source>Klaviyo does not accept the timezone “%1”. Choose %2 instead.</source>
        <translation>Klaviyo akzeptiert die Zeitzone „%1“ nicht. Wählen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>“%1” is not a known timezone. Choose an IANA zone such as America/New_York (names are case-sensitive).</source>
        <translation>„%1“ ist keine bekannte Zeitzone. Wählen Sie eine IANA-Zone wie America/New_York (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>The start “%1” is not a date. Write it like 2024-01-31 or 2024-01-31T08:00:00.</source>
        <translation>Der Beginn „%1“ ist kein Datum. Schreiben Sie ihn wie 2024-01-31 oder 2024-01-31T08:00:00.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date. Write it like 2024-01-31 or 2024-01-31T08:00:00.</source>
        <translation>Das Ende „%1“ ist kein Datum. Schreiben Sie es wie 2024-01-31 oder 2024-01-31T08:00:00.</translation>
    </message>
    <message>
        <source>The range starts more than %1 years ago; Klaviyo only aggregates the last %1 years. Move the start to %2 or later.</source>
        <translation>Der Zeitraum beginnt vor mehr als %1 Jahren; Klaviyo aggregiert nur die letzten %1 Jahre. Legen Sie den Beginn auf %2 oder später.</translation>
    </message>
    <message>
        <source>The range ends before it starts. Move the end after the start.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Legen Sie das Ende nach den Beginn.</translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than one year, the most Klaviyo answers at once, so it will run as %n requests. Shorten it to one year for a single request.</source>
        <translation>
            <numerusform>Der Zeitraum ist länger als ein Jahr, das Maximum, das Klaviyo auf einmal beantwortet; er wird daher als %n Anfrage ausgeführt. Kürzen Sie ihn auf ein Jahr für eine einzelne Anfrage.</numerusform>
            <numerusform>Der Zeitraum ist länger als ein Jahr, das Maximum, das Klaviyo auf einmal beantwortet; er wird daher als %n Anfragen ausgeführt. Kürzen Sie ihn auf ein Jahr für eine einzelne Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hourly buckets over this range give %1 values per series. Choose a daily interval or a shorter range.</source>
        <translation>Stündliche Intervalle ergeben über diesen Zeitraum %1 Werte pro Datenreihe. Wählen Sie ein tägliches Intervall oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>“%1” is not a dimension of revision %2. Choose one from the list or a newer revision.</source>
        <translation>„%1“ ist keine Dimension der Revision %2. Wählen Sie eine aus der Liste oder eine neuere Revision.</translation>
    </message>
    <message>
        <source>“%1” is listed twice. Remove the second one.</source>
        <translation>„%1“ ist doppelt aufgeführt. Entfernen Sie den zweiten Eintrag.</translation>
    </message>
    <message>
        <source>Klaviyo cannot sort by “%1” in revision %2. Sort by a measurement or a dimension, optionally with a leading minus for descending order.</source>
        <translation>Klaviyo kann in Revision %2 nicht nach „%1“ sortieren. Sortieren Sie nach einer Kennzahl oder einer Dimension, optional mit vorangestelltem Minus für absteigende Reihenfolge.</translation>
    </message>
    <message>
        <source>Sorting by “%1” has no effect because the query does not include it. Add it or change the sort.</source>
        <translation>Das Sortieren nach „%1“ hat keine Wirkung, da die Abfrage es nicht enthält. Fügen Sie es hinzu oder ändern Sie die Sortierung.</translation>
    </message>
    <message>
        <source>“%1” is written as not(...), which Klaviyo&apos;s guide for this query uses but its current filter documentation does not list; the request may be refused. Remove the filter if the query fails.</source>
        <translation>„%1“ ist als not(...) geschrieben. Klaviyos Anleitung für diese Abfrage verwendet das, die aktuelle Filterdokumentation führt es aber nicht auf; die Anfrage wird möglicherweise abgelehnt. Entfernen Sie den Filter, wenn die Abfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>The imported filter “%1” uses or(...) or not(...), which Klaviyo does not document; the request may be refused. Remove it if the query fails.</source>
        <translation>Der importierte Filter „%1“ verwendet or(...) oder not(...), was Klaviyo nicht dokumentiert; die Anfrage wird möglicherweise abgelehnt. Entfernen Sie ihn, falls die Abfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s guide allows one filter besides the date range. If the request is refused, keep a single filter.</source>
        <translation>Laut Klaviyos Leitfaden ist neben dem Zeitraum ein Filter erlaubt. Wird die Anfrage abgelehnt, behalten Sie nur einen Filter.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1. Leave it empty for Klaviyo&apos;s default of 500.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen. Lassen Sie das Feld leer für Klaviyos Standardwert 500.</translation>
    </message>
    <message>
        <source>%1 reports cannot be filtered on “%2” in revision %3. Filter on one of: %4.</source>
        <translation>%1-Berichte können in Revision %3 nicht nach „%2“ gefiltert werden. Filtern Sie nach einem von: %4.</translation>
    </message>
    <message>
        <source>“%1” is filtered more than once; Klaviyo allows one filter per attribute. Combine the values in one condition.</source>
        <translation>„%1“ wird mehrfach gefiltert; Klaviyo erlaubt einen Filter pro Attribut. Fassen Sie die Werte in einer Bedingung zusammen.</translation>
    </message>
    <message>
        <source>“%1” cannot be filtered with %2. Use %3.</source>
        <translation>„%1“ kann nicht mit %2 gefiltert werden. Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>The list for “%1” has %2 items; Klaviyo accepts at most %3. Split the report or shorten the list.</source>
        <translation>Die Liste für „%1“ hat %2 Einträge; Klaviyo akzeptiert höchstens %3. Teilen Sie den Bericht auf oder kürzen Sie die Liste.</translation>
    </message>
    <message>
        <source>Values for “%1” are ids or names: put them in quotes.</source>
        <translation>Werte für „%1“ sind IDs oder Namen: Setzen Sie sie in Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a send channel in revision %2. Use one of: %3.</source>
        <translation>„%1“ ist in Revision %2 kein Versandkanal. Verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>%1 needs API revision %2 or newer, but revision %3 is selected. Choose a newer revision in the profile settings.</source>
        <translation>%1 erfordert API-Revision %2 oder neuer, ausgewählt ist aber Revision %3. Wählen Sie in den Profileinstellungen eine neuere Revision.</translation>
    </message>
    <message>
        <source>Choose at least one statistic.</source>
        <translation>Wählen Sie mindestens eine Statistik.</translation>
    </message>
    <message>
        <source>“%1” is not a statistic of %2 in revision %3. Remove it or choose a newer revision.</source>
        <translation>„%1“ ist in Revision %3 keine Statistik von %2. Entfernen Sie sie oder wählen Sie eine neuere Revision.</translation>
    </message>
    <message>
        <source>“%1” is not a timeframe Klaviyo knows. Choose one from the list.</source>
        <translation>„%1“ ist kein Zeitraum, den Klaviyo kennt. Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>The custom timeframe needs a start and an end date, written like 2024-01-31T00:00:00.</source>
        <translation>Der benutzerdefinierte Zeitraum benötigt ein Start- und ein Enddatum im Format 2024-01-31T00:00:00.</translation>
    </message>
    <message>
        <source>The timeframe ends before it starts. Move the end after the start.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Legen Sie das Ende nach den Beginn.</translation>
    </message>
    <message>
        <source>The timeframe is longer than one year, the most Klaviyo reports at once. Shorten it.</source>
        <translation>Der Zeitraum ist länger als ein Jahr, das Maximum, das Klaviyo auf einmal auswertet. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Segment data starts on 2023-06-01. Choose a timeframe after that date.</source>
        <translation>Segmentdaten beginnen am 2023-06-01. Wählen Sie einen Zeitraum nach diesem Datum.</translation>
    </message>
    <message>
        <source>Series reports need an interval: daily, hourly, weekly or monthly.</source>
        <translation>Zeitreihenberichte benötigen ein Intervall: daily, hourly, weekly oder monthly.</translation>
    </message>
    <message>
        <source>“%1” is not a report interval. Use daily, hourly, weekly or monthly.</source>
        <translation>„%1“ ist kein Berichtsintervall. Verwenden Sie daily, hourly, weekly oder monthly.</translation>
    </message>
    <message>
        <source>Hourly series can cover at most 7 days. Shorten the timeframe or choose daily.</source>
        <translation>Stündliche Zeitreihen können höchstens 7 Tage umfassen. Kürzen Sie den Zeitraum oder wählen Sie daily.</translation>
    </message>
    <message>
        <source>Daily series can cover at most 60 days. Shorten the timeframe or choose weekly.</source>
        <translation>Tägliche Zeitreihen können höchstens 60 Tage umfassen. Kürzen Sie den Zeitraum oder wählen Sie weekly.</translation>
    </message>
    <message>
        <source>Monthly series can cover at most 52 weeks. Shorten the timeframe.</source>
        <translation>Monatliche Zeitreihen können höchstens 52 Wochen umfassen. Kürzen Sie den Zeitraum.</translation>
    </message>
    <message>
        <source>Only series reports take an interval. Clear it.</source>
        <translation>Nur Zeitreihenberichte haben ein Intervall. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Campaign and flow reports need a conversion metric. Choose one, usually Placed Order.</source>
        <translation>Kampagnen- und Flow-Berichte benötigen eine Konversionsmetrik. Wählen Sie eine, meist Placed Order.</translation>
    </message>
    <message>
        <source>Form and segment reports take no conversion metric. Clear it.</source>
        <translation>Formular- und Segmentberichte haben keine Konversionsmetrik. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 cannot choose its grouping in revision %2. Clear the grouping or choose a newer revision.</source>
        <translation>%1 kann in Revision %2 keine Gruppierung wählen. Entfernen Sie die Gruppierung oder wählen Sie eine neuere Revision.</translation>
    </message>
    <message>
        <source>%1 cannot be grouped by “%2” in revision %3. Use: %4.</source>
        <translation>%1 kann in Revision %3 nicht nach „%2“ gruppiert werden. Verwenden Sie: %4.</translation>
    </message>
    <message>
        <source>Grouping by %1 also needs %2. Add it.</source>
        <translation>Die Gruppierung nach %1 erfordert auch %2. Fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>The grouping must include %1. Add it.</source>
        <translation>Die Gruppierung muss %1 enthalten. Fügen Sie es hinzu.</translation>
    </message>
</context>
<context>
    <name>kx::RangePreset</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
</context>
<context>
    <name>kx::ReplacingFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>kx::ReportDocumentPane</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; the results on show stay as they are</source>
        <translation>Ausführung stoppen; die angezeigten Ergebnisse bleiben unverändert</translation>
    </message>
    <message>
        <source>Cost: 1 report request (one more per extra page of results). Used today on this profile: %1 of %2. Klaviyo allows 1 a second and 2 a minute, shared with the account&apos;s other integrations.</source>
        <translation>Kosten: 1 Berichtsanfrage (eine weitere pro zusätzlicher Ergebnisseite). Heute in diesem Profil genutzt: %1 von %2. Klaviyo erlaubt 1 pro Sekunde und 2 pro Minute, gemeinsam mit den anderen Integrationen des Kontos.</translation>
    </message>
    <message>
        <source>Klaviyo said the daily quota is used up until %1.</source>
        <translation>Laut Klaviyo ist das Tageskontingent bis %1 aufgebraucht.</translation>
    </message>
    <message>
        <source>This report cannot run yet.</source>
        <translation>Dieser Bericht kann noch nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Fix the problems marked in the editor, then run it again.</source>
        <translation>Beheben Sie die im Editor markierten Probleme und führen Sie ihn dann erneut aus.</translation>
    </message>
    <message>
        <source>Choose an account first: open Settings or explore the demo account.</source>
        <translation>Wählen Sie zuerst ein Konto: Öffnen Sie die Einstellungen oder erkunden Sie das Demokonto.</translation>
    </message>
    <message>
        <source>There is no API key for this account yet. Add it in Settings.</source>
        <translation>Für dieses Konto gibt es noch keinen API-Schlüssel. Fügen Sie ihn in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Klaviyo said the daily quota of %1 report requests is used up until %2. A run now will most likely be refused.</source>
        <translation>Laut Klaviyo ist das Tageskontingent von %1 Berichtsanfragen bis %2 aufgebraucht. Eine Ausführung jetzt wird höchstwahrscheinlich abgelehnt.</translation>
    </message>
    <message>
        <source>This profile has sent %1 of the %2 report requests Klaviyo allows a day; the count resets at %3. Other integrations of the account share the quota.</source>
        <translation>Dieses Profil hat %1 der %2 Berichtsanfragen gesendet, die Klaviyo pro Tag erlaubt; der Zähler wird um %3 zurückgesetzt. Andere Integrationen des Kontos teilen sich das Kontingent.</translation>
    </message>
    <message>
        <source>This run would go over the daily report quota.</source>
        <translation>Diese Ausführung würde das tägliche Berichtskontingent überschreiten.</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 of %2 requests done, %3 s spent waiting for Klaviyo&apos;s limits</source>
        <translation>%1 von %2 Anfragen erledigt, %3 s Wartezeit wegen Klaviyos Limits</translation>
    </message>
    <message>
        <source>%1 of %2 requests done</source>
        <translation>%1 von %2 Anfragen erledigt</translation>
    </message>
    <message>
        <source>Sending the report request…</source>
        <translation>Berichtsanfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Klaviyo sent a report the app cannot read (%1). Try again; if it keeps happening, report it.</source>
        <translation>Klaviyo hat einen Bericht gesendet, den die App nicht lesen kann (%1). Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>Run cancelled. The results below are from the previous run.</source>
        <translation>Ausführung abgebrochen. Die Ergebnisse unten stammen aus der vorherigen Ausführung.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>Klaviyo said: %1</source>
        <translation>Klaviyo meldet: %1</translation>
    </message>
    <message>
        <source>Klaviyo cannot use “%1” as a conversion metric: only metrics it tracks as conversions (such as Placed Order or Ordered Product) work. Choose another metric.</source>
        <translation>Klaviyo kann „%1“ nicht als Konversionsmetrik verwenden: Nur Metriken, die Klaviyo als Konversionen erfasst (z. B. Placed Order oder Ordered Product), funktionieren. Wählen Sie eine andere Metrik.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s daily quota of %1 report requests for this account is used up.</source>
        <translation>Klaviyos Tageskontingent von %1 Berichtsanfragen für dieses Konto ist aufgebraucht.</translation>
    </message>
    <message>
        <source>It resets at %1 (in %2). The report is queued and runs then if the app stays open; other integrations of the account share the quota.</source>
        <translation>Es wird um %1 zurückgesetzt (in %2). Der Bericht wird eingereiht und dann ausgeführt, sofern die App geöffnet bleibt; andere Integrationen des Kontos teilen sich das Kontingent.</translation>
    </message>
    <message>
        <source>Cancel queued run</source>
        <translation>Eingereihte Ausführung abbrechen</translation>
    </message>
    <message>
        <source>The queued report run was cancelled.</source>
        <translation>Die eingereihte Berichtsausführung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kx::ReportLabels</name>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Conversion value / Conversion</source>
        <translation>Konversionswert / Konversionen</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <source>(Bounced emails + Bounced pushes) / (Received emails + Received pushes + Bounced emails + Bounced pushes)</source>
        <translation>(E-Mail-Bounces + Push-Bounces) / (empfangene E-Mails + empfangene Pushes + E-Mail-Bounces + Push-Bounces)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Email bounces + Push bounces</source>
        <translation>E-Mail-Bounces + Push-Bounces</translation>
    </message>
    <message>
        <source>Bounced or failed</source>
        <translation>Bounces oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bounced emails + Failed SMS + Bounced pushes</source>
        <translation>E-Mail-Bounces + fehlgeschlagene SMS + Push-Bounces</translation>
    </message>
    <message>
        <source>Bounced or failed rate</source>
        <translation>Bounce- oder Fehlerrate</translation>
    </message>
    <message>
        <source>(Bounced emails + Failed SMS + Bounced pushes) / (Received emails + Received SMS + Received pushes + Bounced emails + Failed SMS + Bounced pushes)</source>
        <translation>(E-Mail-Bounces + fehlgeschlagene SMS + Push-Bounces) / (empfangene E-Mails + empfangene SMS + empfangene Pushes + E-Mail-Bounces + fehlgeschlagene SMS + Push-Bounces)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>(Unique email clicks + Unique SMS clicks) / (Received emails + Received SMS)</source>
        <translation>(Eindeutige E-Mail-Klicks + eindeutige SMS-Klicks) / (empfangene E-Mails + empfangene SMS)</translation>
    </message>
    <message>
        <source>Click-to-open rate</source>
        <translation>Click-to-Open-Rate</translation>
    </message>
    <message>
        <source>Unique email clicks / Unique email opens</source>
        <translation>Eindeutige E-Mail-Klicks / eindeutige E-Mail-Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Email clicks + SMS clicks</source>
        <translation>E-Mail-Klicks + SMS-Klicks</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Eindeutige Klicks</translation>
    </message>
    <message>
        <source>Unique email clicks + Unique SMS clicks</source>
        <translation>Eindeutige E-Mail-Klicks + eindeutige SMS-Klicks</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Unique conversions / (Received emails + Received SMS + Received pushes)</source>
        <translation>Eindeutige Konversionen / (empfangene E-Mails + empfangene SMS + empfangene Pushes)</translation>
    </message>
    <message>
        <source>Unique conversions</source>
        <translation>Eindeutige Konversionen</translation>
    </message>
    <message>
        <source>Count of unique conversions</source>
        <translation>Anzahl der eindeutigen Konversionen</translation>
    </message>
    <message>
        <source>Conversion value</source>
        <translation>Konversionswert</translation>
    </message>
    <message>
        <source>Sum of the value for the provided conversion metric (e.g., the sum of transaction totals from Placed Order events)</source>
        <translation>Summe der Werte der angegebenen Konversionsmetrik (z. B. die Summe der Transaktionsbeträge aus Placed-Order-Ereignissen)</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Count of events for the provided conversion metric (e.g., the count of Placed Order events)</source>
        <translation>Anzahl der Ereignisse der angegebenen Konversionsmetrik (z. B. die Anzahl der Placed-Order-Ereignisse)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Received emails + Received SMS + Received pushes</source>
        <translation>Empfangene E-Mails + empfangene SMS + empfangene Pushes</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellrate</translation>
    </message>
    <message>
        <source>(Received emails + Received SMS + Bounced pushes) / (Received emails + Received SMS + Received pushes + Bounced emails + Failed SMS + Bounced pushes)</source>
        <translation>(Empfangene E-Mails + empfangene SMS + Push-Bounces) / (empfangene E-Mails + empfangene SMS + empfangene Pushes + E-Mail-Bounces + fehlgeschlagene SMS + Push-Bounces)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed SMS</source>
        <translation>Fehlgeschlagene SMS</translation>
    </message>
    <message>
        <source>Failed rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Failed SMS / (Received SMS + Failed SMS)</source>
        <translation>Fehlgeschlagene SMS / (empfangene SMS + fehlgeschlagene SMS)</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>SMS-Segmente</translation>
    </message>
    <message>
        <source>Sum of the message segments of the text messages sent</source>
        <translation>Summe der Nachrichtensegmente der gesendeten Textnachrichten</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>(Unique email opens + Unique push opens) / (Received emails + Received push uniques)</source>
        <translation>(Eindeutige E-Mail-Öffnungen + eindeutige Push-Öffnungen) / (empfangene E-Mails + eindeutige empfangene Pushes)</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Email opens + Push opens</source>
        <translation>E-Mail-Öffnungen + Push-Öffnungen</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Eindeutige Öffnungen</translation>
    </message>
    <message>
        <source>Unique email opens + Unique push opens</source>
        <translation>Eindeutige E-Mail-Öffnungen + eindeutige Push-Öffnungen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Received emails + Received SMS + Received pushes + Bounced emails + Failed SMS + Bounced pushes</source>
        <translation>Empfangene E-Mails + empfangene SMS + empfangene Pushes + E-Mail-Bounces + fehlgeschlagene SMS + Push-Bounces</translation>
    </message>
    <message>
        <source>Revenue per recipient</source>
        <translation>Umsatz pro Empfänger</translation>
    </message>
    <message>
        <source>Conversion value / (Received emails + Received SMS + Received pushes)</source>
        <translation>Konversionswert / (empfangene E-Mails + empfangene SMS + empfangene Pushes)</translation>
    </message>
    <message>
        <source>Spam complaint rate</source>
        <translation>Spam-Beschwerderate</translation>
    </message>
    <message>
        <source>Email spam / Received emails</source>
        <translation>E-Mail-Spam / empfangene E-Mails</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>Count of spam complaints</source>
        <translation>Anzahl der Spam-Beschwerden</translation>
    </message>
    <message>
        <source>SMS credits used</source>
        <translation>Verbrauchte SMS-Credits</translation>
    </message>
    <message>
        <source>Text message credits used by the messages sent</source>
        <translation>Von den gesendeten Nachrichten verbrauchte Textnachrichten-Credits</translation>
    </message>
    <message>
        <source>SMS return on spend</source>
        <translation>SMS-Return-on-Spend</translation>
    </message>
    <message>
        <source>Conversion value / Text message spend</source>
        <translation>Konversionswert / Ausgaben für Textnachrichten</translation>
    </message>
    <message>
        <source>SMS spend</source>
        <translation>SMS-Ausgaben</translation>
    </message>
    <message>
        <source>What the text messages sent cost</source>
        <translation>Was die gesendeten Textnachrichten gekostet haben</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Abmelderate</translation>
    </message>
    <message>
        <source>(Unique email unsubscribes + Unique SMS unsubscribes) / (Received emails + Received SMS)</source>
        <translation>(Eindeutige E-Mail-Abmeldungen + eindeutige SMS-Abmeldungen) / (empfangene E-Mails + empfangene SMS)</translation>
    </message>
    <message>
        <source>Unique unsubscribes</source>
        <translation>Eindeutige Abmeldungen</translation>
    </message>
    <message>
        <source>Count of unique unsubscribes</source>
        <translation>Anzahl der eindeutigen Abmeldungen</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Count of unsubscribes</source>
        <translation>Anzahl der Abmeldungen</translation>
    </message>
    <message>
        <source>Form views</source>
        <translation>Formularaufrufe</translation>
    </message>
    <message>
        <source>The total number of times the form was viewed.</source>
        <translation>Die Gesamtzahl der Aufrufe des Formulars.</translation>
    </message>
    <message>
        <source>Unique form views</source>
        <translation>Eindeutige Formularaufrufe</translation>
    </message>
    <message>
        <source>The number of times a form was viewed by unique users.</source>
        <translation>Die Anzahl der Aufrufe eines Formulars durch eindeutige Nutzer.</translation>
    </message>
    <message>
        <source>Submits</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>The total number of form submissions.</source>
        <translation>Die Gesamtzahl der Formularübermittlungen.</translation>
    </message>
    <message>
        <source>Submit rate</source>
        <translation>Übermittlungsrate</translation>
    </message>
    <message>
        <source>The rate of form submissions over form views.</source>
        <translation>Das Verhältnis von Formularübermittlungen zu Formularaufrufen.</translation>
    </message>
    <message>
        <source>Form closes</source>
        <translation>Formularschließungen</translation>
    </message>
    <message>
        <source>The total number of times a form was closed.</source>
        <translation>Die Gesamtzahl der Schließungen eines Formulars.</translation>
    </message>
    <message>
        <source>Unique form closes</source>
        <translation>Eindeutige Formularschließungen</translation>
    </message>
    <message>
        <source>The number of times a form was closed by unique users.</source>
        <translation>Die Anzahl der Schließungen eines Formulars durch eindeutige Nutzer.</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>The total number of times a user qualified to view the form (such as in an A/B testing scenario).</source>
        <translation>Die Gesamtzahl der Fälle, in denen ein Nutzer für die Anzeige des Formulars qualifiziert war (z. B. bei einem A/B-Test).</translation>
    </message>
    <message>
        <source>Unique qualified</source>
        <translation>Eindeutig qualifiziert</translation>
    </message>
    <message>
        <source>The number of times a unique user was qualified to view the form.</source>
        <translation>Die Anzahl der Fälle, in denen ein eindeutiger Nutzer für die Anzeige des Formulars qualifiziert war.</translation>
    </message>
    <message>
        <source>Step views</source>
        <translation>Schrittaufrufe</translation>
    </message>
    <message>
        <source>The total number of times a form step is viewed by a user.</source>
        <translation>Die Gesamtzahl der Aufrufe eines Formularschritts durch einen Nutzer.</translation>
    </message>
    <message>
        <source>Unique step views</source>
        <translation>Eindeutige Schrittaufrufe</translation>
    </message>
    <message>
        <source>The number of times a form step is viewed by unique users.</source>
        <translation>Die Anzahl der Aufrufe eines Formularschritts durch eindeutige Nutzer.</translation>
    </message>
    <message>
        <source>Steps submitted</source>
        <translation>Übermittelte Schritte</translation>
    </message>
    <message>
        <source>The total number of times a form step is completed by a user.</source>
        <translation>Die Gesamtzahl der Abschlüsse eines Formularschritts durch einen Nutzer.</translation>
    </message>
    <message>
        <source>Unique steps submitted</source>
        <translation>Eindeutig übermittelte Schritte</translation>
    </message>
    <message>
        <source>The number of times a form step is completed by unique users.</source>
        <translation>Die Anzahl der Abschlüsse eines Formularschritts durch eindeutige Nutzer.</translation>
    </message>
    <message>
        <source>Total members</source>
        <translation>Mitglieder gesamt</translation>
    </message>
    <message>
        <source>The total number of profiles included in the segment.</source>
        <translation>Die Gesamtzahl der Profile im Segment.</translation>
    </message>
    <message>
        <source>Members added</source>
        <translation>Hinzugefügte Mitglieder</translation>
    </message>
    <message>
        <source>Profiles added to the segment</source>
        <translation>Dem Segment hinzugefügte Profile</translation>
    </message>
    <message>
        <source>Members removed</source>
        <translation>Entfernte Mitglieder</translation>
    </message>
    <message>
        <source>Profiles removed from the segment.</source>
        <translation>Aus dem Segment entfernte Profile.</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoveränderung</translation>
    </message>
    <message>
        <source>Net number of profiles changed.</source>
        <translation>Nettoanzahl der veränderten Profile.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Kampagnennachricht</translation>
    </message>
    <message>
        <source>Campaign message name</source>
        <translation>Name der Kampagnennachricht</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Flow-Name</translation>
    </message>
    <message>
        <source>Flow message</source>
        <translation>Flow-Nachricht</translation>
    </message>
    <message>
        <source>Flow message name</source>
        <translation>Name der Flow-Nachricht</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Formularversion</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag-Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Variation name</source>
        <translation>Variantenname</translation>
    </message>
    <message>
        <source>Text message format</source>
        <translation>Textnachrichtenformat</translation>
    </message>
    <message>
        <source>Campaign values</source>
        <translation>Kampagnenwerte</translation>
    </message>
    <message>
        <source>Flow values</source>
        <translation>Flow-Werte</translation>
    </message>
    <message>
        <source>Flow series</source>
        <translation>Flow-Zeitreihe</translation>
    </message>
    <message>
        <source>Form values</source>
        <translation>Formularwerte</translation>
    </message>
    <message>
        <source>Form series</source>
        <translation>Formular-Zeitreihe</translation>
    </message>
    <message>
        <source>Segment values</source>
        <translation>Segmentwerte</translation>
    </message>
    <message>
        <source>Segment series</source>
        <translation>Segment-Zeitreihe</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>kx::ReportParser</name>
    <message>
        <source>The report response is empty.</source>
        <translation>Die Berichtsantwort ist leer.</translation>
    </message>
    <message>
        <source>The server sent an HTML page instead of a report response.</source>
        <translation>Der Server hat statt einer Berichtsantwort eine HTML-Seite gesendet.</translation>
    </message>
    <message>
        <source>The report response ends early (the JSON is truncated).</source>
        <translation>Die Berichtsantwort endet vorzeitig (das JSON ist abgeschnitten).</translation>
    </message>
    <message>
        <source>The report response is not valid JSON: %1</source>
        <translation>Die Berichtsantwort ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The report response is not a JSON object.</source>
        <translation>Die Berichtsantwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server answered with an error instead of a report: %1</source>
        <translation>Der Server hat statt eines Berichts mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>The report response has no “%1”.</source>
        <translation>Der Berichtsantwort fehlt „%1“.</translation>
    </message>
    <message>
        <source>“%1” in the report response is not an object.</source>
        <translation>„%1“ in der Berichtsantwort ist kein Objekt.</translation>
    </message>
    <message>
        <source>“%1” in the report response is not an array.</source>
        <translation>„%1“ in der Berichtsantwort ist kein Array.</translation>
    </message>
    <message>
        <source>“%1” in the report response is not a string.</source>
        <translation>„%1“ in der Berichtsantwort ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>“%1” in the report response is not a number.</source>
        <translation>„%1“ in der Berichtsantwort ist keine Zahl.</translation>
    </message>
    <message>
        <source>The response is a “%1”, not a “%2”.</source>
        <translation>Die Antwort ist ein „%1“, kein „%2“.</translation>
    </message>
    <message>
        <source>“%1” (“%2”) in the report response is not an ISO 8601 date.</source>
        <translation>„%1“ („%2“) in der Berichtsantwort ist kein ISO-8601-Datum.</translation>
    </message>
    <message>
        <source>Statistic “%1” of result %2 has %3 values for %4 dates.</source>
        <translation>Statistik „%1“ von Ergebnis %2 hat %3 Werte für %4 Datumsangaben.</translation>
    </message>
    <message>
        <source>Statistic “%1” of result %2 has a value for “%3”, which is not one of the report&apos;s dates.</source>
        <translation>Statistik „%1“ von Ergebnis %2 hat einen Wert für „%3“, das keines der Berichtsdaten ist.</translation>
    </message>
    <message>
        <source>Page %1 of the report has other dates than page 1.</source>
        <translation>Seite %1 des Berichts hat andere Datumsangaben als Seite 1.</translation>
    </message>
    <message>
        <source>Page %1 of the report: %2</source>
        <translation>Seite %1 des Berichts: %2</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>Der Bericht hat keine Seiten.</translation>
    </message>
</context>
<context>
    <name>kx::ReportQueryEditor</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: Klaviyo always groups by it; it cannot be removed.</source>
        <translation>%1: Klaviyo gruppiert immer danach; dies kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Segment reports are always grouped by segment.</source>
        <translation>Segmentberichte werden immer nach Segment gruppiert.</translation>
    </message>
    <message>
        <source>Revision %1 groups this report in a fixed way; a newer revision lets you choose.</source>
        <translation>Revision %1 gruppiert diesen Bericht fest vorgegeben; in einer neueren Revision können Sie wählen.</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s default grouping. Check more to split the rows further.</source>
        <translation>Klaviyos Standardgruppierung. Aktivieren Sie weitere, um die Zeilen weiter aufzuteilen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose by name or type ids, comma-separated</source>
        <translation>Nach Namen wählen oder IDs eingeben, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Value; several comma-separated for lists</source>
        <translation>Wert; für Listen mehrere, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The filter cannot be read at character %1: %2</source>
        <translation>Der Filter kann an Zeichen %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Benutzerdefinierte Daten…</translation>
    </message>
    <message>
        <source>Start, inclusive. Klaviyo ignores any offset and uses the account&apos;s timezone.</source>
        <translation>Beginn, einschließlich. Klaviyo ignoriert jeden Offset und verwendet die Zeitzone des Kontos.</translation>
    </message>
    <message>
        <source>End, inclusive. Klaviyo ignores any offset and uses the account&apos;s timezone.</source>
        <translation>Ende, einschließlich. Klaviyo ignoriert jeden Offset und verwendet die Zeitzone des Kontos.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Conversion metric:</source>
        <translation>Konversionsmetrik:</translation>
    </message>
    <message>
        <source>The metric that counts as a conversion, usually Placed Order. Only conversion metrics work: Klaviyo refuses others.</source>
        <translation>Die Metrik, die als Konversion zählt, meist Placed Order. Nur Konversionsmetriken funktionieren: Andere lehnt Klaviyo ab.</translation>
    </message>
    <message>
        <source>No filter: every campaign, flow, form or segment with activity</source>
        <translation>Kein Filter: alle Kampagnen, Flows, Formulare oder Segmente mit Aktivität</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this condition to the filter (conditions are combined with and)</source>
        <translation>Diese Bedingung zum Filter hinzufügen (Bedingungen werden mit and verknüpft)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Show the exact API request, copy it as cURL or paste one</source>
        <translation>Die genaue API-Anfrage anzeigen, als cURL kopieren oder eine einfügen</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Statistiken:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Change statistics</source>
        <translation>Statistiken ändern</translation>
    </message>
    <message>
        <source>Change timeframe</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Beginn bearbeiten</translation>
    </message>
    <message>
        <source>Edit end</source>
        <translation>Ende bearbeiten</translation>
    </message>
    <message>
        <source>Change interval</source>
        <translation>Intervall ändern</translation>
    </message>
    <message>
        <source>Change conversion metric</source>
        <translation>Konversionsmetrik ändern</translation>
    </message>
    <message>
        <source>Change grouping</source>
        <translation>Gruppierung ändern</translation>
    </message>
    <message>
        <source>Edit filter</source>
        <translation>Filter bearbeiten</translation>
    </message>
    <message>
        <source>Choose or type a value first.</source>
        <translation>Wählen oder geben Sie zuerst einen Wert ein.</translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation>Anfragetext kopiert.</translation>
    </message>
    <message>
        <source>Copied a cURL command; it reads the key from $KLAVIYO_API_KEY.</source>
        <translation>cURL-Befehl kopiert; er liest den Schlüssel aus $KLAVIYO_API_KEY.</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy a request body first.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie zuerst einen Anfragetext.</translation>
    </message>
    <message>
        <source>Pasted the request. Undo takes it back.</source>
        <translation>Anfrage eingefügt. Mit Rückgängig lässt sie sich zurücknehmen.</translation>
    </message>
    <message>
        <source>Change report type</source>
        <translation>Berichtstyp ändern</translation>
    </message>
    <message>
        <source>Add filter condition</source>
        <translation>Filterbedingung hinzufügen</translation>
    </message>
    <message>
        <source>This is a metric aggregates request, not a report. Open it as a metric query instead.</source>
        <translation>Dies ist eine Metrik-Aggregat-Anfrage, kein Bericht. Öffnen Sie sie stattdessen als Metrikabfrage.</translation>
    </message>
    <message>
        <source>Paste request</source>
        <translation>Anfrage einfügen</translation>
    </message>
</context>
<context>
    <name>kx::ReportResultsWidget</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Run the report to see results.</source>
        <translation>Führen Sie den Bericht aus, um Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>No activity in this timeframe: Klaviyo lists only what had activity.</source>
        <translation>Keine Aktivität in diesem Zeitraum: Klaviyo listet nur auf, was Aktivität hatte.</translation>
    </message>
    <message numerus="yes">
        <source>%n grouping(s)</source>
        <translation>
            <numerusform>%n Gruppierung</numerusform>
            <numerusform>%n Gruppierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n Datum</numerusform>
            <numerusform>%n Daten</numerusform>
        </translation>
    </message>
    <message>
        <source> (%)</source>
        <translation> (%)</translation>
    </message>
    <message>
        <source>%1 — top %2 of %3</source>
        <translation>%1 — Top %2 von %3</translation>
    </message>
    <message>
        <source>Nothing to chart</source>
        <translation>Nichts darzustellen</translation>
    </message>
    <message>
        <source>There are no results to export. Run the report first.</source>
        <translation>Es gibt keine Ergebnisse zum Exportieren. Führen Sie zuerst den Bericht aus.</translation>
    </message>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the JSON: %1</source>
        <translation>Die JSON-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>There is no chart to export. Run the report first.</source>
        <translation>Es gibt kein Diagramm zum Exportieren. Führen Sie zuerst den Bericht aus.</translation>
    </message>
    <message>
        <source>Could not write the SVG: %1</source>
        <translation>Die SVG-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the PNG: %1</source>
        <translation>Die PNG-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>kx::ReportRun</name>
    <message>
        <source>the pages of the report do not end</source>
        <translation>die Seiten des Berichts enden nicht</translation>
    </message>
</context>
<context>
    <name>kx::ReportTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>kx::RequestPanel</name>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt; · POST /api/metric-aggregates</source>
        <translation>&lt;b&gt;Anfrage&lt;/b&gt; · POST /api/metric-aggregates</translation>
    </message>
    <message>
        <source>A range over one year runs as several requests; pick the one to show.</source>
        <translation>Ein Zeitraum von über einem Jahr wird als mehrere Anfragen ausgeführt; wählen Sie die anzuzeigende.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the request body shown</source>
        <translation>Den angezeigten Anfragetext kopieren</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copy a shell command that sends this request; the key is read from $KLAVIYO_API_KEY</source>
        <translation>Einen Shell-Befehl kopieren, der diese Anfrage sendet; der Schlüssel wird aus $KLAVIYO_API_KEY gelesen</translation>
    </message>
    <message>
        <source>Paste request JSON</source>
        <translation>Anfrage-JSON einfügen</translation>
    </message>
    <message>
        <source>Replace the query with a request body from the clipboard, such as a connector&apos;s custom query</source>
        <translation>Die Abfrage durch einen Anfragetext aus der Zwischenablage ersetzen, z. B. die benutzerdefinierte Abfrage eines Connectors</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Anfrage %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than the API allows in one request, so a run sends %n requests.</source>
        <translation>
            <numerusform>Der Zeitraum ist länger, als die API in einer Anfrage erlaubt; eine Ausführung sendet daher %n Anfrage.</numerusform>
            <numerusform>Der Zeitraum ist länger, als die API in einer Anfrage erlaubt; eine Ausführung sendet daher %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run sends this request.</source>
        <translation>Eine Ausführung sendet diese Anfrage.</translation>
    </message>
</context>
<context>
    <name>kx::ResultLabels</name>
    <message>
        <source>(none)</source>
        <comment>empty dimension value</comment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dimension: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>dimension: name (id)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>kx::ResultSnapshot</name>
    <message>
        <source>The saved result is not a result snapshot of this app.</source>
        <translation>Das gespeicherte Ergebnis ist keine Ergebnis-Momentaufnahme dieser App.</translation>
    </message>
    <message>
        <source>The saved result has no valid version number.</source>
        <translation>Das gespeicherte Ergebnis hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>The saved result was written by a newer version of the app (format %1); update the app to see it.</source>
        <translation>Das gespeicherte Ergebnis wurde von einer neueren Version der App geschrieben (Format %1); aktualisieren Sie die App, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>The saved result names an unknown timezone &apos;%1&apos;.</source>
        <translation>Das gespeicherte Ergebnis nennt eine unbekannte Zeitzone &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The saved result has an unknown interval &apos;%1&apos;.</source>
        <translation>Das gespeicherte Ergebnis hat ein unbekanntes Intervall &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The saved result&apos;s group-by list is not a list of names.</source>
        <translation>Die Gruppierungsliste des gespeicherten Ergebnisses ist keine Liste von Namen.</translation>
    </message>
    <message>
        <source>The saved result has no measurements.</source>
        <translation>Das gespeicherte Ergebnis hat keine Kennzahlen.</translation>
    </message>
    <message>
        <source>The saved result has an unknown measurement &apos;%1&apos;.</source>
        <translation>Das gespeicherte Ergebnis hat eine unbekannte Kennzahl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The saved result&apos;s date range is missing or unreadable.</source>
        <translation>Der Zeitraum des gespeicherten Ergebnisses fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The saved result has no list of dates.</source>
        <translation>Das gespeicherte Ergebnis hat keine Liste von Datumsangaben.</translation>
    </message>
    <message>
        <source>Date %1 of the saved result is unreadable or out of order.</source>
        <translation>Datum %1 des gespeicherten Ergebnisses ist nicht lesbar oder nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>The saved result has no list of groups.</source>
        <translation>Das gespeicherte Ergebnis hat keine Liste von Gruppen.</translation>
    </message>
    <message>
        <source>Group %1 of the saved result does not have one value per group-by.</source>
        <translation>Gruppe %1 des gespeicherten Ergebnisses hat nicht genau einen Wert pro Gruppierung.</translation>
    </message>
    <message>
        <source>Group %1 of the saved result does not have one series per measurement.</source>
        <translation>Gruppe %1 des gespeicherten Ergebnisses hat nicht genau eine Datenreihe pro Kennzahl.</translation>
    </message>
    <message>
        <source>Group %1 of the saved result does not have one value per date.</source>
        <translation>Gruppe %1 des gespeicherten Ergebnisses hat nicht genau einen Wert pro Datum.</translation>
    </message>
    <message>
        <source>Group %1 of the saved result has a value that is not a number.</source>
        <translation>Gruppe %1 des gespeicherten Ergebnisses hat einen Wert, der keine Zahl ist.</translation>
    </message>
</context>
<context>
    <name>kx::ResultTableModel</name>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Bucket start in %1</source>
        <translation>Intervallbeginn in %1</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>series header: dimension values, measurement</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>dimension lines, measurement</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>not additive</source>
        <translation>nicht additiv</translation>
    </message>
    <message>
        <source>Unique profiles cannot be summed over buckets: the same profile can be counted in several buckets, so the sum would overstate the number of distinct profiles.</source>
        <translation>Eindeutige Profile lassen sich nicht über Intervalle summieren: Dasselbe Profil kann in mehreren Intervallen gezählt werden, sodass die Summe die Anzahl verschiedener Profile überschätzen würde.</translation>
    </message>
</context>
<context>
    <name>kx::ResultTableView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>kx::ResultTotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>kx::ResultsWidget</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Breit</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Wide: one column per series. Long: one row per date, group and measurement.</source>
        <translation>Breit: eine Spalte pro Datenreihe. Lang: eine Zeile pro Datum, Gruppe und Kennzahl.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>Gestapelte Balken</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Chart the largest groups and sum the rest into &quot;Other&quot;</source>
        <translation>Die größten Gruppen darstellen und den Rest unter „Sonstige“ zusammenfassen</translation>
    </message>
    <message>
        <source>Show the whole date range (or double-click the chart)</source>
        <translation>Den gesamten Zeitraum anzeigen (oder auf das Diagramm doppelklicken)</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Preparing the result…</source>
        <translation>Ergebnis wird vorbereitet…</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>%1 dates × %2 series</source>
        <translation>%1 Daten × %2 Datenreihen</translation>
    </message>
    <message>
        <source>%1 (repaired input)</source>
        <translation>%1 (reparierte Eingabe)</translation>
    </message>
    <message>
        <source>%1, drawn as lines</source>
        <extracomment>Status after &quot;N dates × M series&quot; when a bar chart has too many dates</extracomment>
        <translation>%1, als Linien gezeichnet</translation>
    </message>
    <message>
        <source>Bar charts show at most %1 dates. Choose a longer interval (day, week or month) or a shorter date range to see bars.</source>
        <translation>Balkendiagramme zeigen höchstens %1 Zeitpunkte. Wählen Sie ein längeres Intervall (Tag, Woche oder Monat) oder einen kürzeren Zeitraum, um Balken zu sehen.</translation>
    </message>
</context>
<context>
    <name>kx::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kx::SettingsDialog</name>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Dieses Konto verwenden</translation>
    </message>
    <message>
        <source>Accounts and keys</source>
        <translation>Konten und Schlüssel</translation>
    </message>
    <message>
        <source>e.g. My shop</source>
        <translation>z. B. Mein Shop</translation>
    </message>
    <message>
        <source>pk_…</source>
        <translation>pk_…</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API revision</source>
        <translation>API-Revision</translation>
    </message>
    <message>
        <source>Default timezone</source>
        <translation>Standardzeitzone</translation>
    </message>
    <message>
        <source>Default interval</source>
        <translation>Standardintervall</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What this key may read</source>
        <translation>Was dieser Schlüssel lesen darf</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its key is deleted from the keychain.</source>
        <translation>Das Konto „%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Das Konto wurde entfernt.</translation>
    </message>
    <message>
        <source>Demo account (built in)</source>
        <translation>Demokonto (integriert)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Demo account (built in, active)</source>
        <translation>Demokonto (integriert, aktiv)</translation>
    </message>
    <message>
        <source>Create a private key with read access in Klaviyo (Settings → API keys). It is stored only in your system&apos;s keychain.</source>
        <translation>Erstellen Sie in Klaviyo einen privaten Schlüssel mit Lesezugriff (Settings → API keys). Er wird nur im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>The demo account needs no key.</source>
        <translation>Das Demokonto benötigt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key. Keys are stored only in your system&apos;s keychain.</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten. Schlüssel werden nur im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The API revision must be a date like %1.</source>
        <translation>Die API-Revision muss ein Datum wie %1 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a timezone this computer knows. Pick one from the list.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s private API key.</source>
        <translation>Fügen Sie den privaten API-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>The key contains spaces or characters a key cannot have. Copy it again from Klaviyo.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder Zeichen, die ein Schlüssel nicht enthalten kann. Kopieren Sie ihn erneut aus Klaviyo.</translation>
    </message>
    <message>
        <source>Now using the demo account.</source>
        <translation>Das Demokonto wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The key is stored in your system&apos;s keychain.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so the key cannot be stored safely.</source>
        <translation>Dieser Computer hat keinen Schlüsselbunddienst, daher kann der Schlüssel nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>The account was saved without its key.</source>
        <translation>Das Konto wurde ohne seinen Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The key is kept for this session only; enter it again next time.</source>
        <translation>Gespeichert. Der Schlüssel wird nur für diese Sitzung behalten; geben Sie ihn beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>✗ %1 — missing. %2</source>
        <translation>✗ %1 — fehlt. %2</translation>
    </message>
    <message>
        <source>? %1 — could not check: %2</source>
        <translation>? %1 — konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The key works and has every scope the app uses.</source>
        <translation>Der Schlüssel funktioniert und hat alle Scopes, die die App verwendet.</translation>
    </message>
    <message>
        <source>The key works. Features whose scope is missing are turned off until you add the scope in Klaviyo.</source>
        <translation>Der Schlüssel funktioniert. Funktionen, deren Scope fehlt, sind deaktiviert, bis Sie den Scope in Klaviyo hinzufügen.</translation>
    </message>
    <message>
        <source>… %1 — %2</source>
        <translation>… %1 — %2</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Paste the account&apos;s private API key first.</source>
        <translation>Fügen Sie zuerst den privaten API-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>No key is saved for this account yet. Paste it first.</source>
        <translation>Für dieses Konto ist noch kein Schlüssel gespeichert. Fügen Sie ihn zuerst ein.</translation>
    </message>
</context>
<context>
    <name>kx::Shell</name>
    <message>
        <source>Autosave is off</source>
        <translation>Automatisches Speichern ist aus</translation>
    </message>
    <message>
        <source>Restore unsaved queries?</source>
        <translation>Nicht gespeicherte Abfragen wiederherstellen?</translation>
    </message>
    <message>
        <source>The app did not close normally last time. One query document had unsaved changes.</source>
        <translation>Die App wurde beim letzten Mal nicht normal beendet. Ein Abfragedokument hatte nicht gespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>The app did not close normally last time. %n query documents had unsaved changes.</source>
        <translation>
            <numerusform>Die App wurde beim letzten Mal nicht normal beendet. %n Abfragedokument hatte nicht gespeicherte Änderungen.</numerusform>
            <numerusform>Die App wurde beim letzten Mal nicht normal beendet. %n Abfragedokumente hatten nicht gespeicherte Änderungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kx::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>kx::Sort</name>
    <message>
        <source>%1, highest first</source>
        <translation>%1, höchste zuerst</translation>
    </message>
    <message>
        <source>%1, lowest first</source>
        <translation>%1, niedrigste zuerst</translation>
    </message>
    <message>
        <source>%1, Z to A</source>
        <translation>%1, Z bis A</translation>
    </message>
    <message>
        <source>%1, A to Z</source>
        <translation>%1, A bis Z</translation>
    </message>
</context>
<context>
    <name>kx::StatusBarWidget</name>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>The built-in demo account: generated data, no key needed.</source>
        <translation>Das integrierte Demokonto: generierte Daten, kein Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>The active account. Switch accounts in Settings.</source>
        <translation>Das aktive Konto. Wechseln Sie das Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The Klaviyo API revision requests are sent with.</source>
        <translation>Die Klaviyo-API-Revision, mit der Anfragen gesendet werden.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls left this minute, %4 per second at most</source>
        <translation>%1: noch %2 von %3 Aufrufen in dieser Minute, höchstens %4 pro Sekunde</translation>
    </message>
    <message>
        <source>Klaviyo&apos;s rate limits, counted by this app:</source>
        <translation>Klaviyos Ratenlimits, von dieser App gezählt:</translation>
    </message>
    <message>
        <source>Waiting %1 s for Klaviyo&apos;s limits</source>
        <translation>%1 s Wartezeit wegen Klaviyos Limits</translation>
    </message>
</context>
<context>
    <name>kx::TimezonePicker</name>
    <message>
        <source>Search timezones…</source>
        <translation>Zeitzonen suchen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) · account</source>
        <translation>%1 (%2) · Konto</translation>
    </message>
    <message>
        <source>The timezone of this Klaviyo account</source>
        <translation>Die Zeitzone dieses Klaviyo-Kontos</translation>
    </message>
    <message>
        <source>%1 (unknown timezone)</source>
        <translation>%1 (unbekannte Zeitzone)</translation>
    </message>
</context>
<context>
    <name>kx::WelcomePage</name>
    <message>
        <source>Connect your Klaviyo account</source>
        <translation>Klaviyo-Konto verbinden</translation>
    </message>
    <message>
        <source>Use a private API key with read access. It is kept in your system&apos;s keychain.</source>
        <translation>Verwenden Sie einen privaten API-Schlüssel mit Lesezugriff. Er wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Explore the demo account</source>
        <translation>Demokonto erkunden</translation>
    </message>
    <message>
        <source>A realistic online shop with two years of emails, flows and orders. No key needed.</source>
        <translation>Ein realistischer Onlineshop mit zwei Jahren an E-Mails, Flows und Bestellungen. Kein Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>Welcome to Klaviyo Metrics Explorer</source>
        <translation>Willkommen bei Klaviyo Metrics Explorer</translation>
    </message>
    <message>
        <source>See how your emails, flows and orders perform over time: pick a metric, choose a range, and chart it.</source>
        <translation>Sehen Sie, wie sich Ihre E-Mails, Flows und Bestellungen im Zeitverlauf entwickeln: Metrik auswählen, Zeitraum wählen und als Diagramm darstellen.</translation>
    </message>
</context>
<context>
    <name>kx::WhyNote</name>
    <message>
        <source>Days here are cut at midnight in %1, but this profile says the account uses %2: events near midnight fall on different days than on Klaviyo&apos;s pages.</source>
        <translation>Tage werden hier um Mitternacht in %1 getrennt, laut diesem Profil verwendet das Konto jedoch %2: Ereignisse um Mitternacht fallen auf andere Tage als auf Klaviyos Seiten.</translation>
    </message>
    <message>
        <source>Days are cut at midnight in %1. Klaviyo&apos;s pages use the account&apos;s timezone; if the account is set to another one, totals per day differ.</source>
        <translation>Tage werden um Mitternacht in %1 getrennt. Klaviyos Seiten verwenden die Zeitzone des Kontos; ist das Konto auf eine andere eingestellt, weichen die Tagessummen ab.</translation>
    </message>
    <message>
        <source>this metric</source>
        <translation>diese Metrik</translation>
    </message>
    <message>
        <source>This query counts %1 events when they happened (event time). Klaviyo&apos;s campaign and flow pages count them by the send date of the message, so opens and clicks of a message sent before the range are included here and missing there. Use a campaign or flow report to match them.</source>
        <translation>Diese Abfrage zählt %1-Ereignisse zum Zeitpunkt ihres Eintretens (Ereigniszeit). Klaviyos Kampagnen- und Flow-Seiten zählen sie nach dem Versanddatum der Nachricht, daher sind Öffnungen und Klicks einer vor dem Zeitraum gesendeten Nachricht hier enthalten und fehlen dort. Verwenden Sie einen Kampagnen- oder Flow-Bericht, um sie abzugleichen.</translation>
    </message>
    <message>
        <source>This query counts %1 events when they happened (event time). Klaviyo&apos;s campaign and flow pages attribute by send date and use an attribution window, so their totals cover other events.</source>
        <translation>Diese Abfrage zählt %1-Ereignisse zum Zeitpunkt ihres Eintretens (Ereigniszeit). Klaviyos Kampagnen- und Flow-Seiten ordnen nach Versanddatum zu und verwenden ein Attributionsfenster, daher umfassen ihre Summen andere Ereignisse.</translation>
    </message>
    <message>
        <source>Unique profiles are counted separately in each interval and group. They do not add up: the sum of daily uniques is larger than the uniques of the whole range.</source>
        <translation>Eindeutige Profile werden in jedem Intervall und jeder Gruppe separat gezählt. Sie sind nicht addierbar: Die Summe der täglichen eindeutigen Profile ist größer als die eindeutigen Profile des gesamten Zeitraums.</translation>
    </message>
    <message>
        <source>Clicked events include clicks by link scanners; Klaviyo&apos;s pages can leave out clicks it detects as bot clicks, so they show fewer.</source>
        <translation>Clicked-Ereignisse enthalten Klicks von Link-Scannern; Klaviyos Seiten können Klicks auslassen, die als Bot-Klicks erkannt werden, und zeigen daher weniger an.</translation>
    </message>
    <message>
        <source>Campaign reports attribute by send date: a campaign&apos;s opens, clicks and conversions count in the timeframe it was sent in, even when they happened later. A metric query counts events by when they happened, so the two differ.</source>
        <translation>Kampagnenberichte ordnen nach Versanddatum zu: Öffnungen, Klicks und Konversionen einer Kampagne zählen in dem Zeitraum, in dem sie gesendet wurde, auch wenn sie später stattfanden. Eine Metrikabfrage zählt Ereignisse nach ihrem Eintreten, daher weichen beide voneinander ab.</translation>
    </message>
    <message>
        <source>Flow reports attribute by the send date of each flow message, not by when opens, clicks or orders happened; a metric query on the same events gives other numbers.</source>
        <translation>Flow-Berichte ordnen nach dem Versanddatum jeder Flow-Nachricht zu, nicht danach, wann Öffnungen, Klicks oder Bestellungen stattfanden; eine Metrikabfrage für dieselben Ereignisse liefert andere Zahlen.</translation>
    </message>
    <message>
        <source>Form reports count form views and submits as Klaviyo records them for forms; the Viewed Form and Submitted Form metrics can include events from other sources.</source>
        <translation>Formularberichte zählen Formularaufrufe und -übermittlungen so, wie Klaviyo sie für Formulare erfasst; die Metriken Viewed Form und Submitted Form können Ereignisse aus anderen Quellen enthalten.</translation>
    </message>
    <message>
        <source>Segment reports count membership changes as Klaviyo recorded them (from June 2023); profiles that were suppressed or deleted since may still be in the totals.</source>
        <translation>Segmentberichte zählen Mitgliedschaftsänderungen so, wie Klaviyo sie erfasst hat (ab Juni 2023); Profile, die seitdem unterdrückt oder gelöscht wurden, können noch in den Summen enthalten sein.</translation>
    </message>
    <message>
        <source>Klaviyo computes the timeframe in the account&apos;s timezone and ignores offsets in custom dates; this profile assumes %1. A different account timezone shifts the day boundaries.</source>
        <translation>Klaviyo berechnet den Zeitraum in der Zeitzone des Kontos und ignoriert Offsets in benutzerdefinierten Daten; dieses Profil geht von %1 aus. Eine andere Kontozeitzone verschiebt die Tagesgrenzen.</translation>
    </message>
    <message>
        <source>Unique counts and rates are not additive: adding rows, or averaging rates over rows or dates, does not give the total Klaviyo shows for the whole timeframe.</source>
        <translation>Eindeutige Zählungen und Raten sind nicht additiv: Das Addieren von Zeilen oder das Mitteln von Raten über Zeilen oder Datumsangaben ergibt nicht die Summe, die Klaviyo für den gesamten Zeitraum anzeigt.</translation>
    </message>
    <message>
        <source>Clicks in reports may leave out clicks Klaviyo detects as bot clicks (link scanners), so they can be lower than a count of Clicked Email events.</source>
        <translation>Klicks in Berichten können Klicks auslassen, die Klaviyo als Bot-Klicks (Link-Scanner) erkennt, daher können sie niedriger sein als eine Zählung der Clicked-Email-Ereignisse.</translation>
    </message>
</context>
<context>
    <name>kx::WhyNoteWidget</name>
    <message>
        <source>Why doesn&apos;t this match Klaviyo?</source>
        <translation>Warum stimmt das nicht mit Klaviyo überein?</translation>
    </message>
</context>
</TS>
