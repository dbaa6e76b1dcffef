<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="59"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="86"/>
        <source>Creating demo data…</source>
        <translation>Создание демоданных…</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="310"/>
        <source>Choose or type a new segment</source>
        <translation>Выберите или введите новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="312"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="315"/>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="319"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="320"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="320"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="376"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="378"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="391"/>
        <source>Add a contact (Insert)</source>
        <translation>Добавить контакт (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="392"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>Удалить выбранный контакт (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="573"/>
        <source>same tax number</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="573"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="576"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="577"/>
        <source>A client like this exists already:</source>
        <translation>Похожий клиент уже есть:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="579"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="580"/>
        <source>Save anyway</source>
        <translation>Все равно сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="595"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="712"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="595"/>
        <source>Discard unsaved changes?</source>
        <translation>Отменить несохраненные изменения?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="702"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="707"/>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="709"/>
        <source>Created %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="710"/>
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
        <location filename="../../kamdesk/gui/party/client_card.py" line="538"/>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="17"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="18"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_export.py" line="23"/>
        <source>Exporting clients…</source>
        <translation>Экспорт клиентов…</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="40"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="60"/>
        <source>%1 rows in %2. Check which field each column goes to; columns set to “Ignore” are not imported.</source>
        <translation>Строк в файле %2: %1. Проверьте, в какое поле попадает каждый столбец; столбцы со значением «Не импортировать» не загружаются.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="68"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="73"/>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="85"/>
        <source>&amp;Check rows</source>
        <translation>&amp;Проверить строки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="89"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="108"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Выберите столбец с названием клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="112"/>
        <source>Each field can come from one column only: %1.</source>
        <translation>Каждое поле может заполняться только из одного столбца: %1.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="132"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="132"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="135"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклоненные строки…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="137"/>
        <source>&amp;Back to columns</source>
        <translation>&amp;Назад к столбцам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="139"/>
        <source>Import &amp;nothing</source>
        <translation>&amp;Отказаться от импорта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="142"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Импортировать корректные строки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="160"/>
        <source>%1 of %2 rows can be imported. %3 rows have errors, %4 rows are clients that exist already (same tax number, or same name where no tax number is given) and will not be imported.</source>
        <translation>Можно импортировать строк: %1 (всего %2). Строк с ошибками: %3. Строк с уже существующими клиентами (тот же ИНН или, если ИНН не указан, то же название): %4, они не будут импортированы.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="175"/>
        <source>Save rejected rows</source>
        <translation>Сохранение отклоненных строк</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_import.py" line="184"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="61"/>
        <source>Search name, tax number, city, contact… (Ctrl+F)</source>
        <translation>Поиск: название, ИНН, город, контакт… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="66"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="72"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="73"/>
        <source>Key accounts</source>
        <translation>Ключевые</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="74"/>
        <source>Other clients</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="75"/>
        <source>Archived</source>
        <translation>Архивные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="76"/>
        <source>Show archived clients instead of the working list</source>
        <translation>Показать архивных клиентов вместо рабочего списка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="85"/>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="86"/>
        <source>Create a client (Ctrl+N)</source>
        <translation>Создать клиента (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="94"/>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="95"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="138"/>
        <source>&amp;Archive client</source>
        <translation>&amp;Архивировать клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="140"/>
        <source>&amp;Restore client</source>
        <translation>&amp;Восстановить клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="142"/>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Удалить клиента навсегда…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="213"/>
        <source>1 archived client</source>
        <translation>1 архивный клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="213"/>
        <source>%1 archived clients</source>
        <translation>Архивных клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>1 client</source>
        <translation>1 клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="215"/>
        <source>%1 clients</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="272"/>
        <source>Archive client</source>
        <translation>Архивирование клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="273"/>
        <source>Archive “%1”? It leaves the working list; tick “Archived” to see it and restore it.</source>
        <translation>Архивировать «%1»? Клиент исчезнет из рабочего списка; чтобы увидеть и восстановить его, отметьте «Архивные».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="286"/>
        <source>Delete client for good</source>
        <translation>Удаление клиента навсегда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_list.py" line="287"/>
        <source>Delete “%1” and its contacts for good? This cannot be undone.</source>
        <translation>Удалить «%1» вместе с контактами навсегда? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Key account</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="35"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="65"/>
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
        <source>&amp;Bank account:</source>
        <translation>&amp;Банковский счет:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="27"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="29"/>
        <source>Default &amp;VAT rate (%):</source>
        <translation>Ставка НД&amp;С по умолчанию (%):</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="155"/>
        <source>&amp;Save company</source>
        <translation>Со&amp;хранить компанию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="174"/>
        <source>Logo on documents</source>
        <translation>Логотип в документах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="175"/>
        <location filename="../../kamdesk/gui/company.py" line="274"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="180"/>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="182"/>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="195"/>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="198"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="205"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="207"/>
        <source>&amp;New manager</source>
        <translation>Н&amp;овый менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="209"/>
        <source>Save &amp;manager</source>
        <translation>Сохранить &amp;менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="223"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="226"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="228"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="230"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="251"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="251"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="285"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="285"/>
        <source>Company profile saved.</source>
        <translation>Данные компании сохранены.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="288"/>
        <source>Choose logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="288"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="334"/>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="334"/>
        <location filename="../../kamdesk/gui/company.py" line="344"/>
        <source>Segment name:</source>
        <translation>Название сегмента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="344"/>
        <source>Rename segment</source>
        <translation>Переименование сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="360"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Удалить сегмент «%1»? Клиентов в нем: %2; они останутся без сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="361"/>
        <source>Delete segment</source>
        <translation>Удаление сегмента</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="187"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="190"/>
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
    <name>Errors</name>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="21"/>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="25"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/errors.py" line="26"/>
        <source>Something went wrong inside kamdesk. Your saved data is safe; the details below were written to the log.</source>
        <translation>В работе kamdesk произошел сбой. Сохраненные данные в безопасности; подробности ниже записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="114"/>
        <source>Welcome to kamdesk</source>
        <translation>Добро пожаловать в kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="115"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Укажите данные вашей компании и свои. Позже их можно изменить на странице «Компания».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="119"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="121"/>
        <source>Explore with &amp;demo data</source>
        <translation>Попробовать на &amp;демоданных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="122"/>
        <source>&amp;Start</source>
        <translation>На&amp;чать</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="53"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="80"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="81"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="82"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="86"/>
        <source>&amp;Find client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="87"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="92"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="93"/>
        <source>C&amp;ompany</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="97"/>
        <source>&amp;About kamdesk</source>
        <translation>&amp;О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="165"/>
        <source>Refreshed</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="200"/>
        <source>Client saved</source>
        <translation>Клиент сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="214"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="215"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="219"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="226"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Импортирован %n клиент</numerusform>
            <numerusform>Импортировано %n клиента</numerusform>
            <numerusform>Импортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="233"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>Экспортирован %n клиент</numerusform>
            <numerusform>Экспортировано %n клиента</numerusform>
            <numerusform>Экспортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="236"/>
        <source>About kamdesk</source>
        <translation>О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="237"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 — рабочее место менеджера по ключевым клиентам.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="86"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="87"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="89"/>
        <source>Your &amp;name:</source>
        <translation>Ваше и&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="90"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="91"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="11"/>
        <source>A client like this exists already: {names}.</source>
        <translation>Похожий клиент уже есть: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="12"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Клиент с названием «{name}» уже есть (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Клиент с ИНН {tax_number} уже есть: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Сегмент «{name}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Выберите столбец с названием клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Клиентов можно экспортировать только в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>Company name is required.</source>
        <translation>Необходимо указать название компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>Contact birthday</source>
        <translation>День рождения контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>Contact e-mail</source>
        <translation>Эл. почта контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>Contact is decision maker</source>
        <translation>Контактное лицо — ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>Contact phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>Contact position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>Contact {number}: {problem}</source>
        <translation>Контакт {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>Contact: {message}</source>
        <translation>Контактное лицо: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Страна «{country}» должна быть указана двухбуквенным кодом, например HU, SK или RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>Кредитный лимит может содержать не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>Credit limit cannot be negative.</source>
        <translation>Кредитный лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>Кредитный лимит «{text}» не распознан как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>Валюта должна быть указана трехбуквенным кодом, например HUF, EUR или RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>Delivery city</source>
        <translation>Город доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>Delivery country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>Delivery postcode</source>
        <translation>Индекс доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>Delivery street</source>
        <translation>Улица доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>E-mail {problem}.</source>
        <translation>Эл. почта: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Каждое поле может заполняться только из одного столбца: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>Key account</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>Manager name is required.</source>
        <translation>Необходимо указать имя менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>Name is required.</source>
        <translation>Необходимо указать название.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Основным может быть только один контакт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>Payment terms (days)</source>
        <translation>Отсрочка платежа (дней)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Отсрочка платежа должна быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>Отсрочка платежа «{text}» должна быть целым числом дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>Phone {problem}.</source>
        <translation>Телефон: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>Prospects</source>
        <translation>Перспективы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Registration number</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Reliability</source>
        <translation>Надежность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Reliability checked on</source>
        <translation>Дата проверки надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Reliability note</source>
        <translation>Примечание о надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>Рейтинг надежности должен быть A, B, C или D.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Role must be manager or head.</source>
        <translation>Роль может быть только «Менеджер по ключевым клиентам» или «Руководитель отдела».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Save the company profile first.</source>
        <translation>Сначала сохраните данные компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>Segment name is required.</source>
        <translation>Необходимо указать название сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>После проверки строк некоторые клиенты из этого файла уже были сохранены ({example}). Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>Source must be one of: {choices}.</source>
        <translation>Допустимые значения источника: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>Status must be one of: {choices}.</source>
        <translation>Допустимые значения статуса: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>Tax number {problem}.</source>
        <translation>ИНН: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>ИНН {tax_number} уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>База данных подтвердила не всех импортированных клиентов, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Файл {file} не существует или не является файлом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>Логотип больше 2 МБ; выберите изображение меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Логотип должен быть изображением в формате PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>There is no client with id {id}.</source>
        <translation>Клиент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Менеджер «{name}» не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>There is no manager with id {id}.</source>
        <translation>Менеджер с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>There is no segment with id {id}.</source>
        <translation>Сегмент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>В этой базе данных уже есть клиенты; демоданные можно загрузить только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Эта база данных создана или обновлена более новой версией kamdesk (в ней есть изменения схемы {changes}, неизвестные этой версии). База данных оставлена без изменений. Чтобы открыть ее, установите более новую версию kamdesk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Website {problem}.</source>
        <translation>Сайт: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>неверная контрольная цифра (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>is not a phone number</source>
        <translation>номер не распознан</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>недействительный номер плательщика НДС ЕС для {country} (проверьте цифры)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>недействительный ИНН РФ (10 или 12 цифр, включая контрольные)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>is not a valid e-mail address</source>
        <translation>некорректный адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>is not a valid phone number</source>
        <translation>недействительный номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>is not a web address</source>
        <translation>некорректный веб-адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>ожидается формат 12345678-1-23 (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>name is required.</source>
        <translation>необходимо указать имя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Файл {file} нельзя импортировать: используйте книгу Excel (.xlsx) или файл CSV (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Не удалось прочитать файл {file} как книгу Excel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Файл {file} не похож на текстовый (CSV) файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>В файле {file} есть строка заголовков, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Файл {file} — книга Excel старого формата (97–2003). Сначала откройте его в Excel или LibreOffice и сохраните как .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>{file} is not a CSV file kamdesk can read ({reason}).</source>
        <translation>kamdesk не может прочитать файл {file} как CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>В поле «{label}» должно быть «да» или «нет», а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>«{name}» нельзя удалить, так как с ним связаны записи: {records}. Вместо этого архивируйте клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>«{name}» уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{text}» — не дата (используйте формат ДД.ММ.ГГГГ).</translation>
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
</TS>
