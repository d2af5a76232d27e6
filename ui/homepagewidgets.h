#pragma once
// The pieces the citizen and enterprise homepages are built from, so that both look and behave alike:
//
//   Tone / toneColor()  status colours that read on the light and the dark palette
//   WrapLabel           a wrapping label that wraps only when it must (titles, names)
//   Badge               a small tinted pill ("中级", "已逾期", "匹配度 86%")
//   NoticeBar           a tinted, wrapping message box (confirmations, "from the server" notes)
//   FlowLayout          lays out chips left to right, wrapping (tags, linked systems)
//   LinkButton          a flat, keyboard-reachable button that looks like a link (household members)
//   KeyValueGrid        "label: value" pairs in one or two column pairs
//   ItemRow             one entry of a section: title with badges, detail lines, a trailing value/button
//   SectionCard         a card with a title, a count, rows and an empty-state text ("暂无账单")
//   RevealableField     a masked number with a Reveal button; shows the full value for a limited time
//                       (counting down by the Clock) and then masks it again
//   HomePageShell       the frame of a homepage: loading, message (not found / error + Retry) and the
//                       scrollable content with a header and sections in one column, or two columns
//                       when the page is at least kTwoColumnWidth wide; a notice bar for confirmations
//   HomeSections        fills the sections both homepages share (pending items, bills, benefits,
//                       recommended services, notes) from the profile's plain values
//
// GUI thread. Widgets own their children in the usual Qt way.

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/outreach.h"
#include "domain/recommendation.h"
#include "store/outbox.h"
#include "store/profiles.h"
#include "ui/pagecard.h"
#include "ui/revealdialog.h"

#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class QGridLayout;
class QHBoxLayout;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace gd {

class ApiClient;
class Clock;
class DataContext;

enum class Tone { Neutral, Accent, Success, Warning, Error, Violet, Teal };

// The text colour of a tone on `palette` (Neutral: the palette's text colour).
QColor toneColor(Tone tone, const QPalette &palette);
// Colours a label's text. Sets both WindowText and Text: inside a card (background role Base) labels
// draw with Text.
void setTextColor(QWidget *widget, const QColor &color);

// A word-wrapping label that asks for its whole line and wraps only when its row is really too narrow
// (a plain word-wrapped QLabel guesses a narrow size hint and wraps short titles next to badges).
class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(const QString &text = {}, QWidget *parent = nullptr);
    QSize sizeHint() const override;
};

// A one-line pill with a tinted background in its tone's colour.
class Badge : public QLabel {
    Q_OBJECT
public:
    explicit Badge(const QString &text = {}, Tone tone = Tone::Neutral, QWidget *parent = nullptr);

    Tone tone() const { return m_tone; }
    void setTone(Tone tone);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    Tone m_tone;
};

// A wrapping message on a tinted background with a coloured bar on the left.
class NoticeBar : public QLabel {
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Tone::Accent;
};

// Left to right, wrapping to the next line when the width runs out (Qt's flow layout example).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    QList<QLayoutItem *> m_items;
    int m_spacing;
};

// A flat button drawn as a link (the palette's Link colour, underlined while hovered or focused).
class LinkButton : public QPushButton {
    Q_OBJECT
public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

// "Label  value" rows in `pairs` column pairs, filled left to right.
class KeyValueGrid : public QWidget {
    Q_OBJECT
public:
    explicit KeyValueGrid(int pairs = 2, QWidget *parent = nullptr);

    // A selectable text value; the label gets `objectName` (the key label `objectName` + "Key").
    QLabel *addRow(const QString &key, const QString &value, const QString &objectName);
    // Any widget as the value; `span` column pairs wide.
    void addRow(const QString &key, QWidget *value, int span = 1);
    // Re-flows the rows into `pairs` column pairs (wide pages use more).
    void setPairs(int pairs);
    int pairs() const { return m_pairs; }

private:
    struct Entry {
        QLabel *key;
        QWidget *value;
        int span;
    };
    void relayout();

    QGridLayout *m_grid;
    QList<Entry> m_entries;
    int m_pairs;
};

// One entry of a section.
class ItemRow : public QWidget {
    Q_OBJECT
public:
    explicit ItemRow(QWidget *parent = nullptr);

    // The title: plain bold text, or a widget (a LinkButton) instead.
    QLabel *setTitle(const QString &title);
    void setTitleWidget(QWidget *widget);
    Badge *addBadge(const QString &text, Tone tone);
    // A wrapping detail line, muted unless a tone is given.
    QLabel *addDetail(const QString &text, Tone tone = Tone::Neutral, bool muted = true);
    // Right-aligned: a value (amounts) or a widget (a button).
    QLabel *setTrailing(const QString &text, Tone tone = Tone::Neutral, bool bold = true);
    void setTrailingWidget(QWidget *widget);

private:
    QHBoxLayout *m_titleRow;
    QVBoxLayout *m_lines;
    QVBoxLayout *m_trailing;
};

// A card with a title, the number of entries and an empty-state text when there are none.
class SectionCard : public PageCard {
    Q_OBJECT
public:
    SectionCard(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QString title() const;
    QLabel *titleLabel() const { return m_title; }
    QLabel *countLabel() const { return m_count; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *summaryLabel() const { return m_summary; }

    void setEmptyText(const QString &text);
    // Right of the title: e.g. the total of the unpaid bills. Empty hides it.
    void setSummary(const QString &text, Tone tone = Tone::Neutral);
    // Shows `count` next to the title and the empty text when it is 0 (negative: no count).
    void setCount(int count);
    int count() const { return m_countValue; }

    // Rows are separated by thin lines. Takes ownership.
    void addRow(QWidget *row);
    // Any other content (a list view, a caption) below the rows.
    void addWidget(QWidget *widget, int stretch = 0);
    void addLayout(QLayout *layout);
    // Removes and deletes the rows and other content.
    void clearContent();
    int rowCount() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_summary;
    Tone m_summaryTone = Tone::Neutral;
    QLabel *m_empty;
    QVBoxLayout *m_content;
    int m_countValue = -1;
    int m_rows = 0;
};

// A masked identifier (ID number, phone) with a Reveal button. showRevealed() shows the full value and
// starts a countdown ("将在 58 秒后重新隐藏"); after remaskDelay() by the Clock — or by a backstop timer
// of the same length, should the clock stand still — the masked value returns and remasked() fires.
// The full value lives only in this widget's label while shown, never in logs or the local copy.
class RevealableField : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int remaskDelayMs READ remaskDelayMs WRITE setRemaskDelayMs)
public:
    static constexpr std::chrono::milliseconds kDefaultRemaskDelay{60000};

    RevealableField(const Clock &clock, QWidget *parent = nullptr);

    void setMasked(const QString &masked);
    QString maskedValue() const { return m_masked; }
    QString displayedValue() const;
    bool isRevealed() const { return m_revealed; }

    void setRemaskDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds remaskDelay() const { return m_delay; }
    int remaskDelayMs() const { return int(m_delay.count()); }
    void setRemaskDelayMs(int ms) { setRemaskDelay(std::chrono::milliseconds(ms)); }
    // Seconds left until the value is masked again (0 when not revealed).
    int secondsLeft() const;

    QPushButton *revealButton() const { return m_button; }
    QLabel *valueLabel() const { return m_value; }
    QLabel *countdownLabel() const { return m_countdown; }

public slots:
    void showRevealed(const QString &value);
    void remask();
    // Re-reads the clock: updates the countdown, masks again when the time is up. A timer calls it
    // every second; tests call it after moving their clock.
    void updateCountdown();

signals:
    void revealRequested();
    void remasked();

private:
    const Clock &m_clock;
    QLabel *m_value;
    QPushButton *m_button;
    QLabel *m_countdown;
    QTimer m_tick;
    QTimer m_backstop;
    QString m_masked;
    bool m_revealed = false;
    QDateTime m_until;
    std::chrono::milliseconds m_delay = kDefaultRemaskDelay;
};

// The frame of a homepage. The header spans the width; sections go into one column in `single` order,
// or into two columns (`left`, `right`) when the page is at least kTwoColumnWidth wide.
class HomePageShell : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTwoColumnWidth = 1600;

    explicit HomePageShell(QWidget *parent = nullptr);

    void setHeader(QWidget *header);
    void setSections(const QList<QWidget *> &single, const QList<QWidget *> &left,
                     const QList<QWidget *> &right);
    bool isTwoColumn() const { return m_twoColumns; }

    // Tab goes through the header's controls, then the sections' in reading order (the current column
    // arrangement). Call after the sections' rows changed.
    void updateTabOrder();

    void showLoading(const QString &text);
    void showMessage(const QString &title, const QString &text, bool offerRetry);
    void showContent();
    bool isShowingContent() const;

    // A confirmation or error above the content (hidden by an empty text).
    void showNotice(const QString &text, Tone tone);
    NoticeBar *notice() const { return m_notice; }

    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *messageTitle() const { return m_messageTitle; }
    QLabel *messageText() const { return m_messageText; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();
    // The sections moved between one and two columns.
    void columnsChanged(bool twoColumns);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool twoColumns);

    QStackedWidget *m_stack;
    QWidget *m_loadingPage;
    QLabel *m_loadingText;
    QWidget *m_messagePage;
    QLabel *m_messageTitle;
    QLabel *m_messageText;
    QPushButton *m_retry;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QWidget *m_header = nullptr;
    QVBoxLayout *m_contentLayout;
    NoticeBar *m_notice;
    QVBoxLayout *m_left;
    QVBoxLayout *m_right;
    QWidget *m_rightColumn;
    QList<QWidget *> m_single, m_leftSections, m_rightSections;
    bool m_twoColumns = false;
    bool m_arranged = false;
};

// Section fillers both homepages use. `today` / `now` come from the DataContext's clock.
namespace HomeSections {

struct Catalogue {
    const QHash<QString, ServiceItem> &services;
    const QHash<QString, QString> &departmentNames;
    QString serviceName(const QString &id) const;
    QString departmentName(const QString &id) const;
};

// Applications that are neither completed nor rejected, with their current step, its department and
// the due date (overdue in the error colour).
void fillPending(SectionCard *card, const QList<Application> &applications, const Catalogue &catalogue,
                 const QDateTime &now);
// Overdue first, then due by date, then the paid ones (the latest few); totals in the summary.
void fillBills(SectionCard *card, const QList<Bill> &bills, const QDate &today);
void fillBenefits(SectionCard *card, const QList<BenefitApplication> &benefits);
// Best first with the match degree and the reason in words; `action` (when set) adds a button per row
// with `actionText` that calls it with the service id. `reasons` (service id → words) replace the tag
// reason where the server's engine gave one.
void fillRecommended(SectionCard *card, const QList<ServiceMatch> &matches, const Catalogue &catalogue,
                     const QHash<QString, QString> &tagNames, const QString &actionText,
                     const std::function<void(const QString &)> &action,
                     const QHash<QString, QString> &reasons = {});
void fillNotes(SectionCard *card, const QList<Note> &notes);
// Chips grouped by class (basic, social, behaviour, preference), each with the date it was set and,
// in its tooltip, the description and the source.
void fillTags(SectionCard *card, const QList<store::TagView> &tags);
// Chips in a flow (linked systems); a dash when there are none.
void fillChips(QWidget *container, const QStringList &texts, Tone tone);

// "Because of the tags: 新生儿家庭, 灵活就业".
QString reasonText(const ServiceMatch &match, const QHash<QString, QString> &tagNames);
QHash<QString, QString> tagNames(const QList<store::TagView> &tags);

} // namespace HomeSections

// The actions both homepages take through the DataContext.
namespace HomeActions {

// A header action: a button whose tooltip names its shortcut, and the shortcut itself (active while the
// focus is inside `scope`, so it cannot clash with the main window's).
QPushButton *actionButton(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                          const QString &accessibleName, QWidget *scope);

// Runs `action` on the sync thread as a local write (it queues an outbox item, so it works offline) and
// shows `doneText` — or the error — in the shell's notice bar. Without an open local copy it says so.
void writeThroughOutbox(DataContext *context, HomePageShell *shell, QObject *receiver,
                        std::function<Result<store::OutboxItem>(store::Store &)> action,
                        const QString &doneText);

// POST /api/v1/citizens/{id}/reveal naming one field ("id_number" or "phone"); answers its full value.
RevealDialog::Revealer citizenRevealer(ApiClient *client, const QString &citizenId, const QString &field);
// POST /api/v1/enterprises/{id}/reveal for the phone.
RevealDialog::Revealer enterpriseRevealer(ApiClient *client, const QString &enterpriseId);

// The catalogue's services for `applicantType` from the local copy (on the reader thread), or
// `fallback` (the services the profile refers to) without one; `then` runs on the GUI thread while
// `receiver` exists.
void loadServices(DataContext *context, QObject *receiver, const QString &applicantType,
                  const QList<ServiceItem> &fallback, std::function<void(const QList<ServiceItem> &)> then);

} // namespace HomeActions

} // namespace gd
