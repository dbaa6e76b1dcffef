# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CreditDialog(object):
    def setupUi(self, CreditDialog):
        if not CreditDialog.objectName():
            CreditDialog.setObjectName(u"CreditDialog")
        CreditDialog.resize(460, 380)
        self.dialog_layout = QVBoxLayout(CreditDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message = QLabel(CreditDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.figures_form = QFormLayout()
        self.figures_form.setObjectName(u"figures_form")
        self.figures_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figures_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.limit_value_label = QLabel(CreditDialog)
        self.limit_value_label.setObjectName(u"limit_value_label")

        self.figures_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.limit_value_label)

        self.limit_value = QLabel(CreditDialog)
        self.limit_value.setObjectName(u"limit_value")

        self.figures_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.limit_value)

        self.receivables_value_label = QLabel(CreditDialog)
        self.receivables_value_label.setObjectName(u"receivables_value_label")

        self.figures_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivables_value_label)

        self.receivables_value = QLabel(CreditDialog)
        self.receivables_value.setObjectName(u"receivables_value")

        self.figures_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivables_value)

        self.uninvoiced_value_label = QLabel(CreditDialog)
        self.uninvoiced_value_label.setObjectName(u"uninvoiced_value_label")

        self.figures_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.uninvoiced_value_label)

        self.uninvoiced_value = QLabel(CreditDialog)
        self.uninvoiced_value.setObjectName(u"uninvoiced_value")

        self.figures_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.uninvoiced_value)

        self.this_order_value_label = QLabel(CreditDialog)
        self.this_order_value_label.setObjectName(u"this_order_value_label")

        self.figures_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.this_order_value_label)

        self.this_order_value = QLabel(CreditDialog)
        self.this_order_value.setObjectName(u"this_order_value")

        self.figures_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.this_order_value)

        self.excess_value_label = QLabel(CreditDialog)
        self.excess_value_label.setObjectName(u"excess_value_label")

        self.figures_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.excess_value_label)

        self.excess_value = QLabel(CreditDialog)
        self.excess_value.setObjectName(u"excess_value")

        self.figures_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.excess_value)

        self.overdue_value_label = QLabel(CreditDialog)
        self.overdue_value_label.setObjectName(u"overdue_value_label")

        self.figures_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.overdue_value_label)

        self.overdue_value = QLabel(CreditDialog)
        self.overdue_value.setObjectName(u"overdue_value")

        self.figures_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.overdue_value)

        self.rating_value_label = QLabel(CreditDialog)
        self.rating_value_label.setObjectName(u"rating_value_label")

        self.figures_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rating_value_label)

        self.rating_value = QLabel(CreditDialog)
        self.rating_value.setObjectName(u"rating_value")

        self.figures_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rating_value)


        self.dialog_layout.addLayout(self.figures_form)

        self.override_group = QGroupBox(CreditDialog)
        self.override_group.setObjectName(u"override_group")
        self.override_layout = QVBoxLayout(self.override_group)
        self.override_layout.setObjectName(u"override_layout")
        self.override_note = QLabel(self.override_group)
        self.override_note.setObjectName(u"override_note")
        self.override_note.setWordWrap(True)

        self.override_layout.addWidget(self.override_note)

        self.reason = QPlainTextEdit(self.override_group)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.override_layout.addWidget(self.reason)

        self.reason_error = QLabel(self.override_group)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setTextFormat(Qt.TextFormat.PlainText)

        self.override_layout.addWidget(self.reason_error)


        self.dialog_layout.addWidget(self.override_group)

        self.form_error = QLabel(CreditDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(CreditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(CreditDialog)

        QMetaObject.connectSlotsByName(CreditDialog)
    # setupUi

    def retranslateUi(self, CreditDialog):
        CreditDialog.setWindowTitle(QCoreApplication.translate("CreditDialog", u"Credit limit", None))
        self.limit_value_label.setText(QCoreApplication.translate("CreditDialog", u"Credit limit:", None))
        self.receivables_value_label.setText(QCoreApplication.translate("CreditDialog", u"Open receivables:", None))
        self.uninvoiced_value_label.setText(QCoreApplication.translate("CreditDialog", u"Not yet invoiced:", None))
        self.this_order_value_label.setText(QCoreApplication.translate("CreditDialog", u"This order:", None))
        self.excess_value_label.setText(QCoreApplication.translate("CreditDialog", u"Over by:", None))
        self.overdue_value_label.setText(QCoreApplication.translate("CreditDialog", u"Overdue:", None))
        self.rating_value_label.setText(QCoreApplication.translate("CreditDialog", u"Reliability:", None))
        self.override_group.setTitle(QCoreApplication.translate("CreditDialog", u"Head of department's override", None))
        self.override_note.setText(QCoreApplication.translate("CreditDialog", u"Confirming anyway is recorded with your name and the reason.", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"Why is this order confirmed anyway?", None))
    # retranslateUi

