# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CompanyForm(object):
    def setupUi(self, CompanyForm):
        if not CompanyForm.objectName():
            CompanyForm.setObjectName(u"CompanyForm")
        CompanyForm.resize(460, 420)
        self.outer = QVBoxLayout(CompanyForm)
        self.outer.setObjectName(u"outer")
        self.company_box = QGroupBox(CompanyForm)
        self.company_box.setObjectName(u"company_box")
        self.company_layout = QFormLayout(self.company_box)
        self.company_layout.setObjectName(u"company_layout")
        self.name_label = QLabel(self.company_box)
        self.name_label.setObjectName(u"name_label")

        self.company_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.company_box)
        self.name.setObjectName(u"name")

        self.company_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.country_label = QLabel(self.company_box)
        self.country_label.setObjectName(u"country_label")

        self.company_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QLineEdit(self.company_box)
        self.country.setObjectName(u"country")
        self.country.setMaxLength(2)
        self.country.setText(u"HU")

        self.company_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country)

        self.postcode_label = QLabel(self.company_box)
        self.postcode_label.setObjectName(u"postcode_label")

        self.company_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode = QLineEdit(self.company_box)
        self.postcode.setObjectName(u"postcode")

        self.company_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.city_label = QLabel(self.company_box)
        self.city_label.setObjectName(u"city_label")

        self.company_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(self.company_box)
        self.city.setObjectName(u"city")

        self.company_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.street_label = QLabel(self.company_box)
        self.street_label.setObjectName(u"street_label")

        self.company_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(self.company_box)
        self.street.setObjectName(u"street")

        self.company_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.street)

        self.tax_number_label = QLabel(self.company_box)
        self.tax_number_label.setObjectName(u"tax_number_label")

        self.company_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tax_number_label)

        self.tax_number = QLineEdit(self.company_box)
        self.tax_number.setObjectName(u"tax_number")

        self.company_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tax_number)

        self.registration_number_label = QLabel(self.company_box)
        self.registration_number_label.setObjectName(u"registration_number_label")

        self.company_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.registration_number_label)

        self.registration_number = QLineEdit(self.company_box)
        self.registration_number.setObjectName(u"registration_number")

        self.company_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.registration_number)

        self.bank_account_label = QLabel(self.company_box)
        self.bank_account_label.setObjectName(u"bank_account_label")

        self.company_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bank_account_label)

        self.bank_account = QLineEdit(self.company_box)
        self.bank_account.setObjectName(u"bank_account")

        self.company_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bank_account)

        self.currency_label = QLabel(self.company_box)
        self.currency_label.setObjectName(u"currency_label")

        self.company_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency = QComboBox(self.company_box)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.company_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currency)

        self.default_vat_rate_label = QLabel(self.company_box)
        self.default_vat_rate_label.setObjectName(u"default_vat_rate_label")

        self.company_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.default_vat_rate_label)

        self.default_vat_rate = QLineEdit(self.company_box)
        self.default_vat_rate.setObjectName(u"default_vat_rate")
        self.default_vat_rate.setText(u"27")

        self.company_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.default_vat_rate)


        self.outer.addWidget(self.company_box)

        self.error_label = QLabel(CompanyForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.outer.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.country_label.setBuddy(self.country)
        self.postcode_label.setBuddy(self.postcode)
        self.city_label.setBuddy(self.city)
        self.street_label.setBuddy(self.street)
        self.tax_number_label.setBuddy(self.tax_number)
        self.registration_number_label.setBuddy(self.registration_number)
        self.bank_account_label.setBuddy(self.bank_account)
        self.currency_label.setBuddy(self.currency)
        self.default_vat_rate_label.setBuddy(self.default_vat_rate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanyForm)

        QMetaObject.connectSlotsByName(CompanyForm)
    # setupUi

    def retranslateUi(self, CompanyForm):
        self.company_box.setTitle(QCoreApplication.translate("CompanyForm", u"Your company", None))
        self.name_label.setText(QCoreApplication.translate("CompanyForm", u"&Name:", None))
        self.country_label.setText(QCoreApplication.translate("CompanyForm", u"&Country code:", None))
        self.postcode_label.setText(QCoreApplication.translate("CompanyForm", u"&Postcode:", None))
        self.city_label.setText(QCoreApplication.translate("CompanyForm", u"C&ity:", None))
        self.street_label.setText(QCoreApplication.translate("CompanyForm", u"&Street:", None))
        self.tax_number_label.setText(QCoreApplication.translate("CompanyForm", u"&Tax number:", None))
        self.tax_number.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"12345678-1-23", None))
        self.registration_number_label.setText(QCoreApplication.translate("CompanyForm", u"&Registration number:", None))
        self.registration_number.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"01-09-123456", None))
        self.bank_account_label.setText(QCoreApplication.translate("CompanyForm", u"&Bank account:", None))
        self.currency_label.setText(QCoreApplication.translate("CompanyForm", u"C&urrency:", None))
        self.default_vat_rate_label.setText(QCoreApplication.translate("CompanyForm", u"Default &VAT rate (%):", None))
        pass
    # retranslateUi

