#pragma once
// A card on a page: a framed panel in the palette's Base colour with an optional heading and a vertical
// body layout. Follows palette changes (light/dark) without style sheets. GUI thread.

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace gd {

class PageCard : public QFrame {
    Q_OBJECT
public:
    explicit PageCard(QWidget *parent = nullptr, const QString &heading = {});

    QVBoxLayout *body() const { return m_body; }
    QLabel *heading() const { return m_heading; }

    // Makes a label a bold heading, scale times the application font size.
    static void makeTitle(QLabel *label, qreal scale);

private:
    QLabel *m_heading = nullptr;
    QVBoxLayout *m_body;
};

} // namespace gd
