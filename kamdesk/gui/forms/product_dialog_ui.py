# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(480, 420)
        self.dialog_layout = QVBoxLayout(ProductDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.product_form = QFormLayout()
        self.product_form.setObjectName(u"product_form")
        self.product_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.product_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.sku_label = QLabel(ProductDialog)
        self.sku_label.setObjectName(u"sku_label")

        self.product_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sku_label)

        self.sku_box = QVBoxLayout()
        self.sku_box.setSpacing(2)
        self.sku_box.setObjectName(u"sku_box")
        self.sku = QLineEdit(ProductDialog)
        self.sku.setObjectName(u"sku")

        self.sku_box.addWidget(self.sku)

        self.sku_error = QLabel(ProductDialog)
        self.sku_error.setObjectName(u"sku_error")
        self.sku_error.setWordWrap(True)
        self.sku_error.setTextFormat(Qt.TextFormat.PlainText)

        self.sku_box.addWidget(self.sku_error)


        self.product_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sku_box)

        self.name_label = QLabel(ProductDialog)
        self.name_label.setObjectName(u"name_label")

        self.product_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(ProductDialog)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(ProductDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)

        self.name_box.addWidget(self.name_error)


        self.product_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.unit_label = QLabel(ProductDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.product_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_box = QVBoxLayout()
        self.unit_box.setSpacing(2)
        self.unit_box.setObjectName(u"unit_box")
        self.unit = QComboBox(ProductDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)

        self.unit_box.addWidget(self.unit)

        self.unit_error = QLabel(ProductDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setWordWrap(True)
        self.unit_error.setTextFormat(Qt.TextFormat.PlainText)

        self.unit_box.addWidget(self.unit_error)


        self.product_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.unit_box)

        self.category_label = QLabel(ProductDialog)
        self.category_label.setObjectName(u"category_label")

        self.product_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_box = QVBoxLayout()
        self.category_box.setSpacing(2)
        self.category_box.setObjectName(u"category_box")
        self.category = QComboBox(ProductDialog)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)

        self.category_box.addWidget(self.category)

        self.category_error = QLabel(ProductDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setWordWrap(True)
        self.category_error.setTextFormat(Qt.TextFormat.PlainText)

        self.category_box.addWidget(self.category_error)


        self.product_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.category_box)

        self.vat_rate_label = QLabel(ProductDialog)
        self.vat_rate_label.setObjectName(u"vat_rate_label")

        self.product_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vat_rate_label)

        self.vat_rate_box = QVBoxLayout()
        self.vat_rate_box.setSpacing(2)
        self.vat_rate_box.setObjectName(u"vat_rate_box")
        self.vat_rate = QComboBox(ProductDialog)
        self.vat_rate.setObjectName(u"vat_rate")
        self.vat_rate.setEditable(True)

        self.vat_rate_box.addWidget(self.vat_rate)

        self.vat_rate_error = QLabel(ProductDialog)
        self.vat_rate_error.setObjectName(u"vat_rate_error")
        self.vat_rate_error.setWordWrap(True)
        self.vat_rate_error.setTextFormat(Qt.TextFormat.PlainText)

        self.vat_rate_box.addWidget(self.vat_rate_error)


        self.product_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.vat_rate_box)

        self.active = QCheckBox(ProductDialog)
        self.active.setObjectName(u"active")

        self.product_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)

        self.description_label = QLabel(ProductDialog)
        self.description_label.setObjectName(u"description_label")

        self.product_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description = QPlainTextEdit(ProductDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.description_box.addWidget(self.description)

        self.description_error = QLabel(ProductDialog)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setWordWrap(True)
        self.description_error.setTextFormat(Qt.TextFormat.PlainText)

        self.description_box.addWidget(self.description_error)


        self.product_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.description_box)


        self.dialog_layout.addLayout(self.product_form)

        self.form_error = QLabel(ProductDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ProductDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sku_label.setBuddy(self.sku)
        self.name_label.setBuddy(self.name)
        self.unit_label.setBuddy(self.unit)
        self.category_label.setBuddy(self.category)
        self.vat_rate_label.setBuddy(self.vat_rate)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sku, self.name)
        QWidget.setTabOrder(self.name, self.unit)
        QWidget.setTabOrder(self.unit, self.category)
        QWidget.setTabOrder(self.category, self.vat_rate)
        QWidget.setTabOrder(self.vat_rate, self.active)
        QWidget.setTabOrder(self.active, self.description)

        self.retranslateUi(ProductDialog)

        QMetaObject.connectSlotsByName(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Product", None))
        self.sku_label.setText(QCoreApplication.translate("ProductDialog", u"&SKU:", None))
        self.sku.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"Article number, unique", None))
        self.name_label.setText(QCoreApplication.translate("ProductDialog", u"&Name:", None))
        self.unit_label.setText(QCoreApplication.translate("ProductDialog", u"&Unit:", None))
        self.category_label.setText(QCoreApplication.translate("ProductDialog", u"&Category:", None))
        self.vat_rate_label.setText(QCoreApplication.translate("ProductDialog", u"&VAT rate:", None))
        self.active.setText(QCoreApplication.translate("ProductDialog", u"&Active: can be ordered", None))
        self.description_label.setText(QCoreApplication.translate("ProductDialog", u"&Description:", None))
    # retranslateUi

