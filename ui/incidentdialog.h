#pragma once
// Reports an incident (事件上报) in a grid: category, urgency, where, what, and up to six photos (JPEG,
// PNG or WebP up to 4 MiB each) added with a file dialog or by dropping files, shown as thumbnails; a file
// that is not such a photo is refused with the reason under the photos. Ctrl+Enter saves; every problem is
// shown at its field.
//
// Pure: the Grid page writes incident() and photos() through the outbox (works offline). GUI thread.

#include "domain/grid.h"
#include "store/incidentrepository.h"
#include "ui/quickform.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gd {

class IncidentDialog : public QDialog {
    Q_OBJECT
public:
    IncidentDialog(const QString &gridId, const QDateTime &nowUtc, QWidget *parent = nullptr);

    Incident incident() const;
    const QList<store::PhotoFile> &photos() const { return m_photos; }
    // Adds photo files (what the file dialog and drops do); refused ones are named in the photo error.
    void addPhotoFiles(const QStringList &paths);
    void removePhoto(int index);
    QString fieldError(const QString &field) const;

    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *urgencyCombo() const { return m_urgency; }
    QLineEdit *locationEdit() const { return m_location; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QListWidget *photoList() const { return m_photoList; }
    QPushButton *saveButton() const { return m_save; }

public slots:
    void submit();
    void showError(const QString &field, const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choosePhotos();

    QString m_id;
    QString m_gridId;
    QDateTime m_now;
    QComboBox *m_category = nullptr;
    QComboBox *m_urgency = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QListWidget *m_photoList = nullptr;
    QPushButton *m_addPhotos = nullptr;
    QPushButton *m_save = nullptr;
    QList<store::PhotoFile> m_photos;
    FormErrors m_errors;
};

} // namespace gd
