# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(460, 400)
        self.dialog_layout = QVBoxLayout(ContactDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(ContactDialog)
        self.name_label.setObjectName(u"name_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(ContactDialog)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(ContactDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)

        self.name_box.addWidget(self.name_error)


        self.contact_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.position_label = QLabel(ContactDialog)
        self.position_label.setObjectName(u"position_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_box = QVBoxLayout()
        self.position_box.setSpacing(2)
        self.position_box.setObjectName(u"position_box")
        self.position = QLineEdit(ContactDialog)
        self.position.setObjectName(u"position")

        self.position_box.addWidget(self.position)

        self.position_error = QLabel(ContactDialog)
        self.position_error.setObjectName(u"position_error")
        self.position_error.setWordWrap(True)
        self.position_error.setTextFormat(Qt.TextFormat.PlainText)

        self.position_box.addWidget(self.position_error)


        self.contact_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.position_box)

        self.phone_label = QLabel(ContactDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone = QLineEdit(ContactDialog)
        self.phone.setObjectName(u"phone")

        self.phone_box.addWidget(self.phone)

        self.phone_error = QLabel(ContactDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)
        self.phone_error.setTextFormat(Qt.TextFormat.PlainText)

        self.phone_box.addWidget(self.phone_error)


        self.contact_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.email_label = QLabel(ContactDialog)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email = QLineEdit(ContactDialog)
        self.email.setObjectName(u"email")

        self.email_box.addWidget(self.email)

        self.email_error = QLabel(ContactDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)
        self.email_error.setTextFormat(Qt.TextFormat.PlainText)

        self.email_box.addWidget(self.email_error)


        self.contact_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.birthday_label = QLabel(ContactDialog)
        self.birthday_label.setObjectName(u"birthday_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthday_label)

        self.birthday_box = QVBoxLayout()
        self.birthday_box.setSpacing(2)
        self.birthday_box.setObjectName(u"birthday_box")
        self.birthday_row = QHBoxLayout()
        self.birthday_row.setObjectName(u"birthday_row")
        self.birthday_known = QCheckBox(ContactDialog)
        self.birthday_known.setObjectName(u"birthday_known")

        self.birthday_row.addWidget(self.birthday_known)

        self.birthday = QDateEdit(ContactDialog)
        self.birthday.setObjectName(u"birthday")
        self.birthday.setCalendarPopup(True)

        self.birthday_row.addWidget(self.birthday)

        self.birthday_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthday_row.addItem(self.birthday_spacer)


        self.birthday_box.addLayout(self.birthday_row)

        self.birthday_error = QLabel(ContactDialog)
        self.birthday_error.setObjectName(u"birthday_error")
        self.birthday_error.setWordWrap(True)
        self.birthday_error.setTextFormat(Qt.TextFormat.PlainText)

        self.birthday_box.addWidget(self.birthday_error)


        self.contact_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthday_box)

        self.decision_maker_box = QVBoxLayout()
        self.decision_maker_box.setSpacing(2)
        self.decision_maker_box.setObjectName(u"decision_maker_box")
        self.decision_maker = QCheckBox(ContactDialog)
        self.decision_maker.setObjectName(u"decision_maker")

        self.decision_maker_box.addWidget(self.decision_maker)

        self.decision_maker_error = QLabel(ContactDialog)
        self.decision_maker_error.setObjectName(u"decision_maker_error")
        self.decision_maker_error.setWordWrap(True)
        self.decision_maker_error.setTextFormat(Qt.TextFormat.PlainText)

        self.decision_maker_box.addWidget(self.decision_maker_error)


        self.contact_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.decision_maker_box)

        self.is_primary_box = QVBoxLayout()
        self.is_primary_box.setSpacing(2)
        self.is_primary_box.setObjectName(u"is_primary_box")
        self.is_primary = QCheckBox(ContactDialog)
        self.is_primary.setObjectName(u"is_primary")

        self.is_primary_box.addWidget(self.is_primary)

        self.is_primary_error = QLabel(ContactDialog)
        self.is_primary_error.setObjectName(u"is_primary_error")
        self.is_primary_error.setWordWrap(True)
        self.is_primary_error.setTextFormat(Qt.TextFormat.PlainText)

        self.is_primary_box.addWidget(self.is_primary_error)


        self.contact_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.is_primary_box)

        self.notes_label = QLabel(ContactDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(2)
        self.notes_box.setObjectName(u"notes_box")
        self.notes = QPlainTextEdit(ContactDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.notes_box.addWidget(self.notes)

        self.notes_error = QLabel(ContactDialog)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)
        self.notes_error.setTextFormat(Qt.TextFormat.PlainText)

        self.notes_box.addWidget(self.notes_error)


        self.contact_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.notes_box)


        self.dialog_layout.addLayout(self.contact_form)

        self.button_box = QDialogButtonBox(ContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.position_label.setBuddy(self.position)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.birthday_label.setBuddy(self.birthday)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.position)
        QWidget.setTabOrder(self.position, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.birthday_known)
        QWidget.setTabOrder(self.birthday_known, self.birthday)
        QWidget.setTabOrder(self.birthday, self.decision_maker)
        QWidget.setTabOrder(self.decision_maker, self.is_primary)
        QWidget.setTabOrder(self.is_primary, self.notes)
        QWidget.setTabOrder(self.notes, self.button_box)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact", None))
        self.name_label.setText(QCoreApplication.translate("ContactDialog", u"Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Family and given name", None))
        self.position_label.setText(QCoreApplication.translate("ContactDialog", u"Position:", None))
        self.position.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Purchasing manager", None))
        self.phone_label.setText(QCoreApplication.translate("ContactDialog", u"Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"+36 30 123 4567", None))
        self.email_label.setText(QCoreApplication.translate("ContactDialog", u"E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"name@example.hu", None))
        self.birthday_label.setText(QCoreApplication.translate("ContactDialog", u"Birthday:", None))
#if QT_CONFIG(tooltip)
        self.birthday_known.setToolTip(QCoreApplication.translate("ContactDialog", u"Birthday is known", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.birthday_known.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Birthday is known", None))
#endif // QT_CONFIG(accessibility)
        self.decision_maker.setText(QCoreApplication.translate("ContactDialog", u"Decision maker", None))
        self.is_primary.setText(QCoreApplication.translate("ContactDialog", u"Primary contact", None))
        self.notes_label.setText(QCoreApplication.translate("ContactDialog", u"Notes:", None))
    # retranslateUi

