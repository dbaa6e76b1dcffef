# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'promotion_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PromotionDialog(object):
    def setupUi(self, PromotionDialog):
        if not PromotionDialog.objectName():
            PromotionDialog.setObjectName(u"PromotionDialog")
        PromotionDialog.resize(760, 600)
        self.dialog_layout = QVBoxLayout(PromotionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.promotion_form = QFormLayout()
        self.promotion_form.setObjectName(u"promotion_form")
        self.promotion_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.promotion_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.name_label = QLabel(PromotionDialog)
        self.name_label.setObjectName(u"name_label")

        self.promotion_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(PromotionDialog)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(PromotionDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)

        self.name_box.addWidget(self.name_error)


        self.promotion_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.starts_on_label = QLabel(PromotionDialog)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.promotion_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.period_line = QHBoxLayout()
        self.period_line.setObjectName(u"period_line")
        self.starts_on = QDateEdit(PromotionDialog)
        self.starts_on.setObjectName(u"starts_on")
        self.starts_on.setCalendarPopup(True)

        self.period_line.addWidget(self.starts_on)

        self.period_to = QLabel(PromotionDialog)
        self.period_to.setObjectName(u"period_to")

        self.period_line.addWidget(self.period_to)

        self.ends_on = QDateEdit(PromotionDialog)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)

        self.period_line.addWidget(self.ends_on)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_line.addItem(self.period_spacer)


        self.promotion_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.period_line)

        self.ends_on_error = QLabel(PromotionDialog)
        self.ends_on_error.setObjectName(u"ends_on_error")
        self.ends_on_error.setWordWrap(True)
        self.ends_on_error.setTextFormat(Qt.TextFormat.PlainText)

        self.promotion_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on_error)

        self.kind_label = QLabel(PromotionDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.promotion_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.offer_box = QVBoxLayout()
        self.offer_box.setSpacing(4)
        self.offer_box.setObjectName(u"offer_box")
        self.offer_box.setContentsMargins(0, 0, 0, 0)
        self.percent_line = QHBoxLayout()
        self.percent_line.setObjectName(u"percent_line")
        self.kind_percent = QRadioButton(PromotionDialog)
        self.kind_percent.setObjectName(u"kind_percent")

        self.percent_line.addWidget(self.kind_percent)

        self.percent = QLineEdit(PromotionDialog)
        self.percent.setObjectName(u"percent")

        self.percent_line.addWidget(self.percent)

        self.percent_unit = QLabel(PromotionDialog)
        self.percent_unit.setObjectName(u"percent_unit")

        self.percent_line.addWidget(self.percent_unit)

        self.percent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.percent_line.addItem(self.percent_spacer)


        self.offer_box.addLayout(self.percent_line)

        self.bundle_line = QHBoxLayout()
        self.bundle_line.setObjectName(u"bundle_line")
        self.kind_bundle = QRadioButton(PromotionDialog)
        self.kind_bundle.setObjectName(u"kind_bundle")

        self.bundle_line.addWidget(self.kind_bundle)

        self.buy_quantity = QSpinBox(PromotionDialog)
        self.buy_quantity.setObjectName(u"buy_quantity")
        self.buy_quantity.setMinimum(0)
        self.buy_quantity.setMaximum(100000)

        self.bundle_line.addWidget(self.buy_quantity)

        self.bundle_get = QLabel(PromotionDialog)
        self.bundle_get.setObjectName(u"bundle_get")

        self.bundle_line.addWidget(self.bundle_get)

        self.free_quantity = QSpinBox(PromotionDialog)
        self.free_quantity.setObjectName(u"free_quantity")
        self.free_quantity.setMinimum(0)
        self.free_quantity.setMaximum(100000)

        self.bundle_line.addWidget(self.free_quantity)

        self.bundle_free = QLabel(PromotionDialog)
        self.bundle_free.setObjectName(u"bundle_free")

        self.bundle_line.addWidget(self.bundle_free)

        self.bundle_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bundle_line.addItem(self.bundle_spacer)


        self.offer_box.addLayout(self.bundle_line)


        self.promotion_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.offer_box)

        self.offer_errors = QVBoxLayout()
        self.offer_errors.setSpacing(0)
        self.offer_errors.setObjectName(u"offer_errors")
        self.offer_errors.setContentsMargins(0, 0, 0, 0)
        self.percent_error = QLabel(PromotionDialog)
        self.percent_error.setObjectName(u"percent_error")
        self.percent_error.setWordWrap(True)
        self.percent_error.setTextFormat(Qt.TextFormat.PlainText)

        self.offer_errors.addWidget(self.percent_error)

        self.buy_quantity_error = QLabel(PromotionDialog)
        self.buy_quantity_error.setObjectName(u"buy_quantity_error")
        self.buy_quantity_error.setWordWrap(True)
        self.buy_quantity_error.setTextFormat(Qt.TextFormat.PlainText)

        self.offer_errors.addWidget(self.buy_quantity_error)


        self.promotion_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.offer_errors)

        self.active = QCheckBox(PromotionDialog)
        self.active.setObjectName(u"active")

        self.promotion_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)


        self.dialog_layout.addLayout(self.promotion_form)

        self.groups_line = QHBoxLayout()
        self.groups_line.setObjectName(u"groups_line")
        self.targets_group = QGroupBox(PromotionDialog)
        self.targets_group.setObjectName(u"targets_group")
        self.targets_layout = QVBoxLayout(self.targets_group)
        self.targets_layout.setObjectName(u"targets_layout")
        self.product_search = QLineEdit(self.targets_group)
        self.product_search.setObjectName(u"product_search")

        self.targets_layout.addWidget(self.product_search)

        self.products = QListWidget(self.targets_group)
        self.products.setObjectName(u"products")

        self.targets_layout.addWidget(self.products)

        self.categories_label = QLabel(self.targets_group)
        self.categories_label.setObjectName(u"categories_label")

        self.targets_layout.addWidget(self.categories_label)

        self.categories = QListWidget(self.targets_group)
        self.categories.setObjectName(u"categories")

        self.targets_layout.addWidget(self.categories)

        self.targets_error = QLabel(self.targets_group)
        self.targets_error.setObjectName(u"targets_error")
        self.targets_error.setWordWrap(True)
        self.targets_error.setTextFormat(Qt.TextFormat.PlainText)

        self.targets_layout.addWidget(self.targets_error)


        self.groups_line.addWidget(self.targets_group)

        self.audience_group = QGroupBox(PromotionDialog)
        self.audience_group.setObjectName(u"audience_group")
        self.audience_layout = QVBoxLayout(self.audience_group)
        self.audience_layout.setObjectName(u"audience_layout")
        self.client_search = QLineEdit(self.audience_group)
        self.client_search.setObjectName(u"client_search")

        self.audience_layout.addWidget(self.client_search)

        self.clients = QListWidget(self.audience_group)
        self.clients.setObjectName(u"clients")

        self.audience_layout.addWidget(self.clients)

        self.segments_label = QLabel(self.audience_group)
        self.segments_label.setObjectName(u"segments_label")

        self.audience_layout.addWidget(self.segments_label)

        self.segments = QListWidget(self.audience_group)
        self.segments.setObjectName(u"segments")

        self.audience_layout.addWidget(self.segments)


        self.groups_line.addWidget(self.audience_group)


        self.dialog_layout.addLayout(self.groups_line)

        self.form_error = QLabel(PromotionDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(PromotionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.starts_on_label.setBuddy(self.starts_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.starts_on)
        QWidget.setTabOrder(self.starts_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.kind_percent)
        QWidget.setTabOrder(self.kind_percent, self.percent)
        QWidget.setTabOrder(self.percent, self.kind_bundle)
        QWidget.setTabOrder(self.kind_bundle, self.buy_quantity)
        QWidget.setTabOrder(self.buy_quantity, self.free_quantity)
        QWidget.setTabOrder(self.free_quantity, self.active)
        QWidget.setTabOrder(self.active, self.product_search)
        QWidget.setTabOrder(self.product_search, self.products)
        QWidget.setTabOrder(self.products, self.categories)
        QWidget.setTabOrder(self.categories, self.client_search)
        QWidget.setTabOrder(self.client_search, self.clients)
        QWidget.setTabOrder(self.clients, self.segments)

        self.retranslateUi(PromotionDialog)

        QMetaObject.connectSlotsByName(PromotionDialog)
    # setupUi

    def retranslateUi(self, PromotionDialog):
        PromotionDialog.setWindowTitle(QCoreApplication.translate("PromotionDialog", u"Promotion", None))
        self.name_label.setText(QCoreApplication.translate("PromotionDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PromotionDialog", u"e.g. Autumn dairy promotion", None))
        self.starts_on_label.setText(QCoreApplication.translate("PromotionDialog", u"P&eriod:", None))
        self.period_to.setText(QCoreApplication.translate("PromotionDialog", u"\u2013", None))
        self.kind_label.setText(QCoreApplication.translate("PromotionDialog", u"Offer:", None))
        self.kind_percent.setText(QCoreApplication.translate("PromotionDialog", u"&Percentage off:", None))
        self.percent.setPlaceholderText(QCoreApplication.translate("PromotionDialog", u"10", None))
        self.percent_unit.setText(QCoreApplication.translate("PromotionDialog", u"%", None))
        self.kind_bundle.setText(QCoreApplication.translate("PromotionDialog", u"&Buy", None))
        self.bundle_get.setText(QCoreApplication.translate("PromotionDialog", u"get", None))
        self.bundle_free.setText(QCoreApplication.translate("PromotionDialog", u"free", None))
        self.active.setText(QCoreApplication.translate("PromotionDialog", u"&Active", None))
        self.targets_group.setTitle(QCoreApplication.translate("PromotionDialog", u"Applies to", None))
        self.product_search.setPlaceholderText(QCoreApplication.translate("PromotionDialog", u"Add a product: type its SKU or name", None))
#if QT_CONFIG(tooltip)
        self.products.setToolTip(QCoreApplication.translate("PromotionDialog", u"Del removes the chosen product", None))
#endif // QT_CONFIG(tooltip)
        self.categories_label.setText(QCoreApplication.translate("PromotionDialog", u"Categories (with their subcategories):", None))
        self.audience_group.setTitle(QCoreApplication.translate("PromotionDialog", u"Only for (none chosen: every client)", None))
        self.client_search.setPlaceholderText(QCoreApplication.translate("PromotionDialog", u"Add a client: type its name", None))
#if QT_CONFIG(tooltip)
        self.clients.setToolTip(QCoreApplication.translate("PromotionDialog", u"Del removes the chosen client", None))
#endif // QT_CONFIG(tooltip)
        self.segments_label.setText(QCoreApplication.translate("PromotionDialog", u"Segments:", None))
    # retranslateUi

