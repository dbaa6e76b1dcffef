# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'price_column_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PriceColumnDialog(object):
    def setupUi(self, PriceColumnDialog):
        if not PriceColumnDialog.objectName():
            PriceColumnDialog.setObjectName(u"PriceColumnDialog")
        PriceColumnDialog.resize(440, 260)
        self.dialog_layout = QVBoxLayout(PriceColumnDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.column_form = QFormLayout()
        self.column_form.setObjectName(u"column_form")
        self.column_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.column_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.name_label = QLabel(PriceColumnDialog)
        self.name_label.setObjectName(u"name_label")

        self.column_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(PriceColumnDialog)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(PriceColumnDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)

        self.name_box.addWidget(self.name_error)


        self.column_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.base_label = QLabel(PriceColumnDialog)
        self.base_label.setObjectName(u"base_label")

        self.column_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.base_label)

        self.base_box = QVBoxLayout()
        self.base_box.setSpacing(2)
        self.base_box.setObjectName(u"base_box")
        self.base = QComboBox(PriceColumnDialog)
        self.base.setObjectName(u"base")

        self.base_box.addWidget(self.base)

        self.base_error = QLabel(PriceColumnDialog)
        self.base_error.setObjectName(u"base_error")
        self.base_error.setWordWrap(True)
        self.base_error.setTextFormat(Qt.TextFormat.PlainText)

        self.base_box.addWidget(self.base_error)


        self.column_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.base_box)

        self.percent_label = QLabel(PriceColumnDialog)
        self.percent_label.setObjectName(u"percent_label")

        self.column_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.percent_label)

        self.percent_box = QVBoxLayout()
        self.percent_box.setSpacing(2)
        self.percent_box.setObjectName(u"percent_box")
        self.percent_line = QHBoxLayout()
        self.percent_line.setObjectName(u"percent_line")
        self.percent = QLineEdit(PriceColumnDialog)
        self.percent.setObjectName(u"percent")

        self.percent_line.addWidget(self.percent)

        self.percent_unit = QLabel(PriceColumnDialog)
        self.percent_unit.setObjectName(u"percent_unit")

        self.percent_line.addWidget(self.percent_unit)


        self.percent_box.addLayout(self.percent_line)

        self.percent_error = QLabel(PriceColumnDialog)
        self.percent_error.setObjectName(u"percent_error")
        self.percent_error.setWordWrap(True)
        self.percent_error.setTextFormat(Qt.TextFormat.PlainText)

        self.percent_box.addWidget(self.percent_error)


        self.column_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.percent_box)

        self.is_default = QCheckBox(PriceColumnDialog)
        self.is_default.setObjectName(u"is_default")

        self.column_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.is_default)


        self.dialog_layout.addLayout(self.column_form)

        self.note = QLabel(PriceColumnDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.dialog_layout.addWidget(self.note)

        self.form_error = QLabel(PriceColumnDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(PriceColumnDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.base_label.setBuddy(self.base)
        self.percent_label.setBuddy(self.percent)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.base)
        QWidget.setTabOrder(self.base, self.percent)
        QWidget.setTabOrder(self.percent, self.is_default)

        self.retranslateUi(PriceColumnDialog)

        QMetaObject.connectSlotsByName(PriceColumnDialog)
    # setupUi

    def retranslateUi(self, PriceColumnDialog):
        PriceColumnDialog.setWindowTitle(QCoreApplication.translate("PriceColumnDialog", u"Price column", None))
        self.name_label.setText(QCoreApplication.translate("PriceColumnDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PriceColumnDialog", u"e.g. Wholesale, Key account, VIP", None))
        self.base_label.setText(QCoreApplication.translate("PriceColumnDialog", u"&Prices:", None))
        self.percent_label.setText(QCoreApplication.translate("PriceColumnDialog", u"&Change:", None))
        self.percent.setPlaceholderText(QCoreApplication.translate("PriceColumnDialog", u"e.g. -10", None))
        self.percent_unit.setText(QCoreApplication.translate("PriceColumnDialog", u"% of the base column's price", None))
        self.is_default.setText(QCoreApplication.translate("PriceColumnDialog", u"&Default column for clients without their own", None))
    # retranslateUi

