<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="62"/>
        <source>E-mail account</source>
        <translation>Учетная запись эл. почты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="66"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="67"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="68"/>
        <source>imap.example.com, or empty</source>
        <translation>imap.example.com или пусто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="69"/>
        <source>the SMTP user name</source>
        <translation>имя пользователя SMTP</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="78"/>
        <source>asked for when you send, unless remembered</source>
        <translation>запрашивается при отправке, если не сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="79"/>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>&amp;Запомнить в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="86"/>
        <source>KAMDESK_SMTP_URL is set on this computer: mail is sent with the account it names, not with these settings.</source>
        <translation>На этом компьютере задана переменная KAMDESK_SMTP_URL: почта отправляется через указанную в ней учетную запись, а не с этими настройками.</translation>
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
        <translation>Без шифрования (только этот компьютер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="121"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="124"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="125"/>
        <source>Sending (SMTP)</source>
        <translation>Отправка (SMTP)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="127"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="129"/>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="130"/>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="131"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="133"/>
        <source>Copy in the Sent folder (IMAP, optional)</source>
        <translation>Копия в папке «Отправленные» (IMAP, необязательно)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="135"/>
        <source>Serv&amp;er:</source>
        <translation>С&amp;ервер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="137"/>
        <source>Encrypt&amp;ion:</source>
        <translation>Шиф&amp;рование:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="138"/>
        <source>User na&amp;me:</source>
        <translation>Имя пользо&amp;вателя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="139"/>
        <source>Sent &amp;folder:</source>
        <translation>Папка &amp;отправленных:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="151"/>
        <source>&amp;Test the connection</source>
        <translation>Проверить соеди&amp;нение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="171"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="197"/>
        <source>kept; type a new one to change it</source>
        <translation>сохранен; чтобы изменить, введите новый</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="250"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/account_dialog.py" line="257"/>
        <source>Connected and logged in: %1.</source>
        <translation>Подключение и вход выполнены: %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="106"/>
        <source>Competitor action</source>
        <translation>Действие конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="106"/>
        <source>Change competitor action</source>
        <translation>Изменение действия конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="114"/>
        <source>&amp;Observed on:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="50"/>
        <source>Change a repeating activity</source>
        <translation>Изменение повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="51"/>
        <source>Move a repeating activity</source>
        <translation>Перенос повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="52"/>
        <source>Cancel a repeating activity</source>
        <translation>Отмена повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="55"/>
        <source>This activity is one of a series.</source>
        <translation>Эта активность входит в серию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="57"/>
        <source>Cancel only this one, or this one and all that follow?</source>
        <translation>Отменить только эту активность или эту и все следующие?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="58"/>
        <source>This and all &amp;following</source>
        <translation>Эту и все &amp;следующие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="60"/>
        <source>Change only this one, or the whole series?</source>
        <translation>Изменить только эту активность или всю серию?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="61"/>
        <source>The &amp;whole series</source>
        <translation>&amp;Всю серию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="62"/>
        <source>&amp;Only this one</source>
        <translation>&amp;Только эту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="215"/>
        <source>Save the changes to the activity?</source>
        <translation>Сохранить изменения в активности?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="234"/>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="235"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="236"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="237"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="243"/>
        <source>On the</source>
        <translation>По дню недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>first</source>
        <translation>первая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>second</source>
        <translation>вторая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="244"/>
        <source>third</source>
        <translation>третья неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="245"/>
        <source>fourth</source>
        <translation>четвертая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="245"/>
        <source>last</source>
        <translation>последняя неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="251"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="362"/>
        <source>This is one occurrence of a repeating series. Saving asks whether the change is for this one or for the whole series; a new repetition applies to the whole series.</source>
        <translation>Это одно из повторений серии. При сохранении будет задан вопрос, относится ли изменение только к нему или ко всей серии; новое правило повторения применяется ко всей серии.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="439"/>
        <source>New activity</source>
        <translation>Новая активность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="441"/>
        <location filename="../../ui/activity_dialog.ui" line="14"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="448"/>
        <source>(no contact)</source>
        <translation>(без контактного лица)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>day(s)</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>week(s)</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="527"/>
        <source>month(s)</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="530"/>
        <source>On day %1</source>
        <translation>%1-го числа</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="28"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="58"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="73"/>
        <source>Type a name, tax number or city</source>
        <translation>Введите название, ИНН или город</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="92"/>
        <source>C&amp;ontact:</source>
        <translation>Ко&amp;нтактное лицо:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="122"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="137"/>
        <source>What is it about?</source>
        <translation>О чем пойдет речь?</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="156"/>
        <source>&amp;When:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="186"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="202"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="212"/>
        <source>&amp;All day</source>
        <translation>Ве&amp;сь день</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="256"/>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="271"/>
        <source>Address or meeting place</source>
        <translation>Адрес или место встречи</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="290"/>
        <source>Owne&amp;r:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="322"/>
        <source>Repeat</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="336"/>
        <source>&amp;every</source>
        <translation>ка&amp;ждые</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="392"/>
        <source>on</source>
        <translation>по дням</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="497"/>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="504"/>
        <source>a&amp;fter</source>
        <translation>&amp;после</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="524"/>
        <source>times</source>
        <translation>повторений</translation>
    </message>
    <message>
        <location filename="../../ui/activity_dialog.ui" line="531"/>
        <source>o&amp;n</source>
        <translation>&amp;до</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="24"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="25"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="26"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="27"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="28"/>
        <source>Presentation / training</source>
        <translation>Презентация / обучение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="29"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="30"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="41"/>
        <source>Reached</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="42"/>
        <source>Not reached</source>
        <translation>Не состоялось</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="43"/>
        <source>Moved</source>
        <translation>Перенесено</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="26"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="27"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="168"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Open</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>Not due</source>
        <translation>Не просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="169"/>
        <source>1–30 days</source>
        <translation>1–30 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>31–60 days</source>
        <translation>31–60 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>61–90 days</source>
        <translation>61–90 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="170"/>
        <source>Over 90 days</source>
        <translation>Более 90 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="171"/>
        <source>Unallocated</source>
        <translation>Не разнесено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="171"/>
        <source>Oldest, days</source>
        <translation>Макс. просрочка, дн.</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="161"/>
        <source>Allocate by hand</source>
        <translation>Ручное разнесение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="165"/>
        <source>Payment of %1 by %2: %3, of which %4 unallocated.</source>
        <translation>Оплата клиента %2 от %1: %3, из них не разнесено %4.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="173"/>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="183"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Разнести</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="188"/>
        <source>&amp;Open invoice of the client:</source>
        <translation>&amp;Неоплаченный счет клиента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="192"/>
        <source>A&amp;mount (%1):</source>
        <translation>&amp;Сумма (%1):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="198"/>
        <source>The client has no open invoice in %1 to allocate to.</source>
        <translation>У клиента нет неоплаченных счетов в %1, на которые можно разнести оплату.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="221"/>
        <source>Choose the invoice the payment settles.</source>
        <translation>Выберите счет, который погашает оплата.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="224"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="155"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="155"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="156"/>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="156"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="158"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="162"/>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="164"/>
        <source>Without segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="165"/>
        <source>Main categories</source>
        <translation>Основные категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="165"/>
        <source>Subcategories</source>
        <translation>Подкатегории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="166"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="171"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="176"/>
        <source>Price &amp;worksheet…</source>
        <translation>Предложение &amp;цен…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="178"/>
        <source>A price-change proposal in Excel for the category of the row chosen (every product sold when none is) and the segment chosen</source>
        <translation>Предложение по изменению цен в Excel для категории выбранной строки (если строка не выбрана — для всех проданных товаров) и выбранного сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="199"/>
        <source>&amp;Revenue &amp;&amp; growth</source>
        <translation>Выручка и &amp;рост</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="200"/>
        <source>&amp;Penetration</source>
        <translation>Прони&amp;кновение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="201"/>
        <source>&amp;Gaps</source>
        <translation>Пробелы в &amp;ассортименте</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="208"/>
        <source>Double-click a client, or press Enter, to open its card</source>
        <translation>Дважды щелкните клиента или нажмите Enter, чтобы открыть его карточку</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="213"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="229"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="239"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="213"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="229"/>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="215"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="230"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="215"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="216"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="230"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="240"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="217"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="218"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="234"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="243"/>
        <source>The year before</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="219"/>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="220"/>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="231"/>
        <source>Buying clients</source>
        <translation>Покупающие клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="221"/>
        <source>Other currencies</source>
        <translation>Другие валюты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="232"/>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="233"/>
        <source>Penetration</source>
        <translation>Проникновение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="238"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="240"/>
        <source>Category not bought</source>
        <translation>Категория без закупок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="241"/>
        <source>Bought by</source>
        <translation>Покупают</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="242"/>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="243"/>
        <source>bought it</source>
        <translation>покупал</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="245"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="331"/>
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="332"/>
        <source>Save the price-change worksheet</source>
        <translation>Сохранение предложения по изменению цен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/analytics_page.py" line="350"/>
        <source>Writing the price-change worksheet…</source>
        <translation>Формирование предложения по изменению цен…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="188"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="256"/>
        <source>kamdesk</source>
        <translation>kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="256"/>
        <source>The team server has no company details yet. An administrator enters them at their first login; please start kamdesk again after that.</source>
        <translation>На сервере команды ещё нет данных компании. Администратор вводит их при первом входе; после этого запустите kamdesk снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/demo_data.py" line="29"/>
        <source>Creating demo data…</source>
        <translation>Создание демоданных…</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="77"/>
        <source>&amp;Approve…</source>
        <translation>Со&amp;гласовать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="80"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="103"/>
        <source>Discounts waiting for your approval</source>
        <translation>Скидки, ожидающие вашего согласования</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <source>Asked by</source>
        <translation>Запросил</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="105"/>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="106"/>
        <source>Asked</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="107"/>
        <source>Nothing waits for your approval.</source>
        <translation>Нет запросов, ожидающих согласования.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="110"/>
        <source>My discount requests</source>
        <translation>Мои запросы на скидку</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="112"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="113"/>
        <source>Head&apos;s reason</source>
        <translation>Обоснование руководителя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="114"/>
        <source>Discounts above your limit are sent to the head of department when the order is saved; their answers show here.</source>
        <translation>Скидки сверх вашего лимита при сохранении заказа отправляются на согласование руководителю отдела; ответы появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="131"/>
        <source>%1 (limit %2)</source>
        <translation>%1 (лимит %2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="177"/>
        <source>Approve the discount</source>
        <translation>Согласование скидки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="178"/>
        <source>Why do you approve the discount on %1? The reason is recorded.</source>
        <translation>Почему вы согласовываете скидку по заказу %1? Причина сохраняется.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="180"/>
        <source>Reject the discount</source>
        <translation>Отклонение скидки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/approvals.py" line="181"/>
        <source>Why do you reject the discount on %1? The manager sees the reason.</source>
        <translation>Почему вы отклоняете скидку по заказу %1? Менеджер увидит причину.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="38"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="39"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="39"/>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="68"/>
        <source>No recorded changes yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="83"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="83"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="84"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="97"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="97"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="70"/>
        <source>The newest %n entries.</source>
        <translation>
            <numerusform>Последняя %n запись.</numerusform>
            <numerusform>Последние %n записи.</numerusform>
            <numerusform>Последние %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/audit/audit_view.py" line="72"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="117"/>
        <source>Previous week (PgUp)</source>
        <translation>Предыдущая неделя (PgUp)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="118"/>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="120"/>
        <source>T&amp;oday</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="121"/>
        <source>This week (T)</source>
        <translation>Текущая неделя (T)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="125"/>
        <source>Next week (PgDn)</source>
        <translation>Следующая неделя (PgDn)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="126"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="133"/>
        <source>Go to the week of a date</source>
        <translation>Перейти к неделе выбранной даты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="143"/>
        <source>Whose activities</source>
        <translation>Чьи активности показывать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="159"/>
        <source>Show all kinds</source>
        <translation>Показать все типы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="162"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="237"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Новая активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="163"/>
        <source>Plan a call, visit or other activity (Ctrl+N)</source>
        <translation>Запланировать звонок, визит или другую активность (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="166"/>
        <source>Print the week (Ctrl+P)</source>
        <translation>Печать недели (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="168"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="169"/>
        <source>Save the week as a PDF to send or print later (Ctrl+Shift+P)</source>
        <translation>Сохранить неделю в PDF, чтобы отправить или распечатать позже (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="180"/>
        <source>Whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="201"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="205"/>
        <source>Agenda: today and overdue</source>
        <translation>Повестка дня: сегодня и просроченные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="215"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="240"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="217"/>
        <source>Log the result and plan the next step (Ctrl+Enter)</source>
        <translation>Записать результат и запланировать следующий шаг (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="238"/>
        <source>&amp;Print week…</source>
        <translation>Пе&amp;чать недели…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="239"/>
        <source>Save week as P&amp;DF…</source>
        <translation>Сохранить неделю в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="242"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="388"/>
        <source>Complete activity</source>
        <translation>Завершение активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="389"/>
        <source>Only a planned activity can be completed.</source>
        <translation>Завершить можно только запланированную активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="450"/>
        <source>Cancel “%1” on %2?</source>
        <translation>Отменить «%1» (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="451"/>
        <source>Cancel activity</source>
        <translation>Отмена активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="467"/>
        <source>Print week %1</source>
        <translation>Печать недели %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="572"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="576"/>
        <source>No kinds</source>
        <translation>Типы не выбраны</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="578"/>
        <source>%1 kinds</source>
        <translation>Типов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="580"/>
        <source>Which kinds of activity to show</source>
        <translation>Какие типы активностей показывать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="588"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="588"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="605"/>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="606"/>
        <source>Today, %1 (%2)</source>
        <translation>Сегодня, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="618"/>
        <source>Nothing planned.</source>
        <translation>Ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="625"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1889"/>
        <source>Cancel order %1</source>
        <translation>Отмена заказа %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1890"/>
        <source>Why is order %1 cancelled? The reasons are analysed to prevent refusals.</source>
        <translation>Почему отменяется заказ %1? Причины анализируются, чтобы предотвращать отказы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1892"/>
        <source>Cancel &amp;order</source>
        <translation>&amp;Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1892"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Не отменять</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="14"/>
        <source>Cancel order</source>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="35"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="65"/>
        <source>&amp;Note:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_order_dialog.ui" line="83"/>
        <source>Required for “Other”: what happened?</source>
        <translation>Обязательно для причины «Другое»: что произошло?</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="92"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Oldest, days</source>
        <translation>Макс. просрочка, дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Step due</source>
        <translation>Этап к выполнению</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Next step on</source>
        <translation>След. этап с</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="93"/>
        <source>Last step</source>
        <translation>Последний этап</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="94"/>
        <source>Taken on</source>
        <translation>Выполнен</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="95"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="96"/>
        <source>Active</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="152"/>
        <source>Computed from “%1” %2: type prices in the base column</source>
        <translation>Рассчитывается из «%1» %2: вводите цены в базовой колонке</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="176"/>
        <source>“%1” is not an amount.</source>
        <translation>«%1» не распознано как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="196"/>
        <source>Derived: “%1” %2</source>
        <translation>Производная: «%1» %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="198"/>
        <source>Stored prices: double-click or type to change one</source>
        <translation>Хранимые цены: чтобы изменить цену, дважды щелкните или начните ввод</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="231"/>
        <source>&amp;Products</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="232"/>
        <source>Price &amp;columns</source>
        <translation>&amp;Колонки прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="233"/>
        <source>P&amp;romotions</source>
        <translation>&amp;Акции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="248"/>
        <source>Search SKU or name…</source>
        <translation>Поиск по артикулу или названию…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="256"/>
        <source>&amp;Inactive too</source>
        <translation>Включая &amp;неактивные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="259"/>
        <source>&amp;New product…</source>
        <translation>&amp;Добавить товар…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="260"/>
        <source>&amp;Edit product…</source>
        <translation>&amp;Изменить товар…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="273"/>
        <source>Type a price in a stored column; grey columns are derived and follow their base.</source>
        <translation>Цены вводятся в хранимых колонках; серые колонки — производные и следуют за базовой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="274"/>
        <source>The head of department sets the catalogue and the prices.</source>
        <translation>Каталог и цены задаёт руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="284"/>
        <source>&amp;Import price list…</source>
        <translation>И&amp;мпорт прайс-листа…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="286"/>
        <source>Products and prices from an .xlsx or .csv price list</source>
        <translation>Товары и цены из прайс-листа в формате .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="288"/>
        <source>E&amp;xport catalogue…</source>
        <translation>&amp;Экспорт каталога…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="290"/>
        <source>Every product with all price columns, to .xlsx or .csv</source>
        <translation>Все товары со всеми колонками прайс-листа в .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="300"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="301"/>
        <source>Default</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="305"/>
        <source>&amp;Add column…</source>
        <translation>&amp;Добавить колонку…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="307"/>
        <source>&amp;Edit column…</source>
        <translation>&amp;Изменить колонку…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="309"/>
        <source>Make &amp;default</source>
        <translation>Сделать &amp;основной</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="311"/>
        <source>A client without a price column of its own buys at the default column. A derived column takes the prices of another changed by a percentage (−10 = 10 % less).</source>
        <translation>Клиент без собственной колонки прайс-листа покупает по колонке по умолчанию. Производная колонка берет цены другой колонки, измененные на процент (−10 = на 10 % меньше).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>Offer</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="327"/>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="328"/>
        <source>Applies to</source>
        <translation>Распространяется на</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="332"/>
        <source>&amp;New promotion…</source>
        <translation>&amp;Новая акция…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="334"/>
        <source>&amp;Edit promotion…</source>
        <translation>&amp;Изменить акцию…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="255"/>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="366"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="371"/>
        <source>1 product</source>
        <translation>1 товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="371"/>
        <source>%1 products</source>
        <translation>Товаров: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="372"/>
        <source>net prices in %1 · ★ the default column</source>
        <translation>цены без НДС, %1 · ★ колонка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="250"/>
        <source>No product matches “%1”.</source>
        <translation>По запросу «%1» товаров не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="251"/>
        <source>No product in this category.</source>
        <translation>В этой категории нет товаров.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="379"/>
        <source>No products yet: the head of department fills the catalogue.</source>
        <translation>Товаров пока нет: каталог заполняет руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="380"/>
        <source>No products yet. Press %1 to add one with its price, or import a price list (.xlsx or .csv).</source>
        <translation>Товаров пока нет. Нажмите %1, чтобы добавить товар с ценой, или импортируйте прайс-лист (.xlsx или .csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="382"/>
        <source>New product…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="383"/>
        <source>Import price list…</source>
        <translation>Импорт прайс-листа…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="391"/>
        <source>from “%1”</source>
        <translation>из «%1»</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="392"/>
        <source>stored</source>
        <translation>хранимые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="407"/>
        <source>No price columns yet.</source>
        <translation>Ценовых колонок пока нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="410"/>
        <source>No price columns yet. The first is made when a product is given a price; or add one here.</source>
        <translation>Колонок прайс-листа пока нет. Первая создается, когда у товара появляется цена; или добавьте колонку здесь.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="411"/>
        <source>Add column…</source>
        <translation>Добавить колонку…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="421"/>
        <source>switched off</source>
        <translation>выключена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="423"/>
        <source>ended</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="425"/>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="427"/>
        <source>running</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="428"/>
        <source>every client</source>
        <translation>все клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="442"/>
        <source>No promotions.</source>
        <translation>Акций нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="445"/>
        <source>No promotions. A promotion lowers prices for a period, or gives goods free (3+1), for every client or some.</source>
        <translation>Акций нет. Акция снижает цены на период или дает товар бесплатно (3+1) — всем клиентам или только некоторым.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="447"/>
        <source>New promotion…</source>
        <translation>Новая акция…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="525"/>
        <source>Import a price list</source>
        <translation>Импорт прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="526"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="530"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="545"/>
        <source>Export the catalogue</source>
        <translation>Экспорт каталога</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="546"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="557"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="552"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="45"/>
        <source>Changed meanwhile</source>
        <translation>Изменено за это время</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="51"/>
        <source>Reload shows their version and drops your changes; Overwrite saves yours over theirs.</source>
        <translation>«Загрузить заново» покажет их версию и отбросит ваши изменения; «Перезаписать» сохранит ваши поверх их.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="56"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Загрузить заново (отбросить мои)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="59"/>
        <source>&amp;Overwrite (save mine)</source>
        <translation>&amp;Перезаписать (сохранить мои)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="77"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="78"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="78"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="93"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="93"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/changed_meanwhile.py" line="99"/>
        <source>(image)</source>
        <translation>(изображение)</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="249"/>
        <source>Save the changes to the client?</source>
        <translation>Сохранить изменения в карточке клиента?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="270"/>
        <source>Choose or type a new segment</source>
        <translation>Выберите или введите новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="272"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="275"/>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="279"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="280"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="280"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="425"/>
        <source>Export as vCard…</source>
        <translation>Экспорт в vCard…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="428"/>
        <source>Save the client&apos;s contacts as a vCard file for a phone or a mail program (unsaved changes are saved first)</source>
        <translation>Сохранить контакты клиента в файл vCard для телефона или почтовой программы (несохраненные изменения сначала сохраняются)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="441"/>
        <source>Export as vCard</source>
        <translation>Экспорт в vCard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/party/client_card.py" line="441"/>
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>Экспортирован %n контакт.</numerusform>
            <numerusform>Экспортировано %n контакта.</numerusform>
            <numerusform>Экспортировано %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="69"/>
        <source>Open</source>
        <translation>Остаток долга</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="61"/>
        <source>Not due</source>
        <translation>Не просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="61"/>
        <source>1–30 days</source>
        <translation>1–30 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="62"/>
        <source>31–60 days</source>
        <translation>31–60 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="62"/>
        <source>61–90 days</source>
        <translation>61–90 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="63"/>
        <source>Over 90 days</source>
        <translation>Более 90 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="63"/>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="73"/>
        <source>Unallocated</source>
        <translation>Не разнесено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="68"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="69"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="72"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="73"/>
        <source>Remark</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="74"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="80"/>
        <source>Stat&amp;ement…</source>
        <translation>Акт св&amp;ерки…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="83"/>
        <source>Record &amp;payment…</source>
        <translation>Внест&amp;и оплату…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="92"/>
        <source>Open items:</source>
        <translation>Неоплаченные документы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="94"/>
        <source>Latest payments:</source>
        <translation>Последние оплаты:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="106"/>
        <source>Receiva&amp;bles</source>
        <translation>Взаиморас&amp;четы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="152"/>
        <source>The client owes nothing today.</source>
        <translation>Сегодня у клиента нет задолженности.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="155"/>
        <source>Owes %1</source>
        <translation>Задолженность %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="157"/>
        <source>, of which %1 overdue (the oldest %2 days)</source>
        <translation>, из них просрочено %1 (максимум %2 дн.)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="161"/>
        <source>; unallocated money: %1</source>
        <translation>; неразнесенные средства: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="174"/>
        <source>The card&apos;s rating is %1 (Credit and reliability).</source>
        <translation>В карточке указан рейтинг %1 (вкладка «Кредит и надежность»).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="185"/>
        <source>No open invoice.</source>
        <translation>Неоплаченных счетов нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="194"/>
        <source>Receiva&amp;bles (overdue)</source>
        <translation>Взаиморас&amp;четы (есть просрочка)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="301"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="302"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="302"/>
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="309"/>
        <source>Plan &amp;call</source>
        <translation>Запланировать з&amp;вонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="311"/>
        <source>Plan &amp;visit</source>
        <translation>Запланировать в&amp;изит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="20"/>
        <source>L&amp;etter…</source>
        <translation>Пись&amp;мо…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="22"/>
        <source>Write a letter to the client from a template</source>
        <translation>Написать письмо клиенту по шаблону</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Activit&amp;ies</source>
        <translation>Ак&amp;тивности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="327"/>
        <source>Default column</source>
        <translation>Основная колонка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="330"/>
        <source>The price-list column the client&apos;s orders and offers are priced at</source>
        <translation>Колонка прайс-листа, по ценам которой оформляются заказы и предложения клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="331"/>
        <source>Price &amp;column:</source>
        <translation>Ко&amp;лонка прайса:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="342"/>
        <source>New or&amp;der</source>
        <translation>Нов&amp;ый заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="345"/>
        <source>S&amp;uggested order</source>
        <translation>Реко&amp;мендуемый заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="72"/>
        <source>Ne&amp;w contract…</source>
        <translation>Новый до&amp;говор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="347"/>
        <source>A draft with the products this client buys regularly, in its usual quantities</source>
        <translation>Черновик с товарами, которые клиент регулярно покупает, в обычных для него количествах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="350"/>
        <source>New o&amp;ffer</source>
        <translation>Новое предлож&amp;ение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>A commercial offer for this client, priced like an order</source>
        <translation>Коммерческое предложение этому клиенту по тем же ценам, что и заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_actions.py" line="17"/>
        <source>Document pac&amp;kage…</source>
        <translation>Пакет док&amp;ументов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_actions.py" line="19"/>
        <source>Offers, contracts, a statement and a price list of this client as one PDF with bookmarks, or in one e-mail</source>
        <translation>Предложения, договоры, акт сверки и прайс-лист этого клиента одним PDF-файлом с закладками или в одном письме</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="358"/>
        <source>Sa&amp;les</source>
        <translation>&amp;Продажи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="52"/>
        <source>Overdue since</source>
        <translation>Просрочено с</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="52"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="53"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="67"/>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="58"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="59"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="75"/>
        <source>Open contract</source>
        <translation>Открыть договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="95"/>
        <source>Co&amp;ntracts</source>
        <translation>&amp;Договоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="123"/>
        <source>1 contract obligation is overdue:</source>
        <translation>Просрочено 1 обязательство по договору:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="124"/>
        <source>%1 contract obligations are overdue:</source>
        <translation>Просрочены обязательства по договорам (%1):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="139"/>
        <source>No contracts with this client yet: New contract…, beside, draws one up from a template.</source>
        <translation>С этим клиентом еще нет договоров: кнопка «Новый договор…» рядом составит договор по шаблону.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/client_tab.py" line="141"/>
        <source>Co&amp;ntracts (%1 overdue)</source>
        <translation>&amp;Договоры (просрочено: %1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="507"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="509"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="526"/>
        <source>Add a contact (Insert)</source>
        <translation>Добавить контакт (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="527"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>Удалить выбранный контакт (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="682"/>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="695"/>
        <source>same tax number</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="695"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="698"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="699"/>
        <source>A client like this exists already:</source>
        <translation>Похожий клиент уже есть:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="701"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="704"/>
        <source>Save anyway</source>
        <translation>Все равно сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="885"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/client_tab.py" line="60"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="801"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="829"/>
        <source>No calls or visits with this client yet: Plan call or Plan visit, beside, puts one in the calendar.</source>
        <translation>С этим клиентом еще не было звонков и визитов: кнопки «Запланировать звонок» и «Запланировать визит» рядом добавят их в календарь.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="836"/>
        <source>Activities can be planned once the client is saved.</source>
        <translation>Активности можно планировать после сохранения клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="840"/>
        <source>No next contact planned.</source>
        <translation>Следующий контакт не запланирован.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="848"/>
        <source>Next contact: %1, %2 (overdue)</source>
        <translation>Следующий контакт: %1, %2 (просрочен)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="851"/>
        <source>Next contact: %1, %2</source>
        <translation>Следующий контакт: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="875"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="880"/>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="882"/>
        <source>Created %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="883"/>
        <source>Updated %1</source>
        <translation>Изменен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="14"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="24"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="30"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="42"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="57"/>
        <source>Name as registered</source>
        <translation>Наименование по документам</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="76"/>
        <source>Legal form:</source>
        <translation>Правовая форма:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="91"/>
        <source>Kft., Zrt., Bt., s.r.o. …</source>
        <translation>ООО, АО, ИП …</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="110"/>
        <source>Tax number:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="125"/>
        <source>12345678-1-23</source>
        <translation>7707083893</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="144"/>
        <source>Registration no.:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="159"/>
        <source>01-09-123456</source>
        <translation>1027700132195</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="181"/>
        <source>Phone and web</source>
        <translation>Телефон и сайт</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="193"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="208"/>
        <source>+36 1 234 5678</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="227"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="242"/>
        <source>info@example.hu</source>
        <translation>info@example.ru</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="261"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="276"/>
        <source>www.example.hu</source>
        <translation>www.example.ru</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="298"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="310"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="340"/>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="377"/>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="407"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="442"/>
        <source>Key account</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="464"/>
        <source>Needs and prospects</source>
        <translation>Потребности и перспективы</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="476"/>
        <source>Needs:</source>
        <translation>Потребности:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="494"/>
        <source>What the client needs from us</source>
        <translation>Что клиенту нужно от нас</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="513"/>
        <source>Prospects:</source>
        <translation>Перспективы:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="531"/>
        <source>Where the business with the client can grow</source>
        <translation>Где можно расширить работу с клиентом</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="567"/>
        <source>&amp;Addresses</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="573"/>
        <source>Delivery address same as legal address</source>
        <translation>Адрес доставки совпадает с юридическим</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="580"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="592"/>
        <location filename="../../ui/client_card.ui" line="751"/>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="629"/>
        <location filename="../../ui/client_card.ui" line="788"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="659"/>
        <location filename="../../ui/client_card.ui" line="818"/>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="674"/>
        <location filename="../../ui/client_card.ui" line="833"/>
        <source>Street, number, floor</source>
        <translation>Улица, дом, офис</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="693"/>
        <location filename="../../ui/client_card.ui" line="852"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="708"/>
        <location filename="../../ui/client_card.ui" line="867"/>
        <source>HU</source>
        <translation>RU</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="739"/>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="912"/>
        <source>C&amp;redit and reliability</source>
        <translation>&amp;Кредит и надежность</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="918"/>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="930"/>
        <source>Credit limit:</source>
        <translation>Кредитный лимит:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="997"/>
        <source>Payment terms:</source>
        <translation>Отсрочка платежа:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1012"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1049"/>
        <source>Reliability</source>
        <translation>Надежность</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1061"/>
        <source>Rating:</source>
        <translation>Рейтинг:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1098"/>
        <source>Checked on:</source>
        <translation>Дата проверки:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1115"/>
        <location filename="../../ui/client_card.ui" line="1118"/>
        <source>Reliability was checked</source>
        <translation>Надежность проверена</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1159"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1177"/>
        <source>How the check was done, what was found</source>
        <translation>Как проводилась проверка и что выяснилось</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1219"/>
        <source>C&amp;ontacts</source>
        <translation>Ко&amp;нтакты</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1258"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1268"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1278"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1288"/>
        <source>Set primary</source>
        <translation>Сделать основным</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1316"/>
        <source>No&amp;tes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1325"/>
        <source>Anything worth remembering about the client</source>
        <translation>Все, что стоит помнить о клиенте</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1378"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/client_card.ui" line="1388"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/audit/client_tab.py" line="35"/>
        <source>Histor&amp;y</source>
        <translation>Истори&amp;я</translation>
    </message>
</context>
<context>
    <name>ClientChooser</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="273"/>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="276"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Введите название или ИНН клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="284"/>
        <source>The contract is for the &amp;client:</source>
        <translation>Договор с &amp;клиентом:</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="24"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="25"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="35"/>
        <source>Exporting clients…</source>
        <translation>Экспорт клиентов…</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="28"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="39"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported.</source>
        <translation>Строк в файле %2: %1. Проверьте, в какое поле попадает каждый столбец; столбцы со значением «Не импортировать» не загружаются.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="48"/>
        <source>C&amp;reate these managers</source>
        <translation>&amp;Создать этих менеджеров</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="49"/>
        <source>Import their clients &amp;without a manager</source>
        <translation>Импортировать их клиентов &amp;без менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="60"/>
        <source>Unknown managers: %1</source>
        <translation>Неизвестные менеджеры: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="93"/>
        <source>Importing clients…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="72"/>
        <source>Choose whether to create the unknown managers or to import their clients without a manager.</source>
        <translation>Выберите: создать неизвестных менеджеров или импортировать их клиентов без менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="30"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Импортировать корректные строки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="78"/>
        <source>%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist already (same tax number, or same name where no tax number is given) and will not be imported.</source>
        <translation>Можно импортировать строк: %1 (всего %2). Строк с ошибками: %3. Строк с уже существующими клиентами (тот же ИНН или, если ИНН не указан, то же название): %4, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="83"/>
        <source>New managers: %1.</source>
        <translation>Новые менеджеры: %1.</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="74"/>
        <source>Search name, tax number, city, contact… (Ctrl+F)</source>
        <translation>Поиск: название, ИНН, город, контакт… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="79"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="85"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="86"/>
        <source>Key accounts</source>
        <translation>Ключевые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="87"/>
        <source>Other clients</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="88"/>
        <source>Archived</source>
        <translation>Архивные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="89"/>
        <source>Show archived clients instead of the working list</source>
        <translation>Показать архивных клиентов вместо рабочего списка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="98"/>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="99"/>
        <source>Create a client (Ctrl+N)</source>
        <translation>Создать клиента (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="107"/>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="108"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="137"/>
        <source>&amp;Archive client</source>
        <translation>&amp;Архивировать клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="139"/>
        <source>&amp;Restore client</source>
        <translation>&amp;Восстановить клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="141"/>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Удалить клиента навсегда…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="29"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/client_actions.py" line="43"/>
        <source>Mail &amp;merge…</source>
        <translation>&amp;Рассылка писем…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="143"/>
        <source>Export contacts as &amp;vCard…</source>
        <translation>&amp;Экспорт контактов в vCard…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>Exported %n contact(s)</source>
        <translation>
            <numerusform>Экспортирован %n контакт</numerusform>
            <numerusform>Экспортировано %n контакта</numerusform>
            <numerusform>Экспортировано %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="229"/>
        <source>1 archived client</source>
        <translation>1 архивный клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="229"/>
        <source>%1 archived clients</source>
        <translation>Архивных клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="231"/>
        <source>1 client</source>
        <translation>1 клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="231"/>
        <source>%1 clients</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="237"/>
        <source>Counting the clients…</source>
        <translation>Подсчёт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="251"/>
        <source>No client matches “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="252"/>
        <source>No client matches these filters.</source>
        <translation>Нет клиентов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="254"/>
        <source>No archived clients: archiving keeps a client out of the working list without deleting it.</source>
        <translation>Архивных клиентов нет: архивирование убирает клиента из рабочего списка, не удаляя его.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="262"/>
        <source>No clients yet. Press %1 to add one or %2 to import a list from a spreadsheet.</source>
        <translation>Клиентов пока нет. Нажмите %1, чтобы добавить клиента, или %2, чтобы импортировать список из таблицы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="263"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="263"/>
        <source>Import clients…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="266"/>
        <source>No clients yet. Press %1 to add one, %2 to import a list from a spreadsheet, or look around with demo data.</source>
        <translation>Клиентов пока нет. Нажмите %1, чтобы добавить клиента, %2, чтобы импортировать список из таблицы, или осмотритесь на демоданных.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="268"/>
        <source>Fill with demo data</source>
        <translation>Заполнить демоданными</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="328"/>
        <source>Archive client</source>
        <translation>Архивирование клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="329"/>
        <source>Archive “%1”? It leaves the working list; tick “Archived” to see it and restore it.</source>
        <translation>Архивировать «%1»? Клиент исчезнет из рабочего списка; чтобы увидеть и восстановить его, отметьте «Архивные».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="342"/>
        <source>Delete client for good</source>
        <translation>Удаление клиента навсегда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="343"/>
        <source>Delete “%1” and its contacts for good? This cannot be undone.</source>
        <translation>Удалить «%1» вместе с контактами навсегда? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Key account</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="60"/>
        <source>Last contact</source>
        <translation>Посл. связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="61"/>
        <source>Next contact</source>
        <translation>След. связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="133"/>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочен)</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="130"/>
        <source>Search client…</source>
        <translation>Поиск по клиенту…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="132"/>
        <source>1 client with overdue debt</source>
        <translation>1 клиент с просроченной задолженностью</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="133"/>
        <source>%1 clients with overdue debt</source>
        <translation>Клиентов с просроченной задолженностью: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="134"/>
        <source>No client with overdue debt matches “%1”.</source>
        <translation>По запросу «%1» клиентов с просроченной задолженностью не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="135"/>
        <source>No client with overdue debt matches these filters.</source>
        <translation>Нет клиентов с просроченной задолженностью, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="138"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="177"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="139"/>
        <source>Step &amp;due now only</source>
        <translation>Только &amp;требующие действий</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="142"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="143"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="284"/>
        <source>&amp;Plan a call…</source>
        <translation>&amp;Запланировать звонок…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="144"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="146"/>
        <source>E-mail the letter of the step chosen under Steps taken (the latest unless another is chosen)</source>
        <translation>Отправить по эл. почте письмо этапа, выбранного в списке «Выполненные этапы» (последнего, если не выбран другой)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="156"/>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="157"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="158"/>
        <source>Steps taken</source>
        <translation>Выполненные этапы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Taken on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="160"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="161"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="226"/>
        <source>Save the letter as</source>
        <translation>Сохранить письмо как</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="228"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="258"/>
        <source>No client owes anything past due. Overdue debt appears here once invoices and payments are imported from the accounting system.</source>
        <translation>Просроченной задолженности нет. Она появится здесь после импорта счетов и оплат из учетной системы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="267"/>
        <source>%1 planned with %2; the step is recorded.</source>
        <translation>%1 для клиента %2 запланировано; этап записан.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="273"/>
        <source>The letter to %1 is saved as %2 and %3; the step is recorded.</source>
        <translation>Письмо клиенту %1 сохранено как %2 и %3; этап записан.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="283"/>
        <source>&amp;Plan a visit…</source>
        <translation>&amp;Запланировать визит…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="286"/>
        <source>Choose a client to see its overdue invoices and the steps taken.</source>
        <translation>Выберите клиента, чтобы увидеть его просроченные счета и выполненные этапы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/collection_page.py" line="290"/>
        <source>%1: overdue invoices</source>
        <translation>%1: просроченные счета</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="84"/>
        <source>VAT rate must be a number such as 27.</source>
        <translation>Ставка НДС должна быть числом, например 27.</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="11"/>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="15"/>
        <source>&amp;Country code:</source>
        <translation>&amp;Код страны:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="17"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Индекс:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="19"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="21"/>
        <source>&amp;Street:</source>
        <translation>&amp;Улица, дом:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="23"/>
        <source>&amp;Tax number:</source>
        <translation>ИН&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="24"/>
        <source>12345678-1-23</source>
        <translation>7707083893</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="25"/>
        <source>&amp;Registration number:</source>
        <translation>&amp;ОГРН:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="26"/>
        <source>01-09-123456</source>
        <translation>1027700132195</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="27"/>
        <source>&amp;Bank account:</source>
        <translation>&amp;Банковский счет:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="29"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="31"/>
        <source>Default &amp;VAT rate (%):</source>
        <translation>Ставка НД&amp;С по умолчанию (%):</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="370"/>
        <source>Logo on documents</source>
        <translation>Логотип в документах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="371"/>
        <location filename="../../kamdesk/gui/company.py" line="791"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="378"/>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="392"/>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <location filename="../../kamdesk/gui/company.py" line="611"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="402"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="216"/>
        <source>The manager&apos;s changes are not saved. Save them?</source>
        <translation>Изменения менеджера не сохранены. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="258"/>
        <source>Save compan&amp;y</source>
        <translation>Со&amp;хранить компанию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="343"/>
        <source>The Company page has unsaved changes. Save them?</source>
        <translation>На странице «Компания» есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="376"/>
        <source>Choose l&amp;ogo…</source>
        <translation>Выбрать лого&amp;тип…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="404"/>
        <source>Ne&amp;w manager</source>
        <translation>Нов&amp;ый менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="407"/>
        <source>Save &amp;manager</source>
        <translation>Сохранить &amp;менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="421"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="428"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="434"/>
        <source>Save calendar settings</source>
        <translation>Сохранить настройки календаря</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="442"/>
        <source>Working hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="443"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="461"/>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="465"/>
        <source> days before the end</source>
        <translation> дн. до окончания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="466"/>
        <source>Contracts ending within this many days are listed for renewal and suggested in the weekly planner</source>
        <translation>Договоры, истекающие в течение этого числа дней, попадают в список на продление и предлагаются в плане на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="471"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="472"/>
        <source>A larger file (e.g. a scan) is refused when it is attached: every PC that opens the contract fetches its files</source>
        <translation>Файл большего размера (например, скан) не будет прикреплен: каждый компьютер, открывающий договор, загружает его файлы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="475"/>
        <source>Save contract settings</source>
        <translation>Сохранить настройки договоров</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="478"/>
        <source>Renewal reminder:</source>
        <translation>Напоминание о продлении:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="479"/>
        <source>Largest attached file:</source>
        <translation>Наибольший размер вложения:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="497"/>
        <source>Credit control</source>
        <translation>Кредитный контроль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="501"/>
        <source> days past due</source>
        <translation> дн. просрочки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="502"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="503"/>
        <source>A client whose debt is overdue longer than this gets no new order without the head&apos;s override, as over its credit limit</source>
        <translation>Клиенту, чья задолженность просрочена дольше этого срока, новый заказ подтверждается только по решению руководителя, как при превышении кредитного лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="505"/>
        <source>Save credit settings</source>
        <translation>Сохранить настройки кредитного контроля</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="508"/>
        <source>Overdue debt blocks orders after:</source>
        <translation>Просрочка блокирует заказы после:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="525"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="528"/>
        <source>The computer&apos;s language</source>
        <translation>Язык компьютера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="531"/>
        <source>Menus, numbers and dates follow it from the next start.</source>
        <translation>Меню, числа и даты перейдут на него при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="534"/>
        <source>Save language</source>
        <translation>Сохранить язык</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="537"/>
        <source>Lan&amp;guage:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="548"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="551"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="553"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="555"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="576"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="579"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> backups</source>
        <translation> копий</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="582"/>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="583"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="583"/>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="589"/>
        <source>Save backup settings</source>
        <translation>Сохранить настройки копирования</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="597"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="597"/>
        <source>Keep the last:</source>
        <translation>Хранить последние:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="598"/>
        <source>Then one a day for:</source>
        <translation>Затем по одной в день в течение:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="599"/>
        <source>Then one a week for:</source>
        <translation>Затем по одной в неделю в течение:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="600"/>
        <source>Then one a month for:</source>
        <translation>Затем по одной в месяц в течение:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="601"/>
        <source>While working, every:</source>
        <translation>Во время работы каждые:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="612"/>
        <source>The account your documents are sent from: sender, servers, password.</source>
        <translation>Учетная запись, с которой отправляются ваши документы: отправитель, серверы, пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="615"/>
        <source>E-mail account…</source>
        <translation>Учетная запись эл. почты…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="632"/>
        <source>Collection</source>
        <translation>Взыскание задолженности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="635"/>
        <source>Reminder:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="635"/>
        <source>First notice:</source>
        <translation>Первое уведомление:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="636"/>
        <source>Second notice:</source>
        <translation>Второе уведомление:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="636"/>
        <source>Final notice:</source>
        <translation>Последнее предупреждение:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="638"/>
        <source>Each step starts when a client&apos;s oldest overdue invoice is this many days past due:</source>
        <translation>Каждый этап начинается, когда самый старый просроченный счет клиента просрочен на указанное число дней:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="651"/>
        <source>Save collection settings</source>
        <translation>Сохранить настройки взыскания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="683"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="764"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="764"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="765"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="810"/>
        <source>Choose logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="810"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="896"/>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="896"/>
        <location filename="../../kamdesk/gui/company.py" line="906"/>
        <source>Segment name:</source>
        <translation>Название сегмента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="906"/>
        <source>Rename segment</source>
        <translation>Переименование сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="922"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Удалить сегмент «%1»? Клиентов в нем: %2; они останутся без сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="923"/>
        <source>Delete segment</source>
        <translation>Удаление сегмента</translation>
    </message>
</context>
<context>
    <name>CompetitorActionBox</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="21"/>
        <source>Competitor action</source>
        <translation>Действие конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="37"/>
        <source>What the competitor does: a promotion, a new product…</source>
        <translation>Что делает конкурент: акция, новый товар…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="38"/>
        <source>Competitor:</source>
        <translation>Конкурент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="39"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/action_box.py" line="40"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="331"/>
        <source>New competitor</source>
        <translation>Новый конкурент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="331"/>
        <source>Edit competitor</source>
        <translation>Изменение конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="348"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="349"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>CompetitorLabels</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="16"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="17"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/labels.py" line="18"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>CompetitorPriceImport</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="89"/>
        <source>Import competitor prices</source>
        <translation>Импорт цен конкурентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="90"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="104"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
</context>
<context>
    <name>CompetitorsPage</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="94"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Observed</source>
        <translation>Замечено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="100"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="102"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="103"/>
        <source>Prices vs &amp;ours</source>
        <translation>Цены и &amp;наши</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="105"/>
        <source>O&amp;bserved prices</source>
        <translation>&amp;Замеченные цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="107"/>
        <source>Ac&amp;tions</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="119"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="122"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="132"/>
        <source>&amp;New competitor…</source>
        <translation>Новый &amp;конкурент…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="134"/>
        <source>Record &amp;action…</source>
        <translation>Записать д&amp;ействие…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="211"/>
        <source>How far %1&apos;s price is from our default column&apos;s, in percent</source>
        <translation>Отклонение цены конкурента %1 от нашей колонки по умолчанию, в процентах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="218"/>
        <source>%1 on %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="287"/>
        <source>Delete the competitor “%1”?</source>
        <translation>Удалить конкурента «%1»?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="288"/>
        <source>Delete competitor</source>
        <translation>Удаление конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="296"/>
        <source>Delete the price %1 of %2 that %3 asked on %4?</source>
        <translation>Удалить цену %1 на «%2», замеченную у конкурента %3 %4?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="299"/>
        <source>Delete observed price</source>
        <translation>Удаление замеченной цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="307"/>
        <source>Delete what %1 did on %2: “%3”?</source>
        <translation>Удалить действие конкурента %1 от %2: «%3»?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="309"/>
        <source>Delete competitor action</source>
        <translation>Удаление действия конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="133"/>
        <source>Record &amp;price…</source>
        <translation>Записать &amp;цену…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="193"/>
        <source>Product or category</source>
        <translation>Товар или категория</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="97"/>
        <source>Their price</source>
        <translation>Их цена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="98"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="135"/>
        <source>&amp;Import prices…</source>
        <translation>И&amp;мпорт цен…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="149"/>
        <source>&amp;Competitor:</source>
        <translation>К&amp;онкурент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="150"/>
        <source>Categor&amp;y:</source>
        <translation>К&amp;атегория:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="180"/>
        <source>All competitors</source>
        <translation>Все конкуренты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="182"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/competitors_page.py" line="195"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="33"/>
        <source>Estimated share</source>
        <translation>Оценочная доля</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Observed</source>
        <translation>Замечено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="35"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="36"/>
        <source>Set share o&amp;f purchases…</source>
        <translation>Указать до&amp;лю закупок…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="39"/>
        <source>Recor&amp;d competitor action…</source>
        <translation>Записать действ&amp;ие конкурента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="42"/>
        <source>Remove share…</source>
        <translation>Удалить долю…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="45"/>
        <source>Edit action…</source>
        <translation>Изменить действие…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="48"/>
        <source>Delete action…</source>
        <translation>Удалить действие…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="59"/>
        <source>Who supplies this client</source>
        <translation>Кто поставляет этому клиенту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="61"/>
        <source>Competitors&apos; actions seen here</source>
        <translation>Действия конкурентов, замеченные здесь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="70"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="95"/>
        <source>Remove %1&apos;s share of %2?</source>
        <translation>Удалить долю конкурента %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="97"/>
        <source>Remove share</source>
        <translation>Удаление доли</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="118"/>
        <source>Delete what %1 did on %2: “%3”?</source>
        <translation>Удалить действие конкурента %1 от %2: «%3»?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="120"/>
        <source>Delete competitor action</source>
        <translation>Удаление действия конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/client_tab.py" line="131"/>
        <source>All purchases</source>
        <translation>Все закупки</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="138"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Введите название или ИНН клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="140"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="143"/>
        <source>&amp;Order line:</source>
        <translation>&amp;Позиция заказа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="145"/>
        <source>Type a product&apos;s SKU or name…</source>
        <translation>Введите артикул или название товара…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="148"/>
        <source>&amp;Product:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="152"/>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="154"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Дата получения:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="156"/>
        <source>&amp;Deadline:</source>
        <translation>С&amp;рок рассмотрения:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="160"/>
        <source>Respo&amp;nsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="163"/>
        <source>What the client complains about, in their words</source>
        <translation>Суть рекламации словами клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="164"/>
        <source>D&amp;escription:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="172"/>
        <source>What was done, or why the complaint is rejected</source>
        <translation>Что сделано или почему рекламация отклонена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="173"/>
        <source>Resol&amp;ution or reason for rejection:</source>
        <translation>Ре&amp;шение или причина отклонения:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="175"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="177"/>
        <source>Co&amp;mpensation:</source>
        <translation>Ко&amp;мпенсация:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="206"/>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="207"/>
        <source>New complaint</source>
        <translation>Новая рекламация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="225"/>
        <source>Complaint %1</source>
        <translation>Рекламация %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="282"/>
        <source>Deadline passed %1 days ago</source>
        <translation>Срок истек %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="284"/>
        <source>Due today</source>
        <translation>Срок истекает сегодня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="286"/>
        <source>Due in %1 days</source>
        <translation>До срока %1 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="293"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="297"/>
        <source>Recorded %1</source>
        <translation>Зарегистрирована %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="308"/>
        <source>No order line</source>
        <translation>Без позиции заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaint_dialog.py" line="371"/>
        <source>Save the changes to this complaint?</source>
        <translation>Сохранить изменения в рекламации?</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="23"/>
        <source>Shortage</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="24"/>
        <source>Defect</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="25"/>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="26"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/labels.py" line="27"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="51"/>
        <source>Received</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="52"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="53"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="96"/>
        <source>Search client or complaint number…</source>
        <translation>Поиск по клиенту или номеру рекламации…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="98"/>
        <source>1 complaint</source>
        <translation>1 рекламация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="98"/>
        <source>%1 complaints</source>
        <translation>Рекламаций: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="107"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="120"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="122"/>
        <source>All types</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="124"/>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="133"/>
        <source>Everyone&apos;s</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="125"/>
        <source>O&amp;pen only</source>
        <translation>Только не&amp;закрытые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="127"/>
        <source>Past &amp;deadline</source>
        <translation>&amp;Просроченные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="129"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Новая рекламация…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="130"/>
        <source>Record a client&apos;s complaint or claim (Ctrl+N)</source>
        <translation>Зарегистрировать рекламацию или претензию клиента (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="182"/>
        <source>No complaint matches “%1”.</source>
        <translation>По запросу «%1» рекламаций не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="183"/>
        <source>No complaint matches these filters.</source>
        <translation>Нет рекламаций, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="187"/>
        <source>No open complaint is waiting here.</source>
        <translation>Незакрытых рекламаций нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="188"/>
        <source>No complaints recorded. Press %1 to record one, or open a client and choose New complaint… on its Complaints tab.</source>
        <translation>Рекламаций пока нет. Нажмите %1, чтобы зарегистрировать рекламацию, или откройте клиента и на вкладке «Рекламации» нажмите «Новая рекламация…».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/complaints_page.py" line="191"/>
        <source>New complaint…</source>
        <translation>Новая рекламация…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Received</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="51"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="52"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="60"/>
        <source>Ne&amp;w complaint…</source>
        <translation>Новая рек&amp;ламация…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="63"/>
        <source>Open complaint</source>
        <translation>Открыть рекламацию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="76"/>
        <source>Co&amp;mplaints</source>
        <translation>&amp;Рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="92"/>
        <source>No complaints from this client: New complaint…, beside, records one.</source>
        <translation>От этого клиента рекламаций нет: кнопка «Новая рекламация…» рядом зарегистрирует ее.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/client_tab.py" line="117"/>
        <source>Co&amp;mplaints (%1 open)</source>
        <translation>&amp;Рекламации (открыто: %1)</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="94"/>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="169"/>
        <location filename="../../ui/complete_dialog.ui" line="14"/>
        <source>Complete activity</source>
        <translation>Завершение активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="170"/>
        <source>This activity is planned for %1. Record it as done now?</source>
        <translation>Эта активность запланирована на будущее (%1). Отметить ее завершенной уже сейчас?</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="38"/>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="55"/>
        <source>&amp;Reached</source>
        <translation>&amp;Состоялось</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="62"/>
        <source>&amp;Not reached</source>
        <translation>&amp;Не состоялось</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="69"/>
        <source>&amp;Moved</source>
        <translation>&amp;Перенесено</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="103"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итоги:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="118"/>
        <source>What was agreed, what the client said…</source>
        <translation>О чем договорились, что сказал клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="142"/>
        <source>Plan the ne&amp;xt step</source>
        <translation>Запланировать следующий &amp;шаг</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="160"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="173"/>
        <source>&amp;When:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="207"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="214"/>
        <source>A&amp;ll day</source>
        <translation>Весь &amp;день</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="236"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location filename="../../ui/complete_dialog.ui" line="246"/>
        <source>What is the next step?</source>
        <translation>Каков следующий шаг?</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="52"/>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="54"/>
        <source>Show &amp;resolved</source>
        <translation>Показать &amp;решённые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="68"/>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="71"/>
        <source>&amp;Use the other value</source>
        <translation>&amp;Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="84"/>
        <source>This laptop</source>
        <translation>Этот ноутбук</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>The office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="85"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="129"/>
        <source>No conflicts: everything this laptop and the office changed went together.</source>
        <translation>Конфликтов нет: все изменения ноутбука и офиса совместились.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="130"/>
        <source>No conflicts so far.</source>
        <translation>Пока конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="148"/>
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="148"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="149"/>
        <source>Refused by the office</source>
        <translation>Отклонено офисом</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="150"/>
        <source>Changed on the laptop, deleted in the office</source>
        <translation>Изменено на ноутбуке, удалено в офисе</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="151"/>
        <source>Deleted on the laptop, changed in the office</source>
        <translation>Удалено на ноутбуке, изменено в офисе</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="152"/>
        <source>Back to draft for approval</source>
        <translation>Возвращено в черновик на согласование</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="158"/>
        <source>Resolved.</source>
        <translation>Решено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="160"/>
        <source>The office&apos;s value was kept; yours is a proposal.</source>
        <translation>Оставлено значение офиса; ваше — предложение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="162"/>
        <source>Your later change was written. Use the other value to write the office&apos;s instead.</source>
        <translation>Записано ваше более позднее изменение. «Взять другое значение» запишет значение офиса.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="164"/>
        <source>The record was kept. Use the other value to delete it after all.</source>
        <translation>Запись сохранена. «Взять другое значение» всё же удалит её.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/conflicts.py" line="165"/>
        <source>There is no other value to use: Keep as it is marks it as seen.</source>
        <translation>Другого значения нет: «Оставить как есть» отметит как просмотренное.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="117"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="125"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="14"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="28"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="43"/>
        <source>Family and given name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="62"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="77"/>
        <source>Purchasing manager</source>
        <translation>Менеджер по закупкам</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="96"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="111"/>
        <source>+36 30 123 4567</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="130"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="145"/>
        <source>name@example.hu</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="164"/>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="181"/>
        <location filename="../../ui/contact_dialog.ui" line="184"/>
        <source>Birthday is known</source>
        <translation>День рождения известен</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="230"/>
        <source>Decision maker</source>
        <translation>Принимает решения</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="254"/>
        <source>Primary contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="273"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>ContactsVcard</name>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="22"/>
        <source>Export contacts as vCard</source>
        <translation>Экспорт контактов в vCard</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="24"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/contacts_vcard.py" line="35"/>
        <source>Exporting contacts…</source>
        <translation>Экспорт контактов…</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="447"/>
        <source>Data missing</source>
        <translation>Не хватает данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="448"/>
        <source>The documents cannot be generated until this is filled in:</source>
        <translation>Документы нельзя сформировать, пока не заполнено:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="452"/>
        <source>Writing the contract&apos;s PDF and DOCX…</source>
        <translation>Формирование PDF и DOCX договора…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="525"/>
        <source>Attach a file to the contract</source>
        <translation>Прикрепить файл к договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="526"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.doc);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.doc);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="532"/>
        <source>Attaching the file…</source>
        <translation>Прикрепление файла…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="622"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1038"/>
        <source>the template&apos;s title</source>
        <translation>название из шаблона</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="636"/>
        <source>The contract ends on a date (unchecked: open-ended)</source>
        <translation>Договор заканчивается в определенную дату (без отметки — бессрочный)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="638"/>
        <source>open-ended</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="642"/>
        <source>Renews itself unless notice is given</source>
        <translation>Продлевается автоматически, если не направлено уведомление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="645"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="648"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="656"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="651"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="661"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1038"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1040"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="658"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1039"/>
        <source>e.g. by bank transfer</source>
        <translation>например, банковским переводом</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="670"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="674"/>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="678"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="680"/>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Подписант:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="681"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="682"/>
        <source>Dates and renewal</source>
        <translation>Сроки и продление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="684"/>
        <source>&amp;Starts:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="690"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="691"/>
        <source>Signed:</source>
        <translation>Подписан:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="695"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="697"/>
        <source>&amp;Amount / limit:</source>
        <translation>&amp;Сумма / лимит:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="701"/>
        <source>Dis&amp;count:</source>
        <translation>С&amp;кидка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="703"/>
        <source>&amp;Notes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="743"/>
        <source>Pre&amp;view</source>
        <translation>П&amp;росмотр</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="763"/>
        <source>Done or not done (Space)</source>
        <translation>Выполнено или нет (Пробел)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="765"/>
        <source>Delete the obligation (Del)</source>
        <translation>Удалить обязательство (Del)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="774"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1285"/>
        <source>O&amp;bligations</source>
        <translation>Обя&amp;зательства</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="780"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="789"/>
        <source>&amp;Open</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="790"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="791"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="794"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1365"/>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="800"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="801"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="801"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="806"/>
        <source>Renewals and amendments in order; double-click or Enter opens one.</source>
        <translation>Продления и дополнительные соглашения по порядку; двойной щелчок или Enter открывает документ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="811"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="824"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="824"/>
        <source>Save the draft (%1)</source>
        <translation>Сохранить черновик (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="828"/>
        <source>Save, then write the PDF and the DOCX (Ctrl+G)</source>
        <translation>Сохранить и сформировать PDF и DOCX (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="829"/>
        <source>Send for signat&amp;ure</source>
        <translation>Отпра&amp;вить на подпись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="830"/>
        <source>The text is final from now on (withdraw it to change it)</source>
        <translation>Текст становится окончательным (чтобы изменить его, отзовите договор)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="831"/>
        <source>&amp;Withdraw</source>
        <translation>Отоз&amp;вать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="832"/>
        <source>Back to draft, e.g. to change what the client&apos;s lawyers asked for</source>
        <translation>Вернуть в черновик, например чтобы внести правки по просьбе юристов клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="833"/>
        <source>S&amp;ign…</source>
        <translation>По&amp;дписать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="833"/>
        <source>Both parties signed: the contract is active</source>
        <translation>Обе стороны подписали: договор вступает в силу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="835"/>
        <source>Terminate…</source>
        <translation>Расторгнуть…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="836"/>
        <source>End the contract early, with the reason</source>
        <translation>Досрочно расторгнуть договор с указанием причины</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="838"/>
        <source>The next contract, prefilled from this one</source>
        <translation>Следующий договор, заполненный по данным этого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="839"/>
        <source>Amen&amp;d</source>
        <translation>Доп. со&amp;глашение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="840"/>
        <source>An amendment linked to this contract</source>
        <translation>Дополнительное соглашение к этому договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="841"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="841"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="843"/>
        <source>Send the contract by e-mail with its PDF (and DOCX until signed)</source>
        <translation>Отправить договор по эл. почте с PDF (и DOCX, пока он не подписан)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="906"/>
        <source>Choose a template…</source>
        <translation>Выберите шаблон…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="920"/>
        <source>Template #%1</source>
        <translation>Шаблон №%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="927"/>
        <source>(nobody named)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="993"/>
        <source>not signed yet</source>
        <translation>еще не подписан</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1011"/>
        <source>(given on the first save)</source>
        <translation>(присваивается при первом сохранении)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1013"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1015"/>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1015"/>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1020"/>
        <source>Terminated on %1: %2</source>
        <translation>Расторгнут %1: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1157"/>
        <source>Choose a template to see the contract here.</source>
        <translation>Выберите шаблон, чтобы увидеть здесь текст договора.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1179"/>
        <source>Correct the fields marked in red to see the contract again.</source>
        <translation>Исправьте поля, отмеченные красным, чтобы снова увидеть договор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1383"/>
        <source>Fetching the file…</source>
        <translation>Загрузка файла…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1393"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1399"/>
        <source>Saving the file…</source>
        <translation>Сохранение файла…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1407"/>
        <source>Remove %1 from the contract? Its copy in the database is deleted.</source>
        <translation>Удалить %1 из договора? Его копия в базе данных будет удалена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1497"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1449"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1265"/>
        <source>Save the changes to the contract?</source>
        <translation>Сохранить изменения в договоре?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="675"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="676"/>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="677"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="679"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="693"/>
        <source>Renewal period:</source>
        <translation>Срок продления:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="694"/>
        <source>Notice:</source>
        <translation>Срок уведомления:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="698"/>
        <source>Payment within:</source>
        <translation>Отсрочка платежа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="699"/>
        <source>Payment terms:</source>
        <translation>Условия оплаты:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="700"/>
        <source>Delivery terms:</source>
        <translation>Условия поставки:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="702"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="758"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="759"/>
        <source>Add an obligation (Ins)</source>
        <translation>Добавить обязательство (Ins)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="760"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="761"/>
        <source>Edit the obligation (Enter)</source>
        <translation>Изменить обязательство (Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="762"/>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1076"/>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="764"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="786"/>
        <source>Attach scan…</source>
        <translation>Прикрепить скан…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="787"/>
        <source>Keep a copy of a file (e.g. the scan of the signed copy) with the contract, in the database: every PC of the team can open it</source>
        <translation>Хранить копию файла (например, скан подписанного экземпляра) вместе с договором в базе данных: её откроет любой компьютер команды</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="827"/>
        <source>Generate PDF + DOCX</source>
        <translation>Сформировать PDF + DOCX</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="837"/>
        <source>Rene&amp;w</source>
        <translation>Прод&amp;лить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1075"/>
        <source>Mark not done</source>
        <translation>Снять отметку выполнения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1280"/>
        <source>1 obligation is overdue</source>
        <translation>Просрочено 1 обязательство</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1280"/>
        <source>%1 obligations are overdue</source>
        <translation>Просроченных обязательств: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1287"/>
        <source>O&amp;bligations (%1 overdue)</source>
        <translation>Обя&amp;зательства (просрочено: %1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1343"/>
        <source>Delete the obligation “%1” due on %2?</source>
        <translation>Удалить обязательство «%1» со сроком %2?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1345"/>
        <source>Delete obligation</source>
        <translation>Удаление обязательства</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1365"/>
        <source>&amp;Files (%1)</source>
        <translation>&amp;Файлы (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1406"/>
        <source>Remove file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1442"/>
        <source>Updated %1</source>
        <translation>Изменен: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1444"/>
        <source>Documents written %1</source>
        <translation>Документы сформированы: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="1447"/>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
</context>
<context>
    <name>ContractLabels</name>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="20"/>
        <source>Supply contract</source>
        <translation>Договор поставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="21"/>
        <source>Framework agreement</source>
        <translation>Рамочный договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="22"/>
        <source>Service contract</source>
        <translation>Договор оказания услуг</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="23"/>
        <source>Other contract</source>
        <translation>Другой договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="24"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="32"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="28"/>
        <source>Supply</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="29"/>
        <source>Framework</source>
        <translation>Рамочный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="30"/>
        <source>Service</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="36"/>
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="38"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="39"/>
        <source>Account manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="40"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="44"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="45"/>
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="46"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="50"/>
        <source>Delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="51"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="52"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="53"/>
        <source>Price review</source>
        <translation>Пересмотр цен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="31"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="54"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="58"/>
        <source>We</source>
        <translation>Мы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="37"/>
        <location filename="../../kamdesk/gui/contract/labels.py" line="59"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="63"/>
        <source>PDF (generated)</source>
        <translation>PDF (сформирован)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="64"/>
        <source>DOCX (generated)</source>
        <translation>DOCX (сформирован)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="65"/>
        <source>Attached file</source>
        <translation>Прикрепленный файл</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="117"/>
        <source>Renews %1</source>
        <translation>Продление %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/labels.py" line="119"/>
        <source>Amends %1</source>
        <translation>Доп. соглашение к %1</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="140"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Notice by</source>
        <translation>Уведомить до</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Amount / limit</source>
        <translation>Сумма / лимит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="141"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="142"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="367"/>
        <source>Search client or contract number…</source>
        <translation>Поиск по клиенту или номеру договора…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="372"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="374"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="379"/>
        <source>&amp;New contract…</source>
        <translation>&amp;Новый договор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="380"/>
        <source>A new contract for a client (Ctrl+N)</source>
        <translation>Новый договор с клиентом (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="381"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="382"/>
        <source>Edit the contract templates</source>
        <translation>Редактировать шаблоны договоров</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="390"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="391"/>
        <source>Delete the selected draft (Del)</source>
        <translation>Удалить выбранный черновик (Del)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="337"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="392"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="395"/>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="329"/>
        <source>Re&amp;new…</source>
        <translation>&amp;Продлить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="331"/>
        <source>The next contract, prefilled from the selected one</source>
        <translation>Следующий договор, заполненный по данным выбранного</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="333"/>
        <source>Active contracts ending within %1 days or past their notice date, not renewed yet.</source>
        <translation>Действующие договоры, которые истекают в течение %1 дн. или у которых прошел срок уведомления, еще не продленные.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="340"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="439"/>
        <source>Renewals &amp;due</source>
        <translation>&amp;К продлению</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="345"/>
        <source>Mark do&amp;ne</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="348"/>
        <source>Obligations not done by their date, of contracts in force.</source>
        <translation>Обязательства по действующим договорам, не выполненные в срок.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="350"/>
        <source>&amp;Open contract</source>
        <translation>&amp;Открыть договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="353"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="441"/>
        <source>O&amp;verdue obligations</source>
        <translation>Просроченные о&amp;бязательства</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="377"/>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="421"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="369"/>
        <source>1 contract</source>
        <translation>1 договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="369"/>
        <source>%1 contracts</source>
        <translation>Договоров: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="438"/>
        <source>Renewals &amp;due (%1)</source>
        <translation>&amp;К продлению (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="440"/>
        <source>O&amp;verdue obligations (%1)</source>
        <translation>Просроченные о&amp;бязательства (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="453"/>
        <source>No contract matches “%1”.</source>
        <translation>По запросу «%1» договоров не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="454"/>
        <source>No contract matches these filters.</source>
        <translation>Нет договоров, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="457"/>
        <source>No contracts yet. Press %1 to draw one up from a template, or open a client and choose New contract… on its Contracts tab.</source>
        <translation>Договоров пока нет. Нажмите %1, чтобы составить договор по шаблону, или откройте клиента и на вкладке «Договоры» нажмите «Новый договор…».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="466"/>
        <source>No contract needs renewing now.</source>
        <translation>Сейчас нет договоров, которые нужно продлить.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="467"/>
        <source>No obligation is overdue.</source>
        <translation>Просроченных обязательств нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="460"/>
        <source>New contract…</source>
        <translation>Новый договор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="523"/>
        <source>Delete contract</source>
        <translation>Удаление договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="524"/>
        <source>Only a draft can be deleted; %1 is no longer a draft.</source>
        <translation>Удалить можно только черновик; договор %1 уже не черновик.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="527"/>
        <source>Delete draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="528"/>
        <source>Delete the draft contract %1 for %2, with its obligations and files?</source>
        <translation>Удалить черновик договора %1 с клиентом %2 вместе с его обязательствами и файлами?</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1702"/>
        <source>Confirming this order would take the client over its credit limit.</source>
        <translation>Подтверждение этого заказа превысит кредитный лимит клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1708"/>
        <source>The client&apos;s reliability rating is D: its orders need the head of department&apos;s override.</source>
        <translation>Рейтинг надежности клиента — D: его заказы требуют решения руководителя отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1668"/>
        <source>Only the head of department can confirm it anyway, giving a reason.</source>
        <translation>Подтвердить его несмотря на это может только руководитель отдела, указав причину.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1671"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1677"/>
        <source>not rated</source>
        <translation>без рейтинга</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1689"/>
        <source>&amp;Override and confirm</source>
        <translation>&amp;Разрешить и подтвердить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1696"/>
        <location filename="../../ui/credit_dialog.ui" line="14"/>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1704"/>
        <source>The client has debt overdue more than %1 days (the oldest %2 days).</source>
        <translation>У клиента есть задолженность, просроченная более чем на %1 дн. (максимальная просрочка %2 дн.).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1717"/>
        <source>Say why: the override is recorded with your name.</source>
        <translation>Укажите причину: решение сохраняется с вашим именем.</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="35"/>
        <source>Credit limit:</source>
        <translation>Кредитный лимит:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="45"/>
        <source>Open receivables:</source>
        <translation>Дебиторская задолженность:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="55"/>
        <source>Not yet invoiced:</source>
        <translation>Заказы без счета:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="65"/>
        <source>This order:</source>
        <translation>Этот заказ:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="75"/>
        <source>Over by:</source>
        <translation>Превышение:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="85"/>
        <source>Overdue:</source>
        <translation>Просрочено:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="95"/>
        <source>Reliability:</source>
        <translation>Надежность:</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="107"/>
        <source>Head of department&apos;s override</source>
        <translation>Решение руководителя отдела</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="113"/>
        <source>Confirming anyway is recorded with your name and the reason.</source>
        <translation>Подтверждение вопреки ограничению сохраняется с вашим именем и причиной.</translation>
    </message>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="126"/>
        <source>Why is this order confirmed anyway?</source>
        <translation>Почему заказ все же подтверждается?</translation>
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
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="89"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="90"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="91"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="92"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="93"/>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="94"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../kamdesk/gui/lists.py" line="225"/>
        <source>&amp;Clear search and filters</source>
        <translation>О&amp;чистить поиск и фильтры</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="21"/>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="25"/>
        <source>Something went wrong inside kamdesk. Your saved data is safe; what happened was written to %1.</source>
        <translation>Внутри kamdesk произошла ошибка. Сохраненные данные в безопасности; подробности записаны в %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="27"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="156"/>
        <source>Welcome to kamdesk</source>
        <translation>Добро пожаловать в kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="157"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Укажите данные вашей компании и свои. Позже их можно изменить на странице «Компания».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="161"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="163"/>
        <source>E&amp;xplore with demo data</source>
        <translation>Попробовать на &amp;демоданных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="164"/>
        <source>&amp;Get started</source>
        <translation>&amp;Приступить к работе</translation>
    </message>
</context>
<context>
    <name>HeaderRowPicker</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="70"/>
        <source>&amp;Headers in row:</source>
        <translation>&amp;Заголовки в строке:</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="137"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="175"/>
        <source>&amp;Check rows</source>
        <translation>&amp;Проверить строки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="179"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="206"/>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="235"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="259"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="259"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="263"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклоненные строки…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="265"/>
        <source>&amp;Back to columns</source>
        <translation>&amp;Назад к столбцам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="267"/>
        <source>Import &amp;nothing</source>
        <translation>&amp;Отказаться от импорта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="270"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="298"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="299"/>
        <source>Save rejected rows</source>
        <translation>Сохранение отклоненных строк</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="300"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/widgets/import_mapping.py" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="426"/>
        <source>Import plans</source>
        <translation>Импорт планов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="427"/>
        <source>%1 rows can be imported; %2 rows have errors and will not be imported.</source>
        <translation>Можно импортировать строк: %1. Строк с ошибками: %2, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="432"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="432"/>
        <source>Why not</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="441"/>
        <source>Import %1 plans</source>
        <translation>Импортировать планы (%1)</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="60"/>
        <source>New invoice</source>
        <translation>Новый счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="75"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Введите название или ИНН клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>&amp;Number:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="93"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="94"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Дата выставления:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="94"/>
        <source>&amp;Due on:</source>
        <translation>Срок оп&amp;латы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="95"/>
        <source>N&amp;et amount:</source>
        <translation>Сумма &amp;без НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="95"/>
        <source>&amp;VAT:</source>
        <translation>Сумма &amp;НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="96"/>
        <source>&amp;Gross amount:</source>
        <translation>Сумм&amp;а с НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="96"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="97"/>
        <source>&amp;Refers to invoice:</source>
        <translation>Корректируемый сч&amp;ет:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="97"/>
        <source>&amp;Order invoiced:</source>
        <translation>По &amp;заказу:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="98"/>
        <source>No&amp;te:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="112"/>
        <source>Invoice %1</source>
        <translation>Счет %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="113"/>
        <source>Credit note %1</source>
        <translation>Корректировочный счет %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="142"/>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="151"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="176"/>
        <source>%1 (net + VAT)</source>
        <translation>%1 (без НДС + НДС)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="199"/>
        <source>Choose the client from the list that opens as you type.</source>
        <translation>Выберите клиента из списка, который открывается при вводе.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="210"/>
        <source>Delete invoice</source>
        <translation>Удаление счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_dialog.py" line="211"/>
        <source>Delete %1? What it settled, or what settled it, is allocated anew; the accounting system keeps its own copy.</source>
        <translation>Удалить документ %1? Связанные с ним оплаты и корректировки будут разнесены заново; в учетной системе останется своя копия.</translation>
    </message>
</context>
<context>
    <name>InvoiceImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="26"/>
        <source>Import invoices</source>
        <translation>Импорт счетов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="39"/>
        <source>%1 of %2 rows can be imported: %3 new invoices, %4 changed, %5 imported before and unchanged. %6 rows have errors and will not be imported.</source>
        <translation>Можно импортировать строк: %1 (всего %2): новых счетов — %3, измененных — %4, импортированных ранее без изменений — %5. Строк с ошибками: %6, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="51"/>
        <source>Importing invoices…</source>
        <translation>Импорт счетов…</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="49"/>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="50"/>
        <source>Refers to</source>
        <translation>Корректирует</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="51"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="51"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="76"/>
        <source>Search client or invoice number…</source>
        <translation>Поиск по клиенту или номеру счета…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="78"/>
        <source>1 invoice</source>
        <translation>1 счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="78"/>
        <source>%1 invoices</source>
        <translation>Счетов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="79"/>
        <source>No invoice matches “%1”.</source>
        <translation>По запросу «%1» счетов не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="80"/>
        <source>No invoice matches these filters.</source>
        <translation>Нет счетов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="83"/>
        <source>Invoices and credit notes</source>
        <translation>Счета и корректировочные счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="85"/>
        <source>Any time</source>
        <translation>За все время</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="86"/>
        <source>O&amp;pen only</source>
        <translation>Только неоп&amp;лаченные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="89"/>
        <source>&amp;New invoice…</source>
        <translation>&amp;Новый счет…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="92"/>
        <source>&amp;Import invoices…</source>
        <translation>И&amp;мпорт счетов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>Settled on</source>
        <translation>Дата погашения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>By</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="97"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/entry_page.py" line="63"/>
        <source>&amp;Remove allocation</source>
        <translation>&amp;Отменить разнесение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/entry_page.py" line="65"/>
        <source>Take back an allocation made by hand; the rules allocate anew</source>
        <translation>Отменить ручное разнесение; суммы будут разнесены заново по правилам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="135"/>
        <source>No invoices yet. Import the invoice list of the accounting system, or type in what it lacks.</source>
        <translation>Счетов пока нет. Импортируйте список счетов из учетной системы или введите недостающие вручную.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="137"/>
        <source>Import invoices…</source>
        <translation>Импорт счетов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="137"/>
        <source>New invoice…</source>
        <translation>Новый счет…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="151"/>
        <source>Nothing settles %1 yet.</source>
        <translation>Документ %1 пока ничем не погашен.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="153"/>
        <source>What settles %1:</source>
        <translation>Чем погашен документ %1:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="159"/>
        <source>settles %1</source>
        <translation>погашает %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="161"/>
        <source>payment of %1</source>
        <translation>оплата от %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoices_page.py" line="163"/>
        <source>credit note %1</source>
        <translation>корректировочный счет %1</translation>
    </message>
</context>
<context>
    <name>KpiBars</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="52"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="52"/>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="53"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="54"/>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="58"/>
        <source>Double-click a KPI to see its clients</source>
        <translation>Дважды щелкните показатель, чтобы открыть список клиентов</translation>
    </message>
</context>
<context>
    <name>KpiClientList</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="24"/>
        <source>Clients with sales</source>
        <translation>Клиенты с продажами</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="25"/>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="26"/>
        <source>Lapsed clients</source>
        <translation>Ушедшие клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="27"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="28"/>
        <source>Clients about to lapse</source>
        <translation>Клиенты под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="44"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="49"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="49"/>
        <source>Sales in the period</source>
        <translation>Продажи за период</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="50"/>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="50"/>
        <source>Days without a sale</source>
        <translation>Дней без продаж</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="65"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/client_list.py" line="65"/>
        <source>No client in this list.</source>
        <translation>В этом списке нет клиентов.</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="117"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="124"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="128"/>
        <source>About to lapse…</source>
        <translation>Под угрозой ухода…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="130"/>
        <source>Active clients without an order for the company&apos;s lapse days</source>
        <translation>Активные клиенты без заказов в течение заданного компанией числа дней</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="132"/>
        <source>Plan my &amp;week</source>
        <translation>План на &amp;неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="134"/>
        <source>The calendar&apos;s suggestions for this week, clients about to lapse among them</source>
        <translation>Рекомендации календаря на эту неделю, в том числе клиенты под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="137"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="142"/>
        <source>&amp;Plans…</source>
        <translation>Пл&amp;аны…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="144"/>
        <source>The year&apos;s monthly plans: heads set and split them, managers see their own</source>
        <translation>Месячные планы на год: руководители устанавливают и распределяют их, менеджеры видят свои</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="164"/>
        <source>Double-click a figure to see its clients</source>
        <translation>Дважды щелкните число, чтобы открыть список клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="169"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="170"/>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="171"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>About to
lapse</source>
        <translation>Под угрозой
ухода</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="172"/>
        <source>Variable
pay %</source>
        <translation>Премия,
%</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="205"/>
        <source>MMMM yyyy</source>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="207"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="275"/>
        <source>About to lapse (%1)…</source>
        <translation>Под угрозой ухода (%1)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/kpi_page.py" line="312"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
</context>
<context>
    <name>KpiSettingsBox</name>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="38"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="42"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="43"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="49"/>
        <source>Save KPI settings</source>
        <translation>Сохранить настройки KPI</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="78"/>
        <source>Sold states:</source>
        <translation>Продажей считаются:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="81"/>
        <source>Active window:</source>
        <translation>Окно активности:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="82"/>
        <source>About to lapse after:</source>
        <translation>Угроза ухода через:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="83"/>
        <source>Pay scale:</source>
        <translation>Шкала премии:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="84"/>
        <source>Weight of sales:</source>
        <translation>Вес продаж:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="85"/>
        <source>Weight of active clients:</source>
        <translation>Вес активных клиентов:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="86"/>
        <source>Weight of new clients:</source>
        <translation>Вес новых клиентов:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="91"/>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="93"/>
        <source>What each KPI counts, in words</source>
        <translation>Как рассчитывается каждый KPI</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="122"/>
        <source>Sales: the net total of the manager&apos;s orders (the order&apos;s manager) in the sold states, dated in the period, in the company&apos;s currency (an order in another currency is not converted and not added).</source>
        <translation>Продажи: сумма без НДС заказов менеджера (указанного в заказе) в статусах, считающихся продажей, с датой в периоде, в валюте компании (заказ в другой валюте не пересчитывается и не суммируется).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="125"/>
        <source>Active clients: the distinct clients with an order in the sold states (in any currency) dated in the period or the months before it; the window counts the period&apos;s own month (3: the two months before).</source>
        <translation>Активные клиенты: число разных клиентов с заказом в статусах, считающихся продажей (в любой валюте), с датой в периоде или в предшествующие ему месяцы; окно включает месяц самого периода (3 — он и два предыдущих месяца).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="128"/>
        <source>New clients: the clients whose first ever order in the sold states is dated in the period, counted for the manager who took that order.</source>
        <translation>Новые клиенты: клиенты, чей самый первый заказ в статусах, считающихся продажей, датирован периодом; засчитываются менеджеру, принявшему этот заказ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="130"/>
        <source>About to lapse: an active client with no order in the sold states for the days set.</source>
        <translation>Под угрозой ухода: активный клиент, у которого нет заказов в статусах, считающихся продажей, в течение заданного числа дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_kpis.py" line="131"/>
        <source>Pay scale: steps of fulfilment % : pay %; a KPI earns the pay % of the highest step it reaches (below the first, nothing) of its weight. A KPI without a plan weighs nothing.</source>
        <translation>Шкала премии: ступени «выполнение % : премия %»; KPI приносит процент премии наивысшей достигнутой ступени (ниже первой — ничего) от своего веса. KPI без плана не имеет веса.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="55"/>
        <source>Letter to %1</source>
        <translation>Письмо — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="63"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="65"/>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Редактировать шаблоны…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="75"/>
        <source>This template has no fields to type.</source>
        <translation>В этом шаблоне нет полей для ввода.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="81"/>
        <source>Fields typed for this letter:</source>
        <translation>Поля, вводимые для этого письма:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="111"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="112"/>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>Сохранить письмо в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="115"/>
        <source>Send the letter by e-mail, its PDF attached</source>
        <translation>Отправить письмо по эл. почте с вложенным PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="117"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="188"/>
        <source>Save the letter as</source>
        <translation>Сохранить письмо как</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="190"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="211"/>
        <source>The letter&apos;s e-mail is in the client&apos;s history.</source>
        <translation>Отправленное письмо записано в историю клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/letter_dialog.py" line="215"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="18"/>
        <source>Effective from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="19"/>
        <source>Reason (optional):</source>
        <translation>Причина (необязательно):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="20"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/fields_form.py" line="21"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="523"/>
        <source>Totals</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="539"/>
        <source>Net total:</source>
        <translation>Итого без НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="542"/>
        <source>VAT total:</source>
        <translation>Сумма НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="548"/>
        <source>Gross total:</source>
        <translation>Итого с НДС:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="579"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="583"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="946"/>
        <source>Take the &amp;promotion off this line</source>
        <translation>&amp;Снять акцию с этой позиции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="678"/>
        <source>Choose the client first: prices depend on its price column.</source>
        <translation>Сначала выберите клиента: цены зависят от его колонки прайс-листа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="726"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1141"/>
        <source>Prices of the “%1” column, in %2, net of VAT</source>
        <translation>Цены колонки «%1», %2, без НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="749"/>
        <source>VAT %1 on %2:</source>
        <translation>НДС %1 с %2:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="781"/>
        <source>(no contact)</source>
        <translation>(без контактного лица)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="944"/>
        <source>Put the &amp;promotion back on this line</source>
        <translation>&amp;Вернуть акцию на эту позицию</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="169"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>List price</source>
        <translation>По прайсу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="170"/>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="171"/>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="171"/>
        <source>Shipped</source>
        <translation>Отгруж.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="258"/>
        <source>Type SKU or name…</source>
        <translation>Поиск товара…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="283"/>
        <source>Above your limit of %1: needs the head&apos;s approval</source>
        <translation>Выше вашего лимита %1: нужно согласование руководителя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="286"/>
        <source>%1: taken off this line; Space puts it back</source>
        <translation>%1: снята с этой позиции; Пробел возвращает ее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="287"/>
        <source>%1: applied; Space takes it off this line</source>
        <translation>%1: применена; Пробел снимает ее с этой позиции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="316"/>
        <source>%1 + %2 free</source>
        <translation>%1 + %2 бесплатно</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="193"/>
        <source>The server refused the login or password.</source>
        <translation>Сервер отклонил логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="250"/>
        <source>Password not remembered</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="251"/>
        <source>kamdesk could not keep the password in this computer&apos;s keyring (%1). You will be asked for it at the next start.</source>
        <translation>kamdesk не смог сохранить пароль в хранилище ключей этого компьютера (%1). При следующем запуске он будет запрошен снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="276"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="282"/>
        <source>Cannot reach the server</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="283"/>
        <source>kamdesk cannot connect to the database %2 on the server %1.</source>
        <translation>kamdesk не может подключиться к базе данных %2 на сервере %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="286"/>
        <source>Check the network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>Проверьте сетевое подключение или спросите того, кто обслуживает сервер, работает ли он.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="289"/>
        <source>&amp;Retry</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="138"/>
        <source>Log in to the team server</source>
        <translation>Вход на сервер команды</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="144"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Запомнить пароль в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="149"/>
        <source>This computer has no keyring kamdesk can keep a password in.</source>
        <translation>На этом компьютере нет хранилища ключей, в котором kamdesk мог бы хранить пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="157"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="172"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="173"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="174"/>
        <source>L&amp;ogin:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/login.py" line="175"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>MailCompose</name>
    <message>
        <location filename="../../kamdesk/gui/mail/compose.py" line="21"/>
        <source>E-mail…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/compose.py" line="39"/>
        <source>Preparing the e-mail…</source>
        <translation>Подготовка письма…</translation>
    </message>
</context>
<context>
    <name>MailHistory</name>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="36"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="36"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="44"/>
        <source>Saved in the Sent folder</source>
        <translation>Сохранено в папке «Отправленные»</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="45"/>
        <source>Not saved in the Sent folder: %1</source>
        <translation>Не сохранено в папке «Отправленные»: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="61"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="62"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="62"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="70"/>
        <source>&amp;Details…</source>
        <translation>Подро&amp;бнее…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="78"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="98"/>
        <source>No e-mail sent to this client from kamdesk yet: use “E-mail…” (Ctrl+Shift+E) on an offer, a contract, an order or a statement.</source>
        <translation>Из kamdesk этому клиенту еще не отправлялись письма: используйте «Отправить по эл. почте…» (Ctrl+Shift+E) в предложении, договоре, заказе или акте сверки.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="130"/>
        <source>E-mail: %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="135"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="136"/>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="137"/>
        <source>By:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="138"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="139"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="140"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="141"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="142"/>
        <source>Sent folder:</source>
        <translation>Папка «Отправленные»:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/client_tab.py" line="150"/>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
</context>
<context>
    <name>MailOffers</name>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="22"/>
        <source>Mark the offer sent?</source>
        <translation>Отметить предложение как отправленное?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="23"/>
        <source>Offer %1 is open in your mail program. Mark it as sent to the client?</source>
        <translation>Предложение %1 открыто в почтовой программе. Отметить его как отправленное клиенту?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/offers.py" line="26"/>
        <source>Cannot mark the offer sent</source>
        <translation>Не удалось отметить предложение как отправленное</translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="79"/>
        <source>Password not remembered</source>
        <translation>Пароль не сохранен</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_area.py" line="15"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="21"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="36"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="9"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="49"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="25"/>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="99"/>
        <location filename="../../kamdesk/gui/main_window.py" line="218"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="101"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="102"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="104"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="105"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="107"/>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="109"/>
        <source>Change my pass&amp;word…</source>
        <translation>Сменить мой п&amp;ароль…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="115"/>
        <source>&amp;Find client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="116"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/area.py" line="20"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="22"/>
        <source>C&amp;alendar</source>
        <translation>Ка&amp;лендарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="37"/>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="10"/>
        <source>Catalo&amp;gue</source>
        <translation>Ка&amp;талог</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company_area.py" line="16"/>
        <source>Com&amp;pany</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="50"/>
        <source>O&amp;ffers</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="26"/>
        <source>Co&amp;ntracts</source>
        <translation>&amp;Договоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="127"/>
        <source>&amp;About kamdesk</source>
        <translation>&amp;О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/area.py" line="25"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Новая активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="40"/>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/area.py" line="13"/>
        <source>&amp;New product…</source>
        <translation>&amp;Новый товар…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/area.py" line="53"/>
        <source>&amp;New offer…</source>
        <translation>&amp;Новое предложение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/area.py" line="29"/>
        <source>&amp;New contract…</source>
        <translation>&amp;Новый договор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="240"/>
        <source>Refreshed</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="287"/>
        <source>Client saved</source>
        <translation>Клиент сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="336"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="337"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="341"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="352"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Импортирован %n клиент</numerusform>
            <numerusform>Импортировано %n клиента</numerusform>
            <numerusform>Импортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="364"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>Экспортирован %n клиент</numerusform>
            <numerusform>Экспортировано %n клиента</numerusform>
            <numerusform>Экспортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="414"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="418"/>
        <source>About kamdesk</source>
        <translation>О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="419"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 — рабочее место менеджера по ключевым клиентам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="60"/>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/area.py" line="61"/>
        <source>A&amp;dmin</source>
        <translation>Админ&amp;истрирование</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="81"/>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="82"/>
        <source>Rec&amp;eivables</source>
        <translation>Д&amp;ебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/area.py" line="16"/>
        <source>Refusals &amp; returns</source>
        <translation>Отказы и возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/area.py" line="17"/>
        <source>Refusals &amp;&amp; re&amp;turns</source>
        <translation>Отказы и &amp;возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="27"/>
        <source>Complaints</source>
        <translation>Рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="28"/>
        <source>Compla&amp;ints</source>
        <translation>&amp;Рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/complaint/area.py" line="31"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Новая рекламация…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/area.py" line="26"/>
        <source>Plans &amp; KPIs</source>
        <translation>Планы и KPI</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/area.py" line="27"/>
        <source>Plans &amp;&amp; &amp;KPIs</source>
        <translation>Пла&amp;ны и KPI</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/area.py" line="11"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/area.py" line="12"/>
        <source>Co&amp;mpetitors</source>
        <translation>Конк&amp;уренты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/area.py" line="11"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/area.py" line="12"/>
        <source>Report&amp;s</source>
        <translation>От&amp;четы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/area.py" line="17"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/analytics/area.py" line="18"/>
        <source>Anal&amp;ytics</source>
        <translation>&amp;Аналитика</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/area.py" line="37"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="113"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="114"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="115"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="121"/>
        <source>Extra discount on top of the column price without the head&apos;s approval</source>
        <translation>Дополнительная скидка к цене колонки без согласования с руководителем</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>Your na&amp;me:</source>
        <translation>Ваше и&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>N&amp;ame:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="125"/>
        <source>Ro&amp;le:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="124"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="126"/>
        <source>&amp;Discount limit:</source>
        <translation>&amp;Лимит скидки:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="68"/>
        <source>Mail merge</source>
        <translation>Рассылка писем</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="87"/>
        <source>&amp;Check all clients</source>
        <translation>&amp;Проверить всех клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="88"/>
        <source>Make every letter without writing anything, and list the clients who would be skipped</source>
        <translation>Сформировать все письма, ничего не записывая, и показать клиентов, которые будут пропущены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="91"/>
        <source>&amp;Write letters</source>
        <translation>&amp;Сформировать письма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="111"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="115"/>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Редактировать шаблоны…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="129"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="131"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="135"/>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="137"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="140"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="141"/>
        <source>Key accounts</source>
        <translation>Ключевые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="142"/>
        <source>Other clients</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="151"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="152"/>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="153"/>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="154"/>
        <source>Key account:</source>
        <translation>Ключевой клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="161"/>
        <source>Where the letters go</source>
        <translation>Куда направить письма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="163"/>
        <source>A &amp;PDF per client into:</source>
        <translation>&amp;PDF для каждого клиента в папку:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="168"/>
        <source>No e-mails</source>
        <translation>Без эл. почты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="169"/>
        <source>E-mail &amp;drafts (.eml) into:</source>
        <translation>&amp;Черновики писем (.eml) в папку:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="170"/>
        <source>&amp;Send the e-mails now</source>
        <translation>Сразу &amp;отправить по эл. почте</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="171"/>
        <source>This desk has no e-mail account yet: &lt;a href=&quot;settings&quot;&gt;set it up…&lt;/a&gt;</source>
        <translation>Учетная запись эл. почты еще не настроена: &lt;a href=&quot;settings&quot;&gt;настроить…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="209"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="209"/>
        <source>Why it gets no letter or e-mail</source>
        <translation>Причина пропуска</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="212"/>
        <source>Skipped clients: press “Check all clients” to find them.</source>
        <translation>Пропущенные клиенты: чтобы найти их, нажмите «Проверить всех клиентов».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="225"/>
        <source>The first three letters:</source>
        <translation>Первые три письма:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="266"/>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="286"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="292"/>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="332"/>
        <source>Checking the letters…</source>
        <translation>Проверка писем…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="332"/>
        <source>Writing the letters…</source>
        <translation>Формирование писем…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="344"/>
        <source>Nothing was written: %1</source>
        <translation>Ничего не сформировано: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="392"/>
        <source>Not written, not mailed: %1</source>
        <translation>Не создано и не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="394"/>
        <source>Sent, but: %1</source>
        <translation>Отправлено, но: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="395"/>
        <source>Not mailed: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="387"/>
        <source>%n client(s) without a letter or an e-mail:</source>
        <translation>
            <numerusform>Пропущен %n клиент:</numerusform>
            <numerusform>Пропущено %n клиента:</numerusform>
            <numerusform>Пропущено %n клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="356"/>
        <source>%1 of %n client(s) get a letter.</source>
        <translation>
            <numerusform>%1 из %n клиента получат письмо.</numerusform>
            <numerusform>%1 из %n клиентов получат письмо.</numerusform>
            <numerusform>%1 из %n клиентов получат письмо.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="360"/>
        <source>Stopped after %1 of %n client(s): what was done until then stays.</source>
        <translation>
            <numerusform>Остановлено после %1 из %n клиента: сделанное до этого сохраняется.</numerusform>
            <numerusform>Остановлено после %1 из %n клиентов: сделанное до этого сохраняется.</numerusform>
            <numerusform>Остановлено после %1 из %n клиентов: сделанное до этого сохраняется.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="363"/>
        <source>It stopped because: %1</source>
        <translation>Причина остановки: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="369"/>
        <source>%n letter(s) made</source>
        <translation>
            <numerusform>создано %n письмо</numerusform>
            <numerusform>создано %n письма</numerusform>
            <numerusform>создано %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="370"/>
        <source>%n e-mail(s) sent or saved</source>
        <translation>
            <numerusform>%n письмо отправлено или сохранено</numerusform>
            <numerusform>%n письма отправлено или сохранено</numerusform>
            <numerusform>%n писем отправлено или сохранено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="371"/>
        <source>%n client(s) skipped</source>
        <translation>
            <numerusform>пропущен %n клиент</numerusform>
            <numerusform>пропущено %n клиента</numerusform>
            <numerusform>пропущено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="373"/>
        <source>%n letter(s) could not be written</source>
        <translation>
            <numerusform>%n письмо не удалось создать</numerusform>
            <numerusform>%n письма не удалось создать</numerusform>
            <numerusform>%n писем не удалось создать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="385"/>
        <source>%n client(s) to look at:</source>
        <translation>
            <numerusform>Проверьте %n клиента:</numerusform>
            <numerusform>Проверьте %n клиентов:</numerusform>
            <numerusform>Проверьте %n клиентов:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/letters/merge_dialog.py" line="388"/>
        <source>No client is skipped.</source>
        <translation>Пропущенных клиентов нет.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="11"/>
        <source>+{count} more</source>
        <translation>еще {count}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="12"/>
        <source>--statement “{text}” is not a period such as 2026-01-01:2026-11-30.</source>
        <translation>--statement «{text}» — не период вида 2026-01-01:2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client is about to lapse after a number of days from {low} to {high}.</source>
        <translation>Порог угрозы ухода клиента — число дней от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A client like this exists already: {names}.</source>
        <translation>Похожий клиент уже есть: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Клиент с названием «{name}» уже есть (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Клиент с ИНН {tax_number} уже есть: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>A client with tax number {tax} exists already.</source>
        <translation>Клиент с налоговым номером {tax} уже есть.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>A client with this tax number exists already.</source>
        <translation>Клиент с этим налоговым номером уже есть.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>A client&apos;s status is one of: {statuses}.</source>
        <translation>Статус клиента — один из следующих: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>A compensation is an amount of zero or more.</source>
        <translation>Компенсация — сумма не меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>A competitor&apos;s action is a promotion, a new product or something else.</source>
        <translation>Действие конкурента — это акция, новый товар или другое.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>A complaint cannot be received on a day still to come.</source>
        <translation>Дата получения рекламации не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>A complaint is about a shortage, a defect, a delay, a price or the service.</source>
        <translation>Рекламация может касаться недостачи, брака, задержки, цены или обслуживания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>A contract is a supply, framework, service or other contract.</source>
        <translation>Договор может быть договором поставки, рамочным договором, договором оказания услуг или другим договором.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>A contract is written in English, Hungarian or Russian.</source>
        <translation>Договор составляется на английском, венгерском или русском языке.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>A contract that renews itself needs an end date.</source>
        <translation>Для автоматически продлеваемого договора нужна дата окончания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>A credit note cannot refer to itself.</source>
        <translation>Корректировочный счет не может ссылаться сам на себя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>A discount is between 0 and 100 %.</source>
        <translation>Скидка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>A discount on offer {number} is above your limit of {limit} %: the head of department must approve it before the offer is sent.</source>
        <translation>Скидка в предложении {number} превышает ваш лимит {limit} %: перед отправкой её должен согласовать руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>A dunning step starts a number of days past due from 1 to {most}.</source>
        <translation>Этап взыскания начинается при просрочке от 1 до {most} дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>A key account manager sees the reports of their own clients only.</source>
        <translation>Менеджер по ключевым клиентам видит отчеты только по своим клиентам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>A login is 1 to 63 small letters (a–z), digits or underscores, beginning with a letter, and does not begin with pg_ or kamdesk_: “{login}” is not one.</source>
        <translation>Логин — от 1 до 63 строчных латинских букв (a–z), цифр или подчёркиваний, начинается с буквы и не начинается с pg_ или kamdesk_: «{login}» не подходит.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>A message goes to at most {count} people.</source>
        <translation>Письмо можно отправить не более чем {count} получателям.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>A monthly series on a weekday needs one weekday and its week (1st–4th or last).</source>
        <translation>Для ежемесячной серии по дню недели нужны один день недели и номер недели (1–4-я или последняя).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>A number in the template is too large to be written (over 4,000 digits).</source>
        <translation>Число в шаблоне слишком велико, чтобы его записать (более 4000 цифр).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>A package holds at most {count} documents.</source>
        <translation>В пакете может быть не более {count} документов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>A package holds offers, contracts, statements and price lists.</source>
        <translation>В пакет входят предложения, договоры, акты сверки и прайс-листы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>A password has at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>A password has at most {count} characters.</source>
        <translation>Пароль должен содержать не более {count} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>A plan is a number of zero or more (clients: a whole number).</source>
        <translation>План — число не меньше нуля (для клиентов — целое).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>Порт — целое число от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>A price can have at most two decimal places.</source>
        <translation>Цена может содержать не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>A price column called “{name}” exists already.</source>
        <translation>Колонка прайс-листа «{name}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>A price column cannot be derived from itself.</source>
        <translation>Колонка прайс-листа не может быть производной от самой себя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>A price is an amount above zero with at most two decimal places.</source>
        <translation>Цена — сумма больше нуля, не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>A price observed on a day still to come cannot be recorded.</source>
        <translation>Нельзя записать цену, замеченную в будущем.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>A quantity has at most three decimals.</source>
        <translation>Количество может содержать не более трех знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>A reminder comes 0 to {limit} minutes before the start; 0 turns reminders off.</source>
        <translation>Напоминание приходит за 0–{limit} мин до начала; 0 отключает напоминания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>A report covers at most ten years.</source>
        <translation>Отчет может охватывать не более десяти лет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Сегмент «{name}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>A series can have 1 to {limit} occurrences.</source>
        <translation>В серии может быть от 1 до {limit} повторений.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>A series needs an end: a last date or a number of times.</source>
        <translation>Укажите окончание серии: последнюю дату или число повторений.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>A series repeats daily, weekly or monthly.</source>
        <translation>Серия повторяется ежедневно, еженедельно или ежемесячно.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>Доля — процент от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>A team server is a PostgreSQL database (postgresql://USER@HOST/DATABASE), not {url}.</source>
        <translation>Сервер команды — это база данных PostgreSQL (postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА), а не {url}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Active</source>
        <comment>contract state</comment>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Active “{text}” must be yes or no.</source>
        <translation>В поле «Активен» должно быть «да» или «нет», а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Add at least one line.</source>
        <translation>Добавьте хотя бы одну позицию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Allocation by hand</source>
        <translation>Ручное разнесение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>An action observed on a day still to come cannot be recorded.</source>
        <translation>Нельзя записать действие, замеченное в будущем.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>An activity lasts at most a day; make it an all-day activity.</source>
        <translation>Активность длится не больше суток; сделайте ее активностью на весь день.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>An encrypted database needs a passphrase.</source>
        <translation>Для зашифрованной базы нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>An invoice&apos;s gross amount cannot be negative ({gross}): a credit note lowers what is owed.</source>
        <translation>Сумма счета с НДС не может быть отрицательной ({gross}): задолженность уменьшается корректировочным счетом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>An obligation is a delivery, payment, report, price review or other.</source>
        <translation>Обязательство может быть поставкой, оплатой, отчетом, пересмотром цен или другим.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>An offer is written in English, Hungarian or Russian.</source>
        <translation>Предложение составляется на английском, венгерском или русском языке.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>An order can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Заказ можно экспортировать только в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>An unexpected error stopped it: {reason}.</source>
        <translation>Остановлено из-за непредвиденной ошибки: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Another product has the SKU {sku}.</source>
        <translation>Артикул {sku} уже есть у другого товара.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>Approval pending</source>
        <translation>Ждет согласования</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>Audit entries {first} to {last} were removed.</source>
        <translation>Записи журнала с {first} по {last} удалены.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>Audit entry {id} does not follow entry {previous}: the link between them was altered.</source>
        <translation>Запись журнала {id} не следует за записью {previous}: связь между ними изменена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>Audit entry {id} was altered: its contents do not match its hash.</source>
        <translation>Запись журнала {id} изменена: её содержимое не совпадает с её хешем.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>Audit entry {id} was removed.</source>
        <translation>Запись журнала {id} удалена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>Backups are made of a database file on this computer; a server database is backed up on the server.</source>
        <translation>Резервные копии делаются для файла базы данных на этом компьютере; серверную базу копируют на сервере.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>Based on</source>
        <translation>На основе</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>Both changed it; the laptop&apos;s later change was written, the office&apos;s value is listed here.</source>
        <translation>Изменено в обоих местах; записано более позднее изменение с ноутбука, значение офиса указано здесь.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>Both changed it; the office&apos;s value was kept, the laptop&apos;s is a proposal.</source>
        <translation>Изменено в обоих местах; оставлено значение офиса, значение ноутбука — предложение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>Bought by {count} of {total} clients in the segment {segment}.</source>
        <translation>Покупают {count} из {total} клиентов сегмента «{segment}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>Bought by {count} of {total} other clients.</source>
        <translation>Покупают {count} из {total} других клиентов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>Buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>Cancelled</source>
        <comment>activity state</comment>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>Cancelled</source>
        <comment>order state</comment>
        <translation>Отменен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>Cancelled orders</source>
        <translation>Отмененные заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>Cannot copy {path}: {reason}</source>
        <translation>Не удалось скопировать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>Cannot write the screenshot to {file}.</source>
        <translation>Не удалось записать снимок экрана в {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>Category: no category is called “{name}”.</source>
        <translation>Категория: категории «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>Category: several categories are called “{name}”; give its path, such as “Food / Dairy”.</source>
        <translation>Категория: категорий «{name}» несколько; укажите путь, например «Продукты / Молочные».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>Changed by someone else at {when} after you opened it.</source>
        <translation>Изменено кем-то другим в {when}, после того как вы это открыли.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>Changed by {who} at {when} after you opened it.</source>
        <translation>Изменено: {who}, {when}, после того как вы это открыли.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>Changed on the laptop, but deleted in the office meanwhile; the change was not applied.</source>
        <translation>Изменено на ноутбуке, но тем временем удалено в офисе; изменение не применено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>Checking the audit trail needs the database owner&apos;s or an administrator&apos;s login.</source>
        <translation>Для проверки журнала аудита нужен вход владельца базы данных или администратора.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>Choose STARTTLS, SSL or no encryption.</source>
        <translation>Выберите STARTTLS, SSL или работу без шифрования.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>Choose a line of this order and a quantity above zero.</source>
        <translation>Выберите позицию этого заказа и количество больше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>Choose a template for the contract.</source>
        <translation>Выберите шаблон для договора.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>Choose an invoice of the same client in the payment&apos;s currency.</source>
        <translation>Выберите счет того же клиента в валюте оплаты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="111"/>
        <source>Choose at least one document for the package.</source>
        <translation>Выберите для пакета хотя бы один документ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="112"/>
        <source>Choose at least one order state that counts as a sale.</source>
        <translation>Выберите хотя бы один статус заказа, который считается продажей.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="113"/>
        <source>Choose one of the client&apos;s credit notes.</source>
        <translation>Выберите один из корректировочных счетов клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="114"/>
        <source>Choose the client who complains.</source>
        <translation>Выберите клиента, предъявившего рекламацию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="115"/>
        <source>Choose the client.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="116"/>
        <source>Choose the client: only an internal task can be without one.</source>
        <translation>Выберите клиента: без клиента может быть только внутренняя задача.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="117"/>
        <source>Choose the column that holds our product&apos;s SKU, or the category.</source>
        <translation>Выберите столбец с артикулом нашего товара или с категорией.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="118"/>
        <source>Choose the column that holds the SKU.</source>
        <translation>Выберите столбец с артикулом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="119"/>
        <source>Choose the column that holds the amount paid.</source>
        <translation>Выберите столбец с суммой оплаты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="120"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Выберите столбец с названием клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="121"/>
        <source>Choose the column that holds the client&apos;s name or tax number.</source>
        <translation>Выберите столбец с названием или ИНН клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="122"/>
        <source>Choose the column that holds the competitor, or the competitor whose prices the file holds.</source>
        <translation>Выберите столбец с конкурентом или конкурента, чьи цены содержит файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="123"/>
        <source>Choose the column that holds the date of the payment.</source>
        <translation>Выберите столбец с датой оплаты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="124"/>
        <source>Choose the column that holds the gross amount.</source>
        <translation>Выберите столбец с суммой с НДС.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="125"/>
        <source>Choose the column that holds the invoice number.</source>
        <translation>Выберите столбец с номером счета.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="126"/>
        <source>Choose the column that holds the issue date.</source>
        <translation>Выберите столбец с датой выставления.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="127"/>
        <source>Choose the column that holds the partner&apos;s name or tax number.</source>
        <translation>Выберите столбец с названием или ИНН контрагента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="128"/>
        <source>Choose the column that holds the price.</source>
        <translation>Выберите столбец с ценой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="129"/>
        <source>Choose the competitor.</source>
        <translation>Выберите конкурента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="130"/>
        <source>Choose the delivered line that came back.</source>
        <translation>Выберите поставленную позицию, которую вернули.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="131"/>
        <source>Choose the product, or the category, the price is for.</source>
        <translation>Выберите товар или категорию, к которым относится цена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="132"/>
        <source>Choose the products or categories the promotion is for.</source>
        <translation>Выберите товары или категории, на которые распространяется акция.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="133"/>
        <source>Choose the responsible manager.</source>
        <translation>Выберите ответственного менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="134"/>
        <source>Choose the result: reached, not reached or moved.</source>
        <translation>Выберите результат: состоялось, не состоялось или перенесено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="135"/>
        <source>Choose the time the activity starts, or make it an all-day activity.</source>
        <translation>Укажите время начала активности или сделайте ее активностью на весь день.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="136"/>
        <source>Choose to keep the value or to use the other one.</source>
        <translation>Выберите: оставить значение или взять другое.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="137"/>
        <source>Choose when the activity starts.</source>
        <translation>Укажите, когда начинается активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="138"/>
        <source>Choose who handles the complaint.</source>
        <translation>Выберите ответственного за рекламацию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="139"/>
        <source>Choose whose activity this is.</source>
        <translation>Выберите ответственного за активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="140"/>
        <source>Choose why the goods came back.</source>
        <translation>Выберите причину возврата товара.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="141"/>
        <source>Choose why the offer was rejected.</source>
        <translation>Выберите причину отказа от предложения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="142"/>
        <source>Choose why the order is cancelled.</source>
        <translation>Выберите причину отмены заказа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="143"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="144"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="145"/>
        <source>Client: no client is called “{name}”.</source>
        <translation>Клиент: клиента «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="146"/>
        <source>Client: several clients are called “{name}”.</source>
        <translation>Клиент: клиентов «{name}» несколько.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="147"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Клиентов можно экспортировать только в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="148"/>
        <source>Company name is required.</source>
        <translation>Необходимо указать название компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="149"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="150"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="151"/>
        <source>Complaint</source>
        <translation>Рекламация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="152"/>
        <source>Complaint {number} is {state}: it cannot be changed now.</source>
        <translation>Рекламация {number} в статусе «{state}»: сейчас ее нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="153"/>
        <source>Complaint {number} is {state}: it cannot be {verb} now.</source>
        <translation>Рекламация {number} в статусе «{state}»: сейчас ее нельзя перевести в статус «{verb}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="154"/>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="155"/>
        <source>Confirm order</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="156"/>
        <source>Confirmed</source>
        <translation>Подтвержден</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="157"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="158"/>
        <source>Contact birthday</source>
        <translation>День рождения контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="159"/>
        <source>Contact e-mail</source>
        <translation>Эл. почта контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="160"/>
        <source>Contact is decision maker</source>
        <translation>Контактное лицо — ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="161"/>
        <source>Contact phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="162"/>
        <source>Contact position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="163"/>
        <source>Contact {number}: {problem}</source>
        <translation>Контакт {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="164"/>
        <source>Contact: {message}</source>
        <translation>Контактное лицо: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="165"/>
        <source>Contact: {name}</source>
        <translation>Контактное лицо: {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="166"/>
        <source>Contacts are exported to a .vcf file, not to “{file}”.</source>
        <translation>Контакты экспортируются в файл .vcf, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="167"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="168"/>
        <source>Contract file</source>
        <translation>Файл договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="169"/>
        <source>Contract template</source>
        <translation>Шаблон договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="170"/>
        <source>Contract {number}</source>
        <translation>Договор {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="171"/>
        <source>Contract {number} ends on {date}: renew it or let it end.</source>
        <translation>Договор {number} истекает {date}: продлите его или дайте ему завершиться.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="172"/>
        <source>Contract {number} has not reached its end.</source>
        <translation>Договор {number} еще не истек.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="173"/>
        <source>Contract {number} is {state}: it cannot be {verb} now.</source>
        <translation>Договор {number} в статусе «{state}»: сейчас его нельзя перевести в статус «{verb}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="174"/>
        <source>Contract {number} is {state}: only a contract in force is amended.</source>
        <translation>Договор {number} в статусе «{state}»: дополнительное соглашение заключается только к действующему договору.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="175"/>
        <source>Contract {number} is {state}: only an active or expired contract is renewed.</source>
        <translation>Договор {number} в статусе «{state}»: продлить можно только действующий или истекший договор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="176"/>
        <source>Contract {number} renews itself after {date} unless notice is given by {notice}.</source>
        <translation>Договор {number} автоматически продлится после {date}, если до {notice} не будет направлено уведомление.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="177"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="178"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Страна «{country}» должна быть указана двухбуквенным кодом, например HU, SK или RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="179"/>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="180"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>Кредитный лимит может содержать не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="181"/>
        <source>Credit limit cannot be negative.</source>
        <translation>Кредитный лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="182"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>Кредитный лимит «{text}» не распознан как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="183"/>
        <source>Credit override at</source>
        <translation>Превышение лимита разрешено в</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="184"/>
        <source>Credit override by</source>
        <translation>Превышение лимита разрешил</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="185"/>
        <source>Credit override reason</source>
        <translation>Причина превышения лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="186"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="187"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>Валюта должна быть указана трехбуквенным кодом, например HUF, EUR или RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="188"/>
        <source>Currency “{text}” must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>Валюта «{text}» должна быть указана трехбуквенным кодом, например HUF, EUR или RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="189"/>
        <source>Damaged</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="190"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="191"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="192"/>
        <source>Decided at</source>
        <translation>Решено в</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="193"/>
        <source>Decided by</source>
        <translation>Решил</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="194"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="195"/>
        <source>Deleted on the laptop, but changed in the office meanwhile; it was kept.</source>
        <translation>Удалено на ноутбуке, но тем временем изменено в офисе; запись сохранена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="196"/>
        <source>Delivered</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="197"/>
        <source>Delivery city</source>
        <translation>Город доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="198"/>
        <source>Delivery country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="199"/>
        <source>Delivery postcode</source>
        <translation>Индекс доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="200"/>
        <source>Delivery street</source>
        <translation>Улица доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="201"/>
        <source>Delivery time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="202"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="203"/>
        <source>Discount approval</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="204"/>
        <source>Discount approval reason</source>
        <translation>Причина одобрения скидки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="205"/>
        <source>Discount approved</source>
        <translation>Скидка согласована</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="206"/>
        <source>Discount approved at</source>
        <translation>Скидка одобрена в</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="207"/>
        <source>Discount approved by</source>
        <translation>Скидку одобрил</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="208"/>
        <source>Discount approved up to</source>
        <translation>Одобренная скидка до</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="209"/>
        <source>Discount limit</source>
        <translation>Предел скидки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="210"/>
        <source>Discount rejected</source>
        <translation>Скидка отклонена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="211"/>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="212"/>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="213"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="214"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="215"/>
        <source>Dunning step</source>
        <translation>Этап взыскания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="216"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="217"/>
        <source>E-mail to {recipients} with {files}.</source>
        <translation>Письмо получателям: {recipients}; вложения: {files}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="218"/>
        <source>E-mail to {recipients}.</source>
        <translation>Письмо получателям: {recipients}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="219"/>
        <source>E-mail {problem}.</source>
        <translation>Эл. почта: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="220"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Каждое поле может заполняться только из одного столбца: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="221"/>
        <source>Either save the e-mails as drafts or send them, not both.</source>
        <translation>Письма можно либо сохранить как черновики, либо отправить, но не то и другое сразу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="222"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Введите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="223"/>
        <source>Enter an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="224"/>
        <source>Enter how much came back: a quantity above zero.</source>
        <translation>Укажите, сколько вернули: количество больше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="225"/>
        <source>Enter the address the mail comes from, like name@example.com.</source>
        <translation>Укажите адрес отправителя, например name@example.com.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="226"/>
        <source>Enter the password of {user} to save the copy in the Sent folder.</source>
        <translation>Введите пароль {user}, чтобы сохранить копию в папке «Отправленные».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="227"/>
        <source>Enter the password of {user} to send.</source>
        <translation>Введите пароль {user} для отправки.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="228"/>
        <source>Enter the quantities shipped.</source>
        <translation>Введите отгруженное количество.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="229"/>
        <source>Enter the server&apos;s name, like smtp.example.com.</source>
        <translation>Укажите имя сервера, например smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="230"/>
        <source>Expire</source>
        <translation>Истечь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="231"/>
        <source>Expired</source>
        <comment>contract state</comment>
        <translation>Истек</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="232"/>
        <source>Expired</source>
        <comment>offer state</comment>
        <translation>Истекло</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="233"/>
        <source>Expired goods</source>
        <translation>Истек срок годности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="234"/>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="235"/>
        <source>Export at most five years at a time.</source>
        <translation>За один раз можно экспортировать не более пяти лет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="236"/>
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="237"/>
        <source>Final notice</source>
        <translation>Последнее предупреждение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="238"/>
        <source>Finishing</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="239"/>
        <source>First notice</source>
        <translation>Первое уведомление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="240"/>
        <source>Follow up offer {number}, sent {days} days ago.</source>
        <translation>Напомнить о предложении {number}: отправлено {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="241"/>
        <source>Free</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="242"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="243"/>
        <source>Give a month, a week or two days, not more than one.</source>
        <translation>Укажите месяц, неделю или две даты — что-то одно.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="244"/>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Укажите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="245"/>
        <source>Give both the first and the last day.</source>
        <translation>Укажите и первый, и последний день.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="246"/>
        <source>Give the competitor&apos;s name.</source>
        <translation>Укажите название конкурента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="247"/>
        <source>Give the date it is due.</source>
        <translation>Укажите срок исполнения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="248"/>
        <source>Give the date the contract starts.</source>
        <translation>Укажите дату начала действия договора.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="249"/>
        <source>Give the template a name.</source>
        <translation>Укажите название шаблона.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="250"/>
        <source>Gross amount</source>
        <translation>Сумма с НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="251"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="252"/>
        <source>Investigating</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="253"/>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="254"/>
        <source>Invoice number</source>
        <translation>Номер счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="255"/>
        <source>Invoice {number} exists already.</source>
        <translation>Счет {number} уже существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="256"/>
        <source>Invoice {number} is already in row {row} of this file.</source>
        <translation>Счет {number} уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="257"/>
        <source>Invoice {number} is another client&apos;s.</source>
        <translation>Счет {number} выставлен другому клиенту.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="258"/>
        <source>Invoice {number} is in {theirs}, the credit note in {ours}.</source>
        <translation>Счет {number} выставлен в {theirs}, а корректировочный счет — в {ours}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="259"/>
        <source>Invoice {number} is neither in kamdesk nor in an earlier row of this file.</source>
        <translation>Счета {number} нет ни в kamdesk, ни в предыдущих строках этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="260"/>
        <source>Invoice {number} was deleted since the file was checked. Check the file again.</source>
        <translation>Счет {number} удален после проверки файла. Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="261"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="262"/>
        <source>Invoices and payments are recorded at the office; on this laptop they can be read but not changed. They arrive with the next sync.</source>
        <translation>Счета и оплаты регистрируются в офисе; на этом ноутбуке их можно просматривать, но не изменять. Они поступят при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="263"/>
        <source>Issue date</source>
        <translation>Дата выставления</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="264"/>
        <source>It refers to a record the office does not have or that you may not see ({table} {gid}).</source>
        <translation>Ссылается на запись, которой нет в офисе или которую вам не положено видеть ({table} {gid}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="265"/>
        <source>KAMDESK_SMTP_URL asks for no encryption to {host}: kamdesk connects without encryption only to this computer (localhost).</source>
        <translation>KAMDESK_SMTP_URL требует подключения к {host} без шифрования: kamdesk подключается без шифрования только к этому компьютеру (localhost).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="266"/>
        <source>KAMDESK_SMTP_URL has a port that is not one.</source>
        <translation>В KAMDESK_SMTP_URL указан недопустимый порт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="267"/>
        <source>KAMDESK_SMTP_URL must look like smtp://user@host:587 or smtps://user@host:465.</source>
        <translation>KAMDESK_SMTP_URL должен иметь вид smtp://user@host:587 или smtps://user@host:465.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="268"/>
        <source>Key account</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="269"/>
        <source>Key account with no next contact planned.</source>
        <translation>Ключевой клиент без запланированного следующего контакта.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="270"/>
        <source>Key account, last contact {days} days ago.</source>
        <translation>Ключевой клиент, последний контакт {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="271"/>
        <source>Key account, never contacted.</source>
        <translation>Ключевой клиент, контактов еще не было.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="272"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="273"/>
        <source>Last contact {days} days ago.</source>
        <translation>Последний контакт {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="274"/>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="275"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="276"/>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="277"/>
        <source>Line {row}: a quantity has at most three decimal places.</source>
        <translation>Позиция {row}: количество может содержать не более трех знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="278"/>
        <source>Line {row}: choose a product.</source>
        <translation>Позиция {row}: выберите товар.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="279"/>
        <source>Line {row}: the discount must be between 0 and 100 %.</source>
        <translation>Позиция {row}: скидка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="280"/>
        <source>Line {row}: the quantity must be more than zero.</source>
        <translation>Позиция {row}: количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="281"/>
        <source>Line {row}: {sku} has no price in the client&apos;s price column.</source>
        <translation>Позиция {row}: для артикула {sku} нет цены в колонке прайс-листа клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="282"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="283"/>
        <source>Lost offers</source>
        <translation>Проигранные предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="284"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="285"/>
        <source>Manager name is required.</source>
        <translation>Необходимо указать имя менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="286"/>
        <source>Manager: no manager is called “{name}”.</source>
        <translation>Менеджер: менеджера «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="287"/>
        <source>Manager: several managers are called “{name}”; give the login.</source>
        <translation>Менеджер: менеджеров «{name}» несколько; укажите логин.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="288"/>
        <source>Mark delivered</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="289"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="290"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="291"/>
        <source>More activities of the week (no room for them in the grid)</source>
        <translation>Другие активности недели (не поместились в сетку)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="292"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="293"/>
        <source>Name is required.</source>
        <translation>Необходимо указать название.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="294"/>
        <source>Name the documents: --offer, --contract, --statement and/or --price-list.</source>
        <translation>Укажите документы: --offer, --contract, --statement и/или --price-list.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="295"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="296"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="297"/>
        <source>Net amount</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="298"/>
        <source>Net {net} and VAT {vat} do not add up to the gross amount {gross}.</source>
        <translation>Сумма без НДС {net} и НДС {vat} в сумме не равны сумме с НДС {gross}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="299"/>
        <source>Never contacted.</source>
        <translation>Контактов еще не было.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="300"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="301"/>
        <source>No answer (offer expired)</source>
        <translation>Нет ответа (срок предложения истек)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="302"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="303"/>
        <source>No category is called “{name}”.</source>
        <translation>Нет категории «{name}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="304"/>
        <source>No client has the tax number {tax} or the name “{name}”.</source>
        <translation>Нет клиента с ИНН {tax} или названием «{name}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="305"/>
        <source>No client has the tax number {tax}.</source>
        <translation>Нет клиента с ИНН {tax}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="306"/>
        <source>No client is named “{name}”.</source>
        <translation>Нет клиента с названием «{name}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="307"/>
        <source>No competitor is called “{name}”: record it in the register first.</source>
        <translation>Конкурента «{name}» нет: сначала внесите его в реестр.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="308"/>
        <source>No dunning step has been taken with the client yet: there is no letter to send.</source>
        <translation>С этим клиентом еще не выполнено ни одного этапа взыскания: отправлять нечего.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="309"/>
        <source>No e-mail address: neither the client nor its contacts have one.</source>
        <translation>Нет адреса эл. почты: его нет ни у клиента, ни у его контактных лиц.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="310"/>
        <source>No free time left this week for {count} of the clients.</source>
        <translation>На этой неделе не хватило свободного времени для клиентов: {count}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="311"/>
        <source>No order for {days} days.</source>
        <translation>Нет заказов {days} дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="312"/>
        <source>Not ordered</source>
        <translation>Не заказывался</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="313"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="314"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="315"/>
        <source>Nothing of {sku} has been delivered: nothing can come back.</source>
        <translation>Товар {sku} не поставлялся: возвращать нечего.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="316"/>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="317"/>
        <source>Observed on</source>
        <translation>Дата наблюдения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="318"/>
        <source>Offer</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="319"/>
        <source>Offer line</source>
        <translation>Строка предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="320"/>
        <source>Offer {number}</source>
        <translation>Предложение {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="321"/>
        <source>Offer {number} is already order {order}.</source>
        <translation>По предложению {number} уже создан заказ {order}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="322"/>
        <source>Offer {number} is valid until {date}: it does not expire before.</source>
        <translation>Предложение {number} действительно до {date}: до этого срока оно не истекает.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="323"/>
        <source>Offer {number} is {state}: it cannot be {action} now.</source>
        <translation>Предложение {number} в состоянии «{state}»: сейчас его нельзя {action}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="324"/>
        <source>Offer {number} is {state}: only an accepted offer becomes an order.</source>
        <translation>Предложение {number} в состоянии «{state}»: заказом становится только принятое предложение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="325"/>
        <source>On each of the last {total} orders.</source>
        <translation>Входил в каждый из последних {total} заказов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="326"/>
        <source>On the team server only an administrator can delete a competitor.</source>
        <translation>На сервере команды удалить конкурента может только администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="327"/>
        <source>On the team server you act only in your own name.</source>
        <translation>На сервере команды вы действуете только от своего имени.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="328"/>
        <source>On the team server you work as the user you logged in as; log in as another user to work as them.</source>
        <translation>На сервере команды вы работаете под тем пользователем, под которым вошли; чтобы работать за другого, войдите под его логином.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="329"/>
        <source>On {count} of the last {total} orders.</source>
        <translation>Входил в {count} из последних {total} заказов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="330"/>
        <source>Only a credit note refers to an invoice.</source>
        <translation>Ссылаться на счет может только корректировочный счет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="331"/>
        <source>Only a draft contract can be changed; contract {number} is {state}.</source>
        <translation>Изменять можно только черновик договора; договор {number} в статусе «{state}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="332"/>
        <source>Only a draft offer can be changed; this one is {state}.</source>
        <translation>Изменять можно только черновик предложения; это предложение: «{state}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="333"/>
        <source>Only a draft order can be changed; this one is {state}.</source>
        <translation>Изменить можно только черновик заказа; этот заказ в статусе «{state}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="334"/>
        <source>Only a head of department or an administrator can change the KPI definitions and the variable-pay scale.</source>
        <translation>Изменять определения KPI и шкалу премии может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="335"/>
        <source>Only a head of department or an administrator can change the catalogue, the prices and the contract templates.</source>
        <translation>Каталог, цены и шаблоны договоров может менять только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="337"/>
        <source>Only a head of department or an administrator can change when overdue debt blocks orders.</source>
        <translation>Изменить порог блокировки заказов по просроченной задолженности может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="338"/>
        <source>Only a head of department or an administrator can change when the dunning steps start.</source>
        <translation>Только руководитель отдела или администратор может изменить, когда начинаются этапы взыскания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="339"/>
        <source>Only a head of department or an administrator can give a client to another manager.</source>
        <translation>Передать клиента другому менеджеру может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="340"/>
        <source>Only a head of department or an administrator can import or change invoices and payments.</source>
        <translation>Импортировать и изменять счета и оплаты может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="341"/>
        <source>Only a head of department or an administrator can set plans.</source>
        <translation>Устанавливать планы может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="342"/>
        <source>Only a planned activity can be changed.</source>
        <translation>Изменить можно только запланированную активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="343"/>
        <source>Only an administrator can add users.</source>
        <translation>Добавлять пользователей может только администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="344"/>
        <source>Only an administrator can change the company&apos;s details and the managers.</source>
        <translation>Данные компании и менеджеров может менять только администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="345"/>
        <source>Only an administrator can disable users.</source>
        <translation>Отключать пользователей может только администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="346"/>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation>Задать пароль другому пользователю может только администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="347"/>
        <source>Only an allocation made by hand can be removed; the others follow the rules.</source>
        <translation>Отменить можно только ручное разнесение; остальные выполняются по правилам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="348"/>
        <source>Only heads of department and administrators may read the audit trail.</source>
        <translation>Журнал аудита могут читать только руководители отделов и администраторы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="349"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Основным может быть только один контакт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="350"/>
        <source>Only the head of department can approve or reject a discount.</source>
        <translation>Согласовать или отклонить скидку может только руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="351"/>
        <source>Only the head of department can override the credit limit.</source>
        <translation>Превышение кредитного лимита может разрешить только руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="352"/>
        <source>Only {left} {unit} of {sku} can come back: {delivered} delivered, {returned} returned before.</source>
        <translation>Вернуть можно не более {left} {unit} товара {sku}: поставлено {delivered}, ранее возвращено {returned}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="353"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="354"/>
        <source>Order confirmation {number}</source>
        <translation>Подтверждение заказа {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="355"/>
        <source>Order line</source>
        <translation>Строка заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="356"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="357"/>
        <source>Order {number} is a draft: confirm it before handing it over.</source>
        <translation>Заказ {number} — черновик: подтвердите его перед передачей.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="358"/>
        <source>Order {number} is another client&apos;s.</source>
        <translation>Заказ {number} относится к другому клиенту.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="359"/>
        <source>Order {number} is cancelled: there is nothing to hand over.</source>
        <translation>Заказ {number} отменен: передавать нечего.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="360"/>
        <source>Order {number} is {state}: it cannot be {action} now.</source>
        <translation>Заказ {number} в статусе «{state}»: сейчас его нельзя перевести в статус «{action}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="361"/>
        <source>Order {number} is {state}: only a confirmed order has a confirmation.</source>
        <translation>Заказ {number} в статусе «{state}»: подтверждение есть только у подтвержденного заказа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="362"/>
        <source>Order {number} was confirmed on the laptop, but in the office {client} has overdue debt of {overdue}, the oldest {days} days past due (orders are blocked after {block} days): it is back in draft and needs a head&apos;s approval.</source>
        <translation>Заказ {number} подтвержден на ноутбуке, но в офисе у клиента {client} просроченная задолженность {overdue}, максимальная просрочка {days} дн. (заказы блокируются после {block} дн.): заказ возвращен в черновик и требует согласования руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="363"/>
        <source>Order {number} was confirmed on the laptop, but the client&apos;s rating is D in the office: it is back in draft and needs a head&apos;s approval.</source>
        <translation>Заказ {number} подтверждён на ноутбуке, но в офисе рейтинг клиента D: он возвращён в черновик и требует согласования руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="365"/>
        <source>Other</source>
        <comment>reason</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="366"/>
        <source>Others were saving the same records at the same moment, so nothing was saved. Please try again.</source>
        <translation>Другие в тот же момент сохраняли те же записи, поэтому ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="367"/>
        <source>Overdue amount</source>
        <translation>Просроченная сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="368"/>
        <source>Overdue debt blocks orders after 0 to {limit} days; 0 means it never does.</source>
        <translation>Порог блокировки заказов по просрочке — от 0 до {limit} дн.; 0 — заказы не блокируются никогда.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="369"/>
        <source>Overdue debt {amount} {currency}, oldest {days} days past due: {step}.</source>
        <translation>Просроченная задолженность {amount} {currency}, максимальная просрочка {days} дн.: {step}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="370"/>
        <source>Own company</source>
        <translation>Своя компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="371"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="372"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="373"/>
        <source>Partly shipped</source>
        <translation>Част. отгружен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="374"/>
        <source>Partner</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="375"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="376"/>
        <source>Payment terms (days)</source>
        <translation>Отсрочка платежа (дней)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="377"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Отсрочка платежа должна быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="378"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>Отсрочка платежа «{text}» должна быть целым числом дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="379"/>
        <source>Percent added to the base</source>
        <translation>Процент к базе</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="380"/>
        <source>Period: the month is missing (use 2026-12).</source>
        <translation>Период: не указан месяц (например, 2026-12).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="381"/>
        <source>Period: “{text}” is not a month (use 2026-12).</source>
        <translation>Период: «{text}» — не месяц (например, 2026-12).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="382"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="383"/>
        <source>Phone {problem}.</source>
        <translation>Телефон: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="384"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="385"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="386"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="387"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="388"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="389"/>
        <source>Price column</source>
        <translation>Колонка прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="390"/>
        <source>Price list {day}</source>
        <translation>Прайс-лист {day}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="391"/>
        <source>Price: {column}</source>
        <translation>Цена: {column}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="392"/>
        <source>Printed on {when}</source>
        <translation>Напечатано: {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="393"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="394"/>
        <source>Product name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="395"/>
        <source>Product name is required.</source>
        <translation>Необходимо указать название товара.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="396"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="397"/>
        <source>Prospects</source>
        <translation>Перспективы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="398"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="399"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="400"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="401"/>
        <source>Received</source>
        <comment>complaint state</comment>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="402"/>
        <source>Record {number}: {problem}</source>
        <translation>Запись {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="403"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="404"/>
        <source>Recurring activity</source>
        <translation>Повторяющееся действие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="405"/>
        <source>Reference</source>
        <translation>Номер операции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="406"/>
        <source>Referenced invoice</source>
        <translation>Корректируемый счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="407"/>
        <source>Refusals &amp; returns</source>
        <translation>Отказы и возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="408"/>
        <source>Registration number</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="409"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="410"/>
        <source>Reject</source>
        <comment>complaint</comment>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="411"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="412"/>
        <source>Rejected</source>
        <comment>complaint state</comment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="413"/>
        <source>Rejected rows are saved to .xlsx or .csv, not to “{file}”.</source>
        <translation>Отклоненные строки сохраняются в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="414"/>
        <source>Reliability</source>
        <translation>Надежность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="415"/>
        <source>Reliability checked on</source>
        <translation>Дата проверки надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="416"/>
        <source>Reliability note</source>
        <translation>Примечание о надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="417"/>
        <source>Reliability rating</source>
        <translation>Оценка надёжности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="418"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>Рейтинг надежности должен быть A, B, C или D.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="419"/>
        <source>Remark</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="420"/>
        <source>Reminder</source>
        <comment>dunning step</comment>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="421"/>
        <source>Resolve</source>
        <translation>Урегулировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="422"/>
        <source>Resolved</source>
        <translation>Урегулирована</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="423"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="424"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="425"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="427"/>
        <source>Row {row} of this file sets the same plan (period, manager, KPI, client and category).</source>
        <translation>Строка {row} этого файла задаёт тот же план (период, менеджер, показатель, клиент и категория).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="428"/>
        <source>Row {row} of {file} is empty: the column headers are not there.</source>
        <translation>Строка {row} файла {file} пуста: в ней нет заголовков столбцов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="429"/>
        <source>Rows of the price list with errors: {count}. Nothing was imported; correct them and check the file again.</source>
        <translation>Строк прайс-листа с ошибками: {count}. Ничего не импортировано; исправьте их и проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="431"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="432"/>
        <source>SKU is required.</source>
        <translation>Необходимо указать артикул.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="433"/>
        <source>SKU {sku} is already in row {row} of this file.</source>
        <translation>Артикул {sku} уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="434"/>
        <source>Save the company profile first.</source>
        <translation>Сначала сохраните данные компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="435"/>
        <source>Say how the complaint was resolved.</source>
        <translation>Укажите, как урегулирована рекламация.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="436"/>
        <source>Say the statement&apos;s first and last day.</source>
        <translation>Укажите первый и последний день акта сверки.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="437"/>
        <source>Say what is to be done.</source>
        <translation>Укажите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="438"/>
        <source>Say what the client complains about.</source>
        <translation>Опишите суть рекламации клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="439"/>
        <source>Say what the competitor did.</source>
        <translation>Опишите, что сделал конкурент.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="440"/>
        <source>Say where the letters go: a folder for the PDFs and/or e-mails.</source>
        <translation>Укажите, куда направить письма: папку для PDF и/или эл. почту.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="441"/>
        <source>Say where to save the letter: a PDF and/or a DOCX file.</source>
        <translation>Укажите, куда сохранить письмо: файл PDF и/или DOCX.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="442"/>
        <source>Say where to: --pdf FILE.pdf and/or --docx FILE.docx.</source>
        <translation>Укажите, куда: --pdf ФАЙЛ.pdf и/или --docx ФАЙЛ.docx.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="443"/>
        <source>Say where to: --pdf FILE.pdf and/or --xlsx FILE.xlsx.</source>
        <translation>Укажите, куда: --pdf ФАЙЛ.pdf и/или --xlsx ФАЙЛ.xlsx.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="444"/>
        <source>Say where to: --pdf FILE.pdf, --eml FILE.eml or --send.</source>
        <translation>Укажите, куда: --pdf ФАЙЛ.pdf, --eml ФАЙЛ.eml или --send.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="445"/>
        <source>Say which address the mail comes from: add ?from=name@example.com to KAMDESK_SMTP_URL, or an e-mail address to your manager&apos;s details.</source>
        <translation>Укажите адрес отправителя: добавьте ?from=name@example.com к KAMDESK_SMTP_URL или адрес эл. почты в данные вашего менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="446"/>
        <source>Say who must do it: we or the client.</source>
        <translation>Укажите, кто должен это сделать: мы или клиент.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="447"/>
        <source>Say whom the message goes to.</source>
        <translation>Укажите получателя письма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="448"/>
        <source>Say why the complaint is rejected.</source>
        <translation>Укажите причину отклонения рекламации.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="449"/>
        <source>Say why the contract ends.</source>
        <translation>Укажите причину расторжения договора.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="450"/>
        <source>Say why the goods came back.</source>
        <translation>Опишите, почему товар вернули.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="451"/>
        <source>Say why the offer was rejected.</source>
        <translation>Укажите, почему от предложения отказались.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="452"/>
        <source>Say why the order is cancelled.</source>
        <translation>Укажите причину отмены заказа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="453"/>
        <source>Say why: the decision is recorded.</source>
        <translation>Укажите причину: решение сохраняется.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="454"/>
        <source>Second notice</source>
        <translation>Второе уведомление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="455"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="456"/>
        <source>Segment name is required.</source>
        <translation>Необходимо указать название сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="457"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="458"/>
        <source>Send for signature</source>
        <translation>Отправить на подпись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="459"/>
        <source>Sent for signature</source>
        <translation>Отправлен на подпись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="460"/>
        <source>Sent {pushed} changes, received {pulled}, removed {dropped}.</source>
        <translation>Отправлено изменений: {pushed}, получено: {pulled}, удалено: {dropped}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="461"/>
        <source>Sent {pushed} changes, received {pulled}, removed {dropped}; {conflicts} conflicts to look at.</source>
        <translation>Отправлено изменений: {pushed}, получено: {pulled}, удалено: {dropped}; конфликтов к просмотру: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="462"/>
        <source>Sent, awaiting answer</source>
        <translation>Отправлено, ждет ответа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="463"/>
        <source>Set up your e-mail account first (sender, SMTP server, user name).</source>
        <translation>Сначала настройте учетную запись эл. почты (отправитель, сервер SMTP, имя пользователя).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="464"/>
        <source>Several categories are called “{name}”: give its path, such as “Food / Dairy”.</source>
        <translation>Категорий «{name}» несколько: укажите путь, например «Продукты / Молочные».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="465"/>
        <source>Several clients are named “{name}”: give the tax number.</source>
        <translation>Несколько клиентов называются «{name}»: укажите ИНН.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="466"/>
        <source>Ship</source>
        <translation>Отгрузить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="467"/>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="468"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="469"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>После проверки строк некоторые клиенты из этого файла уже были сохранены ({example}). Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="470"/>
        <source>Someone else deleted this record meanwhile; it cannot be saved.</source>
        <translation>Кто-то другой за это время удалил эту запись; её нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="471"/>
        <source>Someone else saved the same record at the same moment ({what}). Please look at it again and save once more.</source>
        <translation>Кто-то другой в тот же момент сохранил ту же запись ({what}). Посмотрите на неё ещё раз и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="472"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="473"/>
        <source>Source must be one of: {choices}.</source>
        <translation>Допустимые значения источника: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="474"/>
        <source>Split by last year&apos;s share, evenly or by hand.</source>
        <translation>Распределение по доле прошлого года, поровну или вручную.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="475"/>
        <source>Start investigation</source>
        <translation>Взять на рассмотрение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="476"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="477"/>
        <source>Statement {start} – {end}</source>
        <translation>Акт сверки {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="478"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="479"/>
        <source>Status must be one of: {choices}.</source>
        <translation>Допустимые значения статуса: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="480"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="481"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="482"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="483"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="484"/>
        <source>Syntax error: {error}</source>
        <translation>Синтаксическая ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="485"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="486"/>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="487"/>
        <source>Tax number {problem}.</source>
        <translation>ИНН: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="488"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>ИНН {tax_number} уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="489"/>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="490"/>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="491"/>
        <source>That invoice does not exist any more.</source>
        <translation>Этого счета больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="492"/>
        <source>That order does not exist any more.</source>
        <translation>Этого заказа больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="493"/>
        <source>That passphrase is longer than {limit} characters, so it cannot be the one of {name}.</source>
        <translation>Эта парольная фраза длиннее {limit} символов, поэтому она не может быть фразой {name}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="494"/>
        <source>That payment does not exist any more.</source>
        <translation>Этой оплаты больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="495"/>
        <source>The IMAP server has no folder “{folder}” ({reason}).</source>
        <translation>На сервере IMAP нет папки «{folder}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="496"/>
        <source>The IMAP server {server} closed the connection before the work was done.</source>
        <translation>Сервер IMAP {server} закрыл соединение до завершения операции.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="497"/>
        <source>The IMAP server {server} refused the user name or the password.</source>
        <translation>Сервер IMAP {server} отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="498"/>
        <source>The IMAP server {server} refused: {reason}.</source>
        <translation>Сервер IMAP {server} отказал: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="499"/>
        <source>The SKU is missing.</source>
        <translation>Не указан артикул.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="500"/>
        <source>The Sent folder&apos;s name is one line of at most 200 characters.</source>
        <translation>Название папки «Отправленные» — одна строка не длиннее 200 символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="501"/>
        <source>The active window is a number of months from {low} to {high}.</source>
        <translation>Окно активности — число месяцев от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="502"/>
        <source>The activity ends before it starts.</source>
        <translation>Активность заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="503"/>
        <source>The activity no longer exists.</source>
        <translation>Этой активности больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="504"/>
        <source>The allocation is no longer there.</source>
        <translation>Этого разнесения больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="505"/>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="506"/>
        <source>The amount is missing.</source>
        <translation>Не указана сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="507"/>
        <source>The amount is zero.</source>
        <translation>Сумма равна нулю.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="508"/>
        <source>The amounts are in different currencies: {currencies}.</source>
        <translation>Суммы указаны в разных валютах: {currencies}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="509"/>
        <source>The attachments are {size} MB together; a message may carry at most {limit} MB.</source>
        <translation>Общий размер вложений — {size} МБ; письмо может содержать не более {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="510"/>
        <source>The audit trail of {url} is unbroken: {count} entries checked.</source>
        <translation>Журнал аудита {url} не нарушен: проверено записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="511"/>
        <source>The audit trail of {url} was tampered with ({count} problems):
{problems}</source>
        <translation>Журнал аудита {url} подделан (проблем: {count}):
{problems}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="512"/>
        <source>The backup copy failed its check ({problem}); it was not kept.</source>
        <translation>Резервная копия не прошла проверку ({problem}); она не сохранена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="513"/>
        <source>The backup was not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="514"/>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="515"/>
        <source>The backup {path} cannot be restored: {problem}.</source>
        <translation>Резервную копию {path} нельзя восстановить: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="516"/>
        <source>The catalogue can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Каталог можно экспортировать только в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="517"/>
        <source>The certificate of {server} could not be verified ({reason}): it is not the server it claims to be, or its certificate authority is unknown to this computer.</source>
        <translation>Не удалось проверить сертификат {server} ({reason}): либо это не тот сервер, за который он себя выдает, либо его центр сертификации неизвестен этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="518"/>
        <source>The certificates in {path} ({variable}) cannot be read: {reason}.</source>
        <translation>Не удалось прочитать сертификаты в {path} ({variable}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="519"/>
        <source>The check of this file is incomplete. Check the file again.</source>
        <translation>Проверка этого файла не завершена. Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="520"/>
        <source>The client has no dunning step #{id}.</source>
        <translation>У клиента нет этапа взыскания №{id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="521"/>
        <source>The client has overdue debt of {overdue}, the oldest {days} days past due (orders are blocked after {block} days): confirming needs the head of department&apos;s override with a reason.</source>
        <translation>У клиента просроченная задолженность {overdue}, максимальная просрочка {days} дн. (заказы блокируются после {block} дн.): для подтверждения нужно решение руководителя отдела с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="522"/>
        <source>The client is missing: give its name or tax number.</source>
        <translation>Не указан клиент: укажите его название или ИНН.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="523"/>
        <source>The client no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="524"/>
        <source>The client&apos;s reliability rating is D: orders need the head of department&apos;s override with a reason.</source>
        <translation>Рейтинг надежности клиента — D: для заказов нужно решение руководителя отдела с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="525"/>
        <source>The company logo is not a readable image.</source>
        <translation>Логотип компании — нечитаемое изображение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="526"/>
        <source>The competitor is missing.</source>
        <translation>Не указан конкурент.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="527"/>
        <source>The connection to the office server was lost during the sync ({reason}). Nothing is lost: the next sync goes on where this one stopped.</source>
        <translation>Связь с сервером офиса прервалась во время синхронизации ({reason}). Ничего не потеряно: следующая синхронизация продолжит с того же места.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="528"/>
        <source>The contact must be one of the client&apos;s contacts.</source>
        <translation>Контактное лицо должно быть одним из контактов этого клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="529"/>
        <source>The contract cannot end before it starts on {start}.</source>
        <translation>Договор не может закончиться раньше даты начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="530"/>
        <source>The contract ends on {end}, before it starts on {start}.</source>
        <translation>Дата окончания договора ({end}) раньше даты его начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="531"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>База данных подтвердила не всех импортированных клиентов, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="532"/>
        <source>The database file {path} is damaged or could not be read. Nothing was saved. Check it (File › Check database) and restore a backup.</source>
        <translation>Файл базы данных {path} поврежден или не читается. Ничего не сохранено. Проверьте его (Файл › Проверить базу данных) и восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="533"/>
        <source>The database is busy: another program has been saving into it for a long time. Nothing was saved; try again in a moment.</source>
        <translation>База данных занята: другая программа долго записывает в нее. Ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="535"/>
        <source>The database {name} is encrypted: give its passphrase (in the variable {variable} or when kamdesk asks for it).</source>
        <translation>База {name} зашифрована: укажите её парольную фразу (в переменной {variable} или когда kamdesk спросит).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="536"/>
        <source>The database {path} is damaged ({count} problems):
{problems}{more}</source>
        <translation>База данных {path} повреждена (проблем: {count}):
{problems}{more}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="537"/>
        <source>The database {path} is on a network drive ({kind}). SQLite cannot lock files safely there, and two computers would damage it. Keep the database on this computer&apos;s own disk, or use the team&apos;s PostgreSQL server.</source>
        <translation>База данных {path} находится на сетевом диске ({kind}). SQLite не может там надежно блокировать файлы, и два компьютера повредят базу. Храните базу на собственном диске этого компьютера или используйте сервер PostgreSQL команды.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="539"/>
        <source>The date of the payment is missing.</source>
        <translation>Не указана дата оплаты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="540"/>
        <source>The day of the return is in the future.</source>
        <translation>Дата возврата еще не наступила.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="541"/>
        <source>The deadline {deadline} is before the complaint was received on {received}.</source>
        <translation>Срок рассмотрения {deadline} раньше даты получения рекламации {received}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="542"/>
        <source>The department has no plan for this month to split.</source>
        <translation>У отдела нет плана на этот месяц для распределения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="543"/>
        <source>The discount limit must be between 0 and 100 %.</source>
        <translation>Лимит скидки должен быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="544"/>
        <source>The discount on this order needs the head of department&apos;s approval (request {state}).</source>
        <translation>Скидка в этом заказе требует согласования руководителя отдела (статус запроса: {state}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="545"/>
        <source>The disk is full; nothing was saved. Free some space on the disk of {folder} and try again.</source>
        <translation>Диск заполнен; ничего не сохранено. Освободите место на диске {folder} и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="546"/>
        <source>The draft could not be written to {path}: {reason}.</source>
        <translation>Не удалось записать черновик в {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="547"/>
        <source>The due date {due} is before the issue date {issue}.</source>
        <translation>Срок оплаты {due} раньше даты выставления {issue}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="548"/>
        <source>The dunning step no longer exists.</source>
        <translation>Этап взыскания больше не существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="549"/>
        <source>The e-mail account could not be saved in {path}: {reason}.</source>
        <translation>Не удалось сохранить учетную запись эл. почты в {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="550"/>
        <source>The e-mail could not be made: {reason}.</source>
        <translation>Не удалось составить письмо: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="551"/>
        <source>The file name “{name}” holds a line break or a control character: rename the file.</source>
        <translation>Имя файла «{name}» содержит перевод строки или управляющий символ: переименуйте файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="552"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Файл {file} не существует или не является файлом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="555"/>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Не удалось записать файл {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="556"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="557"/>
        <source>The folder {folder} of the database does not exist (a removed drive or a renamed folder?).</source>
        <translation>Папка базы данных {folder} не существует (отключенный диск или переименованная папка?).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="558"/>
        <source>The goods cannot come back before the order&apos;s date, {day}.</source>
        <translation>Товар не может быть возвращен раньше даты заказа ({day}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="559"/>
        <source>The gross amount is missing.</source>
        <translation>Не указана сумма с НДС.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="560"/>
        <source>The gross amount is zero.</source>
        <translation>Сумма с НДС равна нулю.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="561"/>
        <source>The interval must be between 1 and 99.</source>
        <translation>Интервал должен быть от 1 до 99.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="562"/>
        <source>The invoice has only {left} left to settle.</source>
        <translation>По счету осталось погасить только {left}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="563"/>
        <source>The invoice is no longer there.</source>
        <translation>Этого счета больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="564"/>
        <source>The invoice number is missing.</source>
        <translation>Не указан номер счета.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="565"/>
        <source>The issue date is missing.</source>
        <translation>Не указана дата выставления.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="566"/>
        <source>The laptop&apos;s copy could not be made: {reason}</source>
        <translation>Копию для ноутбука создать не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="567"/>
        <source>The laptop&apos;s copy needs a passphrase of at least {n} characters (${var} or typed).</source>
        <translation>Для копии на ноутбуке нужна парольная фраза не короче {n} символов (${var} или ввод).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="568"/>
        <source>The largest attached file is a number of megabytes from 1 to {most}.</source>
        <translation>Наибольший размер вложения — число мегабайт от 1 до {most}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="569"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation>Последний день ({last}) раньше первого ({first}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="570"/>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="571"/>
        <source>The letter prints {what}, which is empty.</source>
        <translation>Письмо выводит поле «{what}», но оно не заполнено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="572"/>
        <source>The login {login} is no kamdesk user on this server: a laptop is taken offline with a manager&apos;s own login.</source>
        <translation>Логин {login} не является пользователем kamdesk на этом сервере: ноутбук переводят в офлайн под собственным логином менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="573"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>Логотип больше 2 МБ; выберите изображение меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="574"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Логотип должен быть изображением в формате PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="575"/>
        <source>The mail server refused the message ({reason}): nothing was sent.</source>
        <translation>Почтовый сервер отклонил письмо ({reason}): ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="576"/>
        <source>The mail server refused the sender {address} ({reason}): nothing was sent.</source>
        <translation>Почтовый сервер отклонил отправителя {address} ({reason}): ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="577"/>
        <source>The mail server refused {addresses} ({reason}): nobody was sent the message.</source>
        <translation>Почтовый сервер отклонил {addresses} ({reason}): письмо никому не отправлено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="578"/>
        <source>The mail server {server} closed the connection before the message was sent.</source>
        <translation>Почтовый сервер {server} закрыл соединение до отправки письма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="579"/>
        <source>The mail server {server} does not offer what kamdesk needs ({reason}): check the encryption and the user name.</source>
        <translation>Почтовый сервер {server} не поддерживает то, что нужно kamdesk ({reason}): проверьте шифрование и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="580"/>
        <source>The mail server {server} failed ({reason}): nothing was sent.</source>
        <translation>Ошибка почтового сервера {server} ({reason}): ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="581"/>
        <source>The mail server {server} refused the user name or the password.</source>
        <translation>Почтовый сервер {server} отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="582"/>
        <source>The message was sent to {recipients}, but it could not be recorded in the client&apos;s history ({reason}).</source>
        <translation>Письмо отправлено ({recipients}), но записать его в историю клиента не удалось ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="583"/>
        <source>The offer has no lines.</source>
        <translation>В предложении нет позиций.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="584"/>
        <source>The offer is valid until {date}: that is in the past.</source>
        <translation>Срок действия предложения ({date}) уже истёк.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="585"/>
        <source>The office does not have this record, or you may no longer see it.</source>
        <translation>Этой записи нет в офисе, или она вам больше не доступна.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="586"/>
        <source>The office refused it: {reason}</source>
        <translation>Офис отклонил: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="587"/>
        <source>The office server refused the login for {url}: give the password.</source>
        <translation>Сервер офиса отклонил вход ({url}): введите пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="588"/>
        <source>The office server {url} cannot be reached ({reason}). Your work stays on this laptop and is sent at the next sync.</source>
        <translation>Сервер офиса {url} недоступен ({reason}). Ваша работа остаётся на ноутбуке и будет отправлена при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="589"/>
        <source>The open database is not a laptop replica: there is nothing to sync. Take a laptop offline from the team server first.</source>
        <translation>Открытая база — не копия для ноутбука: синхронизировать нечего. Сначала переведите ноутбук в офлайн с командного сервера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="591"/>
        <source>The order has no lines.</source>
        <translation>В заказе нет позиций.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="592"/>
        <source>The order line must be one of the client&apos;s orders.</source>
        <translation>Позиция должна быть из заказа этого клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="593"/>
        <source>The passphrase does not open {name}. Check it and try again; if it is right, the file is damaged and a backup should be restored.</source>
        <translation>Парольная фраза не открывает {name}. Проверьте её и попробуйте снова; если она верна, файл повреждён и нужно восстановить резервную копию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="594"/>
        <source>The passphrase may have at most {count} characters.</source>
        <translation>Парольная фраза может содержать не более {count} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="595"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Парольная фраза должна содержать не менее {count} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="596"/>
        <source>The password could not be kept in this computer&apos;s keyring ({reason}); enter it when you send.</source>
        <translation>Не удалось сохранить пароль в хранилище ключей этого компьютера ({reason}); вводите его при отправке.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="597"/>
        <source>The payment has only {left} left to allocate by hand.</source>
        <translation>Для ручного разнесения от оплаты осталось только {left}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="598"/>
        <source>The payment is no longer there.</source>
        <translation>Этой оплаты больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="599"/>
        <source>The percentage must be between 0 and 100.</source>
        <translation>Процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="600"/>
        <source>The period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="601"/>
        <source>The period ends before it starts.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="602"/>
        <source>The price column needs a name.</source>
        <translation>Укажите название колонки прайс-листа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="603"/>
        <source>The price column “{column}” was changed since the file was checked. Check the file again.</source>
        <translation>После проверки файла колонка прайс-листа «{column}» была изменена. Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="604"/>
        <source>The price is missing.</source>
        <translation>Не указана цена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="605"/>
        <source>The price list has no products: none of those chosen has a price in the client&apos;s price column.</source>
        <translation>В прайс-листе нет товаров: ни у одного из выбранных нет цены в колонке прайс-листа клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="606"/>
        <source>The product name is missing (the SKU {sku} is new).</source>
        <translation>Не указано название товара (артикул {sku} новый).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="607"/>
        <source>The product {sku} was deleted since the file was checked. Check the file again.</source>
        <translation>После проверки файла товар {sku} был удален. Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="608"/>
        <source>The promotion must end on or after its first day.</source>
        <translation>Акция должна заканчиваться не раньше своего первого дня.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="609"/>
        <source>The promotion needs a name.</source>
        <translation>Укажите название акции.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="610"/>
        <source>The record is no longer here.</source>
        <translation>Этой записи здесь больше нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="612"/>
        <source>The record the value refers to is not here.</source>
        <translation>Запись, на которую ссылается значение, отсутствует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="613"/>
        <source>The rejected rows cannot be saved to {file}: that is the file being imported. Choose another name.</source>
        <translation>Отклоненные строки нельзя сохранить в {file}: это импортируемый файл. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="614"/>
        <source>The renewal window is a number of days from 1 to 3650.</source>
        <translation>Срок напоминания о продлении — число дней от 1 до 3650.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="615"/>
        <source>The requested delivery date is before the order date.</source>
        <translation>Желаемая дата поставки раньше даты заказа.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="616"/>
        <source>The row names neither our product&apos;s SKU nor a category.</source>
        <translation>В строке не указан ни артикул нашего товара, ни категория.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="617"/>
        <source>The rule gives no occurrence after the start.</source>
        <translation>По этому правилу после начала нет ни одного повторения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="618"/>
        <source>The scale needs between 1 and 50 steps, as 90:80; 100:100.</source>
        <translation>В шкале должно быть от 1 до 50 ступеней, например 90:80; 100:100.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="619"/>
        <source>The secure connection to {server} failed ({reason}): check the port and the encryption (STARTTLS or SSL).</source>
        <translation>Не удалось установить защищенное соединение с {server} ({reason}): проверьте порт и шифрование (STARTTLS или SSL).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="620"/>
        <source>The sender&apos;s name is one line of at most 200 characters.</source>
        <translation>Имя отправителя — одна строка не длиннее 200 символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="621"/>
        <source>The series would have more than {limit} occurrences; end it sooner.</source>
        <translation>В серии было бы больше {limit} повторений; завершите ее раньше.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="623"/>
        <source>The server {host} was not found: check its name and the network.</source>
        <translation>Сервер {host} не найден: проверьте его имя и сеть.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="624"/>
        <source>The server {server} closed the connection before the work was done.</source>
        <translation>Сервер {server} закрыл соединение до завершения операции.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="625"/>
        <source>The server {server} could not be reached: {reason}.</source>
        <translation>Сервер {server} недоступен: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="626"/>
        <source>The server {server} did not answer in time.</source>
        <translation>Сервер {server} не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="627"/>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 465) or ask who runs it.</source>
        <translation>Сервер {server} не поддерживает STARTTLS: выберите SSL (обычно порт 465) или обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="628"/>
        <source>The server {server} refused the connection: check the server&apos;s name and port.</source>
        <translation>Сервер {server} отклонил подключение: проверьте имя сервера и порт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="629"/>
        <source>The sheet needs the columns {columns}.</source>
        <translation>На листе нужны столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="630"/>
        <source>The signing date {date} is in the future.</source>
        <translation>Дата подписания {date} еще не наступила.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="631"/>
        <source>The subject must be one line of at most {count} characters.</source>
        <translation>Тема должна быть одной строкой не длиннее {count} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="632"/>
        <source>The template calls itself too deeply: a macro may call itself without end.</source>
        <translation>Шаблон вызывает сам себя слишком глубоко: макрос, возможно, вызывает себя бесконечно.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="633"/>
        <source>The template cannot be filled in: {error}</source>
        <translation>Не удалось заполнить шаблон: {error}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="634"/>
        <source>The template has no text.</source>
        <translation>В шаблоне нет текста.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="635"/>
        <source>The template needs too much memory to fill in: something it builds grows too large.</source>
        <translation>Для заполнения шаблона нужно слишком много памяти: что-то из построенного им становится слишком большим.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="636"/>
        <source>The template nests too deeply to be read.</source>
        <translation>Шаблон слишком глубоко вложен, чтобы его можно было прочитать.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="637"/>
        <source>The template prints {what}, which is empty.</source>
        <translation>Шаблон выводит поле «{what}», но оно не заполнено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="638"/>
        <source>The template takes longer than {seconds} seconds to fill in: a loop or a macro may never end.</source>
        <translation>Заполнение шаблона занимает больше {seconds} секунд: цикл или макрос, возможно, никогда не заканчивается.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="639"/>
        <source>The template writes more than {limit} characters: a loop may repeat too often.</source>
        <translation>Шаблон выводит больше {limit} символов: цикл, возможно, повторяется слишком часто.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="640"/>
        <source>The template “{name}” has no field {fields}.</source>
        <translation>В шаблоне «{name}» нет поля {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="641"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="643"/>
        <source>The user name is one line of at most 254 characters.</source>
        <translation>Имя пользователя — одна строка не длиннее 254 символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="645"/>
        <source>The validity date is before the offer date.</source>
        <translation>Дата окончания действия раньше даты предложения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="646"/>
        <source>The weights must add up to 100 per cent.</source>
        <translation>Сумма весов должна составлять 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="647"/>
        <source>The {step} must start later than the step before it.</source>
        <translation>Этап «{step}» должен начинаться позже предыдущего.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="648"/>
        <source>The {what} is too long: {length} characters; at most {limit}.</source>
        <translation>Поле «{what}» слишком длинное: {length} символов; допускается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="649"/>
        <source>There are no contacts to export.</source>
        <translation>Нет контактов для экспорта.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="650"/>
        <source>There are no managers called {names}: create them, or import their clients without a manager.</source>
        <translation>Менеджеры не найдены: {names}. Создайте их или импортируйте их клиентов без менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="651"/>
        <source>There is a file {path} already; an encrypted database is made as a new file.</source>
        <translation>Файл {path} уже существует; зашифрованная база создаётся только как новый файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="653"/>
        <source>There is already a competitor called {name}.</source>
        <translation>Конкурент «{name}» уже есть.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="654"/>
        <source>There is no activity with id {id}.</source>
        <translation>Активность с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="655"/>
        <source>There is no approval request with id {id}.</source>
        <translation>Запрос на согласование с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="656"/>
        <source>There is no category with id {id}.</source>
        <translation>Нет категории с кодом {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="657"/>
        <source>There is no category “{path}”.</source>
        <translation>Категории «{path}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="658"/>
        <source>There is no client with id {id}.</source>
        <translation>Клиент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="659"/>
        <source>There is no client with the tax number or id “{text}”.</source>
        <translation>Клиент с ИНН или ID «{text}» не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="660"/>
        <source>There is no competitor action with id {id}.</source>
        <translation>Нет действия конкурента с кодом {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="661"/>
        <source>There is no competitor with id {id}.</source>
        <translation>Нет конкурента с кодом {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="662"/>
        <source>There is no complaint numbered {number}.</source>
        <translation>Рекламация с номером {number} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="663"/>
        <source>There is no complaint with id {id}.</source>
        <translation>Рекламация с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="664"/>
        <source>There is no contract file with id {id}.</source>
        <translation>Файл договора с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="665"/>
        <source>There is no contract numbered {number}.</source>
        <translation>Договор с номером {number} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="666"/>
        <source>There is no contract template with id {id}.</source>
        <translation>Шаблон договора с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="667"/>
        <source>There is no contract with id {id}.</source>
        <translation>Договор с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="668"/>
        <source>There is no database at {path} to back up.</source>
        <translation>По пути {path} нет базы данных для резервного копирования.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="669"/>
        <source>There is no file {path}.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="670"/>
        <source>There is no invoice {number}.</source>
        <translation>Счет {number} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="671"/>
        <source>There is no letter template “{name}”.</source>
        <translation>Шаблона письма «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="672"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Менеджер «{name}» не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="673"/>
        <source>There is no manager with id {id}.</source>
        <translation>Менеджер с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="674"/>
        <source>There is no manager “{name}”; managers: {known}.</source>
        <translation>Менеджер «{name}» не найден; менеджеры: {known}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="675"/>
        <source>There is no obligation with id {id}.</source>
        <translation>Обязательство с ID {id} не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="676"/>
        <source>There is no observed price with id {id}.</source>
        <translation>Нет замеченной цены с кодом {id}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="677"/>
        <source>There is no offer numbered {number}.</source>
        <translation>Предложения с номером {number} нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="678"/>
        <source>There is no offer with id {id}.</source>
        <translation>Предложения с кодом {id} нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="679"/>
        <source>There is no order line with id {id}.</source>
        <translation>Позиция заказа с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="680"/>
        <source>There is no order numbered {number}.</source>
        <translation>Заказ с номером {number} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="681"/>
        <source>There is no order state “{state}”; the states are {states}.</source>
        <translation>Статуса заказа «{state}» не существует; допустимые статусы: {states}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="682"/>
        <source>There is no order with id {id}.</source>
        <translation>Заказ с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="683"/>
        <source>There is no order {number}.</source>
        <translation>Заказ {number} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="684"/>
        <source>There is no other value to use here; keep it as it is.</source>
        <translation>Другого значения здесь нет; оставьте как есть.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="685"/>
        <source>There is no price column called “{name}”.</source>
        <translation>Колонки прайс-листа «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="686"/>
        <source>There is no product with id {id}.</source>
        <translation>Товар с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="687"/>
        <source>There is no product with the SKU {sku}.</source>
        <translation>Нет товара с артикулом {sku}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="688"/>
        <source>There is no return with id {id}.</source>
        <translation>Возврат с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="689"/>
        <source>There is no segment called {name}.</source>
        <translation>Сегмент «{name}» не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="690"/>
        <source>There is no segment called “{name}”.</source>
        <translation>Сегмента «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="691"/>
        <source>There is no segment with id {id}.</source>
        <translation>Сегмент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="692"/>
        <source>There is no series with id {id}.</source>
        <translation>Серия с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="694"/>
        <source>This activity is planned for {when}, which is still to come: record it as done now, or complete it once it has happened.</source>
        <translation>Эта активность запланирована на будущее ({when}): отметьте ее завершенной прямо сейчас или завершите, когда она состоится.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="695"/>
        <source>This activity is {state} already; only a planned one can be completed or cancelled.</source>
        <translation>Эта активность уже в статусе «{state}»; завершить или отменить можно только запланированную.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="696"/>
        <source>This conflict is no longer listed.</source>
        <translation>Этого конфликта больше нет в списке.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="697"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>В этой базе данных уже есть клиенты; демоданные можно загрузить только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="698"/>
        <source>This database already has products or orders; demo data goes into an empty database.</source>
        <translation>В этой базе данных уже есть товары или заказы; демоданные можно загрузить только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="699"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Эта база данных создана или обновлена более новой версией kamdesk (в ней есть изменения схемы {changes}, неизвестные этой версии). База данных оставлена без изменений. Чтобы открыть ее, установите более новую версию kamdesk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="700"/>
        <source>This laptop and the office server run different versions of kamdesk ({newer} is newer): nothing was exchanged. Install the same kamdesk version on both, then sync again.</source>
        <translation>На ноутбуке и на сервере офиса разные версии kamdesk (новее — {newer}): обмена не было. Установите одинаковую версию и синхронизируйте снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="701"/>
        <source>This laptop has no {series} numbers left for {year}: sync with the office to get more.</source>
        <translation>На этом ноутбуке не осталось номеров ({series}) на {year} год: синхронизируйтесь с офисом, чтобы получить новые.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="702"/>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="703"/>
        <source>This request was decided already.</source>
        <translation>По этому запросу уже принято решение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="704"/>
        <source>This row holds column headers ({headers}), not data; it is not imported.</source>
        <translation>В этой строке заголовки столбцов ({headers}), а не данные; она не импортируется.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="705"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="706"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="707"/>
        <source>Two steps of the scale start at the same fulfilment.</source>
        <translation>У двух ступеней шкалы одинаковый процент выполнения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="708"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="709"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="710"/>
        <source>Unknown KPI “{kpi}”: use {kpis}.</source>
        <translation>Неизвестный KPI «{kpi}»: используйте {kpis}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="711"/>
        <source>Unknown contract type “{kind}”; use one of: {kinds}.</source>
        <translation>Неизвестный тип договора «{kind}»; допустимые значения: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="712"/>
        <source>Unknown dunning step “{step}”.</source>
        <translation>Неизвестный этап взыскания «{step}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="713"/>
        <source>Unknown kind of activity “{kind}”.</source>
        <translation>Неизвестный тип активности «{kind}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="714"/>
        <source>Unknown language “{language}”; use one of: {languages}.</source>
        <translation>Неизвестный язык «{language}»; допустимые значения: {languages}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="715"/>
        <source>Unknown placeholder “{name}”.</source>
        <translation>Неизвестное поле подстановки «{name}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="716"/>
        <source>Unknown placeholder “{name}”; did you mean “{suggestion}”?</source>
        <translation>Неизвестное поле подстановки «{name}»; возможно, имелось в виду «{suggestion}»?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="717"/>
        <source>Unknown setting “{key}”; use one of: {keys}.</source>
        <translation>Неизвестная настройка «{key}»; допустимые значения: {keys}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="718"/>
        <source>Unknown state “{state}”: use {states}.</source>
        <translation>Неизвестное состояние «{state}»: используйте {states}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="723"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="727"/>
        <source>Value {currency}</source>
        <translation>Сумма, {currency}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="728"/>
        <source>Value: the plan is missing.</source>
        <translation>Значение: план не указан.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="729"/>
        <source>Value: “{text}” is not a plan of clients: a whole number of zero or more, at most {limit}.</source>
        <translation>Значение: «{text}» — не план по клиентам: целое число от нуля, не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="730"/>
        <source>Value: “{text}” is not a plan of sales: an amount of zero or more, at most {limit}.</source>
        <translation>Значение: «{text}» — не план продаж: сумма от нуля, не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="737"/>
        <source>Went to a competitor</source>
        <translation>Ушел к конкуренту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="739"/>
        <source>Without encryption kamdesk connects only to this computer (localhost): choose STARTTLS or SSL.</source>
        <translation>Без шифрования kamdesk подключается только к этому компьютеру (localhost): выберите STARTTLS или SSL.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="741"/>
        <source>Write a subject.</source>
        <translation>Укажите тему.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="742"/>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="743"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="745"/>
        <source>a cell outside any row, after row {row}</source>
        <translation>ячейка вне строк, после строки {row}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="746"/>
        <source>a cell reference “{reference}” that is not a column</source>
        <translation>ссылка на ячейку «{reference}», которая не является столбцом</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="747"/>
        <source>a part every workbook has is missing</source>
        <translation>в нем нет части, которая есть в любой книге</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="748"/>
        <source>a row numbered “{number}”, not 1 to {most}</source>
        <translation>строка с номером «{number}», а не от 1 до {most}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="753"/>
        <source>bank account</source>
        <translation>банковский счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="754"/>
        <source>cancellation note</source>
        <translation>примечание к отмене</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="758"/>
        <source>category name</source>
        <translation>название категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="759"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="760"/>
        <source>client name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="761"/>
        <source>closing text</source>
        <translation>заключительный текст</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="762"/>
        <source>company name</source>
        <translation>название компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="763"/>
        <source>competitor&apos;s name</source>
        <translation>название конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="764"/>
        <source>complaint</source>
        <comment>numbers left</comment>
        <translation>рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="765"/>
        <source>complaint description</source>
        <translation>описание рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="768"/>
        <source>contact&apos;s e-mail address</source>
        <translation>e-mail контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="769"/>
        <source>contact&apos;s name</source>
        <translation>имя контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="770"/>
        <source>contact&apos;s note</source>
        <translation>примечание к контактному лицу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="771"/>
        <source>contact&apos;s phone number</source>
        <translation>телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="772"/>
        <source>contact&apos;s position</source>
        <translation>должность контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="773"/>
        <source>contract</source>
        <comment>numbers left</comment>
        <translation>договоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="774"/>
        <source>contract text</source>
        <translation>текст договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="775"/>
        <source>contract title</source>
        <translation>заголовок договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="777"/>
        <source>delivery address</source>
        <translation>адрес доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="778"/>
        <source>delivery city</source>
        <translation>город доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="779"/>
        <source>delivery postcode</source>
        <translation>почтовый индекс доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="780"/>
        <source>delivery street address</source>
        <translation>улица и дом доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="781"/>
        <source>description of the competitor&apos;s action</source>
        <translation>описание действия конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="782"/>
        <source>description of the obligation</source>
        <translation>описание обязательства</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="785"/>
        <source>e-mail address</source>
        <translation>адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="791"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="793"/>
        <source>how many days the oldest invoice is past due (a number)</source>
        <translation>на сколько дней просрочен самый старый счет (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="794"/>
        <source>how many invoices are overdue (a number)</source>
        <translation>сколько счетов просрочено (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="795"/>
        <source>introduction</source>
        <translation>вступление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="802"/>
        <source>it is damaged, or it is not a workbook: its zip cannot be unpacked</source>
        <translation>он поврежден или не является книгой: его архив не распаковывается</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="803"/>
        <source>it starts with a {encoding} mark, but line {line} is not {encoding}</source>
        <translation>он начинается с метки {encoding}, но строка {line} не в {encoding}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="804"/>
        <source>its XML declares a character encoding no workbook uses</source>
        <translation>его XML указывает кодировку, которой не пользуется ни одна книга</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="805"/>
        <source>its XML is damaged at line {line}, column {column}</source>
        <translation>его XML поврежден в строке {line}, столбце {column}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="812"/>
        <source>legal form</source>
        <translation>организационно-правовая форма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="813"/>
        <source>line {line} is not {encoding} text</source>
        <translation>строка {line} — не текст в {encoding}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="814"/>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="815"/>
        <source>manager&apos;s e-mail address</source>
        <translation>e-mail менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="816"/>
        <source>manager&apos;s name</source>
        <translation>имя менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="819"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="820"/>
        <source>note on needs</source>
        <translation>примечание о потребностях</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="821"/>
        <source>note on prospects</source>
        <translation>примечание о перспективах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="822"/>
        <source>note on the return</source>
        <translation>комментарий к возврату</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="823"/>
        <source>offer</source>
        <comment>numbers left</comment>
        <translation>предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="824"/>
        <source>order</source>
        <comment>numbers left</comment>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="835"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="838"/>
        <source>phone number</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="839"/>
        <source>place of signing</source>
        <translation>место подписания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="841"/>
        <source>postcode</source>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="842"/>
        <source>price column name</source>
        <translation>название колонки цен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="843"/>
        <source>product description</source>
        <translation>описание товара</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="844"/>
        <source>product name</source>
        <translation>название товара</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="845"/>
        <source>promotion name</source>
        <translation>название акции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="846"/>
        <source>reason for the credit override</source>
        <translation>причина превышения кредитного лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="847"/>
        <source>received</source>
        <comment>complaint state</comment>
        <translation>получена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="848"/>
        <source>registration number</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="850"/>
        <source>rejected</source>
        <comment>complaint state</comment>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="851"/>
        <source>rejection note</source>
        <translation>причина отказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="852"/>
        <source>reliability note</source>
        <translation>примечание о надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="853"/>
        <source>resolution</source>
        <translation>решение по рекламации</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="854"/>
        <source>resolved</source>
        <translation>урегулирована</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="855"/>
        <source>row {row}, column {column} refers to a shared text the workbook does not have ({index})</source>
        <translation>строка {row}, столбец {column} ссылается на общий текст, которого нет в книге ({index})</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="856"/>
        <source>segment name</source>
        <translation>название сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="861"/>
        <source>source of the price</source>
        <translation>источник цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="862"/>
        <source>street address</source>
        <translation>улица и дом</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="863"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="864"/>
        <source>taken into investigation</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="865"/>
        <source>tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="866"/>
        <source>template name</source>
        <translation>название шаблона</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="867"/>
        <source>template text</source>
        <translation>текст шаблона</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="869"/>
        <source>termination reason</source>
        <translation>причина расторжения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="870"/>
        <source>text of the delivery terms</source>
        <translation>текст условий поставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="871"/>
        <source>text of the payment terms</source>
        <translation>текст условий оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="913"/>
        <source>the currency of the overdue amount</source>
        <translation>валюта просроченной суммы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="914"/>
        <source>the date of the previous step taken (empty before the first)</source>
        <translation>дата предыдущего выполненного этапа (пусто до первого этапа)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="915"/>
        <source>the date to pay by</source>
        <translation>дата, до которой нужно оплатить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="916"/>
        <source>the due date of the oldest overdue invoice</source>
        <translation>срок оплаты самого старого просроченного счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="917"/>
        <source>the dunning step (e.g. “first notice”)</source>
        <translation>этап взыскания (например, «первое уведомление»)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="918"/>
        <source>the field “{name}” typed for the letter</source>
        <translation>поле «{name}», введенное для письма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="920"/>
        <source>the office server</source>
        <translation>сервер офиса</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="921"/>
        <source>the overdue amount</source>
        <translation>просроченная сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="922"/>
        <source>the overdue invoices (a list, for a loop)</source>
        <translation>просроченные счета (список, для цикла)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="924"/>
        <source>the table of overdue invoices</source>
        <translation>таблица просроченных счетов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="925"/>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="927"/>
        <source>under investigation</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="928"/>
        <source>unit</source>
        <translation>единица измерения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="929"/>
        <source>website</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="934"/>
        <source>{client} has no overdue debt to chase.</source>
        <translation>У клиента {client} нет просроченной задолженности для взыскания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="935"/>
        <source>{day} is outside the years 1900 to 9998.</source>
        <translation>{day} — вне диапазона лет с 1900 по 9998.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="936"/>
        <source>{document}: {problem}</source>
        <translation>{document}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="937"/>
        <source>{file} cannot be imported: it declares XML entities, which no Excel workbook does.</source>
        <translation>{file} нельзя импортировать: он объявляет XML-сущности, чего не делает ни одна книга Excel.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="938"/>
        <source>{file} cannot be imported: it is a zip of more than {limit} parts, which no workbook is.</source>
        <translation>{file} нельзя импортировать: это архив из более чем {limit} частей, а книга такой не бывает.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="939"/>
        <source>{file} cannot be imported: its part {part} is compressed {ratio} times, as only a damaged or hostile file is.</source>
        <translation>{file} нельзя импортировать: его часть {part} сжата в {ratio} раз, как бывает только у поврежденного или вредоносного файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="940"/>
        <source>{file} cannot be imported: its part {part} would unpack to {size} MB, more than the {limit} MB kamdesk reads.</source>
        <translation>{file} нельзя импортировать: его часть {part} распакуется в {size} МБ, больше {limit} МБ, которые читает kamdesk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="944"/>
        <source>{file} cannot be read: {reason}. Save it again as UTF-8.</source>
        <translation>{file} не читается: {reason}. Сохраните его заново в UTF-8.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="946"/>
        <source>{file} does not look like a text (CSV) file: line {line} holds a NUL byte.</source>
        <translation>{file} не похож на текстовый (CSV) файл: в строке {line} есть байт NUL.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="949"/>
        <source>{file} is damaged: its part {part} does not unpack to what its zip header says (size or checksum).</source>
        <translation>{file} поврежден: его часть {part} распаковывается не в то, что указано в заголовке архива (размер или контрольная сумма).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="951"/>
        <source>{file} is not a CSV file kamdesk can read: line {line}: {reason}.</source>
        <translation>{file} — не CSV-файл, который может прочитать kamdesk: строка {line}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="952"/>
        <source>{file} is too large to import at once (more than {cells} cells or {chars} characters): split it into smaller files.</source>
        <translation>{file} слишком велик для импорта за один раз (более {cells} ячеек или {chars} символов): разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="953"/>
        <source>{file} is too large to import at once (more than {limit} MB): split it into smaller files.</source>
        <translation>{file} слишком велик для импорта за один раз (более {limit} МБ): разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="954"/>
        <source>{file} is too large to import at once ({size} MB; at most {limit} MB): split it into smaller files.</source>
        <translation>{file} слишком велик для импорта за один раз ({size} МБ; не более {limit} МБ): разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="955"/>
        <source>{file} mixes encodings: line {line} is not UTF-8 like the lines with accents before or after it. Save the whole file again in one encoding (UTF-8).</source>
        <translation>{file} смешивает кодировки: строка {line} не в UTF-8, в отличие от строк с диакритикой до или после нее. Сохраните весь файл заново в одной кодировке (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="956"/>
        <source>{file}: line {line} holds a cell longer than {limit} characters.</source>
        <translation>{file}: в строке {line} есть ячейка длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="957"/>
        <source>{file}: row {row} has a value in column {column}, beyond the {limit} columns kamdesk reads. Delete it, or move it to a column on the left.</source>
        <translation>{file}: в строке {row} есть значение в столбце {column}, за пределами {limit} столбцов, которые читает kamdesk. Удалите его или перенесите в столбец левее.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="958"/>
        <source>{file}: row {row}, column {column} holds {length} characters; a cell may hold at most {limit}.</source>
        <translation>{file}: строка {row}, столбец {column} содержит {length} символов; в ячейке допускается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="959"/>
        <source>{file}: row {row}, column {column} holds “�” where a letter was lost when the file was converted before. Correct the letter in the file, then import it again.</source>
        <translation>{file}: в строке {row}, столбце {column} стоит «�» на месте буквы, потерянной при прежнем преобразовании файла. Исправьте букву в файле и импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="960"/>
        <source>{file}: the quote (&quot;) opened in line {line} is never closed, so the rest of the file would be one cell. Close it, or remove it.</source>
        <translation>{file}: кавычка (&quot;), открытая в строке {line}, не закрыта, и весь остаток файла стал бы одной ячейкой. Закройте или удалите ее.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="961"/>
        <source>{file}: the quote (&quot;) opened in line {line} is not closed within {limit} lines. Close it, or remove it.</source>
        <translation>{file}: кавычка (&quot;), открытая в строке {line}, не закрыта в пределах {limit} строк. Закройте или удалите ее.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="963"/>
        <source>{label}: {date} is not a date of an invoice or a payment.</source>
        <translation>{label}: {date} — недопустимая дата счета или оплаты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="964"/>
        <source>{label}: {text} has more than two decimal places.</source>
        <translation>{label}: в {text} больше двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="965"/>
        <source>{label}: “{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>{label}: «{text}» — не дата (используйте формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="966"/>
        <source>{label}: “{text}” is not an amount.</source>
        <translation>{label}: «{text}» не распознано как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="968"/>
        <source>{name} cannot be deleted: {prices} observed prices, {actions} actions and {shares} shares of clients&apos; purchases are recorded of it. Delete those first, or keep the competitor.</source>
        <translation>Нельзя удалить конкурента «{name}»: по нему записаны замеченные цены ({prices}), действия ({actions}) и доли в закупках клиентов ({shares}). Сначала удалите их или оставьте конкурента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="969"/>
        <source>{name} grew past {limit} MB while it was read: a contract keeps files of up to {limit} MB.</source>
        <translation>{name} вырос больше {limit} МБ во время чтения: договор хранит файлы размером до {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="971"/>
        <source>{number} is a credit note: a credit note refers to an invoice.</source>
        <translation>{number} — корректировочный счет, а ссылаться можно только на счет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="972"/>
        <source>{number} is not a document of {client}.</source>
        <translation>{number} не является документом клиента {client}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="973"/>
        <source>{option} “{text}” is not a date such as 2026-12-31.</source>
        <translation>{option} «{text}» — не дата в формате 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="974"/>
        <source>{part} is not a weight; write each KPI once with its per cent, as sales:60.</source>
        <translation>{part} — не вес; укажите каждый KPI один раз с его процентом, например sales:60.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="975"/>
        <source>{path} already exists: choose a new file for the laptop&apos;s copy.</source>
        <translation>{path} уже существует: выберите новый файл для копии ноутбука.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="977"/>
        <source>{step} is not a step of the scale; write fulfilment and pay in per cent, as 90:80.</source>
        <translation>{step} — не ступень шкалы; укажите выполнение и премию в процентах, например 90:80.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="978"/>
        <source>{step} of {day}</source>
        <translation>{step} от {day}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="979"/>
        <source>{step}: overdue debt {amount} {currency}</source>
        <translation>{step}: просроченная задолженность {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="981"/>
        <source>{url} names no database; it looks like postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>В {url} не указана база данных; адрес выглядит так: postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="982"/>
        <source>{value} is not a day; write it as 2026-11-30.</source>
        <translation>{value} — не дата; укажите ее в виде 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="983"/>
        <source>{value} is not a month; write it as 2026-11.</source>
        <translation>{value} — не месяц; укажите его в виде 2026-11.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="984"/>
        <source>{value} is not a week; write it as 2026-W49.</source>
        <translation>{value} — не неделя; укажите ее в виде 2026-W49.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="989"/>
        <source>“{address}” is not an e-mail address.</source>
        <translation>«{address}» не является адресом эл. почты.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="995"/>
        <source>“{host}” is not a server name.</source>
        <translation>«{host}» не является именем сервера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="997"/>
        <source>“{name}” is a contract template, not a letter&apos;s.</source>
        <translation>«{name}» — шаблон договора, а не письма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1002"/>
        <source>“{text}” is neither an invoice nor a credit note.</source>
        <translation>«{text}» — не счет и не корректировочный счет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1005"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1006"/>
        <source>“{value}” is not an amount.</source>
        <translation>«{value}» не распознано как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="724"/>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="336"/>
        <source>Only a head of department or an administrator can change the rules of credit control, collection and KPIs.</source>
        <translation>Только руководитель отдела или администратор может изменить правила кредитного контроля, взыскания и показателей.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="364"/>
        <source>Order {number} was confirmed on the laptop, but with the office&apos;s figures it exceeds {client}&apos;s credit limit (limit {limit}, open receivables and orders not yet invoiced {exposure}, this order {order}): it is back in draft and needs a head&apos;s approval.</source>
        <translation>Заказ {number} подтвержден на ноутбуке, но по данным офиса превышает кредитный лимит клиента {client} (лимит {limit}, дебиторская задолженность и заказы без счета {exposure}, этот заказ {order}): заказ возвращен в черновик и требует согласования руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="426"/>
        <source>Role must be manager, head or admin.</source>
        <translation>Роль должна быть: менеджер, руководитель или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="430"/>
        <source>Run server init with the URL of the database&apos;s owner (who created it), not as {user}.</source>
        <translation>Запускайте server init с URL владельца базы данных (того, кто её создал), а не от имени {user}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="534"/>
        <source>The database owner {user} may not create roles: give it CREATEROLE, or run server init as a superuser.</source>
        <translation>Владелец базы данных {user} не может создавать роли: дайте ему CREATEROLE или запустите server init от суперпользователя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="538"/>
        <source>The database {path} is sound: pages, links between records, schema and audit trail checked.</source>
        <translation>База данных {path} в порядке: проверены страницы, связи между записями, схема и журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="553"/>
        <source>The file {name} is damaged in the database: its content differs from what was kept. Attach it again.</source>
        <translation>Файл {name} в базе данных повреждён: его содержимое отличается от сохранённого. Прикрепите его снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="554"/>
        <source>The file {name} was no longer in the files folder when kamdesk moved the contract files into the database, so only its entry is left. Attach the file again if you have it.</source>
        <translation>Файла {name} уже не было в папке файлов, когда kamdesk переносил файлы договоров в базу данных, поэтому осталась только запись о нём. Если файл у вас есть, прикрепите его снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="590"/>
        <source>The order exceeds the client&apos;s credit limit: limit {limit}, open receivables {receivables}, orders not yet invoiced {uninvoiced}, this order {order}, over by {excess}.</source>
        <translation>Заказ превышает кредитный лимит клиента: лимит {limit}, дебиторская задолженность {receivables}, заказы без счета {uninvoiced}, этот заказ {order}, превышение {excess}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="611"/>
        <source>The record of the last audit entry (entry {id}) was altered.</source>
        <translation>Запись о последней записи журнала (запись {id}) изменена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="622"/>
        <source>The server refused: your role may not do this ({reason}).</source>
        <translation>Сервер отказал: вашей роли это не разрешено ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="642"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="644"/>
        <source>The user&apos;s name is required.</source>
        <translation>Имя пользователя обязательно.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="652"/>
        <source>There is a user (or a role) called {login} on this server already.</source>
        <translation>На этом сервере уже есть пользователь (или роль) {login}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="693"/>
        <source>There is no user with the login {login}.</source>
        <translation>Нет пользователя с логином {login}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="719"/>
        <source>Unknown view “{view}”: use {views}.</source>
        <translation>Неизвестный вид «{view}»: используйте {views}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="720"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="721"/>
        <source>Users and passwords belong to a team server (PostgreSQL); this desk is a database file on this computer, which needs no login.</source>
        <translation>Пользователи и пароли есть на сервере команды (PostgreSQL); это рабочее место — файл базы данных на этом компьютере, для него вход не нужен.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="722"/>
        <source>Users belong to a team server: give its URL with --database postgresql://LOGIN@HOST/DATABASE (or $KAMDESK_DATABASE).</source>
        <translation>Пользователи есть только на сервере команды: укажите его URL через --database postgresql://ЛОГИН@ХОСТ/БАЗА (или $KAMDESK_DATABASE).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="725"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="726"/>
        <source>VAT rate “{text}” is not a number between 0 and 100.</source>
        <translation>Ставка НДС «{text}» не является числом от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="731"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="732"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="733"/>
        <source>Website {problem}.</source>
        <translation>Сайт: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="734"/>
        <source>Week plan</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="735"/>
        <source>Week plan — {name}</source>
        <translation>План на неделю — {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="736"/>
        <source>Week {number}</source>
        <translation>Неделя {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="738"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="740"/>
        <source>Working hours must start before they end, within 0–24.</source>
        <translation>Начало рабочих часов должно быть раньше их окончания, в пределах 0–24.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="744"/>
        <source>You cannot disable your own login.</source>
        <translation>Нельзя отключить собственный логин.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="749"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="750"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="751"/>
        <source>active</source>
        <comment>contract state</comment>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="752"/>
        <source>approved</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="755"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="756"/>
        <source>cancelled</source>
        <comment>activity state</comment>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="757"/>
        <source>cancelled</source>
        <comment>order state</comment>
        <translation>отменен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="766"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="767"/>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="776"/>
        <source>delivered</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="783"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="784"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="786"/>
        <source>expired</source>
        <translation>истекло</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="787"/>
        <source>expired</source>
        <comment>contract state</comment>
        <translation>истек</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="788"/>
        <source>expired</source>
        <comment>offer state</comment>
        <translation>истекло</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="789"/>
        <source>expiring</source>
        <translation>истекает</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="790"/>
        <source>extended</source>
        <translation>продлен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="792"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>неверная контрольная цифра (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="796"/>
        <source>is not a phone number</source>
        <translation>номер не распознан</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="797"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>недействительный номер плательщика НДС ЕС для {country} (проверьте цифры)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="798"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>недействительный ИНН РФ (10 или 12 цифр, включая контрольные)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="799"/>
        <source>is not a valid e-mail address</source>
        <translation>некорректный адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="800"/>
        <source>is not a valid phone number</source>
        <translation>недействительный номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="801"/>
        <source>is not a web address</source>
        <translation>некорректный веб-адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="806"/>
        <source>kamdesk cannot make the folder {folder} for the database: {reason}</source>
        <translation>kamdesk не может создать папку {folder} для базы данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="807"/>
        <source>kamdesk cannot write in {folder}: {reason}</source>
        <translation>kamdesk не может записывать в {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="808"/>
        <source>kamdesk may not read and write the database {path}: it belongs to another user or is read-only.</source>
        <translation>kamdesk не может читать и записывать базу данных {path}: она принадлежит другому пользователю или доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="809"/>
        <source>kamdesk may not write in the folder {folder}, where the database and its journal must be. Choose a folder of your own.</source>
        <translation>kamdesk не может записывать в папку {folder}, где должны находиться база данных и ее журнал. Выберите свою папку.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="810"/>
        <source>kamdesk may not write to the database {path}: the file or its folder is read-only or belongs to another user. Nothing was saved.</source>
        <translation>kamdesk не может записывать в базу данных {path}: файл или его папка доступны только для чтения или принадлежат другому пользователю. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="811"/>
        <source>kamdesk opens SQLite files (sqlite:///PATH) and PostgreSQL servers (postgresql://USER@HOST/DATABASE), not {url}.</source>
        <translation>kamdesk открывает файлы SQLite (sqlite:///ПУТЬ) и серверы PostgreSQL (postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА), а не {url}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="817"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>ожидается формат 12345678-1-23 (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="818"/>
        <source>name is required.</source>
        <translation>необходимо указать имя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="825"/>
        <source>our company&apos;s address</source>
        <translation>адрес нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="826"/>
        <source>our company&apos;s bank account</source>
        <translation>банковский счет нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="827"/>
        <source>our company&apos;s city</source>
        <translation>город нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="828"/>
        <source>our company&apos;s country</source>
        <translation>страна нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="829"/>
        <source>our company&apos;s e-mail address</source>
        <translation>эл. почта нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="830"/>
        <source>our company&apos;s name</source>
        <translation>название нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="831"/>
        <source>our company&apos;s phone number</source>
        <translation>телефон нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="832"/>
        <source>our company&apos;s registration number</source>
        <translation>ОГРН нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="833"/>
        <source>our company&apos;s representative (signatory)</source>
        <translation>представитель нашей компании (подписант)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="834"/>
        <source>our company&apos;s tax number</source>
        <translation>ИНН нашей компании</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="836"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="837"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="840"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="849"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="857"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="858"/>
        <source>sent for signature</source>
        <translation>отправлено на подпись</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="859"/>
        <source>shipped</source>
        <translation>отгружено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="860"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="868"/>
        <source>terminated</source>
        <translation>расторгнуто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="872"/>
        <source>the account manager&apos;s e-mail address</source>
        <translation>эл. почта менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="873"/>
        <source>the account manager&apos;s name</source>
        <translation>имя менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="874"/>
        <source>the account manager&apos;s phone number</source>
        <translation>телефон менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="875"/>
        <source>the client&apos;s address</source>
        <translation>адрес клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="876"/>
        <source>the client&apos;s bank account</source>
        <translation>банковский счет клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="877"/>
        <source>the client&apos;s city</source>
        <translation>город клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="878"/>
        <source>the client&apos;s country</source>
        <translation>страна клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="879"/>
        <source>the client&apos;s credit limit</source>
        <translation>кредитный лимит клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="880"/>
        <source>the client&apos;s delivery address</source>
        <translation>адрес доставки клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="881"/>
        <source>the client&apos;s e-mail address</source>
        <translation>эл. почта клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="882"/>
        <source>the client&apos;s legal form</source>
        <translation>правовая форма клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="883"/>
        <source>the client&apos;s name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="884"/>
        <source>the client&apos;s payment terms in days (a number)</source>
        <translation>отсрочка платежа клиента в днях (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="885"/>
        <source>the client&apos;s phone number</source>
        <translation>телефон клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="886"/>
        <source>the client&apos;s price column</source>
        <translation>колонка прайс-листа клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="887"/>
        <source>the client&apos;s registration number</source>
        <translation>ОГРН клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="888"/>
        <source>the client&apos;s segment</source>
        <translation>сегмент клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="889"/>
        <source>the client&apos;s tax number</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="890"/>
        <source>the client&apos;s website</source>
        <translation>сайт клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="891"/>
        <source>the contact person&apos;s e-mail address</source>
        <translation>эл. почта контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="892"/>
        <source>the contact person&apos;s name</source>
        <translation>имя контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="893"/>
        <source>the contact person&apos;s phone number</source>
        <translation>телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="894"/>
        <source>the contact person&apos;s position</source>
        <translation>должность контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="895"/>
        <source>the contract amount or limit</source>
        <translation>сумма или лимит договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="896"/>
        <source>the contract currency</source>
        <translation>валюта договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="897"/>
        <source>the contract discount</source>
        <translation>скидка по договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="898"/>
        <source>the contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="899"/>
        <source>the contract title</source>
        <translation>название договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="900"/>
        <source>the contract type</source>
        <translation>тип договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="901"/>
        <source>the contract&apos;s date of signature</source>
        <translation>дата подписания договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="902"/>
        <source>the contract&apos;s delivery terms</source>
        <translation>условия поставки по договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="903"/>
        <source>the contract&apos;s duration</source>
        <translation>срок действия договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="904"/>
        <source>the contract&apos;s end date</source>
        <translation>дата окончания договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="905"/>
        <source>the contract&apos;s notes</source>
        <translation>примечания к договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="906"/>
        <source>the contract&apos;s notice period in days (a number)</source>
        <translation>срок уведомления по договору в днях (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="907"/>
        <source>the contract&apos;s payment terms</source>
        <translation>условия оплаты по договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="908"/>
        <source>the contract&apos;s payment terms in days (a number)</source>
        <translation>отсрочка платежа по договору в днях (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="909"/>
        <source>the contract&apos;s price column</source>
        <translation>колонка прайс-листа по договору</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="910"/>
        <source>the contract&apos;s renewal period</source>
        <translation>срок продления договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="911"/>
        <source>the contract&apos;s renewal period in months (a number)</source>
        <translation>срок продления договора в месяцах (число)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="912"/>
        <source>the contract&apos;s start date</source>
        <translation>дата начала договора</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="919"/>
        <source>the number of the contract this one renews or amends</source>
        <translation>номер договора, который продлевается или изменяется этим</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="923"/>
        <source>the place of signature</source>
        <translation>место подписания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="926"/>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="930"/>
        <source>whether the client pays on credit (yes/no)</source>
        <translation>работает ли клиент с отсрочкой платежа (да/нет)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="931"/>
        <source>whether the contract has an amount (yes/no)</source>
        <translation>указана ли в договоре сумма (да/нет)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="932"/>
        <source>whether the contract renews automatically (yes/no)</source>
        <translation>продлевается ли договор автоматически (да/нет)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="933"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="941"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Файл {file} нельзя импортировать: используйте книгу Excel (.xlsx) или файл CSV (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="942"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Не удалось прочитать файл {file} как книгу Excel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="943"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="945"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Файл {file} не похож на текстовый (CSV) файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="947"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>В файле {file} есть строка заголовков, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="948"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Файл {file} — книга Excel старого формата (97–2003). Сначала откройте его в Excel или LibreOffice и сохраните как .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="950"/>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="962"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>В поле «{label}» должно быть «да» или «нет», а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="967"/>
        <source>{login} is not a head of department.</source>
        <translation>{login} не является руководителем отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="970"/>
        <source>{name} is {size} MB: a contract keeps files of up to {limit} MB.</source>
        <translation>{name} занимает {size} МБ: к договору можно прикрепить файлы не больше {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="976"/>
        <source>{sku}: only {left} {unit} are left to ship.</source>
        <translation>{sku}: осталось отгрузить только {left} {unit}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="980"/>
        <source>{url} is not a server address kamdesk can read: it looks like postgresql://USER@HOST:PORT/DATABASE, and a password holding #, /, ? or @ is written %23, %2F, %3F or %40 there.</source>
        <translation>{url} — не адрес сервера, который может прочитать kamdesk: он выглядит как postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА, а пароль с символами #, /, ? или @ записывается там как %23, %2F, %3F или %40.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="985"/>
        <source>{what}: kamdesk may not write in that folder. Choose another folder in the settings.</source>
        <translation>{what}: kamdesk не может записывать в эту папку. Выберите другую папку в настройках.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="986"/>
        <source>{what}: the disk is full. Free some space and try again.</source>
        <translation>{what}: диск заполнен. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="987"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="988"/>
        <source>“Buy N get M free” needs N and M above zero.</source>
        <translation>Для условия «Купите N, получите M бесплатно» N и M должны быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="990"/>
        <source>“{column}” is derived from another column: its prices are computed, not typed.</source>
        <translation>«{column}» — производная колонка: ее цены рассчитываются, а не вводятся.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="991"/>
        <source>“{column}” is derived from “{base}”: its prices are computed, not imported.</source>
        <translation>«{column}» — производная от «{base}»: ее цены рассчитываются, а не импортируются.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="992"/>
        <source>“{column}”: a price cannot be negative ({text}).</source>
        <translation>«{column}»: цена не может быть отрицательной ({text}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="993"/>
        <source>“{column}”: {text} has more than two decimal places.</source>
        <translation>«{column}»: в {text} больше двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="994"/>
        <source>“{column}”: “{text}” is not a price.</source>
        <translation>«{column}»: «{text}» не является ценой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="996"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>«{name}» нельзя удалить, так как с ним связаны записи: {records}. Вместо этого архивируйте клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="998"/>
        <source>“{name}” is a group of fields; print one of them, e.g. “{name}.{example}”.</source>
        <translation>«{name}» — группа полей; выведите одно из них, например «{name}.{example}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="999"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>«{name}» уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1000"/>
        <source>“{name}” is not a time zone such as Europe/Budapest.</source>
        <translation>«{name}» не является часовым поясом (например, Europe/Moscow).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1001"/>
        <source>“{name}” is not allowed in a template.</source>
        <translation>«{name}» нельзя использовать в шаблоне.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1003"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{text}» — не дата (используйте формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="1004"/>
        <source>“{text}” is not a week such as 2026-W49.</source>
        <translation>«{text}» не является неделей (например, 2026-W49).</translation>
    </message>
</context>
<context>
    <name>MissingDataList</name>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="57"/>
        <source>Data missing: the documents cannot be generated until this is filled in. Click an item to fill it in.</source>
        <translation>Не хватает данных: документы нельзя сформировать, пока они не заполнены. Нажмите на пункт, чтобы заполнить его.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="84"/>
        <source>Open the field where this is filled in</source>
        <translation>Открыть поле, где это заполняется</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/missing_data.py" line="86"/>
        <source>No field holds this: change the template instead</source>
        <translation>Это не хранится ни в одном поле: измените шаблон</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="222"/>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="222"/>
        <source>Change obligation</source>
        <translation>Изменение обязательства</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="235"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="241"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="242"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="243"/>
        <source>W&amp;ho:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="244"/>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
</context>
<context>
    <name>ObligationsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="148"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="196"/>
        <source>Overdue since %1</source>
        <translation>Просрочено с %1</translation>
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
        <translation>Требуется согласование</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="112"/>
        <source>A discount on offer %1 is above your limit: the head of department must approve it before the offer is sent.</source>
        <translation>Скидка в предложении %1 превышает ваш лимит: перед отправкой предложения ее должен согласовать руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="116"/>
        <source>Approve the discount</source>
        <translation>Согласование скидки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="117"/>
        <source>Offer %1 has a discount above the limit. Why is it allowed?</source>
        <translation>В предложении %1 скидка выше лимита. Почему она допустима?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="100"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="120"/>
        <source>Cannot send the offer</source>
        <translation>Не удалось отправить предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="125"/>
        <source>Offer accepted</source>
        <translation>Предложение принято</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="126"/>
        <source>Did the client accept offer %1?</source>
        <translation>Клиент принял предложение %1?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="191"/>
        <source>Type the client&apos;s name…</source>
        <translation>Введите название клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="200"/>
        <source>e.g. 30 days net</source>
        <translation>например, оплата в течение 30 дней</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="203"/>
        <source>e.g. free delivery within 5 working days</source>
        <translation>например, бесплатная доставка в течение 5 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="207"/>
        <source>Notes for yourself (not printed)</source>
        <translation>Заметки для себя (не печатаются)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="243"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="247"/>
        <source>Click a version to open it</source>
        <translation>Щелкните версию, чтобы открыть ее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="266"/>
        <source>&amp;Save draft</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="266"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="268"/>
        <source>Se&amp;nd</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="268"/>
        <source>Save and mark as handed to the client (Ctrl+Enter)</source>
        <translation>Сохранить и отметить как переданное клиенту (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="270"/>
        <source>&amp;Accepted</source>
        <translation>Прин&amp;ято</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="270"/>
        <source>The client accepted the offer</source>
        <translation>Клиент принял предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="272"/>
        <source>&amp;Rejected…</source>
        <translation>Отклон&amp;ено…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="272"/>
        <source>The client rejected the offer: why?</source>
        <translation>Клиент отклонил предложение: почему?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="274"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="712"/>
        <source>&amp;Make order</source>
        <translation>Создать &amp;заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="274"/>
        <source>The accepted offer becomes a draft order</source>
        <translation>Из принятого предложения создается черновик заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="276"/>
        <source>New &amp;version</source>
        <translation>Нов&amp;ая версия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="276"/>
        <source>A new draft copied from this offer</source>
        <translation>Новый черновик — копия этого предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="278"/>
        <source>Save PD&amp;F…</source>
        <translation>Сохранить PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="278"/>
        <source>Save the offer as PDF (Ctrl+Shift+P)</source>
        <translation>Сохранить предложение в PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="280"/>
        <source>Save E&amp;xcel…</source>
        <translation>Сохранить E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="280"/>
        <source>Save the offer as a live Excel workbook</source>
        <translation>Сохранить предложение как книгу Excel с формулами</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="282"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="282"/>
        <source>Print preview of the offer (Ctrl+P)</source>
        <translation>Предварительный просмотр печати предложения (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="285"/>
        <source>Send the offer by e-mail with its PDF and workbook</source>
        <translation>Отправить предложение по эл. почте в PDF и книгой Excel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="286"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="286"/>
        <source>Back to the offers (Esc)</source>
        <translation>Вернуться к предложениям (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>Cl&amp;ient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>C&amp;ontact:</source>
        <translation>Ко&amp;нтактное лицо:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="296"/>
        <source>Offer &amp;date:</source>
        <translation>&amp;Дата предложения:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="299"/>
        <source>Lan&amp;guage:</source>
        <translation>Яз&amp;ык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="301"/>
        <source>Valid &amp;until:</source>
        <translation>Дей&amp;ствительно до:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="305"/>
        <source>Pa&amp;yment:</source>
        <translation>&amp;Отсрочка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="307"/>
        <source>Delivery &amp;terms:</source>
        <translation>Условия пос&amp;тавки:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="311"/>
        <source>Not&amp;es:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="325"/>
        <source>Introduction (printed above the lines):</source>
        <translation>Вступление (печатается перед позициями):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="327"/>
        <source>Closing (printed below the totals):</source>
        <translation>Заключение (печатается после итогов):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="337"/>
        <source>&amp;Lines</source>
        <translation>&amp;Позиции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="338"/>
        <source>Introduction and &amp;closing</source>
        <translation>&amp;Вступление и заключение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="345"/>
        <source>Enter: next line · Tab: next field · Del: remove line · Ctrl+S: save · Ctrl+Enter: send · Ctrl+P: print · Esc: close</source>
        <translation>Enter: след. строка · Tab: след. поле · Del: удалить · Ctrl+S: сохранить · Ctrl+Enter: отправить · Ctrl+P: печать · Esc: выход</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="385"/>
        <source>⚠ A discount is above your limit of %1: the head of department must approve the offer before it is sent.</source>
        <translation>⚠ Скидка превышает ваш лимит %1: перед отправкой предложение должен согласовать руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="514"/>
        <source>Version %1 made: %2</source>
        <translation>Создана версия %1: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="527"/>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="601"/>
        <source>Writing the PDF…</source>
        <translation>Формирование PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="584"/>
        <source>Cannot write the offer</source>
        <translation>Не удалось сохранить предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="533"/>
        <source>Save the offer as PDF</source>
        <translation>Сохранение предложения в PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="533"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="636"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="544"/>
        <source>Save the offer as Excel</source>
        <translation>Сохранение предложения в Excel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="545"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="551"/>
        <source>Writing the workbook…</source>
        <translation>Формирование книги Excel…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="608"/>
        <source>Print offer %1</source>
        <translation>Печать предложения %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="611"/>
        <source>The offer has unsaved changes. Save them?</source>
        <translation>В предложении есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="655"/>
        <source>Sent on %1</source>
        <translation>Отправлено %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="658"/>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="661"/>
        <source>Accepted on %1</source>
        <translation>Принято %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="663"/>
        <source>Became order %1</source>
        <translation>Оформлен заказ %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="665"/>
        <source>Discount up to %1 approved by %2: %3</source>
        <translation>Скидка до %1 согласована (%2): %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="676"/>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="713"/>
        <source>Go to &amp;order</source>
        <translation>Перейти к &amp;заказу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="723"/>
        <source>New offer</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="728"/>
        <source>Offer %1</source>
        <translation>Предложение %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="730"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="740"/>
        <source>Price column: %1</source>
        <translation>Колонка прайс-листа: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="741"/>
        <source>payment %1 days</source>
        <translation>отсрочка %1 дн.</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Offer date</source>
        <translation>Дата предложения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="47"/>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="48"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="66"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="80"/>
        <source>Sent: waiting for the client&apos;s answer</source>
        <translation>Отправлено: ждем ответа клиента</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="110"/>
        <source>Search client or offer number…</source>
        <translation>Поиск по клиенту или номеру предложения…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="116"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="119"/>
        <source>&amp;New offer</source>
        <translation>&amp;Новое предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="119"/>
        <source>Type a new offer (Ctrl+N)</source>
        <translation>Ввести новое предложение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="127"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="118"/>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="133"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="112"/>
        <source>1 offer</source>
        <translation>1 предложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="112"/>
        <source>%1 offers</source>
        <translation>Предложений: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="173"/>
        <source>%1 awaiting an answer</source>
        <translation>ждут ответа: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="113"/>
        <source>No offer matches “%1”.</source>
        <translation>По запросу «%1» предложений не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="114"/>
        <source>No offer matches these filters.</source>
        <translation>Нет предложений, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="177"/>
        <source>No offers yet. Press %1 to write one, or open a client and choose New offer.</source>
        <translation>Предложений пока нет. Нажмите %1, чтобы составить предложение, или откройте клиента и нажмите «Новое предложение».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offers_page.py" line="178"/>
        <source>New offer</source>
        <translation>Новое предложение</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="147"/>
        <source>Writing the laptop copy to %1…</source>
        <translation>Запись копии для ноутбука в %1…</translation>
    </message>
</context>
<context>
    <name>OfflineCopyDone</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="166"/>
        <source>The laptop copy is ready</source>
        <translation>Копия для ноутбука готова</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="168"/>
        <source>Records copied: %1</source>
        <translation>Скопировано записей: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="172"/>
        <source>Copy %1 to the laptop and start kamdesk there with

kamdesk --database %2

kamdesk asks for the passphrase when it opens the file.</source>
        <translation>Скопируйте %1 на ноутбук и запустите там kamdesk так:

kamdesk --database %2

kamdesk спросит парольную фразу при открытии файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="180"/>
        <source>&amp;Copy the path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="192"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kamdesk/gui/operations.py" line="214"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1203"/>
        <source>Type the client&apos;s name…</source>
        <translation>Введите название клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1211"/>
        <source>The client asked for a delivery date</source>
        <translation>Клиент указал желаемую дату поставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1215"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1221"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1225"/>
        <source>Notes for the order</source>
        <translation>Комментарий к заказу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1235"/>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1242"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1481"/>
        <source>Left after this order:</source>
        <translation>Остаток после заказа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1246"/>
        <source>From how late the client paid its invoices this year; the rating itself is changed on the client&apos;s card</source>
        <translation>По тому, насколько поздно клиент оплачивал счета в этом году; сам рейтинг меняется в карточке клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1260"/>
        <source>Credit limit:</source>
        <translation>Кредитный лимит:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1264"/>
        <source>This order:</source>
        <translation>Этот заказ:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1266"/>
        <source>Reliability:</source>
        <translation>Надежность:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1267"/>
        <source>Suggested by payments:</source>
        <translation>Рейтинг по оплатам:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1283"/>
        <source>&amp;Save draft</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1283"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1285"/>
        <source>&amp;Confirm order</source>
        <translation>Подтверд&amp;ить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1285"/>
        <source>Save and confirm (Ctrl+Enter)</source>
        <translation>Сохранить и подтвердить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1287"/>
        <source>S&amp;hip…</source>
        <translation>От&amp;грузить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1287"/>
        <source>Record what is shipped, line by line</source>
        <translation>Отметить отгруженное по позициям</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1289"/>
        <source>Mark &amp;delivered</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1289"/>
        <source>Everything arrived at the client</source>
        <translation>Все доставлено клиенту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1291"/>
        <source>Ca&amp;ncel order…</source>
        <translation>Отм&amp;енить заказ…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1291"/>
        <source>Cancel with a reason</source>
        <translation>Отменить с указанием причины</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1293"/>
        <source>C&amp;lose</source>
        <translation>Зак&amp;рыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1293"/>
        <source>Back to the orders (Esc)</source>
        <translation>Вернуться к заказам (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1295"/>
        <source>&amp;Return…</source>
        <translation>&amp;Возврат…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1295"/>
        <source>Record goods the client sent back</source>
        <translation>Оформить возврат товара от клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1298"/>
        <source>Send the order confirmation (PDF) by e-mail</source>
        <translation>Отправить подтверждение заказа (PDF) по эл. почте</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1299"/>
        <source>Re&amp;turn from this line…</source>
        <translation>&amp;Возврат по этой позиции…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>Cl&amp;ient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>C&amp;ontact:</source>
        <translation>Ко&amp;нтактное лицо:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1311"/>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата заказа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1314"/>
        <source>Pa&amp;yment:</source>
        <translation>&amp;Отсрочка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1319"/>
        <source>Deli&amp;ver by:</source>
        <translation>Срок пос&amp;тавки:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1327"/>
        <source>Deliver &amp;to:</source>
        <translation>&amp;Адрес доставки:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1329"/>
        <source>No&amp;tes:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1343"/>
        <source>Enter: next line · Tab: next field · Del: remove line · Space: promotion on/off · Ctrl+S: save · Ctrl+Enter: confirm · Esc: close</source>
        <translation>Enter: след. строка · Tab: след. поле · Del: удалить · Пробел: акция · Ctrl+S: сохранить · Ctrl+Enter: подтвердить · Esc: выход</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1429"/>
        <source>The order has unsaved changes. Save them?</source>
        <translation>В заказе есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1439"/>
        <source>⚠ A discount is above your limit of %1: the order needs the head&apos;s approval before it can be confirmed. Saving the draft asks for it.</source>
        <translation>⚠ Скидка превышает ваш лимит %1: заказ можно подтвердить только после согласования руководителя. Запрос отправляется при сохранении черновика.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1463"/>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1473"/>
        <source>not rated</source>
        <translation>без рейтинга</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1464"/>
        <source>no payments yet</source>
        <translation>оплат еще нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1467"/>
        <source>Debt overdue more than %1 days: confirming needs the head&apos;s override.</source>
        <translation>Задолженность просрочена более чем на %1 дн.: для подтверждения нужно решение руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1472"/>
        <source>The payments suggest rating %1; the card says %2.</source>
        <translation>По оплатам рекомендуется рейтинг %1; в карточке указан %2.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1483"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1495"/>
        <source>Over the limit by:</source>
        <translation>Превышение лимита:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1497"/>
        <source>Over the credit limit: confirming needs the head&apos;s override.</source>
        <translation>Превышен кредитный лимит: для подтверждения нужно решение руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1470"/>
        <source>Reliability D: every order needs the head&apos;s override.</source>
        <translation>Надежность D: каждый заказ требует решения руководителя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1261"/>
        <source>Open receivables:</source>
        <translation>Дебиторская задолженность:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1262"/>
        <source>of which overdue:</source>
        <translation>из нее просрочено:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1263"/>
        <source>Not yet invoiced:</source>
        <translation>Заказы без счета:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1522"/>
        <source>Cancelled: %1</source>
        <translation>Отменен: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1526"/>
        <source>Credit limit overridden by %1: %2</source>
        <translation>Превышение кредитного лимита разрешено (%1): %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1551"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1555"/>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1588"/>
        <source>Returned on %1: %2 %3 %4 (%5)</source>
        <translation>Возвращено %1: %2 %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1627"/>
        <source>Price column: %1</source>
        <translation>Колонка прайс-листа: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1628"/>
        <source>payment %1 days</source>
        <translation>отсрочка %1 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1630"/>
        <source>rating %1</source>
        <translation>рейтинг %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1650"/>
        <source>%1, oldest %2 days</source>
        <translation>%1, макс. просрочка %2 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1744"/>
        <source>Cannot confirm the order</source>
        <translation>Не удалось подтвердить заказ</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="65"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>Gross total</source>
        <translation>Итого с НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="66"/>
        <source>Discount approval</source>
        <translation>Согласование</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="134"/>
        <source>Search client or order number…</source>
        <translation>Поиск по клиенту или номеру заказа…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="140"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="141"/>
        <source>Open (draft to shipped)</source>
        <translation>Открытые (от черновика до отгрузки)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="143"/>
        <source>&amp;New order</source>
        <translation>&amp;Новый заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="143"/>
        <source>Type a new order (Ctrl+N)</source>
        <translation>Ввести новый заказ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="142"/>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="148"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="155"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="156"/>
        <source>&amp;Confirm</source>
        <translation>Подтвер&amp;дить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="157"/>
        <source>S&amp;hip…</source>
        <translation>От&amp;грузить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="158"/>
        <source>Mark &amp;delivered</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="160"/>
        <source>Ca&amp;ncel order…</source>
        <translation>Отм&amp;енить заказ…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="170"/>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="181"/>
        <source>Discount &amp;approvals (%1)</source>
        <translation>Согласование ск&amp;идок (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="182"/>
        <source>Discount &amp;approvals</source>
        <translation>Согласование ск&amp;идок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="184"/>
        <source>My discount &amp;requests</source>
        <translation>Мои запросы на ск&amp;идку</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="136"/>
        <source>1 order</source>
        <translation>1 заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="136"/>
        <source>%1 orders</source>
        <translation>Заказов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="137"/>
        <source>No order matches “%1”.</source>
        <translation>По запросу «%1» заказов не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="138"/>
        <source>No order matches these filters.</source>
        <translation>Нет заказов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="227"/>
        <source>No orders yet. Press %1 to type one, or open a client and choose New order (or Suggested order).</source>
        <translation>Заказов пока нет. Нажмите %1, чтобы ввести заказ, или откройте клиента и нажмите «Новый заказ» (или «Рекомендуемый заказ»).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/orders_page.py" line="229"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="201"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="202"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="65"/>
        <source>Document package — %1</source>
        <translation>Пакет документов — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="80"/>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="85"/>
        <source>Earlier in the package (Alt+Up)</source>
        <translation>Выше в пакете (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="86"/>
        <source>Later in the package (Alt+Down)</source>
        <translation>Ниже в пакете (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="92"/>
        <source>The price list shows the ticked categories with their subcategories; none ticked: every product with a price for the client</source>
        <translation>Прайс-лист содержит отмеченные категории с подкатегориями; если ничего не отмечено — все товары, у которых есть цена для клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="101"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="104"/>
        <source>Attach as &amp;one PDF with bookmarks</source>
        <translation>Приложить &amp;одним PDF с закладками</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="106"/>
        <source>Open the PDF when sa&amp;ved</source>
        <translation>Открыть PDF после со&amp;хранения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="135"/>
        <source>Statement &amp;period:</source>
        <translation>&amp;Период акта сверки:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="138"/>
        <source>Price list cate&amp;gories:</source>
        <translation>&amp;Категории прайс-листа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="139"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="143"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="147"/>
        <source>Send the ticked documents in one e-mail</source>
        <translation>Отправить отмеченные документы одним письмом</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="151"/>
        <source>&amp;Documents, in the order of the package:</source>
        <translation>&amp;Документы в порядке следования в пакете:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="164"/>
        <source>Offer %1</source>
        <translation>Предложение %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="167"/>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="169"/>
        <source>Statement of account</source>
        <translation>Акт сверки взаимных расчетов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="169"/>
        <source>for the period below</source>
        <translation>за период, указанный ниже</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="171"/>
        <source>Price list extract</source>
        <translation>Выписка из прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="171"/>
        <source>in the client&apos;s prices</source>
        <translation>по ценам клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="244"/>
        <source>Putting the package together…</source>
        <translation>Формирование пакета…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="260"/>
        <source>Documents %1</source>
        <translation>Документы %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/package_dialog.py" line="261"/>
        <source>Save the package as</source>
        <translation>Сохранить пакет как</translation>
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
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="15"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="16"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="17"/>
        <source>Lost</source>
        <translation>Потерянный</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="24"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="25"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="26"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="27"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="28"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="29"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/labels.py" line="30"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="32"/>
        <source>Encrypted database</source>
        <translation>Зашифрованная база</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="33"/>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>База %1 зашифрована. Введите парольную фразу, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="49"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/passphrase.py" line="68"/>
        <source>%n tries left.</source>
        <translation>
            <numerusform>Осталась %n попытка.</numerusform>
            <numerusform>Осталось %n попытки.</numerusform>
            <numerusform>Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="96"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/passphrase.py" line="97"/>
        <source>The passphrase was wrong three times. kamdesk closes; start it again to try once more.</source>
        <translation>Парольная фраза трижды неверна. kamdesk закрывается; запустите снова, чтобы попробовать ещё раз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="298"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="299"/>
        <source>Your new password (%1). It works from your next login; kamdesk stays open.</source>
        <translation>Ваш новый пароль (%1). Он действует со следующего входа; kamdesk остаётся открытым.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="301"/>
        <source>Set the password of %1</source>
        <translation>Задать пароль для %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="302"/>
        <source>A new password for %1 (%2). Tell it to them in person; they can log in with it at once.</source>
        <translation>Новый пароль для %1 (%2). Сообщите его лично; войти с ним можно сразу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="307"/>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="308"/>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="88"/>
        <source>E-mail password</source>
        <translation>Пароль эл. почты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="90"/>
        <source>The password of %1 on %2:</source>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="95"/>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>&amp;Запомнить в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="97"/>
        <source>&amp;Also for the copy in the Sent folder on %1</source>
        <translation>&amp;Также для копии в папке «Отправленные» на %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/passwords.py" line="106"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="78"/>
        <source>New payment</source>
        <translation>Новая оплата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="87"/>
        <source>Type the client&apos;s name or tax number…</source>
        <translation>Введите название или ИНН клиента…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="91"/>
        <source>A refund to the client is negative.</source>
        <translation>Возврат денег клиенту вводится с минусом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="95"/>
        <source>An invoice number here settles that invoice first</source>
        <translation>Счет, номер которого указан здесь, погашается в первую очередь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="101"/>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="101"/>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата оплаты:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="102"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="102"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="103"/>
        <source>Paid &amp;by (as the bank wrote it):</source>
        <translation>Пла&amp;тельщик (как в банковской выписке):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="104"/>
        <source>Pa&amp;yer&apos;s tax number:</source>
        <translation>&amp;ИНН плательщика:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="104"/>
        <source>&amp;Remark:</source>
        <translation>&amp;Назначение платежа:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="105"/>
        <source>Bank r&amp;eference:</source>
        <translation>Номер операции &amp;банка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="105"/>
        <source>No&amp;te:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="110"/>
        <source>Payment of %1</source>
        <translation>Оплата от %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="133"/>
        <source>Choose the client from the list that opens as you type.</source>
        <translation>Выберите клиента из списка, который открывается при вводе.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="141"/>
        <source>Delete payment</source>
        <translation>Удаление оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_dialog.py" line="142"/>
        <source>Delete the payment %1? The invoices it settled are open again, or settled by other money.</source>
        <translation>Удалить оплату %1? Погашенные ею счета снова станут неоплаченными или будут погашены другими средствами.</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="26"/>
        <source>Import payments</source>
        <translation>Импорт оплат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="39"/>
        <source>%1 of %2 rows can be imported: %3 new payments, %4 imported before. %5 rows have errors and will not be imported.</source>
        <translation>Можно импортировать строк: %1 (всего %2): новых оплат — %3, импортированных ранее — %4. Строк с ошибками: %5, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="51"/>
        <source>Importing payments…</source>
        <translation>Импорт оплат…</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Paid by</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="47"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Unallocated</source>
        <translation>Не разнесено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Remark</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="48"/>
        <source>Reference</source>
        <translation>Номер операции</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="49"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="74"/>
        <source>Search client, payer or remark…</source>
        <translation>Поиск по клиенту, плательщику или назначению платежа…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="76"/>
        <source>1 payment</source>
        <translation>1 оплата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="76"/>
        <source>%1 payments</source>
        <translation>Оплат: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="77"/>
        <source>No payment matches “%1”.</source>
        <translation>По запросу «%1» оплат не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="78"/>
        <source>No payment matches these filters.</source>
        <translation>Нет оплат, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="81"/>
        <source>Any time</source>
        <translation>За все время</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="82"/>
        <source>&amp;Unallocated only</source>
        <translation>Только н&amp;еразнесенные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="86"/>
        <source>&amp;New payment…</source>
        <translation>&amp;Новая оплата…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="87"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="88"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="89"/>
        <source>&amp;Import payments…</source>
        <translation>И&amp;мпорт оплат…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Settled on</source>
        <translation>Дата погашения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="94"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="97"/>
        <source>&amp;Allocate…</source>
        <translation>&amp;Разнести…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="99"/>
        <source>Settle an open invoice of the client with this payment, by hand</source>
        <translation>Вручную погасить этой оплатой неоплаченный счет клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="153"/>
        <source>No payments yet. Import the bank statements (or a payment list), or type in a cash payment.</source>
        <translation>Оплат пока нет. Импортируйте банковские выписки (или список оплат) или введите оплату наличными.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="155"/>
        <source>Import payments…</source>
        <translation>Импорт оплат…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="155"/>
        <source>New payment…</source>
        <translation>Новая оплата…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="168"/>
        <source>The payment settles no invoice yet.</source>
        <translation>Оплата пока не погашает ни одного счета.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payments_page.py" line="170"/>
        <source>What the payment of %1 settles:</source>
        <translation>Что погашает оплата от %1:</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="69"/>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="102"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="102"/>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="103"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="108"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="113"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="117"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="117"/>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="118"/>
        <source>Key client:</source>
        <translation>Ключевой клиент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="118"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="127"/>
        <source>Split the department&apos;s plan</source>
        <translation>Распределить план отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="130"/>
        <source>By last year&apos;s share</source>
        <translation>По доле прошлого года</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="131"/>
        <source>Evenly</source>
        <translation>Поровну</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="133"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="135"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="137"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="157"/>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="158"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="199"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="203"/>
        <source>Managers together</source>
        <translation>Итого по менеджерам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="301"/>
        <source>Type the department&apos;s plan of a month first, then split it.</source>
        <translation>Сначала введите план отдела на месяц, затем распределите его.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="305"/>
        <source>Splitting the department&apos;s plan…</source>
        <translation>Распределение плана отдела…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="368"/>
        <source>Export plans</source>
        <translation>Экспорт планов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="369"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="387"/>
        <source>Import plans</source>
        <translation>Импорт планов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="388"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/plans_dialog.py" line="412"/>
        <source>The plans have unsaved changes. Save them?</source>
        <translation>В планах есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>PriceColumnDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="725"/>
        <source>Stored: typed for each product</source>
        <translation>Хранимые: вводятся для каждого товара</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="728"/>
        <source>Derived from “%1”</source>
        <translation>Производные от «%1»</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="730"/>
        <source>A derived column is never typed: its prices follow the base column&apos;s.</source>
        <translation>В производную колонку цены не вводятся: они следуют за ценами базовой колонки.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="732"/>
        <source>New price column</source>
        <translation>Новая колонка прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="736"/>
        <source>Price column %1</source>
        <translation>Колонка прайс-листа «%1»</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="756"/>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="14"/>
        <source>Price column</source>
        <translation>Колонка прайс-листа</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="43"/>
        <source>e.g. Wholesale, Key account, VIP</source>
        <translation>например, Опт, Ключевой клиент, VIP</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="62"/>
        <source>&amp;Prices:</source>
        <translation>&amp;Цены:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="92"/>
        <source>&amp;Change:</source>
        <translation>&amp;Изменение:</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="109"/>
        <source>e.g. -10</source>
        <translation>например, -10</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="116"/>
        <source>% of the base column&apos;s price</source>
        <translation>% от цены базовой колонки</translation>
    </message>
    <message>
        <location filename="../../ui/price_column_dialog.ui" line="137"/>
        <source>&amp;Default column for clients without their own</source>
        <translation>Колонка по &amp;умолчанию для клиентов без своей</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="140"/>
        <source>Competitor&apos;s price</source>
        <translation>Цена конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="140"/>
        <source>Change competitor&apos;s price</source>
        <translation>Изменение цены конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="145"/>
        <source>A price for a whole c&amp;ategory</source>
        <translation>Цена для всей ка&amp;тегории</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="160"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Конкурент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="162"/>
        <source>Our product&apos;s S&amp;KU:</source>
        <translation>&amp;Артикул нашего товара:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="163"/>
        <source>Cat&amp;egory:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="164"/>
        <source>Their &amp;price:</source>
        <translation>Их &amp;цена:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="165"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="166"/>
        <source>&amp;Observed on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="167"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="29"/>
        <source>Import competitor prices</source>
        <translation>Импорт цен конкурентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="31"/>
        <source>&amp;Import the new prices</source>
        <translation>&amp;Импортировать новые цены</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="37"/>
        <source>None: each row names it</source>
        <translation>Нет: указан в каждой строке</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="46"/>
        <source>Com&amp;petitor of rows that name none:</source>
        <translation>&amp;Конкурент для строк без конкурента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="47"/>
        <source>&amp;Observed on, for rows without a date:</source>
        <translation>&amp;Дата для строк без даты:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="57"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported. A row is for our product with its SKU, else for the category it names.</source>
        <translation>Строк в файле %2: %1. Проверьте, в какое поле попадает каждый столбец; столбцы со значением «Не импортировать» не загружаются. Строка относится к нашему товару по его артикулу, а если артикула нет — к указанной в ней категории.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="66"/>
        <source>%1 of %2 rows can be imported: %3 new prices, %4 recorded before. %5 rows have errors and will not be imported.</source>
        <translation>Можно импортировать строк: %1 (всего %2): новых цен — %3, записанных ранее — %4. Строк с ошибками: %5, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/price_import.py" line="78"/>
        <source>Importing competitor prices…</source>
        <translation>Импорт цен конкурентов…</translation>
    </message>
</context>
<context>
    <name>PriceListImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="26"/>
        <source>Import a price list</source>
        <translation>Импорт прайс-листа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="43"/>
        <source>%1 rows in %2. Check what each column holds; columns set to “Ignore” are not imported, and an empty cell leaves the product&apos;s value as it is.</source>
        <translation>Строк в файле %2: %1. Проверьте, что содержит каждый столбец; столбцы со значением «Не импортировать» не загружаются, а пустая ячейка оставляет значение товара без изменений.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="37"/>
        <source>New price column: %1</source>
        <translation>Новая колонка прайс-листа: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="48"/>
        <source>Holds</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="71"/>
        <source>Price columns the file has and the catalogue has not (ticked: created as stored columns):</source>
        <translation>Колонки прайс-листа, которые есть в файле, но нет в каталоге (отмеченные будут созданы как хранимые):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="59"/>
        <source>%1 of %2 rows have errors: nothing can be imported until the file is corrected (all or nothing).</source>
        <translation>Строк с ошибками: %1 из %2. Пока файл не исправлен, ничего нельзя импортировать (все или ничего).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="62"/>
        <source>All %1 rows are fine: %2 new products, %3 products updated.</source>
        <translation>Все строки в порядке (%1): новых товаров — %2, обновленных — %3.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/price_list_import.py" line="97"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="623"/>
        <source>Sub-categories with “/”: Food / Dairy</source>
        <translation>Подкатегории через «/»: Продукты / Молочные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="627"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="639"/>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="659"/>
        <source>Saved in a new price column, “%1”, which every client buys at until you add others.</source>
        <translation>Сохраняется в новой колонке прайс-листа «%1», по которой покупают все клиенты, пока вы не добавите другие.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="668"/>
        <source>&amp;Price (net, %1):</source>
        <translation>&amp;Цена (без НДС, %1):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="676"/>
        <source>List price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="698"/>
        <source>“%1” is not an amount.</source>
        <translation>«%1» не распознано как сумма.</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="14"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="28"/>
        <source>&amp;SKU:</source>
        <translation>А&amp;ртикул:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="43"/>
        <source>Article number, unique</source>
        <translation>Уникальный артикул</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="92"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Ед. изм.:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="126"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="160"/>
        <source>&amp;VAT rate:</source>
        <translation>&amp;Ставка НДС:</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="194"/>
        <source>&amp;Active: can be ordered</source>
        <translation>&amp;Активен: доступен для заказа</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="201"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="803"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="811"/>
        <source>New promotion</source>
        <translation>Новая акция</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/product/catalogue_page.py" line="827"/>
        <source>Promotion %1</source>
        <translation>Акция «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="14"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="43"/>
        <source>e.g. Autumn dairy promotion</source>
        <translation>например, Осенняя акция на молочную продукцию</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="62"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="81"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="120"/>
        <source>Offer:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="149"/>
        <source>&amp;Percentage off:</source>
        <translation>&amp;Скидка:</translation>
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
        <translation>&amp;Купите</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="204"/>
        <source>get</source>
        <translation>получите</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="221"/>
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="284"/>
        <source>&amp;Active</source>
        <translation>&amp;Активна</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="295"/>
        <source>Applies to</source>
        <translation>Распространяется на</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="301"/>
        <source>Add a product: type its SKU or name</source>
        <translation>Добавить товар: введите артикул или название</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="308"/>
        <source>Del removes the chosen product</source>
        <translation>Del удаляет выбранный товар</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="315"/>
        <source>Categories (with their subcategories):</source>
        <translation>Категории (вместе с подкатегориями):</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="338"/>
        <source>Only for (none chosen: every client)</source>
        <translation>Только для (если не выбрано — для всех клиентов)</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="344"/>
        <source>Add a client: type its name</source>
        <translation>Добавить клиента: введите название</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="351"/>
        <source>Del removes the chosen client</source>
        <translation>Del удаляет выбранного клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promotion_dialog.ui" line="358"/>
        <source>Segments:</source>
        <translation>Сегменты:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1849"/>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="130"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="260"/>
        <source>Search client or tax number…</source>
        <translation>Поиск по клиенту или ИНН…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="262"/>
        <source>1 line</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="262"/>
        <source>%1 lines</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="263"/>
        <source>No client with receivables matches “%1”.</source>
        <translation>По запросу «%1» клиентов с задолженностью не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="264"/>
        <source>No client with receivables matches these filters.</source>
        <translation>Нет клиентов с задолженностью, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="267"/>
        <source>&amp;As of:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="273"/>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="323"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="274"/>
        <source>Over&amp;due only</source>
        <translation>Только прос&amp;роченные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="280"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="281"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Акт сверки…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="282"/>
        <source>Import &amp;invoices…</source>
        <translation>Импорт &amp;счетов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="283"/>
        <source>Import &amp;payments…</source>
        <translation>Импорт о&amp;плат…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="311"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="312"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="347"/>
        <source>Reading the receivables…</source>
        <translation>Чтение задолженности…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="394"/>
        <source>Nothing is owed as of this day. Receivables come from the accounting system: import its invoice list and the bank statements.</source>
        <translation>На эту дату задолженности нет. Дебиторская задолженность берется из учетной системы: импортируйте список счетов и банковские выписки.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="396"/>
        <source>Import invoices…</source>
        <translation>Импорт счетов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="397"/>
        <source>Import payments…</source>
        <translation>Импорт оплат…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="422"/>
        <source>Choose a client to see its open items.</source>
        <translation>Выберите клиента, чтобы увидеть его неоплаченные документы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/receivables_page.py" line="429"/>
        <source>%1: open items as of %2</source>
        <translation>%1: неоплаченные документы на %2</translation>
    </message>
</context>
<context>
    <name>RefusalsPage</name>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="133"/>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="152"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="140"/>
        <source>MMMM yyyy</source>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="153"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="154"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="235"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="236"/>
        <source>Everything</source>
        <translation>За все время</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="243"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="254"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="259"/>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="268"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;reason</source>
        <translation>По &amp;причинам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;product</source>
        <translation>По &amp;товарам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="288"/>
        <source>By &amp;client</source>
        <translation>По &amp;клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="289"/>
        <source>By &amp;manager</source>
        <translation>По &amp;менеджерам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="289"/>
        <source>By mon&amp;th</source>
        <translation>По ме&amp;сяцам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="297"/>
        <source>R&amp;eturns</source>
        <translation>&amp;Возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="302"/>
        <source>Search client, order or SKU…</source>
        <translation>Поиск по клиенту, заказу или артикулу…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="304"/>
        <source>1 return</source>
        <translation>1 возврат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="304"/>
        <source>%1 returns</source>
        <translation>Возвратов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="305"/>
        <source>No return matches “%1”.</source>
        <translation>По запросу «%1» возвратов не найдено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="306"/>
        <source>No return in this period.</source>
        <translation>За этот период возвратов нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="308"/>
        <source>Without credit note</source>
        <translation>Без корректировочного счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="309"/>
        <source>&amp;Open order</source>
        <translation>&amp;Открыть заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="310"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="311"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="312"/>
        <source>&amp;Match credit notes</source>
        <translation>&amp;Найти корректировочные счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="313"/>
        <source>Link returns to the credit note of their order&apos;s invoice</source>
        <translation>Привязать возвраты к корректировочным счетам, выставленным к счетам их заказов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="378"/>
        <source>more than the period as long before (%1)</source>
        <translation>больше, чем за такой же предыдущий период (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="379"/>
        <source>fewer than the period as long before (%1)</source>
        <translation>меньше, чем за такой же предыдущий период (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="380"/>
        <source>as many as the period as long before (%1)</source>
        <translation>столько же, сколько за такой же предыдущий период (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="384"/>
        <source>No returns yet. Open a delivered order and choose Return… to record goods a client sent back.</source>
        <translation>Возвратов пока нет. Откройте выполненный заказ и нажмите «Возврат…», чтобы оформить товар, который вернул клиент.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="405"/>
        <source>Delete return</source>
        <translation>Удаление возврата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="406"/>
        <source>Delete the return of %1 %2 of %3 from order %4?</source>
        <translation>Удалить возврат %1 %2 товара %3 по заказу %4?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="409"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="417"/>
        <source>Credit notes</source>
        <translation>Корректировочные счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="417"/>
        <source>%1 returns linked to their credit note.</source>
        <translation>Возвратов, привязанных к корректировочным счетам: %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="436"/>
        <source>Export refusals &amp; returns</source>
        <translation>Экспорт отказов и возвратов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="437"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="451"/>
        <source>Exporting refusals &amp; returns…</source>
        <translation>Экспорт отказов и возвратов…</translation>
    </message>
</context>
<context>
    <name>RejectOfferDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="143"/>
        <source>Offer %1 rejected</source>
        <translation>Отказ по предложению %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="144"/>
        <source>Why did the client reject offer %1? The reasons are analysed to win the next one.</source>
        <translation>Почему клиент отклонил предложение %1? Причины анализируются, чтобы выиграть следующее.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="146"/>
        <source>Re&amp;jected</source>
        <translation>&amp;Отклонено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/offer_entry.py" line="146"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="99"/>
        <source>Starting now</source>
        <translation>Начинается сейчас</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="101"/>
        <source>In 1 minute</source>
        <translation>Через 1 минуту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="102"/>
        <source>In %1 minutes</source>
        <translation>Через %1 мин</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="107"/>
        <source>Call %1 at %2</source>
        <translation>Звонок: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="108"/>
        <source>Visit %1 at %2</source>
        <translation>Визит: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="109"/>
        <source>Meeting with %1 at %2</source>
        <translation>Встреча: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="110"/>
        <source>Negotiation with %1 at %2</source>
        <translation>Переговоры: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="111"/>
        <source>Presentation for %1 at %2</source>
        <translation>Презентация: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/reminders.py" line="117"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="175"/>
        <source>Notice by</source>
        <translation>Уведомить до</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="176"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="176"/>
        <source>Renews itself</source>
        <translation>Автопродление</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contracts_page.py" line="183"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="104"/>
        <source>Choose a report and its period, then Show.</source>
        <translation>Выберите отчет и период, затем нажмите «Сформировать».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="149"/>
        <source>Days</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="153"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="156"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="160"/>
        <source>Report:</source>
        <translation>Отчет:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="160"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="165"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="169"/>
        <source>&amp;Show</source>
        <translation>Сф&amp;ормировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="170"/>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="171"/>
        <source>Save &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="172"/>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="201"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="201"/>
        <source>Calls and visits</source>
        <translation>Звонки и визиты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="202"/>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="202"/>
        <source>Refusals and returns</source>
        <translation>Отказы и возвраты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="203"/>
        <source>KPIs and variable pay</source>
        <translation>Показатели и премия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="209"/>
        <source>Any day of the week</source>
        <translation>Любой день недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="294"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="299"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="306"/>
        <source>Save report</source>
        <translation>Сохранение отчета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="312"/>
        <source>Writing the report…</source>
        <translation>Запись отчета…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="321"/>
        <source>Preparing the report for printing…</source>
        <translation>Подготовка отчета к печати…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/reports/reports_page.py" line="327"/>
        <source>Print report</source>
        <translation>Печать отчета</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="161"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="165"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="169"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="169"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="173"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="188"/>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>while working</source>
        <translation>во время работы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="189"/>
        <source>at close</source>
        <translation>при закрытии</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="60"/>
        <source>Return from order %1</source>
        <translation>Возврат по заказу %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="72"/>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="77"/>
        <source>What was wrong (needed for Other)</source>
        <translation>Что было не так (обязательно для «Другое»)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="107"/>
        <source>&amp;Line:</source>
        <translation>По&amp;зиция:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="108"/>
        <source>&amp;Quantity back:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="109"/>
        <source>&amp;Note:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="109"/>
        <source>Returned &amp;on:</source>
        <translation>&amp;Дата возврата:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="110"/>
        <source>Expected credit:</source>
        <translation>Ожидаемая корректировка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="111"/>
        <source>Credit &amp;note:</source>
        <translation>Корректировочный сч&amp;ет:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="128"/>
        <source>&amp;Record return</source>
        <translation>&amp;Оформить возврат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="146"/>
        <source>Nothing of this order has been delivered yet.</source>
        <translation>По этому заказу еще ничего не поставлено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="148"/>
        <source>Delivered %1 %2, returned before %3: up to %4 can come back.</source>
        <translation>Поставлено %1 %2, ранее возвращено %3: можно вернуть не более %4.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/return_dialog.py" line="153"/>
        <source>Not issued yet</source>
        <translation>Еще не выставлен</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Returned</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="171"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Expected credit</source>
        <translation>Ожидаемая корректировка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="172"/>
        <source>Credit note</source>
        <translation>Корректировочный счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/returns/refusals_page.py" line="201"/>
        <source>not issued yet</source>
        <translation>еще не выставлен</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="111"/>
        <source>%1 %2: %3 so far</source>
        <translation>%1 %2: %3 на сегодня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="112"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="124"/>
        <source>%1 bn</source>
        <comment>billions on the chart axis</comment>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="125"/>
        <source>%1 M</source>
        <comment>millions on the chart axis</comment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="126"/>
        <source>%1 k</source>
        <comment>thousands on the chart axis</comment>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="247"/>
        <source>this month so far</source>
        <translation>текущий месяц на сегодня</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="102"/>
        <source>see kamdesk.log</source>
        <translation>см. kamdesk.log</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="104"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="124"/>
        <source>Backed up to %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="128"/>
        <source>Backing up the database…</source>
        <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="135"/>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="140"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="212"/>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="217"/>
        <source>Restore the backup of %1? Changes made after it are lost.</source>
        <translation>Восстановить копию от %1? Изменения, сделанные после нее, будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="220"/>
        <source>This backup was not verified when it was made; it is checked before it is restored.</source>
        <translation>Эта копия не проверялась при создании; она будет проверена перед восстановлением.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="224"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="225"/>
        <source>kamdesk closes, puts the backup in place of the database, keeps the current file beside it, and starts again.</source>
        <translation>kamdesk закроется, поставит копию на место базы данных, сохранит текущий файл рядом и запустится снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="227"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="228"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="228"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="253"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="254"/>
        <location filename="../../kamdesk/gui/safety.py" line="267"/>
        <source>There is no verified backup of it to restore.</source>
        <translation>Нет проверенной резервной копии для восстановления.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="266"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="288"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/safety.py" line="289"/>
        <source>The backup was restored. Start kamdesk again to go on working.</source>
        <translation>Резервная копия восстановлена. Запустите kamdesk снова, чтобы продолжить работу.</translation>
    </message>
</context>
<context>
    <name>SaleLabels</name>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="84"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="85"/>
        <source>Delivery time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="86"/>
        <source>Went to a competitor</source>
        <translation>Ушел к конкуренту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="87"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/labels.py" line="88"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="290"/>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="355"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>Number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="291"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="292"/>
        <source>Gross total</source>
        <translation>Итого с НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="293"/>
        <source>Top products, last 24 months</source>
        <translation>Самые покупаемые товары, последние 24 месяца</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="294"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="295"/>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="344"/>
        <source>Net revenue per month, last 24 months (%1)</source>
        <translation>Выручка без НДС по месяцам, последние 24 месяца (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="345"/>
        <source>Net revenue per month, last 24 months</source>
        <translation>Выручка без НДС по месяцам, последние 24 месяца</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="353"/>
        <source>Last %1 orders</source>
        <translation>Последние заказы (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="362"/>
        <source>No orders yet: New order, beside, takes one; New offer writes an offer first.</source>
        <translation>Заказов пока нет: кнопка «Новый заказ» рядом оформит заказ, а «Новое предложение» — сначала коммерческое предложение.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="365"/>
        <source>The products this client buys most show here.</source>
        <translation>Здесь появятся товары, которые этот клиент покупает чаще всего.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="369"/>
        <source>The sales history appears once the client is saved.</source>
        <translation>История продаж появится после сохранения клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="371"/>
        <source>No orders yet.</source>
        <translation>Заказов еще нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="372"/>
        <source>Last order: %1</source>
        <translation>Последний заказ: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="375"/>
        <source>on average every day</source>
        <translation>в среднем каждый день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="376"/>
        <source>on average every %1 days</source>
        <translation>в среднем раз в %1 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="378"/>
        <source>1 order in 24 months</source>
        <translation>1 заказ за 24 месяца</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="378"/>
        <source>%1 orders in 24 months</source>
        <translation>заказов за 24 месяца: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/sales_tab.py" line="379"/>
        <source>total %1 net</source>
        <translation>всего %1 без НДС</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="101"/>
        <source>E-mail: %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="101"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="115"/>
        <source>This desk has no e-mail account yet: &lt;a href=&quot;settings&quot;&gt;set it up…&lt;/a&gt; or open the message in your mail program.</source>
        <translation>Учетная запись эл. почты еще не настроена: &lt;a href=&quot;settings&quot;&gt;настройте ее…&lt;/a&gt; или откройте письмо в почтовой программе.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="122"/>
        <source>Account…</source>
        <translation>Учетная запись…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="123"/>
        <source>The e-mail account of this desk: sender, servers, password</source>
        <translation>Учетная запись эл. почты: отправитель, серверы, пароль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="134"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="134"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="140"/>
        <source>&amp;Open</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="141"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="150"/>
        <source>Open in &amp;mail program</source>
        <translation>Открыть в почтовой п&amp;рограмме</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="153"/>
        <source>A draft with the attachments, opened by your mail program</source>
        <translation>Черновик с вложениями, открываемый в почтовой программе</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="155"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="157"/>
        <source>Send it now with this desk&apos;s e-mail account (Ctrl+Enter)</source>
        <translation>Отправить сейчас через настроенную учетную запись эл. почты (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="167"/>
        <source>name@example.com, another@example.com</source>
        <translation>name@example.com, another@example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="170"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="171"/>
        <source>Add one of the client&apos;s contacts</source>
        <translation>Добавить контактное лицо клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="192"/>
        <source>From:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="193"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="194"/>
        <source>&amp;Cc:</source>
        <translation>Ко&amp;пия:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="195"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="257"/>
        <source>(no e-mail account)</source>
        <translation>(нет учетной записи эл. почты)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="295"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="330"/>
        <source>Close without sending?</source>
        <translation>Закрыть без отправки?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="331"/>
        <source>What you changed in this e-mail is lost.</source>
        <translation>Изменения в этом письме будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="346"/>
        <source>message</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="354"/>
        <source>Cannot write the draft: %1</source>
        <translation>Не удалось записать черновик: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="386"/>
        <source>Sending the e-mail…</source>
        <translation>Отправка письма…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="394"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="395"/>
        <source>The e-mail is sent, but no copy was put in the Sent folder: %1</source>
        <translation>Письмо отправлено, но копия не помещена в папку «Отправленные»: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/mail/send_dialog.py" line="405"/>
        <source>Sent, not recorded</source>
        <translation>Отправлено, но не записано</translation>
    </message>
</context>
<context>
    <name>SettlementArea</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="25"/>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="27"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="29"/>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/area.py" line="31"/>
        <source>Collection</source>
        <translation>Взыскание</translation>
    </message>
</context>
<context>
    <name>SettlementImport</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/invoice_import.py" line="56"/>
        <source>Import invoices</source>
        <translation>Импорт счетов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/payment_import.py" line="56"/>
        <source>Import payments</source>
        <translation>Импорт оплат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="50"/>
        <source>Only a head of department or an administrator can import invoices and payments.</source>
        <translation>Импортировать счета и оплаты может только руководитель отдела или администратор.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="53"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="68"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
</context>
<context>
    <name>SettlementImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="30"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Импортировать корректные строки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/settlement_import.py" line="33"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported. Rows are matched to clients by tax number, else by name.</source>
        <translation>Строк в файле %2: %1. Проверьте, в какое поле попадает каждый столбец; столбцы со значением «Не импортировать» не загружаются. Строки сопоставляются с клиентами по ИНН, а если его нет — по названию.</translation>
    </message>
</context>
<context>
    <name>SettlementLabels</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="26"/>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="27"/>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="34"/>
        <source>Credit note</source>
        <translation>Корректировочный счет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="31"/>
        <source>By the remark</source>
        <translation>По назначению платежа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="32"/>
        <source>Oldest first</source>
        <translation>Сначала старые счета</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="33"/>
        <source>By hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="38"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="39"/>
        <source>Typed in</source>
        <translation>Ручной ввод</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="43"/>
        <source>pays sooner than a year before</source>
        <translation>платит быстрее, чем годом ранее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="44"/>
        <source>pays later than a year before</source>
        <translation>платит медленнее, чем годом ранее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="45"/>
        <source>as a year before</source>
        <translation>так же, как годом ранее</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="49"/>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="50"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="51"/>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="52"/>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="53"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="54"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="76"/>
        <source>Invoices and payments are recorded at the office, by a head of department or an administrator; here they can be read.</source>
        <translation>Счета и оплаты регистрирует офис — руководитель отдела или администратор; здесь их можно только просматривать.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="115"/>
        <source>No invoice was settled in the last 365 days.</source>
        <translation>За последние 365 дней не погашено ни одного счета.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="117"/>
        <source>Pays %1 days late on average in the last 365 days</source>
        <translation>За последние 365 дней платит в среднем с опозданием %1 дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="120"/>
        <source> (the year before: %1)</source>
        <translation> (годом ранее: %1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/labels.py" line="126"/>
        <source>Suggested rating: %1.</source>
        <translation>Рекомендуемый рейтинг: %1.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="80"/>
        <source>Competitor&apos;s share</source>
        <translation>Доля конкурента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="86"/>
        <source>All purchases</source>
        <translation>Все закупки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="93"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Конкурент:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="94"/>
        <source>C&amp;ategory:</source>
        <translation>К&amp;атегория:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/competitor/record_dialogs.py" line="95"/>
        <source>Estimated &amp;share:</source>
        <translation>Оценочная &amp;доля:</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1760"/>
        <source>Ship order %1</source>
        <translation>Отгрузка заказа %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1764"/>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1765"/>
        <source>Ship now</source>
        <translation>Отгрузить сейчас</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1789"/>
        <source>&amp;Ship</source>
        <translation>&amp;Отгрузить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sale/order_entry.py" line="1793"/>
        <source>Type the quantities leaving now; 0 leaves a line for later.</source>
        <translation>Введите количество, отгружаемое сейчас; 0 оставляет позицию на потом.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="280"/>
        <source>Sign contract %1</source>
        <translation>Подписание договора %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="284"/>
        <source>Both parties signed the contract. It is active from now on.</source>
        <translation>Обе стороны подписали договор. С этого момента он действует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="285"/>
        <source>Signed &amp;on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="287"/>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <location filename="../../kamdesk/gui/single_window.py" line="112"/>
        <source>The database %1 is open in another kamdesk (process %2), whose window could not be brought forward. Use that window, or close it and start kamdesk again.</source>
        <translation>База данных %1 открыта в другом kamdesk (процесс %2), окно которого не удалось вывести на передний план. Используйте то окно или закройте его и запустите kamdesk снова.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/single_window.py" line="115"/>
        <source>kamdesk is open already</source>
        <translation>kamdesk уже открыт</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="60"/>
        <source>Statement of account — %1</source>
        <translation>Акт сверки взаимных расчетов — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="65"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="68"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="70"/>
        <source>&amp;Excel workbook</source>
        <translation>Книга &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="71"/>
        <source>&amp;Open when saved</source>
        <translation>&amp;Открыть после сохранения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;Начало периода:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="78"/>
        <source>&amp;To:</source>
        <translation>&amp;Конец периода:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="79"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="84"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="87"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="90"/>
        <source>Send the statement by e-mail, PDF and workbook, in the language chosen above</source>
        <translation>Отправить акт сверки по эл. почте в PDF и книгой Excel на языке, выбранном выше</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="115"/>
        <source>Writing the statement…</source>
        <translation>Формирование акта сверки…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="130"/>
        <source>statement</source>
        <translation>акт сверки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="134"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/settlement/statement_dialog.py" line="135"/>
        <source>Save the statement as</source>
        <translation>Сохранить акт сверки как</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="55"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="138"/>
        <source>Plan my week</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="60"/>
        <source>Suggested contacts</source>
        <translation>Рекомендуемые контакты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="62"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="62"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="73"/>
        <source>Nobody to suggest this week.</source>
        <translation>На эту неделю рекомендаций нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="77"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="190"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Отметить все</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="79"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="187"/>
        <source>&amp;Schedule selected</source>
        <translation>&amp;Распланировать отмеченных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="81"/>
        <source>Plan the ticked clients into free time of this week</source>
        <translation>Распределить отмеченных клиентов по свободному времени этой недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="137"/>
        <source>Plan my week (%1)</source>
        <translation>План на неделю (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="186"/>
        <source>&amp;Schedule %1</source>
        <translation>&amp;Распланировать (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="189"/>
        <source>Untick &amp;all</source>
        <translation>Снять &amp;отметки</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="34"/>
        <source>&amp;Take offline…</source>
        <translation>&amp;Взять в офлайн…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="51"/>
        <source>S&amp;ync now</source>
        <translation>С&amp;инхронизировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/__init__.py" line="53"/>
        <source>Sync con&amp;flicts…</source>
        <translation>Конф&amp;ликты синхронизации…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="134"/>
        <source>A sync is already running.</source>
        <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="137"/>
        <source>Syncing with the office server…</source>
        <translation>Синхронизация с сервером офиса…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="199"/>
        <source>Cannot sync</source>
        <translation>Синхронизация невозможна</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="204"/>
        <source>Office server not reachable</source>
        <translation>Сервер офиса недоступен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/controller.py" line="205"/>
        <source>kamdesk cannot reach the office server now. Your local work goes on; your changes are kept and sent at the next sync, which starts by itself once the server answers.</source>
        <translation>kamdesk сейчас не может связаться с сервером офиса. Работа продолжается; ваши изменения сохранены и будут отправлены при следующей синхронизации, которая начнётся сама, когда сервер ответит.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="51"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="56"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="58"/>
        <source>1 conflict</source>
        <translation>1 конфликт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="59"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="64"/>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="65"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="65"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="69"/>
        <source>never synced</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="71"/>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="72"/>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="82"/>
        <source>yesterday %1</source>
        <translation>вчера %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="89"/>
        <source>sync needs your password</source>
        <translation>для синхронизации нужен пароль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="91"/>
        <source>cannot sync: versions differ</source>
        <translation>синхронизация невозможна: версии различаются</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="92"/>
        <source>the last sync failed</source>
        <translation>последняя синхронизация не удалась</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="98"/>
        <source>Office server: %1, database %2, login %3</source>
        <translation>Сервер офиса: %1, база %2, логин %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="100"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="101"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="104"/>
        <source>Changes waiting to be sent: %n</source>
        <translation>
            <numerusform>Изменений к отправке: %n</numerusform>
            <numerusform>Изменений к отправке: %n</numerusform>
            <numerusform>Изменений к отправке: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/indicator.py" line="105"/>
        <source>Conflicts to look at: %n</source>
        <translation>
            <numerusform>Конфликтов к просмотру: %n</numerusform>
            <numerusform>Конфликтов к просмотру: %n</numerusform>
            <numerusform>Конфликтов к просмотру: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="107"/>
        <source>see kamdesk.log</source>
        <translation>см. kamdesk.log</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="108"/>
        <source>The last sync did not finish: %1</source>
        <translation>Последняя синхронизация не завершилась: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/indicator.py" line="109"/>
        <source>Click for Sync now (Ctrl+Shift+S) and the conflicts.</source>
        <translation>Нажмите, чтобы синхронизировать (Ctrl+Shift+S) и увидеть конфликты.</translation>
    </message>
</context>
<context>
    <name>SyncPasswords</name>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="35"/>
        <source>The office server wants your password to sync.</source>
        <translation>Для синхронизации сервер офиса запрашивает ваш пароль.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="61"/>
        <source>Password not remembered</source>
        <translation>Пароль не запомнен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/passwords.py" line="62"/>
        <source>kamdesk could not keep the password in this computer&apos;s keyring (%1). It is kept until kamdesk closes.</source>
        <translation>kamdesk не смог сохранить пароль в хранилище ключей этого компьютера (%1). Он хранится до закрытия kamdesk.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="52"/>
        <source>Take offline</source>
        <translation>Взять в офлайн</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="55"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="67"/>
        <source>&amp;Take offline</source>
        <translation>&amp;Взять в офлайн</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="83"/>
        <source>kamdesk writes your clients, their history, the catalogue and the prices to an encrypted file for working without a connection. The passphrase opens it; kamdesk does not keep it, and without it nobody can read the file, you neither.</source>
        <translation>kamdesk записывает ваших клиентов, их историю, каталог и цены в зашифрованный файл для работы без связи. Его открывает парольная фраза; kamdesk её не хранит, и без неё файл не прочтёт никто, в том числе вы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="92"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="93"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="103"/>
        <source>Save the laptop copy as</source>
        <translation>Сохранить копию для ноутбука как</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="104"/>
        <source>kamdesk databases (*.db)</source>
        <translation>Базы kamdesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="114"/>
        <source>Choose where to write the laptop copy.</source>
        <translation>Выберите, куда записать копию для ноутбука.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="116"/>
        <source>%1 already exists. kamdesk never writes a laptop copy over a file: choose another name.</source>
        <translation>%1 уже существует. kamdesk никогда не записывает копию поверх файла: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="119"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="121"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Парольная фраза должна содержать не менее %n символа.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/sync/take_offline.py" line="123"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="165"/>
        <source>Contract templates[*]</source>
        <translation>Шаблоны договоров[*]</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="165"/>
        <source>Letter templates[*]</source>
        <translation>Шаблоны писем[*]</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="198"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="199"/>
        <source>Save the template (Ctrl+S); refused while it has problems</source>
        <translation>Сохранить шаблон (Ctrl+S); пока в нем есть ошибки, сохранение невозможно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="201"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="202"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="235"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="244"/>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="246"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="247"/>
        <source>A new template (Ctrl+N)</source>
        <translation>Новый шаблон (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="249"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="252"/>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="555"/>
        <source>Archi&amp;ve</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="253"/>
        <source>Hide the template from the choice for new letters</source>
        <translation>Не предлагать шаблон при создании новых писем</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="254"/>
        <source>Hide the template from the choice for new contracts</source>
        <translation>Не предлагать шаблон при создании новых договоров</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="262"/>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="293"/>
        <source>Na&amp;me:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="295"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="297"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="312"/>
        <source>Insert &amp;placeholder</source>
        <translation>Вставить &amp;поле</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="313"/>
        <source>Insert a field of the company, the client, the contract… at the cursor (Ctrl+Space)</source>
        <translation>Вставить в позицию курсора поле компании, клиента, договора… (Ctrl+Space)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="319"/>
        <source>Insert &amp;condition…</source>
        <translation>Вставить &amp;условие…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="320"/>
        <source>Keep the selected lines only when a condition holds, e.g. when the client pays on credit (Ctrl+Shift+I)</source>
        <translation>Оставлять выделенные строки, только если выполняется условие, например клиент работает с отсрочкой платежа (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="323"/>
        <source>“# ” starts a section; a blank line starts a clause.</source>
        <translation>«# » начинает раздел; пустая строка начинает пункт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="333"/>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="341"/>
        <source>Double-click or press Enter to go to the line; F8 goes to the next problem</source>
        <translation>Двойной щелчок или Enter — перейти к строке; F8 — к следующей ошибке</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="389"/>
        <source>A field typed when the letter is written…</source>
        <translation>Поле, вводимое при составлении письма…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="391"/>
        <source>Insert {{ fields.NAME }}: a value (a date, an amount) the user types once for one letter or a whole mail merge</source>
        <translation>Вставить {{ fields.NAME }}: значение (дата, сумма), которое пользователь вводит один раз для одного письма или для всей рассылки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="398"/>
        <source>Field typed for the letter</source>
        <translation>Поле, вводимое для письма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="399"/>
        <source>The field&apos;s name (letters, digits and _, e.g. effective_date):</source>
        <translation>Имя поля (буквы, цифры и _, например effective_date):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="408"/>
        <source>A sample client — type to preview with one of yours</source>
        <translation>Пример клиента — начните вводить, чтобы посмотреть на одном из ваших</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="461"/>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="463"/>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="545"/>
        <source>A new template: it is stored when you save it.</source>
        <translation>Новый шаблон: он будет записан при сохранении.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="250"/>
        <source>A copy of this template to edit (Ctrl+Shift+D)</source>
        <translation>Копия шаблона для редактирования (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="411"/>
        <source>Preview for cli&amp;ent:</source>
        <translation>Просмотр для &amp;клиента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="547"/>
        <source>A built-in template: your changes replace its text here. Duplicate it (Ctrl+Shift+D) to keep the original.</source>
        <translation>Встроенный шаблон: ваши изменения заменят его текст. Чтобы сохранить оригинал, сделайте копию (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="550"/>
        <source>Your template.</source>
        <translation>Ваш шаблон.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="553"/>
        <source>Archived: not offered for new contracts.</source>
        <translation>В архиве: не предлагается для новых договоров.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="555"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="654"/>
        <source>“{% %1 %}” opened here is not closed: add “{% end%1 %}” where it should end.</source>
        <translation>Открытый здесь «{% %1 %}» не закрыт: добавьте «{% end%1 %}» там, где он должен заканчиваться.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="667"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="675"/>
        <source>1 problem — fix it before saving</source>
        <translation>1 ошибка — исправьте ее перед сохранением</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="676"/>
        <source>%1 problems — fix them before saving</source>
        <translation>Ошибок: %1 — исправьте их перед сохранением</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="679"/>
        <source>No problems</source>
        <translation>Ошибок нет</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="661"/>
        <source>The preview shows the text as it was before the problems listed under the editor.</source>
        <translation>В просмотре показан текст в том виде, в каком он был до появления ошибок, перечисленных под редактором.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="552"/>
        <source>Archived: not offered for new letters.</source>
        <translation>В архиве: не предлагается для новых писем.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="759"/>
        <source>Go to line</source>
        <translation>Переход к строке</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="759"/>
        <source>Line:</source>
        <translation>Строка:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="794"/>
        <source>Insert condition</source>
        <translation>Вставка условия</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="795"/>
        <source>Keep the selected lines only when this holds (a yes/no field, or a field that is not empty):</source>
        <translation>Оставлять выделенные строки, только если выполняется условие (поле «да/нет» или непустое поле):</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="832"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="843"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="843"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="846"/>
        <source>A copy: edit it and save it (Ctrl+S).</source>
        <translation>Копия: отредактируйте и сохраните ее (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="872"/>
        <source>Not saved: the template has %1 problem(s), listed under the text. Fix them first.</source>
        <translation>Не сохранено: ошибок в шаблоне — %1, они перечислены под текстом. Сначала исправьте их.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="884"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="900"/>
        <source>Saved “%1”.</source>
        <translation>Шаблон «%1» сохранен.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="935"/>
        <source>Archived “%1”.</source>
        <translation>Шаблон «%1» перемещен в архив.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="935"/>
        <source>Restored “%1”.</source>
        <translation>Шаблон «%1» восстановлен.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/template_editor.py" line="950"/>
        <source>The template “%1” has unsaved changes. Save them?</source>
        <translation>В шаблоне «%1» есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="303"/>
        <source>Terminate contract %1</source>
        <translation>Расторжение договора %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="306"/>
        <source>Notice given, breach of contract, agreement of the parties…</source>
        <translation>Уведомление о расторжении, нарушение договора, соглашение сторон…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="310"/>
        <source>Ends &amp;on:</source>
        <translation>&amp;Дата окончания:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="311"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/contract/contract_dialog.py" line="313"/>
        <source>&amp;Terminate</source>
        <translation>Р&amp;асторгнуть</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../kamdesk/gui/unsaved.py" line="46"/>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/unsaved.py" line="101"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="243"/>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="247"/>
        <source>small letters, e.g. nagy_peter</source>
        <translation>строчные буквы, напр. nagy_peter</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="257"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="262"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="263"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="264"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="265"/>
        <source>&amp;Head:</source>
        <translation>Р&amp;уководитель:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="266"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="267"/>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="63"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="64"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="67"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="68"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="69"/>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="81"/>
        <source>Users and passwords belong to a team server (PostgreSQL). This desk is a database file on this computer and needs no login.

To work as a team, the database owner sets up a server once with “kamdesk server init URL --admin LOGIN”; each user then starts kamdesk with --database postgresql://LOGIN@SERVER/DATABASE and logs in.</source>
        <translation>Пользователи и пароли есть на сервере команды (PostgreSQL). Это рабочее место — файл базы данных на этом компьютере, для него вход не нужен.

Для работы командой владелец базы данных один раз настраивает сервер командой «kamdesk server init URL --admin ЛОГИН»; затем каждый запускает kamdesk с --database postgresql://ЛОГИН@СЕРВЕР/БАЗА и входит.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="103"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="103"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="155"/>
        <source>Disable the user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/admin/users_page.py" line="156"/>
        <source>Disable %1 (%2)? They can no longer log in; their clients and documents stay, and an administrator can hand them over.</source>
        <translation>Отключить %1 (%2)? Он больше не сможет войти; его клиенты и документы останутся, и администратор сможет их передать.</translation>
    </message>
</context>
<context>
    <name>WeekPdf</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="32"/>
        <source>Week plan — %1</source>
        <translation>План на неделю — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="33"/>
        <source>Week plan</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="34"/>
        <source>Printed on %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="69"/>
        <source>Save the week as PDF</source>
        <translation>Сохранить неделю в PDF</translation>
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
        <translation>Нед. %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="485"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="500"/>
        <source>+%1 more</source>
        <translation>еще %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="540"/>
        <source>Week calendar</source>
        <translation>Календарь недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="786"/>
        <source>Week %1, %2 activities</source>
        <translation>Неделя %1, активностей: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="983"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="985"/>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="987"/>
        <source>Cancel activity…</source>
        <translation>Отменить активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="999"/>
        <source>New activity here…</source>
        <translation>Новая активность здесь…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1088"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1100"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="145"/>
        <source>Sales month by month (line) against plan (dashed); double-click a month to see its clients</source>
        <translation>Продажи по месяцам (линия) в сравнении с планом (пунктир); дважды щелкните месяц, чтобы открыть список клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/kpi/charts.py" line="185"/>
        <source>Sales %1 (highest month %2)</source>
        <translation>Продажи за %1 г. (максимум за месяц: %2)</translation>
    </message>
</context>
</TS>
