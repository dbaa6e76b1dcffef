# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancel_order_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CancelOrderDialog(object):
    def setupUi(self, CancelOrderDialog):
        if not CancelOrderDialog.objectName():
            CancelOrderDialog.setObjectName(u"CancelOrderDialog")
        CancelOrderDialog.resize(440, 300)
        self.dialog_layout = QVBoxLayout(CancelOrderDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary = QLabel(CancelOrderDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary)

        self.cancel_form = QFormLayout()
        self.cancel_form.setObjectName(u"cancel_form")
        self.cancel_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cancel_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.reason_label = QLabel(CancelOrderDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.cancel_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_box = QVBoxLayout()
        self.reason_box.setSpacing(2)
        self.reason_box.setObjectName(u"reason_box")
        self.reason = QComboBox(CancelOrderDialog)
        self.reason.setObjectName(u"reason")

        self.reason_box.addWidget(self.reason)

        self.reason_error = QLabel(CancelOrderDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setTextFormat(Qt.TextFormat.PlainText)

        self.reason_box.addWidget(self.reason_error)


        self.cancel_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reason_box)

        self.note_label = QLabel(CancelOrderDialog)
        self.note_label.setObjectName(u"note_label")

        self.cancel_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_box = QVBoxLayout()
        self.note_box.setSpacing(2)
        self.note_box.setObjectName(u"note_box")
        self.note = QPlainTextEdit(CancelOrderDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.note_box.addWidget(self.note)

        self.note_error = QLabel(CancelOrderDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setTextFormat(Qt.TextFormat.PlainText)

        self.note_box.addWidget(self.note_error)


        self.cancel_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.note_box)


        self.dialog_layout.addLayout(self.cancel_form)

        self.form_error = QLabel(CancelOrderDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(CancelOrderDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.note)

        self.retranslateUi(CancelOrderDialog)

        QMetaObject.connectSlotsByName(CancelOrderDialog)
    # setupUi

    def retranslateUi(self, CancelOrderDialog):
        CancelOrderDialog.setWindowTitle(QCoreApplication.translate("CancelOrderDialog", u"Cancel order", None))
        self.reason_label.setText(QCoreApplication.translate("CancelOrderDialog", u"&Reason:", None))
        self.note_label.setText(QCoreApplication.translate("CancelOrderDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("CancelOrderDialog", u"Required for \u201cOther\u201d: what happened?", None))
    # retranslateUi

