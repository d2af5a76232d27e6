#include "ui/incidentviewdialog.h"

#include "models/gridtext.h"
#include "models/hometext.h"
#include "models/incidentphotoloader.h"
#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gd {
namespace {

constexpr int kThumbnail = 160;

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

IncidentViewDialog::IncidentViewDialog(DataContext *context, const Incident &incident,
                                       const QString &reporterName, QWidget *parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_loader(new IncidentPhotoLoader(context, this))
{
    setObjectName(QStringLiteral("incidentViewDialog"));
    setWindowTitle(tr("Incident: %1").arg(GridText::incidentCategory(incident.category)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Category:"), valueLabel(GridText::incidentCategory(incident.category), this));
    form->addRow(tr("Urgency:"), valueLabel(GridText::urgency(incident.urgency), this));
    form->addRow(tr("Status:"), valueLabel(GridText::incidentStatus(incident.status), this));
    form->addRow(tr("Location:"), valueLabel(incident.location, this));
    form->addRow(tr("What happened:"), valueLabel(incident.description, this));
    form->addRow(tr("Reported:"),
                 valueLabel(tr("%1 by %2")
                                .arg(HomeText::dateTime(incident.reportedAt.toLocalTime()),
                                     reporterName.isEmpty() ? incident.reportedBy : reporterName),
                            this));
    if (incident.handlingNote)
        form->addRow(tr("Handling:"), valueLabel(*incident.handlingNote, this));
    layout->addLayout(form);

    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("incidentPhotoList"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(kThumbnail, kThumbnail));
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setMovement(QListView::Static);
    m_photos->setMinimumHeight(kThumbnail + 48);
    m_photos->setAccessibleName(tr("Photos"));
    m_photoNote = new QLabel(this);
    m_photoNote->setWordWrap(true);
    m_photoNote->setForegroundRole(QPalette::PlaceholderText);
    if (incident.attachments.isEmpty()) {
        m_photoNote->setText(tr("No photos were taken."));
        m_photos->hide();
    } else {
        m_photoNote->setText(tr("%n photo(s); double-click or Enter shows one at full size.", nullptr,
                                int(incident.attachments.size())));
        for (const AttachmentInfo &a : incident.attachments) {
            auto *item = new QListWidgetItem(tr("%1\nloading…").arg(a.fileName), m_photos);
            item->setData(Qt::UserRole, a.id);
            item->setSizeHint(QSize(kThumbnail + 24, kThumbnail + 44));
        }
    }
    layout->addWidget(m_photos, 1);
    layout->addWidget(m_photoNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_photos, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPhoto(item->data(Qt::UserRole).toString()); });
    connect(m_loader, &IncidentPhotoLoader::photoReady, this, &IncidentViewDialog::showPhoto);
    connect(m_loader, &IncidentPhotoLoader::photoFailed, this, [this](const QString &id, const Error &error) {
        showFailure(id, ErrorText::describe(error, ErrorText::Context::Session, QString()));
    });
    m_loader->load(incident);
    resize(640, incident.attachments.isEmpty() ? sizeHint().height() : 560);
}

void IncidentViewDialog::showPhoto(const QString &id, const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        showFailure(id, tr("the photo cannot be shown"));
        return;
    }
    m_bytes.insert(id, bytes);
    m_shown.insert(id, image.size());
    for (int i = 0; i < m_photos->count(); ++i) {
        QListWidgetItem *item = m_photos->item(i);
        if (item->data(Qt::UserRole).toString() != id)
            continue;
        item->setIcon(QPixmap::fromImage(
            image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        const QString name = item->text().section(QLatin1Char('\n'), 0, 0);
        item->setText(name);
        item->setToolTip(tr("%1 · %2 × %3").arg(name).arg(image.width()).arg(image.height()));
    }
    checkSettled();
}

void IncidentViewDialog::showFailure(const QString &id, const QString &text)
{
    m_failed.insert(id, text);
    for (int i = 0; i < m_photos->count(); ++i) {
        QListWidgetItem *item = m_photos->item(i);
        if (item->data(Qt::UserRole).toString() != id)
            continue;
        const QString name = item->text().section(QLatin1Char('\n'), 0, 0);
        item->setText(tr("%1\nnot available").arg(name));
        item->setToolTip(text);
    }
    checkSettled();
}

void IncidentViewDialog::checkSettled()
{
    if (m_shown.size() + m_failed.size() == m_incident.attachments.size())
        emit photosSettled();
}

void IncidentViewDialog::openPhoto(const QString &id)
{
    const QByteArray bytes = m_bytes.value(id);
    if (bytes.isEmpty())
        return;
    QDialog viewer(this);
    viewer.setWindowTitle(tr("Photo"));
    auto *layout = new QVBoxLayout(&viewer);
    auto *area = new QScrollArea(&viewer);
    auto *picture = new QLabel(area);
    picture->setPixmap(QPixmap::fromImage(QImage::fromData(bytes)));
    area->setWidget(picture);
    layout->addWidget(area);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &viewer);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, &viewer, &QDialog::reject);
    layout->addWidget(close);
    viewer.resize(900, 700);
    viewer.exec();
}

} // namespace gd
