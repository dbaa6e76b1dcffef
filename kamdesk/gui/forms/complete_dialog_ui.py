# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complete_dialog.ui'
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
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_CompleteDialog(object):
    def setupUi(self, CompleteDialog):
        if not CompleteDialog.objectName():
            CompleteDialog.setObjectName(u"CompleteDialog")
        CompleteDialog.resize(520, 460)
        self.dialog_layout = QVBoxLayout(CompleteDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary = QLabel(CompleteDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.summary)

        self.result_form = QFormLayout()
        self.result_form.setObjectName(u"result_form")
        self.result_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.result_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.result_label = QLabel(CompleteDialog)
        self.result_label.setObjectName(u"result_label")

        self.result_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_box = QVBoxLayout()
        self.result_box.setSpacing(2)
        self.result_box.setObjectName(u"result_box")
        self.result_line = QHBoxLayout()
        self.result_line.setSpacing(12)
        self.result_line.setObjectName(u"result_line")
        self.result_reached = QRadioButton(CompleteDialog)
        self.result_reached.setObjectName(u"result_reached")

        self.result_line.addWidget(self.result_reached)

        self.result_not_reached = QRadioButton(CompleteDialog)
        self.result_not_reached.setObjectName(u"result_not_reached")

        self.result_line.addWidget(self.result_not_reached)

        self.result_moved = QRadioButton(CompleteDialog)
        self.result_moved.setObjectName(u"result_moved")

        self.result_line.addWidget(self.result_moved)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_line.addItem(self.result_spacer)


        self.result_box.addLayout(self.result_line)

        self.result_error = QLabel(CompleteDialog)
        self.result_error.setObjectName(u"result_error")
        self.result_error.setWordWrap(True)
        self.result_error.setTextFormat(Qt.TextFormat.PlainText)

        self.result_box.addWidget(self.result_error)


        self.result_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.result_box)

        self.outcome_label = QLabel(CompleteDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.result_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_box = QVBoxLayout()
        self.outcome_box.setSpacing(2)
        self.outcome_box.setObjectName(u"outcome_box")
        self.outcome = QPlainTextEdit(CompleteDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)

        self.outcome_box.addWidget(self.outcome)

        self.outcome_error = QLabel(CompleteDialog)
        self.outcome_error.setObjectName(u"outcome_error")
        self.outcome_error.setWordWrap(True)
        self.outcome_error.setTextFormat(Qt.TextFormat.PlainText)

        self.outcome_box.addWidget(self.outcome_error)


        self.result_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.outcome_box)


        self.dialog_layout.addLayout(self.result_form)

        self.next_step = QGroupBox(CompleteDialog)
        self.next_step.setObjectName(u"next_step")
        self.next_step.setCheckable(True)
        self.next_step.setChecked(True)
        self.next_form = QFormLayout(self.next_step)
        self.next_form.setObjectName(u"next_form")
        self.next_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.next_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.next_kind_label = QLabel(self.next_step)
        self.next_kind_label.setObjectName(u"next_kind_label")

        self.next_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_kind_label)

        self.next_kind = QComboBox(self.next_step)
        self.next_kind.setObjectName(u"next_kind")

        self.next_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_kind)

        self.next_when_label = QLabel(self.next_step)
        self.next_when_label.setObjectName(u"next_when_label")

        self.next_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_when_label)

        self.next_when_line = QHBoxLayout()
        self.next_when_line.setSpacing(6)
        self.next_when_line.setObjectName(u"next_when_line")
        self.next_date = QDateEdit(self.next_step)
        self.next_date.setObjectName(u"next_date")
        self.next_date.setCalendarPopup(True)

        self.next_when_line.addWidget(self.next_date)

        self.next_time = QTimeEdit(self.next_step)
        self.next_time.setObjectName(u"next_time")

        self.next_when_line.addWidget(self.next_time)

        self.next_duration = QSpinBox(self.next_step)
        self.next_duration.setObjectName(u"next_duration")
        self.next_duration.setMinimum(5)
        self.next_duration.setMaximum(1440)
        self.next_duration.setSingleStep(15)

        self.next_when_line.addWidget(self.next_duration)

        self.next_all_day = QCheckBox(self.next_step)
        self.next_all_day.setObjectName(u"next_all_day")

        self.next_when_line.addWidget(self.next_all_day)

        self.next_when_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_when_line.addItem(self.next_when_spacer)


        self.next_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.next_when_line)

        self.next_subject_label = QLabel(self.next_step)
        self.next_subject_label.setObjectName(u"next_subject_label")

        self.next_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_subject_label)

        self.next_subject = QLineEdit(self.next_step)
        self.next_subject.setObjectName(u"next_subject")

        self.next_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_subject)

        self.next_error = QLabel(self.next_step)
        self.next_error.setObjectName(u"next_error")
        self.next_error.setWordWrap(True)
        self.next_error.setTextFormat(Qt.TextFormat.PlainText)

        self.next_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.next_error)


        self.dialog_layout.addWidget(self.next_step)

        self.form_error = QLabel(CompleteDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(CompleteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outcome_label.setBuddy(self.outcome)
        self.next_kind_label.setBuddy(self.next_kind)
        self.next_when_label.setBuddy(self.next_date)
        self.next_subject_label.setBuddy(self.next_subject)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.result_reached, self.result_not_reached)
        QWidget.setTabOrder(self.result_not_reached, self.result_moved)
        QWidget.setTabOrder(self.result_moved, self.outcome)
        QWidget.setTabOrder(self.outcome, self.next_step)
        QWidget.setTabOrder(self.next_step, self.next_kind)
        QWidget.setTabOrder(self.next_kind, self.next_date)
        QWidget.setTabOrder(self.next_date, self.next_time)
        QWidget.setTabOrder(self.next_time, self.next_duration)
        QWidget.setTabOrder(self.next_duration, self.next_all_day)
        QWidget.setTabOrder(self.next_all_day, self.next_subject)

        self.retranslateUi(CompleteDialog)

        QMetaObject.connectSlotsByName(CompleteDialog)
    # setupUi

    def retranslateUi(self, CompleteDialog):
        CompleteDialog.setWindowTitle(QCoreApplication.translate("CompleteDialog", u"Complete activity", None))
        self.result_label.setText(QCoreApplication.translate("CompleteDialog", u"Result:", None))
        self.result_reached.setText(QCoreApplication.translate("CompleteDialog", u"&Reached", None))
        self.result_not_reached.setText(QCoreApplication.translate("CompleteDialog", u"&Not reached", None))
        self.result_moved.setText(QCoreApplication.translate("CompleteDialog", u"&Moved", None))
        self.outcome_label.setText(QCoreApplication.translate("CompleteDialog", u"&Outcome:", None))
        self.outcome.setPlaceholderText(QCoreApplication.translate("CompleteDialog", u"What was agreed, what the client said\u2026", None))
        self.next_step.setTitle(QCoreApplication.translate("CompleteDialog", u"Plan the ne&xt step", None))
        self.next_kind_label.setText(QCoreApplication.translate("CompleteDialog", u"&Kind:", None))
        self.next_when_label.setText(QCoreApplication.translate("CompleteDialog", u"&When:", None))
        self.next_duration.setSuffix(QCoreApplication.translate("CompleteDialog", u" min", None))
        self.next_all_day.setText(QCoreApplication.translate("CompleteDialog", u"A&ll day", None))
        self.next_subject_label.setText(QCoreApplication.translate("CompleteDialog", u"&Subject:", None))
        self.next_subject.setPlaceholderText(QCoreApplication.translate("CompleteDialog", u"What is the next step?", None))
    # retranslateUi

