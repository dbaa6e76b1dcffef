<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="53"/>
        <source>Change a repeating activity</source>
        <translation>Изменение повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="54"/>
        <source>Move a repeating activity</source>
        <translation>Перенос повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="55"/>
        <source>Cancel a repeating activity</source>
        <translation>Отмена повторяющейся активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="58"/>
        <source>This activity is one of a series.</source>
        <translation>Эта активность входит в серию.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="60"/>
        <source>Cancel only this one, or this one and all that follow?</source>
        <translation>Отменить только эту активность или эту и все следующие?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="61"/>
        <source>This and all &amp;following</source>
        <translation>Эту и все &amp;следующие</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="63"/>
        <source>Change only this one, or the whole series?</source>
        <translation>Изменить только эту активность или всю серию?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="64"/>
        <source>The &amp;whole series</source>
        <translation>&amp;Всю серию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="65"/>
        <source>&amp;Only this one</source>
        <translation>&amp;Только эту</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="313"/>
        <source>Discard unsaved changes?</source>
        <translation>Отменить несохраненные изменения?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="339"/>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="340"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="341"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="342"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="348"/>
        <source>On the</source>
        <translation>По дню недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>first</source>
        <translation>первая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>second</source>
        <translation>вторая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="349"/>
        <source>third</source>
        <translation>третья неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="350"/>
        <source>fourth</source>
        <translation>четвертая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="350"/>
        <source>last</source>
        <translation>последняя неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="356"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="447"/>
        <source>This is one occurrence of a repeating series. Saving asks whether the change is for this one or for the whole series; a new repetition applies to the whole series.</source>
        <translation>Это одно из повторений серии. При сохранении будет задан вопрос, относится ли изменение только к нему или ко всей серии; новое правило повторения применяется ко всей серии.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="515"/>
        <source>New activity</source>
        <translation>Новая активность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="517"/>
        <location filename="../../ui/activity_dialog.ui" line="14"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="524"/>
        <source>(no contact)</source>
        <translation>(без контактного лица)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>day(s)</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>week(s)</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="599"/>
        <source>month(s)</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/activity_dialog.py" line="602"/>
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
        <source>O&amp;wner:</source>
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
        <location filename="../../kamdesk/gui/activity/labels.py" line="21"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="22"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="23"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="24"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="25"/>
        <source>Presentation / training</source>
        <translation>Презентация / обучение</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="26"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="27"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="33"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="34"/>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/labels.py" line="35"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
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
    <name>App</name>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="59"/>
        <source>kamdesk cannot open the database</source>
        <translation>kamdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/app.py" line="89"/>
        <source>Creating demo data…</source>
        <translation>Создание демоданных…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="105"/>
        <source>Previous week (PgUp)</source>
        <translation>Предыдущая неделя (PgUp)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="106"/>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="108"/>
        <source>T&amp;oday</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="109"/>
        <source>This week (T)</source>
        <translation>Текущая неделя (T)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="113"/>
        <source>Next week (PgDn)</source>
        <translation>Следующая неделя (PgDn)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="114"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="121"/>
        <source>Go to the week of a date</source>
        <translation>Перейти к неделе выбранной даты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="131"/>
        <source>Whose activities</source>
        <translation>Чьи активности показывать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="147"/>
        <source>Show all kinds</source>
        <translation>Показать все типы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="150"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="225"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Новая активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="151"/>
        <source>Plan a call, visit or other activity (Ctrl+N)</source>
        <translation>Запланировать звонок, визит или другую активность (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="153"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="154"/>
        <source>Print the week (Ctrl+P)</source>
        <translation>Печать недели (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="156"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="157"/>
        <source>Save the week as a PDF to send or print later (Ctrl+Shift+P)</source>
        <translation>Сохранить неделю в PDF, чтобы отправить или распечатать позже (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="168"/>
        <source>Whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="189"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="193"/>
        <source>Agenda: today and overdue</source>
        <translation>Повестка дня: сегодня и просроченные</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="203"/>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="228"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="205"/>
        <source>Log the result and plan the next step (Ctrl+Enter)</source>
        <translation>Записать результат и запланировать следующий шаг (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="226"/>
        <source>&amp;Print week…</source>
        <translation>Пе&amp;чать недели…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="227"/>
        <source>Save week as P&amp;DF…</source>
        <translation>Сохранить неделю в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="230"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="370"/>
        <source>Complete activity</source>
        <translation>Завершение активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="371"/>
        <source>Only a planned activity can be completed.</source>
        <translation>Завершить можно только запланированную активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="428"/>
        <source>Cancel “%1” on %2?</source>
        <translation>Отменить «%1» (%2)?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="429"/>
        <source>Cancel activity</source>
        <translation>Отмена активности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="445"/>
        <source>Print week %1</source>
        <translation>Печать недели %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="540"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="544"/>
        <source>No kinds</source>
        <translation>Типы не выбраны</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="546"/>
        <source>%1 kinds</source>
        <translation>Типов: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="548"/>
        <source>Which kinds of activity to show</source>
        <translation>Какие типы активностей показывать</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="556"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="556"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="573"/>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="574"/>
        <source>Today, %1 (%2)</source>
        <translation>Сегодня, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="586"/>
        <source>Nothing planned.</source>
        <translation>Ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/calendar_page.py" line="593"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="343"/>
        <source>Choose or type a new segment</source>
        <translation>Выберите или введите новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="345"/>
        <location filename="../../ui/client_card.ui" line="947"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="348"/>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="352"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="353"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="353"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="374"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="375"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="375"/>
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="386"/>
        <source>Plan &amp;call</source>
        <translation>Запланировать з&amp;вонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="388"/>
        <source>Plan &amp;visit</source>
        <translation>Запланировать в&amp;изит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="402"/>
        <source>Activit&amp;ies</source>
        <translation>Ак&amp;тивности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="450"/>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="452"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="465"/>
        <source>Add a contact (Insert)</source>
        <translation>Добавить контакт (Insert)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="466"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>Удалить выбранный контакт (Delete)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="653"/>
        <source>same tax number</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="653"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="656"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="657"/>
        <source>A client like this exists already:</source>
        <translation>Похожий клиент уже есть:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="659"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="660"/>
        <source>Save anyway</source>
        <translation>Все равно сохранить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="675"/>
        <location filename="../../kamdesk/gui/party/client_card.py" line="856"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="675"/>
        <source>Discard unsaved changes?</source>
        <translation>Отменить несохраненные изменения?</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="777"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="807"/>
        <source>Activities can be planned once the client is saved.</source>
        <translation>Активности можно планировать после сохранения клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="811"/>
        <source>No next contact planned.</source>
        <translation>Следующий контакт не запланирован.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="819"/>
        <source>Next contact: %1, %2 (overdue)</source>
        <translation>Следующий контакт: %1, %2 (просрочен)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="822"/>
        <source>Next contact: %1, %2</source>
        <translation>Следующий контакт: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="846"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="851"/>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="853"/>
        <source>Created %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="854"/>
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
        <location filename="../../kamdesk/gui/party/client_card.py" line="618"/>
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
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="39"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Key account</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="40"/>
        <source>Last contact</source>
        <translation>Посл. связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="41"/>
        <source>Next contact</source>
        <translation>След. связь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_model.py" line="115"/>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочен)</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="69"/>
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
        <location filename="../../kamdesk/gui/company.py" line="159"/>
        <source>&amp;Save company</source>
        <translation>Со&amp;хранить компанию</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="179"/>
        <source>Logo on documents</source>
        <translation>Логотип в документах</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="180"/>
        <location filename="../../kamdesk/gui/company.py" line="325"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="185"/>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="187"/>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="200"/>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="203"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="210"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="212"/>
        <source>&amp;New manager</source>
        <translation>Н&amp;овый менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="214"/>
        <source>Save &amp;manager</source>
        <translation>Сохранить &amp;менеджера</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="228"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="235"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="240"/>
        <source>Save calendar settings</source>
        <translation>Сохранить настройки календаря</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="248"/>
        <source>Working hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="249"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="265"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="268"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="270"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="272"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="302"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="302"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="336"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="336"/>
        <source>Company profile saved.</source>
        <translation>Данные компании сохранены.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="339"/>
        <source>Choose logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="339"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="385"/>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="385"/>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Segment name:</source>
        <translation>Название сегмента:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="395"/>
        <source>Rename segment</source>
        <translation>Переименование сегмента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="411"/>
        <source>Delete the segment “%1”? %2 clients are in it; they will have no segment.</source>
        <translation>Удалить сегмент «%1»? Клиентов в нем: %2; они останутся без сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="412"/>
        <source>Delete segment</source>
        <translation>Удаление сегмента</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../kamdesk/gui/activity/complete_dialog.py" line="79"/>
        <location filename="../../ui/complete_dialog.ui" line="14"/>
        <source>Complete activity</source>
        <translation>Завершение активности</translation>
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
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="206"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/party/client_card.py" line="209"/>
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
    <name>DateFormats</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="86"/>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="87"/>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="88"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="89"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="90"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="91"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="92"/>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="93"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
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
        <location filename="../../kamdesk/gui/company.py" line="118"/>
        <source>Welcome to kamdesk</source>
        <translation>Добро пожаловать в kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="119"/>
        <source>Tell kamdesk about your company and yourself. You can change this later on the Company page.</source>
        <translation>Укажите данные вашей компании и свои. Позже их можно изменить на странице «Компания».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="123"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="125"/>
        <source>Explore with &amp;demo data</source>
        <translation>Попробовать на &amp;демоданных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="126"/>
        <source>&amp;Start</source>
        <translation>На&amp;чать</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="60"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="60"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="88"/>
        <location filename="../../kamdesk/gui/main_window.py" line="187"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="90"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="91"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="95"/>
        <source>&amp;Find client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="96"/>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="101"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="102"/>
        <source>C&amp;alendar</source>
        <translation>Ка&amp;лендарь</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="104"/>
        <source>C&amp;ompany</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="106"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="108"/>
        <source>&amp;About kamdesk</source>
        <translation>&amp;О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="187"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Новая активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="202"/>
        <source>Refreshed</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="246"/>
        <source>Client saved</source>
        <translation>Клиент сохранен</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="288"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="289"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="293"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="300"/>
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Импортирован %n клиент</numerusform>
            <numerusform>Импортировано %n клиента</numerusform>
            <numerusform>Импортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/gui/main_window.py" line="307"/>
        <source>Exported %n client(s)</source>
        <translation>
            <numerusform>Экспортирован %n клиент</numerusform>
            <numerusform>Экспортировано %n клиента</numerusform>
            <numerusform>Экспортировано %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="310"/>
        <source>About kamdesk</source>
        <translation>О программе kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/main_window.py" line="311"/>
        <source>kamdesk %1 — the desk of a key account manager.</source>
        <translation>kamdesk %1 — рабочее место менеджера по ключевым клиентам.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="90"/>
        <source>Key account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="91"/>
        <source>Head of department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="93"/>
        <source>Your &amp;name:</source>
        <translation>Ваше и&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="93"/>
        <source>&amp;Name:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="94"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/company.py" line="95"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
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
        <source>A client like this exists already: {names}.</source>
        <translation>Похожий клиент уже есть: {names}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="13"/>
        <source>A client named {name} exists already (#{id}).</source>
        <translation>Клиент с названием «{name}» уже есть (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="14"/>
        <source>A client with tax number {tax_number} exists already: {name} (#{id}).</source>
        <translation>Клиент с ИНН {tax_number} уже есть: {name} (#{id}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="15"/>
        <source>A monthly series on a weekday needs one weekday and its week (1st–4th or last).</source>
        <translation>Для ежемесячной серии по дню недели нужны один день недели и номер недели (1–4-я или последняя).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="16"/>
        <source>A reminder comes 0 to {limit} minutes before the start; 0 turns reminders off.</source>
        <translation>Напоминание приходит за 0–{limit} мин до начала; 0 отключает напоминания.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="17"/>
        <source>A segment called “{name}” exists already.</source>
        <translation>Сегмент «{name}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="18"/>
        <source>A series can have 1 to {limit} occurrences.</source>
        <translation>В серии может быть от 1 до {limit} повторений.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="19"/>
        <source>A series needs an end: a last date or a number of times.</source>
        <translation>Укажите окончание серии: последнюю дату или число повторений.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="20"/>
        <source>A series repeats daily, weekly or monthly.</source>
        <translation>Серия повторяется ежедневно, еженедельно или ежемесячно.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="21"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="22"/>
        <source>An activity lasts at most a day; make it an all-day activity.</source>
        <translation>Активность длится не больше суток; сделайте ее активностью на весь день.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="23"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="24"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="25"/>
        <source>Cannot write the screenshot to {file}.</source>
        <translation>Не удалось записать снимок экрана в {file}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="26"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="27"/>
        <source>Choose the client: only an internal task can be without one.</source>
        <translation>Выберите клиента: без клиента может быть только внутренняя задача.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="28"/>
        <source>Choose the column that holds the client name.</source>
        <translation>Выберите столбец с названием клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="29"/>
        <source>Choose the result: reached, not reached or moved.</source>
        <translation>Выберите результат: состоялось, не состоялось или перенесено.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="30"/>
        <source>Choose the time the activity starts, or make it an all-day activity.</source>
        <translation>Укажите время начала активности или сделайте ее активностью на весь день.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="31"/>
        <source>Choose when the activity starts.</source>
        <translation>Укажите, когда начинается активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="32"/>
        <source>Choose whose activity this is.</source>
        <translation>Выберите ответственного за активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="33"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="34"/>
        <source>Clients can be exported to .xlsx or .csv, not to “{file}”.</source>
        <translation>Клиентов можно экспортировать только в .xlsx или .csv, а не в «{file}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="35"/>
        <source>Company name is required.</source>
        <translation>Необходимо указать название компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="36"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="37"/>
        <source>Contact birthday</source>
        <translation>День рождения контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="38"/>
        <source>Contact e-mail</source>
        <translation>Эл. почта контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="39"/>
        <source>Contact is decision maker</source>
        <translation>Контактное лицо — ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="40"/>
        <source>Contact phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="41"/>
        <source>Contact position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="42"/>
        <source>Contact {number}: {problem}</source>
        <translation>Контакт {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="43"/>
        <source>Contact: {message}</source>
        <translation>Контактное лицо: {message}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="44"/>
        <source>Contact: {name}</source>
        <translation>Контактное лицо: {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="45"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="46"/>
        <source>Country “{country}” must be a two-letter code such as HU, SK or RU.</source>
        <translation>Страна «{country}» должна быть указана двухбуквенным кодом, например HU, SK или RU.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="47"/>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="48"/>
        <source>Credit limit can have at most two decimal places.</source>
        <translation>Кредитный лимит может содержать не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="49"/>
        <source>Credit limit cannot be negative.</source>
        <translation>Кредитный лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="50"/>
        <source>Credit limit “{text}” is not an amount.</source>
        <translation>Кредитный лимит «{text}» не распознан как сумма.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="51"/>
        <source>Currency must be a three-letter code such as HUF, EUR or RUB.</source>
        <translation>Валюта должна быть указана трехбуквенным кодом, например HUF, EUR или RUB.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="52"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="53"/>
        <source>Delivery city</source>
        <translation>Город доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="54"/>
        <source>Delivery country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="55"/>
        <source>Delivery postcode</source>
        <translation>Индекс доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="56"/>
        <source>Delivery street</source>
        <translation>Улица доставки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="57"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="58"/>
        <source>E-mail {problem}.</source>
        <translation>Эл. почта: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="59"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Каждое поле может заполняться только из одного столбца: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="60"/>
        <source>Export at most five years at a time.</source>
        <translation>За один раз можно экспортировать не более пяти лет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="61"/>
        <source>Key account</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="62"/>
        <source>Key account with no next contact planned.</source>
        <translation>Ключевой клиент без запланированного следующего контакта.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="63"/>
        <source>Key account, last contact {days} days ago.</source>
        <translation>Ключевой клиент, последний контакт {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="64"/>
        <source>Key account, never contacted.</source>
        <translation>Ключевой клиент, контактов еще не было.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="65"/>
        <source>Last contact {days} days ago.</source>
        <translation>Последний контакт {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="66"/>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="67"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="68"/>
        <source>Manager name is required.</source>
        <translation>Необходимо указать имя менеджера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="69"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="70"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="71"/>
        <source>Name is required.</source>
        <translation>Необходимо указать название.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="72"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="73"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="74"/>
        <source>Never contacted.</source>
        <translation>Контактов еще не было.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="75"/>
        <source>No free time left this week for {count} of the clients.</source>
        <translation>На этой неделе не хватило свободного времени для клиентов: {count}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="76"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="77"/>
        <source>Only a planned activity can be changed.</source>
        <translation>Изменить можно только запланированную активность.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="78"/>
        <source>Only one contact can be the primary one.</source>
        <translation>Основным может быть только один контакт.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="79"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="80"/>
        <source>Payment terms (days)</source>
        <translation>Отсрочка платежа (дней)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="81"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Отсрочка платежа должна быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="82"/>
        <source>Payment terms “{text}” must be a whole number of days.</source>
        <translation>Отсрочка платежа «{text}» должна быть целым числом дней.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="83"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="84"/>
        <source>Phone {problem}.</source>
        <translation>Телефон: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="85"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="86"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="87"/>
        <source>Printed on {when}</source>
        <translation>Напечатано: {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="88"/>
        <source>Prospects</source>
        <translation>Перспективы</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="89"/>
        <source>Registration number</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="90"/>
        <source>Reliability</source>
        <translation>Надежность</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="91"/>
        <source>Reliability checked on</source>
        <translation>Дата проверки надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="92"/>
        <source>Reliability note</source>
        <translation>Примечание о надежности</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="93"/>
        <source>Reliability rating must be A, B, C or D.</source>
        <translation>Рейтинг надежности должен быть A, B, C или D.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="94"/>
        <source>Role must be manager or head.</source>
        <translation>Роль может быть только «Менеджер по ключевым клиентам» или «Руководитель отдела».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="95"/>
        <source>Save the company profile first.</source>
        <translation>Сначала сохраните данные компании.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="96"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="97"/>
        <source>Segment name is required.</source>
        <translation>Необходимо указать название сегмента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="98"/>
        <source>Some clients of this file were saved since the rows were checked ({example}). Check the file again.</source>
        <translation>После проверки строк некоторые клиенты из этого файла уже были сохранены ({example}). Проверьте файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="99"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="100"/>
        <source>Source must be one of: {choices}.</source>
        <translation>Допустимые значения источника: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="101"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="102"/>
        <source>Status must be one of: {choices}.</source>
        <translation>Допустимые значения статуса: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="103"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="104"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="105"/>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="106"/>
        <source>Tax number {problem}.</source>
        <translation>ИНН: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="107"/>
        <source>Tax number {tax_number} is already in row {row} of this file.</source>
        <translation>ИНН {tax_number} уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="108"/>
        <source>The activity ends before it starts.</source>
        <translation>Активность заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="109"/>
        <source>The contact must be one of the client&apos;s contacts.</source>
        <translation>Контактное лицо должно быть одним из контактов этого клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="110"/>
        <source>The database did not confirm every imported client; nothing was imported.</source>
        <translation>База данных подтвердила не всех импортированных клиентов, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="111"/>
        <source>The file {file} does not exist or is not a file.</source>
        <translation>Файл {file} не существует или не является файлом.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="112"/>
        <source>The interval must be between 1 and 99.</source>
        <translation>Интервал должен быть от 1 до 99.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="113"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation>Последний день ({last}) раньше первого ({first}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="114"/>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>Логотип больше 2 МБ; выберите изображение меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="115"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Логотип должен быть изображением в формате PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="116"/>
        <source>The rule gives no occurrence after the start.</source>
        <translation>По этому правилу после начала нет ни одного повторения.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="117"/>
        <source>The series would have more than {limit} occurrences; end it sooner.</source>
        <translation>В серии было бы больше {limit} повторений; завершите ее раньше.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="118"/>
        <source>There is no activity with id {id}.</source>
        <translation>Активность с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="119"/>
        <source>There is no client with id {id}.</source>
        <translation>Клиент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="120"/>
        <source>There is no manager called “{name}”.</source>
        <translation>Менеджер «{name}» не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="121"/>
        <source>There is no manager with id {id}.</source>
        <translation>Менеджер с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="122"/>
        <source>There is no segment with id {id}.</source>
        <translation>Сегмент с ID {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="123"/>
        <source>There is no series with id {id}.</source>
        <translation>Серия с ID {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="124"/>
        <source>This activity is {state} already; only a planned one can be completed or cancelled.</source>
        <translation>Эта активность уже в статусе «{state}»; завершить или отменить можно только запланированную.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="125"/>
        <source>This database already has clients; demo data goes into an empty database.</source>
        <translation>В этой базе данных уже есть клиенты; демоданные можно загрузить только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="126"/>
        <source>This database was written by a newer version of kamdesk (it has schema changes {changes} that this version does not know). It has not been changed. Please install the newer kamdesk to open it.</source>
        <translation>Эта база данных создана или обновлена более новой версией kamdesk (в ней есть изменения схемы {changes}, неизвестные этой версии). База данных оставлена без изменений. Чтобы открыть ее, установите более новую версию kamdesk.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="127"/>
        <source>Unknown kind of activity “{kind}”.</source>
        <translation>Неизвестный тип активности «{kind}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="128"/>
        <source>Unknown view “{view}”: use clients, calendar, calendar:2026-W49, company or client:&lt;id&gt;.</source>
        <translation>Неизвестный вид «{view}»: используйте clients, calendar, calendar:2026-W49, company или client:&lt;id&gt;.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="129"/>
        <source>VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="130"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="131"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="132"/>
        <source>Website {problem}.</source>
        <translation>Сайт: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="133"/>
        <source>Week plan</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="134"/>
        <source>Week plan — {name}</source>
        <translation>План на неделю — {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="135"/>
        <source>Week {number}</source>
        <translation>Неделя {number}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="136"/>
        <source>Working hours must start before they end, within 0–24.</source>
        <translation>Начало рабочих часов должно быть раньше их окончания, в пределах 0–24.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="137"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="138"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="139"/>
        <source>has a wrong check digit (Hungarian tax number)</source>
        <translation>неверная контрольная цифра (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="140"/>
        <source>is not a phone number</source>
        <translation>номер не распознан</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="141"/>
        <source>is not a valid EU VAT number for {country} (check the digits)</source>
        <translation>недействительный номер плательщика НДС ЕС для {country} (проверьте цифры)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="142"/>
        <source>is not a valid Russian INN (10 or 12 digits with check digits)</source>
        <translation>недействительный ИНН РФ (10 или 12 цифр, включая контрольные)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="143"/>
        <source>is not a valid e-mail address</source>
        <translation>некорректный адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="144"/>
        <source>is not a valid phone number</source>
        <translation>недействительный номер</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="145"/>
        <source>is not a web address</source>
        <translation>некорректный веб-адрес</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="146"/>
        <source>must look like 12345678-1-23 (Hungarian tax number)</source>
        <translation>ожидается формат 12345678-1-23 (венгерский налоговый номер)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="147"/>
        <source>name is required.</source>
        <translation>необходимо указать имя.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="148"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="149"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Файл {file} нельзя импортировать: используйте книгу Excel (.xlsx) или файл CSV (.csv).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="150"/>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Не удалось прочитать файл {file} как книгу Excel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="151"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="152"/>
        <source>{file} does not look like a text (CSV) file.</source>
        <translation>Файл {file} не похож на текстовый (CSV) файл.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="153"/>
        <source>{file} has a header row but no rows of data.</source>
        <translation>В файле {file} есть строка заголовков, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="154"/>
        <source>{file} is an old Excel 97–2003 workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv first.</source>
        <translation>Файл {file} — книга Excel старого формата (97–2003). Сначала откройте его в Excel или LibreOffice и сохраните как .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="155"/>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="156"/>
        <source>{file} is not a CSV file kamdesk can read ({reason}).</source>
        <translation>kamdesk не может прочитать файл {file} как CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="157"/>
        <source>{label} “{text}” must be yes or no.</source>
        <translation>В поле «{label}» должно быть «да» или «нет», а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="158"/>
        <source>“{name}” cannot be deleted because it has {records}. Archive it instead.</source>
        <translation>«{name}» нельзя удалить, так как с ним связаны записи: {records}. Вместо этого архивируйте клиента.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="159"/>
        <source>“{name}” is already in row {row} of this file.</source>
        <translation>«{name}» уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="160"/>
        <source>“{name}” is not a time zone such as Europe/Budapest.</source>
        <translation>«{name}» не является часовым поясом (например, Europe/Moscow).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="161"/>
        <source>“{text}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{text}» — не дата (используйте формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/message_catalogue.py" line="162"/>
        <source>“{text}” is not a week such as 2026-W49.</source>
        <translation>«{text}» не является неделей (например, 2026-W49).</translation>
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
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="49"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="117"/>
        <source>Plan my week</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="54"/>
        <source>Suggested contacts</source>
        <translation>Рекомендуемые контакты</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="56"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="56"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="67"/>
        <source>Nobody to suggest this week.</source>
        <translation>На эту неделю рекомендаций нет.</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="70"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="172"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Отметить все</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="72"/>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="169"/>
        <source>&amp;Schedule selected</source>
        <translation>&amp;Распланировать отмеченных</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="74"/>
        <source>Plan the ticked clients into free time of this week</source>
        <translation>Распределить отмеченных клиентов по свободному времени этой недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="116"/>
        <source>Plan my week (%1)</source>
        <translation>План на неделю (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="168"/>
        <source>&amp;Schedule %1</source>
        <translation>&amp;Распланировать (%1)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/suggestions_panel.py" line="171"/>
        <source>Untick &amp;all</source>
        <translation>Снять &amp;отметки</translation>
    </message>
</context>
<context>
    <name>WeekPdf</name>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="31"/>
        <source>Week plan — %1</source>
        <translation>План на неделю — %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="32"/>
        <source>Week plan</source>
        <translation>План на неделю</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="33"/>
        <source>Printed on %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_pdf_export.py" line="58"/>
        <source>Save the week as PDF</source>
        <translation>Сохранить неделю в PDF</translation>
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
        <translation>Нед. %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="484"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="499"/>
        <source>+%1 more</source>
        <translation>еще %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="539"/>
        <source>Week calendar</source>
        <translation>Календарь недели</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="785"/>
        <source>Week %1, %2 activities</source>
        <translation>Неделя %1, активностей: %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="982"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="984"/>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="986"/>
        <source>Cancel activity…</source>
        <translation>Отменить активность…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="998"/>
        <source>New activity here…</source>
        <translation>Новая активность здесь…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1087"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../kamdesk/gui/activity/week_view.py" line="1099"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
</TS>
