#include "ui/wipelocaldatadialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <limits>

namespace gd {

namespace {

int clampedCount(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QString WipeLocalDataDialog::confirmationWord()
{
    return tr("wipe", "the word to type to confirm wiping local data");
}

WipeLocalDataDialog::WipeLocalDataDialog(qint64 unsentChanges, qint64 conflicts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("wipeLocalDataDialog"));
    setWindowTitle(tr("Wipe local data"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(40, 40)));
    auto *question = new QLabel(tr("Wipe your local data from this computer?"), this);
    question->setObjectName(QStringLiteral("wipeQuestionLabel"));
    QFont bold = question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    question->setFont(bold);
    question->setWordWrap(true);
    auto *explanation =
        new QLabel(tr("GovDesk deletes the encrypted copy of your data on this computer and its key in the "
                      "system keychain, then signs you out. The next time you sign in, the data is "
                      "downloaded from the server again."),
                   this);
    explanation->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(question);
    texts->addWidget(explanation);
    header->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(12);
    layout->addLayout(header);

    auto *buttons = new QDialogButtonBox(this);
    m_wipe = buttons->addButton(tr("Wipe local data"), QDialogButtonBox::DestructiveRole);
    m_wipe->setObjectName(QStringLiteral("wipeButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    for (QPushButton *button : {m_wipe, cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_wipe, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (unsentChanges > 0 || conflicts > 0) {
        QStringList losses;
        if (unsentChanges > 0)
            losses << tr("%n change(s) you made on this computer have not reached the server yet.", nullptr,
                         clampedCount(unsentChanges));
        if (conflicts > 0)
            losses << tr("%n change(s) in the conflict queue are still waiting for your decision.", nullptr,
                         clampedCount(conflicts));
        losses << tr("Wiping loses them for good.");
        auto *warning = new QLabel(losses.join(QLatin1Char(' ')), this);
        warning->setObjectName(QStringLiteral("wipeLossLabel"));
        warning->setWordWrap(true);
        QPalette p = warning->palette();
        p.setColor(QPalette::WindowText, Theme::errorColor(palette()));
        warning->setPalette(p);
        QFont f = warning->font();
        f.setBold(true);
        warning->setFont(f);
        layout->addWidget(warning);

        auto *prompt = new QLabel(tr("To wipe anyway, type “%1”:").arg(confirmationWord()), this);
        prompt->setWordWrap(true);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("wipeConfirmEdit"));
        m_confirm->setAccessibleName(tr("Confirmation"));
        m_confirm->setPlaceholderText(confirmationWord());
        prompt->setBuddy(m_confirm);
        layout->addWidget(prompt);
        layout->addWidget(m_confirm);
        m_wipe->setEnabled(false);
        connect(m_confirm, &QLineEdit::textChanged, this, [this] { m_wipe->setEnabled(isConfirmed()); });
        connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
            if (isConfirmed())
                accept();
        });
    }

    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_confirm)
        m_confirm->setFocus();
    else
        cancel->setFocus();
    setMinimumWidth(480);
}

bool WipeLocalDataDialog::isConfirmed() const
{
    if (!m_confirm)
        return true;
    return m_confirm->text().trimmed().compare(confirmationWord(), Qt::CaseInsensitive) == 0;
}

} // namespace gd
