#pragma once
// A page that is not built yet: its title, one paragraph on what it will hold, and a note that it arrives
// in a later release. Used for citizens, enterprises, pending, grid, push and dashboards until their
// issues land. GUI thread.

#include <QWidget>

class QLabel;

namespace gd {

class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace gd
