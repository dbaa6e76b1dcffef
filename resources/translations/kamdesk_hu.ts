<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="53"/>
        <source>Change a repeating activity</source>
        <translation>Ismétlődő tevékenység módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="54"/>
        <source>Move a repeating activity</source>
        <translation>Ismétlődő tevékenység áthelyezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="55"/>
        <source>Cancel a repeating activity</source>
        <translation>Ismétlődő tevékenység lemondása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="58"/>
        <source>This activity is one of a series.</source>
        <translation>Ez a tevékenység egy sorozat része.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="60"/>
        <source>Cancel only this one, or this one and all that follow?</source>
        <translation>Csak ezt mondja le, vagy ezt és az összes következőt?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="61"/>
        <source>This and all &amp;following</source>
        <translation>Ezt és az összes &amp;következőt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="63"/>
        <source>Change only this one, or the whole series?</source>
        <translation>Csak ezt módosítja, vagy a teljes sorozatot?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="64"/>
        <source>The &amp;whole series</source>
        <translation>A &amp;teljes sorozatot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="65"/>
        <source>&amp;Only this one</source>
        <translation>&amp;Csak ezt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="313"/>
        <source>Discard unsaved changes?</source>
        <translation>Elveti a nem mentett módosításokat?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="339"/>
        <source>Does not repeat</source>
        <translation>Nem ismétlődik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="340"/>
        <source>Daily</source>
        <translation>Naponta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="341"/>
        <source>Weekly</source>
        <translation>Hetente</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="342"/>
        <source>Monthly</source>
        <translation>Havonta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="348"/>
        <source>On the</source>
        <translation>Minden</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>first</source>
        <translation>első</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>second</source>
        <translation>második</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>third</source>
        <translation>harmadik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="350"/>
        <source>fourth</source>
        <translation>negyedik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="350"/>
        <source>last</source>
        <translation>utolsó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="356"/>
        <source>Save (%1)</source>
        <translation>Mentés (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="447"/>
        <source>This is one occurrence of a repeating series. Saving asks whether the change is for this one or for the whole series; a new repetition applies to the whole series.</source>
        <translation>Ez egy ismétlődő sorozat egyik alkalma. Mentéskor a program megkérdezi, hogy a módosítás csak erre az alkalomra vagy a teljes sorozatra vonatkozik-e; az új ismétlődési szabály a teljes sorozatra érvényes.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="515"/>
        <source>New activity</source>
        <translation>Új tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="517"/>
        <location filename="../../ui/activity_dialog.ui" line="14"/>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="524"/>
        <source>(no contact)</source>
        <translation>(nincs kapcsolattartó)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>day(s)</source>
        <translation>napon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>week(s)</source>
        <translation>héten</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>month(s)</source>
        <translation>hónapban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="602"/>
        <source>On day %1</source>
        <translation>A hónap %1. napján</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="28"/>
        <source>&amp;Kind:</source>
        <translation>Tí&amp;pus:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="58"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="73"/>
        <source>Type a name, tax number or city</source>
        <translation>Írjon be nevet, adószámot vagy várost</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="92"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kapcsolattartó:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="122"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Tárgy:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="137"/>
        <source>What is it about?</source>
        <translation>Miről lesz szó?</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="156"/>
        <source>&amp;When:</source>
        <translation>&amp;Időpont:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="186"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="202"/>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="212"/>
        <source>&amp;All day</source>
        <translation>&amp;Egész napos</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="256"/>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Helyszín:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="271"/>
        <source>Address or meeting place</source>
        <translation>Cím vagy találkozási hely</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="290"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="322"/>
        <source>Repeat</source>
        <translation>Ismétlődés</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="336"/>
        <source>&amp;every</source>
        <translation>&amp;minden</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="392"/>
        <source>on</source>
        <translation>napokon</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="497"/>
        <source>Ends:</source>
        <translation>Vége:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="504"/>
        <source>a&amp;fter</source>
        <translation>ö&amp;sszesen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="524"/>
        <source>times</source>
        <translation>alkalom után</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="531"/>
        <source>o&amp;n</source>
        <translation>ezen a &amp;napon</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="21"/>
        <source>Call</source>
        <translation>Hívás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="22"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="23"/>
        <source>Meeting</source>
        <translation>Megbeszélés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="24"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="25"/>
        <source>Presentation / training</source>
        <translation>Prezentáció / képzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="26"/>
        <source>Negotiation</source>
        <translation>Tárgyalás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="27"/>
        <source>Task</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="33"/>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="34"/>
        <source>Done</source>
        <translation>Lezárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="35"/>
        <source>Cancelled</source>
        <translation>Lemondott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="41"/>
        <source>Reached</source>
        <translation>Elérve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="42"/>
        <source>Not reached</source>
        <translation>Nem elérhető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="43"/>
        <source>Moved</source>
        <translation>Áthelyezve</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="59"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="89"/>
        <source>Creating demo data…</source>
        <translation>Demóadatok létrehozása…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="105"/>
        <source>Previous week (PgUp)</source>
        <translation>Előző hét (PgUp)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="106"/>
        <source>Previous week</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="108"/>
        <source>T&amp;oday</source>
        <translation>&amp;Ma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="109"/>
        <source>This week (T)</source>
        <translation>Aktuális hét (T)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="113"/>
        <source>Next week (PgDn)</source>
        <translation>Következő hét (PgDn)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="114"/>
        <source>Next week</source>
        <translation>Következő hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="121"/>
        <source>Go to the week of a date</source>
        <translation>Ugrás a kiválasztott dátum hetére</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="131"/>
        <source>Whose activities</source>
        <translation>Kinek a tevékenységei</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="147"/>
        <source>Show all kinds</source>
        <translation>Minden típus megjelenítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="150"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="225"/>
        <source>&amp;New activity…</source>
        <translation>Ú&amp;j tevékenység…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="151"/>
        <source>Plan a call, visit or other activity (Ctrl+N)</source>
        <translation>Hívás, látogatás vagy más tevékenység tervezése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="153"/>
        <source>&amp;Print…</source>
        <translation>N&amp;yomtatás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="154"/>
        <source>Print the week (Ctrl+P)</source>
        <translation>A hét nyomtatása (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="156"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="157"/>
        <source>Save the week as a PDF to send or print later (Ctrl+Shift+P)</source>
        <translation>A hét mentése PDF-be, elküldéshez vagy későbbi nyomtatáshoz (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="168"/>
        <source>Whole team</source>
        <translation>Teljes csapat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="189"/>
        <source>Agenda</source>
        <translation>Napirend</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="193"/>
        <source>Agenda: today and overdue</source>
        <translation>Napirend: mai és lejárt tevékenységek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="203"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="228"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Lezárás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="205"/>
        <source>Log the result and plan the next step (Ctrl+Enter)</source>
        <translation>Az eredmény rögzítése és a következő lépés tervezése (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="226"/>
        <source>&amp;Print week…</source>
        <translation>A hét n&amp;yomtatása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="227"/>
        <source>Save week as P&amp;DF…</source>
        <translation>A hét mentése P&amp;DF-be…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="230"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="370"/>
        <source>Complete activity</source>
        <translation>Tevékenység lezárása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="371"/>
        <source>Only a planned activity can be completed.</source>
        <translation>Csak tervezett tevékenység zárható le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="428"/>
        <source>Cancel “%1” on %2?</source>
        <translation>Lemondja ezt a tevékenységet: „%1” (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="429"/>
        <source>Cancel activity</source>
        <translation>Tevékenység lemondása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="445"/>
        <source>Print week %1</source>
        <translation>A hét nyomtatása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="540"/>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="544"/>
        <source>No kinds</source>
        <translation>Nincs típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="546"/>
        <source>%1 kinds</source>
        <translation>%1 típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="548"/>
        <source>Which kinds of activity to show</source>
        <translation>Mely tevékenységtípusok jelenjenek meg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="556"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="556"/>
        <source>done</source>
        <translation>elvégezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="573"/>
        <source>Overdue (%1)</source>
        <translation>Lejárt (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="574"/>
        <source>Today, %1 (%2)</source>
        <translation>Ma, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="586"/>
        <source>Nothing planned.</source>
        <translation>Nincs tervezett tevékenység.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="593"/>
        <source>all day</source>
        <translation>egész nap</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="343"/>
        <source>Choose or type a new segment</source>
        <translation>Válasszon, vagy írjon be új szegmenst</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="345"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="348"/>
        <source>not checked</source>
        <translation>nincs ellenőrizve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Primary</source>
        <translation>Elsődleges</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="353"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="353"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>Subject</source>
        <translation>Tárgy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="375"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="375"/>
        <source>Outcome</source>
        <translation>Összegzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="386"/>
        <source>Plan &amp;call</source>
        <translation>Hí&amp;vás tervezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="388"/>
        <source>Plan &amp;visit</source>
        <translation>&amp;Látogatás tervezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="402"/>
        <source>Activit&amp;ies</source>
        <translation>&amp;Tevékenységek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="450"/>
        <source>Save (%1)</source>
        <translation>Mentés (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="452"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="465"/>
        <source>Add a contact (Insert)</source>
        <translation>Kapcsolattartó hozzáadása (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="466"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>A kijelölt kapcsolattartó eltávolítása (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="653"/>
        <source>same tax number</source>
        <translation>azonos adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="653"/>
        <source>similar name</source>
        <translation>hasonló név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="656"/>
        <source>Possible duplicate</source>
        <translation>Lehetséges duplikátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="657"/>
        <source>A client like this exists already:</source>
        <translation>Már van hasonló ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="659"/>
        <source>Open existing</source>
        <translation>Meglévő megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="660"/>
        <source>Save anyway</source>
        <translation>Mentés ennek ellenére</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="675"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="856"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="675"/>
        <source>Discard unsaved changes?</source>
        <translation>Elveti a nem mentett módosításokat?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="777"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="807"/>
        <source>Activities can be planned once the client is saved.</source>
        <translation>Tevékenységeket az ügyfél mentése után tervezhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="811"/>
        <source>No next contact planned.</source>
        <translation>Nincs tervezett következő kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="819"/>
        <source>Next contact: %1, %2 (overdue)</source>
        <translation>Következő kapcsolat: %1, %2 (lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="822"/>
        <source>Next contact: %1, %2</source>
        <translation>Következő kapcsolat: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="846"/>
        <source>New client</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="851"/>
        <source>Not saved yet</source>
        <translation>Még nincs mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="853"/>
        <source>Created %1</source>
        <translation>Létrehozva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="854"/>
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
        <location filename="../../kamdesk/gui/party/client_card.py" line="618"/>
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
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Last contact</source>
        <translation>Utoljára</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="41"/>
        <source>Next contact</source>
        <translation>Legközelebb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="115"/>
        <source>%1 (overdue)</source>
        <translation>%1 (lejárt)</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="69"/>
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
        <location filename="../../kamdesk/gui/company.py" line="159"/>
        <source>&amp;Save company</source>
        <translation>Cé&amp;gadatok mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="179"/>
        <source>Logo on documents</source>
        <translation>Logó a dokumentumokon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="180"/>
        <location filename="../../kamdesk/gui/company.py" line="325"/>
        <source>No logo</source>
        <translation>Nincs logó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="185"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logó kiválasztása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="187"/>
        <source>Remove logo</source>
        <translation>Logó eltávolítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="200"/>
        <source>Managers</source>
        <translation>Üzletkötők</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="210"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="212"/>
        <source>&amp;New manager</source>
        <translation>Ú&amp;j üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="214"/>
        <source>Save &amp;manager</source>
        <translation>Üzletkötő &amp;mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="228"/>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="235"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="240"/>
        <source>Save calendar settings</source>
        <translation>Naptárbeállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="248"/>
        <source>Working hours:</source>
        <translation>Munkaidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="249"/>
        <source>Time zone:</source>
        <translation>Időzóna:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="265"/>
        <source>Segments</source>
        <translation>Szegmensek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="268"/>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="270"/>
        <source>Rename…</source>
        <translation>Átnevezés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="272"/>
        <source>Delete…</source>
        <translation>Törlés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="302"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="302"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="336"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="336"/>
        <source>Company profile saved.</source>
        <translation>A cégadatok mentve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="339"/>
        <source>Choose logo</source>
        <translation>Logó kiválasztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="339"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Képek (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="385"/>
        <source>New segment</source>
        <translation>Új szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="385"/>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Segment name:</source>
        <translation>Szegmens neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Rename segment</source>
        <translation>Szegmens átnevezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="411"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Törli ezt a szegmenst: „%1”? %2 ügyfél tartozik hozzá; ezek szegmens nélkül maradnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="412"/>
        <source>Delete segment</source>
        <translation>Szegmens törlése</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="79"/>
        <location filename="../../ui/complete_dialog.ui" line="14"/>
        <source>Complete activity</source>
        <translation>Tevékenység lezárása</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="38"/>
        <source>Result:</source>
        <translation>Eredmény:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="55"/>
        <source>&amp;Reached</source>
        <translation>&amp;Elérve</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="62"/>
        <source>&amp;Not reached</source>
        <translation>&amp;Nem elérhető</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="69"/>
        <source>&amp;Moved</source>
        <translation>&amp;Áthelyezve</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="103"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Összegzés:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="118"/>
        <source>What was agreed, what the client said…</source>
        <translation>Miben állapodtak meg, mit mondott az ügyfél…</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="142"/>
        <source>Plan the ne&amp;xt step</source>
        <translation>&amp;Következő lépés tervezése</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="160"/>
        <source>&amp;Kind:</source>
        <translation>Tí&amp;pus:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="173"/>
        <source>&amp;When:</source>
        <translation>&amp;Időpont:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="207"/>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="214"/>
        <source>A&amp;ll day</source>
        <translation>E&amp;gész napos</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="236"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Tárgy:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="246"/>
        <source>What is the next step?</source>
        <translation>Mi a következő lépés?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="206"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="209"/>
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
    <name>DateFormats</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="86"/>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="87"/>
        <source>ddd d MMM</source>
        <translation>MMM d., ddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="88"/>
        <source>dddd d MMMM</source>
        <translation>MMMM d., dddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="89"/>
        <source>dddd d MMMM yyyy</source>
        <translation>yyyy. MMMM d., dddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="90"/>
        <source>d MMM</source>
        <translation>MMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="91"/>
        <source>d MMM yyyy</source>
        <translation>yyyy. MMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="92"/>
        <source>d MMMM</source>
        <translation>MMMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="93"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy. MMMM d.</translation>
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
        <location filename="../../kamdesk/gui/company.py" line="118"/>
        <source>Welcome to kamdesk</source>
        <translation>Üdvözli a kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="119"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Adja meg cége és saját maga adatait. Ezeket később a Saját cég oldalon módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>You</source>
        <translation>Ön</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="125"/>
        <source>Explore with &amp;demo data</source>
        <translation>Kipróbálás &amp;demóadatokkal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="126"/>
        <source>&amp;Start</source>
        <translation>&amp;Kezdés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="36"/>
        <source>kamdesk</source>
        <translation>kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="60"/>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="60"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="60"/>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="88"/>
        <location filename="../../kamdesk/gui/main_window.py" line="187"/>
        <source>&amp;New client…</source>
        <translation>Ú&amp;j ügyfél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="90"/>
        <source>&amp;Import clients…</source>
        <translation>Ügyfelek &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="91"/>
        <source>&amp;Export clients…</source>
        <translation>Ügyfelek &amp;exportálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Szerkesztés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="95"/>
        <source>&amp;Find client</source>
        <translation>Ügyfél &amp;keresése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="96"/>
        <source>&amp;Open client</source>
        <translation>Ügyfél &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="101"/>
        <source>&amp;Clients</source>
        <translation>&amp;Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="102"/>
        <source>C&amp;alendar</source>
        <translation>&amp;Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="104"/>
        <source>C&amp;ompany</source>
        <translation>&amp;Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="106"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>Sú&amp;gó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="108"/>
        <source>&amp;About kamdesk</source>
        <translation>A kamdesk &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="187"/>
        <source>&amp;New activity…</source>
        <translation>Ú&amp;j tevékenység…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="202"/>
        <source>Refreshed</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="246"/>
        <source>Client saved</source>
        <translation>Ügyfél mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="288"/>
        <source>Import clients</source>
        <translation>Ügyfelek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="289"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="293"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="300"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél importálva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="307"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél exportálva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="310"/>
        <source>About kamdesk</source>
        <translation>A kamdesk névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="311"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 – a kulcsügyfél-menedzserek asztala.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="90"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="91"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="93"/>
        <source>Your &amp;name:</source>
        <translation>A&amp;z Ön neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="93"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="94"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="95"/>
        <source>&amp;Role:</source>
        <translation>&amp;Szerepkör:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="11"/>
        <source>+{count} more</source>
        <translation>+{count} további</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="12"/>
        <source>A client like this exists already: {names}.</source>
        <translation>Már van hasonló ügyfél: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Már létezik ügyfél ezzel a névvel: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Már létezik ügyfél ezzel az adószámmal ({tax_number}): {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>A monthly series on a weekday needs one weekday and its week (1st–4th or last).</source>
        <translation>A hét napja szerint ismétlődő havi sorozathoz meg kell adni a hét egy napját és a hónap hetét (1.–4. vagy utolsó).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>A reminder comes 0 to {limit} minutes before the start; 0 turns reminders off.</source>
        <translation>Az emlékeztető a kezdés előtt 0–{limit} perccel jelenik meg; 0 esetén nincs emlékeztető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Már létezik „{name}” nevű szegmens.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>A series can have 1 to {limit} occurrences.</source>
        <translation>Egy sorozat 1–{limit} alkalomból állhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>A series needs an end: a last date or a number of times.</source>
        <translation>Adja meg a sorozat végét: az utolsó dátumot vagy az alkalmak számát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>A series repeats daily, weekly or monthly.</source>
        <translation>Egy sorozat naponta, hetente vagy havonta ismétlődhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>All day</source>
        <translation>Egész napos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>An activity lasts at most a day; make it an all-day activity.</source>
        <translation>Egy tevékenység legfeljebb egy napig tarthat; jelölje egész naposnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>Call</source>
        <translation>Hívás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Nem sikerült megnyitni az adatbázist ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>Cannot write the screenshot to {file}.</source>
        <translation>Nem sikerült a képernyőképet ide menteni: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Nem sikerült írni: {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>Choose the client: only an internal task can be without one.</source>
        <translation>Válasszon ügyfelet: csak belső teendő lehet ügyfél nélkül.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Válassza ki az ügyfél nevét tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>Choose the result: reached, not reached or moved.</source>
        <translation>Válassza ki az eredményt: elérve, nem elérhető vagy áthelyezve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>Choose the time the activity starts, or make it an all-day activity.</source>
        <translation>Adja meg a tevékenység kezdési időpontját, vagy jelölje egész naposnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>Choose when the activity starts.</source>
        <translation>Adja meg, mikor kezdődik a tevékenység.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>Choose whose activity this is.</source>
        <translation>Válassza ki a tevékenység felelősét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Az ügyfelek csak .xlsx vagy .csv fájlba exportálhatók, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>Company name is required.</source>
        <translation>A cégnév megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>Contact birthday</source>
        <translation>Kapcsolattartó születésnapja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>Contact e-mail</source>
        <translation>Kapcsolattartó e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>Contact is decision maker</source>
        <translation>Kapcsolattartó döntéshozó-e</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>Contact phone</source>
        <translation>Kapcsolattartó telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>Contact position</source>
        <translation>Kapcsolattartó beosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>Contact {number}: {problem}</source>
        <translation>{number}. kapcsolattartó: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>Contact: {message}</source>
        <translation>Kapcsolattartó: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>Contact: {name}</source>
        <translation>Kapcsolattartó: {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Érvénytelen ország: „{country}”. Kétbetűs országkódot adjon meg, például HU, SK vagy RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>Credit limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>A hitelkeret legfeljebb két tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>Credit limit cannot be negative.</source>
        <translation>A hitelkeret nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>A hitelkeret („{text}”) nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>A pénznemet hárombetűs kóddal adja meg, például HUF, EUR vagy RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>Delivery city</source>
        <translation>Szállítási város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>Delivery country</source>
        <translation>Szállítási ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>Delivery postcode</source>
        <translation>Szállítási irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>Delivery street</source>
        <translation>Szállítási utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>E-mail {problem}.</source>
        <translation>Az e-mail-cím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Egy mező csak egy oszlopból töltődhet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Export at most five years at a time.</source>
        <translation>Egyszerre legfeljebb öt év exportálható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Key account with no next contact planned.</source>
        <translation>Kulcsügyfél, nincs tervezett következő kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>Key account, last contact {days} days ago.</source>
        <translation>Kulcsügyfél, utolsó kapcsolat {days} napja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Key account, never contacted.</source>
        <translation>Kulcsügyfél, még nem volt kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Last contact {days} days ago.</source>
        <translation>Utolsó kapcsolat {days} napja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>Legal form</source>
        <translation>Cégforma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>Manager name is required.</source>
        <translation>Az üzletkötő nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>Meeting</source>
        <translation>Megbeszélés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>Name is required.</source>
        <translation>A név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>Needs</source>
        <translation>Igények</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>Negotiation</source>
        <translation>Tárgyalás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Never contacted.</source>
        <translation>Még nem volt kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>No free time left this week for {count} of the clients.</source>
        <translation>Ezen a héten {count} ügyfélnek már nem jutott szabad időpont.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>Only a planned activity can be changed.</source>
        <translation>Csak tervezett tevékenység módosítható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Csak egy kapcsolattartó lehet elsődleges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}/{pages}. oldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>Payment terms (days)</source>
        <translation>Fizetési határidő (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>A fizetési határidő 0 és 365 nap között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>A fizetési határidő („{text}”) csak egész számú nap lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>Phone {problem}.</source>
        <translation>A telefonszám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>Postcode</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>Presentation</source>
        <translation>Prezentáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>Printed on {when}</source>
        <translation>Nyomtatva: {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Prospects</source>
        <translation>Lehetőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Registration number</source>
        <translation>Cégjegyzékszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>Reliability</source>
        <translation>Megbízhatóság</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>Reliability checked on</source>
        <translation>Megbízhatósági ellenőrzés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>Reliability note</source>
        <translation>Megbízhatósági megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>A megbízhatósági minősítés csak A, B, C vagy D lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>Role must be manager or head.</source>
        <translation>A szerepkör csak kulcsügyfél-menedzser vagy osztályvezető lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>Save the company profile first.</source>
        <translation>Először mentse a cégadatokat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>Segment name is required.</source>
        <translation>A szegmens nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>A sorok ellenőrzése óta a fájl néhány ügyfelét már elmentették ({example}). Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>Source must be one of: {choices}.</source>
        <translation>A forrás csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>Status must be one of: {choices}.</source>
        <translation>A státusz csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>Street</source>
        <translation>Utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>Task</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>Tax number</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>Tax number {problem}.</source>
        <translation>Az adószám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>Ez az adószám ({tax_number}) már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>The activity ends before it starts.</source>
        <translation>A tevékenység vége korábbi, mint a kezdete.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>The contact must be one of the client&apos;s contacts.</source>
        <translation>A kapcsolattartó csak az ügyfél egyik kapcsolattartója lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>Az adatbázis nem igazolta vissza az összes importált ügyfelet, ezért a program egyetlen ügyfelet sem importált.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="111"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Ez az elérési út nem létezik, vagy nem fájl: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="112"/>
        <source>The interval must be between 1 and 99.</source>
        <translation>Az ismétlődés gyakorisága 1 és 99 között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="113"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation>Az utolsó nap ({last}) korábbi, mint az első nap ({first}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="114"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>A logó nagyobb 2 MB-nál; kérjük, válasszon kisebb képet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="115"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>A logó csak PNG- vagy JPEG-kép lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="116"/>
        <source>The rule gives no occurrence after the start.</source>
        <translation>A szabály szerint a kezdés után egyetlen alkalom sincs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="117"/>
        <source>The series would have more than {limit} occurrences; end it sooner.</source>
        <translation>A sorozat több mint {limit} alkalomból állna; fejezze be korábban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="118"/>
        <source>There is no activity with id {id}.</source>
        <translation>Nincs tevékenység ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="119"/>
        <source>There is no client with id {id}.</source>
        <translation>Nincs ügyfél ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="120"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Nincs „{name}” nevű üzletkötő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="121"/>
        <source>There is no manager with id {id}.</source>
        <translation>Nincs üzletkötő ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="122"/>
        <source>There is no segment with id {id}.</source>
        <translation>Nincs szegmens ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="123"/>
        <source>There is no series with id {id}.</source>
        <translation>Nincs sorozat ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="124"/>
        <source>This activity is {state} already; only a planned one can be completed or cancelled.</source>
        <translation>Ez a tevékenység már {state}; csak tervezett tevékenység zárható le vagy mondható le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="125"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>Ebben az adatbázisban már vannak ügyfelek; demóadatok csak üres adatbázisba tölthetők be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="126"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Ezt az adatbázist a kamdesk egy újabb verziója hozta létre vagy frissítette (olyan sémaváltozásokat tartalmaz, amelyeket ez a verzió nem ismer: {changes}). A program az adatbázist nem módosította. A megnyitásához telepítse a kamdesk újabb verzióját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="127"/>
        <source>Unknown kind of activity “{kind}”.</source>
        <translation>Ismeretlen tevékenységtípus: „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="128"/>
        <source>Unknown view “{view}”: use clients, calendar, calendar:2026-W49, company or client:&lt;id&gt;.</source>
        <translation>Ismeretlen nézet: „{view}”. Használható: clients, calendar, calendar:2026-W49, company vagy client:&lt;id&gt;.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="129"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Az áfakulcs 0 és 100% között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="130"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="131"/>
        <source>Website</source>
        <translation>Weboldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="132"/>
        <source>Website {problem}.</source>
        <translation>A webcím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="133"/>
        <source>Week plan</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="134"/>
        <source>Week plan — {name}</source>
        <translation>Heti terv – {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="135"/>
        <source>Week {number}</source>
        <translation>{number}. hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="136"/>
        <source>Working hours must start before they end, within 0–24.</source>
        <translation>A munkaidő kezdete legyen korábbi a végénél, 0 és 24 óra között.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="137"/>
        <source>cancelled</source>
        <translation>lemondott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="138"/>
        <source>done</source>
        <translation>lezárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="139"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>ellenőrző számjegye hibás (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="140"/>
        <source>is not a phone number</source>
        <translation>nem értelmezhető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="141"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>nem érvényes {country} közösségi adószám (ellenőrizze a számjegyeket)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="142"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>nem érvényes orosz adószám (INN: 10 vagy 12 számjegy, ellenőrző számjegyekkel)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="143"/>
        <source>is not a valid e-mail address</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="144"/>
        <source>is not a valid phone number</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="145"/>
        <source>is not a web address</source>
        <translation>formailag hibás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="146"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>nem 12345678-1-23 formátumú (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="147"/>
        <source>name is required.</source>
        <translation>a név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="148"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="149"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Ez a fájl nem importálható: {file}. Használjon Excel-munkafüzetet (.xlsx) vagy CSV-fájlt (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="150"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Ez a fájl nem olvasható be Excel-munkafüzetként: {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="151"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Nem sikerült beolvasni a fájlt ({file}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="152"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Ez a fájl nem tűnik szöveges (CSV) fájlnak: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="153"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>Ebben a fájlban van fejlécsor, de nincs adatsor: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="154"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Ez a fájl régi, Excel 97–2003 formátumú munkafüzet: {file}. Előbb nyissa meg Excelben vagy LibreOffice-ban, és mentse .xlsx vagy .csv formátumban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="155"/>
        <source>{file} is empty.</source>
        <translation>A fájl üres: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="156"/>
        <source>{file} is not a CSV file kamdesk can read ({reason}).</source>
        <translation>Ez a fájl nem olyan CSV-fájl, amelyet a kamdesk be tud olvasni: {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="157"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>A „{label}” mező értéke („{text}”) csak igen vagy nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="158"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>„{name}” nem törölhető, mert kapcsolódó adatai vannak: {records}. Törlés helyett archiválja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="159"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>„{name}” már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="160"/>
        <source>“{name}” is not a time zone such as Europe/Budapest.</source>
        <translation>„{name}” nem érvényes időzóna (például Europe/Budapest).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="161"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>„{text}” nem dátum (használja az ÉÉÉÉ.HH.NN. formátumot).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="162"/>
        <source>“{text}” is not a week such as 2026-W49.</source>
        <translation>„{text}” nem érvényes hét (például 2026-W49).</translation>
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
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="99"/>
        <source>Starting now</source>
        <translation>Most kezdődik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="101"/>
        <source>In 1 minute</source>
        <translation>1 perc múlva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="102"/>
        <source>In %1 minutes</source>
        <translation>%1 perc múlva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="107"/>
        <source>Call %1 at %2</source>
        <translation>Hívás: %1, %2-kor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="108"/>
        <source>Visit %1 at %2</source>
        <translation>Látogatás: %1, %2-kor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="109"/>
        <source>Meeting with %1 at %2</source>
        <translation>Megbeszélés: %1, %2-kor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="110"/>
        <source>Negotiation with %1 at %2</source>
        <translation>Tárgyalás: %1, %2-kor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="111"/>
        <source>Presentation for %1 at %2</source>
        <translation>Prezentáció: %1, %2-kor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="117"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="49"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="117"/>
        <source>Plan my week</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="54"/>
        <source>Suggested contacts</source>
        <translation>Javasolt kapcsolatfelvételek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="56"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="56"/>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="67"/>
        <source>Nobody to suggest this week.</source>
        <translation>Erre a hétre nincs javaslat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="70"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="172"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Összes bejelölése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="72"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="169"/>
        <source>&amp;Schedule selected</source>
        <translation>Bejelöltek &amp;ütemezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="74"/>
        <source>Plan the ticked clients into free time of this week</source>
        <translation>A bejelölt ügyfelek beütemezése a hét szabad időpontjaira</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="116"/>
        <source>Plan my week (%1)</source>
        <translation>Heti terv (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="168"/>
        <source>&amp;Schedule %1</source>
        <translation>%1 ügyfél &amp;ütemezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="171"/>
        <source>Untick &amp;all</source>
        <translation>&amp;Összes jelölés törlése</translation>
    </message>
</context>
<context>
    <name>WeekPdf</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="31"/>
        <source>Week plan — %1</source>
        <translation>Heti terv — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="32"/>
        <source>Week plan</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="33"/>
        <source>Printed on %1</source>
        <translation>Nyomtatva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="58"/>
        <source>Save the week as PDF</source>
        <translation>A hét mentése PDF-be</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="59"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="479"/>
        <source>W%1</source>
        <translation>%1. hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="484"/>
        <source>All day</source>
        <translation>Egész napos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="499"/>
        <source>+%1 more</source>
        <translation>+%1 további</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="539"/>
        <source>Week calendar</source>
        <translation>Heti naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="785"/>
        <source>Week %1, %2 activities</source>
        <translation>%1. hét, %2 tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="982"/>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="984"/>
        <source>Complete…</source>
        <translation>Lezárás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="986"/>
        <source>Cancel activity…</source>
        <translation>Tevékenység lemondása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="998"/>
        <source>New activity here…</source>
        <translation>Új tevékenység ide…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1087"/>
        <source>all day</source>
        <translation>egész nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1099"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
</context>
</TS>
