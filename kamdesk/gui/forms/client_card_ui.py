# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_card.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ClientCard(object):
    def setupUi(self, ClientCard):
        if not ClientCard.objectName():
            ClientCard.setObjectName(u"ClientCard")
        ClientCard.resize(920, 600)
        self.card_layout = QVBoxLayout(ClientCard)
        self.card_layout.setObjectName(u"card_layout")
        self.tabs = QTabWidget(ClientCard)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QGridLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.company_group = QGroupBox(self.general_tab)
        self.company_group.setObjectName(u"company_group")
        self.company_form = QFormLayout(self.company_group)
        self.company_form.setObjectName(u"company_form")
        self.company_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(self.company_group)
        self.name_label.setObjectName(u"name_label")

        self.company_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(self.company_group)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(self.company_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)

        self.name_box.addWidget(self.name_error)


        self.company_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.legal_form_label = QLabel(self.company_group)
        self.legal_form_label.setObjectName(u"legal_form_label")

        self.company_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_form_label)

        self.legal_form_box = QVBoxLayout()
        self.legal_form_box.setSpacing(2)
        self.legal_form_box.setObjectName(u"legal_form_box")
        self.legal_form = QLineEdit(self.company_group)
        self.legal_form.setObjectName(u"legal_form")

        self.legal_form_box.addWidget(self.legal_form)

        self.legal_form_error = QLabel(self.company_group)
        self.legal_form_error.setObjectName(u"legal_form_error")
        self.legal_form_error.setWordWrap(True)
        self.legal_form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.legal_form_box.addWidget(self.legal_form_error)


        self.company_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.legal_form_box)

        self.tax_number_label = QLabel(self.company_group)
        self.tax_number_label.setObjectName(u"tax_number_label")

        self.company_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tax_number_label)

        self.tax_number_box = QVBoxLayout()
        self.tax_number_box.setSpacing(2)
        self.tax_number_box.setObjectName(u"tax_number_box")
        self.tax_number = QLineEdit(self.company_group)
        self.tax_number.setObjectName(u"tax_number")

        self.tax_number_box.addWidget(self.tax_number)

        self.tax_number_error = QLabel(self.company_group)
        self.tax_number_error.setObjectName(u"tax_number_error")
        self.tax_number_error.setWordWrap(True)
        self.tax_number_error.setTextFormat(Qt.TextFormat.PlainText)

        self.tax_number_box.addWidget(self.tax_number_error)


        self.company_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.tax_number_box)

        self.registration_number_label = QLabel(self.company_group)
        self.registration_number_label.setObjectName(u"registration_number_label")

        self.company_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registration_number_label)

        self.registration_number_box = QVBoxLayout()
        self.registration_number_box.setSpacing(2)
        self.registration_number_box.setObjectName(u"registration_number_box")
        self.registration_number = QLineEdit(self.company_group)
        self.registration_number.setObjectName(u"registration_number")

        self.registration_number_box.addWidget(self.registration_number)

        self.registration_number_error = QLabel(self.company_group)
        self.registration_number_error.setObjectName(u"registration_number_error")
        self.registration_number_error.setWordWrap(True)
        self.registration_number_error.setTextFormat(Qt.TextFormat.PlainText)

        self.registration_number_box.addWidget(self.registration_number_error)


        self.company_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.registration_number_box)


        self.general_layout.addWidget(self.company_group, 0, 0, 1, 1)

        self.reach_group = QGroupBox(self.general_tab)
        self.reach_group.setObjectName(u"reach_group")
        self.reach_form = QFormLayout(self.reach_group)
        self.reach_form.setObjectName(u"reach_form")
        self.reach_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reach_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.phone_label = QLabel(self.reach_group)
        self.phone_label.setObjectName(u"phone_label")

        self.reach_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone = QLineEdit(self.reach_group)
        self.phone.setObjectName(u"phone")

        self.phone_box.addWidget(self.phone)

        self.phone_error = QLabel(self.reach_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)
        self.phone_error.setTextFormat(Qt.TextFormat.PlainText)

        self.phone_box.addWidget(self.phone_error)


        self.reach_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.email_label = QLabel(self.reach_group)
        self.email_label.setObjectName(u"email_label")

        self.reach_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email = QLineEdit(self.reach_group)
        self.email.setObjectName(u"email")

        self.email_box.addWidget(self.email)

        self.email_error = QLabel(self.reach_group)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)
        self.email_error.setTextFormat(Qt.TextFormat.PlainText)

        self.email_box.addWidget(self.email_error)


        self.reach_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.website_label = QLabel(self.reach_group)
        self.website_label.setObjectName(u"website_label")

        self.reach_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website_box = QVBoxLayout()
        self.website_box.setSpacing(2)
        self.website_box.setObjectName(u"website_box")
        self.website = QLineEdit(self.reach_group)
        self.website.setObjectName(u"website")

        self.website_box.addWidget(self.website)

        self.website_error = QLabel(self.reach_group)
        self.website_error.setObjectName(u"website_error")
        self.website_error.setWordWrap(True)
        self.website_error.setTextFormat(Qt.TextFormat.PlainText)

        self.website_box.addWidget(self.website_error)


        self.reach_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.website_box)


        self.general_layout.addWidget(self.reach_group, 0, 1, 1, 1)

        self.sales_group = QGroupBox(self.general_tab)
        self.sales_group.setObjectName(u"sales_group")
        self.sales_form = QFormLayout(self.sales_group)
        self.sales_form.setObjectName(u"sales_form")
        self.sales_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sales_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.status_label = QLabel(self.sales_group)
        self.status_label.setObjectName(u"status_label")

        self.sales_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_box = QVBoxLayout()
        self.status_box.setSpacing(2)
        self.status_box.setObjectName(u"status_box")
        self.status = QComboBox(self.sales_group)
        self.status.setObjectName(u"status")

        self.status_box.addWidget(self.status)

        self.status_error = QLabel(self.sales_group)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)
        self.status_error.setTextFormat(Qt.TextFormat.PlainText)

        self.status_box.addWidget(self.status_error)


        self.sales_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_box)

        self.segment_label = QLabel(self.sales_group)
        self.segment_label.setObjectName(u"segment_label")

        self.sales_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.segment_label)

        self.segment_box = QVBoxLayout()
        self.segment_box.setSpacing(2)
        self.segment_box.setObjectName(u"segment_box")
        self.segment = QComboBox(self.sales_group)
        self.segment.setObjectName(u"segment")
        self.segment.setEditable(True)
        self.segment.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.segment_box.addWidget(self.segment)

        self.segment_error = QLabel(self.sales_group)
        self.segment_error.setObjectName(u"segment_error")
        self.segment_error.setWordWrap(True)
        self.segment_error.setTextFormat(Qt.TextFormat.PlainText)

        self.segment_box.addWidget(self.segment_error)


        self.sales_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.segment_box)

        self.manager_label = QLabel(self.sales_group)
        self.manager_label.setObjectName(u"manager_label")

        self.sales_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.manager_label)

        self.manager_box = QVBoxLayout()
        self.manager_box.setSpacing(2)
        self.manager_box.setObjectName(u"manager_box")
        self.manager = QComboBox(self.sales_group)
        self.manager.setObjectName(u"manager")

        self.manager_box.addWidget(self.manager)

        self.manager_error = QLabel(self.sales_group)
        self.manager_error.setObjectName(u"manager_error")
        self.manager_error.setWordWrap(True)
        self.manager_error.setTextFormat(Qt.TextFormat.PlainText)

        self.manager_box.addWidget(self.manager_error)


        self.sales_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.manager_box)

        self.source_label = QLabel(self.sales_group)
        self.source_label.setObjectName(u"source_label")

        self.sales_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_box = QVBoxLayout()
        self.source_box.setSpacing(2)
        self.source_box.setObjectName(u"source_box")
        self.source = QComboBox(self.sales_group)
        self.source.setObjectName(u"source")

        self.source_box.addWidget(self.source)

        self.source_error = QLabel(self.sales_group)
        self.source_error.setObjectName(u"source_error")
        self.source_error.setWordWrap(True)
        self.source_error.setTextFormat(Qt.TextFormat.PlainText)

        self.source_box.addWidget(self.source_error)


        self.sales_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.source_box)

        self.key_account_box = QVBoxLayout()
        self.key_account_box.setSpacing(2)
        self.key_account_box.setObjectName(u"key_account_box")
        self.key_account = QCheckBox(self.sales_group)
        self.key_account.setObjectName(u"key_account")

        self.key_account_box.addWidget(self.key_account)

        self.key_account_error = QLabel(self.sales_group)
        self.key_account_error.setObjectName(u"key_account_error")
        self.key_account_error.setWordWrap(True)
        self.key_account_error.setTextFormat(Qt.TextFormat.PlainText)

        self.key_account_box.addWidget(self.key_account_error)


        self.sales_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.key_account_box)


        self.general_layout.addWidget(self.sales_group, 1, 0, 1, 1)

        self.needs_group = QGroupBox(self.general_tab)
        self.needs_group.setObjectName(u"needs_group")
        self.needs_form = QFormLayout(self.needs_group)
        self.needs_form.setObjectName(u"needs_form")
        self.needs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.needs_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.needs_label = QLabel(self.needs_group)
        self.needs_label.setObjectName(u"needs_label")

        self.needs_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.needs_label)

        self.needs_box = QVBoxLayout()
        self.needs_box.setSpacing(2)
        self.needs_box.setObjectName(u"needs_box")
        self.needs = QPlainTextEdit(self.needs_group)
        self.needs.setObjectName(u"needs")
        self.needs.setTabChangesFocus(True)

        self.needs_box.addWidget(self.needs)

        self.needs_error = QLabel(self.needs_group)
        self.needs_error.setObjectName(u"needs_error")
        self.needs_error.setWordWrap(True)
        self.needs_error.setTextFormat(Qt.TextFormat.PlainText)

        self.needs_box.addWidget(self.needs_error)


        self.needs_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.needs_box)

        self.prospects_label = QLabel(self.needs_group)
        self.prospects_label.setObjectName(u"prospects_label")

        self.needs_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prospects_label)

        self.prospects_box = QVBoxLayout()
        self.prospects_box.setSpacing(2)
        self.prospects_box.setObjectName(u"prospects_box")
        self.prospects = QPlainTextEdit(self.needs_group)
        self.prospects.setObjectName(u"prospects")
        self.prospects.setTabChangesFocus(True)

        self.prospects_box.addWidget(self.prospects)

        self.prospects_error = QLabel(self.needs_group)
        self.prospects_error.setObjectName(u"prospects_error")
        self.prospects_error.setWordWrap(True)
        self.prospects_error.setTextFormat(Qt.TextFormat.PlainText)

        self.prospects_box.addWidget(self.prospects_error)


        self.needs_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.prospects_box)


        self.general_layout.addWidget(self.needs_group, 1, 1, 2, 1)

        self.general_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.general_spacer, 2, 0, 1, 1)

        self.general_layout.setRowStretch(2, 1)
        self.general_layout.setColumnStretch(0, 1)
        self.general_layout.setColumnStretch(1, 1)
        self.tabs.addTab(self.general_tab, "")
        self.addresses_tab = QWidget()
        self.addresses_tab.setObjectName(u"addresses_tab")
        self.addresses_layout = QGridLayout(self.addresses_tab)
        self.addresses_layout.setObjectName(u"addresses_layout")
        self.delivery_same = QCheckBox(self.addresses_tab)
        self.delivery_same.setObjectName(u"delivery_same")

        self.addresses_layout.addWidget(self.delivery_same, 0, 1, 1, 1)

        self.legal_address_group = QGroupBox(self.addresses_tab)
        self.legal_address_group.setObjectName(u"legal_address_group")
        self.legal_address_form = QFormLayout(self.legal_address_group)
        self.legal_address_form.setObjectName(u"legal_address_form")
        self.legal_address_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_address_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.legal_postcode_label = QLabel(self.legal_address_group)
        self.legal_postcode_label.setObjectName(u"legal_postcode_label")

        self.legal_address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_postcode_label)

        self.legal_postcode_box = QVBoxLayout()
        self.legal_postcode_box.setSpacing(2)
        self.legal_postcode_box.setObjectName(u"legal_postcode_box")
        self.legal_postcode = QLineEdit(self.legal_address_group)
        self.legal_postcode.setObjectName(u"legal_postcode")
        self.legal_postcode.setMaximumSize(QSize(110, 16777215))

        self.legal_postcode_box.addWidget(self.legal_postcode)

        self.legal_postcode_error = QLabel(self.legal_address_group)
        self.legal_postcode_error.setObjectName(u"legal_postcode_error")
        self.legal_postcode_error.setWordWrap(True)
        self.legal_postcode_error.setTextFormat(Qt.TextFormat.PlainText)

        self.legal_postcode_box.addWidget(self.legal_postcode_error)


        self.legal_address_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.legal_postcode_box)

        self.legal_city_label = QLabel(self.legal_address_group)
        self.legal_city_label.setObjectName(u"legal_city_label")

        self.legal_address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_city_label)

        self.legal_city_box = QVBoxLayout()
        self.legal_city_box.setSpacing(2)
        self.legal_city_box.setObjectName(u"legal_city_box")
        self.legal_city = QLineEdit(self.legal_address_group)
        self.legal_city.setObjectName(u"legal_city")

        self.legal_city_box.addWidget(self.legal_city)

        self.legal_city_error = QLabel(self.legal_address_group)
        self.legal_city_error.setObjectName(u"legal_city_error")
        self.legal_city_error.setWordWrap(True)
        self.legal_city_error.setTextFormat(Qt.TextFormat.PlainText)

        self.legal_city_box.addWidget(self.legal_city_error)


        self.legal_address_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.legal_city_box)

        self.legal_street_label = QLabel(self.legal_address_group)
        self.legal_street_label.setObjectName(u"legal_street_label")

        self.legal_address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legal_street_label)

        self.legal_street_box = QVBoxLayout()
        self.legal_street_box.setSpacing(2)
        self.legal_street_box.setObjectName(u"legal_street_box")
        self.legal_street = QLineEdit(self.legal_address_group)
        self.legal_street.setObjectName(u"legal_street")

        self.legal_street_box.addWidget(self.legal_street)

        self.legal_street_error = QLabel(self.legal_address_group)
        self.legal_street_error.setObjectName(u"legal_street_error")
        self.legal_street_error.setWordWrap(True)
        self.legal_street_error.setTextFormat(Qt.TextFormat.PlainText)

        self.legal_street_box.addWidget(self.legal_street_error)


        self.legal_address_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.legal_street_box)

        self.legal_country_label = QLabel(self.legal_address_group)
        self.legal_country_label.setObjectName(u"legal_country_label")

        self.legal_address_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.legal_country_label)

        self.legal_country_box = QVBoxLayout()
        self.legal_country_box.setSpacing(2)
        self.legal_country_box.setObjectName(u"legal_country_box")
        self.legal_country = QLineEdit(self.legal_address_group)
        self.legal_country.setObjectName(u"legal_country")
        self.legal_country.setMaxLength(2)
        self.legal_country.setMaximumSize(QSize(50, 16777215))

        self.legal_country_box.addWidget(self.legal_country)

        self.legal_country_error = QLabel(self.legal_address_group)
        self.legal_country_error.setObjectName(u"legal_country_error")
        self.legal_country_error.setWordWrap(True)
        self.legal_country_error.setTextFormat(Qt.TextFormat.PlainText)

        self.legal_country_box.addWidget(self.legal_country_error)


        self.legal_address_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.legal_country_box)


        self.addresses_layout.addWidget(self.legal_address_group, 1, 0, 1, 1)

        self.delivery_address_group = QGroupBox(self.addresses_tab)
        self.delivery_address_group.setObjectName(u"delivery_address_group")
        self.delivery_address_form = QFormLayout(self.delivery_address_group)
        self.delivery_address_form.setObjectName(u"delivery_address_form")
        self.delivery_address_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.delivery_address_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.delivery_postcode_label = QLabel(self.delivery_address_group)
        self.delivery_postcode_label.setObjectName(u"delivery_postcode_label")

        self.delivery_address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.delivery_postcode_label)

        self.delivery_postcode_box = QVBoxLayout()
        self.delivery_postcode_box.setSpacing(2)
        self.delivery_postcode_box.setObjectName(u"delivery_postcode_box")
        self.delivery_postcode = QLineEdit(self.delivery_address_group)
        self.delivery_postcode.setObjectName(u"delivery_postcode")
        self.delivery_postcode.setMaximumSize(QSize(110, 16777215))

        self.delivery_postcode_box.addWidget(self.delivery_postcode)

        self.delivery_postcode_error = QLabel(self.delivery_address_group)
        self.delivery_postcode_error.setObjectName(u"delivery_postcode_error")
        self.delivery_postcode_error.setWordWrap(True)
        self.delivery_postcode_error.setTextFormat(Qt.TextFormat.PlainText)

        self.delivery_postcode_box.addWidget(self.delivery_postcode_error)


        self.delivery_address_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.delivery_postcode_box)

        self.delivery_city_label = QLabel(self.delivery_address_group)
        self.delivery_city_label.setObjectName(u"delivery_city_label")

        self.delivery_address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.delivery_city_label)

        self.delivery_city_box = QVBoxLayout()
        self.delivery_city_box.setSpacing(2)
        self.delivery_city_box.setObjectName(u"delivery_city_box")
        self.delivery_city = QLineEdit(self.delivery_address_group)
        self.delivery_city.setObjectName(u"delivery_city")

        self.delivery_city_box.addWidget(self.delivery_city)

        self.delivery_city_error = QLabel(self.delivery_address_group)
        self.delivery_city_error.setObjectName(u"delivery_city_error")
        self.delivery_city_error.setWordWrap(True)
        self.delivery_city_error.setTextFormat(Qt.TextFormat.PlainText)

        self.delivery_city_box.addWidget(self.delivery_city_error)


        self.delivery_address_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.delivery_city_box)

        self.delivery_street_label = QLabel(self.delivery_address_group)
        self.delivery_street_label.setObjectName(u"delivery_street_label")

        self.delivery_address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delivery_street_label)

        self.delivery_street_box = QVBoxLayout()
        self.delivery_street_box.setSpacing(2)
        self.delivery_street_box.setObjectName(u"delivery_street_box")
        self.delivery_street = QLineEdit(self.delivery_address_group)
        self.delivery_street.setObjectName(u"delivery_street")

        self.delivery_street_box.addWidget(self.delivery_street)

        self.delivery_street_error = QLabel(self.delivery_address_group)
        self.delivery_street_error.setObjectName(u"delivery_street_error")
        self.delivery_street_error.setWordWrap(True)
        self.delivery_street_error.setTextFormat(Qt.TextFormat.PlainText)

        self.delivery_street_box.addWidget(self.delivery_street_error)


        self.delivery_address_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.delivery_street_box)

        self.delivery_country_label = QLabel(self.delivery_address_group)
        self.delivery_country_label.setObjectName(u"delivery_country_label")

        self.delivery_address_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.delivery_country_label)

        self.delivery_country_box = QVBoxLayout()
        self.delivery_country_box.setSpacing(2)
        self.delivery_country_box.setObjectName(u"delivery_country_box")
        self.delivery_country = QLineEdit(self.delivery_address_group)
        self.delivery_country.setObjectName(u"delivery_country")
        self.delivery_country.setMaxLength(2)
        self.delivery_country.setMaximumSize(QSize(50, 16777215))

        self.delivery_country_box.addWidget(self.delivery_country)

        self.delivery_country_error = QLabel(self.delivery_address_group)
        self.delivery_country_error.setObjectName(u"delivery_country_error")
        self.delivery_country_error.setWordWrap(True)
        self.delivery_country_error.setTextFormat(Qt.TextFormat.PlainText)

        self.delivery_country_box.addWidget(self.delivery_country_error)


        self.delivery_address_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.delivery_country_box)


        self.addresses_layout.addWidget(self.delivery_address_group, 1, 1, 1, 1)

        self.addresses_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addresses_layout.addItem(self.addresses_spacer, 2, 0, 1, 1)

        self.addresses_layout.setRowStretch(2, 1)
        self.addresses_layout.setColumnStretch(0, 1)
        self.addresses_layout.setColumnStretch(1, 1)
        self.tabs.addTab(self.addresses_tab, "")
        self.credit_tab = QWidget()
        self.credit_tab.setObjectName(u"credit_tab")
        self.credit_layout = QGridLayout(self.credit_tab)
        self.credit_layout.setObjectName(u"credit_layout")
        self.credit_group = QGroupBox(self.credit_tab)
        self.credit_group.setObjectName(u"credit_group")
        self.credit_form = QFormLayout(self.credit_group)
        self.credit_form.setObjectName(u"credit_form")
        self.credit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.credit_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.credit_limit_label = QLabel(self.credit_group)
        self.credit_limit_label.setObjectName(u"credit_limit_label")

        self.credit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.credit_limit_label)

        self.credit_limit_box = QVBoxLayout()
        self.credit_limit_box.setSpacing(2)
        self.credit_limit_box.setObjectName(u"credit_limit_box")
        self.credit_limit_row = QHBoxLayout()
        self.credit_limit_row.setObjectName(u"credit_limit_row")
        self.credit_limit = QLineEdit(self.credit_group)
        self.credit_limit.setObjectName(u"credit_limit")
        self.credit_limit.setMaximumSize(QSize(180, 16777215))
        self.credit_limit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.credit_limit_row.addWidget(self.credit_limit)

        self.credit_limit_currency = QLabel(self.credit_group)
        self.credit_limit_currency.setObjectName(u"credit_limit_currency")
        self.credit_limit_currency.setText(u"HUF")

        self.credit_limit_row.addWidget(self.credit_limit_currency)

        self.credit_limit_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.credit_limit_row.addItem(self.credit_limit_spacer)


        self.credit_limit_box.addLayout(self.credit_limit_row)

        self.credit_limit_error = QLabel(self.credit_group)
        self.credit_limit_error.setObjectName(u"credit_limit_error")
        self.credit_limit_error.setWordWrap(True)
        self.credit_limit_error.setTextFormat(Qt.TextFormat.PlainText)

        self.credit_limit_box.addWidget(self.credit_limit_error)


        self.credit_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.credit_limit_box)

        self.payment_terms_days_label = QLabel(self.credit_group)
        self.payment_terms_days_label.setObjectName(u"payment_terms_days_label")

        self.credit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.payment_terms_days_label)

        self.payment_terms_days_box = QVBoxLayout()
        self.payment_terms_days_box.setSpacing(2)
        self.payment_terms_days_box.setObjectName(u"payment_terms_days_box")
        self.payment_terms_days = QSpinBox(self.credit_group)
        self.payment_terms_days.setObjectName(u"payment_terms_days")
        self.payment_terms_days.setMinimum(0)
        self.payment_terms_days.setMaximum(365)
        self.payment_terms_days.setValue(8)
        self.payment_terms_days.setMaximumSize(QSize(110, 16777215))

        self.payment_terms_days_box.addWidget(self.payment_terms_days)

        self.payment_terms_days_error = QLabel(self.credit_group)
        self.payment_terms_days_error.setObjectName(u"payment_terms_days_error")
        self.payment_terms_days_error.setWordWrap(True)
        self.payment_terms_days_error.setTextFormat(Qt.TextFormat.PlainText)

        self.payment_terms_days_box.addWidget(self.payment_terms_days_error)


        self.credit_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.payment_terms_days_box)


        self.credit_layout.addWidget(self.credit_group, 0, 0, 1, 1)

        self.reliability_group = QGroupBox(self.credit_tab)
        self.reliability_group.setObjectName(u"reliability_group")
        self.reliability_form = QFormLayout(self.reliability_group)
        self.reliability_form.setObjectName(u"reliability_form")
        self.reliability_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reliability_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.reliability_label = QLabel(self.reliability_group)
        self.reliability_label.setObjectName(u"reliability_label")

        self.reliability_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reliability_label)

        self.reliability_box = QVBoxLayout()
        self.reliability_box.setSpacing(2)
        self.reliability_box.setObjectName(u"reliability_box")
        self.reliability = QComboBox(self.reliability_group)
        self.reliability.setObjectName(u"reliability")
        self.reliability.setMaximumSize(QSize(110, 16777215))

        self.reliability_box.addWidget(self.reliability)

        self.reliability_error = QLabel(self.reliability_group)
        self.reliability_error.setObjectName(u"reliability_error")
        self.reliability_error.setWordWrap(True)
        self.reliability_error.setTextFormat(Qt.TextFormat.PlainText)

        self.reliability_box.addWidget(self.reliability_error)


        self.reliability_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reliability_box)

        self.reliability_checked_on_label = QLabel(self.reliability_group)
        self.reliability_checked_on_label.setObjectName(u"reliability_checked_on_label")

        self.reliability_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reliability_checked_on_label)

        self.reliability_checked_on_box = QVBoxLayout()
        self.reliability_checked_on_box.setSpacing(2)
        self.reliability_checked_on_box.setObjectName(u"reliability_checked_on_box")
        self.reliability_checked_on_row = QHBoxLayout()
        self.reliability_checked_on_row.setObjectName(u"reliability_checked_on_row")
        self.reliability_checked = QCheckBox(self.reliability_group)
        self.reliability_checked.setObjectName(u"reliability_checked")

        self.reliability_checked_on_row.addWidget(self.reliability_checked)

        self.reliability_checked_on = QDateEdit(self.reliability_group)
        self.reliability_checked_on.setObjectName(u"reliability_checked_on")
        self.reliability_checked_on.setCalendarPopup(True)

        self.reliability_checked_on_row.addWidget(self.reliability_checked_on)

        self.reliability_checked_on_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reliability_checked_on_row.addItem(self.reliability_checked_on_spacer)


        self.reliability_checked_on_box.addLayout(self.reliability_checked_on_row)

        self.reliability_checked_on_error = QLabel(self.reliability_group)
        self.reliability_checked_on_error.setObjectName(u"reliability_checked_on_error")
        self.reliability_checked_on_error.setWordWrap(True)
        self.reliability_checked_on_error.setTextFormat(Qt.TextFormat.PlainText)

        self.reliability_checked_on_box.addWidget(self.reliability_checked_on_error)


        self.reliability_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reliability_checked_on_box)

        self.reliability_note_label = QLabel(self.reliability_group)
        self.reliability_note_label.setObjectName(u"reliability_note_label")

        self.reliability_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reliability_note_label)

        self.reliability_note_box = QVBoxLayout()
        self.reliability_note_box.setSpacing(2)
        self.reliability_note_box.setObjectName(u"reliability_note_box")
        self.reliability_note = QPlainTextEdit(self.reliability_group)
        self.reliability_note.setObjectName(u"reliability_note")
        self.reliability_note.setTabChangesFocus(True)
        self.reliability_note.setMaximumSize(QSize(16777215, 110))

        self.reliability_note_box.addWidget(self.reliability_note)

        self.reliability_note_error = QLabel(self.reliability_group)
        self.reliability_note_error.setObjectName(u"reliability_note_error")
        self.reliability_note_error.setWordWrap(True)
        self.reliability_note_error.setTextFormat(Qt.TextFormat.PlainText)

        self.reliability_note_box.addWidget(self.reliability_note_error)


        self.reliability_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reliability_note_box)


        self.credit_layout.addWidget(self.reliability_group, 0, 1, 1, 1)

        self.credit_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.credit_layout.addItem(self.credit_spacer, 1, 0, 1, 1)

        self.credit_layout.setRowStretch(1, 1)
        self.credit_layout.setColumnStretch(0, 1)
        self.credit_layout.setColumnStretch(1, 1)
        self.tabs.addTab(self.credit_tab, "")
        self.contacts_tab = QWidget()
        self.contacts_tab.setObjectName(u"contacts_tab")
        self.contacts_layout = QVBoxLayout(self.contacts_tab)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_error = QLabel(self.contacts_tab)
        self.contacts_error.setObjectName(u"contacts_error")
        self.contacts_error.setWordWrap(True)
        self.contacts_error.setTextFormat(Qt.TextFormat.PlainText)

        self.contacts_layout.addWidget(self.contacts_error)

        self.contacts_row = QHBoxLayout()
        self.contacts_row.setObjectName(u"contacts_row")
        self.contacts_table = QTableWidget(self.contacts_tab)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setAlternatingRowColors(True)
        self.contacts_table.setTabKeyNavigation(False)

        self.contacts_row.addWidget(self.contacts_table)

        self.contact_buttons = QVBoxLayout()
        self.contact_buttons.setObjectName(u"contact_buttons")
        self.add_contact = QPushButton(self.contacts_tab)
        self.add_contact.setObjectName(u"add_contact")
        self.add_contact.setAutoDefault(False)

        self.contact_buttons.addWidget(self.add_contact)

        self.edit_contact = QPushButton(self.contacts_tab)
        self.edit_contact.setObjectName(u"edit_contact")
        self.edit_contact.setAutoDefault(False)

        self.contact_buttons.addWidget(self.edit_contact)

        self.remove_contact = QPushButton(self.contacts_tab)
        self.remove_contact.setObjectName(u"remove_contact")
        self.remove_contact.setAutoDefault(False)

        self.contact_buttons.addWidget(self.remove_contact)

        self.set_primary_contact = QPushButton(self.contacts_tab)
        self.set_primary_contact.setObjectName(u"set_primary_contact")
        self.set_primary_contact.setAutoDefault(False)

        self.contact_buttons.addWidget(self.set_primary_contact)

        self.contact_buttons_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contact_buttons.addItem(self.contact_buttons_spacer)


        self.contacts_row.addLayout(self.contact_buttons)


        self.contacts_layout.addLayout(self.contacts_row)

        self.tabs.addTab(self.contacts_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes = QPlainTextEdit(self.notes_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.notes)

        self.notes_error = QLabel(self.notes_tab)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)
        self.notes_error.setTextFormat(Qt.TextFormat.PlainText)

        self.notes_layout.addWidget(self.notes_error)

        self.tabs.addTab(self.notes_tab, "")

        self.card_layout.addWidget(self.tabs)

        self.form_error = QLabel(ClientCard)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.card_layout.addWidget(self.form_error)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.timestamps = QLabel(ClientCard)
        self.timestamps.setObjectName(u"timestamps")
        self.timestamps.setTextFormat(Qt.TextFormat.PlainText)

        self.button_row.addWidget(self.timestamps)

        self.button_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(ClientCard)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.close_button = QPushButton(ClientCard)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.card_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.legal_form_label.setBuddy(self.legal_form)
        self.tax_number_label.setBuddy(self.tax_number)
        self.registration_number_label.setBuddy(self.registration_number)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.website_label.setBuddy(self.website)
        self.status_label.setBuddy(self.status)
        self.segment_label.setBuddy(self.segment)
        self.manager_label.setBuddy(self.manager)
        self.source_label.setBuddy(self.source)
        self.needs_label.setBuddy(self.needs)
        self.prospects_label.setBuddy(self.prospects)
        self.legal_postcode_label.setBuddy(self.legal_postcode)
        self.legal_city_label.setBuddy(self.legal_city)
        self.legal_street_label.setBuddy(self.legal_street)
        self.legal_country_label.setBuddy(self.legal_country)
        self.delivery_postcode_label.setBuddy(self.delivery_postcode)
        self.delivery_city_label.setBuddy(self.delivery_city)
        self.delivery_street_label.setBuddy(self.delivery_street)
        self.delivery_country_label.setBuddy(self.delivery_country)
        self.credit_limit_label.setBuddy(self.credit_limit)
        self.payment_terms_days_label.setBuddy(self.payment_terms_days)
        self.reliability_label.setBuddy(self.reliability)
        self.reliability_checked_on_label.setBuddy(self.reliability_checked_on)
        self.reliability_note_label.setBuddy(self.reliability_note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.legal_form)
        QWidget.setTabOrder(self.legal_form, self.tax_number)
        QWidget.setTabOrder(self.tax_number, self.registration_number)
        QWidget.setTabOrder(self.registration_number, self.status)
        QWidget.setTabOrder(self.status, self.segment)
        QWidget.setTabOrder(self.segment, self.manager)
        QWidget.setTabOrder(self.manager, self.source)
        QWidget.setTabOrder(self.source, self.key_account)
        QWidget.setTabOrder(self.key_account, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.website)
        QWidget.setTabOrder(self.website, self.needs)
        QWidget.setTabOrder(self.needs, self.prospects)
        QWidget.setTabOrder(self.prospects, self.legal_postcode)
        QWidget.setTabOrder(self.legal_postcode, self.legal_city)
        QWidget.setTabOrder(self.legal_city, self.legal_street)
        QWidget.setTabOrder(self.legal_street, self.legal_country)
        QWidget.setTabOrder(self.legal_country, self.delivery_same)
        QWidget.setTabOrder(self.delivery_same, self.delivery_postcode)
        QWidget.setTabOrder(self.delivery_postcode, self.delivery_city)
        QWidget.setTabOrder(self.delivery_city, self.delivery_street)
        QWidget.setTabOrder(self.delivery_street, self.delivery_country)
        QWidget.setTabOrder(self.delivery_country, self.credit_limit)
        QWidget.setTabOrder(self.credit_limit, self.payment_terms_days)
        QWidget.setTabOrder(self.payment_terms_days, self.reliability)
        QWidget.setTabOrder(self.reliability, self.reliability_checked)
        QWidget.setTabOrder(self.reliability_checked, self.reliability_checked_on)
        QWidget.setTabOrder(self.reliability_checked_on, self.reliability_note)
        QWidget.setTabOrder(self.reliability_note, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.add_contact)
        QWidget.setTabOrder(self.add_contact, self.edit_contact)
        QWidget.setTabOrder(self.edit_contact, self.remove_contact)
        QWidget.setTabOrder(self.remove_contact, self.set_primary_contact)
        QWidget.setTabOrder(self.set_primary_contact, self.notes)
        QWidget.setTabOrder(self.notes, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.tabs)

        self.retranslateUi(ClientCard)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientCard)
    # setupUi

    def retranslateUi(self, ClientCard):
        ClientCard.setWindowTitle(QCoreApplication.translate("ClientCard", u"Client", None))
        self.company_group.setTitle(QCoreApplication.translate("ClientCard", u"Company", None))
        self.name_label.setText(QCoreApplication.translate("ClientCard", u"Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Name as registered", None))
        self.legal_form_label.setText(QCoreApplication.translate("ClientCard", u"Legal form:", None))
        self.legal_form.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Kft., Zrt., Bt., s.r.o. \u2026", None))
        self.tax_number_label.setText(QCoreApplication.translate("ClientCard", u"Tax number:", None))
        self.tax_number.setPlaceholderText(QCoreApplication.translate("ClientCard", u"12345678-1-23", None))
        self.registration_number_label.setText(QCoreApplication.translate("ClientCard", u"Registration no.:", None))
        self.registration_number.setPlaceholderText(QCoreApplication.translate("ClientCard", u"01-09-123456", None))
        self.reach_group.setTitle(QCoreApplication.translate("ClientCard", u"Phone and web", None))
        self.phone_label.setText(QCoreApplication.translate("ClientCard", u"Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ClientCard", u"+36 1 234 5678", None))
        self.email_label.setText(QCoreApplication.translate("ClientCard", u"E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ClientCard", u"info@example.hu", None))
        self.website_label.setText(QCoreApplication.translate("ClientCard", u"Website:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("ClientCard", u"www.example.hu", None))
        self.sales_group.setTitle(QCoreApplication.translate("ClientCard", u"Sales", None))
        self.status_label.setText(QCoreApplication.translate("ClientCard", u"Status:", None))
        self.segment_label.setText(QCoreApplication.translate("ClientCard", u"Segment:", None))
        self.manager_label.setText(QCoreApplication.translate("ClientCard", u"Manager:", None))
        self.source_label.setText(QCoreApplication.translate("ClientCard", u"Source:", None))
        self.key_account.setText(QCoreApplication.translate("ClientCard", u"Key account", None))
        self.needs_group.setTitle(QCoreApplication.translate("ClientCard", u"Needs and prospects", None))
        self.needs_label.setText(QCoreApplication.translate("ClientCard", u"Needs:", None))
        self.needs.setPlaceholderText(QCoreApplication.translate("ClientCard", u"What the client needs from us", None))
        self.prospects_label.setText(QCoreApplication.translate("ClientCard", u"Prospects:", None))
        self.prospects.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Where the business with the client can grow", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("ClientCard", u"&General", None))
        self.delivery_same.setText(QCoreApplication.translate("ClientCard", u"Delivery address same as legal address", None))
        self.legal_address_group.setTitle(QCoreApplication.translate("ClientCard", u"Legal address", None))
        self.legal_postcode_label.setText(QCoreApplication.translate("ClientCard", u"Postcode:", None))
        self.legal_city_label.setText(QCoreApplication.translate("ClientCard", u"City:", None))
        self.legal_street_label.setText(QCoreApplication.translate("ClientCard", u"Street:", None))
        self.legal_street.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Street, number, floor", None))
        self.legal_country_label.setText(QCoreApplication.translate("ClientCard", u"Country:", None))
        self.legal_country.setPlaceholderText(QCoreApplication.translate("ClientCard", u"HU", None))
        self.delivery_address_group.setTitle(QCoreApplication.translate("ClientCard", u"Delivery address", None))
        self.delivery_postcode_label.setText(QCoreApplication.translate("ClientCard", u"Postcode:", None))
        self.delivery_city_label.setText(QCoreApplication.translate("ClientCard", u"City:", None))
        self.delivery_street_label.setText(QCoreApplication.translate("ClientCard", u"Street:", None))
        self.delivery_street.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Street, number, floor", None))
        self.delivery_country_label.setText(QCoreApplication.translate("ClientCard", u"Country:", None))
        self.delivery_country.setPlaceholderText(QCoreApplication.translate("ClientCard", u"HU", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addresses_tab), QCoreApplication.translate("ClientCard", u"&Addresses", None))
        self.credit_group.setTitle(QCoreApplication.translate("ClientCard", u"Credit", None))
        self.credit_limit_label.setText(QCoreApplication.translate("ClientCard", u"Credit limit:", None))
        self.credit_limit.setPlaceholderText(QCoreApplication.translate("ClientCard", u"no limit", None))
        self.payment_terms_days_label.setText(QCoreApplication.translate("ClientCard", u"Payment terms:", None))
        self.payment_terms_days.setSuffix(QCoreApplication.translate("ClientCard", u" days", None))
        self.reliability_group.setTitle(QCoreApplication.translate("ClientCard", u"Reliability", None))
        self.reliability_label.setText(QCoreApplication.translate("ClientCard", u"Rating:", None))
        self.reliability_checked_on_label.setText(QCoreApplication.translate("ClientCard", u"Checked on:", None))
#if QT_CONFIG(tooltip)
        self.reliability_checked.setToolTip(QCoreApplication.translate("ClientCard", u"Reliability was checked", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reliability_checked.setAccessibleName(QCoreApplication.translate("ClientCard", u"Reliability was checked", None))
#endif // QT_CONFIG(accessibility)
        self.reliability_note_label.setText(QCoreApplication.translate("ClientCard", u"Note:", None))
        self.reliability_note.setPlaceholderText(QCoreApplication.translate("ClientCard", u"How the check was done, what was found", None))
        self.tabs.setTabText(self.tabs.indexOf(self.credit_tab), QCoreApplication.translate("ClientCard", u"C&redit and reliability", None))
        self.add_contact.setText(QCoreApplication.translate("ClientCard", u"Add\u2026", None))
        self.edit_contact.setText(QCoreApplication.translate("ClientCard", u"Edit\u2026", None))
        self.remove_contact.setText(QCoreApplication.translate("ClientCard", u"Remove", None))
        self.set_primary_contact.setText(QCoreApplication.translate("ClientCard", u"Set primary", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contacts_tab), QCoreApplication.translate("ClientCard", u"C&ontacts", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("ClientCard", u"Anything worth remembering about the client", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), QCoreApplication.translate("ClientCard", u"No&tes", None))
        self.save_button.setText(QCoreApplication.translate("ClientCard", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("ClientCard", u"Close", None))
    # retranslateUi

