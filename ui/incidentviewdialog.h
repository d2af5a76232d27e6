#pragma once
// An incident as reported, for the grid manager who reported it and the supervisors who handle it:
// category, urgency, status, place, what happened, who reported it and when, the handling note, and its
// photos as thumbnails (from the local copy, or downloaded and checked by IncidentPhotoLoader; a photo that
// cannot be had says why). Double-clicking a thumbnail, or Enter on it, shows the photo at full size.
//
// GUI thread.

#include "domain/grid.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;

namespace gd {

class DataContext;
class IncidentPhotoLoader;

class IncidentViewDialog : public QDialog {
    Q_OBJECT
public:
    IncidentViewDialog(DataContext *context, const Incident &incident, const QString &reporterName,
                       QWidget *parent = nullptr);

    QListWidget *photoList() const { return m_photos; }
    // The photos shown so far (attachment id → decoded image size) and those that failed (id → text).
    QHash<QString, QSize> shownPhotos() const { return m_shown; }
    QHash<QString, QString> failedPhotos() const { return m_failed; }

signals:
    void photosSettled(); // every photo is shown or has failed

private:
    void showPhoto(const QString &id, const QByteArray &bytes);
    void showFailure(const QString &id, const QString &text);
    void openPhoto(const QString &id);
    void checkSettled();

    Incident m_incident;
    IncidentPhotoLoader *m_loader = nullptr;
    QListWidget *m_photos = nullptr;
    QLabel *m_photoNote = nullptr;
    QHash<QString, QByteArray> m_bytes;
    QHash<QString, QSize> m_shown;
    QHash<QString, QString> m_failed;
};

} // namespace gd
