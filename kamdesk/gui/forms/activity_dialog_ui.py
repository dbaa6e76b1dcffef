# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(600, 560)
        self.dialog_layout = QVBoxLayout(ActivityDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.main_form = QFormLayout()
        self.main_form.setObjectName(u"main_form")
        self.main_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.main_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel(ActivityDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.main_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QVBoxLayout()
        self.kind_box.setSpacing(2)
        self.kind_box.setObjectName(u"kind_box")
        self.kind = QComboBox(ActivityDialog)
        self.kind.setObjectName(u"kind")

        self.kind_box.addWidget(self.kind)

        self.kind_error = QLabel(ActivityDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)
        self.kind_error.setTextFormat(Qt.TextFormat.PlainText)

        self.kind_box.addWidget(self.kind_error)


        self.main_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.client_label = QLabel(ActivityDialog)
        self.client_label.setObjectName(u"client_label")

        self.main_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_box = QVBoxLayout()
        self.client_box.setSpacing(2)
        self.client_box.setObjectName(u"client_box")
        self.client = QLineEdit(ActivityDialog)
        self.client.setObjectName(u"client")

        self.client_box.addWidget(self.client)

        self.client_error = QLabel(ActivityDialog)
        self.client_error.setObjectName(u"client_error")
        self.client_error.setWordWrap(True)
        self.client_error.setTextFormat(Qt.TextFormat.PlainText)

        self.client_box.addWidget(self.client_error)


        self.main_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.client_box)

        self.contact_label = QLabel(ActivityDialog)
        self.contact_label.setObjectName(u"contact_label")

        self.main_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_box = QVBoxLayout()
        self.contact_box.setSpacing(2)
        self.contact_box.setObjectName(u"contact_box")
        self.contact = QComboBox(ActivityDialog)
        self.contact.setObjectName(u"contact")

        self.contact_box.addWidget(self.contact)

        self.contact_error = QLabel(ActivityDialog)
        self.contact_error.setObjectName(u"contact_error")
        self.contact_error.setWordWrap(True)
        self.contact_error.setTextFormat(Qt.TextFormat.PlainText)

        self.contact_box.addWidget(self.contact_error)


        self.main_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contact_box)

        self.subject_label = QLabel(ActivityDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.main_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_box = QVBoxLayout()
        self.subject_box.setSpacing(2)
        self.subject_box.setObjectName(u"subject_box")
        self.subject = QLineEdit(ActivityDialog)
        self.subject.setObjectName(u"subject")

        self.subject_box.addWidget(self.subject)

        self.subject_error = QLabel(ActivityDialog)
        self.subject_error.setObjectName(u"subject_error")
        self.subject_error.setWordWrap(True)
        self.subject_error.setTextFormat(Qt.TextFormat.PlainText)

        self.subject_box.addWidget(self.subject_error)


        self.main_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.subject_box)

        self.when_label = QLabel(ActivityDialog)
        self.when_label.setObjectName(u"when_label")

        self.main_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_box = QVBoxLayout()
        self.when_box.setSpacing(2)
        self.when_box.setObjectName(u"when_box")
        self.when_line = QHBoxLayout()
        self.when_line.setSpacing(6)
        self.when_line.setObjectName(u"when_line")
        self.date = QDateEdit(ActivityDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.when_line.addWidget(self.date)

        self.start_time = QTimeEdit(ActivityDialog)
        self.start_time.setObjectName(u"start_time")

        self.when_line.addWidget(self.start_time)

        self.to_label = QLabel(ActivityDialog)
        self.to_label.setObjectName(u"to_label")

        self.when_line.addWidget(self.to_label)

        self.end_time = QTimeEdit(ActivityDialog)
        self.end_time.setObjectName(u"end_time")

        self.when_line.addWidget(self.end_time)

        self.duration = QSpinBox(ActivityDialog)
        self.duration.setObjectName(u"duration")
        self.duration.setMinimum(5)
        self.duration.setMaximum(1440)
        self.duration.setSingleStep(15)

        self.when_line.addWidget(self.duration)

        self.all_day = QCheckBox(ActivityDialog)
        self.all_day.setObjectName(u"all_day")

        self.when_line.addWidget(self.all_day)

        self.when_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.when_line.addItem(self.when_spacer)


        self.when_box.addLayout(self.when_line)

        self.start_error = QLabel(ActivityDialog)
        self.start_error.setObjectName(u"start_error")
        self.start_error.setWordWrap(True)
        self.start_error.setTextFormat(Qt.TextFormat.PlainText)

        self.when_box.addWidget(self.start_error)

        self.end_error = QLabel(ActivityDialog)
        self.end_error.setObjectName(u"end_error")
        self.end_error.setWordWrap(True)
        self.end_error.setTextFormat(Qt.TextFormat.PlainText)

        self.when_box.addWidget(self.end_error)


        self.main_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.when_box)

        self.location_label = QLabel(ActivityDialog)
        self.location_label.setObjectName(u"location_label")

        self.main_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_box = QVBoxLayout()
        self.location_box.setSpacing(2)
        self.location_box.setObjectName(u"location_box")
        self.location = QLineEdit(ActivityDialog)
        self.location.setObjectName(u"location")

        self.location_box.addWidget(self.location)

        self.location_error = QLabel(ActivityDialog)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setWordWrap(True)
        self.location_error.setTextFormat(Qt.TextFormat.PlainText)

        self.location_box.addWidget(self.location_error)


        self.main_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.location_box)

        self.owner_label = QLabel(ActivityDialog)
        self.owner_label.setObjectName(u"owner_label")

        self.main_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_box = QVBoxLayout()
        self.owner_box.setSpacing(2)
        self.owner_box.setObjectName(u"owner_box")
        self.owner = QComboBox(ActivityDialog)
        self.owner.setObjectName(u"owner")

        self.owner_box.addWidget(self.owner)

        self.owner_error = QLabel(ActivityDialog)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setWordWrap(True)
        self.owner_error.setTextFormat(Qt.TextFormat.PlainText)

        self.owner_box.addWidget(self.owner_error)


        self.main_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.owner_box)


        self.dialog_layout.addLayout(self.main_form)

        self.recurrence_group = QGroupBox(ActivityDialog)
        self.recurrence_group.setObjectName(u"recurrence_group")
        self.recurrence_layout = QVBoxLayout(self.recurrence_group)
        self.recurrence_layout.setObjectName(u"recurrence_layout")
        self.repeat_line = QHBoxLayout()
        self.repeat_line.setSpacing(6)
        self.repeat_line.setObjectName(u"repeat_line")
        self.repeat = QComboBox(self.recurrence_group)
        self.repeat.setObjectName(u"repeat")

        self.repeat_line.addWidget(self.repeat)

        self.every_label = QLabel(self.recurrence_group)
        self.every_label.setObjectName(u"every_label")

        self.repeat_line.addWidget(self.every_label)

        self.interval = QSpinBox(self.recurrence_group)
        self.interval.setObjectName(u"interval")
        self.interval.setMinimum(1)
        self.interval.setMaximum(99)

        self.repeat_line.addWidget(self.interval)

        self.interval_unit = QLabel(self.recurrence_group)
        self.interval_unit.setObjectName(u"interval_unit")

        self.repeat_line.addWidget(self.interval_unit)

        self.repeat_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeat_line.addItem(self.repeat_spacer)


        self.recurrence_layout.addLayout(self.repeat_line)

        self.weekly_row = QWidget(self.recurrence_group)
        self.weekly_row.setObjectName(u"weekly_row")
        self.weekly_layout = QHBoxLayout(self.weekly_row)
        self.weekly_layout.setSpacing(8)
        self.weekly_layout.setObjectName(u"weekly_layout")
        self.weekly_layout.setContentsMargins(0, 0, 0, 0)
        self.on_label = QLabel(self.weekly_row)
        self.on_label.setObjectName(u"on_label")

        self.weekly_layout.addWidget(self.on_label)

        self.weekday_0 = QCheckBox(self.weekly_row)
        self.weekday_0.setObjectName(u"weekday_0")

        self.weekly_layout.addWidget(self.weekday_0)

        self.weekday_1 = QCheckBox(self.weekly_row)
        self.weekday_1.setObjectName(u"weekday_1")

        self.weekly_layout.addWidget(self.weekday_1)

        self.weekday_2 = QCheckBox(self.weekly_row)
        self.weekday_2.setObjectName(u"weekday_2")

        self.weekly_layout.addWidget(self.weekday_2)

        self.weekday_3 = QCheckBox(self.weekly_row)
        self.weekday_3.setObjectName(u"weekday_3")

        self.weekly_layout.addWidget(self.weekday_3)

        self.weekday_4 = QCheckBox(self.weekly_row)
        self.weekday_4.setObjectName(u"weekday_4")

        self.weekly_layout.addWidget(self.weekday_4)

        self.weekday_5 = QCheckBox(self.weekly_row)
        self.weekday_5.setObjectName(u"weekday_5")

        self.weekly_layout.addWidget(self.weekday_5)

        self.weekday_6 = QCheckBox(self.weekly_row)
        self.weekday_6.setObjectName(u"weekday_6")

        self.weekly_layout.addWidget(self.weekday_6)

        self.weekly_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekly_layout.addItem(self.weekly_spacer)


        self.recurrence_layout.addWidget(self.weekly_row)

        self.monthly_row = QWidget(self.recurrence_group)
        self.monthly_row.setObjectName(u"monthly_row")
        self.monthly_layout = QHBoxLayout(self.monthly_row)
        self.monthly_layout.setSpacing(6)
        self.monthly_layout.setObjectName(u"monthly_layout")
        self.monthly_layout.setContentsMargins(0, 0, 0, 0)
        self.month_by = QComboBox(self.monthly_row)
        self.month_by.setObjectName(u"month_by")

        self.monthly_layout.addWidget(self.month_by)

        self.month_week = QComboBox(self.monthly_row)
        self.month_week.setObjectName(u"month_week")

        self.monthly_layout.addWidget(self.month_week)

        self.month_weekday = QComboBox(self.monthly_row)
        self.month_weekday.setObjectName(u"month_weekday")

        self.monthly_layout.addWidget(self.month_weekday)

        self.monthly_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthly_layout.addItem(self.monthly_spacer)


        self.recurrence_layout.addWidget(self.monthly_row)

        self.ends_row = QWidget(self.recurrence_group)
        self.ends_row.setObjectName(u"ends_row")
        self.ends_layout = QHBoxLayout(self.ends_row)
        self.ends_layout.setSpacing(6)
        self.ends_layout.setObjectName(u"ends_layout")
        self.ends_layout.setContentsMargins(0, 0, 0, 0)
        self.ends_label = QLabel(self.ends_row)
        self.ends_label.setObjectName(u"ends_label")

        self.ends_layout.addWidget(self.ends_label)

        self.ends_count = QRadioButton(self.ends_row)
        self.ends_count.setObjectName(u"ends_count")
        self.ends_count.setChecked(True)

        self.ends_layout.addWidget(self.ends_count)

        self.count = QSpinBox(self.ends_row)
        self.count.setObjectName(u"count")
        self.count.setMinimum(1)
        self.count.setMaximum(500)

        self.ends_layout.addWidget(self.count)

        self.times_label = QLabel(self.ends_row)
        self.times_label.setObjectName(u"times_label")

        self.ends_layout.addWidget(self.times_label)

        self.ends_until = QRadioButton(self.ends_row)
        self.ends_until.setObjectName(u"ends_until")

        self.ends_layout.addWidget(self.ends_until)

        self.until = QDateEdit(self.ends_row)
        self.until.setObjectName(u"until")
        self.until.setCalendarPopup(True)

        self.ends_layout.addWidget(self.until)

        self.ends_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ends_layout.addItem(self.ends_spacer)


        self.recurrence_layout.addWidget(self.ends_row)

        self.recurrence_error = QLabel(self.recurrence_group)
        self.recurrence_error.setObjectName(u"recurrence_error")
        self.recurrence_error.setWordWrap(True)
        self.recurrence_error.setTextFormat(Qt.TextFormat.PlainText)

        self.recurrence_layout.addWidget(self.recurrence_error)


        self.dialog_layout.addWidget(self.recurrence_group)

        self.series_note = QLabel(ActivityDialog)
        self.series_note.setObjectName(u"series_note")
        self.series_note.setWordWrap(True)
        self.series_note.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.series_note)

        self.form_error = QLabel(ActivityDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ActivityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.client_label.setBuddy(self.client)
        self.contact_label.setBuddy(self.contact)
        self.subject_label.setBuddy(self.subject)
        self.when_label.setBuddy(self.date)
        self.location_label.setBuddy(self.location)
        self.owner_label.setBuddy(self.owner)
        self.every_label.setBuddy(self.interval)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.client)
        QWidget.setTabOrder(self.client, self.contact)
        QWidget.setTabOrder(self.contact, self.subject)
        QWidget.setTabOrder(self.subject, self.date)
        QWidget.setTabOrder(self.date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.end_time)
        QWidget.setTabOrder(self.end_time, self.duration)
        QWidget.setTabOrder(self.duration, self.all_day)
        QWidget.setTabOrder(self.all_day, self.location)
        QWidget.setTabOrder(self.location, self.owner)
        QWidget.setTabOrder(self.owner, self.repeat)
        QWidget.setTabOrder(self.repeat, self.interval)
        QWidget.setTabOrder(self.interval, self.weekday_0)
        QWidget.setTabOrder(self.weekday_0, self.weekday_1)
        QWidget.setTabOrder(self.weekday_1, self.weekday_2)
        QWidget.setTabOrder(self.weekday_2, self.weekday_3)
        QWidget.setTabOrder(self.weekday_3, self.weekday_4)
        QWidget.setTabOrder(self.weekday_4, self.weekday_5)
        QWidget.setTabOrder(self.weekday_5, self.weekday_6)
        QWidget.setTabOrder(self.weekday_6, self.month_by)
        QWidget.setTabOrder(self.month_by, self.month_week)
        QWidget.setTabOrder(self.month_week, self.month_weekday)
        QWidget.setTabOrder(self.month_weekday, self.ends_count)
        QWidget.setTabOrder(self.ends_count, self.count)
        QWidget.setTabOrder(self.count, self.ends_until)
        QWidget.setTabOrder(self.ends_until, self.until)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.kind_label.setText(QCoreApplication.translate("ActivityDialog", u"&Kind:", None))
        self.client_label.setText(QCoreApplication.translate("ActivityDialog", u"C&lient:", None))
        self.client.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Type a name, tax number or city", None))
        self.contact_label.setText(QCoreApplication.translate("ActivityDialog", u"C&ontact:", None))
        self.subject_label.setText(QCoreApplication.translate("ActivityDialog", u"&Subject:", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"What is it about?", None))
        self.when_label.setText(QCoreApplication.translate("ActivityDialog", u"&When:", None))
        self.to_label.setText(QCoreApplication.translate("ActivityDialog", u"to", None))
        self.duration.setSuffix(QCoreApplication.translate("ActivityDialog", u" min", None))
        self.all_day.setText(QCoreApplication.translate("ActivityDialog", u"&All day", None))
        self.location_label.setText(QCoreApplication.translate("ActivityDialog", u"Locat&ion:", None))
        self.location.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Address or meeting place", None))
        self.owner_label.setText(QCoreApplication.translate("ActivityDialog", u"Owne&r:", None))
        self.recurrence_group.setTitle(QCoreApplication.translate("ActivityDialog", u"Repeat", None))
        self.every_label.setText(QCoreApplication.translate("ActivityDialog", u"&every", None))
        self.on_label.setText(QCoreApplication.translate("ActivityDialog", u"on", None))
        self.ends_label.setText(QCoreApplication.translate("ActivityDialog", u"Ends:", None))
        self.ends_count.setText(QCoreApplication.translate("ActivityDialog", u"a&fter", None))
        self.times_label.setText(QCoreApplication.translate("ActivityDialog", u"times", None))
        self.ends_until.setText(QCoreApplication.translate("ActivityDialog", u"o&n", None))
    # retranslateUi

