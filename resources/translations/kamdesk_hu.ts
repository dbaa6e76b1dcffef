<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="62"/>
        <source>E-mail account</source>
        <translation>E-mail-fiók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="66"/>
        <source>name@example.com</source>
        <translation>nev@example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="67"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="68"/>
        <source>imap.example.com, or empty</source>
        <translation>imap.example.com, vagy üres</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="69"/>
        <source>the SMTP user name</source>
        <translation>az SMTP-felhasználónév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="78"/>
        <source>asked for when you send, unless remembered</source>
        <translation>küldéskor kérdezi meg a program, hacsak nincs megjegyezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="79"/>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>Jelszó &amp;megjegyzése a számítógép kulcstartójában</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="86"/>
        <source>KAMDESK_SMTP_URL is set on this computer: mail is sent with the account it names, not with these settings.</source>
        <translation>Ezen a számítógépen be van állítva a KAMDESK_SMTP_URL: a levelek az abban megadott fiókkal mennek ki, nem ezekkel a beállításokkal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="112"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="112"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="113"/>
        <source>None (this computer only)</source>
        <translation>Nincs (csak ez a számítógép)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="121"/>
        <source>Sender</source>
        <translation>Feladó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="124"/>
        <source>&amp;Address:</source>
        <translation>E-mail-&amp;cím:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="125"/>
        <source>Sending (SMTP)</source>
        <translation>Küldés (SMTP)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="127"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Szerver:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="129"/>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Titkosítás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="130"/>
        <source>&amp;User name:</source>
        <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="131"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="133"/>
        <source>Copy in the Sent folder (IMAP, optional)</source>
        <translation>Másolat az Elküldött mappába (IMAP, nem kötelező)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="135"/>
        <source>Serv&amp;er:</source>
        <translation>Sze&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="137"/>
        <source>Encrypt&amp;ion:</source>
        <translation>Titk&amp;osítás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="138"/>
        <source>User na&amp;me:</source>
        <translation>Felhaszná&amp;lónév:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="139"/>
        <source>Sent &amp;folder:</source>
        <translation>&amp;Elküldött mappa:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="151"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Kapcsolat tesztelése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="171"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="197"/>
        <source>kept; type a new one to change it</source>
        <translation>megőrizve; módosításhoz írjon be újat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="250"/>
        <source>Connecting to %1…</source>
        <translation>Csatlakozás: %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="257"/>
        <source>Connected and logged in: %1.</source>
        <translation>Csatlakozás és bejelentkezés sikeres: %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="106"/>
        <source>Competitor action</source>
        <translation>Versenytársi akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="106"/>
        <source>Change competitor action</source>
        <translation>Versenytársi akció módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="114"/>
        <source>&amp;Observed on:</source>
        <translation>É&amp;szlelés napja:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="50"/>
        <source>Change a repeating activity</source>
        <translation>Ismétlődő tevékenység módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="51"/>
        <source>Move a repeating activity</source>
        <translation>Ismétlődő tevékenység áthelyezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="52"/>
        <source>Cancel a repeating activity</source>
        <translation>Ismétlődő tevékenység lemondása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="55"/>
        <source>This activity is one of a series.</source>
        <translation>Ez a tevékenység egy sorozat része.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="57"/>
        <source>Cancel only this one, or this one and all that follow?</source>
        <translation>Csak ezt mondja le, vagy ezt és az összes következőt?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="58"/>
        <source>This and all &amp;following</source>
        <translation>Ezt és az összes &amp;következőt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="60"/>
        <source>Change only this one, or the whole series?</source>
        <translation>Csak ezt módosítja, vagy a teljes sorozatot?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="61"/>
        <source>The &amp;whole series</source>
        <translation>A &amp;teljes sorozatot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="62"/>
        <source>&amp;Only this one</source>
        <translation>&amp;Csak ezt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="215"/>
        <source>Save the changes to the activity?</source>
        <translation>Menti a tevékenység módosításait?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="234"/>
        <source>Does not repeat</source>
        <translation>Nem ismétlődik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="235"/>
        <source>Daily</source>
        <translation>Naponta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="236"/>
        <source>Weekly</source>
        <translation>Hetente</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="237"/>
        <source>Monthly</source>
        <translation>Havonta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="243"/>
        <source>On the</source>
        <translation>Minden</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>first</source>
        <translation>első</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>second</source>
        <translation>második</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>third</source>
        <translation>harmadik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="245"/>
        <source>fourth</source>
        <translation>negyedik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="245"/>
        <source>last</source>
        <translation>utolsó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="251"/>
        <source>Save (%1)</source>
        <translation>Mentés (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="362"/>
        <source>This is one occurrence of a repeating series. Saving asks whether the change is for this one or for the whole series; a new repetition applies to the whole series.</source>
        <translation>Ez egy ismétlődő sorozat egyik alkalma. Mentéskor a program megkérdezi, hogy a módosítás csak erre az alkalomra vagy a teljes sorozatra vonatkozik-e; az új ismétlődési szabály a teljes sorozatra érvényes.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="439"/>
        <source>New activity</source>
        <translation>Új tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="441"/>
        <location filename="../../ui/activity_dialog.ui" line="14"/>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="448"/>
        <source>(no contact)</source>
        <translation>(nincs kapcsolattartó)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>day(s)</source>
        <translation>napon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>week(s)</source>
        <translation>héten</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>month(s)</source>
        <translation>hónapban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="530"/>
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
        <source>Owne&amp;r:</source>
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
        <location filename="../../kamdesk/gui/activity/labels.py" line="24"/>
        <source>Call</source>
        <translation>Hívás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="25"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="26"/>
        <source>Meeting</source>
        <translation>Megbeszélés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="27"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="28"/>
        <source>Presentation / training</source>
        <translation>Prezentáció / képzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="29"/>
        <source>Negotiation</source>
        <translation>Tárgyalás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="30"/>
        <source>Task</source>
        <translation>Teendő</translation>
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
    <name>AdminArea</name>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="26"/>
        <source>Users</source>
        <translation>Felhasználók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="27"/>
        <source>Audit trail</source>
        <translation>Naplózás</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Not due</source>
        <translation>Nem lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>1–30 days</source>
        <translation>1–30 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>31–60 days</source>
        <translation>31–60 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>61–90 days</source>
        <translation>61–90 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>Over 90 days</source>
        <translation>90 napon túl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="171"/>
        <source>Unallocated</source>
        <translation>Párosítatlan</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="171"/>
        <source>Oldest, days</source>
        <translation>Legrégebbi (nap)</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="161"/>
        <source>Allocate by hand</source>
        <translation>Kézi párosítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="165"/>
        <source>Payment of %1 by %2: %3, of which %4 unallocated.</source>
        <translation>%2 %1 napi befizetése: %3, ebből párosítatlan: %4.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Issued</source>
        <translation>Kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="183"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Párosítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="188"/>
        <source>&amp;Open invoice of the client:</source>
        <translation>Az ügyfél &amp;nyitott számlája:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="192"/>
        <source>A&amp;mount (%1):</source>
        <translation>Ö&amp;sszeg (%1):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="198"/>
        <source>The client has no open invoice in %1 to allocate to.</source>
        <translation>Az ügyfélnek nincs %1 pénznemű nyitott számlája, amelyhez párosítani lehetne.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="221"/>
        <source>Choose the invoice the payment settles.</source>
        <translation>Válassza ki a számlát, amelyet a befizetés kiegyenlít.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="224"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="155"/>
        <source>Last 12 months</source>
        <translation>Utolsó 12 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="155"/>
        <source>Last 3 months</source>
        <translation>Utolsó 3 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="156"/>
        <source>This year</source>
        <translation>Idei év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="156"/>
        <source>Last year</source>
        <translation>Előző év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="158"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="162"/>
        <source>All segments</source>
        <translation>Minden szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="164"/>
        <source>Without segment</source>
        <translation>Szegmens nélkül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="165"/>
        <source>Main categories</source>
        <translation>Főkategóriák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="165"/>
        <source>Subcategories</source>
        <translation>Alkategóriák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="166"/>
        <source>Period:</source>
        <translation>Időszak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="171"/>
        <source>Reading…</source>
        <translation>Beolvasás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="176"/>
        <source>Price &amp;worksheet…</source>
        <translation>Ár&amp;módosítási munkalap…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="178"/>
        <source>A price-change proposal in Excel for the category of the row chosen (every product sold when none is) and the segment chosen</source>
        <translation>Ármódosítási javaslat Excelben a kiválasztott sor kategóriájára (ha nincs kiválasztott sor, minden eladott termékre) és a kiválasztott szegmensre</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="199"/>
        <source>&amp;Revenue &amp;&amp; growth</source>
        <translation>F&amp;orgalom és növekedés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="200"/>
        <source>&amp;Penetration</source>
        <translation>&amp;Penetráció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="201"/>
        <source>&amp;Gaps</source>
        <translation>&amp;Hiányok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="208"/>
        <source>Double-click a client, or press Enter, to open its card</source>
        <translation>Az ügyfél adatlapjának megnyitásához kattintson duplán az ügyfélre, vagy nyomja meg az Entert</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="213"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="229"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="239"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="213"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="229"/>
        <source>(no segment)</source>
        <translation>(nincs szegmens)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="215"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="230"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="215"/>
        <source>All categories</source>
        <translation>Minden kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="216"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="230"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="240"/>
        <source>(no category)</source>
        <translation>(nincs kategória)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="217"/>
        <source>Revenue</source>
        <translation>Forgalom</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="218"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="234"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="243"/>
        <source>The year before</source>
        <translation>Egy évvel korábban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="219"/>
        <source>Growth</source>
        <translation>Növekedés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="220"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="231"/>
        <source>Buying clients</source>
        <translation>Vásárló ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="221"/>
        <source>Other currencies</source>
        <translation>Egyéb pénznemek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="232"/>
        <source>Active clients</source>
        <translation>Aktív ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="233"/>
        <source>Penetration</source>
        <translation>Penetráció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="238"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="240"/>
        <source>Category not bought</source>
        <translation>Nem vásárolt kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="241"/>
        <source>Bought by</source>
        <translation>Vásárlók aránya</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="242"/>
        <source>Potential</source>
        <translation>Potenciál</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="243"/>
        <source>bought it</source>
        <translation>vásárolta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="245"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="331"/>
        <source>prices</source>
        <translation>árak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="332"/>
        <source>Save the price-change worksheet</source>
        <translation>Az ármódosítási munkalap mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="350"/>
        <source>Writing the price-change worksheet…</source>
        <translation>Az ármódosítási munkalap írása…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="188"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="256"/>
        <source>kamdesk</source>
        <translation>kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="256"/>
        <source>The team server has no company details yet. An administrator enters them at their first login; please start kamdesk again after that.</source>
        <translation>A csapatszerveren még nincsenek meg a cég adatai. Egy rendszergazda adja meg őket az első bejelentkezésekor; utána indítsa újra a kamdesket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/demo_data.py" line="29"/>
        <source>Creating demo data…</source>
        <translation>Demóadatok létrehozása…</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="77"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Jóváhagyás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="80"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Elutasítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="103"/>
        <source>Discounts waiting for your approval</source>
        <translation>Jóváhagyásra váró kedvezmények</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <source>Asked by</source>
        <translation>Kérte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Discount</source>
        <translation>Kedvezmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="106"/>
        <source>Asked</source>
        <translation>Kérés időpontja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="107"/>
        <source>Nothing waits for your approval.</source>
        <translation>Nincs jóváhagyásra váró kérelem.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="110"/>
        <source>My discount requests</source>
        <translation>Kedvezménykérelmeim</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="113"/>
        <source>Head&apos;s reason</source>
        <translation>Vezetői indoklás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="114"/>
        <source>Discounts above your limit are sent to the head of department when the order is saved; their answers show here.</source>
        <translation>A keretét meghaladó kedvezményeket a program a rendelés mentésekor jóváhagyásra elküldi az osztályvezetőnek; a válaszok itt jelennek meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="131"/>
        <source>%1 (limit %2)</source>
        <translation>%1 (keret: %2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="177"/>
        <source>Approve the discount</source>
        <translation>Kedvezmény jóváhagyása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="178"/>
        <source>Why do you approve the discount on %1? The reason is recorded.</source>
        <translation>Miért hagyja jóvá a kedvezményt ezen a rendelésen: %1? Az indoklást a program rögzíti.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="180"/>
        <source>Reject the discount</source>
        <translation>Kedvezmény elutasítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="181"/>
        <source>Why do you reject the discount on %1? The manager sees the reason.</source>
        <translation>Miért utasítja el a kedvezményt ezen a rendelésen: %1? Az indoklást az üzletkötő is látja.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>What</source>
        <translation>Mi történt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="39"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="39"/>
        <source>Old → new</source>
        <translation>Régi → új</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="68"/>
        <source>No recorded changes yet.</source>
        <translation>Még nincs rögzített változás.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="83"/>
        <source>added</source>
        <translation>felvéve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="83"/>
        <source>changed</source>
        <translation>módosítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="84"/>
        <source>deleted</source>
        <translation>törölve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="97"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="97"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="70"/>
        <source>The newest %n entries.</source>
        <translation>
            <numerusform>A legújabb %n bejegyzés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="72"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n bejegyzés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="117"/>
        <source>Previous week (PgUp)</source>
        <translation>Előző hét (PgUp)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="118"/>
        <source>Previous week</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="120"/>
        <source>T&amp;oday</source>
        <translation>&amp;Ma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="121"/>
        <source>This week (T)</source>
        <translation>Aktuális hét (T)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="125"/>
        <source>Next week (PgDn)</source>
        <translation>Következő hét (PgDn)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="126"/>
        <source>Next week</source>
        <translation>Következő hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="133"/>
        <source>Go to the week of a date</source>
        <translation>Ugrás a kiválasztott dátum hetére</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="143"/>
        <source>Whose activities</source>
        <translation>Kinek a tevékenységei</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="159"/>
        <source>Show all kinds</source>
        <translation>Minden típus megjelenítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="162"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="237"/>
        <source>&amp;New activity…</source>
        <translation>Ú&amp;j tevékenység…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="163"/>
        <source>Plan a call, visit or other activity (Ctrl+N)</source>
        <translation>Hívás, látogatás vagy más tevékenység tervezése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>N&amp;yomtatás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="166"/>
        <source>Print the week (Ctrl+P)</source>
        <translation>A hét nyomtatása (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="168"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="169"/>
        <source>Save the week as a PDF to send or print later (Ctrl+Shift+P)</source>
        <translation>A hét mentése PDF-be, elküldéshez vagy későbbi nyomtatáshoz (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="180"/>
        <source>Whole team</source>
        <translation>Teljes csapat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="201"/>
        <source>Agenda</source>
        <translation>Napirend</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="205"/>
        <source>Agenda: today and overdue</source>
        <translation>Napirend: mai és lejárt tevékenységek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="215"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="240"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Lezárás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="217"/>
        <source>Log the result and plan the next step (Ctrl+Enter)</source>
        <translation>Az eredmény rögzítése és a következő lépés tervezése (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="238"/>
        <source>&amp;Print week…</source>
        <translation>A hét n&amp;yomtatása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="239"/>
        <source>Save week as P&amp;DF…</source>
        <translation>A hét mentése P&amp;DF-be…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="242"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="388"/>
        <source>Complete activity</source>
        <translation>Tevékenység lezárása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="389"/>
        <source>Only a planned activity can be completed.</source>
        <translation>Csak tervezett tevékenység zárható le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="450"/>
        <source>Cancel “%1” on %2?</source>
        <translation>Lemondja ezt a tevékenységet: „%1” (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="451"/>
        <source>Cancel activity</source>
        <translation>Tevékenység lemondása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="467"/>
        <source>Print week %1</source>
        <translation>A hét nyomtatása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="572"/>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="576"/>
        <source>No kinds</source>
        <translation>Nincs típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="578"/>
        <source>%1 kinds</source>
        <translation>%1 típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="580"/>
        <source>Which kinds of activity to show</source>
        <translation>Mely tevékenységtípusok jelenjenek meg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="588"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="588"/>
        <source>done</source>
        <translation>elvégezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="605"/>
        <source>Overdue (%1)</source>
        <translation>Lejárt (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="606"/>
        <source>Today, %1 (%2)</source>
        <translation>Ma, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="618"/>
        <source>Nothing planned.</source>
        <translation>Nincs tervezett tevékenység.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="625"/>
        <source>all day</source>
        <translation>egész nap</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1889"/>
        <source>Cancel order %1</source>
        <translation>Rendelés sztornózása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1890"/>
        <source>Why is order %1 cancelled? The reasons are analysed to prevent refusals.</source>
        <translation>Miért sztornózza ezt a rendelést: %1? Az okok elemzése segít megelőzni a lemondásokat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1892"/>
        <source>Cancel &amp;order</source>
        <translation>Rendelés &amp;sztornózása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1892"/>
        <source>&amp;Keep it</source>
        <translation>Rendelés &amp;megtartása</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="14"/>
        <source>Cancel order</source>
        <translation>Rendelés sztornózása</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="35"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Ok:</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="65"/>
        <source>&amp;Note:</source>
        <translation>Me&amp;gjegyzés:</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="83"/>
        <source>Required for “Other”: what happened?</source>
        <translation>Az „Egyéb” oknál kötelező: mi történt?</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Oldest, days</source>
        <translation>Legrégebbi (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Step due</source>
        <translation>Esedékes lépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Next step on</source>
        <translation>Következő lépés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Last step</source>
        <translation>Utolsó lépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="94"/>
        <source>Taken on</source>
        <translation>Utolsó lépés dátuma</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Unit</source>
        <translation>Egység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="96"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="152"/>
        <source>Computed from “%1” %2: type prices in the base column</source>
        <translation>Számítva ebből: „%1” %2; az árakat az alaposzlopba írja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="176"/>
        <source>“%1” is not an amount.</source>
        <translation>„%1” nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="196"/>
        <source>Derived: “%1” %2</source>
        <translation>Származtatott: „%1” %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="198"/>
        <source>Stored prices: double-click or type to change one</source>
        <translation>Tárolt árak: módosításhoz kattintson duplán, vagy kezdjen gépelni</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="231"/>
        <source>&amp;Products</source>
        <translation>&amp;Termékek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="232"/>
        <source>Price &amp;columns</source>
        <translation>Árlista-&amp;oszlopok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="233"/>
        <source>P&amp;romotions</source>
        <translation>&amp;Akciók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="248"/>
        <source>Search SKU or name…</source>
        <translation>Keresés: cikkszám vagy név…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="256"/>
        <source>&amp;Inactive too</source>
        <translation>&amp;Inaktívak is</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="259"/>
        <source>&amp;New product…</source>
        <translation>Ú&amp;j termék…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="260"/>
        <source>&amp;Edit product…</source>
        <translation>Termék sz&amp;erkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="273"/>
        <source>Type a price in a stored column; grey columns are derived and follow their base.</source>
        <translation>Árat a tárolt oszlopokba írhat; a szürke oszlopok származtatottak, az alaposzlopukat követik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="274"/>
        <source>The head of department sets the catalogue and the prices.</source>
        <translation>A katalógust és az árakat az osztályvezető állítja be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="284"/>
        <source>&amp;Import price list…</source>
        <translation>Árlista i&amp;mportálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="286"/>
        <source>Products and prices from an .xlsx or .csv price list</source>
        <translation>Termékek és árak betöltése .xlsx vagy .csv árlistából</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="288"/>
        <source>E&amp;xport catalogue…</source>
        <translation>Katalógus e&amp;xportálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="290"/>
        <source>Every product with all price columns, to .xlsx or .csv</source>
        <translation>Minden termék az összes árlista-oszloppal, .xlsx vagy .csv fájlba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <source>Prices</source>
        <translation>Árak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <source>Change</source>
        <translation>Módosítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="301"/>
        <source>Default</source>
        <translation>Alapért.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="305"/>
        <source>&amp;Add column…</source>
        <translation>Oszlop &amp;hozzáadása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="307"/>
        <source>&amp;Edit column…</source>
        <translation>Oszlop sz&amp;erkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="309"/>
        <source>Make &amp;default</source>
        <translation>&amp;Legyen alapértelmezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="311"/>
        <source>A client without a price column of its own buys at the default column. A derived column takes the prices of another changed by a percentage (−10 = 10 % less).</source>
        <translation>Az az ügyfél, akinek nincs saját árlista-oszlopa, az alapértelmezett oszlop árain vásárol. A származtatott oszlop egy másik oszlop árait veszi át, százalékkal módosítva (−10 = 10%-kal kevesebb).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Offer</source>
        <translation>Ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>For</source>
        <translation>Kinek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="328"/>
        <source>Applies to</source>
        <translation>Mire vonatkozik</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="332"/>
        <source>&amp;New promotion…</source>
        <translation>Ú&amp;j akció…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="334"/>
        <source>&amp;Edit promotion…</source>
        <translation>Akció sz&amp;erkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="255"/>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="366"/>
        <source>All categories</source>
        <translation>Minden kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="371"/>
        <source>1 product</source>
        <translation>1 termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="371"/>
        <source>%1 products</source>
        <translation>%1 termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="372"/>
        <source>net prices in %1 · ★ the default column</source>
        <translation>nettó árak (%1) · ★ alapértelmezett oszlop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="250"/>
        <source>No product matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő termék: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="251"/>
        <source>No product in this category.</source>
        <translation>Ebben a kategóriában nincs termék.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="379"/>
        <source>No products yet: the head of department fills the catalogue.</source>
        <translation>Még nincs termék: a katalógust az osztályvezető tölti fel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="380"/>
        <source>No products yet. Press %1 to add one with its price, or import a price list (.xlsx or .csv).</source>
        <translation>Még nincs termék. Felvehet egyet az árával együtt (%1), vagy importálhat egy árlistát (.xlsx vagy .csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="382"/>
        <source>New product…</source>
        <translation>Új termék…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="383"/>
        <source>Import price list…</source>
        <translation>Árlista importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="391"/>
        <source>from “%1”</source>
        <translation>„%1” alapján</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="392"/>
        <source>stored</source>
        <translation>tárolt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="407"/>
        <source>No price columns yet.</source>
        <translation>Még nincs ároszlop.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="410"/>
        <source>No price columns yet. The first is made when a product is given a price; or add one here.</source>
        <translation>Még nincs árlista-oszlop. Az első akkor jön létre, amikor egy termék árat kap; vagy itt is hozzáadhat egyet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="411"/>
        <source>Add column…</source>
        <translation>Oszlop hozzáadása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="421"/>
        <source>switched off</source>
        <translation>kikapcsolva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="423"/>
        <source>ended</source>
        <translation>véget ért</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="425"/>
        <source>upcoming</source>
        <translation>közelgő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="427"/>
        <source>running</source>
        <translation>folyamatban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="428"/>
        <source>every client</source>
        <translation>minden ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="442"/>
        <source>No promotions.</source>
        <translation>Nincs akció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="445"/>
        <source>No promotions. A promotion lowers prices for a period, or gives goods free (3+1), for every client or some.</source>
        <translation>Nincs akció. Egy akció egy időszakra csökkenti az árakat, vagy ingyen ad árut (3+1), minden ügyfélnek vagy csak egyeseknek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="447"/>
        <source>New promotion…</source>
        <translation>Új akció…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="525"/>
        <source>Import a price list</source>
        <translation>Árlista importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="526"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="530"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="545"/>
        <source>Export the catalogue</source>
        <translation>Katalógus exportálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="546"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-munkafüzet (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="557"/>
        <source>Writing %1…</source>
        <translation>%1 írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="552"/>
        <source>Cannot write %1: %2</source>
        <translation>Nem sikerült a fájl írása: %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="45"/>
        <source>Changed meanwhile</source>
        <translation>Időközben módosult</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="51"/>
        <source>Reload shows their version and drops your changes; Overwrite saves yours over theirs.</source>
        <translation>Az Újratöltés az ő változatukat mutatja, és elveti az Ön módosításait; a Felülírás az Önéit menti az övéké helyett.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="56"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>Új&amp;ratöltés (az enyém elvetése)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="59"/>
        <source>&amp;Overwrite (save mine)</source>
        <translation>&amp;Felülírás (az enyém mentése)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="77"/>
        <source>Theirs</source>
        <translation>Az övék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="78"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="78"/>
        <source>Yours</source>
        <translation>Az Öné</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="93"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="93"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="99"/>
        <source>(image)</source>
        <translation>(kép)</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="249"/>
        <source>Save the changes to the client?</source>
        <translation>Menti az ügyfél módosításait?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="270"/>
        <source>Choose or type a new segment</source>
        <translation>Válasszon, vagy írjon be új szegmenst</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="272"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="275"/>
        <source>not checked</source>
        <translation>nincs ellenőrizve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Primary</source>
        <translation>Elsődleges</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="280"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="280"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="425"/>
        <source>Export as vCard…</source>
        <translation>Exportálás vCard-fájlba…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="428"/>
        <source>Save the client&apos;s contacts as a vCard file for a phone or a mail program (unsaved changes are saved first)</source>
        <translation>Az ügyfél kapcsolattartóinak mentése vCard-fájlba telefonhoz vagy levelezőprogramhoz (a nem mentett módosításokat előbb menti a program)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="441"/>
        <source>Export as vCard</source>
        <translation>Exportálás vCard-fájlba</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/party/client_card.py" line="441"/>
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>%n kapcsolattartó exportálva.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="69"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="61"/>
        <source>Not due</source>
        <translation>Nem lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="61"/>
        <source>1–30 days</source>
        <translation>1–30 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="62"/>
        <source>31–60 days</source>
        <translation>31–60 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="62"/>
        <source>61–90 days</source>
        <translation>61–90 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="63"/>
        <source>Over 90 days</source>
        <translation>90 napon túl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="63"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="73"/>
        <source>Unallocated</source>
        <translation>Párosítatlan</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <source>Issued</source>
        <translation>Kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="69"/>
        <source>Days overdue</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Paid on</source>
        <translation>Fizetés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="73"/>
        <source>Remark</source>
        <translation>Közlemény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="74"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="80"/>
        <source>Stat&amp;ement…</source>
        <translation>&amp;Folyószámla-egyeztetés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="83"/>
        <source>Record &amp;payment…</source>
        <translation>Befi&amp;zetés rögzítése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="92"/>
        <source>Open items:</source>
        <translation>Nyitott tételek:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="94"/>
        <source>Latest payments:</source>
        <translation>Legutóbbi befizetések:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="106"/>
        <source>Receiva&amp;bles</source>
        <translation>K&amp;intlévőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="152"/>
        <source>The client owes nothing today.</source>
        <translation>Az ügyfélnek ma nincs tartozása.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="155"/>
        <source>Owes %1</source>
        <translation>Tartozás: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="157"/>
        <source>, of which %1 overdue (the oldest %2 days)</source>
        <translation>, ebből lejárt: %1 (a legrégebbi %2 napja)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="161"/>
        <source>; unallocated money: %1</source>
        <translation>; párosítatlan befizetés: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="174"/>
        <source>The card&apos;s rating is %1 (Credit and reliability).</source>
        <translation>Az adatlapon szereplő minősítés: %1 (Hitel és megbízhatóság).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="185"/>
        <source>No open invoice.</source>
        <translation>Nincs nyitott számla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="194"/>
        <source>Receiva&amp;bles (overdue)</source>
        <translation>K&amp;intlévőségek (lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>Subject</source>
        <translation>Tárgy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="302"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="302"/>
        <source>Outcome</source>
        <translation>Összegzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="309"/>
        <source>Plan &amp;call</source>
        <translation>Hí&amp;vás tervezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="311"/>
        <source>Plan &amp;visit</source>
        <translation>&amp;Látogatás tervezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="20"/>
        <source>L&amp;etter…</source>
        <translation>Levél írá&amp;sa…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="22"/>
        <source>Write a letter to the client from a template</source>
        <translation>Levél írása az ügyfélnek sablonból</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Activit&amp;ies</source>
        <translation>&amp;Tevékenységek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="327"/>
        <source>Default column</source>
        <translation>Alapértelmezett oszlop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="330"/>
        <source>The price-list column the client&apos;s orders and offers are priced at</source>
        <translation>Az árlista-oszlop, amelynek áraival az ügyfél rendelései és ajánlatai készülnek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="331"/>
        <source>Price &amp;column:</source>
        <translation>Árlista-&amp;oszlop:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="342"/>
        <source>New or&amp;der</source>
        <translation>Új ren&amp;delés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="345"/>
        <source>S&amp;uggested order</source>
        <translation>Java&amp;solt rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="72"/>
        <source>Ne&amp;w contract…</source>
        <translation>Új szer&amp;ződés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="347"/>
        <source>A draft with the products this client buys regularly, in its usual quantities</source>
        <translation>Piszkozat azokkal a termékekkel, amelyeket az ügyfél rendszeresen vásárol, a szokásos mennyiségekben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="350"/>
        <source>New o&amp;ffer</source>
        <translation>Új ajá&amp;nlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>A commercial offer for this client, priced like an order</source>
        <translation>Árajánlat ennek az ügyfélnek, a rendelésekkel azonos árakon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_actions.py" line="17"/>
        <source>Document pac&amp;kage…</source>
        <translation>D&amp;okumentumcsomag…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_actions.py" line="19"/>
        <source>Offers, contracts, a statement and a price list of this client as one PDF with bookmarks, or in one e-mail</source>
        <translation>Az ügyfél ajánlatai, szerződései, folyószámla-egyeztetése és árlistája egyetlen, könyvjelzős PDF-ben vagy egyetlen e-mailben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="358"/>
        <source>Sa&amp;les</source>
        <translation>&amp;Értékesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="52"/>
        <source>Overdue since</source>
        <translation>Lejárt határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="52"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <source>Who</source>
        <translation>Kötelezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <source>What</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>Start</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>End</source>
        <translation>Vége</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>Relation</source>
        <translation>Kapcsolódás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="75"/>
        <source>Open contract</source>
        <translation>Szerződés megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="95"/>
        <source>Co&amp;ntracts</source>
        <translation>Sz&amp;erződések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="123"/>
        <source>1 contract obligation is overdue:</source>
        <translation>1 szerződéses kötelezettség lejárt:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="124"/>
        <source>%1 contract obligations are overdue:</source>
        <translation>%1 szerződéses kötelezettség lejárt:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="139"/>
        <source>No contracts with this client yet: New contract…, beside, draws one up from a template.</source>
        <translation>Ezzel az ügyféllel még nincs szerződés: a mellette lévő Új szerződés… gomb sablonból készít egyet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="141"/>
        <source>Co&amp;ntracts (%1 overdue)</source>
        <translation>Sz&amp;erződések (%1 lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="507"/>
        <source>Save (%1)</source>
        <translation>Mentés (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="509"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="526"/>
        <source>Add a contact (Insert)</source>
        <translation>Kapcsolattartó hozzáadása (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="527"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>A kijelölt kapcsolattartó eltávolítása (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="682"/>
        <source>Contact %1</source>
        <translation>%1. kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="695"/>
        <source>same tax number</source>
        <translation>azonos adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="695"/>
        <source>similar name</source>
        <translation>hasonló név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="698"/>
        <source>Possible duplicate</source>
        <translation>Lehetséges duplikátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="699"/>
        <source>A client like this exists already:</source>
        <translation>Már van hasonló ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="701"/>
        <source>Open existing</source>
        <translation>Meglévő megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="704"/>
        <source>Save anyway</source>
        <translation>Mentés ennek ellenére</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="885"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="801"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="829"/>
        <source>No calls or visits with this client yet: Plan call or Plan visit, beside, puts one in the calendar.</source>
        <translation>Ezzel az ügyféllel még nem volt hívás vagy látogatás: a mellette lévő Hívás tervezése vagy Látogatás tervezése gomb felvesz egyet a naptárba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="836"/>
        <source>Activities can be planned once the client is saved.</source>
        <translation>Tevékenységeket az ügyfél mentése után tervezhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="840"/>
        <source>No next contact planned.</source>
        <translation>Nincs tervezett következő kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="848"/>
        <source>Next contact: %1, %2 (overdue)</source>
        <translation>Következő kapcsolat: %1, %2 (lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="851"/>
        <source>Next contact: %1, %2</source>
        <translation>Következő kapcsolat: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="875"/>
        <source>New client</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="880"/>
        <source>Not saved yet</source>
        <translation>Még nincs mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="882"/>
        <source>Created %1</source>
        <translation>Létrehozva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="883"/>
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
        <location filename="../../kamdesk/gui/audit/client_tab.py" line="35"/>
        <source>Histor&amp;y</source>
        <translation>Előzmén&amp;yek</translation>
    </message>
</context>
<context>
    <name>ClientChooser</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="273"/>
        <source>New contract</source>
        <translation>Új szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="276"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Írja be az ügyfél nevét vagy adószámát…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="284"/>
        <source>The contract is for the &amp;client:</source>
        <translation>A szerződés &amp;ügyfele:</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="24"/>
        <source>Export clients</source>
        <translation>Ügyfelek exportálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-munkafüzet (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="35"/>
        <source>Exporting clients…</source>
        <translation>Ügyfelek exportálása…</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="28"/>
        <source>Import clients</source>
        <translation>Ügyfelek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="39"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported.</source>
        <translation>%1 sor a következő fájlban: %2. Ellenőrizze, melyik oszlop melyik mezőbe kerül; a „Kihagyás” beállítású oszlopok nem kerülnek importálásra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="48"/>
        <source>C&amp;reate these managers</source>
        <translation>Az üzletkötők &amp;létrehozása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="49"/>
        <source>Import their clients &amp;without a manager</source>
        <translation>Ügyfeleik importálása üzletkötő &amp;nélkül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="60"/>
        <source>Unknown managers: %1</source>
        <translation>Ismeretlen üzletkötők: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="93"/>
        <source>Importing clients…</source>
        <translation>Ügyfelek importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="72"/>
        <source>Choose whether to create the unknown managers or to import their clients without a manager.</source>
        <translation>Válassza ki, hogy létrehozza-e az ismeretlen üzletkötőket, vagy üzletkötő nélkül importálja az ügyfeleiket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="30"/>
        <source>&amp;Import the valid rows</source>
        <translation>Az érvényes sorok &amp;importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="78"/>
        <source>%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist already (same tax number, or same name where no tax number is given) and will not be imported.</source>
        <translation>%2 sorból %1 importálható. %3 sor hibás, %4 sor már meglévő ügyfél (azonos adószám, vagy adószám nélkül azonos név), ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="83"/>
        <source>New managers: %1.</source>
        <translation>Új üzletkötők: %1.</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="74"/>
        <source>Search name, tax number, city, contact… (Ctrl+F)</source>
        <translation>Keresés: név, adószám, város, kapcsolattartó… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="79"/>
        <source>All statuses</source>
        <translation>Minden státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="85"/>
        <source>All clients</source>
        <translation>Minden ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="86"/>
        <source>Key accounts</source>
        <translation>Kulcsügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="87"/>
        <source>Other clients</source>
        <translation>Egyéb ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="88"/>
        <source>Archived</source>
        <translation>Archivált</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="89"/>
        <source>Show archived clients instead of the working list</source>
        <translation>Az archivált ügyfelek megjelenítése a munkalista helyett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="98"/>
        <source>&amp;New client</source>
        <translation>Ú&amp;j ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="99"/>
        <source>Create a client (Ctrl+N)</source>
        <translation>Új ügyfél létrehozása (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="107"/>
        <source>All segments</source>
        <translation>Minden szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="108"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="137"/>
        <source>&amp;Archive client</source>
        <translation>Ügyfél &amp;archiválása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="139"/>
        <source>&amp;Restore client</source>
        <translation>Ügyfél &amp;visszaállítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="141"/>
        <source>&amp;Delete client for good…</source>
        <translation>Ügyfél végleges &amp;törlése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="29"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Levél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="43"/>
        <source>Mail &amp;merge…</source>
        <translation>Kö&amp;rlevél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="143"/>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Kapcsolattartók exportálása vCard-&amp;fájlba…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>Exported %n contact(s)</source>
        <translation>
            <numerusform>%n kapcsolattartó exportálva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="229"/>
        <source>1 archived client</source>
        <translation>1 archivált ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="229"/>
        <source>%1 archived clients</source>
        <translation>%1 archivált ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="231"/>
        <source>1 client</source>
        <translation>1 ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="231"/>
        <source>%1 clients</source>
        <translation>%1 ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="237"/>
        <source>Counting the clients…</source>
        <translation>Ügyfelek számolása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="251"/>
        <source>No client matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő ügyfél: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="252"/>
        <source>No client matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="254"/>
        <source>No archived clients: archiving keeps a client out of the working list without deleting it.</source>
        <translation>Nincs archivált ügyfél: az archiválás törlés nélkül kiveszi az ügyfelet a munkalistából.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="262"/>
        <source>No clients yet. Press %1 to add one or %2 to import a list from a spreadsheet.</source>
        <translation>Még nincs ügyfél. Felvehet egyet (%1), vagy importálhat egy listát táblázatból (%2).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="263"/>
        <source>New client</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="263"/>
        <source>Import clients…</source>
        <translation>Ügyfelek importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="266"/>
        <source>No clients yet. Press %1 to add one, %2 to import a list from a spreadsheet, or look around with demo data.</source>
        <translation>Még nincs ügyfél. Felvehet egyet (%1), importálhat egy listát táblázatból (%2), vagy körülnézhet demóadatokkal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="268"/>
        <source>Fill with demo data</source>
        <translation>Feltöltés demóadatokkal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="328"/>
        <source>Archive client</source>
        <translation>Ügyfél archiválása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="329"/>
        <source>Archive “%1”? It leaves the working list; tick “Archived” to see it and restore it.</source>
        <translation>Archiválja ezt az ügyfelet: „%1”? Kikerül a munkalistából; az „Archivált” bejelölésével láthatja és visszaállíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="342"/>
        <source>Delete client for good</source>
        <translation>Ügyfél végleges törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="343"/>
        <source>Delete “%1” and its contacts for good? This cannot be undone.</source>
        <translation>Véglegesen törli ezt az ügyfelet és a kapcsolattartóit: „%1”? A művelet nem vonható vissza.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Last contact</source>
        <translation>Utoljára</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="61"/>
        <source>Next contact</source>
        <translation>Legközelebb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="133"/>
        <source>%1 (overdue)</source>
        <translation>%1 (lejárt)</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="130"/>
        <source>Search client…</source>
        <translation>Keresés: ügyfél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="132"/>
        <source>1 client with overdue debt</source>
        <translation>1 ügyfélnek van lejárt tartozása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="133"/>
        <source>%1 clients with overdue debt</source>
        <translation>%1 ügyfélnek van lejárt tartozása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="134"/>
        <source>No client with overdue debt matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő, lejárt tartozású ügyfél: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="135"/>
        <source>No client with overdue debt matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő, lejárt tartozású ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="138"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="177"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="139"/>
        <source>Step &amp;due now only</source>
        <translation>Csak az &amp;esedékes lépések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="142"/>
        <source>&amp;Open client</source>
        <translation>Ügyfél &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="143"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="284"/>
        <source>&amp;Plan a call…</source>
        <translation>&amp;Hívás tervezése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="144"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Felszólító levél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="146"/>
        <source>E-mail the letter of the step chosen under Steps taken (the latest unless another is chosen)</source>
        <translation>A Megtett lépések között kiválasztott lépés levelének elküldése e-mailben (a legutóbbié, ha nincs más kiválasztva)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Issued</source>
        <translation>Kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Days overdue</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="158"/>
        <source>Steps taken</source>
        <translation>Megtett lépések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Taken on</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Overdue</source>
        <translation>Lejárt összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>By</source>
        <translation>Rögzítette</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="161"/>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="226"/>
        <source>Save the letter as</source>
        <translation>A levél mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="228"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="258"/>
        <source>No client owes anything past due. Overdue debt appears here once invoices and payments are imported from the accounting system.</source>
        <translation>Egyik ügyfélnek sincs lejárt tartozása. A lejárt tartozások akkor jelennek meg itt, ha a számlákat és a befizetéseket importálta a könyvelőprogramból.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="267"/>
        <source>%1 planned with %2; the step is recorded.</source>
        <translation>%1 betervezve (%2); a lépést a program rögzítette.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="273"/>
        <source>The letter to %1 is saved as %2 and %3; the step is recorded.</source>
        <translation>A(z) %1 részére szóló levél mentve: %2 és %3; a lépést a program rögzítette.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="283"/>
        <source>&amp;Plan a visit…</source>
        <translation>&amp;Látogatás tervezése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="286"/>
        <source>Choose a client to see its overdue invoices and the steps taken.</source>
        <translation>Válasszon ki egy ügyfelet a lejárt számláinak és a megtett lépéseknek a megtekintéséhez.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="290"/>
        <source>%1: overdue invoices</source>
        <translation>%1: lejárt számlák</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="84"/>
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
        <source>&amp;Registration number:</source>
        <translation>Cég&amp;jegyzékszám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="26"/>
        <source>01-09-123456</source>
        <translation>01-09-123456</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="27"/>
        <source>&amp;Bank account:</source>
        <translation>&amp;Bankszámlaszám:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="29"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="31"/>
        <source>Default &amp;VAT rate (%):</source>
        <translation>Alapértelmezett á&amp;fakulcs (%):</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="370"/>
        <source>Logo on documents</source>
        <translation>Logó a dokumentumokon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="371"/>
        <location filename="../../kamdesk/gui/company.py" line="791"/>
        <source>No logo</source>
        <translation>Nincs logó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="378"/>
        <source>Remove logo</source>
        <translation>Logó eltávolítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="392"/>
        <source>Managers</source>
        <translation>Üzletkötők</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <location filename="../../kamdesk/gui/company.py" line="611"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="402"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="216"/>
        <source>The manager&apos;s changes are not saved. Save them?</source>
        <translation>Az üzletkötő módosításai nincsenek mentve. Menti őket?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="258"/>
        <source>Save compan&amp;y</source>
        <translation>Cé&amp;gadatok mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="343"/>
        <source>The Company page has unsaved changes. Save them?</source>
        <translation>A Saját cég oldalon nem mentett módosítások vannak. Menti őket?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="376"/>
        <source>Choose l&amp;ogo…</source>
        <translation>&amp;Logó kiválasztása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="404"/>
        <source>Ne&amp;w manager</source>
        <translation>&amp;Új üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="407"/>
        <source>Save &amp;manager</source>
        <translation>Üzletkötő &amp;mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="421"/>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="428"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="434"/>
        <source>Save calendar settings</source>
        <translation>Naptárbeállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="442"/>
        <source>Working hours:</source>
        <translation>Munkaidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="443"/>
        <source>Time zone:</source>
        <translation>Időzóna:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="461"/>
        <source>Contracts</source>
        <translation>Szerződések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="465"/>
        <source> days before the end</source>
        <translation> nappal a lejárat előtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="466"/>
        <source>Contracts ending within this many days are listed for renewal and suggested in the weekly planner</source>
        <translation>Az ennyi napon belül lejáró szerződések a megújítandók között és a heti tervben is megjelennek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="471"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="472"/>
        <source>A larger file (e.g. a scan) is refused when it is attached: every PC that opens the contract fetches its files</source>
        <translation>Nagyobb fájl (pl. szkennelt kép) csatolását a program elutasítja: a szerződést megnyitó minden gép letölti a fájljait</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="475"/>
        <source>Save contract settings</source>
        <translation>Szerződésbeállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="478"/>
        <source>Renewal reminder:</source>
        <translation>Megújítási emlékeztető:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="479"/>
        <source>Largest attached file:</source>
        <translation>Csatolt fájl legnagyobb mérete:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="497"/>
        <source>Credit control</source>
        <translation>Hitelellenőrzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="501"/>
        <source> days past due</source>
        <translation> nap késés után</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="502"/>
        <source>never</source>
        <translation>soha</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="503"/>
        <source>A client whose debt is overdue longer than this gets no new order without the head&apos;s override, as over its credit limit</source>
        <translation>Ha az ügyfél tartozása ennél régebben lejárt, új rendelése – a hitelkeret túllépéséhez hasonlóan – csak az osztályvezető felülbírálásával igazolható vissza</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="505"/>
        <source>Save credit settings</source>
        <translation>Hitelbeállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="508"/>
        <source>Overdue debt blocks orders after:</source>
        <translation>Rendelések tiltása lejárt tartozásnál:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="525"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="528"/>
        <source>The computer&apos;s language</source>
        <translation>A számítógép nyelve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="531"/>
        <source>Menus, numbers and dates follow it from the next start.</source>
        <translation>A menük, a számok és a dátumok a következő indítástól ezt követik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="534"/>
        <source>Save language</source>
        <translation>Nyelv mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="537"/>
        <source>Lan&amp;guage:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="548"/>
        <source>Segments</source>
        <translation>Szegmensek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="551"/>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="553"/>
        <source>Rename…</source>
        <translation>Átnevezés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="555"/>
        <source>Delete…</source>
        <translation>Törlés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="576"/>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="579"/>
        <source>Choose…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> backups</source>
        <translation> mentés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> weeks</source>
        <translation> hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="583"/>
        <source> months</source>
        <translation> hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="583"/>
        <source> minutes</source>
        <translation> perc</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="589"/>
        <source>Save backup settings</source>
        <translation>Mentési beállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="597"/>
        <source>Folder:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="597"/>
        <source>Keep the last:</source>
        <translation>Az utolsó megtartása:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="598"/>
        <source>Then one a day for:</source>
        <translation>Utána napi egy ennyi ideig:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="599"/>
        <source>Then one a week for:</source>
        <translation>Utána heti egy ennyi ideig:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="600"/>
        <source>Then one a month for:</source>
        <translation>Utána havi egy ennyi ideig:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="601"/>
        <source>While working, every:</source>
        <translation>Munka közben ennyi időnként:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="612"/>
        <source>The account your documents are sent from: sender, servers, password.</source>
        <translation>A fiók, amelyről a dokumentumai kimennek: feladó, szerverek, jelszó.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="615"/>
        <source>E-mail account…</source>
        <translation>E-mail-fiók…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="632"/>
        <source>Collection</source>
        <translation>Követeléskezelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="635"/>
        <source>Reminder:</source>
        <translation>Emlékeztető:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="635"/>
        <source>First notice:</source>
        <translation>Első felszólítás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="636"/>
        <source>Second notice:</source>
        <translation>Második felszólítás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="636"/>
        <source>Final notice:</source>
        <translation>Végső felszólítás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="638"/>
        <source>Each step starts when a client&apos;s oldest overdue invoice is this many days past due:</source>
        <translation>Az egyes lépések akkor esedékesek, amikor az ügyfél legrégebbi lejárt számlája ennyi napja lejárt:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="651"/>
        <source>Save collection settings</source>
        <translation>Követeléskezelési beállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="683"/>
        <source>Backup folder</source>
        <translation>Biztonsági mentések mappája</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="764"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="764"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="765"/>
        <source>Administrator</source>
        <translation>Rendszergazda</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="810"/>
        <source>Choose logo</source>
        <translation>Logó kiválasztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="810"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Képek (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="896"/>
        <source>New segment</source>
        <translation>Új szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="896"/>
        <location filename="../../kamdesk/gui/company.py" line="906"/>
        <source>Segment name:</source>
        <translation>Szegmens neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="906"/>
        <source>Rename segment</source>
        <translation>Szegmens átnevezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="922"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Törli ezt a szegmenst: „%1”? %2 ügyfél tartozik hozzá; ezek szegmens nélkül maradnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="923"/>
        <source>Delete segment</source>
        <translation>Szegmens törlése</translation>
    </message>
</context>
<context>
    <name>CompetitorActionBox</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="21"/>
        <source>Competitor action</source>
        <translation>Versenytársi akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="37"/>
        <source>What the competitor does: a promotion, a new product…</source>
        <translation>Mit tesz a versenytárs: akció, új termék…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="38"/>
        <source>Competitor:</source>
        <translation>Versenytárs:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="39"/>
        <source>Kind:</source>
        <translation>Fajta:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="40"/>
        <source>What:</source>
        <translation>Mi történt:</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="331"/>
        <source>New competitor</source>
        <translation>Új versenytárs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="331"/>
        <source>Edit competitor</source>
        <translation>Versenytárs szerkesztése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="348"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="349"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
</context>
<context>
    <name>CompetitorLabels</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="16"/>
        <source>Promotion</source>
        <translation>Akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="17"/>
        <source>New product</source>
        <translation>Új termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="18"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
</context>
<context>
    <name>CompetitorPriceImport</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="89"/>
        <source>Import competitor prices</source>
        <translation>Versenytársi árak importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="90"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="104"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
</context>
<context>
    <name>CompetitorsPage</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Competitor</source>
        <translation>Versenytárs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Prices</source>
        <translation>Árak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Actions</source>
        <translation>Akciók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Observed</source>
        <translation>Észlelve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>What</source>
        <translation>Mi történt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="102"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Nyilvántartás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="103"/>
        <source>Prices vs &amp;ours</source>
        <translation>Árak a mieinkhez &amp;képest</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="105"/>
        <source>O&amp;bserved prices</source>
        <translation>És&amp;zlelt árak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="107"/>
        <source>Ac&amp;tions</source>
        <translation>&amp;Akciók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="119"/>
        <source>&amp;Edit…</source>
        <translation>Sz&amp;erkesztés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="122"/>
        <source>&amp;Delete…</source>
        <translation>Tör&amp;lés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="132"/>
        <source>&amp;New competitor…</source>
        <translation>Ú&amp;j versenytárs…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="134"/>
        <source>Record &amp;action…</source>
        <translation>Akció &amp;rögzítése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="211"/>
        <source>How far %1&apos;s price is from our default column&apos;s, in percent</source>
        <translation>%1 árának eltérése az alapértelmezett oszlopunk árától, százalékban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="218"/>
        <source>%1 on %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="287"/>
        <source>Delete the competitor “%1”?</source>
        <translation>Törli ezt a versenytársat: „%1”?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="288"/>
        <source>Delete competitor</source>
        <translation>Versenytárs törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="296"/>
        <source>Delete the price %1 of %2 that %3 asked on %4?</source>
        <translation>Törli ezt az észlelt árat: %2 – %1 (%3, %4)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="299"/>
        <source>Delete observed price</source>
        <translation>Észlelt ár törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="307"/>
        <source>Delete what %1 did on %2: “%3”?</source>
        <translation>Törli ezt a versenytársi akciót (%1, %2): „%3”?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="309"/>
        <source>Delete competitor action</source>
        <translation>Versenytársi akció törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="133"/>
        <source>Record &amp;price…</source>
        <translation>Ár rö&amp;gzítése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="193"/>
        <source>Product or category</source>
        <translation>Termék vagy kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <source>Their price</source>
        <translation>Az ő áruk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="98"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="135"/>
        <source>&amp;Import prices…</source>
        <translation>Árak &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="149"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Versenytárs:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="150"/>
        <source>Categor&amp;y:</source>
        <translation>Ka&amp;tegória:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="180"/>
        <source>All competitors</source>
        <translation>Minden versenytárs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="182"/>
        <source>All categories</source>
        <translation>Minden kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="195"/>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Competitor</source>
        <translation>Versenytárs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <source>Estimated share</source>
        <translation>Becsült részesedés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Observed</source>
        <translation>Észlelve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>What</source>
        <translation>Mi történt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="36"/>
        <source>Set share o&amp;f purchases…</source>
        <translation>Beszerzési rés&amp;zesedés megadása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="39"/>
        <source>Recor&amp;d competitor action…</source>
        <translation>Versenytársi akció rö&amp;gzítése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="42"/>
        <source>Remove share…</source>
        <translation>Részesedés eltávolítása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="45"/>
        <source>Edit action…</source>
        <translation>Akció szerkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="48"/>
        <source>Delete action…</source>
        <translation>Akció törlése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="59"/>
        <source>Who supplies this client</source>
        <translation>Kik szállítanak ennek az ügyfélnek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="61"/>
        <source>Competitors&apos; actions seen here</source>
        <translation>Itt észlelt versenytársi akciók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="70"/>
        <source>Competitors</source>
        <translation>Versenytársak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="95"/>
        <source>Remove %1&apos;s share of %2?</source>
        <translation>Eltávolítja %1 részesedését (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="97"/>
        <source>Remove share</source>
        <translation>Részesedés eltávolítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="118"/>
        <source>Delete what %1 did on %2: “%3”?</source>
        <translation>Törli ezt a versenytársi akciót (%1, %2): „%3”?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="120"/>
        <source>Delete competitor action</source>
        <translation>Versenytársi akció törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="131"/>
        <source>All purchases</source>
        <translation>Teljes beszerzés</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="138"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Írja be az ügyfél nevét vagy adószámát…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="140"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="143"/>
        <source>&amp;Order line:</source>
        <translation>&amp;Rendelési tétel:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="145"/>
        <source>Type a product&apos;s SKU or name…</source>
        <translation>Írja be a termék cikkszámát vagy nevét…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="148"/>
        <source>&amp;Product:</source>
        <translation>&amp;Termék:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="152"/>
        <source>&amp;Type:</source>
        <translation>Tí&amp;pus:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="154"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Beérkezés dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="156"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Határidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="160"/>
        <source>Respo&amp;nsible:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="163"/>
        <source>What the client complains about, in their words</source>
        <translation>Mit kifogásol az ügyfél, az ő szavaival</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="164"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Leírás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="172"/>
        <source>What was done, or why the complaint is rejected</source>
        <translation>Mi történt, vagy miért utasítják el a reklamációt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="173"/>
        <source>Resol&amp;ution or reason for rejection:</source>
        <translation>Meg&amp;oldás vagy az elutasítás oka:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="175"/>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="177"/>
        <source>Co&amp;mpensation:</source>
        <translation>&amp;Kompenzáció:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="206"/>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="207"/>
        <source>New complaint</source>
        <translation>Új reklamáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="225"/>
        <source>Complaint %1</source>
        <translation>Reklamáció: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="282"/>
        <source>Deadline passed %1 days ago</source>
        <translation>A határidő %1 napja lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="284"/>
        <source>Due today</source>
        <translation>Ma esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="286"/>
        <source>Due in %1 days</source>
        <translation>%1 nap múlva esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="293"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="297"/>
        <source>Recorded %1</source>
        <translation>Rögzítve: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="308"/>
        <source>No order line</source>
        <translation>Nincs rendelési tétel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="371"/>
        <source>Save the changes to this complaint?</source>
        <translation>Menti a reklamáció módosításait?</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="23"/>
        <source>Shortage</source>
        <translation>Mennyiségi hiány</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="24"/>
        <source>Defect</source>
        <translation>Minőségi hiba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="25"/>
        <source>Delay</source>
        <translation>Késés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="26"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="27"/>
        <source>Service</source>
        <translation>Kiszolgálás</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Received</source>
        <translation>Beérkezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Responsible</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="53"/>
        <source>Compensation</source>
        <translation>Kompenzáció</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="96"/>
        <source>Search client or complaint number…</source>
        <translation>Keresés: ügyfél vagy reklamációszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="98"/>
        <source>1 complaint</source>
        <translation>1 reklamáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="98"/>
        <source>%1 complaints</source>
        <translation>%1 reklamáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="107"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="120"/>
        <source>All states</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="122"/>
        <source>All types</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="124"/>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="133"/>
        <source>Everyone&apos;s</source>
        <translation>Mindenkié</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="125"/>
        <source>O&amp;pen only</source>
        <translation>Csak a &amp;nyitottak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="127"/>
        <source>Past &amp;deadline</source>
        <translation>&amp;Határidőn túl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="129"/>
        <source>&amp;New complaint…</source>
        <translation>Ú&amp;j reklamáció…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="130"/>
        <source>Record a client&apos;s complaint or claim (Ctrl+N)</source>
        <translation>Ügyfélreklamáció vagy kárigény rögzítése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="182"/>
        <source>No complaint matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő reklamáció: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="183"/>
        <source>No complaint matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő reklamáció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="187"/>
        <source>No open complaint is waiting here.</source>
        <translation>Nincs várakozó nyitott reklamáció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="188"/>
        <source>No complaints recorded. Press %1 to record one, or open a client and choose New complaint… on its Complaints tab.</source>
        <translation>Még nincs rögzített reklamáció. Rögzíthet egyet (%1), vagy nyisson meg egy ügyfelet, és a Reklamációk lapon válassza az Új reklamáció… gombot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="191"/>
        <source>New complaint…</source>
        <translation>Új reklamáció…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Received</source>
        <translation>Beérkezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Responsible</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Compensation</source>
        <translation>Kompenzáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="60"/>
        <source>Ne&amp;w complaint…</source>
        <translation>Új rek&amp;lamáció…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="63"/>
        <source>Open complaint</source>
        <translation>Reklamáció megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="76"/>
        <source>Co&amp;mplaints</source>
        <translation>&amp;Reklamációk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="92"/>
        <source>No complaints from this client: New complaint…, beside, records one.</source>
        <translation>Ettől az ügyféltől még nincs reklamáció: a mellette lévő Új reklamáció… gomb rögzít egyet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="117"/>
        <source>Co&amp;mplaints (%1 open)</source>
        <translation>&amp;Reklamációk (%1 nyitott)</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="94"/>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="169"/>
        <location filename="../../ui/complete_dialog.ui" line="14"/>
        <source>Complete activity</source>
        <translation>Tevékenység lezárása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="170"/>
        <source>This activity is planned for %1. Record it as done now?</source>
        <translation>Ez a tevékenység erre az időpontra van tervezve: %1. Most rögzíti lezártként?</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="52"/>
        <source>Sync conflicts</source>
        <translation>Szinkronizálási ütközések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="54"/>
        <source>Show &amp;resolved</source>
        <translation>&amp;Megoldottak is</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="68"/>
        <source>&amp;Keep as it is</source>
        <translation>Marad í&amp;gy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="71"/>
        <source>&amp;Use the other value</source>
        <translation>A &amp;másik érték</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>What</source>
        <translation>Mi történt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>This laptop</source>
        <translation>Ez a laptop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>The office</source>
        <translation>Az iroda</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="129"/>
        <source>No conflicts: everything this laptop and the office changed went together.</source>
        <translation>Nincs ütközés: a laptop és az iroda minden változása összefért.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="130"/>
        <source>No conflicts so far.</source>
        <translation>Eddig nincs ütközés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="148"/>
        <source>Changed on both sides</source>
        <translation>Mindkét helyen módosult</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="148"/>
        <source>Proposal</source>
        <translation>Javaslat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="149"/>
        <source>Refused by the office</source>
        <translation>Az iroda elutasította</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="150"/>
        <source>Changed on the laptop, deleted in the office</source>
        <translation>A laptopon módosult, az irodában törölték</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="151"/>
        <source>Deleted on the laptop, changed in the office</source>
        <translation>A laptopon törölték, az irodában módosult</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="152"/>
        <source>Back to draft for approval</source>
        <translation>Vissza tervezetbe jóváhagyásra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="158"/>
        <source>Resolved.</source>
        <translation>Megoldva.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="160"/>
        <source>The office&apos;s value was kept; yours is a proposal.</source>
        <translation>Az irodai érték maradt; az Öné javaslat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="162"/>
        <source>Your later change was written. Use the other value to write the office&apos;s instead.</source>
        <translation>A későbbi, Ön által tett változás került be. „A másik érték” az irodait írja helyette.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="164"/>
        <source>The record was kept. Use the other value to delete it after all.</source>
        <translation>A rekord megmaradt. „A másik érték” mégis törli.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="165"/>
        <source>There is no other value to use: Keep as it is marks it as seen.</source>
        <translation>Nincs másik érték: a „Marad így” láttamozza.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="117"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="125"/>
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
    <name>ContactsVcard</name>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="22"/>
        <source>Export contacts as vCard</source>
        <translation>Kapcsolattartók exportálása vCard-fájlba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="24"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="35"/>
        <source>Exporting contacts…</source>
        <translation>Kapcsolattartók exportálása…</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="447"/>
        <source>Data missing</source>
        <translation>Hiányzó adatok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="448"/>
        <source>The documents cannot be generated until this is filled in:</source>
        <translation>A dokumentumok csak a következők kitöltése után készíthetők el:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="452"/>
        <source>Writing the contract&apos;s PDF and DOCX…</source>
        <translation>A szerződés PDF- és DOCX-fájljának írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="525"/>
        <source>Attach a file to the contract</source>
        <translation>Fájl csatolása a szerződéshez</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="526"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.doc);;All files (*)</source>
        <translation>Szkennelt példányok és dokumentumok (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.doc);;Minden fájl (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="532"/>
        <source>Attaching the file…</source>
        <translation>A fájl csatolása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="622"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1038"/>
        <source>the template&apos;s title</source>
        <translation>a sablon szerinti megnevezés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="636"/>
        <source>The contract ends on a date (unchecked: open-ended)</source>
        <translation>A szerződés egy adott napon lejár (ha nincs bejelölve: határozatlan idejű)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="638"/>
        <source>open-ended</source>
        <translation>határozatlan idejű</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="642"/>
        <source>Renews itself unless notice is given</source>
        <translation>Automatikusan megújul, ha nem mondják fel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="645"/>
        <source> months</source>
        <translation> hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="648"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="656"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="651"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="661"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1038"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1040"/>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="658"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1039"/>
        <source>e.g. by bank transfer</source>
        <translation>pl. banki átutalással</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="670"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="674"/>
        <source>Client:</source>
        <translation>Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="678"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="680"/>
        <source>Si&amp;gnatory:</source>
        <translation>Aláír&amp;ó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="681"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Üzletkötő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="682"/>
        <source>Dates and renewal</source>
        <translation>Időpontok és megújítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="684"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Kezdete:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="690"/>
        <source>&amp;Ends:</source>
        <translation>V&amp;ége:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="691"/>
        <source>Signed:</source>
        <translation>Aláírva:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="695"/>
        <source>Terms</source>
        <translation>Feltételek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="697"/>
        <source>&amp;Amount / limit:</source>
        <translation>&amp;Összeg / keret:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="701"/>
        <source>Dis&amp;count:</source>
        <translation>Kedvezmén&amp;y:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="703"/>
        <source>&amp;Notes:</source>
        <translation>Meg&amp;jegyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="743"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Előnézet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="763"/>
        <source>Done or not done (Space)</source>
        <translation>Teljesítve vagy nem teljesítve (Szóköz)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="765"/>
        <source>Delete the obligation (Del)</source>
        <translation>A kötelezettség törlése (Del)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="774"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1285"/>
        <source>O&amp;bligations</source>
        <translation>Kö&amp;telezettségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Added</source>
        <translation>Hozzáadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="789"/>
        <source>&amp;Open</source>
        <translation>Me&amp;gnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="790"/>
        <source>Save as…</source>
        <translation>Mentés másként…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="791"/>
        <source>&amp;Remove</source>
        <translation>E&amp;ltávolítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="794"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1365"/>
        <source>&amp;Files</source>
        <translation>&amp;Csatolt fájlok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Relation</source>
        <translation>Kapcsolódás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="801"/>
        <source>Start</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="801"/>
        <source>End</source>
        <translation>Vége</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="806"/>
        <source>Renewals and amendments in order; double-click or Enter opens one.</source>
        <translation>Megújítások és módosítások időrendben; dupla kattintással vagy Enterrel nyithatók meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="811"/>
        <source>&amp;History</source>
        <translation>Elő&amp;zmények</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="824"/>
        <source>Save draft</source>
        <translation>Piszkozat mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="824"/>
        <source>Save the draft (%1)</source>
        <translation>A piszkozat mentése (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="828"/>
        <source>Save, then write the PDF and the DOCX (Ctrl+G)</source>
        <translation>Mentés, majd a PDF és a DOCX elkészítése (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="829"/>
        <source>Send for signat&amp;ure</source>
        <translation>Kül&amp;dés aláírásra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="830"/>
        <source>The text is final from now on (withdraw it to change it)</source>
        <translation>A szöveg ettől kezdve végleges (módosításhoz vonja vissza)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="831"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="832"/>
        <source>Back to draft, e.g. to change what the client&apos;s lawyers asked for</source>
        <translation>Vissza piszkozatba, pl. az ügyfél jogászai által kért módosításokhoz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="833"/>
        <source>S&amp;ign…</source>
        <translation>&amp;Aláírás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="833"/>
        <source>Both parties signed: the contract is active</source>
        <translation>Mindkét fél aláírta: a szerződés aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="835"/>
        <source>Terminate…</source>
        <translation>Megszüntetés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="836"/>
        <source>End the contract early, with the reason</source>
        <translation>A szerződés idő előtti megszüntetése, az ok megadásával</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="838"/>
        <source>The next contract, prefilled from this one</source>
        <translation>A következő szerződés, ennek adataival előre kitöltve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="839"/>
        <source>Amen&amp;d</source>
        <translation>Mód&amp;osítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="840"/>
        <source>An amendment linked to this contract</source>
        <translation>Ehhez a szerződéshez kapcsolódó módosítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="841"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="841"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="843"/>
        <source>Send the contract by e-mail with its PDF (and DOCX until signed)</source>
        <translation>A szerződés elküldése e-mailben a PDF-fájljával (és aláírásig a DOCX-fájljával)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="906"/>
        <source>Choose a template…</source>
        <translation>Válasszon sablont…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="920"/>
        <source>Template #%1</source>
        <translation>Sablon #%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="927"/>
        <source>(nobody named)</source>
        <translation>(nincs megnevezve)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="993"/>
        <source>not signed yet</source>
        <translation>még nincs aláírva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1011"/>
        <source>(given on the first save)</source>
        <translation>(az első mentéskor kapja meg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1013"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1015"/>
        <source>New contract</source>
        <translation>Új szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1015"/>
        <source>Contract %1</source>
        <translation>Szerződés: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1020"/>
        <source>Terminated on %1: %2</source>
        <translation>Megszűnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1157"/>
        <source>Choose a template to see the contract here.</source>
        <translation>Válasszon sablont, és itt megjelenik a szerződés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1179"/>
        <source>Correct the fields marked in red to see the contract again.</source>
        <translation>A szerződés ismételt megjelenítéséhez javítsa a pirossal jelölt mezőket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1383"/>
        <source>Fetching the file…</source>
        <translation>A fájl letöltése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1393"/>
        <source>Save the file as</source>
        <translation>A fájl mentése másként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1399"/>
        <source>Saving the file…</source>
        <translation>A fájl mentése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1407"/>
        <source>Remove %1 from the contract? Its copy in the database is deleted.</source>
        <translation>Eltávolítja a(z) %1 fájlt a szerződésből? Az adatbázisban őrzött példánya törlődik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1497"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1449"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1265"/>
        <source>Save the changes to the contract?</source>
        <translation>Menti a szerződés módosításait?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="675"/>
        <source>Number:</source>
        <translation>Szám:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="676"/>
        <source>Tem&amp;plate:</source>
        <translation>Sa&amp;blon:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="677"/>
        <source>T&amp;ype:</source>
        <translation>Tí&amp;pus:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="679"/>
        <source>&amp;Title:</source>
        <translation>&amp;Megnevezés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="693"/>
        <source>Renewal period:</source>
        <translation>Megújítási időszak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="694"/>
        <source>Notice:</source>
        <translation>Felmondási idő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="698"/>
        <source>Payment within:</source>
        <translation>Fizetési határidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="699"/>
        <source>Payment terms:</source>
        <translation>Fizetési feltételek:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="700"/>
        <source>Delivery terms:</source>
        <translation>Szállítási feltételek:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="702"/>
        <source>Place:</source>
        <translation>Aláírás helye:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="758"/>
        <source>Add…</source>
        <translation>Hozzáadás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="759"/>
        <source>Add an obligation (Ins)</source>
        <translation>Kötelezettség hozzáadása (Ins)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="760"/>
        <source>Edit…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="761"/>
        <source>Edit the obligation (Enter)</source>
        <translation>A kötelezettség szerkesztése (Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="762"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1076"/>
        <source>Mark done</source>
        <translation>Teljesítettnek jelöl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="764"/>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="786"/>
        <source>Attach scan…</source>
        <translation>Szkennelt példány csatolása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="787"/>
        <source>Keep a copy of a file (e.g. the scan of the signed copy) with the contract, in the database: every PC of the team can open it</source>
        <translation>Egy fájl (pl. az aláírt példány szkennelt képe) másolatának megőrzése a szerződéssel, az adatbázisban: a csapat minden gépe megnyithatja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="827"/>
        <source>Generate PDF + DOCX</source>
        <translation>PDF + DOCX generálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="837"/>
        <source>Rene&amp;w</source>
        <translation>Meg&amp;újítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1075"/>
        <source>Mark not done</source>
        <translation>Teljesítés visszavonása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1280"/>
        <source>1 obligation is overdue</source>
        <translation>1 kötelezettség lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1280"/>
        <source>%1 obligations are overdue</source>
        <translation>%1 kötelezettség lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1287"/>
        <source>O&amp;bligations (%1 overdue)</source>
        <translation>Kö&amp;telezettségek (%1 lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1343"/>
        <source>Delete the obligation “%1” due on %2?</source>
        <translation>Törli ezt a kötelezettséget: „%1” (határidő: %2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1345"/>
        <source>Delete obligation</source>
        <translation>Kötelezettség törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1365"/>
        <source>&amp;Files (%1)</source>
        <translation>&amp;Csatolt fájlok (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1406"/>
        <source>Remove file</source>
        <translation>Fájl eltávolítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1442"/>
        <source>Updated %1</source>
        <translation>Módosítva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1444"/>
        <source>Documents written %1</source>
        <translation>Dokumentumok elkészítve: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1447"/>
        <source>Not saved yet</source>
        <translation>Még nincs mentve</translation>
    </message>
</context>
<context>
    <name>ContractLabels</name>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="20"/>
        <source>Supply contract</source>
        <translation>Szállítási szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="21"/>
        <source>Framework agreement</source>
        <translation>Keretszerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="22"/>
        <source>Service contract</source>
        <translation>Szolgáltatási szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="23"/>
        <source>Other contract</source>
        <translation>Egyéb szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="24"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="32"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="28"/>
        <source>Supply</source>
        <translation>Szállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="29"/>
        <source>Framework</source>
        <translation>Keret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="30"/>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="36"/>
        <source>Our company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="38"/>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="39"/>
        <source>Account manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="40"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="44"/>
        <source>English</source>
        <translation>Angol</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="45"/>
        <source>Hungarian</source>
        <translation>Magyar</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="46"/>
        <source>Russian</source>
        <translation>Orosz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="50"/>
        <source>Delivery</source>
        <translation>Szállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="51"/>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="52"/>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="53"/>
        <source>Price review</source>
        <translation>Árfelülvizsgálat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="31"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="54"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="58"/>
        <source>We</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="37"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="59"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="63"/>
        <source>PDF (generated)</source>
        <translation>PDF (generált)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="64"/>
        <source>DOCX (generated)</source>
        <translation>DOCX (generált)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="65"/>
        <source>Attached file</source>
        <translation>Csatolt fájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="117"/>
        <source>Renews %1</source>
        <translation>%1 megújítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="119"/>
        <source>Amends %1</source>
        <translation>%1 módosítása</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Number</source>
        <translation>Szerződésszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Start</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>End</source>
        <translation>Vége</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Notice by</source>
        <translation>Felmondási határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Amount / limit</source>
        <translation>Összeg / keret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="142"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="367"/>
        <source>Search client or contract number…</source>
        <translation>Keresés: ügyfél vagy szerződésszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="372"/>
        <source>All states</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="374"/>
        <source>All types</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="379"/>
        <source>&amp;New contract…</source>
        <translation>Ú&amp;j szerződés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="380"/>
        <source>A new contract for a client (Ctrl+N)</source>
        <translation>Új szerződés egy ügyfélnek (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="381"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Sablonok…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="382"/>
        <source>Edit the contract templates</source>
        <translation>A szerződéssablonok szerkesztése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="390"/>
        <source>&amp;Delete draft</source>
        <translation>Piszkozat tö&amp;rlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="391"/>
        <source>Delete the selected draft (Del)</source>
        <translation>A kijelölt piszkozat törlése (Del)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="337"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="392"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="395"/>
        <source>&amp;Register</source>
        <translation>&amp;Nyilvántartás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="329"/>
        <source>Re&amp;new…</source>
        <translation>Meg&amp;újítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="331"/>
        <source>The next contract, prefilled from the selected one</source>
        <translation>A következő szerződés, a kijelölt szerződés adataival előre kitöltve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="333"/>
        <source>Active contracts ending within %1 days or past their notice date, not renewed yet.</source>
        <translation>Aktív szerződések, amelyek %1 napon belül lejárnak, vagy a felmondási határidejük már elmúlt, és még nem újították meg őket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="340"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="439"/>
        <source>Renewals &amp;due</source>
        <translation>&amp;Esedékes megújítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="345"/>
        <source>Mark do&amp;ne</source>
        <translation>&amp;Teljesítettnek jelöl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="348"/>
        <source>Obligations not done by their date, of contracts in force.</source>
        <translation>Hatályos szerződések határidőre nem teljesített kötelezettségei.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="350"/>
        <source>&amp;Open contract</source>
        <translation>Szerződés &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="353"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="441"/>
        <source>O&amp;verdue obligations</source>
        <translation>&amp;Lejárt kötelezettségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="377"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="421"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="369"/>
        <source>1 contract</source>
        <translation>1 szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="369"/>
        <source>%1 contracts</source>
        <translation>%1 szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="438"/>
        <source>Renewals &amp;due (%1)</source>
        <translation>&amp;Esedékes megújítások (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="440"/>
        <source>O&amp;verdue obligations (%1)</source>
        <translation>&amp;Lejárt kötelezettségek (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="453"/>
        <source>No contract matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő szerződés: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="454"/>
        <source>No contract matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő szerződés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="457"/>
        <source>No contracts yet. Press %1 to draw one up from a template, or open a client and choose New contract… on its Contracts tab.</source>
        <translation>Még nincs szerződés. Sablonból készíthet egyet (%1), vagy nyisson meg egy ügyfelet, és a Szerződések lapon válassza az Új szerződés… gombot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="466"/>
        <source>No contract needs renewing now.</source>
        <translation>Jelenleg egy szerződést sem kell megújítani.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="467"/>
        <source>No obligation is overdue.</source>
        <translation>Nincs lejárt kötelezettség.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="460"/>
        <source>New contract…</source>
        <translation>Új szerződés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="523"/>
        <source>Delete contract</source>
        <translation>Szerződés törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="524"/>
        <source>Only a draft can be deleted; %1 is no longer a draft.</source>
        <translation>Csak piszkozat törölhető; ez a szerződés már nem piszkozat: %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="527"/>
        <source>Delete draft</source>
        <translation>Piszkozat törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="528"/>
        <source>Delete the draft contract %1 for %2, with its obligations and files?</source>
        <translation>Törli ezt a szerződéspiszkozatot a kötelezettségeivel és csatolt fájljaival együtt: %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1702"/>
        <source>Confirming this order would take the client over its credit limit.</source>
        <translation>A rendelés visszaigazolásával az ügyfél túllépné a hitelkeretét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1708"/>
        <source>The client&apos;s reliability rating is D: its orders need the head of department&apos;s override.</source>
        <translation>Az ügyfél megbízhatósági minősítése D: rendeléseihez az osztályvezető felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1668"/>
        <source>Only the head of department can confirm it anyway, giving a reason.</source>
        <translation>Ennek ellenére csak az osztályvezető igazolhatja vissza, indoklással.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1671"/>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1677"/>
        <source>not rated</source>
        <translation>nincs minősítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1689"/>
        <source>&amp;Override and confirm</source>
        <translation>&amp;Felülbírálás és visszaigazolás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1696"/>
        <location filename="../../ui/credit_dialog.ui" line="14"/>
        <source>Credit limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1704"/>
        <source>The client has debt overdue more than %1 days (the oldest %2 days).</source>
        <translation>Az ügyfélnek %1 napnál régebben lejárt tartozása van (a legrégebbi %2 napja lejárt).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1717"/>
        <source>Say why: the override is recorded with your name.</source>
        <translation>Adja meg az okát: a felülbírálást a program az Ön nevével rögzíti.</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="35"/>
        <source>Credit limit:</source>
        <translation>Hitelkeret:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="45"/>
        <source>Open receivables:</source>
        <translation>Nyitott kintlévőség:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="55"/>
        <source>Not yet invoiced:</source>
        <translation>Még nem számlázott:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="65"/>
        <source>This order:</source>
        <translation>Ez a rendelés:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="75"/>
        <source>Over by:</source>
        <translation>Túllépés:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="85"/>
        <source>Overdue:</source>
        <translation>Lejárt:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="95"/>
        <source>Reliability:</source>
        <translation>Megbízhatóság:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="107"/>
        <source>Head of department&apos;s override</source>
        <translation>Osztályvezetői felülbírálás</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="113"/>
        <source>Confirming anyway is recorded with your name and the reason.</source>
        <translation>A mégis megtörténő visszaigazolást a program az Ön nevével és az indoklással rögzíti.</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="126"/>
        <source>Why is this order confirmed anyway?</source>
        <translation>Miért kerül mégis visszaigazolásra a rendelés?</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="87"/>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="88"/>
        <source>ddd d MMM</source>
        <translation>MMM d., ddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="89"/>
        <source>dddd d MMMM</source>
        <translation>MMMM d., dddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="90"/>
        <source>dddd d MMMM yyyy</source>
        <translation>yyyy. MMMM d., dddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="91"/>
        <source>d MMM</source>
        <translation>MMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="92"/>
        <source>d MMM yyyy</source>
        <translation>yyyy. MMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="93"/>
        <source>d MMMM</source>
        <translation>MMMM d.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="94"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy. MMMM d.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../kamdesk/gui/lists.py" line="225"/>
        <source>&amp;Clear search and filters</source>
        <translation>Keresés és szűrők t&amp;örlése</translation>
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
        <source>Something went wrong inside kamdesk. Your saved data is safe; what happened was written to %1.</source>
        <translation>Hiba történt a kamdeskben. A mentett adatai biztonságban vannak; a történteket ide írtuk: %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="27"/>
        <source>Unexpected error</source>
        <translation>Váratlan hiba</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="156"/>
        <source>Welcome to kamdesk</source>
        <translation>Üdvözli a kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="157"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Adja meg cége és saját maga adatait. Ezeket később a Saját cég oldalon módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="161"/>
        <source>You</source>
        <translation>Ön</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="163"/>
        <source>E&amp;xplore with demo data</source>
        <translation>Kipróbálás &amp;demóadatokkal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="164"/>
        <source>&amp;Get started</source>
        <translation>Kezd&amp;és</translation>
    </message>
</context>
<context>
    <name>HeaderRowPicker</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="70"/>
        <source>&amp;Headers in row:</source>
        <translation>&amp;Fejlécek ebben a sorban:</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="137"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="175"/>
        <source>&amp;Check rows</source>
        <translation>Sorok &amp;ellenőrzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="179"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="206"/>
        <source>Ignore</source>
        <translation>Kihagyás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="235"/>
        <source>Checking the rows…</source>
        <translation>Sorok ellenőrzése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="259"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="259"/>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="263"/>
        <source>&amp;Save rejected rows…</source>
        <translation>Elutasított sorok &amp;mentése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="265"/>
        <source>&amp;Back to columns</source>
        <translation>&amp;Vissza az oszlopokhoz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="267"/>
        <source>Import &amp;nothing</source>
        <translation>Importálás &amp;elvetése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="270"/>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="298"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fájl (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="299"/>
        <source>Save rejected rows</source>
        <translation>Elutasított sorok mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="300"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation>Nem sikerült a fájl írása: %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="426"/>
        <source>Import plans</source>
        <translation>Tervek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="427"/>
        <source>%1 rows can be imported; %2 rows have errors and will not be imported.</source>
        <translation>%1 sor importálható; %2 sor hibás, ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="432"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="432"/>
        <source>Why not</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="441"/>
        <source>Import %1 plans</source>
        <translation>%1 terv importálása</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="60"/>
        <source>New invoice</source>
        <translation>Új számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="75"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Írja be az ügyfél nevét vagy adószámát…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>&amp;Number:</source>
        <translation>&amp;Számlaszám:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="94"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Kelte:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="94"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fizetési határidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="95"/>
        <source>N&amp;et amount:</source>
        <translation>&amp;Nettó összeg:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="95"/>
        <source>&amp;VAT:</source>
        <translation>&amp;ÁFA:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="96"/>
        <source>&amp;Gross amount:</source>
        <translation>&amp;Bruttó összeg:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="96"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="97"/>
        <source>&amp;Refers to invoice:</source>
        <translation>&amp;Hivatkozott számla:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="97"/>
        <source>&amp;Order invoiced:</source>
        <translation>Számlázott &amp;rendelés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="98"/>
        <source>No&amp;te:</source>
        <translation>Megje&amp;gyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="112"/>
        <source>Invoice %1</source>
        <translation>Számla: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="113"/>
        <source>Credit note %1</source>
        <translation>Jóváíró számla: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="142"/>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="151"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="176"/>
        <source>%1 (net + VAT)</source>
        <translation>%1 (nettó + ÁFA)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="199"/>
        <source>Choose the client from the list that opens as you type.</source>
        <translation>Válassza ki az ügyfelet a gépeléskor megnyíló listából.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="210"/>
        <source>Delete invoice</source>
        <translation>Számla törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="211"/>
        <source>Delete %1? What it settled, or what settled it, is allocated anew; the accounting system keeps its own copy.</source>
        <translation>Törli a(z) %1 bizonylatot? Amit kiegyenlített, illetve ami kiegyenlítette, azt a program újrapárosítja; a könyvelőprogramban megmarad a saját példánya.</translation>
    </message>
</context>
<context>
    <name>InvoiceImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="26"/>
        <source>Import invoices</source>
        <translation>Számlák importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="39"/>
        <source>%1 of %2 rows can be imported: %3 new invoices, %4 changed, %5 imported before and unchanged. %6 rows have errors and will not be imported.</source>
        <translation>%2 sorból %1 importálható: %3 új számla, %4 módosult, %5 korábban importált és változatlan. %6 sor hibás, ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="51"/>
        <source>Importing invoices…</source>
        <translation>Számlák importálása…</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Issued</source>
        <translation>Kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Refers to</source>
        <translation>Hivatkozott számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="51"/>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="51"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="76"/>
        <source>Search client or invoice number…</source>
        <translation>Keresés: ügyfél vagy számlaszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="78"/>
        <source>1 invoice</source>
        <translation>1 számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="78"/>
        <source>%1 invoices</source>
        <translation>%1 számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="79"/>
        <source>No invoice matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő számla: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="80"/>
        <source>No invoice matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő számla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="83"/>
        <source>Invoices and credit notes</source>
        <translation>Számlák és jóváíró számlák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="85"/>
        <source>Any time</source>
        <translation>Bármikor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="86"/>
        <source>O&amp;pen only</source>
        <translation>Csak a &amp;nyitottak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="89"/>
        <source>&amp;New invoice…</source>
        <translation>Ú&amp;j számla…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation>J&amp;avítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="92"/>
        <source>&amp;Import invoices…</source>
        <translation>Számlák &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>Settled on</source>
        <translation>Kiegyenlítés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>By</source>
        <translation>Kiegyenlítette</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>How</source>
        <translation>Módja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/entry_page.py" line="63"/>
        <source>&amp;Remove allocation</source>
        <translation>Párosítás &amp;visszavonása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/entry_page.py" line="65"/>
        <source>Take back an allocation made by hand; the rules allocate anew</source>
        <translation>Kézi párosítás visszavonása; a program a szabályok szerint újrapárosít</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="135"/>
        <source>No invoices yet. Import the invoice list of the accounting system, or type in what it lacks.</source>
        <translation>Még nincs számla. Importálja a könyvelőprogram számlalistáját, vagy rögzítse kézzel, ami hiányzik belőle.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="137"/>
        <source>Import invoices…</source>
        <translation>Számlák importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="137"/>
        <source>New invoice…</source>
        <translation>Új számla…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="151"/>
        <source>Nothing settles %1 yet.</source>
        <translation>A(z) %1 számlát még semmi sem egyenlíti ki.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="153"/>
        <source>What settles %1:</source>
        <translation>A(z) %1 számla kiegyenlítései:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="159"/>
        <source>settles %1</source>
        <translation>kiegyenlíti: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="161"/>
        <source>payment of %1</source>
        <translation>%1 napi befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="163"/>
        <source>credit note %1</source>
        <translation>jóváíró számla: %1</translation>
    </message>
</context>
<context>
    <name>KpiBars</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="52"/>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="52"/>
        <source>Active clients</source>
        <translation>Aktív ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="53"/>
        <source>New clients</source>
        <translation>Új ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>plan</source>
        <translation>terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>actual</source>
        <translation>tény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>forecast</source>
        <translation>várható</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="58"/>
        <source>Double-click a KPI to see its clients</source>
        <translation>Az ügyfelek megtekintéséhez kattintson duplán egy KPI-re</translation>
    </message>
</context>
<context>
    <name>KpiClientList</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="24"/>
        <source>Clients with sales</source>
        <translation>Forgalmat hozó ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="25"/>
        <source>Active clients</source>
        <translation>Aktív ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="26"/>
        <source>Lapsed clients</source>
        <translation>Lemorzsolódott ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="27"/>
        <source>New clients</source>
        <translation>Új ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="28"/>
        <source>Clients about to lapse</source>
        <translation>Lemorzsolódó ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="44"/>
        <source>Reading…</source>
        <translation>Beolvasás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="49"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="49"/>
        <source>Sales in the period</source>
        <translation>Értékesítés az időszakban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="50"/>
        <source>Last sale</source>
        <translation>Utolsó eladás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="50"/>
        <source>Days without a sale</source>
        <translation>Napok eladás nélkül</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="65"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n ügyfél</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="65"/>
        <source>No client in this list.</source>
        <translation>Ebben a listában nincs ügyfél.</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Quarter</source>
        <translation>Negyedév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="124"/>
        <source>Reading…</source>
        <translation>Beolvasás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="128"/>
        <source>About to lapse…</source>
        <translation>Lemorzsolódók…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="130"/>
        <source>Active clients without an order for the company&apos;s lapse days</source>
        <translation>Aktív ügyfelek, amelyeknek a cégnél beállított lemorzsolódási napok óta nincs rendelésük</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="132"/>
        <source>Plan my &amp;week</source>
        <translation>&amp;Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="134"/>
        <source>The calendar&apos;s suggestions for this week, clients about to lapse among them</source>
        <translation>A naptár javaslatai erre a hétre, köztük a lemorzsolódó ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="137"/>
        <source>Period:</source>
        <translation>Időszak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="142"/>
        <source>&amp;Plans…</source>
        <translation>&amp;Tervek…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="144"/>
        <source>The year&apos;s monthly plans: heads set and split them, managers see their own</source>
        <translation>Az év havi tervei: az osztályvezetők állítják be és osztják fel őket, az üzletkötők a sajátjukat látják</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="164"/>
        <source>Double-click a figure to see its clients</source>
        <translation>Az érintett ügyfelek megtekintéséhez kattintson duplán egy értékre</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>Active clients</source>
        <translation>Aktív ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>New clients</source>
        <translation>Új ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>plan</source>
        <translation>terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>actual</source>
        <translation>tény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>forecast</source>
        <translation>előrejelzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="171"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>Lapsed</source>
        <translation>Lemorzsolódott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>About to
lapse</source>
        <translation>Lemorzsolódás
előtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>Variable
pay %</source>
        <translation>Változó
bér %</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="205"/>
        <source>MMMM yyyy</source>
        <translation>yyyy. MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="207"/>
        <source>Q%1 %2</source>
        <translation>%2. Q%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="275"/>
        <source>About to lapse (%1)…</source>
        <translation>Lemorzsolódók (%1)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="312"/>
        <source>Department</source>
        <translation>Osztály</translation>
    </message>
</context>
<context>
    <name>KpiSettingsBox</name>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="38"/>
        <source>KPIs</source>
        <translation>KPI-k</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="42"/>
        <source> months</source>
        <translation> hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="43"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="49"/>
        <source>Save KPI settings</source>
        <translation>KPI-beállítások mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="78"/>
        <source>Sold states:</source>
        <translation>Eladásnak számító állapotok:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="81"/>
        <source>Active window:</source>
        <translation>Aktivitási ablak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="82"/>
        <source>About to lapse after:</source>
        <translation>Lemorzsolódó rendelés nélkül:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="83"/>
        <source>Pay scale:</source>
        <translation>Változóbér-skála:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="84"/>
        <source>Weight of sales:</source>
        <translation>Értékesítés súlya:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="85"/>
        <source>Weight of active clients:</source>
        <translation>Aktív ügyfelek súlya:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="86"/>
        <source>Weight of new clients:</source>
        <translation>Új ügyfelek súlya:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="91"/>
        <source>Definitions</source>
        <translation>Definíciók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="93"/>
        <source>What each KPI counts, in words</source>
        <translation>Az egyes KPI-k számítása szövegesen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="122"/>
        <source>Sales: the net total of the manager&apos;s orders (the order&apos;s manager) in the sold states, dated in the period, in the company&apos;s currency (an order in another currency is not converted and not added).</source>
        <translation>Értékesítés: az üzletkötő (a rendelés üzletkötője) eladásnak számító állapotú, az időszakra keltezett rendeléseinek nettó összege a cég pénznemében (a más pénznemű rendelést a program nem váltja át, és nem adja hozzá).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="125"/>
        <source>Active clients: the distinct clients with an order in the sold states (in any currency) dated in the period or the months before it; the window counts the period&apos;s own month (3: the two months before).</source>
        <translation>Aktív ügyfelek: azok a különböző ügyfelek, amelyeknek van eladásnak számító állapotú (bármilyen pénznemű) rendelése az időszakban vagy az azt megelőző hónapokban; az ablakba az időszak saját hónapja is beleszámít (3: az előtte lévő két hónap is).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="128"/>
        <source>New clients: the clients whose first ever order in the sold states is dated in the period, counted for the manager who took that order.</source>
        <translation>Új ügyfelek: azok az ügyfelek, amelyeknek legelső eladásnak számító állapotú rendelése az időszakra esik; annál az üzletkötőnél számítanak, aki ezt a rendelést felvette.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="130"/>
        <source>About to lapse: an active client with no order in the sold states for the days set.</source>
        <translation>Lemorzsolódó: az az aktív ügyfél, amelynek a beállított számú napja nincs eladásnak számító állapotú rendelése.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="131"/>
        <source>Pay scale: steps of fulfilment % : pay %; a KPI earns the pay % of the highest step it reaches (below the first, nothing) of its weight. A KPI without a plan weighs nothing.</source>
        <translation>Változóbér-skála: teljesítés % : kifizetés % lépcsők; egy KPI a súlyának annyi százalékát hozza, amennyi az általa elért legmagasabb lépcső kifizetési százaléka (az első lépcső alatt semmit). Terv nélküli KPI súlya nulla.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="55"/>
        <source>Letter to %1</source>
        <translation>Levél – %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="63"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sablon:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="65"/>
        <source>Edit &amp;templates…</source>
        <translation>Sablonok s&amp;zerkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="75"/>
        <source>This template has no fields to type.</source>
        <translation>Ebben a sablonban nincs kitöltendő mező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="81"/>
        <source>Fields typed for this letter:</source>
        <translation>A levélhez megadott mezők:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="111"/>
        <source>&amp;Save as PDF…</source>
        <translation>Mentés &amp;PDF-ként…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="112"/>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>A levél mentése PDF-fájlba (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="115"/>
        <source>Send the letter by e-mail, its PDF attached</source>
        <translation>A levél elküldése e-mailben, PDF-mellékletként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="117"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="188"/>
        <source>Save the letter as</source>
        <translation>A levél mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="190"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="211"/>
        <source>The letter&apos;s e-mail is in the client&apos;s history.</source>
        <translation>A levél e-mailje bekerült az ügyfél előzményei közé.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="215"/>
        <source>Saved %1.</source>
        <translation>Mentve: %1.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="18"/>
        <source>Effective from:</source>
        <translation>Hatálybalépés napja:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="19"/>
        <source>Reason (optional):</source>
        <translation>Indok (nem kötelező):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="20"/>
        <source>Subject:</source>
        <translation>Tárgy:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="21"/>
        <source>Text:</source>
        <translation>Szöveg:</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="523"/>
        <source>Totals</source>
        <translation>Összesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="539"/>
        <source>Net total:</source>
        <translation>Nettó összesen:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="542"/>
        <source>VAT total:</source>
        <translation>ÁFA összesen:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="548"/>
        <source>Gross total:</source>
        <translation>Bruttó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="579"/>
        <source>&amp;Remove line</source>
        <translation>Tétel &amp;törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="583"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="946"/>
        <source>Take the &amp;promotion off this line</source>
        <translation>&amp;Akció levétele erről a tételről</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="678"/>
        <source>Choose the client first: prices depend on its price column.</source>
        <translation>Először válassza ki az ügyfelet: az árak az árlista-oszlopától függenek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="726"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1141"/>
        <source>Prices of the “%1” column, in %2, net of VAT</source>
        <translation>Árak: „%1” oszlop, %2, ÁFA nélkül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="749"/>
        <source>VAT %1 on %2:</source>
        <translation>ÁFA %1 (%2 után):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="781"/>
        <source>(no contact)</source>
        <translation>(nincs kapcsolattartó)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="944"/>
        <source>Put the &amp;promotion back on this line</source>
        <translation>&amp;Akció visszatétele erre a tételre</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Unit</source>
        <translation>Me.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>List price</source>
        <translation>Listaár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Promotion</source>
        <translation>Akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Discount</source>
        <translation>Kedv.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Unit price</source>
        <translation>Egységár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="171"/>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="171"/>
        <source>Shipped</source>
        <translation>Kiszáll.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="258"/>
        <source>Type SKU or name…</source>
        <translation>Cikkszám/név…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="283"/>
        <source>Above your limit of %1: needs the head&apos;s approval</source>
        <translation>Meghaladja az Ön kedvezményi keretét (%1): az osztályvezető jóváhagyása szükséges</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="286"/>
        <source>%1: taken off this line; Space puts it back</source>
        <translation>%1: levéve erről a tételről; a Szóköz visszateszi</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="287"/>
        <source>%1: applied; Space takes it off this line</source>
        <translation>%1: alkalmazva; a Szóköz leveszi erről a tételről</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="316"/>
        <source>%1 + %2 free</source>
        <translation>%1 + %2 ingyen</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="193"/>
        <source>The server refused the login or password.</source>
        <translation>A szerver elutasította a felhasználónevet vagy a jelszót.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="250"/>
        <source>Password not remembered</source>
        <translation>A jelszó nincs megjegyezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="251"/>
        <source>kamdesk could not keep the password in this computer&apos;s keyring (%1). You will be asked for it at the next start.</source>
        <translation>A kamdesk nem tudta a jelszót a számítógép kulcstartójában megőrizni (%1). A következő indításkor ismét megkérdezi.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="276"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="282"/>
        <source>Cannot reach the server</source>
        <translation>A szerver nem érhető el</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="283"/>
        <source>kamdesk cannot connect to the database %2 on the server %1.</source>
        <translation>A kamdesk nem tud csatlakozni a(z) %1 szerveren lévő %2 adatbázishoz.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="286"/>
        <source>Check the network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>Ellenőrizze a hálózati kapcsolatot, vagy kérdezze meg a szerver gondozóját, hogy fut-e.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="289"/>
        <source>&amp;Retry</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="138"/>
        <source>Log in to the team server</source>
        <translation>Bejelentkezés a csapatszerverre</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="144"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>A jelszó &amp;megjegyzése a számítógép kulcstartójában</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="149"/>
        <source>This computer has no keyring kamdesk can keep a password in.</source>
        <translation>Ezen a számítógépen nincs olyan kulcstartó, amelyben a kamdesk jelszót őrizhetne.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="157"/>
        <source>&amp;Log in</source>
        <translation>&amp;Bejelentkezés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="172"/>
        <source>Server:</source>
        <translation>Szerver:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="173"/>
        <source>Database:</source>
        <translation>Adatbázis:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="174"/>
        <source>L&amp;ogin:</source>
        <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="175"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
</context>
<context>
    <name>MailCompose</name>
    <message>
        <location filename="../../kamdesk/gui/mail/compose.py" line="21"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/compose.py" line="39"/>
        <source>Preparing the e-mail…</source>
        <translation>Az e-mail előkészítése…</translation>
    </message>
</context>
<context>
    <name>MailHistory</name>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="36"/>
        <source>Draft</source>
        <translation>Piszkozat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="36"/>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="44"/>
        <source>Saved in the Sent folder</source>
        <translation>Mentve az Elküldött mappába</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="45"/>
        <source>Not saved in the Sent folder: %1</source>
        <translation>Nincs mentve az Elküldött mappába: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>How</source>
        <translation>Módja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>To</source>
        <translation>Címzett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="62"/>
        <source>Subject</source>
        <translation>Tárgy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="62"/>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="70"/>
        <source>&amp;Details…</source>
        <translation>Rés&amp;zletek…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="98"/>
        <source>No e-mail sent to this client from kamdesk yet: use “E-mail…” (Ctrl+Shift+E) on an offer, a contract, an order or a statement.</source>
        <translation>A kamdeskből még nem ment e-mail ennek az ügyfélnek: használja az „E-mail…” parancsot (Ctrl+Shift+E) egy ajánlaton, szerződésen, rendelésen vagy folyószámla-egyeztetésen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="130"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="135"/>
        <source>Date:</source>
        <translation>Dátum:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="136"/>
        <source>How:</source>
        <translation>Módja:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="137"/>
        <source>By:</source>
        <translation>Küldte:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="138"/>
        <source>To:</source>
        <translation>Címzett:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="139"/>
        <source>Cc:</source>
        <translation>Másolat:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="140"/>
        <source>Subject:</source>
        <translation>Tárgy:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="141"/>
        <source>Documents:</source>
        <translation>Dokumentumok:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="142"/>
        <source>Sent folder:</source>
        <translation>Elküldött mappa:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="150"/>
        <source>Attachments:</source>
        <translation>Mellékletek:</translation>
    </message>
</context>
<context>
    <name>MailOffers</name>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="22"/>
        <source>Mark the offer sent?</source>
        <translation>Elküldöttnek jelöli az ajánlatot?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="23"/>
        <source>Offer %1 is open in your mail program. Mark it as sent to the client?</source>
        <translation>A(z) %1 ajánlat meg van nyitva a levelezőprogramjában. Elküldöttnek jelöli az ügyfél felé?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="26"/>
        <source>Cannot mark the offer sent</source>
        <translation>Az ajánlat nem jelölhető elküldöttnek</translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="79"/>
        <source>Password not remembered</source>
        <translation>A jelszó nincs megjegyezve</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="42"/>
        <source>kamdesk</source>
        <translation>kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/area.py" line="19"/>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_area.py" line="15"/>
        <source>Company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="21"/>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="36"/>
        <source>Orders</source>
        <translation>Rendelések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="9"/>
        <source>Catalogue</source>
        <translation>Termékkatalógus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="49"/>
        <source>Offers</source>
        <translation>Ajánlatok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="25"/>
        <source>Contracts</source>
        <translation>Szerződések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="99"/>
        <location filename="../../kamdesk/gui/main_window.py" line="218"/>
        <source>&amp;New client…</source>
        <translation>Ú&amp;j ügyfél…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="101"/>
        <source>&amp;Import clients…</source>
        <translation>Ügyfelek &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="102"/>
        <source>&amp;Export clients…</source>
        <translation>Ügyfelek &amp;exportálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="104"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Biztonsági mentés most</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="105"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Visszaállítás biztonsági mentésből…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="107"/>
        <source>&amp;Check database</source>
        <translation>Adatbázis e&amp;llenőrzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="109"/>
        <source>Change my pass&amp;word…</source>
        <translation>Saját jel&amp;szó módosítása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>&amp;Szerkesztés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="115"/>
        <source>&amp;Find client</source>
        <translation>Ügyfél &amp;keresése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="116"/>
        <source>&amp;Open client</source>
        <translation>Ügyfél &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/area.py" line="20"/>
        <source>&amp;Clients</source>
        <translation>&amp;Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="22"/>
        <source>C&amp;alendar</source>
        <translation>&amp;Naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="37"/>
        <source>&amp;Orders</source>
        <translation>&amp;Rendelések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="10"/>
        <source>Catalo&amp;gue</source>
        <translation>&amp;Termékkatalógus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_area.py" line="16"/>
        <source>Com&amp;pany</source>
        <translation>&amp;Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="50"/>
        <source>O&amp;ffers</source>
        <translation>&amp;Ajánlatok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="26"/>
        <source>Co&amp;ntracts</source>
        <translation>Sz&amp;erződések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>Sú&amp;gó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="127"/>
        <source>&amp;About kamdesk</source>
        <translation>A kamdesk &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="25"/>
        <source>&amp;New activity…</source>
        <translation>Ú&amp;j tevékenység…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="40"/>
        <source>&amp;New order…</source>
        <translation>Ú&amp;j rendelés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="13"/>
        <source>&amp;New product…</source>
        <translation>Ú&amp;j termék…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="53"/>
        <source>&amp;New offer…</source>
        <translation>Ú&amp;j ajánlat…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="29"/>
        <source>&amp;New contract…</source>
        <translation>Ú&amp;j szerződés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="240"/>
        <source>Refreshed</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="287"/>
        <source>Client saved</source>
        <translation>Ügyfél mentve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="336"/>
        <source>Import clients</source>
        <translation>Ügyfelek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="337"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="341"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="352"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél importálva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="364"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>%n ügyfél exportálva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="414"/>
        <source>Your password was changed.</source>
        <translation>A jelszava megváltozott.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="418"/>
        <source>About kamdesk</source>
        <translation>A kamdesk névjegye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="419"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 – a kulcsügyfél-menedzserek asztala.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="60"/>
        <source>Admin</source>
        <translation>Adminisztráció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="61"/>
        <source>A&amp;dmin</source>
        <translation>Adminisztrá&amp;ció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="81"/>
        <source>Receivables</source>
        <translation>Kintlévőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="82"/>
        <source>Rec&amp;eivables</source>
        <translation>&amp;Kintlévőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/area.py" line="16"/>
        <source>Refusals &amp; returns</source>
        <translation>Visszáru és elutasítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/area.py" line="17"/>
        <source>Refusals &amp;&amp; re&amp;turns</source>
        <translation>&amp;Visszáru és elutasítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="27"/>
        <source>Complaints</source>
        <translation>Reklamációk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="28"/>
        <source>Compla&amp;ints</source>
        <translation>Rek&amp;lamációk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="31"/>
        <source>&amp;New complaint…</source>
        <translation>Ú&amp;j reklamáció…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/area.py" line="26"/>
        <source>Plans &amp; KPIs</source>
        <translation>Tervek és KPI-k</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/area.py" line="27"/>
        <source>Plans &amp;&amp; &amp;KPIs</source>
        <translation>Tervek és K&amp;PI-k</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/area.py" line="11"/>
        <source>Competitors</source>
        <translation>Versenytársak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/area.py" line="12"/>
        <source>Co&amp;mpetitors</source>
        <translation>Versen&amp;ytársak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/area.py" line="11"/>
        <source>Reports</source>
        <translation>Kimutatások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/area.py" line="12"/>
        <source>Report&amp;s</source>
        <translation>Ki&amp;mutatások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/area.py" line="17"/>
        <source>Analytics</source>
        <translation>Elemzések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/area.py" line="18"/>
        <source>Anal&amp;ytics</source>
        <translation>Elem&amp;zések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/area.py" line="37"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="113"/>
        <source>Key account manager</source>
        <translation>Kulcsügyfél-menedzser</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="114"/>
        <source>Head of department</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="115"/>
        <source>Administrator</source>
        <translation>Rendszergazda</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="121"/>
        <source>Extra discount on top of the column price without the head&apos;s approval</source>
        <translation>Az oszlopár feletti többletkedvezmény, amelyhez nem kell osztályvezetői jóváhagyás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>Your na&amp;me:</source>
        <translation>A&amp;z Ön neve:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="125"/>
        <source>Ro&amp;le:</source>
        <translation>&amp;Szerepkör:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="124"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="126"/>
        <source>&amp;Discount limit:</source>
        <translation>&amp;Kedvezménykorlát:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="68"/>
        <source>Mail merge</source>
        <translation>Körlevél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="87"/>
        <source>&amp;Check all clients</source>
        <translation>Minden ügyfél &amp;ellenőrzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="88"/>
        <source>Make every letter without writing anything, and list the clients who would be skipped</source>
        <translation>Minden levél elkészítése mentés nélkül, és a kimaradó ügyfelek listája</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="91"/>
        <source>&amp;Write letters</source>
        <translation>Levelek &amp;írása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="111"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="115"/>
        <source>Edit &amp;templates…</source>
        <translation>Sablonok s&amp;zerkesztése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="129"/>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="131"/>
        <source>All statuses</source>
        <translation>Minden státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="135"/>
        <source>All segments</source>
        <translation>Minden szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="137"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="140"/>
        <source>All clients</source>
        <translation>Minden ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="141"/>
        <source>Key accounts</source>
        <translation>Kulcsügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="142"/>
        <source>Other clients</source>
        <translation>Egyéb ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="151"/>
        <source>Status:</source>
        <translation>Státusz:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="152"/>
        <source>Segment:</source>
        <translation>Szegmens:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="153"/>
        <source>Manager:</source>
        <translation>Üzletkötő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="154"/>
        <source>Key account:</source>
        <translation>Kulcsügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="161"/>
        <source>Where the letters go</source>
        <translation>Hová kerülnek a levelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="163"/>
        <source>A &amp;PDF per client into:</source>
        <translation>Ügyfelenként egy P&amp;DF ide:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="168"/>
        <source>No e-mails</source>
        <translation>E-mail nélkül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="169"/>
        <source>E-mail &amp;drafts (.eml) into:</source>
        <translation>E-mail-&amp;piszkozatok (.eml) ide:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="170"/>
        <source>&amp;Send the e-mails now</source>
        <translation>Az e-mailek &amp;küldése most</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="171"/>
        <source>This desk has no e-mail account yet: &lt;a href=&quot;settings&quot;&gt;set it up…&lt;/a&gt;</source>
        <translation>Ennek az asztalnak még nincs e-mail-fiókja: &lt;a href=&quot;settings&quot;&gt;beállítás…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="209"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="209"/>
        <source>Why it gets no letter or e-mail</source>
        <translation>Miért nem kap levelet vagy e-mailt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="212"/>
        <source>Skipped clients: press “Check all clients” to find them.</source>
        <translation>Kimaradó ügyfelek: a megkeresésükhöz nyomja meg a „Minden ügyfél ellenőrzése” gombot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="225"/>
        <source>The first three letters:</source>
        <translation>Az első három levél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="266"/>
        <source>Choose a folder</source>
        <translation>Válasszon mappát</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="286"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n ügyfél található</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="292"/>
        <source>Skipped: %1</source>
        <translation>Kimaradt: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="332"/>
        <source>Checking the letters…</source>
        <translation>A levelek ellenőrzése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="332"/>
        <source>Writing the letters…</source>
        <translation>A levelek írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="344"/>
        <source>Nothing was written: %1</source>
        <translation>Semmi sem készült el: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="392"/>
        <source>Not written, not mailed: %1</source>
        <translation>Nem készült el, nem ment el: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="394"/>
        <source>Sent, but: %1</source>
        <translation>Elküldve, de: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="395"/>
        <source>Not mailed: %1</source>
        <translation>Nem ment ki e-mail: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="387"/>
        <source>%n client(s) without a letter or an e-mail:</source>
        <translation>
            <numerusform>%n ügyfél levél és e-mail nélkül:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="356"/>
        <source>%1 of %n client(s) get a letter.</source>
        <translation>
            <numerusform>%n ügyfélből %1 kap levelet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="360"/>
        <source>Stopped after %1 of %n client(s): what was done until then stays.</source>
        <translation>
            <numerusform>Leállt %n ügyfélből %1 után: ami addig elkészült, megmarad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="363"/>
        <source>It stopped because: %1</source>
        <translation>A leállás oka: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="369"/>
        <source>%n letter(s) made</source>
        <translation>
            <numerusform>%n levél elkészült</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="370"/>
        <source>%n e-mail(s) sent or saved</source>
        <translation>
            <numerusform>%n e-mail elküldve vagy mentve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="371"/>
        <source>%n client(s) skipped</source>
        <translation>
            <numerusform>%n ügyfél kimaradt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="373"/>
        <source>%n letter(s) could not be written</source>
        <translation>
            <numerusform>%n levelet nem sikerült elkészíteni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="385"/>
        <source>%n client(s) to look at:</source>
        <translation>
            <numerusform>%n ügyfelet érdemes megnézni:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="388"/>
        <source>No client is skipped.</source>
        <translation>Egy ügyfél sem marad ki.</translation>
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
        <source>--statement “{text}” is not a period such as 2026-01-01:2026-11-30.</source>
        <translation>A --statement értéke („{text}”) nem időszak, például 2026-01-01:2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client is about to lapse after a number of days from {low} to {high}.</source>
        <translation>Az ügyfél {low} és {high} közötti számú nap után lehet lemorzsolódó.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A client like this exists already: {names}.</source>
        <translation>Már van hasonló ügyfél: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Már létezik ügyfél ezzel a névvel: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Már létezik ügyfél ezzel az adószámmal ({tax_number}): {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>A client with tax number {tax} exists already.</source>
        <translation>Már van ügyfél {tax} adószámmal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>A client with this tax number exists already.</source>
        <translation>Már van ügyfél ezzel az adószámmal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>A client&apos;s status is one of: {statuses}.</source>
        <translation>Az ügyfél státusza a következők egyike: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>A compensation is an amount of zero or more.</source>
        <translation>A kompenzáció nulla vagy annál nagyobb összeg lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>A competitor&apos;s action is a promotion, a new product or something else.</source>
        <translation>A versenytárs akciója lehet akció, új termék vagy egyéb.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>A complaint cannot be received on a day still to come.</source>
        <translation>A reklamáció beérkezésének dátuma nem lehet a jövőben.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>A complaint is about a shortage, a defect, a delay, a price or the service.</source>
        <translation>A reklamáció oka mennyiségi hiány, minőségi hiba, késés, ár vagy kiszolgálás lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>A contract is a supply, framework, service or other contract.</source>
        <translation>A szerződés szállítási szerződés, keretszerződés, szolgáltatási szerződés vagy egyéb szerződés lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>A contract is written in English, Hungarian or Russian.</source>
        <translation>Szerződés angolul, magyarul vagy oroszul készülhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>A contract that renews itself needs an end date.</source>
        <translation>Az automatikusan megújuló szerződéshez meg kell adni a lejárat dátumát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>A credit note cannot refer to itself.</source>
        <translation>A jóváíró számla nem hivatkozhat önmagára.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>A discount is between 0 and 100 %.</source>
        <translation>A kedvezmény 0 és 100 % között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>A discount on offer {number} is above your limit of {limit} %: the head of department must approve it before the offer is sent.</source>
        <translation>A(z) {number} ajánlat kedvezménye meghaladja a {limit} %-os keretét: küldés előtt az osztályvezetőnek jóvá kell hagynia.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>A dunning step starts a number of days past due from 1 to {most}.</source>
        <translation>A felszólítási lépés a lejárat után 1–{most} nappal kezdődhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>A key account manager sees the reports of their own clients only.</source>
        <translation>A kulcsügyfél-menedzser csak a saját ügyfeleinek kimutatásait látja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>A login is 1 to 63 small letters (a–z), digits or underscores, beginning with a letter, and does not begin with pg_ or kamdesk_: “{login}” is not one.</source>
        <translation>A felhasználónév 1–63 kisbetű (a–z), számjegy vagy aláhúzás, betűvel kezdődik, és nem kezdődik pg_ vagy kamdesk_ előtaggal: „{login}” nem ilyen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>A message goes to at most {count} people.</source>
        <translation>Egy üzenet legfeljebb {count} címzettnek mehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>A monthly series on a weekday needs one weekday and its week (1st–4th or last).</source>
        <translation>A hét napja szerint ismétlődő havi sorozathoz meg kell adni a hét egy napját és a hónap hetét (1.–4. vagy utolsó).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>A number in the template is too large to be written (over 4,000 digits).</source>
        <translation>A sablonban egy szám túl nagy ahhoz, hogy kiírható legyen (több mint 4000 számjegy).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>A package holds at most {count} documents.</source>
        <translation>Egy csomagban legfeljebb {count} dokumentum lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>A package holds offers, contracts, statements and price lists.</source>
        <translation>Egy csomagban ajánlatok, szerződések, folyószámla-egyeztetések és árlisták lehetnek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>A password has at least {count} characters.</source>
        <translation>A jelszó legalább {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>A password has at most {count} characters.</source>
        <translation>A jelszó legfeljebb {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>A plan is a number of zero or more (clients: a whole number).</source>
        <translation>A terv nulla vagy nagyobb szám (ügyfeleknél egész szám).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>A port 1 és 65535 közötti egész szám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>A price can have at most two decimal places.</source>
        <translation>Az ár legfeljebb két tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>A price cannot be negative.</source>
        <translation>Az ár nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>A price column called “{name}” exists already.</source>
        <translation>Már létezik „{name}” nevű árlista-oszlop.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>A price column cannot be derived from itself.</source>
        <translation>Egy árlista-oszlop nem származtatható önmagából.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>A price is an amount above zero with at most two decimal places.</source>
        <translation>Az ár nullánál nagyobb összeg, legfeljebb két tizedesjeggyel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>A price observed on a day still to come cannot be recorded.</source>
        <translation>Jövőbeli napon észlelt ár nem rögzíthető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>A quantity has at most three decimals.</source>
        <translation>A mennyiség legfeljebb három tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>A reminder comes 0 to {limit} minutes before the start; 0 turns reminders off.</source>
        <translation>Az emlékeztető a kezdés előtt 0–{limit} perccel jelenik meg; 0 esetén nincs emlékeztető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>A report covers at most ten years.</source>
        <translation>Egy kimutatás legfeljebb tíz évet foglalhat magában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Már létezik „{name}” nevű szegmens.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>A series can have 1 to {limit} occurrences.</source>
        <translation>Egy sorozat 1–{limit} alkalomból állhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>A series needs an end: a last date or a number of times.</source>
        <translation>Adja meg a sorozat végét: az utolsó dátumot vagy az alkalmak számát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>A series repeats daily, weekly or monthly.</source>
        <translation>Egy sorozat naponta, hetente vagy havonta ismétlődhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>A részesedés 0 és 100 közötti százalék.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>A team server is a PostgreSQL database (postgresql://USER@HOST/DATABASE), not {url}.</source>
        <translation>A csapatszerver egy PostgreSQL-adatbázis (postgresql://FELHASZNÁLÓ@GÉP/ADATBÁZIS), nem {url}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>Accepted</source>
        <translation>Elfogadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Active</source>
        <comment>contract state</comment>
        <translation>Hatályos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Active “{text}” must be yes or no.</source>
        <translation>Az „Aktív” mező értéke („{text}”) csak igen vagy nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Activity</source>
        <translation>Tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Add at least one line.</source>
        <translation>Adjon hozzá legalább egy tételt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>All day</source>
        <translation>Egész napos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Allocation by hand</source>
        <translation>Kézi párosítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>An action observed on a day still to come cannot be recorded.</source>
        <translation>Jövőbeli napon észlelt akció nem rögzíthető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>An activity lasts at most a day; make it an all-day activity.</source>
        <translation>Egy tevékenység legfeljebb egy napig tarthat; jelölje egész naposnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>An encrypted database needs a passphrase.</source>
        <translation>A titkosított adatbázishoz jelmondat kell.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>An invoice&apos;s gross amount cannot be negative ({gross}): a credit note lowers what is owed.</source>
        <translation>A számla bruttó összege nem lehet negatív ({gross}): a tartozást jóváíró számla csökkenti.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>An obligation is a delivery, payment, report, price review or other.</source>
        <translation>A kötelezettség szállítás, fizetés, jelentés, árfelülvizsgálat vagy egyéb lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>An offer is written in English, Hungarian or Russian.</source>
        <translation>Ajánlat angolul, magyarul vagy oroszul készülhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>An order can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>A rendelés csak .xlsx vagy .csv fájlba exportálható, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>An unexpected error stopped it: {reason}.</source>
        <translation>Váratlan hiba miatt leállt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Another product has the SKU {sku}.</source>
        <translation>Ez a cikkszám már egy másik termékhez tartozik: {sku}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>Approval pending</source>
        <translation>Jóváhagyásra vár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Approve</source>
        <translation>Jóváhagyás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>Audit entries {first} to {last} were removed.</source>
        <translation>A(z) {first}–{last}. naplóbejegyzéseket eltávolították.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>Audit entry {id} does not follow entry {previous}: the link between them was altered.</source>
        <translation>A(z) {id}. naplóbejegyzés nem a(z) {previous}. után következik: a kettő közötti kapcsolatot megváltoztatták.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>Audit entry {id} was altered: its contents do not match its hash.</source>
        <translation>A(z) {id}. naplóbejegyzést megváltoztatták: tartalma nem egyezik a lenyomatával.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>Audit entry {id} was removed.</source>
        <translation>A(z) {id}. naplóbejegyzést eltávolították.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>Backups are made of a database file on this computer; a server database is backed up on the server.</source>
        <translation>Biztonsági mentés ezen a gépen lévő adatbázisfájlról készül; a szerveren lévő adatbázist a szerveren mentik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>Based on</source>
        <translation>Alapja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>Both changed it; the laptop&apos;s later change was written, the office&apos;s value is listed here.</source>
        <translation>Mindkét helyen módosult; a laptop későbbi változása került be, az irodai érték itt látható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>Both changed it; the office&apos;s value was kept, the laptop&apos;s is a proposal.</source>
        <translation>Mindkét helyen módosult; az irodai érték maradt, a laptopé javaslat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>Bought by {count} of {total} clients in the segment {segment}.</source>
        <translation>A szegmens ({segment}) {total} ügyfeléből {count} vásárolja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>Bought by {count} of {total} other clients.</source>
        <translation>{total} másik ügyfélből {count} vásárolja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>Buy</source>
        <translation>Vásárolt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Call</source>
        <translation>Hívás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>Cancel order</source>
        <translation>Rendelés sztornózása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>Cancelled</source>
        <comment>activity state</comment>
        <translation>Lemondott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>Cancelled</source>
        <comment>order state</comment>
        <translation>Sztornózva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>Cancelled orders</source>
        <translation>Sztornózott rendelések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>Cannot copy {path}: {reason}</source>
        <translation>Nem sikerült a másolás: {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Nem sikerült megnyitni az adatbázist ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>Cannot write the screenshot to {file}.</source>
        <translation>Nem sikerült a képernyőképet ide menteni: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Nem sikerült írni: {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nem írható: {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>Category: no category is called “{name}”.</source>
        <translation>Kategória: nincs „{name}” nevű kategória.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>Category: several categories are called “{name}”; give its path, such as “Food / Dairy”.</source>
        <translation>Kategória: több kategória neve „{name}”; adja meg az útvonalát, például „Élelmiszer / Tejtermék”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>Changed by someone else at {when} after you opened it.</source>
        <translation>Valaki más módosította {when}-kor, miután Ön megnyitotta.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>Changed by {who} at {when} after you opened it.</source>
        <translation>{who} módosította {when}-kor, miután Ön megnyitotta.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>Changed on the laptop, but deleted in the office meanwhile; the change was not applied.</source>
        <translation>A laptopon módosult, de közben az irodában törölték; a módosítás nem került be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>Checking the audit trail needs the database owner&apos;s or an administrator&apos;s login.</source>
        <translation>A napló ellenőrzéséhez az adatbázis tulajdonosának vagy egy rendszergazdának kell bejelentkeznie.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>Choose STARTTLS, SSL or no encryption.</source>
        <translation>Válassza a STARTTLS-t, az SSL-t vagy a titkosítás nélküli kapcsolatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>Choose a line of this order and a quantity above zero.</source>
        <translation>Válassza ki a rendelés egyik tételét, és adjon meg nullánál nagyobb mennyiséget.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>Choose a template for the contract.</source>
        <translation>Válasszon sablont a szerződéshez.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>Choose an invoice of the same client in the payment&apos;s currency.</source>
        <translation>Válassza ki ugyanannak az ügyfélnek egy, a befizetés pénznemében kiállított számláját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="111"/>
        <source>Choose at least one document for the package.</source>
        <translation>Válasszon legalább egy dokumentumot a csomagba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="112"/>
        <source>Choose at least one order state that counts as a sale.</source>
        <translation>Válasszon legalább egy rendelési állapotot, amely eladásnak számít.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="113"/>
        <source>Choose one of the client&apos;s credit notes.</source>
        <translation>Válassza ki az ügyfél egyik jóváíró számláját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="114"/>
        <source>Choose the client who complains.</source>
        <translation>Válassza ki a reklamáló ügyfelet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="115"/>
        <source>Choose the client.</source>
        <translation>Válassza ki az ügyfelet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="116"/>
        <source>Choose the client: only an internal task can be without one.</source>
        <translation>Válasszon ügyfelet: csak belső teendő lehet ügyfél nélkül.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="117"/>
        <source>Choose the column that holds our product&apos;s SKU, or the category.</source>
        <translation>Válassza ki azt az oszlopot, amely saját termékünk cikkszámát vagy a kategóriát tartalmazza.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="118"/>
        <source>Choose the column that holds the SKU.</source>
        <translation>Válassza ki a cikkszámot tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="119"/>
        <source>Choose the column that holds the amount paid.</source>
        <translation>Válassza ki a befizetett összeget tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="120"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Válassza ki az ügyfél nevét tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="121"/>
        <source>Choose the column that holds the client&apos;s name or tax number.</source>
        <translation>Válassza ki az ügyfél nevét vagy adószámát tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="122"/>
        <source>Choose the column that holds the competitor, or the competitor whose prices the file holds.</source>
        <translation>Válassza ki a versenytársat tartalmazó oszlopot, vagy azt a versenytársat, amelynek árait a fájl tartalmazza.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="123"/>
        <source>Choose the column that holds the date of the payment.</source>
        <translation>Válassza ki a fizetés dátumát tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="124"/>
        <source>Choose the column that holds the gross amount.</source>
        <translation>Válassza ki a bruttó összeget tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="125"/>
        <source>Choose the column that holds the invoice number.</source>
        <translation>Válassza ki a számlaszámot tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="126"/>
        <source>Choose the column that holds the issue date.</source>
        <translation>Válassza ki a számla keltét tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="127"/>
        <source>Choose the column that holds the partner&apos;s name or tax number.</source>
        <translation>Válassza ki a partner nevét vagy adószámát tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="128"/>
        <source>Choose the column that holds the price.</source>
        <translation>Válassza ki az árat tartalmazó oszlopot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="129"/>
        <source>Choose the competitor.</source>
        <translation>Válassza ki a versenytársat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="130"/>
        <source>Choose the delivered line that came back.</source>
        <translation>Válassza ki a visszaérkezett kiszállított tételt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="131"/>
        <source>Choose the product, or the category, the price is for.</source>
        <translation>Válassza ki a terméket vagy kategóriát, amelyre az ár vonatkozik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="132"/>
        <source>Choose the products or categories the promotion is for.</source>
        <translation>Válassza ki, mely termékekre vagy kategóriákra vonatkozik az akció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="133"/>
        <source>Choose the responsible manager.</source>
        <translation>Válassza ki a felelős üzletkötőt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="134"/>
        <source>Choose the result: reached, not reached or moved.</source>
        <translation>Válassza ki az eredményt: elérve, nem elérhető vagy áthelyezve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="135"/>
        <source>Choose the time the activity starts, or make it an all-day activity.</source>
        <translation>Adja meg a tevékenység kezdési időpontját, vagy jelölje egész naposnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="136"/>
        <source>Choose to keep the value or to use the other one.</source>
        <translation>Válassza, hogy az érték marad, vagy a másikat használja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="137"/>
        <source>Choose when the activity starts.</source>
        <translation>Adja meg, mikor kezdődik a tevékenység.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="138"/>
        <source>Choose who handles the complaint.</source>
        <translation>Válassza ki, ki intézi a reklamációt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="139"/>
        <source>Choose whose activity this is.</source>
        <translation>Válassza ki a tevékenység felelősét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="140"/>
        <source>Choose why the goods came back.</source>
        <translation>Válassza ki, miért küldték vissza az árut.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="141"/>
        <source>Choose why the offer was rejected.</source>
        <translation>Válassza ki, miért utasították el az ajánlatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="142"/>
        <source>Choose why the order is cancelled.</source>
        <translation>Válassza ki a sztornózás okát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="143"/>
        <source>City</source>
        <translation>Város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="144"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="145"/>
        <source>Client: no client is called “{name}”.</source>
        <translation>Ügyfél: nincs „{name}” nevű ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="146"/>
        <source>Client: several clients are called “{name}”.</source>
        <translation>Ügyfél: több ügyfél neve „{name}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="147"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Az ügyfelek csak .xlsx vagy .csv fájlba exportálhatók, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="148"/>
        <source>Company name is required.</source>
        <translation>A cégnév megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="149"/>
        <source>Compensation</source>
        <translation>Kompenzáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="150"/>
        <source>Competitor</source>
        <translation>Versenytárs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="151"/>
        <source>Complaint</source>
        <translation>Reklamáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="152"/>
        <source>Complaint {number} is {state}: it cannot be changed now.</source>
        <translation>A(z) {number} reklamáció állapota: {state}, ezért most nem módosítható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="153"/>
        <source>Complaint {number} is {state}: it cannot be {verb} now.</source>
        <translation>A(z) {number} reklamáció állapota: {state}, ezért most nem állítható „{verb}” állapotba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="154"/>
        <source>Complete</source>
        <translation>Lezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="155"/>
        <source>Confirm order</source>
        <translation>Visszaigazolás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="156"/>
        <source>Confirmed</source>
        <translation>Visszaigazolt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="157"/>
        <source>Contact</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="158"/>
        <source>Contact birthday</source>
        <translation>Kapcsolattartó születésnapja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="159"/>
        <source>Contact e-mail</source>
        <translation>Kapcsolattartó e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="160"/>
        <source>Contact is decision maker</source>
        <translation>Kapcsolattartó döntéshozó-e</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="161"/>
        <source>Contact phone</source>
        <translation>Kapcsolattartó telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="162"/>
        <source>Contact position</source>
        <translation>Kapcsolattartó beosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="163"/>
        <source>Contact {number}: {problem}</source>
        <translation>{number}. kapcsolattartó: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="164"/>
        <source>Contact: {message}</source>
        <translation>Kapcsolattartó: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="165"/>
        <source>Contact: {name}</source>
        <translation>Kapcsolattartó: {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="166"/>
        <source>Contacts are exported to a .vcf file, not to “{file}”.</source>
        <translation>A kapcsolattartók .vcf fájlba exportálhatók, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="167"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="168"/>
        <source>Contract file</source>
        <translation>Szerződésfájl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="169"/>
        <source>Contract template</source>
        <translation>Szerződéssablon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="170"/>
        <source>Contract {number}</source>
        <translation>Szerződés {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="171"/>
        <source>Contract {number} ends on {date}: renew it or let it end.</source>
        <translation>A(z) {number} szerződés lejár: {date}. Újítsa meg, vagy hagyja lejárni.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="172"/>
        <source>Contract {number} has not reached its end.</source>
        <translation>A(z) {number} szerződés még nem járt le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="173"/>
        <source>Contract {number} is {state}: it cannot be {verb} now.</source>
        <translation>A(z) {number} szerződés állapota: {state}, ezért most nem állítható „{verb}” állapotba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="174"/>
        <source>Contract {number} is {state}: only a contract in force is amended.</source>
        <translation>A(z) {number} szerződés állapota: {state}; csak hatályos szerződés módosítható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="175"/>
        <source>Contract {number} is {state}: only an active or expired contract is renewed.</source>
        <translation>A(z) {number} szerződés állapota: {state}; csak aktív vagy lejárt szerződés újítható meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="176"/>
        <source>Contract {number} renews itself after {date} unless notice is given by {notice}.</source>
        <translation>A(z) {number} szerződés {date} után automatikusan megújul, ha nem mondják fel (felmondási határidő: {notice}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="177"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="178"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Érvénytelen ország: „{country}”. Kétbetűs országkódot adjon meg, például HU, SK vagy RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="179"/>
        <source>Credit limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="180"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>A hitelkeret legfeljebb két tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="181"/>
        <source>Credit limit cannot be negative.</source>
        <translation>A hitelkeret nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="182"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>A hitelkeret („{text}”) nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="183"/>
        <source>Credit override at</source>
        <translation>Hitelkeret-túllépés engedélyezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="184"/>
        <source>Credit override by</source>
        <translation>Hitelkeret-túllépést engedélyezte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="185"/>
        <source>Credit override reason</source>
        <translation>Hitelkeret-túllépés indoka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="186"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="187"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>A pénznemet hárombetűs kóddal adja meg, például HUF, EUR vagy RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="188"/>
        <source>Currency “{text}” must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>A pénznemet („{text}”) hárombetűs kóddal adja meg, például HUF, EUR vagy RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="189"/>
        <source>Damaged</source>
        <translation>Sérült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="190"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="191"/>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="192"/>
        <source>Decided at</source>
        <translation>Döntés ideje</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="193"/>
        <source>Decided by</source>
        <translation>Döntött</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="194"/>
        <source>Decision maker</source>
        <translation>Döntéshozó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="195"/>
        <source>Deleted on the laptop, but changed in the office meanwhile; it was kept.</source>
        <translation>A laptopon törölték, de közben az irodában módosult; megmaradt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="196"/>
        <source>Delivered</source>
        <translation>Teljesítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="197"/>
        <source>Delivery city</source>
        <translation>Szállítási város</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="198"/>
        <source>Delivery country</source>
        <translation>Szállítási ország</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="199"/>
        <source>Delivery postcode</source>
        <translation>Szállítási irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="200"/>
        <source>Delivery street</source>
        <translation>Szállítási utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="201"/>
        <source>Delivery time</source>
        <translation>Szállítási idő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="202"/>
        <source>Discount</source>
        <translation>Kedvezmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="203"/>
        <source>Discount approval</source>
        <translation>Jóváhagyás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="204"/>
        <source>Discount approval reason</source>
        <translation>Kedvezményjóváhagyás indoka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="205"/>
        <source>Discount approved</source>
        <translation>Kedvezmény jóváhagyva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="206"/>
        <source>Discount approved at</source>
        <translation>Kedvezmény jóváhagyva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="207"/>
        <source>Discount approved by</source>
        <translation>Kedvezményt jóváhagyta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="208"/>
        <source>Discount approved up to</source>
        <translation>Jóváhagyott kedvezmény legfeljebb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="209"/>
        <source>Discount limit</source>
        <translation>Kedvezménykeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="210"/>
        <source>Discount rejected</source>
        <translation>Kedvezmény elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="211"/>
        <source>Document type</source>
        <translation>Bizonylattípus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="212"/>
        <source>Done</source>
        <translation>Lezárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="213"/>
        <source>Draft</source>
        <translation>Piszkozat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="214"/>
        <source>Due date</source>
        <translation>Fizetési határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="215"/>
        <source>Dunning step</source>
        <translation>Felszólítási lépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="216"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="217"/>
        <source>E-mail to {recipients} with {files}.</source>
        <translation>E-mail a következő címzetteknek: {recipients}, mellékletek: {files}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="218"/>
        <source>E-mail to {recipients}.</source>
        <translation>E-mail a következő címzetteknek: {recipients}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="219"/>
        <source>E-mail {problem}.</source>
        <translation>Az e-mail-cím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="220"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Egy mező csak egy oszlopból töltődhet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="221"/>
        <source>Either save the e-mails as drafts or send them, not both.</source>
        <translation>Az e-maileket vagy mentse piszkozatként, vagy küldje el, a kettőt egyszerre nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="222"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Adjon meg egy egész számot {low} és {high} között.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="223"/>
        <source>Enter an amount above zero.</source>
        <translation>Adjon meg nullánál nagyobb összeget.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="224"/>
        <source>Enter how much came back: a quantity above zero.</source>
        <translation>Adja meg, mennyi érkezett vissza: nullánál nagyobb mennyiséget.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="225"/>
        <source>Enter the address the mail comes from, like name@example.com.</source>
        <translation>Adja meg a feladó e-mail-címét, például nev@example.com.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="226"/>
        <source>Enter the password of {user} to save the copy in the Sent folder.</source>
        <translation>A másolat Elküldött mappába mentéséhez adja meg {user} jelszavát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="227"/>
        <source>Enter the password of {user} to send.</source>
        <translation>A küldéshez adja meg {user} jelszavát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="228"/>
        <source>Enter the quantities shipped.</source>
        <translation>Adja meg a kiszállított mennyiségeket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="229"/>
        <source>Enter the server&apos;s name, like smtp.example.com.</source>
        <translation>Adja meg a szerver nevét, például smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="230"/>
        <source>Expire</source>
        <translation>Lejárat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="231"/>
        <source>Expired</source>
        <comment>contract state</comment>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="232"/>
        <source>Expired</source>
        <comment>offer state</comment>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="233"/>
        <source>Expired goods</source>
        <translation>Lejárt szavatosságú áru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="234"/>
        <source>Expiring</source>
        <translation>Hamarosan lejár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="235"/>
        <source>Export at most five years at a time.</source>
        <translation>Egyszerre legfeljebb öt év exportálható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="236"/>
        <source>Extend</source>
        <translation>Meghosszabbítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="237"/>
        <source>Final notice</source>
        <translation>Végső felszólítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="238"/>
        <source>Finishing</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="239"/>
        <source>First notice</source>
        <translation>Első felszólítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="240"/>
        <source>Follow up offer {number}, sent {days} days ago.</source>
        <translation>A(z) {number} ajánlat utánkövetése: {days} napja ment ki.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="241"/>
        <source>Free</source>
        <translation>Ingyenes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="242"/>
        <source>From</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="243"/>
        <source>Give a month, a week or two days, not more than one.</source>
        <translation>Adjon meg egy hónapot, egy hetet vagy két napot – ezek közül csak egyet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="244"/>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Adjon meg egy egész számot {low} és {high} között.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="245"/>
        <source>Give both the first and the last day.</source>
        <translation>Adja meg az első és az utolsó napot is.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="246"/>
        <source>Give the competitor&apos;s name.</source>
        <translation>Adja meg a versenytárs nevét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="247"/>
        <source>Give the date it is due.</source>
        <translation>Adja meg a határidőt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="248"/>
        <source>Give the date the contract starts.</source>
        <translation>Adja meg a szerződés kezdő dátumát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="249"/>
        <source>Give the template a name.</source>
        <translation>Adjon nevet a sablonnak.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="250"/>
        <source>Gross amount</source>
        <translation>Bruttó összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="251"/>
        <source>Head</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="252"/>
        <source>Investigating</source>
        <translation>Vizsgálat alatt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="253"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="254"/>
        <source>Invoice number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="255"/>
        <source>Invoice {number} exists already.</source>
        <translation>A(z) {number} számla már létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="256"/>
        <source>Invoice {number} is already in row {row} of this file.</source>
        <translation>A(z) {number} számla már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="257"/>
        <source>Invoice {number} is another client&apos;s.</source>
        <translation>A(z) {number} számla egy másik ügyfélé.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="258"/>
        <source>Invoice {number} is in {theirs}, the credit note in {ours}.</source>
        <translation>A(z) {number} számla pénzneme {theirs}, a jóváíró számláé {ours}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="259"/>
        <source>Invoice {number} is neither in kamdesk nor in an earlier row of this file.</source>
        <translation>A(z) {number} számla sem a kamdeskben, sem a fájl egy korábbi sorában nem szerepel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="260"/>
        <source>Invoice {number} was deleted since the file was checked. Check the file again.</source>
        <translation>A(z) {number} számlát a fájl ellenőrzése óta törölték. Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="261"/>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="262"/>
        <source>Invoices and payments are recorded at the office; on this laptop they can be read but not changed. They arrive with the next sync.</source>
        <translation>A számlákat és a befizetéseket az irodában rögzítik; ezen a laptopon megtekinthetők, de nem módosíthatók. A következő szinkronizáláskor érkeznek meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="263"/>
        <source>Issue date</source>
        <translation>Számla kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="264"/>
        <source>It refers to a record the office does not have or that you may not see ({table} {gid}).</source>
        <translation>Olyan rekordra hivatkozik, amely az irodában nincs meg, vagy Ön nem láthatja ({table} {gid}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="265"/>
        <source>KAMDESK_SMTP_URL asks for no encryption to {host}: kamdesk connects without encryption only to this computer (localhost).</source>
        <translation>A KAMDESK_SMTP_URL titkosítás nélküli kapcsolatot kér ehhez: {host}; a kamdesk titkosítás nélkül csak ehhez a számítógéphez (localhost) csatlakozik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="266"/>
        <source>KAMDESK_SMTP_URL has a port that is not one.</source>
        <translation>A KAMDESK_SMTP_URL-ben megadott port érvénytelen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="267"/>
        <source>KAMDESK_SMTP_URL must look like smtp://user@host:587 or smtps://user@host:465.</source>
        <translation>A KAMDESK_SMTP_URL formája: smtp://felhasznalo@gep:587 vagy smtps://felhasznalo@gep:465.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="268"/>
        <source>Key account</source>
        <translation>Kulcsügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="269"/>
        <source>Key account with no next contact planned.</source>
        <translation>Kulcsügyfél, nincs tervezett következő kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="270"/>
        <source>Key account, last contact {days} days ago.</source>
        <translation>Kulcsügyfél, utolsó kapcsolat {days} napja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="271"/>
        <source>Key account, never contacted.</source>
        <translation>Kulcsügyfél, még nem volt kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="272"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="273"/>
        <source>Last contact {days} days ago.</source>
        <translation>Utolsó kapcsolat {days} napja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="274"/>
        <source>Legal form</source>
        <translation>Cégforma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="275"/>
        <source>Letter language</source>
        <translation>A levél nyelve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="276"/>
        <source>Line {line}: {problem}</source>
        <translation>{line}. sor: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="277"/>
        <source>Line {row}: a quantity has at most three decimal places.</source>
        <translation>{row}. tétel: a mennyiség legfeljebb három tizedesjegyet tartalmazhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="278"/>
        <source>Line {row}: choose a product.</source>
        <translation>{row}. tétel: válasszon terméket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="279"/>
        <source>Line {row}: the discount must be between 0 and 100 %.</source>
        <translation>{row}. tétel: a kedvezmény 0 és 100% között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="280"/>
        <source>Line {row}: the quantity must be more than zero.</source>
        <translation>{row}. tétel: a mennyiségnek nullánál nagyobbnak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="281"/>
        <source>Line {row}: {sku} has no price in the client&apos;s price column.</source>
        <translation>{row}. tétel: ennek a cikknek nincs ára az ügyfél árlista-oszlopában: {sku}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="282"/>
        <source>Login</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="283"/>
        <source>Lost offers</source>
        <translation>Elvesztett ajánlatok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="284"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="285"/>
        <source>Manager name is required.</source>
        <translation>Az üzletkötő nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="286"/>
        <source>Manager: no manager is called “{name}”.</source>
        <translation>Üzletkötő: nincs „{name}” nevű üzletkötő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="287"/>
        <source>Manager: several managers are called “{name}”; give the login.</source>
        <translation>Üzletkötő: több üzletkötő neve „{name}”; adja meg a felhasználónevét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="288"/>
        <source>Mark delivered</source>
        <translation>Teljesítettnek jelöl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="289"/>
        <source>Meeting</source>
        <translation>Megbeszélés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="290"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="291"/>
        <source>More activities of the week (no room for them in the grid)</source>
        <translation>A hét további tevékenységei (nem fértek el a naptárrácsban)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="292"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="293"/>
        <source>Name is required.</source>
        <translation>A név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="294"/>
        <source>Name the documents: --offer, --contract, --statement and/or --price-list.</source>
        <translation>Adja meg a dokumentumokat: --offer, --contract, --statement és/vagy --price-list.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="295"/>
        <source>Needs</source>
        <translation>Igények</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="296"/>
        <source>Negotiation</source>
        <translation>Tárgyalás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="297"/>
        <source>Net amount</source>
        <translation>Nettó összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="298"/>
        <source>Net {net} and VAT {vat} do not add up to the gross amount {gross}.</source>
        <translation>A nettó összeg ({net}) és az ÁFA ({vat}) együtt nem adja ki a bruttó összeget ({gross}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="299"/>
        <source>Never contacted.</source>
        <translation>Még nem volt kapcsolat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="300"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="301"/>
        <source>No answer (offer expired)</source>
        <translation>Nem válaszolt (az ajánlat lejárt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="302"/>
        <source>No budget</source>
        <translation>Nincs költségkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="303"/>
        <source>No category is called “{name}”.</source>
        <translation>Nincs „{name}” nevű kategória.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="304"/>
        <source>No client has the tax number {tax} or the name “{name}”.</source>
        <translation>Nincs ügyfél {tax} adószámmal vagy „{name}” névvel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="305"/>
        <source>No client has the tax number {tax}.</source>
        <translation>Nincs ügyfél {tax} adószámmal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="306"/>
        <source>No client is named “{name}”.</source>
        <translation>Nincs „{name}” nevű ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="307"/>
        <source>No competitor is called “{name}”: record it in the register first.</source>
        <translation>Nincs „{name}” nevű versenytárs: előbb vegye fel a nyilvántartásba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="308"/>
        <source>No dunning step has been taken with the client yet: there is no letter to send.</source>
        <translation>Az ügyféllel szemben még nem történt felszólítási lépés: nincs elküldendő levél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="309"/>
        <source>No e-mail address: neither the client nor its contacts have one.</source>
        <translation>Nincs e-mail-cím: sem az ügyfélnek, sem a kapcsolattartóinak nincs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="310"/>
        <source>No free time left this week for {count} of the clients.</source>
        <translation>Ezen a héten {count} ügyfélnek már nem jutott szabad időpont.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="311"/>
        <source>No order for {days} days.</source>
        <translation>{days} napja nincs rendelés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="312"/>
        <source>Not ordered</source>
        <translation>Nem rendelt áru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="313"/>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="314"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="315"/>
        <source>Nothing of {sku} has been delivered: nothing can come back.</source>
        <translation>A(z) {sku} termékből semmit sem szállítottak ki, így visszaküldeni sem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="316"/>
        <source>Obligation</source>
        <translation>Kötelezettség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="317"/>
        <source>Observed on</source>
        <translation>Észlelés napja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="318"/>
        <source>Offer</source>
        <translation>Ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="319"/>
        <source>Offer line</source>
        <translation>Ajánlatsor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="320"/>
        <source>Offer {number}</source>
        <translation>Ajánlat {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="321"/>
        <source>Offer {number} is already order {order}.</source>
        <translation>A(z) {number} ajánlatból már rendelés lett: {order}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="322"/>
        <source>Offer {number} is valid until {date}: it does not expire before.</source>
        <translation>A(z) {number} ajánlat {date}-ig érvényes: addig nem jár le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="323"/>
        <source>Offer {number} is {state}: it cannot be {action} now.</source>
        <translation>A(z) {number} ajánlat állapota: {state}; most nem lehet {action}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="324"/>
        <source>Offer {number} is {state}: only an accepted offer becomes an order.</source>
        <translation>A(z) {number} ajánlat állapota: {state}; csak elfogadott ajánlatból lehet rendelés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="325"/>
        <source>On each of the last {total} orders.</source>
        <translation>Az utolsó {total} rendelés mindegyikében szerepelt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="326"/>
        <source>On the team server only an administrator can delete a competitor.</source>
        <translation>A csapatszerveren versenytársat csak rendszergazda törölhet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="327"/>
        <source>On the team server you act only in your own name.</source>
        <translation>A csapatszerveren csak a saját nevében járhat el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="328"/>
        <source>On the team server you work as the user you logged in as; log in as another user to work as them.</source>
        <translation>A csapatszerveren azzal a felhasználóval dolgozik, akként bejelentkezett; más nevében való munkához jelentkezzen be másként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="329"/>
        <source>On {count} of the last {total} orders.</source>
        <translation>Az utolsó {total} rendelésből {count} rendelésben szerepelt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="330"/>
        <source>Only a credit note refers to an invoice.</source>
        <translation>Számlára csak jóváíró számla hivatkozhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="331"/>
        <source>Only a draft contract can be changed; contract {number} is {state}.</source>
        <translation>Csak piszkozat állapotú szerződés módosítható; a(z) {number} szerződés állapota: {state}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="332"/>
        <source>Only a draft offer can be changed; this one is {state}.</source>
        <translation>Csak piszkozat ajánlat módosítható; ez: {state}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="333"/>
        <source>Only a draft order can be changed; this one is {state}.</source>
        <translation>Csak piszkozat állapotú rendelés módosítható; ennek az állapota: {state}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="334"/>
        <source>Only a head of department or an administrator can change the KPI definitions and the variable-pay scale.</source>
        <translation>A KPI-definíciókat és a változóbér-skálát csak osztályvezető vagy rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="335"/>
        <source>Only a head of department or an administrator can change the catalogue, the prices and the contract templates.</source>
        <translation>A katalógust, az árakat és a szerződéssablonokat csak osztályvezető vagy rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="337"/>
        <source>Only a head of department or an administrator can change when overdue debt blocks orders.</source>
        <translation>Azt, hogy a lejárt tartozás mikortól tiltja a rendeléseket, csak osztályvezető vagy rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="338"/>
        <source>Only a head of department or an administrator can change when the dunning steps start.</source>
        <translation>Csak osztályvezető vagy rendszergazda módosíthatja, mikor kezdődnek a felszólítási lépések.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="339"/>
        <source>Only a head of department or an administrator can give a client to another manager.</source>
        <translation>Ügyfelet másik üzletkötőhöz csak osztályvezető vagy rendszergazda adhat át.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="340"/>
        <source>Only a head of department or an administrator can import or change invoices and payments.</source>
        <translation>Számlákat és befizetéseket csak osztályvezető vagy rendszergazda importálhat vagy módosíthat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="341"/>
        <source>Only a head of department or an administrator can set plans.</source>
        <translation>Tervet csak osztályvezető vagy rendszergazda állíthat be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="342"/>
        <source>Only a planned activity can be changed.</source>
        <translation>Csak tervezett tevékenység módosítható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="343"/>
        <source>Only an administrator can add users.</source>
        <translation>Felhasználót csak rendszergazda vehet fel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="344"/>
        <source>Only an administrator can change the company&apos;s details and the managers.</source>
        <translation>A cég adatait és az üzletkötőket csak rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="345"/>
        <source>Only an administrator can disable users.</source>
        <translation>Felhasználót csak rendszergazda tilthat le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="346"/>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation>Más felhasználó jelszavát csak rendszergazda állíthatja be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="347"/>
        <source>Only an allocation made by hand can be removed; the others follow the rules.</source>
        <translation>Csak kézi párosítás vonható vissza; a többi a szabályok szerint történik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="348"/>
        <source>Only heads of department and administrators may read the audit trail.</source>
        <translation>A naplót csak osztályvezetők és rendszergazdák olvashatják.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="349"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Csak egy kapcsolattartó lehet elsődleges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="350"/>
        <source>Only the head of department can approve or reject a discount.</source>
        <translation>Kedvezményt csak az osztályvezető hagyhat jóvá vagy utasíthat el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="351"/>
        <source>Only the head of department can override the credit limit.</source>
        <translation>A hitelkeret túllépését csak az osztályvezető engedélyezheti.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="352"/>
        <source>Only {left} {unit} of {sku} can come back: {delivered} delivered, {returned} returned before.</source>
        <translation>A(z) {sku} termékből csak {left} {unit} küldhető vissza: kiszállítva {delivered}, korábban visszaküldve {returned}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="353"/>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="354"/>
        <source>Order confirmation {number}</source>
        <translation>Rendelés-visszaigazolás {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="355"/>
        <source>Order line</source>
        <translation>Rendeléssor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="356"/>
        <source>Order number</source>
        <translation>Rendelésszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="357"/>
        <source>Order {number} is a draft: confirm it before handing it over.</source>
        <translation>A rendelés ({number}) még piszkozat: átadás előtt igazolja vissza.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="358"/>
        <source>Order {number} is another client&apos;s.</source>
        <translation>A(z) {number} rendelés egy másik ügyfélé.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="359"/>
        <source>Order {number} is cancelled: there is nothing to hand over.</source>
        <translation>A rendelés ({number}) sztornózva: nincs mit átadni.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="360"/>
        <source>Order {number} is {state}: it cannot be {action} now.</source>
        <translation>A rendelés ({number}) állapota: {state}, ezért most nem állítható „{action}” állapotba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="361"/>
        <source>Order {number} is {state}: only a confirmed order has a confirmation.</source>
        <translation>A(z) {number} rendelés állapota: {state}; visszaigazolás csak visszaigazolt rendeléshez van.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="362"/>
        <source>Order {number} was confirmed on the laptop, but in the office {client} has overdue debt of {overdue}, the oldest {days} days past due (orders are blocked after {block} days): it is back in draft and needs a head&apos;s approval.</source>
        <translation>A(z) {number} rendelést a laptopon visszaigazolták, de az irodai adatok szerint {client} lejárt tartozása {overdue}, a legrégebbi {days} napja lejárt (a rendelések {block} nap késés után tiltottak): visszakerült piszkozatba, vezetői jóváhagyás kell hozzá.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="363"/>
        <source>Order {number} was confirmed on the laptop, but the client&apos;s rating is D in the office: it is back in draft and needs a head&apos;s approval.</source>
        <translation>A(z) {number} rendelést a laptopon visszaigazolták, de az irodában az ügyfél minősítése D: visszakerült tervezetbe, vezetői jóváhagyás kell hozzá.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="365"/>
        <source>Other</source>
        <comment>reason</comment>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="366"/>
        <source>Others were saving the same records at the same moment, so nothing was saved. Please try again.</source>
        <translation>Mások ugyanabban a pillanatban ugyanezeket a rekordokat mentették, ezért semmi sem mentődött. Kérjük, próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="367"/>
        <source>Overdue amount</source>
        <translation>Lejárt összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="368"/>
        <source>Overdue debt blocks orders after 0 to {limit} days; 0 means it never does.</source>
        <translation>A lejárt tartozás miatti rendelési tiltás 0–{limit} nap késés után léphet életbe; 0 esetén nincs tiltás.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="369"/>
        <source>Overdue debt {amount} {currency}, oldest {days} days past due: {step}.</source>
        <translation>Lejárt tartozás: {amount} {currency}, a legrégebbi {days} napja lejárt: {step}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="370"/>
        <source>Own company</source>
        <translation>Saját cég</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="371"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}/{pages}. oldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="372"/>
        <source>Paid on</source>
        <translation>Fizetés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="373"/>
        <source>Partly shipped</source>
        <translation>Részben kiszállítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="374"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="375"/>
        <source>Payment</source>
        <translation>Befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="376"/>
        <source>Payment terms (days)</source>
        <translation>Fizetési határidő (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="377"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>A fizetési határidő 0 és 365 nap között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="378"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>A fizetési határidő („{text}”) csak egész számú nap lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="379"/>
        <source>Percent added to the base</source>
        <translation>Az alaphoz adott százalék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="380"/>
        <source>Period: the month is missing (use 2026-12).</source>
        <translation>Időszak: hiányzik a hónap (például 2026-12).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="381"/>
        <source>Period: “{text}” is not a month (use 2026-12).</source>
        <translation>Időszak: „{text}” nem hónap (például 2026-12).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="382"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="383"/>
        <source>Phone {problem}.</source>
        <translation>A telefonszám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="384"/>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="385"/>
        <source>Position</source>
        <translation>Beosztás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="386"/>
        <source>Postcode</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="387"/>
        <source>Presentation</source>
        <translation>Prezentáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="388"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="389"/>
        <source>Price column</source>
        <translation>Árlista-oszlop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="390"/>
        <source>Price list {day}</source>
        <translation>Árlista {day}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="391"/>
        <source>Price: {column}</source>
        <translation>Ár: {column}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="392"/>
        <source>Printed on {when}</source>
        <translation>Nyomtatva: {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="393"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="394"/>
        <source>Product name</source>
        <translation>Terméknév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="395"/>
        <source>Product name is required.</source>
        <translation>A terméknév megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="396"/>
        <source>Promotion</source>
        <translation>Akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="397"/>
        <source>Prospects</source>
        <translation>Lehetőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="398"/>
        <source>Quality</source>
        <translation>Minőségi hiba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="399"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="400"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="401"/>
        <source>Received</source>
        <comment>complaint state</comment>
        <translation>Beérkezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="402"/>
        <source>Record {number}: {problem}</source>
        <translation>{number}. rekord: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="403"/>
        <source>Records</source>
        <translation>Tételek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="404"/>
        <source>Recurring activity</source>
        <translation>Ismétlődő tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="405"/>
        <source>Reference</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="406"/>
        <source>Referenced invoice</source>
        <translation>Hivatkozott számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="407"/>
        <source>Refusals &amp; returns</source>
        <translation>Visszáru és elutasítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="408"/>
        <source>Registration number</source>
        <translation>Cégjegyzékszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="409"/>
        <source>Reject</source>
        <translation>Elutasítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="410"/>
        <source>Reject</source>
        <comment>complaint</comment>
        <translation>Elutasítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="411"/>
        <source>Rejected</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="412"/>
        <source>Rejected</source>
        <comment>complaint state</comment>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="413"/>
        <source>Rejected rows are saved to .xlsx or .csv, not to “{file}”.</source>
        <translation>Az elutasított sorok .xlsx vagy .csv fájlba menthetők, nem ide: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="414"/>
        <source>Reliability</source>
        <translation>Megbízhatóság</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="415"/>
        <source>Reliability checked on</source>
        <translation>Megbízhatósági ellenőrzés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="416"/>
        <source>Reliability note</source>
        <translation>Megbízhatósági megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="417"/>
        <source>Reliability rating</source>
        <translation>Megbízhatósági minősítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="418"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>A megbízhatósági minősítés csak A, B, C vagy D lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="419"/>
        <source>Remark</source>
        <translation>Közlemény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="420"/>
        <source>Reminder</source>
        <comment>dunning step</comment>
        <translation>Emlékeztető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="421"/>
        <source>Resolve</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="422"/>
        <source>Resolved</source>
        <translation>Megoldva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="423"/>
        <source>Responsible</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="424"/>
        <source>Returns</source>
        <translation>Visszáru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="425"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="427"/>
        <source>Row {row} of this file sets the same plan (period, manager, KPI, client and category).</source>
        <translation>A fájl {row}. sora ugyanezt a tervet adja meg (időszak, üzletkötő, mutató, ügyfél és kategória).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="428"/>
        <source>Row {row} of {file} is empty: the column headers are not there.</source>
        <translation>A fájl {row}. sora üres, nincsenek benne oszlopfejlécek: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="429"/>
        <source>Rows of the price list with errors: {count}. Nothing was imported; correct them and check the file again.</source>
        <translation>Hibás sorok az árlistában: {count}. A program semmit sem importált; javítsa ki őket, és ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="431"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="432"/>
        <source>SKU is required.</source>
        <translation>A cikkszám megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="433"/>
        <source>SKU {sku} is already in row {row} of this file.</source>
        <translation>Ez a cikkszám ({sku}) már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="434"/>
        <source>Save the company profile first.</source>
        <translation>Először mentse a cégadatokat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="435"/>
        <source>Say how the complaint was resolved.</source>
        <translation>Írja le, hogyan oldották meg a reklamációt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="436"/>
        <source>Say the statement&apos;s first and last day.</source>
        <translation>Adja meg a folyószámla-egyeztetés első és utolsó napját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="437"/>
        <source>Say what is to be done.</source>
        <translation>Adja meg, mi a teendő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="438"/>
        <source>Say what the client complains about.</source>
        <translation>Írja le, mit kifogásol az ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="439"/>
        <source>Say what the competitor did.</source>
        <translation>Írja le, mit tett a versenytárs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="440"/>
        <source>Say where the letters go: a folder for the PDFs and/or e-mails.</source>
        <translation>Adja meg, hová kerüljenek a levelek: PDF-ek egy mappába és/vagy e-mailek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="441"/>
        <source>Say where to save the letter: a PDF and/or a DOCX file.</source>
        <translation>Adja meg, hová kerüljön a levél: PDF- és/vagy DOCX-fájlba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="442"/>
        <source>Say where to: --pdf FILE.pdf and/or --docx FILE.docx.</source>
        <translation>Adja meg, hová: --pdf FÁJL.pdf és/vagy --docx FÁJL.docx.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="443"/>
        <source>Say where to: --pdf FILE.pdf and/or --xlsx FILE.xlsx.</source>
        <translation>Adja meg, hová: --pdf FÁJL.pdf és/vagy --xlsx FÁJL.xlsx.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="444"/>
        <source>Say where to: --pdf FILE.pdf, --eml FILE.eml or --send.</source>
        <translation>Adja meg, hová: --pdf FÁJL.pdf, --eml FÁJL.eml vagy --send.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="445"/>
        <source>Say which address the mail comes from: add ?from=name@example.com to KAMDESK_SMTP_URL, or an e-mail address to your manager&apos;s details.</source>
        <translation>Adja meg a feladó címét: írja a KAMDESK_SMTP_URL végére: ?from=nev@example.com, vagy adjon meg e-mail-címet az üzletkötői adataiban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="446"/>
        <source>Say who must do it: we or the client.</source>
        <translation>Adja meg, kinek kell teljesítenie: nekünk vagy az ügyfélnek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="447"/>
        <source>Say whom the message goes to.</source>
        <translation>Adja meg az üzenet címzettjét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="448"/>
        <source>Say why the complaint is rejected.</source>
        <translation>Írja le, miért utasítják el a reklamációt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="449"/>
        <source>Say why the contract ends.</source>
        <translation>Adja meg a szerződés megszűnésének okát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="450"/>
        <source>Say why the goods came back.</source>
        <translation>Írja le, miért küldték vissza az árut.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="451"/>
        <source>Say why the offer was rejected.</source>
        <translation>Írja le, miért utasították el az ajánlatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="452"/>
        <source>Say why the order is cancelled.</source>
        <translation>Adja meg a sztornózás okát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="453"/>
        <source>Say why: the decision is recorded.</source>
        <translation>Adja meg az indoklást: a döntést a program rögzíti.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="454"/>
        <source>Second notice</source>
        <translation>Második felszólítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="455"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="456"/>
        <source>Segment name is required.</source>
        <translation>A szegmens nevének megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="457"/>
        <source>Send</source>
        <translation>Elküldés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="458"/>
        <source>Send for signature</source>
        <translation>Aláírásra küldés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="459"/>
        <source>Sent for signature</source>
        <translation>Aláírásra elküldve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="460"/>
        <source>Sent {pushed} changes, received {pulled}, removed {dropped}.</source>
        <translation>Elküldve {pushed} változás, fogadva {pulled}, eltávolítva {dropped}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="461"/>
        <source>Sent {pushed} changes, received {pulled}, removed {dropped}; {conflicts} conflicts to look at.</source>
        <translation>Elküldve {pushed} változás, fogadva {pulled}, eltávolítva {dropped}; {conflicts} ütközést kell átnézni.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="462"/>
        <source>Sent, awaiting answer</source>
        <translation>Elküldve, válaszra vár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="463"/>
        <source>Set up your e-mail account first (sender, SMTP server, user name).</source>
        <translation>Előbb állítsa be az e-mail-fiókját (feladó, SMTP-szerver, felhasználónév).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="464"/>
        <source>Several categories are called “{name}”: give its path, such as “Food / Dairy”.</source>
        <translation>Több „{name}” nevű kategória is van: adja meg a teljes elérési útját, például „Élelmiszer / Tejtermék”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="465"/>
        <source>Several clients are named “{name}”: give the tax number.</source>
        <translation>Több ügyfél neve is „{name}”: adja meg az adószámot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="466"/>
        <source>Ship</source>
        <translation>Kiszállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="467"/>
        <source>Shipment</source>
        <translation>Szállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="468"/>
        <source>Sign</source>
        <translation>Aláírás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="469"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>A sorok ellenőrzése óta a fájl néhány ügyfelét már elmentették ({example}). Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="470"/>
        <source>Someone else deleted this record meanwhile; it cannot be saved.</source>
        <translation>Valaki más időközben törölte ezt a rekordot; nem menthető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="471"/>
        <source>Someone else saved the same record at the same moment ({what}). Please look at it again and save once more.</source>
        <translation>Valaki más ugyanabban a pillanatban mentette ugyanezt a rekordot ({what}). Kérjük, nézze meg újra, és mentse még egyszer.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="472"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="473"/>
        <source>Source must be one of: {choices}.</source>
        <translation>A forrás csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="474"/>
        <source>Split by last year&apos;s share, evenly or by hand.</source>
        <translation>Felosztás a tavalyi arány szerint, egyenlően vagy kézzel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="475"/>
        <source>Start investigation</source>
        <translation>Vizsgálat indítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="476"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="477"/>
        <source>Statement {start} – {end}</source>
        <translation>Folyószámla-egyeztetés {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="478"/>
        <source>Status</source>
        <translation>Státusz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="479"/>
        <source>Status must be one of: {choices}.</source>
        <translation>A státusz csak a következők egyike lehet: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="480"/>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="481"/>
        <source>Street</source>
        <translation>Utca</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="482"/>
        <source>Subject</source>
        <translation>Tárgy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="483"/>
        <source>Summary</source>
        <translation>Összesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="484"/>
        <source>Syntax error: {error}</source>
        <translation>Szintaktikai hiba: {error}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="485"/>
        <source>Task</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="486"/>
        <source>Tax number</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="487"/>
        <source>Tax number {problem}.</source>
        <translation>Az adószám {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="488"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>Ez az adószám ({tax_number}) már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="489"/>
        <source>Terminate</source>
        <translation>Megszüntetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="490"/>
        <source>Terminated</source>
        <translation>Megszűnt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="491"/>
        <source>That invoice does not exist any more.</source>
        <translation>Ez a számla már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="492"/>
        <source>That order does not exist any more.</source>
        <translation>Ez a rendelés már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="493"/>
        <source>That passphrase is longer than {limit} characters, so it cannot be the one of {name}.</source>
        <translation>Ez a jelmondat hosszabb {limit} karakternél, így nem lehet {name} jelmondata.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="494"/>
        <source>That payment does not exist any more.</source>
        <translation>Ez a befizetés már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="495"/>
        <source>The IMAP server has no folder “{folder}” ({reason}).</source>
        <translation>Az IMAP-szerveren nincs „{folder}” mappa ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="496"/>
        <source>The IMAP server {server} closed the connection before the work was done.</source>
        <translation>A(z) {server} IMAP-szerver a munka befejezése előtt bontotta a kapcsolatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="497"/>
        <source>The IMAP server {server} refused the user name or the password.</source>
        <translation>A(z) {server} IMAP-szerver elutasította a felhasználónevet vagy a jelszót.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="498"/>
        <source>The IMAP server {server} refused: {reason}.</source>
        <translation>A(z) {server} IMAP-szerver elutasította: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="499"/>
        <source>The SKU is missing.</source>
        <translation>Hiányzik a cikkszám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="500"/>
        <source>The Sent folder&apos;s name is one line of at most 200 characters.</source>
        <translation>Az Elküldött mappa neve egy sor, legfeljebb 200 karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="501"/>
        <source>The active window is a number of months from {low} to {high}.</source>
        <translation>Az aktivitási ablak {low} és {high} közötti számú hónap lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="502"/>
        <source>The activity ends before it starts.</source>
        <translation>A tevékenység vége korábbi, mint a kezdete.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="503"/>
        <source>The activity no longer exists.</source>
        <translation>A tevékenység már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="504"/>
        <source>The allocation is no longer there.</source>
        <translation>A párosítás már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="505"/>
        <source>The amount cannot be negative.</source>
        <translation>Az összeg nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="506"/>
        <source>The amount is missing.</source>
        <translation>Hiányzik az összeg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="507"/>
        <source>The amount is zero.</source>
        <translation>Az összeg nulla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="508"/>
        <source>The amounts are in different currencies: {currencies}.</source>
        <translation>Az összegek különböző pénznemben vannak: {currencies}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="509"/>
        <source>The attachments are {size} MB together; a message may carry at most {limit} MB.</source>
        <translation>A mellékletek együttes mérete {size} MB; egy üzenet legfeljebb {limit} MB lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="510"/>
        <source>The audit trail of {url} is unbroken: {count} entries checked.</source>
        <translation>{url} naplója sértetlen: {count} bejegyzés ellenőrizve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="511"/>
        <source>The audit trail of {url} was tampered with ({count} problems):
{problems}</source>
        <translation>{url} naplóját meghamisították ({count} hiba):
{problems}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="512"/>
        <source>The backup copy failed its check ({problem}); it was not kept.</source>
        <translation>A biztonsági másolat nem ment át az ellenőrzésen ({problem}); nem őriztük meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="513"/>
        <source>The backup was not made</source>
        <translation>A biztonsági mentés nem készült el</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="514"/>
        <source>The backup was not restored</source>
        <translation>A biztonsági mentés visszaállítása nem történt meg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="515"/>
        <source>The backup {path} cannot be restored: {problem}.</source>
        <translation>A(z) {path} biztonsági mentés nem állítható vissza: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="516"/>
        <source>The catalogue can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>A katalógus csak .xlsx vagy .csv fájlba exportálható, ez a fájlnév nem megfelelő: „{file}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="517"/>
        <source>The certificate of {server} could not be verified ({reason}): it is not the server it claims to be, or its certificate authority is unknown to this computer.</source>
        <translation>A(z) {server} tanúsítványa nem ellenőrizhető ({reason}): vagy nem az a szerver, aminek mondja magát, vagy a tanúsítványkiadója ismeretlen ezen a számítógépen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="518"/>
        <source>The certificates in {path} ({variable}) cannot be read: {reason}.</source>
        <translation>A(z) {path} ({variable}) tanúsítványai nem olvashatók: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="519"/>
        <source>The check of this file is incomplete. Check the file again.</source>
        <translation>A fájl ellenőrzése nem teljes. Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="520"/>
        <source>The client has no dunning step #{id}.</source>
        <translation>Az ügyfélnek nincs #{id} felszólítási lépése.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="521"/>
        <source>The client has overdue debt of {overdue}, the oldest {days} days past due (orders are blocked after {block} days): confirming needs the head of department&apos;s override with a reason.</source>
        <translation>Az ügyfél lejárt tartozása {overdue}, a legrégebbi {days} napja lejárt (a rendelések {block} nap késés után tiltottak): a visszaigazoláshoz az osztályvezető indokolt felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="522"/>
        <source>The client is missing: give its name or tax number.</source>
        <translation>Hiányzik az ügyfél: adja meg a nevét vagy az adószámát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="523"/>
        <source>The client no longer exists.</source>
        <translation>Az ügyfél már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="524"/>
        <source>The client&apos;s reliability rating is D: orders need the head of department&apos;s override with a reason.</source>
        <translation>Az ügyfél megbízhatósági minősítése D: rendeléseihez az osztályvezető indokolt felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="525"/>
        <source>The company logo is not a readable image.</source>
        <translation>A cég logója nem olvasható kép.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="526"/>
        <source>The competitor is missing.</source>
        <translation>Hiányzik a versenytárs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="527"/>
        <source>The connection to the office server was lost during the sync ({reason}). Nothing is lost: the next sync goes on where this one stopped.</source>
        <translation>Szinkronizálás közben megszakadt a kapcsolat az irodai szerverrel ({reason}). Semmi sem veszett el: a következő szinkronizálás ott folytatja, ahol ez abbamaradt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="528"/>
        <source>The contact must be one of the client&apos;s contacts.</source>
        <translation>A kapcsolattartó csak az ügyfél egyik kapcsolattartója lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="529"/>
        <source>The contract cannot end before it starts on {start}.</source>
        <translation>A szerződés nem szűnhet meg a kezdete ({start}) előtt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="530"/>
        <source>The contract ends on {end}, before it starts on {start}.</source>
        <translation>A szerződés vége ({end}) korábbi, mint a kezdete ({start}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="531"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>Az adatbázis nem igazolta vissza az összes importált ügyfelet, ezért a program egyetlen ügyfelet sem importált.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="532"/>
        <source>The database file {path} is damaged or could not be read. Nothing was saved. Check it (File › Check database) and restore a backup.</source>
        <translation>A(z) {path} adatbázisfájl sérült vagy nem olvasható. Semmi sem lett mentve. Ellenőrizze (Fájl › Adatbázis ellenőrzése), és állítson vissza egy biztonsági mentést.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="533"/>
        <source>The database is busy: another program has been saving into it for a long time. Nothing was saved; try again in a moment.</source>
        <translation>Az adatbázis foglalt: egy másik program már hosszú ideje ír bele. Semmi sem lett mentve; próbálja újra egy kis idő múlva.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="535"/>
        <source>The database {name} is encrypted: give its passphrase (in the variable {variable} or when kamdesk asks for it).</source>
        <translation>A(z) {name} adatbázis titkosított: adja meg a jelmondatát (a {variable} változóban, vagy amikor a kamdesk kéri).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="536"/>
        <source>The database {path} is damaged ({count} problems):
{problems}{more}</source>
        <translation>A(z) {path} adatbázis sérült ({count} hiba):
{problems}{more}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="537"/>
        <source>The database {path} is on a network drive ({kind}). SQLite cannot lock files safely there, and two computers would damage it. Keep the database on this computer&apos;s own disk, or use the team&apos;s PostgreSQL server.</source>
        <translation>A(z) {path} adatbázis hálózati meghajtón van ({kind}). Az SQLite ott nem tudja biztonságosan zárolni a fájlokat, és két gép tönkretenné. Tartsa az adatbázist ennek a gépnek a saját lemezén, vagy használja a csapat PostgreSQL-szerverét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="539"/>
        <source>The date of the payment is missing.</source>
        <translation>Hiányzik a fizetés dátuma.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="540"/>
        <source>The day of the return is in the future.</source>
        <translation>A visszáru dátuma a jövőben van.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="541"/>
        <source>The deadline {deadline} is before the complaint was received on {received}.</source>
        <translation>A határidő ({deadline}) korábbi a reklamáció beérkezésénél ({received}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="542"/>
        <source>The department has no plan for this month to split.</source>
        <translation>Az osztálynak nincs felosztható terve erre a hónapra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="543"/>
        <source>The discount limit must be between 0 and 100 %.</source>
        <translation>A kedvezménykorlát 0 és 100 % között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="544"/>
        <source>The discount on this order needs the head of department&apos;s approval (request {state}).</source>
        <translation>A rendelés kedvezményéhez az osztályvezető jóváhagyása szükséges (a kérelem állapota: {state}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="545"/>
        <source>The disk is full; nothing was saved. Free some space on the disk of {folder} and try again.</source>
        <translation>Megtelt a lemez; semmi sem lett mentve. Szabadítson fel helyet a(z) {folder} lemezén, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="546"/>
        <source>The draft could not be written to {path}: {reason}.</source>
        <translation>A piszkozat nem írható ide: {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="547"/>
        <source>The due date {due} is before the issue date {issue}.</source>
        <translation>A fizetési határidő ({due}) korábbi a számla kelténél ({issue}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="548"/>
        <source>The dunning step no longer exists.</source>
        <translation>A felszólítási lépés már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="549"/>
        <source>The e-mail account could not be saved in {path}: {reason}.</source>
        <translation>Az e-mail-fiókot nem sikerült menteni ide: {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="550"/>
        <source>The e-mail could not be made: {reason}.</source>
        <translation>Az e-mailt nem sikerült elkészíteni: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="551"/>
        <source>The file name “{name}” holds a line break or a control character: rename the file.</source>
        <translation>A(z) „{name}” fájlnév sortörést vagy vezérlőkaraktert tartalmaz: nevezze át a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="552"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Ez az elérési út nem létezik, vagy nem fájl: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="555"/>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>A(z) {path} fájlt nem sikerült írni: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="556"/>
        <source>The folder {folder} does not exist.</source>
        <translation>A(z) {folder} mappa nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="557"/>
        <source>The folder {folder} of the database does not exist (a removed drive or a renamed folder?).</source>
        <translation>Az adatbázis {folder} mappája nem létezik (eltávolított meghajtó vagy átnevezett mappa?).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="558"/>
        <source>The goods cannot come back before the order&apos;s date, {day}.</source>
        <translation>Az áru nem érkezhet vissza a rendelés dátuma ({day}) előtt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="559"/>
        <source>The gross amount is missing.</source>
        <translation>Hiányzik a bruttó összeg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="560"/>
        <source>The gross amount is zero.</source>
        <translation>A bruttó összeg nulla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="561"/>
        <source>The interval must be between 1 and 99.</source>
        <translation>Az ismétlődés gyakorisága 1 és 99 között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="562"/>
        <source>The invoice has only {left} left to settle.</source>
        <translation>A számlából már csak {left} kiegyenlítetlen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="563"/>
        <source>The invoice is no longer there.</source>
        <translation>A számla már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="564"/>
        <source>The invoice number is missing.</source>
        <translation>Hiányzik a számlaszám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="565"/>
        <source>The issue date is missing.</source>
        <translation>Hiányzik a számla kelte.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="566"/>
        <source>The laptop&apos;s copy could not be made: {reason}</source>
        <translation>A laptop példánya nem készült el: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="567"/>
        <source>The laptop&apos;s copy needs a passphrase of at least {n} characters (${var} or typed).</source>
        <translation>A laptop példányához legalább {n} karakteres jelmondat kell (${var} vagy begépelve).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="568"/>
        <source>The largest attached file is a number of megabytes from 1 to {most}.</source>
        <translation>A csatolt fájl legnagyobb mérete 1 és {most} közötti megabájtszám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="569"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation>Az utolsó nap ({last}) korábbi, mint az első nap ({first}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="570"/>
        <source>The last day is before the first.</source>
        <translation>Az utolsó nap korábbi az elsőnél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="571"/>
        <source>The letter prints {what}, which is empty.</source>
        <translation>A levélbe kerülne ez: {what}, de üres.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="572"/>
        <source>The login {login} is no kamdesk user on this server: a laptop is taken offline with a manager&apos;s own login.</source>
        <translation>A(z) {login} bejelentkezés nem kamdesk-felhasználó ezen a szerveren: laptopot a menedzser saját bejelentkezésével lehet offline vinni.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="573"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>A logó nagyobb 2 MB-nál; kérjük, válasszon kisebb képet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="574"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>A logó csak PNG- vagy JPEG-kép lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="575"/>
        <source>The mail server refused the message ({reason}): nothing was sent.</source>
        <translation>A levelezőszerver elutasította az üzenetet ({reason}): semmi sem ment el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="576"/>
        <source>The mail server refused the sender {address} ({reason}): nothing was sent.</source>
        <translation>A levelezőszerver elutasította a(z) {address} feladót ({reason}): semmi sem ment el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="577"/>
        <source>The mail server refused {addresses} ({reason}): nobody was sent the message.</source>
        <translation>A levelezőszerver elutasította a következőket: {addresses} ({reason}); az üzenet senkinek sem ment el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="578"/>
        <source>The mail server {server} closed the connection before the message was sent.</source>
        <translation>A(z) {server} levelezőszerver az üzenet elküldése előtt bontotta a kapcsolatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="579"/>
        <source>The mail server {server} does not offer what kamdesk needs ({reason}): check the encryption and the user name.</source>
        <translation>A(z) {server} levelezőszerver nem kínálja, amire a kamdesknek szüksége van ({reason}): ellenőrizze a titkosítást és a felhasználónevet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="580"/>
        <source>The mail server {server} failed ({reason}): nothing was sent.</source>
        <translation>A(z) {server} levelezőszerver hibát jelzett ({reason}): semmi sem ment el.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="581"/>
        <source>The mail server {server} refused the user name or the password.</source>
        <translation>A(z) {server} levelezőszerver elutasította a felhasználónevet vagy a jelszót.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="582"/>
        <source>The message was sent to {recipients}, but it could not be recorded in the client&apos;s history ({reason}).</source>
        <translation>Az üzenet elment a következő címzetteknek: {recipients}, de az ügyfél előzményeibe nem sikerült rögzíteni ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="583"/>
        <source>The offer has no lines.</source>
        <translation>Az ajánlatnak nincs tétele.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="584"/>
        <source>The offer is valid until {date}: that is in the past.</source>
        <translation>Az ajánlat érvényessége ({date}) már elmúlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="585"/>
        <source>The office does not have this record, or you may no longer see it.</source>
        <translation>Ez a rekord nincs meg az irodában, vagy Ön már nem láthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="586"/>
        <source>The office refused it: {reason}</source>
        <translation>Az iroda elutasította: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="587"/>
        <source>The office server refused the login for {url}: give the password.</source>
        <translation>Az irodai szerver elutasította a bejelentkezést ({url}): adja meg a jelszót.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="588"/>
        <source>The office server {url} cannot be reached ({reason}). Your work stays on this laptop and is sent at the next sync.</source>
        <translation>Az irodai szerver ({url}) nem érhető el ({reason}). A munkája a laptopon marad, és a következő szinkronizáláskor elküldjük.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="589"/>
        <source>The open database is not a laptop replica: there is nothing to sync. Take a laptop offline from the team server first.</source>
        <translation>A megnyitott adatbázis nem laptoppéldány: nincs mit szinkronizálni. Előbb vigyen offline egy laptopot a csapatszerverről.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="591"/>
        <source>The order has no lines.</source>
        <translation>A rendelésnek nincsenek tételei.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="592"/>
        <source>The order line must be one of the client&apos;s orders.</source>
        <translation>A rendelési tételnek az ügyfél egyik rendeléséből kell származnia.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="593"/>
        <source>The passphrase does not open {name}. Check it and try again; if it is right, the file is damaged and a backup should be restored.</source>
        <translation>A jelmondat nem nyitja meg: {name}. Ellenőrizze és próbálja újra; ha helyes, a fájl sérült, és mentést kell visszaállítani.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="594"/>
        <source>The passphrase may have at most {count} characters.</source>
        <translation>A jelmondat legfeljebb {count} karakteres lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="595"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>A jelmondatnak legalább {count} karakteresnek kell lennie.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="596"/>
        <source>The password could not be kept in this computer&apos;s keyring ({reason}); enter it when you send.</source>
        <translation>A jelszót nem sikerült a számítógép kulcstartójában megőrizni ({reason}); küldéskor adja meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="597"/>
        <source>The payment has only {left} left to allocate by hand.</source>
        <translation>A befizetésből már csak {left} párosítható kézzel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="598"/>
        <source>The payment is no longer there.</source>
        <translation>A befizetés már nem létezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="599"/>
        <source>The percentage must be between 0 and 100.</source>
        <translation>A százalék 0 és 100 között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="600"/>
        <source>The period before</source>
        <translation>Előző időszak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="601"/>
        <source>The period ends before it starts.</source>
        <translation>Az időszak vége korábbi a kezdeténél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="602"/>
        <source>The price column needs a name.</source>
        <translation>Adja meg az árlista-oszlop nevét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="603"/>
        <source>The price column “{column}” was changed since the file was checked. Check the file again.</source>
        <translation>A fájl ellenőrzése óta módosult ez az árlista-oszlop: „{column}”. Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="604"/>
        <source>The price is missing.</source>
        <translation>Hiányzik az ár.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="605"/>
        <source>The price list has no products: none of those chosen has a price in the client&apos;s price column.</source>
        <translation>Az árlistában nincs termék: a kiválasztottak egyikének sincs ára az ügyfél árlista-oszlopában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="606"/>
        <source>The product name is missing (the SKU {sku} is new).</source>
        <translation>Hiányzik a terméknév (új cikkszám: {sku}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="607"/>
        <source>The product {sku} was deleted since the file was checked. Check the file again.</source>
        <translation>A fájl ellenőrzése óta ezt a terméket törölték: {sku}. Ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="608"/>
        <source>The promotion must end on or after its first day.</source>
        <translation>Az akció utolsó napja nem lehet korábbi az első napjánál.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="609"/>
        <source>The promotion needs a name.</source>
        <translation>Adja meg az akció nevét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="610"/>
        <source>The record is no longer here.</source>
        <translation>A rekord már nincs itt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="612"/>
        <source>The record the value refers to is not here.</source>
        <translation>A rekord, amelyre az érték hivatkozik, nincs itt.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="613"/>
        <source>The rejected rows cannot be saved to {file}: that is the file being imported. Choose another name.</source>
        <translation>Az elutasított sorok nem menthetők ide: {file}, mert ez az importált fájl. Válasszon másik nevet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="614"/>
        <source>The renewal window is a number of days from 1 to 3650.</source>
        <translation>A megújítási emlékeztető 1 és 3650 nap közötti érték lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="615"/>
        <source>The requested delivery date is before the order date.</source>
        <translation>A kért szállítási határidő korábbi a rendelés dátumánál.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="616"/>
        <source>The row names neither our product&apos;s SKU nor a category.</source>
        <translation>A sor sem saját termékünk cikkszámát, sem kategóriát nem tartalmaz.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="617"/>
        <source>The rule gives no occurrence after the start.</source>
        <translation>A szabály szerint a kezdés után egyetlen alkalom sincs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="618"/>
        <source>The scale needs between 1 and 50 steps, as 90:80; 100:100.</source>
        <translation>A skála 1–50 lépcsőből állhat, például: 90:80; 100:100.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="619"/>
        <source>The secure connection to {server} failed ({reason}): check the port and the encryption (STARTTLS or SSL).</source>
        <translation>A biztonságos kapcsolat a(z) {server} szerverrel nem jött létre ({reason}): ellenőrizze a portot és a titkosítást (STARTTLS vagy SSL).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="620"/>
        <source>The sender&apos;s name is one line of at most 200 characters.</source>
        <translation>A feladó neve egy sor, legfeljebb 200 karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="621"/>
        <source>The series would have more than {limit} occurrences; end it sooner.</source>
        <translation>A sorozat több mint {limit} alkalomból állna; fejezze be korábban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="623"/>
        <source>The server {host} was not found: check its name and the network.</source>
        <translation>A(z) {host} szerver nem található: ellenőrizze a nevét és a hálózatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="624"/>
        <source>The server {server} closed the connection before the work was done.</source>
        <translation>A(z) {server} szerver a munka befejezése előtt bontotta a kapcsolatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="625"/>
        <source>The server {server} could not be reached: {reason}.</source>
        <translation>A(z) {server} szerver nem érhető el: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="626"/>
        <source>The server {server} did not answer in time.</source>
        <translation>A(z) {server} szerver nem válaszolt időben.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="627"/>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 465) or ask who runs it.</source>
        <translation>A(z) {server} szerver nem támogatja a STARTTLS-t: válassza az SSL-t (általában a 465-ös port), vagy kérdezze meg az üzemeltetőjét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="628"/>
        <source>The server {server} refused the connection: check the server&apos;s name and port.</source>
        <translation>A(z) {server} szerver elutasította a kapcsolatot: ellenőrizze a szerver nevét és portját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="629"/>
        <source>The sheet needs the columns {columns}.</source>
        <translation>A munkalapnak ezek az oszlopok kellenek: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="630"/>
        <source>The signing date {date} is in the future.</source>
        <translation>Az aláírás dátuma ({date}) a jövőben van.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="631"/>
        <source>The subject must be one line of at most {count} characters.</source>
        <translation>A tárgy egy sor lehet, legfeljebb {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="632"/>
        <source>The template calls itself too deeply: a macro may call itself without end.</source>
        <translation>A sablon túl mélyen hívja önmagát: egy makró vég nélkül hívhatja saját magát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="633"/>
        <source>The template cannot be filled in: {error}</source>
        <translation>A sablon nem tölthető ki: {error}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="634"/>
        <source>The template has no text.</source>
        <translation>A sablonnak nincs szövege.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="635"/>
        <source>The template needs too much memory to fill in: something it builds grows too large.</source>
        <translation>A sablon kitöltéséhez túl sok memória kell: valami, amit felépít, túl nagyra nő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="636"/>
        <source>The template nests too deeply to be read.</source>
        <translation>A sablon túl mélyen egymásba ágyazott ahhoz, hogy beolvasható legyen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="637"/>
        <source>The template prints {what}, which is empty.</source>
        <translation>A sablon kiírja ezt az adatot, de az üres: {what}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="638"/>
        <source>The template takes longer than {seconds} seconds to fill in: a loop or a macro may never end.</source>
        <translation>A sablon kitöltése {seconds} másodpercnél tovább tart: egy ciklus vagy makró talán sosem ér véget.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="639"/>
        <source>The template writes more than {limit} characters: a loop may repeat too often.</source>
        <translation>A sablon több mint {limit} karaktert ír ki: egy ciklus talán túl sokszor ismétlődik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="640"/>
        <source>The template “{name}” has no field {fields}.</source>
        <translation>A(z) „{name}” sablonban nincs ilyen mező: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="641"/>
        <source>The two passphrases differ.</source>
        <translation>A két jelmondat eltér.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="643"/>
        <source>The user name is one line of at most 254 characters.</source>
        <translation>A felhasználónév egy sor, legfeljebb 254 karakter.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="645"/>
        <source>The validity date is before the offer date.</source>
        <translation>Az érvényesség dátuma korábbi az ajánlat dátumánál.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="646"/>
        <source>The weights must add up to 100 per cent.</source>
        <translation>A súlyok összegének 100 százaléknak kell lennie.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="647"/>
        <source>The {step} must start later than the step before it.</source>
        <translation>{step}: később kell kezdődnie, mint az előző lépésnek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="648"/>
        <source>The {what} is too long: {length} characters; at most {limit}.</source>
        <translation>A(z) {what} túl hosszú: {length} karakter; legfeljebb {limit} lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="649"/>
        <source>There are no contacts to export.</source>
        <translation>Nincs exportálható kapcsolattartó.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="650"/>
        <source>There are no managers called {names}: create them, or import their clients without a manager.</source>
        <translation>Nincs ilyen nevű üzletkötő: {names}. Hozza létre őket, vagy importálja az ügyfeleiket üzletkötő nélkül.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="651"/>
        <source>There is a file {path} already; an encrypted database is made as a new file.</source>
        <translation>Már van {path} fájl; titkosított adatbázis csak új fájlként készül.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="653"/>
        <source>There is already a competitor called {name}.</source>
        <translation>Már van {name} nevű versenytárs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="654"/>
        <source>There is no activity with id {id}.</source>
        <translation>Nincs tevékenység ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="655"/>
        <source>There is no approval request with id {id}.</source>
        <translation>Nincs jóváhagyási kérelem ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="656"/>
        <source>There is no category with id {id}.</source>
        <translation>Nincs {id} azonosítójú kategória.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="657"/>
        <source>There is no category “{path}”.</source>
        <translation>Nincs „{path}” kategória.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="658"/>
        <source>There is no client with id {id}.</source>
        <translation>Nincs ügyfél ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="659"/>
        <source>There is no client with the tax number or id “{text}”.</source>
        <translation>Nincs ügyfél „{text}” adószámmal vagy azonosítóval.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="660"/>
        <source>There is no competitor action with id {id}.</source>
        <translation>Nincs {id} azonosítójú versenytársi akció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="661"/>
        <source>There is no competitor with id {id}.</source>
        <translation>Nincs {id} azonosítójú versenytárs.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="662"/>
        <source>There is no complaint numbered {number}.</source>
        <translation>Nincs {number} számú reklamáció.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="663"/>
        <source>There is no complaint with id {id}.</source>
        <translation>Nincs reklamáció ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="664"/>
        <source>There is no contract file with id {id}.</source>
        <translation>Nincs szerződéshez csatolt fájl ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="665"/>
        <source>There is no contract numbered {number}.</source>
        <translation>Nincs ilyen számú szerződés: {number}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="666"/>
        <source>There is no contract template with id {id}.</source>
        <translation>Nincs szerződéssablon ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="667"/>
        <source>There is no contract with id {id}.</source>
        <translation>Nincs szerződés ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="668"/>
        <source>There is no database at {path} to back up.</source>
        <translation>A(z) {path} helyen nincs menthető adatbázis.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="669"/>
        <source>There is no file {path}.</source>
        <translation>Nincs ilyen fájl: {path}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="670"/>
        <source>There is no invoice {number}.</source>
        <translation>Nincs {number} számú számla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="671"/>
        <source>There is no letter template “{name}”.</source>
        <translation>Nincs „{name}” nevű levélsablon.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="672"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Nincs „{name}” nevű üzletkötő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="673"/>
        <source>There is no manager with id {id}.</source>
        <translation>Nincs üzletkötő ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="674"/>
        <source>There is no manager “{name}”; managers: {known}.</source>
        <translation>Nincs „{name}” nevű üzletkötő; üzletkötők: {known}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="675"/>
        <source>There is no obligation with id {id}.</source>
        <translation>Nincs kötelezettség ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="676"/>
        <source>There is no observed price with id {id}.</source>
        <translation>Nincs {id} azonosítójú észlelt ár.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="677"/>
        <source>There is no offer numbered {number}.</source>
        <translation>Nincs {number} számú ajánlat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="678"/>
        <source>There is no offer with id {id}.</source>
        <translation>Nincs {id} azonosítójú ajánlat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="679"/>
        <source>There is no order line with id {id}.</source>
        <translation>Nincs rendelési tétel ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="680"/>
        <source>There is no order numbered {number}.</source>
        <translation>Nincs ilyen számú rendelés: {number}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="681"/>
        <source>There is no order state “{state}”; the states are {states}.</source>
        <translation>Nincs „{state}” rendelésállapot; a lehetséges állapotok: {states}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="682"/>
        <source>There is no order with id {id}.</source>
        <translation>Nincs rendelés ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="683"/>
        <source>There is no order {number}.</source>
        <translation>Nincs {number} számú rendelés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="684"/>
        <source>There is no other value to use here; keep it as it is.</source>
        <translation>Itt nincs másik érték; hagyja így.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="685"/>
        <source>There is no price column called “{name}”.</source>
        <translation>Nincs „{name}” nevű árlista-oszlop.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="686"/>
        <source>There is no product with id {id}.</source>
        <translation>Nincs termék ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="687"/>
        <source>There is no product with the SKU {sku}.</source>
        <translation>Nincs {sku} cikkszámú termék.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="688"/>
        <source>There is no return with id {id}.</source>
        <translation>Nincs visszáru ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="689"/>
        <source>There is no segment called {name}.</source>
        <translation>Nincs {name} nevű szegmens.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="690"/>
        <source>There is no segment called “{name}”.</source>
        <translation>Nincs „{name}” nevű szegmens.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="691"/>
        <source>There is no segment with id {id}.</source>
        <translation>Nincs szegmens ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="692"/>
        <source>There is no series with id {id}.</source>
        <translation>Nincs sorozat ezzel az azonosítóval: {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="694"/>
        <source>This activity is planned for {when}, which is still to come: record it as done now, or complete it once it has happened.</source>
        <translation>Ez a tevékenység egy még el nem jött időpontra van tervezve: {when}. Rögzítse most lezártként, vagy zárja le, miután megtörtént.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="695"/>
        <source>This activity is {state} already; only a planned one can be completed or cancelled.</source>
        <translation>Ez a tevékenység már {state}; csak tervezett tevékenység zárható le vagy mondható le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="696"/>
        <source>This conflict is no longer listed.</source>
        <translation>Ez az ütközés már nem szerepel a listán.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="697"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>Ebben az adatbázisban már vannak ügyfelek; demóadatok csak üres adatbázisba tölthetők be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="698"/>
        <source>This database already has products or orders; demo data goes into an empty database.</source>
        <translation>Ebben az adatbázisban már vannak termékek vagy rendelések; demóadatok csak üres adatbázisba tölthetők be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="699"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Ezt az adatbázist a kamdesk egy újabb verziója hozta létre vagy frissítette (olyan sémaváltozásokat tartalmaz, amelyeket ez a verzió nem ismer: {changes}). A program az adatbázist nem módosította. A megnyitásához telepítse a kamdesk újabb verzióját.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="700"/>
        <source>This laptop and the office server run different versions of kamdesk ({newer} is newer): nothing was exchanged. Install the same kamdesk version on both, then sync again.</source>
        <translation>A laptopon és az irodai szerveren a kamdesk különböző verziója fut ({newer} az újabb): nem történt adatcsere. Telepítse mindkettőre ugyanazt a verziót, aztán szinkronizáljon újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="701"/>
        <source>This laptop has no {series} numbers left for {year}: sync with the office to get more.</source>
        <translation>Ezen a laptopon nem maradt {year}. évi {series}szám: szinkronizáljon az irodával, hogy kapjon újakat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="702"/>
        <source>This period</source>
        <translation>Tárgyidőszak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="703"/>
        <source>This request was decided already.</source>
        <translation>Erről a kérelemről már döntöttek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="704"/>
        <source>This row holds column headers ({headers}), not data; it is not imported.</source>
        <translation>Ez a sor oszlopfejléceket tartalmaz ({headers}), nem adatokat; nem kerül importálásra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="705"/>
        <source>To</source>
        <translation>Vége</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="706"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="707"/>
        <source>Two steps of the scale start at the same fulfilment.</source>
        <translation>A skála két lépcsője azonos teljesítésnél kezdődik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="708"/>
        <source>Unit</source>
        <translation>Egység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="709"/>
        <source>Unit price</source>
        <translation>Egységár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="710"/>
        <source>Unknown KPI “{kpi}”: use {kpis}.</source>
        <translation>Ismeretlen KPI: „{kpi}”; használható: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="711"/>
        <source>Unknown contract type “{kind}”; use one of: {kinds}.</source>
        <translation>Ismeretlen szerződéstípus: „{kind}”; a lehetséges értékek: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="712"/>
        <source>Unknown dunning step “{step}”.</source>
        <translation>Ismeretlen felszólítási lépés: „{step}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="713"/>
        <source>Unknown kind of activity “{kind}”.</source>
        <translation>Ismeretlen tevékenységtípus: „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="714"/>
        <source>Unknown language “{language}”; use one of: {languages}.</source>
        <translation>Ismeretlen nyelv: „{language}”; a lehetséges értékek: {languages}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="715"/>
        <source>Unknown placeholder “{name}”.</source>
        <translation>Ismeretlen helyőrző: „{name}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="716"/>
        <source>Unknown placeholder “{name}”; did you mean “{suggestion}”?</source>
        <translation>Ismeretlen helyőrző: „{name}”. Erre gondolt: „{suggestion}”?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="717"/>
        <source>Unknown setting “{key}”; use one of: {keys}.</source>
        <translation>Ismeretlen beállítás: „{key}”; a lehetséges értékek: {keys}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="718"/>
        <source>Unknown state “{state}”: use {states}.</source>
        <translation>Ismeretlen állapot: „{state}”; használható: {states}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="723"/>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="727"/>
        <source>Value {currency}</source>
        <translation>Érték, {currency}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="728"/>
        <source>Value: the plan is missing.</source>
        <translation>Érték: hiányzik a terv.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="729"/>
        <source>Value: “{text}” is not a plan of clients: a whole number of zero or more, at most {limit}.</source>
        <translation>Érték: „{text}” nem ügyfélszám-terv: nulla vagy annál nagyobb egész szám, legfeljebb {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="730"/>
        <source>Value: “{text}” is not a plan of sales: an amount of zero or more, at most {limit}.</source>
        <translation>Érték: „{text}” nem árbevétel-terv: nulla vagy annál nagyobb összeg, legfeljebb {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="737"/>
        <source>Went to a competitor</source>
        <translation>Versenytárshoz ment</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="739"/>
        <source>Without encryption kamdesk connects only to this computer (localhost): choose STARTTLS or SSL.</source>
        <translation>Titkosítás nélkül a kamdesk csak ehhez a számítógéphez (localhost) csatlakozik: válassza a STARTTLS-t vagy az SSL-t.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="741"/>
        <source>Write a subject.</source>
        <translation>Adja meg a tárgyat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="742"/>
        <source>Wrong item</source>
        <translation>Téves termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="743"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="745"/>
        <source>a cell outside any row, after row {row}</source>
        <translation>egy cella a sorokon kívül, a(z) {row}. sor után</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="746"/>
        <source>a cell reference “{reference}” that is not a column</source>
        <translation>egy „{reference}” cellahivatkozás, amely nem oszlop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="747"/>
        <source>a part every workbook has is missing</source>
        <translation>hiányzik belőle egy rész, amely minden munkafüzetben megvan</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="748"/>
        <source>a row numbered “{number}”, not 1 to {most}</source>
        <translation>egy „{number}” számú sor, nem 1 és {most} közötti</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="753"/>
        <source>bank account</source>
        <translation>bankszámlaszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="754"/>
        <source>cancellation note</source>
        <translation>sztornó megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="758"/>
        <source>category name</source>
        <translation>kategória neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="759"/>
        <source>city</source>
        <translation>település</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="760"/>
        <source>client name</source>
        <translation>ügyfél neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="761"/>
        <source>closing text</source>
        <translation>záró szöveg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="762"/>
        <source>company name</source>
        <translation>cégnév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="763"/>
        <source>competitor&apos;s name</source>
        <translation>versenytárs neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="764"/>
        <source>complaint</source>
        <comment>numbers left</comment>
        <translation>reklamáció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="765"/>
        <source>complaint description</source>
        <translation>reklamáció leírása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="768"/>
        <source>contact&apos;s e-mail address</source>
        <translation>kapcsolattartó e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="769"/>
        <source>contact&apos;s name</source>
        <translation>kapcsolattartó neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="770"/>
        <source>contact&apos;s note</source>
        <translation>kapcsolattartó megjegyzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="771"/>
        <source>contact&apos;s phone number</source>
        <translation>kapcsolattartó telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="772"/>
        <source>contact&apos;s position</source>
        <translation>kapcsolattartó beosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="773"/>
        <source>contract</source>
        <comment>numbers left</comment>
        <translation>szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="774"/>
        <source>contract text</source>
        <translation>szerződés szövege</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="775"/>
        <source>contract title</source>
        <translation>szerződés címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="777"/>
        <source>delivery address</source>
        <translation>szállítási cím</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="778"/>
        <source>delivery city</source>
        <translation>szállítási település</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="779"/>
        <source>delivery postcode</source>
        <translation>szállítási irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="780"/>
        <source>delivery street address</source>
        <translation>szállítási utca, házszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="781"/>
        <source>description of the competitor&apos;s action</source>
        <translation>a versenytársi akció leírása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="782"/>
        <source>description of the obligation</source>
        <translation>kötelezettség leírása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="785"/>
        <source>e-mail address</source>
        <translation>e-mail-cím</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="791"/>
        <source>file name</source>
        <translation>fájlnév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="793"/>
        <source>how many days the oldest invoice is past due (a number)</source>
        <translation>hány napja járt le a legrégebbi számla (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="794"/>
        <source>how many invoices are overdue (a number)</source>
        <translation>hány lejárt számla van (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="795"/>
        <source>introduction</source>
        <translation>bevezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="802"/>
        <source>it is damaged, or it is not a workbook: its zip cannot be unpacked</source>
        <translation>sérült, vagy nem munkafüzet: a tömörített tartalma nem bontható ki</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="803"/>
        <source>it starts with a {encoding} mark, but line {line} is not {encoding}</source>
        <translation>{encoding} jelöléssel kezdődik, de a(z) {line}. sor nem {encoding}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="804"/>
        <source>its XML declares a character encoding no workbook uses</source>
        <translation>az XML-je olyan karakterkódolást ad meg, amelyet munkafüzet nem használ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="805"/>
        <source>its XML is damaged at line {line}, column {column}</source>
        <translation>az XML-je sérült a(z) {line}. sor {column}. oszlopánál</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="812"/>
        <source>legal form</source>
        <translation>cégforma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="813"/>
        <source>line {line} is not {encoding} text</source>
        <translation>a(z) {line}. sor nem {encoding} szöveg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="814"/>
        <source>location</source>
        <translation>helyszín</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="815"/>
        <source>manager&apos;s e-mail address</source>
        <translation>munkatárs e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="816"/>
        <source>manager&apos;s name</source>
        <translation>munkatárs neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="819"/>
        <source>note</source>
        <translation>megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="820"/>
        <source>note on needs</source>
        <translation>igényekről szóló megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="821"/>
        <source>note on prospects</source>
        <translation>kilátásokról szóló megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="822"/>
        <source>note on the return</source>
        <translation>megjegyzés a visszáruhoz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="823"/>
        <source>offer</source>
        <comment>numbers left</comment>
        <translation>ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="824"/>
        <source>order</source>
        <comment>numbers left</comment>
        <translation>rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="835"/>
        <source>outcome</source>
        <translation>eredmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="838"/>
        <source>phone number</source>
        <translation>telefonszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="839"/>
        <source>place of signing</source>
        <translation>aláírás helye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="841"/>
        <source>postcode</source>
        <translation>irányítószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="842"/>
        <source>price column name</source>
        <translation>árlista-oszlop neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="843"/>
        <source>product description</source>
        <translation>termékleírás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="844"/>
        <source>product name</source>
        <translation>terméknév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="845"/>
        <source>promotion name</source>
        <translation>akció neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="846"/>
        <source>reason for the credit override</source>
        <translation>hitelkeret-túllépés indoka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="847"/>
        <source>received</source>
        <comment>complaint state</comment>
        <translation>beérkezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="848"/>
        <source>registration number</source>
        <translation>cégjegyzékszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="850"/>
        <source>rejected</source>
        <comment>complaint state</comment>
        <translation>elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="851"/>
        <source>rejection note</source>
        <translation>elutasítás indoka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="852"/>
        <source>reliability note</source>
        <translation>megbízhatósági megjegyzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="853"/>
        <source>resolution</source>
        <translation>megoldás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="854"/>
        <source>resolved</source>
        <translation>megoldva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="855"/>
        <source>row {row}, column {column} refers to a shared text the workbook does not have ({index})</source>
        <translation>a(z) {row}. sor {column} oszlopa olyan közös szövegre hivatkozik, amely nincs a munkafüzetben ({index})</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="856"/>
        <source>segment name</source>
        <translation>szegmens neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="861"/>
        <source>source of the price</source>
        <translation>az ár forrása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="862"/>
        <source>street address</source>
        <translation>utca, házszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="863"/>
        <source>subject</source>
        <translation>tárgy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="864"/>
        <source>taken into investigation</source>
        <translation>vizsgálat alatt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="865"/>
        <source>tax number</source>
        <translation>adószám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="866"/>
        <source>template name</source>
        <translation>sablon neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="867"/>
        <source>template text</source>
        <translation>sablon szövege</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="869"/>
        <source>termination reason</source>
        <translation>megszűnés oka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="870"/>
        <source>text of the delivery terms</source>
        <translation>szállítási feltételek szövege</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="871"/>
        <source>text of the payment terms</source>
        <translation>fizetési feltételek szövege</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="913"/>
        <source>the currency of the overdue amount</source>
        <translation>a lejárt összeg pénzneme</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="914"/>
        <source>the date of the previous step taken (empty before the first)</source>
        <translation>az előző lépés dátuma (az első előtt üres)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="915"/>
        <source>the date to pay by</source>
        <translation>a fizetési határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="916"/>
        <source>the due date of the oldest overdue invoice</source>
        <translation>a legrégebbi lejárt számla fizetési határideje</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="917"/>
        <source>the dunning step (e.g. “first notice”)</source>
        <translation>a felszólítási lépés (pl. „első felszólítás”)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="918"/>
        <source>the field “{name}” typed for the letter</source>
        <translation>a levélhez megadott „{name}” mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="920"/>
        <source>the office server</source>
        <translation>az irodai szerver</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="921"/>
        <source>the overdue amount</source>
        <translation>a lejárt összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="922"/>
        <source>the overdue invoices (a list, for a loop)</source>
        <translation>a lejárt számlák (lista, ciklushoz)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="924"/>
        <source>the table of overdue invoices</source>
        <translation>a lejárt számlák táblázata</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="925"/>
        <source>this laptop</source>
        <translation>ez a laptop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="927"/>
        <source>under investigation</source>
        <translation>vizsgálat alatt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="928"/>
        <source>unit</source>
        <translation>mértékegység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="929"/>
        <source>website</source>
        <translation>weboldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="934"/>
        <source>{client} has no overdue debt to chase.</source>
        <translation>{client}: nincs behajtandó lejárt tartozás.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="935"/>
        <source>{day} is outside the years 1900 to 9998.</source>
        <translation>A(z) {day} nap kívül esik az 1900 és 9998 közötti éveken.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="936"/>
        <source>{document}: {problem}</source>
        <translation>{document}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="937"/>
        <source>{file} cannot be imported: it declares XML entities, which no Excel workbook does.</source>
        <translation>A(z) {file} nem importálható: XML-entitásokat deklarál, ami Excel-munkafüzetben nem fordul elő.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="938"/>
        <source>{file} cannot be imported: it is a zip of more than {limit} parts, which no workbook is.</source>
        <translation>A(z) {file} nem importálható: {limit} résznél többet tartalmazó tömörített fájl, ami munkafüzet nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="939"/>
        <source>{file} cannot be imported: its part {part} is compressed {ratio} times, as only a damaged or hostile file is.</source>
        <translation>A(z) {file} nem importálható: a(z) {part} része {ratio}-szorosan tömörített, ami csak sérült vagy rosszindulatú fájlra jellemző.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="940"/>
        <source>{file} cannot be imported: its part {part} would unpack to {size} MB, more than the {limit} MB kamdesk reads.</source>
        <translation>A(z) {file} nem importálható: a(z) {part} része kibontva {size} MB lenne, több, mint a kamdesk által olvasott {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="944"/>
        <source>{file} cannot be read: {reason}. Save it again as UTF-8.</source>
        <translation>A(z) {file} nem olvasható: {reason}. Mentse el újra UTF-8 kódolással.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="946"/>
        <source>{file} does not look like a text (CSV) file: line {line} holds a NUL byte.</source>
        <translation>A(z) {file} nem tűnik szöveges (CSV) fájlnak: a(z) {line}. sor NUL bájtot tartalmaz.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="949"/>
        <source>{file} is damaged: its part {part} does not unpack to what its zip header says (size or checksum).</source>
        <translation>A(z) {file} sérült: a(z) {part} része nem arra bontható ki, amit a fejléce állít (méret vagy ellenőrzőösszeg).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="951"/>
        <source>{file} is not a CSV file kamdesk can read: line {line}: {reason}.</source>
        <translation>A(z) {file} nem olyan CSV-fájl, amelyet a kamdesk olvasni tud: {line}. sor: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="952"/>
        <source>{file} is too large to import at once (more than {cells} cells or {chars} characters): split it into smaller files.</source>
        <translation>A(z) {file} túl nagy ahhoz, hogy egyszerre importálható legyen (több mint {cells} cella vagy {chars} karakter): ossza kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="953"/>
        <source>{file} is too large to import at once (more than {limit} MB): split it into smaller files.</source>
        <translation>A(z) {file} túl nagy ahhoz, hogy egyszerre importálható legyen (több mint {limit} MB): ossza kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="954"/>
        <source>{file} is too large to import at once ({size} MB; at most {limit} MB): split it into smaller files.</source>
        <translation>A(z) {file} túl nagy ahhoz, hogy egyszerre importálható legyen ({size} MB; legfeljebb {limit} MB): ossza kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="955"/>
        <source>{file} mixes encodings: line {line} is not UTF-8 like the lines with accents before or after it. Save the whole file again in one encoding (UTF-8).</source>
        <translation>A(z) {file} vegyes kódolású: a(z) {line}. sor nem UTF-8, mint az előtte vagy utána lévő ékezetes sorok. Mentse el újra az egész fájlt egyféle kódolással (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="956"/>
        <source>{file}: line {line} holds a cell longer than {limit} characters.</source>
        <translation>{file}: a(z) {line}. sorban {limit} karakternél hosszabb cella van.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="957"/>
        <source>{file}: row {row} has a value in column {column}, beyond the {limit} columns kamdesk reads. Delete it, or move it to a column on the left.</source>
        <translation>{file}: a(z) {row}. sorban érték van a(z) {column} oszlopban, a kamdesk által olvasott {limit} oszlopon túl. Törölje, vagy tegye egy balrább lévő oszlopba.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="958"/>
        <source>{file}: row {row}, column {column} holds {length} characters; a cell may hold at most {limit}.</source>
        <translation>{file}: a(z) {row}. sor {column} oszlopa {length} karaktert tartalmaz; egy cellában legfeljebb {limit} lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="959"/>
        <source>{file}: row {row}, column {column} holds “�” where a letter was lost when the file was converted before. Correct the letter in the file, then import it again.</source>
        <translation>{file}: a(z) {row}. sor {column} oszlopában „�” áll egy betű helyén, amely a fájl korábbi átalakításakor elveszett. Javítsa a betűt a fájlban, majd importálja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="960"/>
        <source>{file}: the quote (&quot;) opened in line {line} is never closed, so the rest of the file would be one cell. Close it, or remove it.</source>
        <translation>{file}: a(z) {line}. sorban nyitott idézőjel (&quot;) nincs lezárva, így a fájl hátralévő része egyetlen cella lenne. Zárja le vagy törölje.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="961"/>
        <source>{file}: the quote (&quot;) opened in line {line} is not closed within {limit} lines. Close it, or remove it.</source>
        <translation>{file}: a(z) {line}. sorban nyitott idézőjel (&quot;) {limit} soron belül nincs lezárva. Zárja le vagy törölje.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="963"/>
        <source>{label}: {date} is not a date of an invoice or a payment.</source>
        <translation>{label}: {date} nem lehet számla vagy befizetés dátuma.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="964"/>
        <source>{label}: {text} has more than two decimal places.</source>
        <translation>{label}: {text} kettőnél több tizedesjegyet tartalmaz.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="965"/>
        <source>{label}: “{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>{label}: „{text}” nem dátum (használja az ÉÉÉÉ-HH-NN formátumot).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="966"/>
        <source>{label}: “{text}” is not an amount.</source>
        <translation>{label}: „{text}” nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="968"/>
        <source>{name} cannot be deleted: {prices} observed prices, {actions} actions and {shares} shares of clients&apos; purchases are recorded of it. Delete those first, or keep the competitor.</source>
        <translation>A(z) {name} versenytárs nem törölhető: {prices} észlelt ára, {actions} akciója és {shares} ügyfélbeszerzési részesedése van rögzítve. Előbb ezeket törölje, vagy tartsa meg a versenytársat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="969"/>
        <source>{name} grew past {limit} MB while it was read: a contract keeps files of up to {limit} MB.</source>
        <translation>A(z) {name} olvasás közben {limit} MB fölé nőtt: a szerződés legfeljebb {limit} MB-os fájlokat tárol.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="971"/>
        <source>{number} is a credit note: a credit note refers to an invoice.</source>
        <translation>{number} jóváíró számla: a jóváíró számla egy számlára hivatkozik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="972"/>
        <source>{number} is not a document of {client}.</source>
        <translation>A(z) {number} nem ehhez az ügyfélhez tartozik: {client}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="973"/>
        <source>{option} “{text}” is not a date such as 2026-12-31.</source>
        <translation>{option}: „{text}” nem dátum (pl. 2026-12-31).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="974"/>
        <source>{part} is not a weight; write each KPI once with its per cent, as sales:60.</source>
        <translation>„{part}” nem súly; minden KPI-t egyszer adjon meg a százalékával, például: sales:60.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="975"/>
        <source>{path} already exists: choose a new file for the laptop&apos;s copy.</source>
        <translation>{path} már létezik: válasszon új fájlt a laptop példányának.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="977"/>
        <source>{step} is not a step of the scale; write fulfilment and pay in per cent, as 90:80.</source>
        <translation>„{step}” nem a skála lépcsője; a teljesítést és a kifizetést százalékban adja meg, például: 90:80.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="978"/>
        <source>{step} of {day}</source>
        <translation>{step} ({day})</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="979"/>
        <source>{step}: overdue debt {amount} {currency}</source>
        <translation>{step}: lejárt tartozás {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="981"/>
        <source>{url} names no database; it looks like postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>{url} nem nevez meg adatbázist; így néz ki: postgresql://FELHASZNÁLÓ@GÉP:PORT/ADATBÁZIS.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="982"/>
        <source>{value} is not a day; write it as 2026-11-30.</source>
        <translation>„{value}” nem érvényes nap; így adja meg: 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="983"/>
        <source>{value} is not a month; write it as 2026-11.</source>
        <translation>„{value}” nem érvényes hónap; így adja meg: 2026-11.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="984"/>
        <source>{value} is not a week; write it as 2026-W49.</source>
        <translation>„{value}” nem érvényes hét; így adja meg: 2026-W49.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="989"/>
        <source>“{address}” is not an e-mail address.</source>
        <translation>„{address}” nem e-mail-cím.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="995"/>
        <source>“{host}” is not a server name.</source>
        <translation>„{host}” nem szervernév.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="997"/>
        <source>“{name}” is a contract template, not a letter&apos;s.</source>
        <translation>„{name}” szerződéssablon, nem levélsablon.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1002"/>
        <source>“{text}” is neither an invoice nor a credit note.</source>
        <translation>„{text}” se nem számla, se nem jóváíró számla.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1005"/>
        <source>“{value}” is not a number.</source>
        <translation>„{value}” nem szám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1006"/>
        <source>“{value}” is not an amount.</source>
        <translation>„{value}” nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="724"/>
        <source>VAT rate</source>
        <translation>Áfakulcs</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="336"/>
        <source>Only a head of department or an administrator can change the rules of credit control, collection and KPIs.</source>
        <translation>A hitelkeret-ellenőrzés, a követelésbehajtás és a mutatók szabályait csak osztályvezető vagy rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="364"/>
        <source>Order {number} was confirmed on the laptop, but with the office&apos;s figures it exceeds {client}&apos;s credit limit (limit {limit}, open receivables and orders not yet invoiced {exposure}, this order {order}): it is back in draft and needs a head&apos;s approval.</source>
        <translation>A(z) {number} rendelést a laptopon visszaigazolták, de az irodai adatok szerint túllépi {client} hitelkeretét (keret {limit}, nyitott kintlévőség és még nem számlázott rendelések {exposure}, ez a rendelés {order}): visszakerült piszkozatba, vezetői jóváhagyás kell hozzá.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="426"/>
        <source>Role must be manager, head or admin.</source>
        <translation>A szerepkör üzletkötő, osztályvezető vagy rendszergazda lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="430"/>
        <source>Run server init with the URL of the database&apos;s owner (who created it), not as {user}.</source>
        <translation>A server init parancsot az adatbázis tulajdonosának (aki létrehozta) URL-jével futtassa, ne {user} nevében.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="534"/>
        <source>The database owner {user} may not create roles: give it CREATEROLE, or run server init as a superuser.</source>
        <translation>Az adatbázis tulajdonosa ({user}) nem hozhat létre szerepköröket: adjon neki CREATEROLE jogot, vagy futtassa a server init parancsot rendszergazdai (superuser) fiókkal.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="538"/>
        <source>The database {path} is sound: pages, links between records, schema and audit trail checked.</source>
        <translation>A(z) {path} adatbázis ép: a lapok, a rekordok közötti kapcsolatok, a séma és a napló ellenőrizve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="553"/>
        <source>The file {name} is damaged in the database: its content differs from what was kept. Attach it again.</source>
        <translation>A(z) {name} fájl sérült az adatbázisban: a tartalma eltér a megőrzöttől. Csatolja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="554"/>
        <source>The file {name} was no longer in the files folder when kamdesk moved the contract files into the database, so only its entry is left. Attach the file again if you have it.</source>
        <translation>A(z) {name} fájl már nem volt a fájlok mappájában, amikor a kamdesk a szerződések fájljait az adatbázisba költöztette, ezért csak a bejegyzése maradt meg. Ha megvan, csatolja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="590"/>
        <source>The order exceeds the client&apos;s credit limit: limit {limit}, open receivables {receivables}, orders not yet invoiced {uninvoiced}, this order {order}, over by {excess}.</source>
        <translation>A rendelés túllépi az ügyfél hitelkeretét: hitelkeret {limit}, nyitott kintlévőség {receivables}, még nem számlázott rendelések {uninvoiced}, ez a rendelés {order}, túllépés {excess}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="611"/>
        <source>The record of the last audit entry (entry {id}) was altered.</source>
        <translation>Az utolsó naplóbejegyzés nyilvántartását (a(z) {id}. bejegyzését) megváltoztatták.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="622"/>
        <source>The server refused: your role may not do this ({reason}).</source>
        <translation>A szerver elutasította: az Ön szerepköre ezt nem teheti ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="642"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>A két jelszó eltér; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="644"/>
        <source>The user&apos;s name is required.</source>
        <translation>A felhasználó neve kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="652"/>
        <source>There is a user (or a role) called {login} on this server already.</source>
        <translation>Ezen a szerveren már van {login} nevű felhasználó (vagy szerepkör).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="693"/>
        <source>There is no user with the login {login}.</source>
        <translation>Nincs {login} nevű felhasználó.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="719"/>
        <source>Unknown view “{view}”: use {views}.</source>
        <translation>Ismeretlen nézet: „{view}”; használható: {views}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="720"/>
        <source>Until</source>
        <translation>Vége</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="721"/>
        <source>Users and passwords belong to a team server (PostgreSQL); this desk is a database file on this computer, which needs no login.</source>
        <translation>Felhasználók és jelszavak a csapatszerveren (PostgreSQL) vannak; ez az asztal egy adatbázisfájl ezen a számítógépen, amelyhez nem kell bejelentkezni.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="722"/>
        <source>Users belong to a team server: give its URL with --database postgresql://LOGIN@HOST/DATABASE (or $KAMDESK_DATABASE).</source>
        <translation>A felhasználók a csapatszerverhez tartoznak: adja meg az URL-jét így: --database postgresql://FELHASZNÁLÓ@GÉP/ADATBÁZIS (vagy $KAMDESK_DATABASE).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="725"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Az áfakulcs 0 és 100% között lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="726"/>
        <source>VAT rate “{text}” is not a number between 0 and 100.</source>
        <translation>Az áfakulcs („{text}”) nem 0 és 100 közötti szám.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="731"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="732"/>
        <source>Website</source>
        <translation>Weboldal</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="733"/>
        <source>Website {problem}.</source>
        <translation>A webcím {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="734"/>
        <source>Week plan</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="735"/>
        <source>Week plan — {name}</source>
        <translation>Heti terv – {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="736"/>
        <source>Week {number}</source>
        <translation>{number}. hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="738"/>
        <source>Withdraw</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="740"/>
        <source>Working hours must start before they end, within 0–24.</source>
        <translation>A munkaidő kezdete legyen korábbi a végénél, 0 és 24 óra között.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="744"/>
        <source>You cannot disable your own login.</source>
        <translation>A saját bejelentkezését nem tilthatja le.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="749"/>
        <source>accepted</source>
        <translation>elfogadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="750"/>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="751"/>
        <source>active</source>
        <comment>contract state</comment>
        <translation>hatályos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="752"/>
        <source>approved</source>
        <translation>jóváhagyva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="755"/>
        <source>cancelled</source>
        <translation>lemondott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="756"/>
        <source>cancelled</source>
        <comment>activity state</comment>
        <translation>lemondott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="757"/>
        <source>cancelled</source>
        <comment>order state</comment>
        <translation>sztornózott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="766"/>
        <source>completed</source>
        <translation>lezárva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="767"/>
        <source>confirmed</source>
        <translation>visszaigazolt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="776"/>
        <source>delivered</source>
        <translation>teljesített</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="783"/>
        <source>done</source>
        <translation>lezárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="784"/>
        <source>draft</source>
        <translation>piszkozat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="786"/>
        <source>expired</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="787"/>
        <source>expired</source>
        <comment>contract state</comment>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="788"/>
        <source>expired</source>
        <comment>offer state</comment>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="789"/>
        <source>expiring</source>
        <translation>hamarosan lejár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="790"/>
        <source>extended</source>
        <translation>meghosszabbítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="792"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>ellenőrző számjegye hibás (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="796"/>
        <source>is not a phone number</source>
        <translation>nem értelmezhető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="797"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>nem érvényes {country} közösségi adószám (ellenőrizze a számjegyeket)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="798"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>nem érvényes orosz adószám (INN: 10 vagy 12 számjegy, ellenőrző számjegyekkel)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="799"/>
        <source>is not a valid e-mail address</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="800"/>
        <source>is not a valid phone number</source>
        <translation>nem érvényes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="801"/>
        <source>is not a web address</source>
        <translation>formailag hibás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="806"/>
        <source>kamdesk cannot make the folder {folder} for the database: {reason}</source>
        <translation>A kamdesk nem tudja létrehozni az adatbázis {folder} mappáját: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="807"/>
        <source>kamdesk cannot write in {folder}: {reason}</source>
        <translation>A kamdesk nem tud írni ide: {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="808"/>
        <source>kamdesk may not read and write the database {path}: it belongs to another user or is read-only.</source>
        <translation>A kamdesk nem olvashatja és írhatja a(z) {path} adatbázist: más felhasználóé vagy csak olvasható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="809"/>
        <source>kamdesk may not write in the folder {folder}, where the database and its journal must be. Choose a folder of your own.</source>
        <translation>A kamdesk nem írhat a(z) {folder} mappába, ahol az adatbázisnak és a naplójának lennie kell. Válasszon egy saját mappát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="810"/>
        <source>kamdesk may not write to the database {path}: the file or its folder is read-only or belongs to another user. Nothing was saved.</source>
        <translation>A kamdesk nem írhat a(z) {path} adatbázisba: a fájl vagy a mappája csak olvasható, vagy más felhasználóé. Semmi sem lett mentve.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="811"/>
        <source>kamdesk opens SQLite files (sqlite:///PATH) and PostgreSQL servers (postgresql://USER@HOST/DATABASE), not {url}.</source>
        <translation>A kamdesk SQLite-fájlokat (sqlite:///ÚTVONAL) és PostgreSQL-szervereket (postgresql://FELHASZNÁLÓ@GÉP/ADATBÁZIS) nyit meg, nem ezt: {url}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="817"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>nem 12345678-1-23 formátumú (magyar adószám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="818"/>
        <source>name is required.</source>
        <translation>a név megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="825"/>
        <source>our company&apos;s address</source>
        <translation>cégünk címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="826"/>
        <source>our company&apos;s bank account</source>
        <translation>cégünk bankszámlaszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="827"/>
        <source>our company&apos;s city</source>
        <translation>cégünk városa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="828"/>
        <source>our company&apos;s country</source>
        <translation>cégünk országa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="829"/>
        <source>our company&apos;s e-mail address</source>
        <translation>cégünk e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="830"/>
        <source>our company&apos;s name</source>
        <translation>cégünk neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="831"/>
        <source>our company&apos;s phone number</source>
        <translation>cégünk telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="832"/>
        <source>our company&apos;s registration number</source>
        <translation>cégünk cégjegyzékszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="833"/>
        <source>our company&apos;s representative (signatory)</source>
        <translation>cégünk képviselője (aláíró)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="834"/>
        <source>our company&apos;s tax number</source>
        <translation>cégünk adószáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="836"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="837"/>
        <source>pending</source>
        <translation>függőben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="840"/>
        <source>planned</source>
        <translation>tervezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="849"/>
        <source>rejected</source>
        <translation>elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="857"/>
        <source>sent</source>
        <translation>elküldve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="858"/>
        <source>sent for signature</source>
        <translation>aláírásra elküldve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="859"/>
        <source>shipped</source>
        <translation>kiszállított</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="860"/>
        <source>signed</source>
        <translation>aláírva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="868"/>
        <source>terminated</source>
        <translation>megszűnt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="872"/>
        <source>the account manager&apos;s e-mail address</source>
        <translation>az üzletkötő e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="873"/>
        <source>the account manager&apos;s name</source>
        <translation>az üzletkötő neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="874"/>
        <source>the account manager&apos;s phone number</source>
        <translation>az üzletkötő telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="875"/>
        <source>the client&apos;s address</source>
        <translation>az ügyfél címe (székhely)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="876"/>
        <source>the client&apos;s bank account</source>
        <translation>az ügyfél bankszámlaszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="877"/>
        <source>the client&apos;s city</source>
        <translation>az ügyfél városa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="878"/>
        <source>the client&apos;s country</source>
        <translation>az ügyfél országa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="879"/>
        <source>the client&apos;s credit limit</source>
        <translation>az ügyfél hitelkerete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="880"/>
        <source>the client&apos;s delivery address</source>
        <translation>az ügyfél szállítási címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="881"/>
        <source>the client&apos;s e-mail address</source>
        <translation>az ügyfél e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="882"/>
        <source>the client&apos;s legal form</source>
        <translation>az ügyfél cégformája</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="883"/>
        <source>the client&apos;s name</source>
        <translation>az ügyfél neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="884"/>
        <source>the client&apos;s payment terms in days (a number)</source>
        <translation>az ügyfél fizetési határideje napokban (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="885"/>
        <source>the client&apos;s phone number</source>
        <translation>az ügyfél telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="886"/>
        <source>the client&apos;s price column</source>
        <translation>az ügyfél árlista-oszlopa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="887"/>
        <source>the client&apos;s registration number</source>
        <translation>az ügyfél cégjegyzékszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="888"/>
        <source>the client&apos;s segment</source>
        <translation>az ügyfél szegmense</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="889"/>
        <source>the client&apos;s tax number</source>
        <translation>az ügyfél adószáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="890"/>
        <source>the client&apos;s website</source>
        <translation>az ügyfél weboldala</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="891"/>
        <source>the contact person&apos;s e-mail address</source>
        <translation>a kapcsolattartó e-mail-címe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="892"/>
        <source>the contact person&apos;s name</source>
        <translation>a kapcsolattartó neve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="893"/>
        <source>the contact person&apos;s phone number</source>
        <translation>a kapcsolattartó telefonszáma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="894"/>
        <source>the contact person&apos;s position</source>
        <translation>a kapcsolattartó beosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="895"/>
        <source>the contract amount or limit</source>
        <translation>a szerződés összege vagy kerete</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="896"/>
        <source>the contract currency</source>
        <translation>a szerződés pénzneme</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="897"/>
        <source>the contract discount</source>
        <translation>a szerződéses kedvezmény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="898"/>
        <source>the contract number</source>
        <translation>a szerződés száma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="899"/>
        <source>the contract title</source>
        <translation>a szerződés megnevezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="900"/>
        <source>the contract type</source>
        <translation>a szerződés típusa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="901"/>
        <source>the contract&apos;s date of signature</source>
        <translation>a szerződés aláírásának dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="902"/>
        <source>the contract&apos;s delivery terms</source>
        <translation>a szerződés szállítási feltételei</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="903"/>
        <source>the contract&apos;s duration</source>
        <translation>a szerződés időtartama</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="904"/>
        <source>the contract&apos;s end date</source>
        <translation>a szerződés lejárati dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="905"/>
        <source>the contract&apos;s notes</source>
        <translation>a szerződéshez fűzött megjegyzések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="906"/>
        <source>the contract&apos;s notice period in days (a number)</source>
        <translation>a szerződés felmondási ideje napokban (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="907"/>
        <source>the contract&apos;s payment terms</source>
        <translation>a szerződés fizetési feltételei</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="908"/>
        <source>the contract&apos;s payment terms in days (a number)</source>
        <translation>a szerződés szerinti fizetési határidő napokban (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="909"/>
        <source>the contract&apos;s price column</source>
        <translation>a szerződés árlista-oszlopa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="910"/>
        <source>the contract&apos;s renewal period</source>
        <translation>a szerződés megújítási időszaka</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="911"/>
        <source>the contract&apos;s renewal period in months (a number)</source>
        <translation>a szerződés megújítási időszaka hónapokban (szám)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="912"/>
        <source>the contract&apos;s start date</source>
        <translation>a szerződés kezdő dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="919"/>
        <source>the number of the contract this one renews or amends</source>
        <translation>annak a szerződésnek a száma, amelyet ez a szerződés megújít vagy módosít</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="923"/>
        <source>the place of signature</source>
        <translation>az aláírás helye</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="926"/>
        <source>today&apos;s date</source>
        <translation>a mai dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="930"/>
        <source>whether the client pays on credit (yes/no)</source>
        <translation>halasztott fizetéssel vásárol-e az ügyfél (igen/nem)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="931"/>
        <source>whether the contract has an amount (yes/no)</source>
        <translation>van-e a szerződésnek összege (igen/nem)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="932"/>
        <source>whether the contract renews automatically (yes/no)</source>
        <translation>automatikusan megújul-e a szerződés (igen/nem)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="933"/>
        <source>withdrawn</source>
        <translation>visszavonva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="941"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Ez a fájl nem importálható: {file}. Használjon Excel-munkafüzetet (.xlsx) vagy CSV-fájlt (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="942"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Ez a fájl nem olvasható be Excel-munkafüzetként: {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="943"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Nem sikerült beolvasni a fájlt ({file}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="945"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Ez a fájl nem tűnik szöveges (CSV) fájlnak: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="947"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>Ebben a fájlban van fejlécsor, de nincs adatsor: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="948"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Ez a fájl régi, Excel 97–2003 formátumú munkafüzet: {file}. Előbb nyissa meg Excelben vagy LibreOffice-ban, és mentse .xlsx vagy .csv formátumban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="950"/>
        <source>{file} is empty.</source>
        <translation>A fájl üres: {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="962"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>A „{label}” mező értéke („{text}”) csak igen vagy nem lehet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="967"/>
        <source>{login} is not a head of department.</source>
        <translation>{login} nem osztályvezető.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="970"/>
        <source>{name} is {size} MB: a contract keeps files of up to {limit} MB.</source>
        <translation>{name} mérete {size} MB: egy szerződéshez legfeljebb {limit} MB-os fájl csatolható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="976"/>
        <source>{sku}: only {left} {unit} are left to ship.</source>
        <translation>{sku}: már csak {left} {unit} maradt kiszállítandó.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="980"/>
        <source>{url} is not a server address kamdesk can read: it looks like postgresql://USER@HOST:PORT/DATABASE, and a password holding #, /, ? or @ is written %23, %2F, %3F or %40 there.</source>
        <translation>A(z) {url} nem olyan szervercím, amelyet a kamdesk olvasni tud: így néz ki: postgresql://FELHASZNÁLÓ@GÉP:PORT/ADATBÁZIS, és a #, /, ? vagy @ jelet tartalmazó jelszóban ezek helyett %23, %2F, %3F vagy %40 áll.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="985"/>
        <source>{what}: kamdesk may not write in that folder. Choose another folder in the settings.</source>
        <translation>{what}: a kamdesk nem írhat abba a mappába. Válasszon másik mappát a beállításokban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="986"/>
        <source>{what}: the disk is full. Free some space and try again.</source>
        <translation>{what}: megtelt a lemez. Szabadítson fel helyet, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="987"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="988"/>
        <source>“Buy N get M free” needs N and M above zero.</source>
        <translation>A „minden N vásárolt után M ingyenes” ajánlathoz N és M is legyen nagyobb nullánál.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="990"/>
        <source>“{column}” is derived from another column: its prices are computed, not typed.</source>
        <translation>„{column}” származtatott oszlop: az árai számítottak, nem írhatók be.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="991"/>
        <source>“{column}” is derived from “{base}”: its prices are computed, not imported.</source>
        <translation>„{column}” származtatott oszlop („{base}” alapján): az árai számítottak, nem importálhatók.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="992"/>
        <source>“{column}”: a price cannot be negative ({text}).</source>
        <translation>„{column}”: az ár nem lehet negatív ({text}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="993"/>
        <source>“{column}”: {text} has more than two decimal places.</source>
        <translation>„{column}”: {text} kettőnél több tizedesjegyet tartalmaz.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="994"/>
        <source>“{column}”: “{text}” is not a price.</source>
        <translation>„{column}”: „{text}” nem értelmezhető árként.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="996"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>„{name}” nem törölhető, mert kapcsolódó adatai vannak: {records}. Törlés helyett archiválja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="998"/>
        <source>“{name}” is a group of fields; print one of them, e.g. “{name}.{example}”.</source>
        <translation>„{name}” egy mezőcsoport; ezek közül egy mezőt írasson ki, pl. „{name}.{example}”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="999"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>„{name}” már szerepel a fájl {row}. sorában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1000"/>
        <source>“{name}” is not a time zone such as Europe/Budapest.</source>
        <translation>„{name}” nem érvényes időzóna (például Europe/Budapest).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1001"/>
        <source>“{name}” is not allowed in a template.</source>
        <translation>„{name}” nem használható sablonban.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1003"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>„{text}” nem dátum (használja az ÉÉÉÉ.HH.NN. formátumot).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1004"/>
        <source>“{text}” is not a week such as 2026-W49.</source>
        <translation>„{text}” nem érvényes hét (például 2026-W49).</translation>
    </message>
</context>
<context>
    <name>MissingDataList</name>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="57"/>
        <source>Data missing: the documents cannot be generated until this is filled in. Click an item to fill it in.</source>
        <translation>Hiányzó adatok: amíg ezek nincsenek kitöltve, a dokumentumok nem készíthetők el. Kattintson egy tételre a kitöltéséhez.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="84"/>
        <source>Open the field where this is filled in</source>
        <translation>Annak a mezőnek a megnyitása, ahol ez kitölthető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="86"/>
        <source>No field holds this: change the template instead</source>
        <translation>Ezt egyik mező sem tartalmazza: módosítsa inkább a sablont</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="222"/>
        <source>Obligation</source>
        <translation>Kötelezettség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="222"/>
        <source>Change obligation</source>
        <translation>Kötelezettség módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="235"/>
        <source>Done</source>
        <translation>Teljesítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="241"/>
        <source>&amp;Due:</source>
        <translation>&amp;Határidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="242"/>
        <source>&amp;Kind:</source>
        <translation>Tí&amp;pus:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="243"/>
        <source>W&amp;ho:</source>
        <translation>&amp;Kötelezett:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="244"/>
        <source>&amp;What:</source>
        <translation>&amp;Feladat:</translation>
    </message>
</context>
<context>
    <name>ObligationsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Done</source>
        <translation>Teljesítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Who</source>
        <translation>Kötelezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>What</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="196"/>
        <source>Overdue since %1</source>
        <translation>%1 óta lejárt</translation>
    </message>
</context>
<context>
    <name>OfferEntry</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="86"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="87"/>
        <source>Magyar</source>
        <translation>Magyar</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="88"/>
        <source>Русский</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="111"/>
        <source>Approval needed</source>
        <translation>Jóváhagyás szükséges</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="112"/>
        <source>A discount on offer %1 is above your limit: the head of department must approve it before the offer is sent.</source>
        <translation>A(z) %1 ajánlat kedvezménye meghaladja az Ön keretét: küldés előtt az osztályvezetőnek jóvá kell hagynia.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="116"/>
        <source>Approve the discount</source>
        <translation>Kedvezmény jóváhagyása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="117"/>
        <source>Offer %1 has a discount above the limit. Why is it allowed?</source>
        <translation>A(z) %1 ajánlatban kereten felüli kedvezmény szerepel. Miért engedélyezi?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="100"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="120"/>
        <source>Cannot send the offer</source>
        <translation>Az ajánlat nem küldhető el</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="125"/>
        <source>Offer accepted</source>
        <translation>Ajánlat elfogadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="126"/>
        <source>Did the client accept offer %1?</source>
        <translation>Elfogadta az ügyfél a(z) %1 ajánlatot?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="191"/>
        <source>Type the client&apos;s name…</source>
        <translation>Írja be az ügyfél nevét…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="200"/>
        <source>e.g. 30 days net</source>
        <translation>pl. átutalás 30 napon belül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="203"/>
        <source>e.g. free delivery within 5 working days</source>
        <translation>pl. ingyenes kiszállítás 5 munkanapon belül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="207"/>
        <source>Notes for yourself (not printed)</source>
        <translation>Saját megjegyzések (nem kerülnek nyomtatásra)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="243"/>
        <source>Versions</source>
        <translation>Verziók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="247"/>
        <source>Click a version to open it</source>
        <translation>Kattintson egy verzióra a megnyitásához</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="266"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Piszkozat mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="266"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>A piszkozat mentése (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="268"/>
        <source>Se&amp;nd</source>
        <translation>E&amp;lküldés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="268"/>
        <source>Save and mark as handed to the client (Ctrl+Enter)</source>
        <translation>Mentés és megjelölés az ügyfélnek átadottként (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="270"/>
        <source>&amp;Accepted</source>
        <translation>&amp;Elfogadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="270"/>
        <source>The client accepted the offer</source>
        <translation>Az ügyfél elfogadta az ajánlatot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="272"/>
        <source>&amp;Rejected…</source>
        <translation>El&amp;utasítva…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="272"/>
        <source>The client rejected the offer: why?</source>
        <translation>Az ügyfél elutasította az ajánlatot: miért?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="274"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="712"/>
        <source>&amp;Make order</source>
        <translation>&amp;Rendelés készítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="274"/>
        <source>The accepted offer becomes a draft order</source>
        <translation>Az elfogadott ajánlatból rendeléspiszkozat lesz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="276"/>
        <source>New &amp;version</source>
        <translation>Új &amp;verzió</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="276"/>
        <source>A new draft copied from this offer</source>
        <translation>Új piszkozat ennek az ajánlatnak a másolataként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="278"/>
        <source>Save PD&amp;F…</source>
        <translation>Mentés PD&amp;F-be…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="278"/>
        <source>Save the offer as PDF (Ctrl+Shift+P)</source>
        <translation>Az ajánlat mentése PDF-be (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="280"/>
        <source>Save E&amp;xcel…</source>
        <translation>Mentés E&amp;xcelbe…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="280"/>
        <source>Save the offer as a live Excel workbook</source>
        <translation>Az ajánlat mentése képletekkel működő Excel-munkafüzetbe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="282"/>
        <source>&amp;Print…</source>
        <translation>N&amp;yomtatás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="282"/>
        <source>Print preview of the offer (Ctrl+P)</source>
        <translation>Az ajánlat nyomtatási képe (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="285"/>
        <source>Send the offer by e-mail with its PDF and workbook</source>
        <translation>Az ajánlat elküldése e-mailben a PDF-fájljával és munkafüzetével</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="286"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="286"/>
        <source>Back to the offers (Esc)</source>
        <translation>Vissza az ajánlatokhoz (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>Cl&amp;ient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kapcsolattartó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>Offer &amp;date:</source>
        <translation>Ajánlat &amp;dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="299"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="301"/>
        <source>Valid &amp;until:</source>
        <translation>&amp;Érvényes eddig:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="305"/>
        <source>Pa&amp;yment:</source>
        <translation>F&amp;izetés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="307"/>
        <source>Delivery &amp;terms:</source>
        <translation>&amp;Szállítási feltételek:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="311"/>
        <source>Not&amp;es:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="325"/>
        <source>Introduction (printed above the lines):</source>
        <translation>Bevezető (a tételek fölé nyomtatva):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="327"/>
        <source>Closing (printed below the totals):</source>
        <translation>Zárszöveg (az összesítés alá nyomtatva):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="337"/>
        <source>&amp;Lines</source>
        <translation>&amp;Tételek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="338"/>
        <source>Introduction and &amp;closing</source>
        <translation>&amp;Bevezető és zárszöveg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="345"/>
        <source>Enter: next line · Tab: next field · Del: remove line · Ctrl+S: save · Ctrl+Enter: send · Ctrl+P: print · Esc: close</source>
        <translation>Enter: köv. tétel · Tab: köv. mező · Del: törlés · Ctrl+S: mentés · Ctrl+Enter: küldés · Ctrl+P: nyomtatás · Esc: bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="385"/>
        <source>⚠ A discount is above your limit of %1: the head of department must approve the offer before it is sent.</source>
        <translation>⚠ Egy kedvezmény meghaladja az Ön kedvezményi keretét (%1): küldés előtt az osztályvezetőnek jóvá kell hagynia az ajánlatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="514"/>
        <source>Version %1 made: %2</source>
        <translation>%1. verzió elkészült: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="527"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="601"/>
        <source>Writing the PDF…</source>
        <translation>A PDF írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="584"/>
        <source>Cannot write the offer</source>
        <translation>Az ajánlat nem menthető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="533"/>
        <source>Save the offer as PDF</source>
        <translation>Az ajánlat mentése PDF-be</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="533"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="636"/>
        <source>Saved %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="544"/>
        <source>Save the offer as Excel</source>
        <translation>Az ajánlat mentése Excelbe</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="545"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="551"/>
        <source>Writing the workbook…</source>
        <translation>A munkafüzet írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="608"/>
        <source>Print offer %1</source>
        <translation>Ajánlat nyomtatása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="611"/>
        <source>The offer has unsaved changes. Save them?</source>
        <translation>Az ajánlaton nem mentett módosítások vannak. Menti őket?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="655"/>
        <source>Sent on %1</source>
        <translation>Elküldve: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="658"/>
        <source>Rejected: %1</source>
        <translation>Elutasítva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="661"/>
        <source>Accepted on %1</source>
        <translation>Elfogadva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="663"/>
        <source>Became order %1</source>
        <translation>Rendelés lett belőle: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="665"/>
        <source>Discount up to %1 approved by %2: %3</source>
        <translation>Legfeljebb %1 kedvezmény jóváhagyva (%2): %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="676"/>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="713"/>
        <source>Go to &amp;order</source>
        <translation>Ugrás a &amp;rendelésre</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="723"/>
        <source>New offer</source>
        <translation>Új ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="728"/>
        <source>Offer %1</source>
        <translation>Ajánlat %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="730"/>
        <source>version %1</source>
        <translation>%1. verzió</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="740"/>
        <source>Price column: %1</source>
        <translation>Árlista-oszlop: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="741"/>
        <source>payment %1 days</source>
        <translation>fizetési határidő: %1 nap</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Number</source>
        <translation>Ajánlatszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Offer date</source>
        <translation>Ajánlat dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Valid until</source>
        <translation>Érvényes eddig</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="66"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="80"/>
        <source>Sent: waiting for the client&apos;s answer</source>
        <translation>Elküldve: az ügyfél válaszára vár</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="110"/>
        <source>Search client or offer number…</source>
        <translation>Keresés: ügyfél vagy ajánlatszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="116"/>
        <source>All states</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="119"/>
        <source>&amp;New offer</source>
        <translation>Ú&amp;j ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="119"/>
        <source>Type a new offer (Ctrl+N)</source>
        <translation>Új ajánlat rögzítése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="127"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="118"/>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="133"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="112"/>
        <source>1 offer</source>
        <translation>1 ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="112"/>
        <source>%1 offers</source>
        <translation>%1 ajánlat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="173"/>
        <source>%1 awaiting an answer</source>
        <translation>%1 válaszra vár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="113"/>
        <source>No offer matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő ajánlat: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="114"/>
        <source>No offer matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő ajánlat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="177"/>
        <source>No offers yet. Press %1 to write one, or open a client and choose New offer.</source>
        <translation>Még nincs ajánlat. Írhat egyet (%1), vagy nyisson meg egy ügyfelet, és válassza az Új ajánlat gombot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="178"/>
        <source>New offer</source>
        <translation>Új ajánlat</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="147"/>
        <source>Writing the laptop copy to %1…</source>
        <translation>A laptop példányának írása ide: %1…</translation>
    </message>
</context>
<context>
    <name>OfflineCopyDone</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="166"/>
        <source>The laptop copy is ready</source>
        <translation>A laptop példánya elkészült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="168"/>
        <source>Records copied: %1</source>
        <translation>Átmásolt rekordok: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="172"/>
        <source>Copy %1 to the laptop and start kamdesk there with

kamdesk --database %2

kamdesk asks for the passphrase when it opens the file.</source>
        <translation>Másolja a(z) %1 fájlt a laptopra, és indítsa ott a kamdesket így:

kamdesk --database %2

A kamdesk a fájl megnyitásakor kéri a jelmondatot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="180"/>
        <source>&amp;Copy the path</source>
        <translation>Útvonal má&amp;solása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="192"/>
        <source>Copied</source>
        <translation>Másolva</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kamdesk/gui/operations.py" line="214"/>
        <source>Cancelling…</source>
        <translation>Megszakítás…</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1203"/>
        <source>Type the client&apos;s name…</source>
        <translation>Írja be az ügyfél nevét…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1211"/>
        <source>The client asked for a delivery date</source>
        <translation>Az ügyfél szállítási határidőt kért</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1215"/>
        <source>no date</source>
        <translation>nincs dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1221"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1225"/>
        <source>Notes for the order</source>
        <translation>Megjegyzés a rendeléshez</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1235"/>
        <source>Credit</source>
        <translation>Hitel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1242"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1481"/>
        <source>Left after this order:</source>
        <translation>Marad a rendelés után:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1246"/>
        <source>From how late the client paid its invoices this year; the rating itself is changed on the client&apos;s card</source>
        <translation>Az alapján, hogy az ügyfél idén mennyit késett a számlái kifizetésével; magát a minősítést az ügyfél adatlapján lehet módosítani</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1260"/>
        <source>Credit limit:</source>
        <translation>Hitelkeret:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1264"/>
        <source>This order:</source>
        <translation>Ez a rendelés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1266"/>
        <source>Reliability:</source>
        <translation>Megbízhatóság:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1267"/>
        <source>Suggested by payments:</source>
        <translation>Fizetések alapján javasolt:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1283"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Piszkozat mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1283"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>A piszkozat mentése (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1285"/>
        <source>&amp;Confirm order</source>
        <translation>&amp;Visszaigazolás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1285"/>
        <source>Save and confirm (Ctrl+Enter)</source>
        <translation>Mentés és visszaigazolás (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1287"/>
        <source>S&amp;hip…</source>
        <translation>Kiszá&amp;llítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1287"/>
        <source>Record what is shipped, line by line</source>
        <translation>A kiszállított mennyiségek rögzítése tételenként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1289"/>
        <source>Mark &amp;delivered</source>
        <translation>&amp;Teljesítettnek jelöl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1289"/>
        <source>Everything arrived at the client</source>
        <translation>Minden megérkezett az ügyfélhez</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1291"/>
        <source>Ca&amp;ncel order…</source>
        <translation>Szt&amp;ornózás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1291"/>
        <source>Cancel with a reason</source>
        <translation>Sztornózás indoklással</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1293"/>
        <source>C&amp;lose</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1293"/>
        <source>Back to the orders (Esc)</source>
        <translation>Vissza a rendelésekhez (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1295"/>
        <source>&amp;Return…</source>
        <translation>Vi&amp;sszárú…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1295"/>
        <source>Record goods the client sent back</source>
        <translation>Az ügyfél által visszaküldött áru rögzítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1298"/>
        <source>Send the order confirmation (PDF) by e-mail</source>
        <translation>A rendelés-visszaigazolás (PDF) elküldése e-mailben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1299"/>
        <source>Re&amp;turn from this line…</source>
        <translation>Visszáru e&amp;rről a tételről…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>Cl&amp;ient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kapcsolattartó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>Order &amp;date:</source>
        <translation>Rendelés &amp;dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1314"/>
        <source>Pa&amp;yment:</source>
        <translation>F&amp;izetés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1319"/>
        <source>Deli&amp;ver by:</source>
        <translation>Szállítási &amp;határidő:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1327"/>
        <source>Deliver &amp;to:</source>
        <translation>Szállítási &amp;cím:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1329"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1343"/>
        <source>Enter: next line · Tab: next field · Del: remove line · Space: promotion on/off · Ctrl+S: save · Ctrl+Enter: confirm · Esc: close</source>
        <translation>Enter: köv. tétel · Tab: köv. mező · Del: törlés · Szóköz: akció be/ki · Ctrl+S: mentés · Ctrl+Enter: visszaigazolás · Esc: bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1429"/>
        <source>The order has unsaved changes. Save them?</source>
        <translation>A rendelésen nem mentett módosítások vannak. Menti őket?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1439"/>
        <source>⚠ A discount is above your limit of %1: the order needs the head&apos;s approval before it can be confirmed. Saving the draft asks for it.</source>
        <translation>⚠ Egy kedvezmény meghaladja az Ön kedvezményi keretét (%1): a rendelés csak az osztályvezető jóváhagyása után igazolható vissza. A piszkozat mentésekor a program kéri a jóváhagyást.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1463"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1473"/>
        <source>not rated</source>
        <translation>nincs minősítve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1464"/>
        <source>no payments yet</source>
        <translation>még nincs befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1467"/>
        <source>Debt overdue more than %1 days: confirming needs the head&apos;s override.</source>
        <translation>%1 napnál régebben lejárt tartozás: a visszaigazoláshoz az osztályvezető felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1472"/>
        <source>The payments suggest rating %1; the card says %2.</source>
        <translation>A fizetések alapján javasolt minősítés: %1; az adatlapon: %2.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1483"/>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1495"/>
        <source>Over the limit by:</source>
        <translation>Túllépés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1497"/>
        <source>Over the credit limit: confirming needs the head&apos;s override.</source>
        <translation>Hitelkeret-túllépés: a visszaigazoláshoz az osztályvezető felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1470"/>
        <source>Reliability D: every order needs the head&apos;s override.</source>
        <translation>D megbízhatóság: minden rendeléshez az osztályvezető felülbírálása szükséges.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1261"/>
        <source>Open receivables:</source>
        <translation>Nyitott kintlévőség:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1262"/>
        <source>of which overdue:</source>
        <translation>ebből lejárt:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1263"/>
        <source>Not yet invoiced:</source>
        <translation>Még nem számlázott:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1522"/>
        <source>Cancelled: %1</source>
        <translation>Sztornózva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1526"/>
        <source>Credit limit overridden by %1: %2</source>
        <translation>Hitelkeret-túllépés engedélyezve (%1): %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1551"/>
        <source>New order</source>
        <translation>Új rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1555"/>
        <source>Order %1</source>
        <translation>Rendelés %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1588"/>
        <source>Returned on %1: %2 %3 %4 (%5)</source>
        <translation>Visszáru (%1): %2 %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1627"/>
        <source>Price column: %1</source>
        <translation>Árlista-oszlop: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1628"/>
        <source>payment %1 days</source>
        <translation>fizetési határidő: %1 nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1630"/>
        <source>rating %1</source>
        <translation>minősítés: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1650"/>
        <source>%1, oldest %2 days</source>
        <translation>%1 (a legrégebbi %2 napja)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1744"/>
        <source>Cannot confirm the order</source>
        <translation>A rendelés nem igazolható vissza</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Number</source>
        <translation>Rendelésszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Manager</source>
        <translation>Üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>Gross total</source>
        <translation>Bruttó összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>Discount approval</source>
        <translation>Jóváhagyás</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="134"/>
        <source>Search client or order number…</source>
        <translation>Keresés: ügyfél vagy rendelésszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="140"/>
        <source>All states</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="141"/>
        <source>Open (draft to shipped)</source>
        <translation>Nyitott (piszkozattól kiszállításig)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="143"/>
        <source>&amp;New order</source>
        <translation>Ú&amp;j rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="143"/>
        <source>Type a new order (Ctrl+N)</source>
        <translation>Új rendelés rögzítése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="142"/>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="148"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="155"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="156"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Visszaigazolás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="157"/>
        <source>S&amp;hip…</source>
        <translation>Kiszá&amp;llítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="158"/>
        <source>Mark &amp;delivered</source>
        <translation>&amp;Teljesítettnek jelöl</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="160"/>
        <source>Ca&amp;ncel order…</source>
        <translation>Szt&amp;ornózás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="170"/>
        <source>&amp;Orders</source>
        <translation>&amp;Rendelések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="181"/>
        <source>Discount &amp;approvals (%1)</source>
        <translation>&amp;Kedvezmény-jóváhagyások (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="182"/>
        <source>Discount &amp;approvals</source>
        <translation>&amp;Kedvezmény-jóváhagyások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="184"/>
        <source>My discount &amp;requests</source>
        <translation>&amp;Kedvezménykérelmeim</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="136"/>
        <source>1 order</source>
        <translation>1 rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="136"/>
        <source>%1 orders</source>
        <translation>%1 rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="137"/>
        <source>No order matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő rendelés: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="138"/>
        <source>No order matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő rendelés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="227"/>
        <source>No orders yet. Press %1 to type one, or open a client and choose New order (or Suggested order).</source>
        <translation>Még nincs rendelés. Rögzíthet egyet (%1), vagy nyisson meg egy ügyfelet, és válassza az Új rendelés (vagy a Javasolt rendelés) gombot.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="229"/>
        <source>New order</source>
        <translation>Új rendelés</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Days late</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>Who</source>
        <translation>Kötelezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>What</source>
        <translation>Feladat</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="65"/>
        <source>Document package — %1</source>
        <translation>Dokumentumcsomag – %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Feljebb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="80"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Lejjebb</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="85"/>
        <source>Earlier in the package (Alt+Up)</source>
        <translation>Előrébb a csomagban (Alt+Fel)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="86"/>
        <source>Later in the package (Alt+Down)</source>
        <translation>Hátrébb a csomagban (Alt+Le)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="92"/>
        <source>The price list shows the ticked categories with their subcategories; none ticked: every product with a price for the client</source>
        <translation>Az árlista a bejelölt kategóriákat mutatja az alkategóriáikkal; ha nincs bejelölve semmi: minden terméket, amelynek van ára az ügyfél számára</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>Hungarian</source>
        <translation>Magyar</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>Russian</source>
        <translation>Orosz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>English</source>
        <translation>Angol</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="104"/>
        <source>Attach as &amp;one PDF with bookmarks</source>
        <translation>Csatolás &amp;egyetlen, könyvjelzős PDF-ként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="106"/>
        <source>Open the PDF when sa&amp;ved</source>
        <translation>A PDF megnyitása mentés &amp;után</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="135"/>
        <source>Statement &amp;period:</source>
        <translation>Folyószámla-egyeztetés &amp;időszaka:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="138"/>
        <source>Price list cate&amp;gories:</source>
        <translation>Árlista-&amp;kategóriák:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="139"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="143"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;mentése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="147"/>
        <source>Send the ticked documents in one e-mail</source>
        <translation>A bejelölt dokumentumok elküldése egyetlen e-mailben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="151"/>
        <source>&amp;Documents, in the order of the package:</source>
        <translation>&amp;Dokumentumok a csomag sorrendjében:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="164"/>
        <source>Offer %1</source>
        <translation>Ajánlat %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="167"/>
        <source>Contract %1</source>
        <translation>Szerződés %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="169"/>
        <source>Statement of account</source>
        <translation>Folyószámla-egyeztetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="169"/>
        <source>for the period below</source>
        <translation>az alábbi időszakra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="171"/>
        <source>Price list extract</source>
        <translation>Árlistakivonat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="171"/>
        <source>in the client&apos;s prices</source>
        <translation>az ügyfél áraival</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="244"/>
        <source>Putting the package together…</source>
        <translation>A csomag összeállítása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="260"/>
        <source>Documents %1</source>
        <translation>Dokumentumok %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="261"/>
        <source>Save the package as</source>
        <translation>A csomag mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="263"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="32"/>
        <source>Encrypted database</source>
        <translation>Titkosított adatbázis</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="33"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>A(z) %1 adatbázis titkosított. A megnyitásához adja meg a jelmondatát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="49"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/passphrase.py" line="68"/>
        <source>%n tries left.</source>
        <translation>
            <numerusform>Még %n próbálkozás van hátra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="96"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="97"/>
        <source>The passphrase was wrong three times. kamdesk closes; start it again to try once more.</source>
        <translation>A jelmondat háromszor hibás volt. A kamdesk bezárul; indítsa újra, ha újra próbálná.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="298"/>
        <source>Change my password</source>
        <translation>Saját jelszó módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="299"/>
        <source>Your new password (%1). It works from your next login; kamdesk stays open.</source>
        <translation>Az új jelszava (%1). A következő bejelentkezéstől érvényes; a kamdesk nyitva marad.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="301"/>
        <source>Set the password of %1</source>
        <translation>%1 jelszavának beállítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="302"/>
        <source>A new password for %1 (%2). Tell it to them in person; they can log in with it at once.</source>
        <translation>Új jelszó neki: %1 (%2). Személyesen közölje vele; azonnal bejelentkezhet vele.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="307"/>
        <source>New &amp;password:</source>
        <translation>Új &amp;jelszó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="308"/>
        <source>Password &amp;again:</source>
        <translation>Jelszó &amp;újra:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="88"/>
        <source>E-mail password</source>
        <translation>E-mail-jelszó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="90"/>
        <source>The password of %1 on %2:</source>
        <translation>%1 jelszava (%2):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="95"/>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>Jelszó &amp;megjegyzése a számítógép kulcstartójában</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="97"/>
        <source>&amp;Also for the copy in the Sent folder on %1</source>
        <translation>A(z) %1 Elküldött mappájába kerülő másolathoz &amp;is</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="106"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="78"/>
        <source>New payment</source>
        <translation>Új befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="87"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Írja be az ügyfél nevét vagy adószámát…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="91"/>
        <source>A refund to the client is negative.</source>
        <translation>Az ügyfélnek visszautalt összeg negatív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="95"/>
        <source>An invoice number here settles that invoice first</source>
        <translation>Ha itt számlaszám szerepel, a befizetés elsőként azt a számlát egyenlíti ki</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="101"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="101"/>
        <source>&amp;Paid on:</source>
        <translation>&amp;Fizetés dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="102"/>
        <source>&amp;Amount:</source>
        <translation>Össze&amp;g:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="102"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="103"/>
        <source>Paid &amp;by (as the bank wrote it):</source>
        <translation>&amp;Befizető (a bank szerint):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="104"/>
        <source>Pa&amp;yer&apos;s tax number:</source>
        <translation>Befizető a&amp;dószáma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="104"/>
        <source>&amp;Remark:</source>
        <translation>Kö&amp;zlemény:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="105"/>
        <source>Bank r&amp;eference:</source>
        <translation>Banki &amp;hivatkozás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="105"/>
        <source>No&amp;te:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="110"/>
        <source>Payment of %1</source>
        <translation>Befizetés: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="133"/>
        <source>Choose the client from the list that opens as you type.</source>
        <translation>Válassza ki az ügyfelet a gépeléskor megnyíló listából.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="141"/>
        <source>Delete payment</source>
        <translation>Befizetés törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="142"/>
        <source>Delete the payment %1? The invoices it settled are open again, or settled by other money.</source>
        <translation>Törli a befizetést (%1)? Az általa kiegyenlített számlák ismét nyitottak lesznek, vagy más befizetés egyenlíti ki őket.</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="26"/>
        <source>Import payments</source>
        <translation>Befizetések importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="39"/>
        <source>%1 of %2 rows can be imported: %3 new payments, %4 imported before. %5 rows have errors and will not be imported.</source>
        <translation>%2 sorból %1 importálható: %3 új befizetés, %4 korábban importált. %5 sor hibás, ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="51"/>
        <source>Importing payments…</source>
        <translation>Befizetések importálása…</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Paid on</source>
        <translation>Fizetés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Paid by</source>
        <translation>Befizető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Unallocated</source>
        <translation>Párosítatlan</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Remark</source>
        <translation>Közlemény</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Reference</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="49"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="74"/>
        <source>Search client, payer or remark…</source>
        <translation>Keresés: ügyfél, befizető vagy közlemény…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="76"/>
        <source>1 payment</source>
        <translation>1 befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="76"/>
        <source>%1 payments</source>
        <translation>%1 befizetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="77"/>
        <source>No payment matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő befizetés: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="78"/>
        <source>No payment matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő befizetés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="81"/>
        <source>Any time</source>
        <translation>Bármikor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="82"/>
        <source>&amp;Unallocated only</source>
        <translation>Csak a &amp;párosítatlanok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="86"/>
        <source>&amp;New payment…</source>
        <translation>Ú&amp;j befizetés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="87"/>
        <source>&amp;Correct…</source>
        <translation>J&amp;avítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="88"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="89"/>
        <source>&amp;Import payments…</source>
        <translation>Befizetések &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Settled on</source>
        <translation>Kiegyenlítés dátuma</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>How</source>
        <translation>Módja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="97"/>
        <source>&amp;Allocate…</source>
        <translation>Pá&amp;rosítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="99"/>
        <source>Settle an open invoice of the client with this payment, by hand</source>
        <translation>Az ügyfél egy nyitott számlájának kiegyenlítése ezzel a befizetéssel, kézzel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="153"/>
        <source>No payments yet. Import the bank statements (or a payment list), or type in a cash payment.</source>
        <translation>Még nincs befizetés. Importálja a bankszámlakivonatokat (vagy egy befizetési listát), vagy rögzítsen egy készpénzes befizetést.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="155"/>
        <source>Import payments…</source>
        <translation>Befizetések importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="155"/>
        <source>New payment…</source>
        <translation>Új befizetés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="168"/>
        <source>The payment settles no invoice yet.</source>
        <translation>A befizetés még egy számlát sem egyenlít ki.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="170"/>
        <source>What the payment of %1 settles:</source>
        <translation>Amit a(z) %1 napi befizetés kiegyenlít:</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="69"/>
        <source>Plans</source>
        <translation>Tervek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="102"/>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="102"/>
        <source>Active clients</source>
        <translation>Aktív ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="103"/>
        <source>New clients</source>
        <translation>Új ügyfelek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="108"/>
        <source>All clients</source>
        <translation>Minden ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="113"/>
        <source>All categories</source>
        <translation>Minden kategória</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="117"/>
        <source>Year:</source>
        <translation>Év:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="117"/>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="118"/>
        <source>Key client:</source>
        <translation>Kulcsügyfél:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="118"/>
        <source>Category:</source>
        <translation>Kategória:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="127"/>
        <source>Split the department&apos;s plan</source>
        <translation>Az osztály tervének felosztása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="130"/>
        <source>By last year&apos;s share</source>
        <translation>A tavalyi arány szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="131"/>
        <source>Evenly</source>
        <translation>Egyenlően</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="133"/>
        <source>Import…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="135"/>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="137"/>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="157"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="158"/>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="199"/>
        <source>Department</source>
        <translation>Osztály</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="203"/>
        <source>Managers together</source>
        <translation>Üzletkötők összesen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="301"/>
        <source>Type the department&apos;s plan of a month first, then split it.</source>
        <translation>Előbb írja be az osztály egy havi tervét, majd ossza fel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="305"/>
        <source>Splitting the department&apos;s plan…</source>
        <translation>Az osztály tervének felosztása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="368"/>
        <source>Export plans</source>
        <translation>Tervek exportálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="369"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="387"/>
        <source>Import plans</source>
        <translation>Tervek importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="388"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Táblázatok (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="412"/>
        <source>The plans have unsaved changes. Save them?</source>
        <translation>A terveken nem mentett módosítások vannak. Menti őket?</translation>
    </message>
</context>
<context>
    <name>PriceColumnDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="725"/>
        <source>Stored: typed for each product</source>
        <translation>Tárolt: termékenként megadva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="728"/>
        <source>Derived from “%1”</source>
        <translation>Származtatott: „%1” alapján</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="730"/>
        <source>A derived column is never typed: its prices follow the base column&apos;s.</source>
        <translation>A származtatott oszlopba nem lehet árat írni: az árai az alaposzlop árait követik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="732"/>
        <source>New price column</source>
        <translation>Új árlista-oszlop</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="736"/>
        <source>Price column %1</source>
        <translation>Árlista-oszlop: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="756"/>
        <source>“%1” is not a number.</source>
        <translation>„%1” nem szám.</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="14"/>
        <source>Price column</source>
        <translation>Árlista-oszlop</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="43"/>
        <source>e.g. Wholesale, Key account, VIP</source>
        <translation>pl. Nagyker, Kulcsügyfél, VIP</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="62"/>
        <source>&amp;Prices:</source>
        <translation>Á&amp;rak:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="92"/>
        <source>&amp;Change:</source>
        <translation>&amp;Módosítás:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="109"/>
        <source>e.g. -10</source>
        <translation>pl. -10</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="116"/>
        <source>% of the base column&apos;s price</source>
        <translation>% az alaposzlop árához képest</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="137"/>
        <source>&amp;Default column for clients without their own</source>
        <translation>&amp;Alapértelmezett oszlop a saját oszlop nélküli ügyfeleknek</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="140"/>
        <source>Competitor&apos;s price</source>
        <translation>Versenytársi ár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="140"/>
        <source>Change competitor&apos;s price</source>
        <translation>Versenytársi ár módosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="145"/>
        <source>A price for a whole c&amp;ategory</source>
        <translation>Ár egy teljes &amp;kategóriára</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="160"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Versenytárs:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="162"/>
        <source>Our product&apos;s S&amp;KU:</source>
        <translation>Saját termékünk &amp;cikkszáma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="163"/>
        <source>Cat&amp;egory:</source>
        <translation>Kat&amp;egória:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="164"/>
        <source>Their &amp;price:</source>
        <translation>Az ő á&amp;ruk:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="165"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="166"/>
        <source>&amp;Observed on:</source>
        <translation>É&amp;szlelés napja:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="167"/>
        <source>&amp;Source:</source>
        <translation>&amp;Forrás:</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="29"/>
        <source>Import competitor prices</source>
        <translation>Versenytársi árak importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="31"/>
        <source>&amp;Import the new prices</source>
        <translation>Az új árak &amp;importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="37"/>
        <source>None: each row names it</source>
        <translation>Nincs: minden sor megnevezi</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="46"/>
        <source>Com&amp;petitor of rows that name none:</source>
        <translation>Versen&amp;ytárs a versenytársat nem megnevező sorokhoz:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="47"/>
        <source>&amp;Observed on, for rows without a date:</source>
        <translation>É&amp;szlelés napja a dátum nélküli sorokhoz:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="57"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported. A row is for our product with its SKU, else for the category it names.</source>
        <translation>%1 sor a következő fájlban: %2. Ellenőrizze, melyik oszlop melyik mezőbe kerül; a „Kihagyás” beállítású oszlopok nem kerülnek importálásra. A cikkszámot tartalmazó sor saját termékünkre vonatkozik, a többi a megnevezett kategóriára.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="66"/>
        <source>%1 of %2 rows can be imported: %3 new prices, %4 recorded before. %5 rows have errors and will not be imported.</source>
        <translation>%2 sorból %1 importálható: %3 új ár, %4 korábban rögzített. %5 sor hibás, ezeket nem importáljuk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="78"/>
        <source>Importing competitor prices…</source>
        <translation>Versenytársi árak importálása…</translation>
    </message>
</context>
<context>
    <name>PriceListImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="26"/>
        <source>Import a price list</source>
        <translation>Árlista importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="43"/>
        <source>%1 rows in %2. Check what each column holds; columns set to “Ignore” are not imported, and an empty cell leaves the product&apos;s value as it is.</source>
        <translation>%1 sor a következő fájlban: %2. Ellenőrizze, mit tartalmaznak az egyes oszlopok; a „Kihagyás” beállítású oszlopok nem kerülnek importálásra, az üres cella pedig változatlanul hagyja a termék adott értékét.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="37"/>
        <source>New price column: %1</source>
        <translation>Új árlista-oszlop: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="48"/>
        <source>Holds</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="71"/>
        <source>Price columns the file has and the catalogue has not (ticked: created as stored columns):</source>
        <translation>Árlista-oszlopok, amelyek a fájlban szerepelnek, a katalógusban nem (a bejelöltek tárolt oszlopként jönnek létre):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="59"/>
        <source>%1 of %2 rows have errors: nothing can be imported until the file is corrected (all or nothing).</source>
        <translation>%2 sorból %1 hibás: amíg a fájlt ki nem javítja, semmi sem importálható (minden vagy semmi).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="62"/>
        <source>All %1 rows are fine: %2 new products, %3 products updated.</source>
        <translation>Minden sor rendben van (%1): %2 új termék, %3 frissített termék.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="97"/>
        <source>Importing…</source>
        <translation>Importálás…</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="623"/>
        <source>Sub-categories with “/”: Food / Dairy</source>
        <translation>Alkategóriák „/” jellel: Élelmiszer / Tejtermék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="627"/>
        <source>New product</source>
        <translation>Új termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="639"/>
        <source>Product %1</source>
        <translation>Termék: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="659"/>
        <source>Saved in a new price column, “%1”, which every client buys at until you add others.</source>
        <translation>Egy új árlista-oszlopba kerül („%1”), amelynek árain minden ügyfél vásárol, amíg nem ad hozzá újabbakat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="668"/>
        <source>&amp;Price (net, %1):</source>
        <translation>Á&amp;r (nettó, %1):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="676"/>
        <source>List price</source>
        <translation>Listaár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="698"/>
        <source>“%1” is not an amount.</source>
        <translation>„%1” nem értelmezhető összegként.</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="14"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="28"/>
        <source>&amp;SKU:</source>
        <translation>&amp;Cikkszám:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="43"/>
        <source>Article number, unique</source>
        <translation>Egyedi cikkszám</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="92"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Egység:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="126"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategória:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="160"/>
        <source>&amp;VAT rate:</source>
        <translation>Á&amp;fakulcs:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="194"/>
        <source>&amp;Active: can be ordered</source>
        <translation>&amp;Aktív: rendelhető</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="201"/>
        <source>&amp;Description:</source>
        <translation>&amp;Leírás:</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="803"/>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="811"/>
        <source>New promotion</source>
        <translation>Új akció</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="827"/>
        <source>Promotion %1</source>
        <translation>Akció: %1</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="14"/>
        <source>Promotion</source>
        <translation>Akció</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="43"/>
        <source>e.g. Autumn dairy promotion</source>
        <translation>pl. Őszi tejtermékakció</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="62"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Időszak:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="81"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="120"/>
        <source>Offer:</source>
        <translation>Ajánlat:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="149"/>
        <source>&amp;Percentage off:</source>
        <translation>&amp;Kedvezmény:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="156"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="163"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="187"/>
        <source>&amp;Buy</source>
        <translation>&amp;Minden</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="204"/>
        <source>get</source>
        <translation>vásárolt után</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="221"/>
        <source>free</source>
        <translation>ingyenes</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="284"/>
        <source>&amp;Active</source>
        <translation>&amp;Aktív</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="295"/>
        <source>Applies to</source>
        <translation>Mire vonatkozik</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="301"/>
        <source>Add a product: type its SKU or name</source>
        <translation>Termék hozzáadása: írja be a cikkszámát vagy a nevét</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="308"/>
        <source>Del removes the chosen product</source>
        <translation>A Del billentyű eltávolítja a kiválasztott terméket</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="315"/>
        <source>Categories (with their subcategories):</source>
        <translation>Kategóriák (az alkategóriáikkal együtt):</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="338"/>
        <source>Only for (none chosen: every client)</source>
        <translation>Csak ezeknek (ha üres: minden ügyfél)</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="344"/>
        <source>Add a client: type its name</source>
        <translation>Ügyfél hozzáadása: írja be a nevét</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="351"/>
        <source>Del removes the chosen client</source>
        <translation>A Del billentyű eltávolítja a kiválasztott ügyfelet</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="358"/>
        <source>Segments:</source>
        <translation>Szegmensek:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1849"/>
        <source>Choose a reason…</source>
        <translation>Válasszon okot…</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="130"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="260"/>
        <source>Search client or tax number…</source>
        <translation>Keresés: ügyfél vagy adószám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="262"/>
        <source>1 line</source>
        <translation>1 sor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="262"/>
        <source>%1 lines</source>
        <translation>%1 sor</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="263"/>
        <source>No client with receivables matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő, kintlévőséggel rendelkező ügyfél: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="264"/>
        <source>No client with receivables matches these filters.</source>
        <translation>Nincs a szűrőknek megfelelő, kintlévőséggel rendelkező ügyfél.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="267"/>
        <source>&amp;As of:</source>
        <translation>&amp;Fordulónap:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="273"/>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="323"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="274"/>
        <source>Over&amp;due only</source>
        <translation>Csak a &amp;lejártak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="280"/>
        <source>&amp;Open client</source>
        <translation>Ügyfél &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="281"/>
        <source>&amp;Statement…</source>
        <translation>Folyószámla-&amp;egyeztetés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="282"/>
        <source>Import &amp;invoices…</source>
        <translation>Számlák &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="283"/>
        <source>Import &amp;payments…</source>
        <translation>&amp;Befizetések importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Issued</source>
        <translation>Kelte</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Days overdue</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="347"/>
        <source>Reading the receivables…</source>
        <translation>A kintlévőségek beolvasása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="394"/>
        <source>Nothing is owed as of this day. Receivables come from the accounting system: import its invoice list and the bank statements.</source>
        <translation>Erre a napra nincs tartozás. A kintlévőségek a könyvelőprogramból származnak: importálja a számlalistáját és a bankszámlakivonatokat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="396"/>
        <source>Import invoices…</source>
        <translation>Számlák importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="397"/>
        <source>Import payments…</source>
        <translation>Befizetések importálása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="422"/>
        <source>Choose a client to see its open items.</source>
        <translation>Válasszon ki egy ügyfelet a nyitott tételeinek megtekintéséhez.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="429"/>
        <source>%1: open items as of %2</source>
        <translation>%1: nyitott tételek, fordulónap: %2</translation>
    </message>
</context>
<context>
    <name>RefusalsPage</name>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="133"/>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="152"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="140"/>
        <source>MMMM yyyy</source>
        <translation>yyyy. MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="153"/>
        <source>Share</source>
        <translation>Arány</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="154"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last 3 months</source>
        <translation>Utolsó 3 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last 12 months</source>
        <translation>Utolsó 12 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>This year</source>
        <translation>Idei év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last year</source>
        <translation>Előző év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="236"/>
        <source>Everything</source>
        <translation>Teljes időszak</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="243"/>
        <source>Period:</source>
        <translation>Időszak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="254"/>
        <source>Reading…</source>
        <translation>Beolvasás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="259"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportálás Excelbe…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="268"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;reason</source>
        <translation>&amp;Ok szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;product</source>
        <translation>&amp;Termék szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;client</source>
        <translation>Ü&amp;gyfél szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="289"/>
        <source>By &amp;manager</source>
        <translation>Üzletkötő &amp;szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="289"/>
        <source>By mon&amp;th</source>
        <translation>&amp;Hónap szerint</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="297"/>
        <source>R&amp;eturns</source>
        <translation>&amp;Visszáru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="302"/>
        <source>Search client, order or SKU…</source>
        <translation>Keresés: ügyfél, rendelés vagy cikkszám…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="304"/>
        <source>1 return</source>
        <translation>1 visszáru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="304"/>
        <source>%1 returns</source>
        <translation>%1 visszáru</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="305"/>
        <source>No return matches “%1”.</source>
        <translation>Nincs a keresésnek megfelelő visszáru: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="306"/>
        <source>No return in this period.</source>
        <translation>Ebben az időszakban nincs visszáru.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="308"/>
        <source>Without credit note</source>
        <translation>Jóváíró számla nélkül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="309"/>
        <source>&amp;Open order</source>
        <translation>Rendelés &amp;megnyitása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="310"/>
        <source>C&amp;orrect…</source>
        <translation>J&amp;avítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="311"/>
        <source>&amp;Delete…</source>
        <translation>Tö&amp;rlés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="312"/>
        <source>&amp;Match credit notes</source>
        <translation>Jóváíró számlák &amp;párosítása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="313"/>
        <source>Link returns to the credit note of their order&apos;s invoice</source>
        <translation>A visszáruk összekapcsolása a rendelésük számlájához tartozó jóváíró számlával</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="378"/>
        <source>more than the period as long before (%1)</source>
        <translation>több, mint az előző, azonos hosszúságú időszakban (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="379"/>
        <source>fewer than the period as long before (%1)</source>
        <translation>kevesebb, mint az előző, azonos hosszúságú időszakban (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="380"/>
        <source>as many as the period as long before (%1)</source>
        <translation>ugyanannyi, mint az előző, azonos hosszúságú időszakban (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="384"/>
        <source>No returns yet. Open a delivered order and choose Return… to record goods a client sent back.</source>
        <translation>Még nincs visszáru. Nyisson meg egy teljesített rendelést, és válassza a Visszáru… gombot az ügyfél által visszaküldött áru rögzítéséhez.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="405"/>
        <source>Delete return</source>
        <translation>Visszáru törlése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="406"/>
        <source>Delete the return of %1 %2 of %3 from order %4?</source>
        <translation>Törli a(z) %4 rendelés %3 termékének %1 %2 visszáruját?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="409"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="417"/>
        <source>Credit notes</source>
        <translation>Jóváíró számlák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="417"/>
        <source>%1 returns linked to their credit note.</source>
        <translation>%1 visszáru összekapcsolva a jóváíró számlájával.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="436"/>
        <source>Export refusals &amp; returns</source>
        <translation>Visszáru &amp; elutasítások exportálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="437"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="451"/>
        <source>Exporting refusals &amp; returns…</source>
        <translation>Visszáru &amp; elutasítások exportálása…</translation>
    </message>
</context>
<context>
    <name>RejectOfferDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="143"/>
        <source>Offer %1 rejected</source>
        <translation>Ajánlat elutasítva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="144"/>
        <source>Why did the client reject offer %1? The reasons are analysed to win the next one.</source>
        <translation>Miért utasította el az ügyfél ezt az ajánlatot: %1? Az okok elemzése segít, hogy a következő ajánlat sikeres legyen.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="146"/>
        <source>Re&amp;jected</source>
        <translation>&amp;Elutasítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="146"/>
        <source>&amp;Back</source>
        <translation>&amp;Vissza</translation>
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
    <name>RenewalsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Ends</source>
        <translation>Lejárat</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Notice by</source>
        <translation>Felmondási határidő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="176"/>
        <source>Days left</source>
        <translation>Hátralévő napok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="176"/>
        <source>Renews itself</source>
        <translation>Automatikusan megújul</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="183"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="104"/>
        <source>Choose a report and its period, then Show.</source>
        <translation>Válasszon kimutatást és időszakot, majd kattintson a Megjelenítés gombra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Week</source>
        <translation>Hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Days</source>
        <translation>Napok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="153"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="156"/>
        <source>All managers</source>
        <translation>Minden üzletkötő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="160"/>
        <source>Report:</source>
        <translation>Kimutatás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="160"/>
        <source>Period:</source>
        <translation>Időszak:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="165"/>
        <source>Reading…</source>
        <translation>Beolvasás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="169"/>
        <source>&amp;Show</source>
        <translation>&amp;Megjelenítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="170"/>
        <source>Save &amp;PDF…</source>
        <translation>Mentés &amp;PDF-be…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="171"/>
        <source>Save &amp;Excel…</source>
        <translation>Mentés &amp;Excelbe…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="172"/>
        <source>P&amp;rint…</source>
        <translation>N&amp;yomtatás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="201"/>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="201"/>
        <source>Calls and visits</source>
        <translation>Hívások és látogatások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="202"/>
        <source>Receivables</source>
        <translation>Kintlévőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="202"/>
        <source>Refusals and returns</source>
        <translation>Visszáru és elutasítások</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="203"/>
        <source>KPIs and variable pay</source>
        <translation>KPI-k és változó bér</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="209"/>
        <source>Any day of the week</source>
        <translation>A hét bármely napja</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="294"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="299"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="306"/>
        <source>Save report</source>
        <translation>Kimutatás mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="312"/>
        <source>Writing the report…</source>
        <translation>A kimutatás írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="321"/>
        <source>Preparing the report for printing…</source>
        <translation>A kimutatás előkészítése nyomtatásra…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="327"/>
        <source>Print report</source>
        <translation>Kimutatás nyomtatása</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="161"/>
        <source>Restore from backup</source>
        <translation>Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Made</source>
        <translation>Készült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Verified</source>
        <translation>Ellenőrzött</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="169"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="169"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="173"/>
        <source>Restore…</source>
        <translation>Visszaállítás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="188"/>
        <source>before an update</source>
        <translation>frissítés előtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>made by hand</source>
        <translation>kézzel készült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>while working</source>
        <translation>munka közben</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>at close</source>
        <translation>bezáráskor</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="60"/>
        <source>Return from order %1</source>
        <translation>Visszáru a(z) %1 rendelésből</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="72"/>
        <source>Choose a reason…</source>
        <translation>Válasszon okot…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="77"/>
        <source>What was wrong (needed for Other)</source>
        <translation>Mi volt a hiba (az „Egyéb” oknál kötelező)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="107"/>
        <source>&amp;Line:</source>
        <translation>&amp;Tétel:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="108"/>
        <source>&amp;Quantity back:</source>
        <translation>&amp;Visszaküldött mennyiség:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Ok:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="109"/>
        <source>&amp;Note:</source>
        <translation>Me&amp;gjegyzés:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="109"/>
        <source>Returned &amp;on:</source>
        <translation>Visszaérkezés &amp;dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="110"/>
        <source>Expected credit:</source>
        <translation>Várható jóváírás:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="111"/>
        <source>Credit &amp;note:</source>
        <translation>&amp;Jóváíró számla:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="128"/>
        <source>&amp;Record return</source>
        <translation>Visszáru &amp;rögzítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="146"/>
        <source>Nothing of this order has been delivered yet.</source>
        <translation>Ebből a rendelésből még semmit sem szállítottak ki.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="148"/>
        <source>Delivered %1 %2, returned before %3: up to %4 can come back.</source>
        <translation>Kiszállítva %1 %2, korábban visszaküldve %3: legfeljebb %4 küldhető vissza.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="153"/>
        <source>Not issued yet</source>
        <translation>Még nincs kiállítva</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Returned</source>
        <translation>Visszaérkezett</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Expected credit</source>
        <translation>Várható jóváírás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Credit note</source>
        <translation>Jóváíró számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="201"/>
        <source>not issued yet</source>
        <translation>még nincs kiállítva</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="111"/>
        <source>%1 %2: %3 so far</source>
        <translation>%2. %1: eddig %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="112"/>
        <source>%1 %2: %3</source>
        <translation>%2. %1: %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="124"/>
        <source>%1 bn</source>
        <comment>billions on the chart axis</comment>
        <translation>%1 Mrd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="125"/>
        <source>%1 M</source>
        <comment>millions on the chart axis</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="126"/>
        <source>%1 k</source>
        <comment>thousands on the chart axis</comment>
        <translation>%1 E</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="247"/>
        <source>this month so far</source>
        <translation>folyó hónap eddig</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="102"/>
        <source>see kamdesk.log</source>
        <translation>lásd: kamdesk.log</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="104"/>
        <source>The automatic backup failed: %1</source>
        <translation>Az automatikus biztonsági mentés nem sikerült: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="124"/>
        <source>Backed up to %1</source>
        <translation>Biztonsági mentés kész: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="128"/>
        <source>Backing up the database…</source>
        <translation>Az adatbázis mentése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="135"/>
        <source>Check database</source>
        <translation>Adatbázis ellenőrzése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="140"/>
        <source>Checking the database…</source>
        <translation>Az adatbázis ellenőrzése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="212"/>
        <source>Reading the backups…</source>
        <translation>A biztonsági mentések beolvasása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="217"/>
        <source>Restore the backup of %1? Changes made after it are lost.</source>
        <translation>Visszaállítja a(z) %1 időpontban készült mentést? Az azóta végzett módosítások elvesznek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="220"/>
        <source>This backup was not verified when it was made; it is checked before it is restored.</source>
        <translation>Ezt a mentést készítésekor nem ellenőrizték; visszaállítás előtt ellenőrizzük.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="224"/>
        <source>Restore from backup</source>
        <translation>Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="225"/>
        <source>kamdesk closes, puts the backup in place of the database, keeps the current file beside it, and starts again.</source>
        <translation>A kamdesk bezárul, a mentést az adatbázis helyére teszi, a mostani fájlt mellé félreteszi, és újraindul.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="227"/>
        <source>Restore</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="228"/>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="228"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="253"/>
        <source>The database is damaged</source>
        <translation>Az adatbázis sérült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="254"/>
        <location filename="../../kamdesk/gui/safety.py" line="267"/>
        <source>There is no verified backup of it to restore.</source>
        <translation>Nincs ellenőrzött biztonsági mentése, amelyet vissza lehetne állítani.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="266"/>
        <source>kamdesk cannot open the database</source>
        <translation>A kamdesk nem tudja megnyitni az adatbázist</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="288"/>
        <source>Backup restored</source>
        <translation>Biztonsági mentés visszaállítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="289"/>
        <source>The backup was restored. Start kamdesk again to go on working.</source>
        <translation>A biztonsági mentés visszaállt. Indítsa újra a kamdesket a munka folytatásához.</translation>
    </message>
</context>
<context>
    <name>SaleLabels</name>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="84"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="85"/>
        <source>Delivery time</source>
        <translation>Szállítási idő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="86"/>
        <source>Went to a competitor</source>
        <translation>Versenytárshoz ment</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="87"/>
        <source>No budget</source>
        <translation>Nincs költségkeret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="88"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="290"/>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="355"/>
        <source>Orders</source>
        <translation>Rendelések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>Number</source>
        <translation>Rendelésszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="292"/>
        <source>Gross total</source>
        <translation>Bruttó összeg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="293"/>
        <source>Top products, last 24 months</source>
        <translation>Legtöbbet vásárolt termékek, utolsó 24 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="295"/>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="344"/>
        <source>Net revenue per month, last 24 months (%1)</source>
        <translation>Nettó forgalom havonta, utolsó 24 hónap (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="345"/>
        <source>Net revenue per month, last 24 months</source>
        <translation>Nettó forgalom havonta, utolsó 24 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="353"/>
        <source>Last %1 orders</source>
        <translation>Utolsó %1 rendelés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="362"/>
        <source>No orders yet: New order, beside, takes one; New offer writes an offer first.</source>
        <translation>Még nincs rendelés: a mellette lévő Új rendelés gombbal rögzíthet egyet, az Új ajánlat gombbal előbb ajánlatot írhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="365"/>
        <source>The products this client buys most show here.</source>
        <translation>Itt jelennek meg azok a termékek, amelyeket ez az ügyfél a legtöbbet vásárolja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="369"/>
        <source>The sales history appears once the client is saved.</source>
        <translation>Az értékesítési előzmények az ügyfél mentése után jelennek meg.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="371"/>
        <source>No orders yet.</source>
        <translation>Még nincs rendelés.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="372"/>
        <source>Last order: %1</source>
        <translation>Utolsó rendelés: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="375"/>
        <source>on average every day</source>
        <translation>átlagosan naponta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="376"/>
        <source>on average every %1 days</source>
        <translation>átlagosan %1 naponta</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="378"/>
        <source>1 order in 24 months</source>
        <translation>1 rendelés 24 hónap alatt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="378"/>
        <source>%1 orders in 24 months</source>
        <translation>%1 rendelés 24 hónap alatt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="379"/>
        <source>total %1 net</source>
        <translation>összesen nettó %1</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="101"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="101"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="115"/>
        <source>This desk has no e-mail account yet: &lt;a href=&quot;settings&quot;&gt;set it up…&lt;/a&gt; or open the message in your mail program.</source>
        <translation>Ennek az asztalnak még nincs e-mail-fiókja: &lt;a href=&quot;settings&quot;&gt;beállítás…&lt;/a&gt;, vagy nyissa meg az üzenetet a levelezőprogramjában.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="122"/>
        <source>Account…</source>
        <translation>Fiók…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="123"/>
        <source>The e-mail account of this desk: sender, servers, password</source>
        <translation>Ennek az asztalnak az e-mail-fiókja: feladó, szerverek, jelszó</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="134"/>
        <source>Attachment</source>
        <translation>Melléklet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="134"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="140"/>
        <source>&amp;Open</source>
        <translation>Me&amp;gnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="141"/>
        <source>&amp;Remove</source>
        <translation>E&amp;ltávolítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="150"/>
        <source>Open in &amp;mail program</source>
        <translation>Megnyitás le&amp;velezőprogramban</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="153"/>
        <source>A draft with the attachments, opened by your mail program</source>
        <translation>Piszkozat a mellékletekkel, a levelezőprogramjában megnyitva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="155"/>
        <source>&amp;Send</source>
        <translation>&amp;Küldés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="157"/>
        <source>Send it now with this desk&apos;s e-mail account (Ctrl+Enter)</source>
        <translation>Azonnali küldés ennek az asztalnak az e-mail-fiókjával (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="167"/>
        <source>name@example.com, another@example.com</source>
        <translation>nev@example.com, masik@example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="170"/>
        <source>Contacts</source>
        <translation>Kapcsolattartók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="171"/>
        <source>Add one of the client&apos;s contacts</source>
        <translation>Az ügyfél egyik kapcsolattartójának hozzáadása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="192"/>
        <source>From:</source>
        <translation>Feladó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="193"/>
        <source>&amp;To:</source>
        <translation>&amp;Címzett:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="194"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Másolat:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="195"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Tárgy:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="257"/>
        <source>(no e-mail account)</source>
        <translation>(nincs e-mail-fiók)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="295"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 nem nyitható meg: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="330"/>
        <source>Close without sending?</source>
        <translation>Bezárja küldés nélkül?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="331"/>
        <source>What you changed in this e-mail is lost.</source>
        <translation>Az e-mailen végzett módosításai elvesznek.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="346"/>
        <source>message</source>
        <translation>üzenet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="354"/>
        <source>Cannot write the draft: %1</source>
        <translation>A piszkozat nem írható: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="386"/>
        <source>Sending the e-mail…</source>
        <translation>Az e-mail küldése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="394"/>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="395"/>
        <source>The e-mail is sent, but no copy was put in the Sent folder: %1</source>
        <translation>Az e-mail elment, de az Elküldött mappába nem került másolat: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="405"/>
        <source>Sent, not recorded</source>
        <translation>Elküldve, nincs rögzítve</translation>
    </message>
</context>
<context>
    <name>SettlementArea</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="25"/>
        <source>Receivables</source>
        <translation>Kintlévőségek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="27"/>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="29"/>
        <source>Payments</source>
        <translation>Befizetések</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="31"/>
        <source>Collection</source>
        <translation>Követeléskezelés</translation>
    </message>
</context>
<context>
    <name>SettlementImport</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="56"/>
        <source>Import invoices</source>
        <translation>Számlák importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="56"/>
        <source>Import payments</source>
        <translation>Befizetések importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="50"/>
        <source>Only a head of department or an administrator can import invoices and payments.</source>
        <translation>Számlákat és befizetéseket csak osztályvezető vagy rendszergazda importálhat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="53"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Táblázatok (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="68"/>
        <source>Reading %1…</source>
        <translation>%1 beolvasása…</translation>
    </message>
</context>
<context>
    <name>SettlementImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="30"/>
        <source>&amp;Import the valid rows</source>
        <translation>Az érvényes sorok &amp;importálása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="33"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported. Rows are matched to clients by tax number, else by name.</source>
        <translation>%1 sor a következő fájlban: %2. Ellenőrizze, melyik oszlop melyik mezőbe kerül; a „Kihagyás” beállítású oszlopok nem kerülnek importálásra. A sorokat a program adószám, annak hiányában név alapján rendeli az ügyfelekhez.</translation>
    </message>
</context>
<context>
    <name>SettlementLabels</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="26"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="27"/>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="34"/>
        <source>Credit note</source>
        <translation>Jóváíró számla</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="31"/>
        <source>By the remark</source>
        <translation>Közlemény alapján</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="32"/>
        <source>Oldest first</source>
        <translation>Legrégebbi elsőként</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="33"/>
        <source>By hand</source>
        <translation>Kézzel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="38"/>
        <source>Imported</source>
        <translation>Importált</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="39"/>
        <source>Typed in</source>
        <translation>Kézzel rögzített</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="43"/>
        <source>pays sooner than a year before</source>
        <translation>korábban fizet, mint egy évvel azelőtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="44"/>
        <source>pays later than a year before</source>
        <translation>később fizet, mint egy évvel azelőtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="45"/>
        <source>as a year before</source>
        <translation>ugyanúgy, mint egy évvel azelőtt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="49"/>
        <source>This month</source>
        <translation>Ez a hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="50"/>
        <source>Last month</source>
        <translation>Előző hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="51"/>
        <source>This quarter</source>
        <translation>Ez a negyedév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="52"/>
        <source>This year</source>
        <translation>Idei év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="53"/>
        <source>Last year</source>
        <translation>Előző év</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="54"/>
        <source>Last 12 months</source>
        <translation>Utolsó 12 hónap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="76"/>
        <source>Invoices and payments are recorded at the office, by a head of department or an administrator; here they can be read.</source>
        <translation>A számlákat és befizetéseket az irodában rögzíti osztályvezető vagy rendszergazda; itt csak megtekinthetők.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="115"/>
        <source>No invoice was settled in the last 365 days.</source>
        <translation>Az elmúlt 365 napban egy számlát sem egyenlített ki.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="117"/>
        <source>Pays %1 days late on average in the last 365 days</source>
        <translation>Az elmúlt 365 napban átlagosan %1 nap késéssel fizet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="120"/>
        <source> (the year before: %1)</source>
        <translation> (az előző évben: %1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="126"/>
        <source>Suggested rating: %1.</source>
        <translation>Javasolt minősítés: %1.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="80"/>
        <source>Competitor&apos;s share</source>
        <translation>Versenytárs részesedése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="86"/>
        <source>All purchases</source>
        <translation>Teljes beszerzés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="93"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Versenytárs:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="94"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategória:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="95"/>
        <source>Estimated &amp;share:</source>
        <translation>Becsült &amp;részesedés:</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1760"/>
        <source>Ship order %1</source>
        <translation>Rendelés kiszállítása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>Ordered</source>
        <translation>Rendelt</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Shipped</source>
        <translation>Kiszállítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Left</source>
        <translation>Hátralévő</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Ship now</source>
        <translation>Most kiszállítva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1789"/>
        <source>&amp;Ship</source>
        <translation>Kiszá&amp;llítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1793"/>
        <source>Type the quantities leaving now; 0 leaves a line for later.</source>
        <translation>Adja meg a most kiszállított mennyiségeket; a 0 a tételt későbbre hagyja.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="280"/>
        <source>Sign contract %1</source>
        <translation>Szerződés aláírása: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="284"/>
        <source>Both parties signed the contract. It is active from now on.</source>
        <translation>A szerződést mindkét fél aláírta. Mostantól aktív.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="285"/>
        <source>Signed &amp;on:</source>
        <translation>Aláírás &amp;dátuma:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="287"/>
        <source>&amp;Sign</source>
        <translation>&amp;Aláírás</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <location filename="../../kamdesk/gui/single_window.py" line="112"/>
        <source>The database %1 is open in another kamdesk (process %2), whose window could not be brought forward. Use that window, or close it and start kamdesk again.</source>
        <translation>A(z) %1 adatbázis egy másik kamdeskben (%2. folyamat) nyitva van, és annak ablaka nem hozható előre. Használja azt az ablakot, vagy zárja be, és indítsa újra a kamdesket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/single_window.py" line="115"/>
        <source>kamdesk is open already</source>
        <translation>A kamdesk már meg van nyitva</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="60"/>
        <source>Statement of account — %1</source>
        <translation>Folyószámla-egyeztetés – %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>Hungarian</source>
        <translation>Magyar</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>Russian</source>
        <translation>Orosz</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>English</source>
        <translation>Angol</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="68"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="70"/>
        <source>&amp;Excel workbook</source>
        <translation>&amp;Excel-munkafüzet</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="71"/>
        <source>&amp;Open when saved</source>
        <translation>Megnyitás mentés &amp;után</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;Kezdete:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="78"/>
        <source>&amp;To:</source>
        <translation>&amp;Vége:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="79"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="84"/>
        <source>Files:</source>
        <translation>Fájlok:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="87"/>
        <source>&amp;Save…</source>
        <translation>&amp;Mentés…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="90"/>
        <source>Send the statement by e-mail, PDF and workbook, in the language chosen above</source>
        <translation>A folyószámla-egyeztetés küldése e-mailben, PDF-ben és munkafüzetben, a fent választott nyelven</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="115"/>
        <source>Writing the statement…</source>
        <translation>Az egyeztető levél írása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="130"/>
        <source>statement</source>
        <translation>folyószámla-egyeztetés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="134"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="135"/>
        <source>Save the statement as</source>
        <translation>Az egyeztető levél mentése</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="55"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="138"/>
        <source>Plan my week</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="60"/>
        <source>Suggested contacts</source>
        <translation>Javasolt kapcsolatfelvételek</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="62"/>
        <source>Client</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="62"/>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="73"/>
        <source>Nobody to suggest this week.</source>
        <translation>Erre a hétre nincs javaslat.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="77"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="190"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Összes bejelölése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="79"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="187"/>
        <source>&amp;Schedule selected</source>
        <translation>Bejelöltek &amp;ütemezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="81"/>
        <source>Plan the ticked clients into free time of this week</source>
        <translation>A bejelölt ügyfelek beütemezése a hét szabad időpontjaira</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="137"/>
        <source>Plan my week (%1)</source>
        <translation>Heti terv (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="186"/>
        <source>&amp;Schedule %1</source>
        <translation>%1 ügyfél &amp;ütemezése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="189"/>
        <source>Untick &amp;all</source>
        <translation>&amp;Összes jelölés törlése</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="34"/>
        <source>&amp;Take offline…</source>
        <translation>&amp;Offline példány…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="51"/>
        <source>S&amp;ync now</source>
        <translation>Szin&amp;kronizálás most</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="53"/>
        <source>Sync con&amp;flicts…</source>
        <translation>Szinkronizálási ü&amp;tközések…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="134"/>
        <source>A sync is already running.</source>
        <translation>Már fut egy szinkronizálás.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="137"/>
        <source>Syncing with the office server…</source>
        <translation>Szinkronizálás az irodai szerverrel…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="199"/>
        <source>Cannot sync</source>
        <translation>Nem lehet szinkronizálni</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="204"/>
        <source>Office server not reachable</source>
        <translation>Az irodai szerver nem érhető el</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="205"/>
        <source>kamdesk cannot reach the office server now. Your local work goes on; your changes are kept and sent at the next sync, which starts by itself once the server answers.</source>
        <translation>A kamdesk most nem éri el az irodai szervert. A helyi munka folytatódik; a változásai megmaradnak, és a következő szinkronizáláskor mennek el, amely magától indul, amint a szerver válaszol.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="51"/>
        <source>Syncing…</source>
        <translation>Szinkronizálás…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="56"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n küldendő</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="58"/>
        <source>1 conflict</source>
        <translation>1 ütközés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="59"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n ütközés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="64"/>
        <source>Checking the server…</source>
        <translation>A szerver ellenőrzése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="65"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="65"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="69"/>
        <source>never synced</source>
        <translation>még nem szinkronizált</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="71"/>
        <source>synced %1</source>
        <translation>szinkronizálva %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="72"/>
        <source>last sync %1</source>
        <translation>utolsó szinkronizálás %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="82"/>
        <source>yesterday %1</source>
        <translation>tegnap %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="89"/>
        <source>sync needs your password</source>
        <translation>a szinkronizáláshoz jelszó kell</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="91"/>
        <source>cannot sync: versions differ</source>
        <translation>nem szinkronizálható: eltérő verziók</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="92"/>
        <source>the last sync failed</source>
        <translation>az utolsó szinkronizálás nem sikerült</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="98"/>
        <source>Office server: %1, database %2, login %3</source>
        <translation>Irodai szerver: %1, adatbázis: %2, bejelentkezés: %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="100"/>
        <source>Last sync: %1</source>
        <translation>Utolsó szinkronizálás: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="101"/>
        <source>Not synced yet</source>
        <translation>Még nem szinkronizált</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="104"/>
        <source>Changes waiting to be sent: %n</source>
        <translation>
            <numerusform>Küldésre váró változások: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="105"/>
        <source>Conflicts to look at: %n</source>
        <translation>
            <numerusform>Átnézendő ütközések: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="107"/>
        <source>see kamdesk.log</source>
        <translation>lásd: kamdesk.log</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="108"/>
        <source>The last sync did not finish: %1</source>
        <translation>Az utolsó szinkronizálás nem fejeződött be: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="109"/>
        <source>Click for Sync now (Ctrl+Shift+S) and the conflicts.</source>
        <translation>Kattintson a szinkronizáláshoz (Ctrl+Shift+S) és az ütközésekhez.</translation>
    </message>
</context>
<context>
    <name>SyncPasswords</name>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="35"/>
        <source>The office server wants your password to sync.</source>
        <translation>Az irodai szerver a szinkronizáláshoz kéri a jelszavát.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="61"/>
        <source>Password not remembered</source>
        <translation>A jelszó nincs megjegyezve</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="62"/>
        <source>kamdesk could not keep the password in this computer&apos;s keyring (%1). It is kept until kamdesk closes.</source>
        <translation>A kamdesk nem tudta a jelszót a számítógép kulcstartójában tárolni (%1). A kamdesk bezárásáig megmarad.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="52"/>
        <source>Take offline</source>
        <translation>Offline példány</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="55"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="67"/>
        <source>&amp;Take offline</source>
        <translation>Offline &amp;példány</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="83"/>
        <source>kamdesk writes your clients, their history, the catalogue and the prices to an encrypted file for working without a connection. The passphrase opens it; kamdesk does not keep it, and without it nobody can read the file, you neither.</source>
        <translation>A kamdesk az ügyfeleit, azok előzményeit, a katalógust és az árakat titkosított fájlba írja, hogy kapcsolat nélkül is dolgozhasson. A jelmondat nyitja meg; a kamdesk nem tárolja, és nélküle senki sem olvashatja a fájlt, Ön sem.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="92"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Jelmondat:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="93"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Még egyszer:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="103"/>
        <source>Save the laptop copy as</source>
        <translation>A laptop példányának mentése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="104"/>
        <source>kamdesk databases (*.db)</source>
        <translation>kamdesk-adatbázisok (*.db)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="114"/>
        <source>Choose where to write the laptop copy.</source>
        <translation>Válassza ki, hová kerüljön a laptop példánya.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="116"/>
        <source>%1 already exists. kamdesk never writes a laptop copy over a file: choose another name.</source>
        <translation>%1 már létezik. A kamdesk soha nem ír laptoppéldányt meglévő fájlra: válasszon más nevet.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="119"/>
        <source>The folder %1 does not exist.</source>
        <translation>A(z) %1 mappa nem létezik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="121"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A jelmondatnak legalább %n karakteresnek kell lennie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="123"/>
        <source>The two passphrases differ.</source>
        <translation>A két jelmondat eltér.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="165"/>
        <source>Contract templates[*]</source>
        <translation>Szerződéssablonok[*]</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="165"/>
        <source>Letter templates[*]</source>
        <translation>Levélsablonok[*]</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="198"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="199"/>
        <source>Save the template (Ctrl+S); refused while it has problems</source>
        <translation>A sablon mentése (Ctrl+S); amíg hibás, nem menthető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="201"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="202"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="244"/>
        <source>Show &amp;archived</source>
        <translation>&amp;Archiváltak megjelenítése</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="246"/>
        <source>&amp;New</source>
        <translation>Ú&amp;j</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="247"/>
        <source>A new template (Ctrl+N)</source>
        <translation>Új sablon (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="249"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikálás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="252"/>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="555"/>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;válás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="253"/>
        <source>Hide the template from the choice for new letters</source>
        <translation>A sablon elrejtése az új levelekhez választhatók közül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="254"/>
        <source>Hide the template from the choice for new contracts</source>
        <translation>A sablon elrejtése az új szerződésekhez választható sablonok közül</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="262"/>
        <source>&amp;Templates</source>
        <translation>&amp;Sablonok</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="293"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="295"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="297"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="312"/>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Helyőrző beszúrása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="313"/>
        <source>Insert a field of the company, the client, the contract… at the cursor (Ctrl+Space)</source>
        <translation>A cég, az ügyfél, a szerződés… egy mezőjének beszúrása a kurzor helyére (Ctrl+Szóköz)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="319"/>
        <source>Insert &amp;condition…</source>
        <translation>&amp;Feltétel beszúrása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="320"/>
        <source>Keep the selected lines only when a condition holds, e.g. when the client pays on credit (Ctrl+Shift+I)</source>
        <translation>A kijelölt sorok csak akkor maradnak meg, ha egy feltétel teljesül, pl. ha az ügyfél halasztott fizetéssel vásárol (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="323"/>
        <source>“# ” starts a section; a blank line starts a clause.</source>
        <translation>A „# ” fejezetet kezd; az üres sor új pontot kezd.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="333"/>
        <source>Template text</source>
        <translation>Sablonszöveg</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="341"/>
        <source>Double-click or press Enter to go to the line; F8 goes to the next problem</source>
        <translation>Dupla kattintás vagy Enter: ugrás a sorra; F8: ugrás a következő hibára</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="389"/>
        <source>A field typed when the letter is written…</source>
        <translation>A levél írásakor megadott mező…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="391"/>
        <source>Insert {{ fields.NAME }}: a value (a date, an amount) the user types once for one letter or a whole mail merge</source>
        <translation>{{ fields.NAME }} beszúrása: egy érték (dátum, összeg), amelyet a felhasználó egyszer ad meg egy levélhez vagy egy teljes körlevélhez</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="398"/>
        <source>Field typed for the letter</source>
        <translation>A levélhez megadott mező</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="399"/>
        <source>The field&apos;s name (letters, digits and _, e.g. effective_date):</source>
        <translation>A mező neve (betűk, számjegyek és _, pl. effective_date):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="408"/>
        <source>A sample client — type to preview with one of yours</source>
        <translation>Mintaügyfél – gépeljen, ha a saját ügyfelei egyikével szeretné megtekinteni</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="461"/>
        <source>%1 (built-in)</source>
        <translation>%1 (beépített)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="463"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivált)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="545"/>
        <source>A new template: it is stored when you save it.</source>
        <translation>Új sablon: mentéskor kerül tárolásra.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="250"/>
        <source>A copy of this template to edit (Ctrl+Shift+D)</source>
        <translation>A sablon másolata szerkesztésre (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="411"/>
        <source>Preview for cli&amp;ent:</source>
        <translation>Előnézet ehhez az &amp;ügyfélhez:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="547"/>
        <source>A built-in template: your changes replace its text here. Duplicate it (Ctrl+Shift+D) to keep the original.</source>
        <translation>Beépített sablon: a módosítások itt felülírják a szövegét. Az eredeti megtartásához készítsen másolatot (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="550"/>
        <source>Your template.</source>
        <translation>Saját sablon.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="553"/>
        <source>Archived: not offered for new contracts.</source>
        <translation>Archivált: új szerződésekhez nem választható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="555"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Visszaállítás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="654"/>
        <source>“{% %1 %}” opened here is not closed: add “{% end%1 %}” where it should end.</source>
        <translation>Az itt megnyitott „{% %1 %}” nincs lezárva: tegyen „{% end%1 %}” jelet oda, ahol véget kell érnie.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="667"/>
        <source>Line %1: %2</source>
        <translation>%1. sor: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="675"/>
        <source>1 problem — fix it before saving</source>
        <translation>1 hiba – mentés előtt javítsa</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="676"/>
        <source>%1 problems — fix them before saving</source>
        <translation>%1 hiba – mentés előtt javítsa őket</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="679"/>
        <source>No problems</source>
        <translation>Nincs hiba</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="661"/>
        <source>The preview shows the text as it was before the problems listed under the editor.</source>
        <translation>Az előnézet a szöveget a szerkesztő alatt felsorolt hibák előtti állapotában mutatja.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="552"/>
        <source>Archived: not offered for new letters.</source>
        <translation>Archivált: új levelekhez nem választható.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="759"/>
        <source>Go to line</source>
        <translation>Ugrás sorra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="759"/>
        <source>Line:</source>
        <translation>Sor:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="794"/>
        <source>Insert condition</source>
        <translation>Feltétel beszúrása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="795"/>
        <source>Keep the selected lines only when this holds (a yes/no field, or a field that is not empty):</source>
        <translation>A kijelölt sorok csak akkor maradnak meg, ha ez teljesül (igen/nem mező, vagy nem üres mező):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="832"/>
        <source>New template</source>
        <translation>Új sablon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="843"/>
        <source>%1 (copy)</source>
        <translation>%1 (másolat)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="843"/>
        <source>Template</source>
        <translation>Sablon</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="846"/>
        <source>A copy: edit it and save it (Ctrl+S).</source>
        <translation>Másolat: szerkessze, majd mentse (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="872"/>
        <source>Not saved: the template has %1 problem(s), listed under the text. Fix them first.</source>
        <translation>Nincs mentve: a sablonban %1 hiba van, ezek a szöveg alatt láthatók. Előbb javítsa ki őket.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="884"/>
        <source>Not saved: %1</source>
        <translation>Nincs mentve: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="900"/>
        <source>Saved “%1”.</source>
        <translation>Mentve: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="935"/>
        <source>Archived “%1”.</source>
        <translation>Archiválva: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="935"/>
        <source>Restored “%1”.</source>
        <translation>Visszaállítva: „%1”.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="950"/>
        <source>The template “%1” has unsaved changes. Save them?</source>
        <translation>A sablonban („%1”) nem mentett módosítások vannak. Menti őket?</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="303"/>
        <source>Terminate contract %1</source>
        <translation>Szerződés megszüntetése: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="306"/>
        <source>Notice given, breach of contract, agreement of the parties…</source>
        <translation>Felmondás, szerződésszegés, a felek közös megegyezése…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="310"/>
        <source>Ends &amp;on:</source>
        <translation>Megszűnés &amp;napja:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="311"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Ok:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="313"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Megszüntetés</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../kamdesk/gui/unsaved.py" line="46"/>
        <source>Save the changes?</source>
        <translation>Menti a módosításokat?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/unsaved.py" line="101"/>
        <source>Unsaved changes</source>
        <translation>Nem mentett módosítások</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="243"/>
        <source>Add a user</source>
        <translation>Felhasználó felvétele</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="247"/>
        <source>small letters, e.g. nagy_peter</source>
        <translation>kisbetűk, pl. nagy_peter</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="257"/>
        <source>nobody</source>
        <translation>senki</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="262"/>
        <source>&amp;Login:</source>
        <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="263"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="264"/>
        <source>&amp;Role:</source>
        <translation>&amp;Szerepkör:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="265"/>
        <source>&amp;Head:</source>
        <translation>&amp;Osztályvezető:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="266"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="267"/>
        <source>Password &amp;again:</source>
        <translation>Jelszó &amp;ismét:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Login</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Head</source>
        <translation>Osztályvezető</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="64"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="67"/>
        <source>&amp;Add user…</source>
        <translation>Felhasználó &amp;felvétele…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="68"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Letiltás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="69"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Jelszó beállítása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="81"/>
        <source>Users and passwords belong to a team server (PostgreSQL). This desk is a database file on this computer and needs no login.

To work as a team, the database owner sets up a server once with “kamdesk server init URL --admin LOGIN”; each user then starts kamdesk with --database postgresql://LOGIN@SERVER/DATABASE and logs in.</source>
        <translation>Felhasználók és jelszavak a csapatszerveren (PostgreSQL) vannak. Ez az asztal egy adatbázisfájl ezen a számítógépen, és nem kell hozzá bejelentkezni.

Csapatmunkához az adatbázis tulajdonosa egyszer beállít egy szervert a „kamdesk server init URL --admin FELHASZNÁLÓ” paranccsal; ezután mindenki --database postgresql://FELHASZNÁLÓ@SZERVER/ADATBÁZIS kapcsolóval indítja a kamdesket, és bejelentkezik.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="103"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="103"/>
        <source>disabled</source>
        <translation>letiltva</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="155"/>
        <source>Disable the user</source>
        <translation>A felhasználó letiltása</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="156"/>
        <source>Disable %1 (%2)? They can no longer log in; their clients and documents stay, and an administrator can hand them over.</source>
        <translation>Letiltja: %1 (%2)? Többé nem tud bejelentkezni; ügyfelei és dokumentumai megmaradnak, és egy rendszergazda átadhatja őket.</translation>
    </message>
</context>
<context>
    <name>WeekPdf</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="32"/>
        <source>Week plan — %1</source>
        <translation>Heti terv — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="33"/>
        <source>Week plan</source>
        <translation>Heti terv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="34"/>
        <source>Printed on %1</source>
        <translation>Nyomtatva: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="69"/>
        <source>Save the week as PDF</source>
        <translation>A hét mentése PDF-be</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="70"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="480"/>
        <source>W%1</source>
        <translation>%1. hét</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="485"/>
        <source>All day</source>
        <translation>Egész napos</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="500"/>
        <source>+%1 more</source>
        <translation>+%1 további</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="540"/>
        <source>Week calendar</source>
        <translation>Heti naptár</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="786"/>
        <source>Week %1, %2 activities</source>
        <translation>%1. hét, %2 tevékenység</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="983"/>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="985"/>
        <source>Complete…</source>
        <translation>Lezárás…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="987"/>
        <source>Cancel activity…</source>
        <translation>Tevékenység lemondása…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="999"/>
        <source>New activity here…</source>
        <translation>Új tevékenység ide…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1088"/>
        <source>all day</source>
        <translation>egész nap</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1100"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="145"/>
        <source>Sales month by month (line) against plan (dashed); double-click a month to see its clients</source>
        <translation>Értékesítés havonta (vonal) a tervhez (szaggatott) képest; a hónap ügyfeleinek megtekintéséhez kattintson duplán a hónapra</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="185"/>
        <source>Sales %1 (highest month %2)</source>
        <translation>Értékesítés, %1 (legjobb hónap: %2)</translation>
    </message>
</context>
</TS>
