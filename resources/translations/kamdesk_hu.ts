<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="59"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="86"/>
        <source>Creating demo data…</source>
        <translation>Demóadatok létrehozása…</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="310"/>
        <source>Choose or type a new segment</source>
        <translation>Válasszon, vagy írjon be új szegmenst</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="312"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="315"/>
        <source>not checked</source>
        <translation>nincs ellenőrizve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Primary</source>
        <translation>Elsődleges</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="320"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="320"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="376"/>
        <source>Save (%1)</source>
        <translation>Mentés (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="378"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="391"/>
        <source>Add a contact (Insert)</source>
        <translation>Kapcsolattartó hozzáadása (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="392"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>A kijelölt kapcsolattartó eltávolítása (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="573"/>
        <source>same tax number</source>
        <translation>azonos adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="573"/>
        <source>similar name</source>
        <translation>hasonló név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="576"/>
        <source>Possible duplicate</source>
        <translation>Lehetséges duplikátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="577"/>
        <source>A client like this exists already:</source>
        <translation>Már van hasonló ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="579"/>
        <source>Open existing</source>
        <translation>Meglévő megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="580"/>
        <source>Save anyway</source>
        <translation>Mentés ennek ellenére</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="595"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="712"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="595"/>
        <source>Discard unsaved changes?</source>
        <translation>Elveti a nem mentett módosításokat?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="702"/>
        <source>New client</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="707"/>
        <source>Not saved yet</source>
        <translation>Még nincs mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="709"/>
        <source>Created %1</source>
        <translation>Létrehozva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="710"/>
        <source>Updated %1</source>
        <translation>Módosítva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="14"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="24"/>
        <source>&amp;General</source>
        <translation>&amp;Általános</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="30"/>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="42"/>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="57"/>
        <source>Name as registered</source>
        <translation>A cégjegyzékben szereplő név</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="76"/>
        <source>Legal form:</source>
        <translation>Cégforma:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="91"/>
        <source>Kft., Zrt., Bt., s.r.o. …</source>
        <translation>Kft., Zrt., Bt., s.r.o. …</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="110"/>
        <source>Tax number:</source>
        <translation>Adószám:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="125"/>
        <source>12345678-1-23</source>
        <translation>12345678-1-23</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="144"/>
        <source>Registration no.:</source>
        <translation>Cégjegyzékszám:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="159"/>
        <source>01-09-123456</source>
        <translation>01-09-123456</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="181"/>
        <source>Phone and web</source>
        <translation>Telefon és web</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="193"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="208"/>
        <source>+36 1 234 5678</source>
        <translation>+36 1 234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="227"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="242"/>
        <source>info@example.hu</source>
        <translation>info@example.hu</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="261"/>
        <source>Website:</source>
        <translation>Weboldal:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="276"/>
        <source>www.example.hu</source>
        <translation>www.example.hu</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="298"/>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="310"/>
        <source>Status:</source>
        <translation>Státusz:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="340"/>
        <source>Segment:</source>
        <translation>Szegmens:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="377"/>
        <source>Manager:</source>
        <translation>Üzletkötő:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="407"/>
        <source>Source:</source>
        <translation>Forrás:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="442"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="464"/>
        <source>Needs and prospects</source>
        <translation>Igények és lehetőségek</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="476"/>
        <source>Needs:</source>
        <translation>Igények:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="494"/>
        <source>What the client needs from us</source>
        <translation>Mire van szüksége tőlünk az ügyfélnek</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="513"/>
        <source>Prospects:</source>
        <translation>Lehetőségek:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="531"/>
        <source>Where the business with the client can grow</source>
        <translation>Hol bővülhet az üzlet az ügyféllel</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="567"/>
        <source>&amp;Addresses</source>
        <translation>&amp;Címek</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="573"/>
        <source>Delivery address same as legal address</source>
        <translation>A szállítási cím megegyezik a székhellyel</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="580"/>
        <source>Legal address</source>
        <translation>Székhely</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="592"/>
        <location filename="../../ui/client_card.ui" line="751"/>
        <source>Postcode:</source>
        <translation>Irányítószám:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="629"/>
        <location filename="../../ui/client_card.ui" line="788"/>
        <source>City:</source>
        <translation>Város:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="659"/>
        <location filename="../../ui/client_card.ui" line="818"/>
        <source>Street:</source>
        <translation>Utca:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="674"/>
        <location filename="../../ui/client_card.ui" line="833"/>
        <source>Street, number, floor</source>
        <translation>Utca, házszám, emelet</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="693"/>
        <location filename="../../ui/client_card.ui" line="852"/>
        <source>Country:</source>
        <translation>Ország:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="708"/>
        <location filename="../../ui/client_card.ui" line="867"/>
        <source>HU</source>
        <translation>HU</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="739"/>
        <source>Delivery address</source>
        <translation>Szállítási cím</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="912"/>
        <source>C&amp;redit and reliability</source>
        <translation>&amp;Hitel és megbízhatóság</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="918"/>
        <source>Credit</source>
        <translation>Hitel</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="930"/>
        <source>Credit limit:</source>
        <translation>Hitelkeret:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="997"/>
        <source>Payment terms:</source>
        <translation>Fizetési határidő:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1012"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1049"/>
        <source>Reliability</source>
        <translation>Megbízhatóság</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1061"/>
        <source>Rating:</source>
        <translation>Minősítés:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1098"/>
        <source>Checked on:</source>
        <translation>Ellenőrizve:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1115"/>
        <location filename="../../ui/client_card.ui" line="1118"/>
        <source>Reliability was checked</source>
        <translation>A megbízhatóság ellenőrizve</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1159"/>
        <source>Note:</source>
        <translation>Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1177"/>
        <source>How the check was done, what was found</source>
        <translation>Hogyan történt az ellenőrzés, mi derült ki</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1219"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kapcsolattartók</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1258"/>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1268"/>
        <source>Edit…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1278"/>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1288"/>
        <source>Set primary</source>
        <translation>Legyen elsődleges</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1316"/>
        <source>No&amp;tes</source>
        <translation>&amp;Jegyzetek</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1325"/>
        <source>Anything worth remembering about the client</source>
        <translation>Minden, amit érdemes megjegyezni az ügyfélről</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1378"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1388"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="538"/>
        <source>Contact %1</source>
        <translation>%1. kapcsolattartó</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="17"/>
        <source>Export clients</source>
        <translation>Ügyfelek exportálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="18"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-munkafüzet (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="23"/>
        <source>Exporting clients…</source>
        <translation>Ügyfelek exportálása…</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="40"/>
        <source>Import clients</source>
        <translation>Ügyfelek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="60"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported.</source>
        <translation>%1 sor a következő fájlban: %2. Ellenőrizze, melyik oszlop melyik mezőbe kerül; a „Kihagyás” beállítású oszlopok nem kerülnek importálásra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="68"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="73"/>
        <source>Ignore</source>
        <translation>Kihagyás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="85"/>
        <source>&amp;Check rows</source>
        <translation>Sorok &amp;ellenőrzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="89"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="108"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Válassza ki az ügyfél nevét tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="112"/>
        <source>Each field can come from one column only: %1.</source>
        <translation>Egy mező csak egy oszlopból töltődhet: %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="132"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="132"/>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="135"/>
        <source>&amp;Save rejected rows…</source>
        <translation>Elutasított sorok &amp;mentése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="137"/>
        <source>&amp;Back to columns</source>
        <translation>&amp;Vissza az oszlopokhoz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="139"/>
        <source>Import &amp;nothing</source>
        <translation>Importálás &amp;elvetése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="142"/>
        <source>&amp;Import the valid rows</source>
        <translation>Az érvényes sorok &amp;importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="160"/>
        <source>%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist already (same tax number, or same name where no tax number is given) and will not be imported.</source>
        <translation>%2 sorból %1 importálható. %3 sor hibás, %4 sor már meglévő ügyfél (azonos adószám, vagy adószám nélkül azonos név), ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="175"/>
        <source>Save rejected rows</source>
        <translation>Elutasított sorok mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="184"/>
        <source>Cannot write %1: %2</source>
        <translation>Nem sikerült a fájl írása: %1: %2</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="61"/>
        <source>Search name, tax number, city, contact… (Ctrl+F)</source>
        <translation>Keresés: név, adószám, város, kapcsolattartó… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="66"/>
        <source>All statuses</source>
        <translation>Minden státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="72"/>
        <source>All clients</source>
        <translation>Minden ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="73"/>
        <source>Key accounts</source>
        <translation>Kulcsügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="74"/>
        <source>Other clients</source>
        <translation>Egyéb ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="75"/>
        <source>Archived</source>
        <translation>Archivált</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="76"/>
        <source>Show archived clients instead of the working list</source>
        <translation>Az archivált ügyfelek megjelenítése a munkalista helyett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="85"/>
        <source>&amp;New client</source>
        <translation>Ú&amp;j ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="86"/>
        <source>Create a client (Ctrl+N)</source>
        <translation>Új ügyfél létrehozása (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="94"/>
        <source>All segments</source>
        <translation>Minden szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="95"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="138"/>
        <source>&amp;Archive client</source>
        <translation>Ügyfél &amp;archiválása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="140"/>
        <source>&amp;Restore client</source>
        <translation>Ügyfél &amp;visszaállítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="142"/>
        <source>&amp;Delete client for good…</source>
        <translation>Ügyfél végleges &amp;törlése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="213"/>
        <source>1 archived client</source>
        <translation>1 archivált ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="213"/>
        <source>%1 archived clients</source>
        <translation>%1 archivált ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>1 client</source>
        <translation>1 ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>%1 clients</source>
        <translation>%1 ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="272"/>
        <source>Archive client</source>
        <translation>Ügyfél archiválása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="273"/>
        <source>Archive “%1”? It leaves the working list; tick “Archived” to see it and restore it.</source>
        <translation>Archiválja ezt az ügyfelet: „%1”? Kikerül a munkalistából; az „Archivált” bejelölésével láthatja és visszaállíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="286"/>
        <source>Delete client for good</source>
        <translation>Ügyfél végleges törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="287"/>
        <source>Delete “%1” and its contacts for good? This cannot be undone.</source>
        <translation>Véglegesen törli ezt az ügyfelet és a kapcsolattartóit: „%1”? A művelet nem vonható vissza.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="65"/>
        <source>VAT rate must be a number such as 27.</source>
        <translation>Az áfakulcsnak számnak kell lennie, például 27.</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="11"/>
        <source>Your company</source>
        <translation>Az Ön cége</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Cégnév:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="15"/>
        <source>&amp;Country code:</source>
        <translation>&amp;Országkód:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="17"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Irányítószám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="19"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Város:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="21"/>
        <source>&amp;Street:</source>
        <translation>&amp;Utca, házszám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="23"/>
        <source>&amp;Tax number:</source>
        <translation>&amp;Adószám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="24"/>
        <source>12345678-1-23</source>
        <translation>12345678-1-23</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="25"/>
        <source>&amp;Bank account:</source>
        <translation>&amp;Bankszámlaszám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="27"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="29"/>
        <source>Default &amp;VAT rate (%):</source>
        <translation>Alapértelmezett á&amp;fakulcs (%):</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="155"/>
        <source>&amp;Save company</source>
        <translation>Cé&amp;gadatok mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="174"/>
        <source>Logo on documents</source>
        <translation>Logó a dokumentumokon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="175"/>
        <location filename="../../kamdesk/gui/company.py" line="274"/>
        <source>No logo</source>
        <translation>Nincs logó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="180"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logó kiválasztása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="182"/>
        <source>Remove logo</source>
        <translation>Logó eltávolítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="195"/>
        <source>Managers</source>
        <translation>Üzletkötők</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="205"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="207"/>
        <source>&amp;New manager</source>
        <translation>Ú&amp;j üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="209"/>
        <source>Save &amp;manager</source>
        <translation>Üzletkötő &amp;mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="223"/>
        <source>Segments</source>
        <translation>Szegmensek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="226"/>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="228"/>
        <source>Rename…</source>
        <translation>Átnevezés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="230"/>
        <source>Delete…</source>
        <translation>Törlés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="251"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="251"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="285"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="285"/>
        <source>Company profile saved.</source>
        <translation>A cégadatok mentve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="288"/>
        <source>Choose logo</source>
        <translation>Logó kiválasztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="288"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Képek (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="334"/>
        <source>New segment</source>
        <translation>Új szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="334"/>
        <location filename="../../kamdesk/gui/company.py" line="344"/>
        <source>Segment name:</source>
        <translation>Szegmens neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="344"/>
        <source>Rename segment</source>
        <translation>Szegmens átnevezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="360"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Törli ezt a szegmenst: „%1”? %2 ügyfél tartozik hozzá; ezek szegmens nélkül maradnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="361"/>
        <source>Delete segment</source>
        <translation>Szegmens törlése</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="187"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="190"/>
        <source>New contact</source>
        <translation>Új kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="14"/>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="28"/>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="43"/>
        <source>Family and given name</source>
        <translation>Vezeték- és keresztnév</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="62"/>
        <source>Position:</source>
        <translation>Beosztás:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="77"/>
        <source>Purchasing manager</source>
        <translation>Beszerzési vezető</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="96"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="111"/>
        <source>+36 30 123 4567</source>
        <translation>+36 30 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="130"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="145"/>
        <source>name@example.hu</source>
        <translation>name@example.hu</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="164"/>
        <source>Birthday:</source>
        <translation>Születésnap:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="181"/>
        <location filename="../../ui/contact_dialog.ui" line="184"/>
        <source>Birthday is known</source>
        <translation>A születésnap ismert</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="230"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="254"/>
        <source>Primary contact</source>
        <translation>Elsődleges kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="273"/>
        <source>Notes:</source>
        <translation>Megjegyzések:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="21"/>
        <source>Cannot do that</source>
        <translation>A művelet nem hajtható végre</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="25"/>
        <source>Unexpected error</source>
        <translation>Váratlan hiba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="26"/>
        <source>Something went wrong inside kamdesk. Your saved data is safe; the details below were written to the log.</source>
        <translation>Váratlan hiba történt a kamdeskben. A mentett adatai biztonságban vannak; az alábbi részleteket a program a naplóba írta.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="114"/>
        <source>Welcome to kamdesk</source>
        <translation>Üdvözli a kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="115"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Adja meg cége és saját maga adatait. Ezeket később a Saját cég oldalon módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="119"/>
        <source>You</source>
        <translation>Ön</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="121"/>
        <source>Explore with &amp;demo data</source>
        <translation>Kipróbálás &amp;demóadatokkal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="122"/>
        <source>&amp;Start</source>
        <translation>&amp;Kezdés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="34"/>
        <source>kamdesk</source>
        <translation>kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="53"/>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="53"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="80"/>
        <source>&amp;New client…</source>
        <translation>Ú&amp;j ügyfél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="81"/>
        <source>&amp;Import clients…</source>
        <translation>Ügyfelek &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="82"/>
        <source>&amp;Export clients…</source>
        <translation>Ügyfelek &amp;exportálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Szerkesztés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="86"/>
        <source>&amp;Find client</source>
        <translation>Ügyfél &amp;keresése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="87"/>
        <source>&amp;Open client</source>
        <translation>Ügyfél &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="92"/>
        <source>&amp;Clients</source>
        <translation>&amp;Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="93"/>
        <source>C&amp;ompany</source>
        <translation>&amp;Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="96"/>
        <source>&amp;Help</source>
        <translation>Sú&amp;gó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="97"/>
        <source>&amp;About kamdesk</source>
        <translation>A kamdesk &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="165"/>
        <source>Refreshed</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="200"/>
        <source>Client saved</source>
        <translation>Ügyfél mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="214"/>
        <source>Import clients</source>
        <translation>Ügyfelek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="215"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="219"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="226"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél importálva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="233"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél exportálva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="236"/>
        <source>About kamdesk</source>
        <translation>A kamdesk névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="237"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 – a kulcsügyfél-menedzserek asztala.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="86"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="87"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="89"/>
        <source>Your &amp;name:</source>
        <translation>A&amp;z Ön neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="90"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="91"/>
        <source>&amp;Role:</source>
        <translation>&amp;Szerepkör:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="11"/>
        <source>A client like this exists already: {names}.</source>
        <translation>Már van hasonló ügyfél: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="12"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Már létezik ügyfél ezzel a névvel: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Már létezik ügyfél ezzel az adószámmal ({tax_number}): {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Már létezik „{name}” nevű szegmens.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Nem sikerült megnyitni az adatbázist ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Válassza ki az ügyfél nevét tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Az ügyfelek csak .xlsx vagy .csv fájlba exportálhatók, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>Company name is required.</source>
        <translation>A cégnév megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>Contact birthday</source>
        <translation>Kapcsolattartó születésnapja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>Contact e-mail</source>
        <translation>Kapcsolattartó e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>Contact is decision maker</source>
        <translation>Kapcsolattartó döntéshozó-e</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>Contact phone</source>
        <translation>Kapcsolattartó telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>Contact position</source>
        <translation>Kapcsolattartó beosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>Contact {number}: {problem}</source>
        <translation>{number}. kapcsolattartó: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>Contact: {message}</source>
        <translation>Kapcsolattartó: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Érvénytelen ország: „{country}”. Kétbetűs országkódot adjon meg, például HU, SK vagy RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>Credit limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>A hitelkeret legfeljebb két tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>Credit limit cannot be negative.</source>
        <translation>A hitelkeret nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>A hitelkeret („{text}”) nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>A pénznemet hárombetűs kóddal adja meg, például HUF, EUR vagy RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>Delivery city</source>
        <translation>Szállítási város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>Delivery country</source>
        <translation>Szállítási ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>Delivery postcode</source>
        <translation>Szállítási irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>Delivery street</source>
        <translation>Szállítási utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>E-mail {problem}.</source>
        <translation>Az e-mail-cím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Egy mező csak egy oszlopból töltődhet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>Legal form</source>
        <translation>Cégforma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>Manager name is required.</source>
        <translation>Az üzletkötő nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>Name is required.</source>
        <translation>A név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>Needs</source>
        <translation>Igények</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Csak egy kapcsolattartó lehet elsődleges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>Payment terms (days)</source>
        <translation>Fizetési határidő (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>A fizetési határidő 0 és 365 nap között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>A fizetési határidő („{text}”) csak egész számú nap lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>Phone {problem}.</source>
        <translation>A telefonszám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>Postcode</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>Prospects</source>
        <translation>Lehetőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Registration number</source>
        <translation>Cégjegyzékszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Reliability</source>
        <translation>Megbízhatóság</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Reliability checked on</source>
        <translation>Megbízhatósági ellenőrzés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Reliability note</source>
        <translation>Megbízhatósági megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>A megbízhatósági minősítés csak A, B, C vagy D lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Role must be manager or head.</source>
        <translation>A szerepkör csak kulcsügyfél-menedzser vagy osztályvezető lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Save the company profile first.</source>
        <translation>Először mentse a cégadatokat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>Segment name is required.</source>
        <translation>A szegmens nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>A sorok ellenőrzése óta a fájl néhány ügyfelét már elmentették ({example}). Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>Source must be one of: {choices}.</source>
        <translation>A forrás csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>Status must be one of: {choices}.</source>
        <translation>A státusz csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>Street</source>
        <translation>Utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Tax number</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>Tax number {problem}.</source>
        <translation>Az adószám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>Ez az adószám ({tax_number}) már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>Az adatbázis nem igazolta vissza az összes importált ügyfelet, ezért a program egyetlen ügyfelet sem importált.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Ez az elérési út nem létezik, vagy nem fájl: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>A logó nagyobb 2 MB-nál; kérjük, válasszon kisebb képet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>A logó csak PNG- vagy JPEG-kép lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>There is no client with id {id}.</source>
        <translation>Nincs ügyfél ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Nincs „{name}” nevű üzletkötő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>There is no manager with id {id}.</source>
        <translation>Nincs üzletkötő ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>There is no segment with id {id}.</source>
        <translation>Nincs szegmens ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>Ebben az adatbázisban már vannak ügyfelek; demóadatok csak üres adatbázisba tölthetők be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Ezt az adatbázist a kamdesk egy újabb verziója hozta létre vagy frissítette (olyan sémaváltozásokat tartalmaz, amelyeket ez a verzió nem ismer: {changes}). A program az adatbázist nem módosította. A megnyitásához telepítse a kamdesk újabb verzióját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Az áfakulcs 0 és 100% között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Website</source>
        <translation>Weboldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Website {problem}.</source>
        <translation>A webcím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>ellenőrző számjegye hibás (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>is not a phone number</source>
        <translation>nem értelmezhető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>nem érvényes {country} közösségi adószám (ellenőrizze a számjegyeket)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>nem érvényes orosz adószám (INN: 10 vagy 12 számjegy, ellenőrző számjegyekkel)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>is not a valid e-mail address</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>is not a valid phone number</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>is not a web address</source>
        <translation>formailag hibás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>nem 12345678-1-23 formátumú (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>name is required.</source>
        <translation>a név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Ez a fájl nem importálható: {file}. Használjon Excel-munkafüzetet (.xlsx) vagy CSV-fájlt (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Ez a fájl nem olvasható be Excel-munkafüzetként: {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Nem sikerült beolvasni a fájlt ({file}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Ez a fájl nem tűnik szöveges (CSV) fájlnak: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>Ebben a fájlban van fejlécsor, de nincs adatsor: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Ez a fájl régi, Excel 97–2003 formátumú munkafüzet: {file}. Előbb nyissa meg Excelben vagy LibreOffice-ban, és mentse .xlsx vagy .csv formátumban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>{file} is empty.</source>
        <translation>A fájl üres: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>{file} is not a CSV file kamdesk can read ({reason}).</source>
        <translation>Ez a fájl nem olyan CSV-fájl, amelyet a kamdesk be tud olvasni: {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>A „{label}” mező értéke („{text}”) csak igen vagy nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>„{name}” nem törölhető, mert kapcsolódó adatai vannak: {records}. Törlés helyett archiválja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>„{name}” már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>„{text}” nem dátum (használja az ÉÉÉÉ.HH.NN. formátumot).</translation>
    </message>
</context>
<context>
    <name>PartyLabels</name>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="14"/>
        <source>Prospect</source>
        <translation>Potenciális</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="15"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="16"/>
        <source>Inactive</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="17"/>
        <source>Lost</source>
        <translation>Elvesztett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="24"/>
        <source>Incoming call</source>
        <translation>Bejövő hívás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="25"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="26"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="27"/>
        <source>Referral</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="28"/>
        <source>Exhibition</source>
        <translation>Kiállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="29"/>
        <source>Web</source>
        <translation>Weboldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="30"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
</context>
</TS>
