#include "ui/incidentdialog.h"

#include "models/gridtext.h"
#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

namespace gd {

IncidentDialog::IncidentDialog(const QString &gridId, const QDateTime &nowUtc, QWidget *parent)
    : QDialog(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_gridId(gridId)
    , m_now(nowUtc)
    , m_errors(this, QStringLiteral("incidentError"))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(tr("Report an incident"));
    setAcceptDrops(true);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("incidentCategoryCombo"));
    m_category->setAccessibleName(tr("Category"));
    for (const QString &c : incidentCategories())
        m_category->addItem(GridText::incidentCategory(c), c);
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("incidentUrgencyCombo"));
    m_urgency->setAccessibleName(tr("Urgency"));
    for (const QString &u : incidentUrgencies())
        m_urgency->addItem(GridText::urgency(u), u);
    m_urgency->setCurrentIndex(m_urgency->findData(QStringLiteral("normal")));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("incidentLocationEdit"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("e.g. the stairwell of building 3, 兴隆路 12"));
    m_location->setMaxLength(int(kIncidentMaxLocation));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("incidentDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, who is affected, what has been done so far"));
    m_description->setMinimumHeight(100);

    m_photoList = new QListWidget(this);
    m_photoList->setObjectName(QStringLiteral("incidentPhotoList"));
    m_photoList->setAccessibleName(tr("Photos"));
    m_photoList->setViewMode(QListView::IconMode);
    m_photoList->setIconSize(QSize(88, 88));
    m_photoList->setGridSize(QSize(112, 124));
    m_photoList->setMovement(QListView::Static);
    m_photoList->setWrapping(false);
    m_photoList->setFixedHeight(140);
    m_photoList->setToolTip(tr("Delete removes the chosen photo."));
    auto *remove = new QShortcut(QKeySequence::Delete, m_photoList);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removePhoto(m_photoList->currentRow()); });
    m_addPhotos = new QPushButton(tr("Add &photos…"), this);
    m_addPhotos->setObjectName(QStringLiteral("incidentAddPhotosButton"));
    m_addPhotos->setAutoDefault(false);
    connect(m_addPhotos, &QPushButton::clicked, this, &IncidentDialog::choosePhotos);
    auto *photoHint = new QLabel(tr("JPEG, PNG or WebP, at most %1 MB each and %2 photos; or drop them here.")
                                     .arg(kAttachmentMaxBytes / (1024 * 1024))
                                     .arg(kAttachmentsPerIncident),
                                 this);
    photoHint->setForegroundRole(QPalette::PlaceholderText);
    photoHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [this, form](const QString &label, QWidget *field, const QString &errorKey) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(m_errors.label(errorKey));
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, box);
        return v;
    };
    row(tr("&Category:"), m_category, QStringLiteral("category"));
    row(tr("&Urgency:"), m_urgency, QStringLiteral("urgency"));
    row(tr("&Location:"), m_location, QStringLiteral("location"));
    row(tr("&What happened:"), m_description, QStringLiteral("description"));
    QVBoxLayout *photos = row(tr("P&hotos:"), m_photoList, QStringLiteral("photos"));
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_addPhotos);
    photoRow->addWidget(photoHint, 1);
    photos->addLayout(photoRow);

    QDialogButtonBox *buttons = formButtons(
        this, tr("&Report"), QStringLiteral("incidentSaveButton"), [this] { submit(); }, &m_save);
    auto *hint =
        new QLabel(tr("Saved on this computer at once and sent to the server when it can be reached. "
                      "Ctrl+Enter reports."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->addLayout(form, 1);
    layout->addWidget(m_errors.label(QString()));
    layout->addWidget(hint);
    layout->addWidget(buttons);
    submitOnCtrlEnter(m_description, [this] { submit(); });
    m_errors.setInput(QStringLiteral("location"), m_location);
    m_errors.setInput(QStringLiteral("description"), m_description);
    resize(640, sizeHint().height());
    m_category->setFocus();
}

Incident IncidentDialog::incident() const
{
    Incident i;
    i.id = m_id;
    i.gridId = m_gridId;
    i.category = m_category->currentData().toString();
    i.urgency = m_urgency->currentData().toString();
    i.location = m_location->text().trimmed();
    i.description = m_description->toPlainText().trimmed();
    i.status = QStringLiteral("reported");
    i.reportedAt = m_now;
    return i;
}

void IncidentDialog::choosePhotos()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), {}, tr("Photos (*.jpg *.jpeg *.png *.webp)"));
    if (!paths.isEmpty())
        addPhotoFiles(paths);
}

void IncidentDialog::addPhotoFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (m_photos.size() >= kAttachmentsPerIncident) {
            problems << tr("%1: at most %2 photos per incident.").arg(name).arg(kAttachmentsPerIncident);
            continue;
        }
        if (info.size() > kAttachmentMaxBytes) {
            problems << tr("%1 is too large (%2); at most %3 MB.")
                            .arg(name, QLocale().formattedDataSize(info.size()))
                            .arg(kAttachmentMaxBytes / (1024 * 1024));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1 cannot be read.").arg(name);
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (sniffAttachmentType(bytes).isEmpty()) {
            problems << tr("%1 is not a JPEG, PNG or WebP photo.").arg(name);
            continue;
        }
        if (name.size() > kAttachmentMaxFileName) {
            problems << tr("%1: the file name is too long.").arg(name.left(40));
            continue;
        }
        m_photos.append(store::PhotoFile{name, bytes});
        QImage image = QImage::fromData(bytes);
        auto *item = new QListWidgetItem(name, m_photoList);
        if (!image.isNull())
            item->setIcon(QIcon(
                QPixmap::fromImage(image.scaled(176, 176, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        item->setToolTip(tr("%1, %2").arg(name, QLocale().formattedDataSize(bytes.size())));
    }
    QLabel *label = m_errors.label(QStringLiteral("photos"));
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

void IncidentDialog::removePhoto(int index)
{
    if (index < 0 || index >= m_photos.size())
        return;
    m_photos.removeAt(index);
    delete m_photoList->takeItem(index);
}

void IncidentDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void IncidentDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addPhotoFiles(paths);
    event->acceptProposedAction();
}

QString IncidentDialog::fieldError(const QString &field) const
{
    return m_errors.text(field);
}

void IncidentDialog::showError(const QString &field, const QString &text)
{
    const QString key = field == QLatin1String("content_type") || field == QLatin1String("data") ||
                                field == QLatin1String("file_name")
                            ? QStringLiteral("photos")
                            : field;
    m_errors.show(key, text);
}

void IncidentDialog::submit()
{
    m_errors.clear({QStringLiteral("photos")});
    Incident i = incident();
    if (i.location.isEmpty()) {
        showError(QStringLiteral("location"), tr("Say where it is."));
        return;
    }
    if (i.description.isEmpty()) {
        showError(QStringLiteral("description"), tr("Describe what happened."));
        return;
    }
    if (i.description.size() > kIncidentMaxDescription) {
        showError(QStringLiteral("description"), tr("At most %1 characters.").arg(kIncidentMaxDescription));
        return;
    }
    if (auto ok = normalizeIncident(i); !ok) {
        showError(ok.error().details.value(QLatin1String("field")).toString(), ok.error().message);
        return;
    }
    accept();
}

} // namespace gd
