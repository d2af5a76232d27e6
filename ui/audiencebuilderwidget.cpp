#include "ui/audiencebuilderwidget.h"

#include "models/audiencecatalogue.h"
#include "models/audiencecounter.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "net/apiclient.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/pagecard.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <functional>

namespace gd {
namespace {

using TagMode = AudienceBuilder::TagMode;

constexpr int kModes = 3;
constexpr int kRegionLevels = 4;
constexpr int kOpenAge = kAudienceMaxAge + 1; // the maximum age spin box's "不限"
constexpr int kDefaultToDays = 30;
constexpr int kSampleRows = 4;

TagMode modeAt(int index)
{
    return static_cast<TagMode>(index);
}

Tone toneOf(TagMode mode)
{
    switch (mode) {
    case TagMode::Required:
        return Tone::Accent;
    case TagMode::AnyOf:
        return Tone::Teal;
    case TagMode::Excluded:
        return Tone::Error;
    }
    return Tone::Neutral;
}

// Out of the tree at once (layouts and findChildren no longer see it), deleted later: a chip removes
// itself from inside its own key or menu handler.
void discard(QWidget *widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

// A removable condition: a focusable pill in its tone's colour with a "×". Delete or Backspace removes
// it; a click or Space opens its menu.
class Chip : public QPushButton {
public:
    Chip(const QString &text, Tone tone, QWidget *parent)
        : QPushButton(text, parent)
        , m_tone(tone)
    {
        setFocusPolicy(Qt::StrongFocus);
        setAutoDefault(false);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        setCursor(Qt::PointingHandCursor);
    }

    std::function<void()> onRemove;

    QSize sizeHint() const override
    {
        const QFontMetrics fm = fontMetrics();
        return {kPad + fm.horizontalAdvance(text()) + kGap + fm.horizontalAdvance(cross()) + kPad,
                fm.height() + 8};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && onRemove) {
            onRemove();
            return;
        }
        QPushButton::keyPressEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = toneColor(m_tone, palette());
        const bool dark = Theme::isDark(palette());
        QColor fill = color;
        fill.setAlpha(isDown() ? 70 : underMouse() ? (dark ? 64 : 42) : (dark ? 48 : 26));
        QColor border = color;
        border.setAlpha(hasFocus() ? 255 : 110);
        painter.setPen(QPen(border, hasFocus() ? 2.0 : 1.0));
        painter.setBrush(fill);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        const QRect textRect = rect().adjusted(kPad, 0, -kPad, 0);
        painter.setPen(color);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text());
        QColor muted = color;
        muted.setAlpha(170);
        painter.setPen(muted);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, cross());
    }

private:
    static constexpr int kPad = 10;
    static constexpr int kGap = 6;
    static QString cross() { return QStringLiteral("×"); }
    Tone m_tone;
};

// A spin box whose maximum means "no upper bound" and shows `openText` (the age range's 不限 on the
// right, where a larger number would be).
class OpenEndedSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

    void setOpenText(const QString &text)
    {
        m_openText = text;
        // Shows the current value again with the new text (no valueChanged()).
        setSpecialValueText(specialValueText());
    }

protected:
    QString textFromValue(int value) const override
    {
        return value == maximum() ? m_openText : QSpinBox::textFromValue(value);
    }
    int valueFromText(const QString &text) const override
    {
        return text == m_openText ? maximum() : QSpinBox::valueFromText(text);
    }
    QValidator::State validate(QString &input, int &pos) const override
    {
        if (!m_openText.isEmpty() && input == m_openText)
            return QValidator::Acceptable;
        if (!input.isEmpty() && m_openText.startsWith(input))
            return QValidator::Intermediate;
        return QSpinBox::validate(input, pos);
    }

private:
    QString m_openText;
};

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    PageCard::makeTitle(label, 1.0);
    return label;
}

// A heading across both columns of the form grid.
void addHeading(QGridLayout *form, int &row, QLabel *heading)
{
    form->addWidget(heading, row++, 0, 1, 2);
}

// A form row: the label right-aligned in the first column, the field in the second.
void addRow(QGridLayout *form, int &row, QLabel *label, QLayout *field)
{
    form->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addLayout(field, row++, 1);
}

int sampleRowHeight(const QWidget *list)
{
    return list->fontMetrics().height() + 8;
}

QString formatElapsed(double ms)
{
    const QLocale locale;
    return ms < 10 ? locale.toString(ms, 'f', 1) : locale.toString(qRound64(ms));
}

QString modeName(TagMode mode)
{
    switch (mode) {
    case TagMode::Required:
        return AudienceBuilderWidget::tr("must have");
    case TagMode::AnyOf:
        return AudienceBuilderWidget::tr("any of");
    case TagMode::Excluded:
        return AudienceBuilderWidget::tr("excluded");
    }
    return {};
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

AudienceBuilderWidget::AudienceBuilderWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("audienceBuilder"));
    m_catalogue = new AudienceCatalogue(nullptr, this);
    m_counter = new AudienceCounter(nullptr, this);
    connect(m_catalogue, &AudienceCatalogue::changed, this, &AudienceBuilderWidget::onCatalogueChanged);
    connect(m_counter, &AudienceCounter::counted, this, &AudienceBuilderWidget::onCounted);
    connect(m_counter, &AudienceCounter::failed, this, &AudienceBuilderWidget::onCountFailed);
    connect(m_counter, &AudienceCounter::busyChanged, this, &AudienceBuilderWidget::onBusyChanged);
    buildUi();
    retranslate();
    writeControls();
    refreshSummary();
}

AudienceBuilderWidget::~AudienceBuilderWidget() = default;

void AudienceBuilderWidget::buildUi()
{
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEditor());
    m_pages->addWidget(buildReadOnlyView());

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("audienceDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageCard::makeTitle(m_description, 1.0);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("audienceCount"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("audienceBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(72, 8);
    m_busy->hide();
    auto *countRow = new QHBoxLayout;
    countRow->setSpacing(10);
    countRow->addWidget(m_countLabel, 1);
    countRow->addWidget(m_busy, 0, Qt::AlignVCenter);

    m_sampleLabel = new QLabel(this);
    m_sample = new QListWidget(this);
    m_sample->setObjectName(QStringLiteral("audienceSample"));
    m_sample->setFlow(QListView::LeftToRight);
    m_sample->setWrapping(true);
    m_sample->setResizeMode(QListView::Adjust);
    m_sample->setUniformItemSizes(true);
    m_sample->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sample->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sample->setFixedHeight(kSampleRows * sampleRowHeight(m_sample) + 2 * m_sample->frameWidth());
    m_sampleLabel->setBuddy(m_sample);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_pages);
    layout->addWidget(line);
    layout->addWidget(m_description);
    layout->addLayout(countRow);
    layout->addWidget(m_sampleLabel);
    layout->addWidget(m_sample);
    layout->addStretch(1);
}

QWidget *AudienceBuilderWidget::buildEditor()
{
    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("audienceEditorPage"));
    // One grid for the tags and the attributes: the labels right-aligned in one column.
    auto *form = new QGridLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    int row = 0;
    addTagRows(editor, form, row);
    m_attributesHeading = boldLabel(editor);
    m_attributesHeading->setContentsMargins(0, 8, 0, 0);
    addHeading(form, row, m_attributesHeading);
    addAgeAndGenderRows(editor, form, row);
    addAreaRow(editor, form, row);
    addLevelAndLifeEventRows(editor, form, row);
    return editor;
}

void AudienceBuilderWidget::addTagRows(QWidget *editor, QGridLayout *form, int &row)
{
    m_tagsHeading = boldLabel(editor);

    m_tagLabel = new QLabel(editor);
    m_tagEdit = new QLineEdit(editor);
    m_tagEdit->setObjectName(QStringLiteral("audienceTagEdit"));
    m_tagEdit->setClearButtonEnabled(true);
    m_tagLabel->setBuddy(m_tagEdit);
    m_tagNames = new QStringListModel(this);
    m_completer = new QCompleter(m_tagNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_tagEdit->setCompleter(m_completer);
    // A row chosen in the popup (Enter or a click) adds its tag. The completer then passes the Enter on to
    // the line edit, now empty (returnPressed adds nothing); Enter without a chosen row adds the typed name.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_tagEdit->setText(text);
                addTagFromEditor();
            });
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &AudienceBuilderWidget::addTagFromEditor);
    connect(m_tagEdit, &QLineEdit::textEdited, this, [this] { m_tagHint->hide(); });

    m_tagMode = new QComboBox(editor);
    m_tagMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagMode->setObjectName(QStringLiteral("audienceTagMode"));
    for (int i = 0; i < kModes; ++i)
        m_tagMode->addItem(QString(), i);
    m_addTag = new QPushButton(editor);
    m_addTag->setObjectName(QStringLiteral("audienceAddTag"));
    m_addTag->setAutoDefault(false);
    connect(m_addTag, &QPushButton::clicked, this, &AudienceBuilderWidget::addTagFromEditor);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->setSpacing(8);
    pickerRow->addWidget(m_tagEdit, 1);
    pickerRow->addWidget(m_tagMode);
    pickerRow->addWidget(m_addTag);

    m_tagHint = new QLabel(editor);
    m_tagHint->setObjectName(QStringLiteral("audienceTagHint"));
    m_tagHint->setWordWrap(true);
    setTextColor(m_tagHint, Theme::errorColor(palette()));
    m_tagHint->hide();

    m_noTags = new QLabel(editor);
    m_noTags->setObjectName(QStringLiteral("audienceNoTags"));
    m_noTags->setForegroundRole(QPalette::PlaceholderText);

    addHeading(form, row, m_tagsHeading);
    addRow(form, row, m_tagLabel, pickerRow);
    form->addWidget(m_tagHint, row++, 1);
    form->addWidget(m_noTags, row++, 1);
    for (int i = 0; i < kModes; ++i) {
        m_modeLabels[i] = new QLabel(editor);
        m_modeLabels[i]->setContentsMargins(0, 4, 0, 0); // level with the chips' text
        setTextColor(m_modeLabels[i], toneColor(toneOf(modeAt(i)), palette()));
        m_chipRows[i] = new QWidget(editor);
        m_chipRows[i]->setObjectName(QStringLiteral("audienceChipRow%1").arg(i));
        m_chipFlows[i] = new FlowLayout(m_chipRows[i], 6);
        form->addWidget(m_modeLabels[i], row, 0, Qt::AlignRight | Qt::AlignTop);
        form->addWidget(m_chipRows[i], row, 1);
        ++row;
    }
}

void AudienceBuilderWidget::addAgeAndGenderRows(QWidget *editor, QGridLayout *form, int &row)
{
    m_ageLabel = new QLabel(editor);
    m_minAge = new QSpinBox(editor);
    m_minAge->setObjectName(QStringLiteral("audienceMinAge"));
    m_minAge->setRange(0, kAudienceMaxAge);
    auto *maxAge = new OpenEndedSpinBox(editor);
    maxAge->setObjectName(QStringLiteral("audienceMaxAge"));
    maxAge->setRange(0, kOpenAge);
    maxAge->setValue(kOpenAge);
    m_maxAge = maxAge;
    for (QSpinBox *spin : {m_minAge, m_maxAge}) {
        spin->setKeyboardTracking(false);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 48);
    }
    m_ageLabel->setBuddy(m_minAge);
    m_ageTo = new QLabel(editor);
    m_ageUnit = new QLabel(editor);
    connect(m_minAge, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (m_maxAge->value() != kOpenAge && v > m_maxAge->value()) {
            const QSignalBlocker block(m_maxAge);
            m_maxAge->setValue(v);
        }
        onConditionsEdited();
    });
    connect(m_maxAge, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (v != kOpenAge && v < m_minAge->value()) {
            const QSignalBlocker block(m_minAge);
            m_minAge->setValue(v);
        }
        onConditionsEdited();
    });
    auto *ageRow = new QHBoxLayout;
    ageRow->setSpacing(6);
    ageRow->addWidget(m_minAge);
    ageRow->addWidget(m_ageTo);
    ageRow->addWidget(m_maxAge);
    ageRow->addWidget(m_ageUnit);
    ageRow->addStretch(1);
    addRow(form, row, m_ageLabel, ageRow);

    m_genderLabel = new QLabel(editor);
    m_gender = new QComboBox(editor);
    m_gender->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gender->setObjectName(QStringLiteral("audienceGender"));
    for (int g = 0; g < 3; ++g)
        m_gender->addItem(QString(), g);
    m_genderLabel->setBuddy(m_gender);
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] { onConditionsEdited(); });
    auto *genderRow = new QHBoxLayout;
    genderRow->addWidget(m_gender);
    genderRow->addStretch(1);
    addRow(form, row, m_genderLabel, genderRow);
}

void AudienceBuilderWidget::addAreaRow(QWidget *editor, QGridLayout *form, int &row)
{
    m_areaLabel = new QLabel(editor);
    auto *cascade = new QHBoxLayout;
    cascade->setSpacing(6);
    static const char *const regionNames[kRegionLevels] = {"audienceDistrict", "audienceStreet",
                                                           "audienceCommunity", "audienceGrid"};
    for (int level = 0; level < kRegionLevels; ++level) {
        auto *combo = new QComboBox(editor);
        combo->setObjectName(QLatin1String(regionNames[level]));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, level] { onRegionLevelChanged(level); });
        m_regionLevels[level] = combo;
        cascade->addWidget(combo, 1);
    }
    m_areaLabel->setBuddy(m_regionLevels[0]);
    m_addRegion = new QPushButton(editor);
    m_addRegion->setObjectName(QStringLiteral("audienceAddRegion"));
    m_addRegion->setAutoDefault(false);
    connect(m_addRegion, &QPushButton::clicked, this, &AudienceBuilderWidget::addAnotherRegion);
    m_regionChipBox = new QWidget(editor);
    m_regionChipBox->setObjectName(QStringLiteral("audienceRegionChips"));
    m_regionFlow = new FlowLayout(m_regionChipBox, 6);
    auto *regionRows = new QVBoxLayout;
    regionRows->setSpacing(6);
    regionRows->addLayout(cascade);
    auto *regionExtra = new QHBoxLayout;
    regionExtra->setSpacing(8);
    regionExtra->addWidget(m_addRegion, 0, Qt::AlignLeft | Qt::AlignTop);
    regionExtra->addWidget(m_regionChipBox, 1);
    regionRows->addLayout(regionExtra);
    addRow(form, row, m_areaLabel, regionRows);
}

void AudienceBuilderWidget::addLevelAndLifeEventRows(QWidget *editor, QGridLayout *form, int &row)
{
    m_levelLabel = new QLabel(editor);
    m_minLevel = new QComboBox(editor);
    m_minLevel->setObjectName(QStringLiteral("audienceMinLevel"));
    m_maxLevel = new QComboBox(editor);
    m_maxLevel->setObjectName(QStringLiteral("audienceMaxLevel"));
    for (QComboBox *combo : {m_minLevel, m_maxLevel}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(QString(), 0);
        for (int level = AudienceBuilder::kMinLevel; level <= AudienceBuilder::kMaxLevel; ++level)
            combo->addItem(QString(), level);
    }
    m_levelLabel->setBuddy(m_minLevel);
    m_levelTo = new QLabel(editor);
    connect(m_minLevel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int low = m_minLevel->currentData().toInt();
        const int high = m_maxLevel->currentData().toInt();
        if (low > 0 && high > 0 && low > high) {
            const QSignalBlocker block(m_maxLevel);
            selectData(m_maxLevel, low);
        }
        onConditionsEdited();
    });
    connect(m_maxLevel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int low = m_minLevel->currentData().toInt();
        const int high = m_maxLevel->currentData().toInt();
        if (low > 0 && high > 0 && low > high) {
            const QSignalBlocker block(m_minLevel);
            selectData(m_minLevel, high);
        }
        onConditionsEdited();
    });
    auto *levelRow = new QHBoxLayout;
    levelRow->setSpacing(6);
    levelRow->addWidget(m_minLevel);
    levelRow->addWidget(m_levelTo);
    levelRow->addWidget(m_maxLevel);
    levelRow->addStretch(1);
    addRow(form, row, m_levelLabel, levelRow);

    m_lifeLabel = new QLabel(editor);
    m_lifeTag = new QComboBox(editor);
    m_lifeTag->setObjectName(QStringLiteral("audienceLifeEventTag"));
    m_lifeTag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lifeTag->setMinimumContentsLength(8);
    m_lifeLabel->setBuddy(m_lifeTag);
    m_lifeAcquired = new QLabel(editor);
    m_fromDays = new QSpinBox(editor);
    m_fromDays->setObjectName(QStringLiteral("audienceFromDays"));
    m_toDays = new QSpinBox(editor);
    m_toDays->setObjectName(QStringLiteral("audienceToDays"));
    for (QSpinBox *spin : {m_fromDays, m_toDays}) {
        spin->setRange(0, kAudienceMaxDays);
        spin->setKeyboardTracking(false);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    }
    m_toDays->setValue(kDefaultToDays);
    m_lifeTo = new QLabel(editor);
    m_lifeUnit = new QLabel(editor);
    connect(m_lifeTag, &QComboBox::currentIndexChanged, this, [this] { onConditionsEdited(); });
    connect(m_fromDays, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (v > m_toDays->value()) {
            const QSignalBlocker block(m_toDays);
            m_toDays->setValue(v);
        }
        onConditionsEdited();
    });
    connect(m_toDays, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (v < m_fromDays->value()) {
            const QSignalBlocker block(m_fromDays);
            m_fromDays->setValue(v);
        }
        onConditionsEdited();
    });
    auto *lifeRow = new QHBoxLayout;
    lifeRow->setSpacing(6);
    lifeRow->addWidget(m_lifeTag);
    lifeRow->addWidget(m_lifeAcquired);
    lifeRow->addWidget(m_fromDays);
    lifeRow->addWidget(m_lifeTo);
    lifeRow->addWidget(m_toDays);
    lifeRow->addWidget(m_lifeUnit);
    lifeRow->addStretch(1);
    addRow(form, row, m_lifeLabel, lifeRow);
}

QWidget *AudienceBuilderWidget::buildReadOnlyView()
{
    auto *readOnly = new QWidget(this);
    readOnly->setObjectName(QStringLiteral("audienceReadOnlyPage"));
    m_readOnlyMessage = new QLabel(readOnly);
    m_readOnlyMessage->setObjectName(QStringLiteral("audienceReadOnlyMessage"));
    m_readOnlyMessage->setWordWrap(true);
    m_json = new QPlainTextEdit(readOnly);
    m_json->setObjectName(QStringLiteral("audienceJson"));
    m_json->setReadOnly(true);
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_startOver = new QPushButton(readOnly);
    m_startOver->setObjectName(QStringLiteral("audienceStartOver"));
    m_startOver->setAutoDefault(false);
    connect(m_startOver, &QPushButton::clicked, this, &AudienceBuilderWidget::clear);
    auto *readOnlyLayout = new QVBoxLayout(readOnly);
    readOnlyLayout->setContentsMargins(0, 0, 0, 0);
    readOnlyLayout->setSpacing(8);
    readOnlyLayout->addWidget(m_readOnlyMessage);
    readOnlyLayout->addWidget(m_json, 1);
    readOnlyLayout->addWidget(m_startOver, 0, Qt::AlignLeft);
    return readOnly;
}

void AudienceBuilderWidget::retranslate()
{
    m_tagsHeading->setText(tr("Tags"));
    m_tagLabel->setText(tr("&Tag:"));
    m_tagEdit->setPlaceholderText(tr("Type a tag name, then Enter"));
    m_tagEdit->setAccessibleName(tr("Tag to add"));
    m_tagMode->setAccessibleName(tr("Condition for the tag"));
    m_tagMode->setItemText(0, tr("Must have"));
    m_tagMode->setItemText(1, tr("Any of"));
    m_tagMode->setItemText(2, tr("Exclude"));
    m_addTag->setText(tr("&Add"));
    m_addTag->setAccessibleName(tr("Add the tag"));
    m_noTags->setText(tr("No tag conditions."));
    m_modeLabels[0]->setText(tr("Must have:"));
    m_modeLabels[1]->setText(tr("Any of:"));
    m_modeLabels[2]->setText(tr("Excluding:"));

    m_attributesHeading->setText(tr("Attributes"));
    m_ageLabel->setText(tr("A&ge:"));
    m_minAge->setSpecialValueText(tr("Any"));
    m_minAge->setAccessibleName(tr("Minimum age"));
    static_cast<OpenEndedSpinBox *>(m_maxAge)->setOpenText(tr("Any"));
    m_maxAge->setAccessibleName(tr("Maximum age"));
    m_ageTo->setText(tr("to"));
    m_ageUnit->setText(tr("years"));
    m_genderLabel->setText(tr("Ge&nder:"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->setItemText(0, tr("Any"));
    m_gender->setItemText(1, HomeText::gender(QStringLiteral("male")));
    m_gender->setItemText(2, HomeText::gender(QStringLiteral("female")));
    m_areaLabel->setText(tr("A&rea:"));
    m_regionLevels[0]->setAccessibleName(tr("District"));
    m_regionLevels[1]->setAccessibleName(tr("Street"));
    m_regionLevels[2]->setAccessibleName(tr("Community"));
    m_regionLevels[3]->setAccessibleName(tr("Grid"));
    m_addRegion->setText(tr("Add another area"));
    m_addRegion->setAccessibleName(tr("Keep this area and add another"));
    m_addRegion->setToolTip(tr("Keeps the chosen area; citizens of any of the areas match"));
    m_levelLabel->setText(tr("Real-name &level:"));
    m_minLevel->setAccessibleName(tr("Lowest real-name level"));
    m_maxLevel->setAccessibleName(tr("Highest real-name level"));
    m_levelTo->setText(tr("to"));
    for (QComboBox *combo : {m_minLevel, m_maxLevel}) {
        combo->setItemText(0, tr("Any"));
        for (int level = AudienceBuilder::kMinLevel; level <= AudienceBuilder::kMaxLevel; ++level)
            combo->setItemText(level, HomeText::realnameLevel(level));
    }
    m_lifeLabel->setText(tr("Life &event:"));
    m_lifeTag->setAccessibleName(tr("Life event tag"));
    m_lifeAcquired->setText(tr("acquired"));
    m_fromDays->setAccessibleName(tr("Acquired at least this many days ago"));
    m_toDays->setAccessibleName(tr("Acquired at most this many days ago"));
    m_lifeTo->setText(tr("to"));

    m_startOver->setText(tr("&Start over"));
    m_startOver->setAccessibleName(tr("Start over with new conditions"));
    m_json->setAccessibleName(tr("Audience expression"));
    m_sampleLabel->setText(tr("Sa&mple (masked):"));
    m_sample->setAccessibleName(tr("Sample of the audience, masked"));
    m_description->setAccessibleName(tr("Audience"));
    m_countLabel->setAccessibleName(tr("Number of people"));
    m_busy->setAccessibleName(tr("Counting"));

    fillTagChoices();
    for (int level = 0; level < kRegionLevels; ++level) {
        const QString selected = m_regionLevels[level]->currentData().toString();
        const QString parent = level == 0 ? QString() : m_regionLevels[level - 1]->currentData().toString();
        fillRegionLevel(level, parent, selected);
    }
    rebuildTagChips();
    rebuildRegionChips();
    refreshSummary();
}

void AudienceBuilderWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        setTextColor(m_tagHint, Theme::errorColor(palette()));
        for (int i = 0; i < kModes; ++i)
            setTextColor(m_modeLabels[i], toneColor(toneOf(modeAt(i)), palette()));
    }
}

void AudienceBuilderWidget::setContext(DataContext *context)
{
    m_context = context;
    delete m_catalogue;
    m_catalogue = new AudienceCatalogue(context, this);
    connect(m_catalogue, &AudienceCatalogue::changed, this, &AudienceBuilderWidget::onCatalogueChanged);
    m_counter->setContext(context);
    // A count that failed (offline, signed out) is tried again when the server answers again.
    for (const QMetaObject::Connection &c : std::as_const(m_clientConnections))
        disconnect(c);
    m_clientConnections.clear();
    if (ApiClient *client = context ? context->client() : nullptr) {
        const auto retry = [this] {
            if (m_countError && !m_counter->isBusy() &&
                (m_countError->code == ErrorCode::Unavailable || m_countError->code == ErrorCode::Network))
                startCount();
        };
        m_clientConnections.append(connect(client, &ApiClient::tokensChanged, this, retry));
        m_clientConnections.append(connect(client, &ApiClient::connectionStateChanged, this,
                                           [retry](ApiClient::ConnectionState state) {
                                               if (state == ApiClient::ConnectionState::Online)
                                                   retry();
                                           }));
    }
    onCatalogueChanged();
    startCount();
}

QJsonObject AudienceBuilderWidget::expression() const
{
    return m_readOnly ? m_readOnlyExpression : m_builder.expression();
}

QString AudienceBuilderWidget::description() const
{
    return m_description->text();
}

void AudienceBuilderWidget::setExpression(const QJsonObject &expression)
{
    const Result<AudienceBuilder> builder = AudienceBuilder::fromExpression(expression);
    m_tagHint->hide();
    if (!builder) {
        m_readOnly = true;
        m_readOnlyExpression = expression;
        m_builder = AudienceBuilder();
        const bool unrepresentable = builder.error().details.value(QStringLiteral("reason")).toString() ==
                                     QLatin1String("unrepresentable");
        m_readOnlyMessage->setText(
            unrepresentable
                ? tr("This audience was made in a way the editor cannot show as conditions. It is "
                     "shown as it is and counted as it is, and it stays unchanged unless you start "
                     "over with new conditions.")
                : tr("This audience is not a valid expression. It is shown as it is; start over "
                     "to build a new audience with conditions."));
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(expression).toJson(QJsonDocument::Indented)));
        m_pages->setCurrentIndex(1);
    } else {
        m_readOnly = false;
        m_readOnlyExpression = QJsonObject();
        m_builder = *builder;
        m_pages->setCurrentIndex(0);
        writeControls();
    }
    updateTabOrder();
    refreshSummary();
    startCount();
}

void AudienceBuilderWidget::clear()
{
    m_readOnly = false;
    m_readOnlyExpression = QJsonObject();
    m_builder = AudienceBuilder();
    m_regionChips.clear();
    m_pages->setCurrentIndex(0);
    writeControls();
    updateTabOrder();
    refreshSummary();
    emit expressionChanged(expression());
    startCount();
}

// --- Tags ------------------------------------------------------------------------------------------

void AudienceBuilderWidget::addTagFromEditor()
{
    const QString text = m_tagEdit->text().trimmed();
    if (text.isEmpty())
        return;
    QString tagId = m_catalogue->tagIdForName(text);
    if (tagId.isEmpty()) {
        // One tag whose name contains the text (what the completer offers) is meant.
        QStringList matches;
        for (const Tag &tag : m_catalogue->tags()) {
            if (tag.name.contains(text, Qt::CaseInsensitive))
                matches.append(tag.id);
        }
        if (matches.size() == 1)
            tagId = matches.first();
    }
    if (tagId.isEmpty()) {
        m_tagHint->setText(m_catalogue->isLoaded() ? tr("There is no citizen tag called “%1”.").arg(text)
                                                   : tr("The tag catalogue is not available without the "
                                                        "local copy."));
        m_tagHint->show();
        return;
    }
    m_tagEdit->clear();
    addTag(tagId, modeAt(m_tagMode->currentIndex()));
}

void AudienceBuilderWidget::addTag(const QString &tagId, TagMode mode)
{
    if (m_builder.tagMode(tagId) == mode)
        return;
    if (!m_builder.addTag(tagId, mode)) {
        m_tagHint->setText(
            tr("Too many conditions: an audience has at most %1 parts.").arg(kAudienceMaxNodes));
        m_tagHint->show();
        return;
    }
    m_tagHint->hide();
    rebuildTagChips();
    onConditionsEdited();
}

void AudienceBuilderWidget::setTagMode(const QString &tagId, TagMode mode)
{
    if (m_builder.tagMode(tagId) == mode)
        return;
    if (!m_builder.setTagMode(tagId, mode)) {
        m_tagHint->setText(
            tr("Too many conditions: an audience has at most %1 parts.").arg(kAudienceMaxNodes));
        m_tagHint->show();
        return;
    }
    rebuildTagChips(tagId);
    onConditionsEdited();
}

void AudienceBuilderWidget::removeTag(const QString &tagId)
{
    int index = -1;
    for (int i = 0; i < m_tagChipButtons.size(); ++i) {
        if (m_tagChipButtons[i]->property("tagId").toString() == tagId)
            index = i;
    }
    if (!m_builder.removeTag(tagId))
        return;
    rebuildTagChips({}, index);
    onConditionsEdited();
}

void AudienceBuilderWidget::rebuildTagChips(const QString &focusTagId, int focusIndex)
{
    for (QPushButton *chip : std::as_const(m_tagChipButtons))
        discard(chip);
    m_tagChipButtons.clear();
    const AudienceNames &names = m_catalogue->names();
    QPushButton *focus = nullptr;
    for (const AudienceBuilder::TagCondition &t : m_builder.tags()) {
        const int modeIndex = int(t.mode);
        const QString name = names.tag(t.tagId);
        auto *chip = new Chip(name, toneOf(t.mode), m_chipRows[modeIndex]);
        chip->setObjectName(QStringLiteral("audienceTagChip"));
        chip->setProperty("tagId", t.tagId);
        chip->setAccessibleName(tr("%1, %2").arg(name, modeName(t.mode)));
        chip->setAccessibleDescription(tr("Delete removes the condition; Space opens its menu"));
        chip->setToolTip(tr("%1 (%2) — Delete removes it").arg(name, modeName(t.mode)));
        const QString tagId = t.tagId;
        chip->onRemove = [this, tagId] {
            removeTag(tagId);
        };
        auto *menu = new QMenu(chip);
        auto *group = new QActionGroup(menu);
        static const char *const actionNames[kModes] = {"chipModeRequired", "chipModeAnyOf",
                                                        "chipModeExcluded"};
        const QString modeTexts[kModes] = {tr("Must have"), tr("Any of"), tr("Exclude")};
        for (int i = 0; i < kModes; ++i) {
            QAction *action = menu->addAction(modeTexts[i]);
            action->setObjectName(QLatin1String(actionNames[i]));
            action->setCheckable(true);
            action->setChecked(i == modeIndex);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, tagId, i] { setTagMode(tagId, modeAt(i)); });
        }
        menu->addSeparator();
        QAction *remove = menu->addAction(tr("Remove"));
        remove->setObjectName(QStringLiteral("chipRemove"));
        connect(remove, &QAction::triggered, this, [this, tagId] { removeTag(tagId); });
        chip->setMenu(menu);
        m_chipFlows[modeIndex]->addWidget(chip);
        chip->show();
        m_tagChipButtons.append(chip);
        if (t.tagId == focusTagId)
            focus = chip;
    }
    for (int i = 0; i < kModes; ++i) {
        const bool any = !m_builder.tagIds(modeAt(i)).isEmpty();
        m_modeLabels[i]->setVisible(any);
        m_chipRows[i]->setVisible(any);
    }
    m_noTags->setVisible(m_builder.tags().isEmpty());
    updateTabOrder();
    if (!focus && focusIndex >= 0)
        focus = m_tagChipButtons.isEmpty()
                    ? nullptr
                    : m_tagChipButtons.value(std::min<int>(focusIndex, m_tagChipButtons.size() - 1));
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    else if (focusIndex >= 0)
        m_tagEdit->setFocus(Qt::OtherFocusReason);
}

// --- Regions ---------------------------------------------------------------------------------------

void AudienceBuilderWidget::fillRegionLevel(int level, const QString &parentId, const QString &selectedId)
{
    QComboBox *combo = m_regionLevels[level];
    const QSignalBlocker block(combo);
    combo->clear();
    static const char *const anyTexts[kRegionLevels] = {
        QT_TR_NOOP("All districts"), QT_TR_NOOP("All streets"), QT_TR_NOOP("All communities"),
        QT_TR_NOOP("All grids")};
    combo->addItem(tr(anyTexts[level]), QString());
    if (level == 0 || !parentId.isEmpty()) {
        for (const Region &r : m_catalogue->children(parentId))
            combo->addItem(r.name, r.id);
    }
    selectData(combo, selectedId);
    combo->setEnabled(combo->count() > 1);
}

void AudienceBuilderWidget::onRegionLevelChanged(int level)
{
    for (int deeper = level + 1; deeper < kRegionLevels; ++deeper)
        fillRegionLevel(deeper, m_regionLevels[deeper - 1]->currentData().toString(), QString());
    m_addRegion->setEnabled(!cascadeRegion().isEmpty());
    onConditionsEdited();
}

QString AudienceBuilderWidget::cascadeRegion() const
{
    for (int level = kRegionLevels - 1; level >= 0; --level) {
        const QString id = m_regionLevels[level]->currentData().toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

void AudienceBuilderWidget::selectCascade(const QString &regionId)
{
    const QStringList path = regionId.isEmpty() ? QStringList() : m_catalogue->pathOf(regionId);
    for (int level = 0; level < kRegionLevels; ++level)
        fillRegionLevel(level, level == 0 ? QString() : path.value(level - 1), path.value(level));
    m_addRegion->setEnabled(!cascadeRegion().isEmpty());
}

void AudienceBuilderWidget::addAnotherRegion()
{
    const QString region = cascadeRegion();
    if (region.isEmpty())
        return;
    if (!m_regionChips.contains(region))
        m_regionChips.append(region);
    // The builder's regions stay the same: the area moved from the cascade to a chip.
    {
        const bool wasUpdating = m_updating;
        m_updating = true;
        selectCascade(QString());
        m_updating = wasUpdating;
    }
    rebuildRegionChips();
    m_regionLevels[0]->setFocus(Qt::OtherFocusReason);
}

void AudienceBuilderWidget::removeRegionChip(const QString &regionId)
{
    const int index = int(m_regionChips.indexOf(regionId));
    if (index < 0)
        return;
    m_regionChips.removeAt(index);
    rebuildRegionChips(index);
    onConditionsEdited();
}

void AudienceBuilderWidget::rebuildRegionChips(int focusIndex)
{
    for (QPushButton *chip : std::as_const(m_regionChipButtons))
        discard(chip);
    m_regionChipButtons.clear();
    const AudienceNames &names = m_catalogue->names();
    for (const QString &id : std::as_const(m_regionChips)) {
        const QString name = names.region(id);
        auto *chip = new Chip(name, Tone::Violet, m_regionChipBox);
        chip->setObjectName(QStringLiteral("audienceRegionChip"));
        chip->setProperty("regionId", id);
        chip->setAccessibleName(tr("Area %1").arg(name));
        chip->setAccessibleDescription(tr("Delete removes the area; Space opens its menu"));
        chip->setToolTip(tr("%1 — Delete removes it").arg(name));
        chip->onRemove = [this, id] {
            removeRegionChip(id);
        };
        auto *menu = new QMenu(chip);
        QAction *remove = menu->addAction(tr("Remove"));
        remove->setObjectName(QStringLiteral("chipRemove"));
        connect(remove, &QAction::triggered, this, [this, id] { removeRegionChip(id); });
        chip->setMenu(menu);
        m_regionFlow->addWidget(chip);
        chip->show();
        m_regionChipButtons.append(chip);
    }
    m_regionChipBox->setVisible(!m_regionChips.isEmpty());
    updateTabOrder();
    if (focusIndex >= 0) {
        if (m_regionChipButtons.isEmpty())
            m_regionLevels[0]->setFocus(Qt::OtherFocusReason);
        else
            m_regionChipButtons.value(std::min<int>(focusIndex, m_regionChipButtons.size() - 1))
                ->setFocus(Qt::OtherFocusReason);
    }
}

// --- Catalogue and controls -----------------------------------------------------------------------

void AudienceBuilderWidget::fillTagChoices()
{
    QStringList names;
    for (const Tag &tag : m_catalogue->tags())
        names.append(tag.name);
    m_tagNames->setStringList(names);

    const QSignalBlocker block(m_lifeTag);
    const QString current = m_lifeTag->currentData().toString();
    m_lifeTag->clear();
    m_lifeTag->addItem(tr("None"), QString());
    for (const Tag &tag : m_catalogue->tags())
        m_lifeTag->addItem(tag.name, tag.id);
    // A loaded life event whose tag the catalogue does not (yet) have stays chosen, under its id.
    if (!current.isEmpty() && m_lifeTag->findData(current) < 0)
        m_lifeTag->addItem(m_catalogue->names().tag(current), current);
    selectData(m_lifeTag, current);
}

void AudienceBuilderWidget::onCatalogueChanged()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    fillTagChoices();
    selectCascade(cascadeRegion());
    m_updating = wasUpdating;
    rebuildTagChips();
    rebuildRegionChips();
    if (m_readOnly) {
        refreshSummary();
        return;
    }
    // A chosen area the new tree no longer has was dropped: the audience must follow.
    const QJsonObject before = m_builder.expression();
    readControls();
    if (m_builder.expression() != before) {
        emit expressionChanged(expression());
        startCount();
    }
    refreshSummary();
}

void AudienceBuilderWidget::writeControls()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_minAge->setValue(m_builder.minAge().value_or(0));
    m_maxAge->setValue(m_builder.maxAge().value_or(kOpenAge));
    selectData(m_gender, int(m_builder.gender()));

    // The last area in the cascade when the local tree knows it, the others as chips.
    QStringList regions = m_builder.regions();
    QString cascade;
    if (!regions.isEmpty() && !m_catalogue->pathOf(regions.constLast()).isEmpty())
        cascade = regions.takeLast();
    m_regionChips = regions;
    selectCascade(cascade);

    selectData(m_minLevel, m_builder.minRealnameLevel().value_or(0));
    selectData(m_maxLevel, m_builder.maxRealnameLevel().value_or(0));

    const auto &life = m_builder.lifeEvent();
    if (life && m_lifeTag->findData(life->tagId) < 0)
        m_lifeTag->addItem(m_catalogue->names().tag(life->tagId), life->tagId);
    selectData(m_lifeTag, life ? life->tagId : QString());
    m_fromDays->setValue(life ? life->fromDays : 0);
    m_toDays->setValue(life ? life->toDays : kDefaultToDays);
    m_updating = wasUpdating;
    rebuildTagChips();
    rebuildRegionChips();
}

void AudienceBuilderWidget::readControls()
{
    const int maxAge = m_maxAge->value();
    m_builder.setAgeRange(m_minAge->value() == 0 ? std::nullopt : std::optional<int>(m_minAge->value()),
                          maxAge == kOpenAge ? std::nullopt : std::optional<int>(maxAge));
    m_builder.setGender(static_cast<AudienceBuilder::Gender>(m_gender->currentData().toInt()));
    QStringList regions = m_regionChips;
    if (const QString cascade = cascadeRegion(); !cascade.isEmpty())
        regions.append(cascade);
    m_builder.setRegions(regions);
    const int low = m_minLevel->currentData().toInt();
    const int high = m_maxLevel->currentData().toInt();
    m_builder.setRealnameLevelRange(low > 0 ? std::optional<int>(low) : std::nullopt,
                                    high > 0 ? std::optional<int>(high) : std::nullopt);
    const QString lifeTag = m_lifeTag->currentData().toString();
    if (lifeTag.isEmpty())
        m_builder.setLifeEvent(std::nullopt);
    else
        m_builder.setLifeEvent(AudienceBuilder::LifeEvent{lifeTag, m_fromDays->value(), m_toDays->value()});
}

void AudienceBuilderWidget::onConditionsEdited()
{
    if (m_updating || m_readOnly)
        return;
    readControls();
    refreshSummary();
    emit expressionChanged(expression());
    startCount();
}

void AudienceBuilderWidget::startCount()
{
    m_counter->setExpression(expression());
}

QString AudienceBuilderWidget::countText() const
{
    return m_countLabel->text();
}

void AudienceBuilderWidget::refreshSummary()
{
    // Life event: the days, and in weeks when both ends are whole weeks (孕产妇 8–12 weeks).
    const bool life = !m_lifeTag->currentData().toString().isEmpty();
    m_fromDays->setEnabled(life);
    m_toDays->setEnabled(life);
    const int from = m_fromDays->value();
    const int to = m_toDays->value();
    m_lifeUnit->setText(from > 0 && from % 7 == 0 && to % 7 == 0
                            ? tr("days ago (%1–%2 weeks)").arg(from / 7).arg(to / 7)
                            : tr("days ago"));

    // Read-only: the message above the JSON says what it is.
    m_description->setText(m_readOnly ? QString() : m_builder.describe(m_catalogue->names()));
    m_description->setVisible(!m_readOnly);

    QString count;
    if (m_countError) {
        if (m_countError->code == ErrorCode::Unavailable || m_countError->code == ErrorCode::Network) {
            count = tr("Offline — the number of people needs a server connection");
        } else {
            ApiClient *client = m_context ? m_context->client() : nullptr;
            count = ErrorText::describe(*m_countError, ErrorText::Context::Session,
                                        client ? ErrorText::displayAddress(client->baseUrl()) : QString());
        }
    } else if (m_lastCount >= 0) {
        count = tr("About %1 people · %2 ms")
                    .arg(QLocale().toString(m_lastCount), formatElapsed(m_lastElapsedMs));
    } else if (m_counter->isBusy()) {
        count = tr("Counting…");
    }
    m_countLabel->setText(count);
    if (m_countError && m_countError->code != ErrorCode::Unavailable &&
        m_countError->code != ErrorCode::Network)
        setTextColor(m_countLabel, Theme::errorColor(palette()));
    else
        m_countLabel->setPalette(QPalette());

    const AudienceNames &names = m_catalogue->names();
    m_sample->clear();
    int widest = 0;
    for (const AudienceMember &m : std::as_const(m_lastSample)) {
        QStringList parts{m.name};
        if (!m.gender.isEmpty())
            parts.append(HomeText::gender(m.gender));
        if (m.age)
            parts.append(tr("%1 yrs").arg(*m.age));
        if (!m.districtCode.isEmpty())
            parts.append(names.region(m.districtCode));
        m_sample->addItem(parts.join(QStringLiteral(" · ")));
        widest = std::max(
            widest, m_sample->fontMetrics().horizontalAdvance(m_sample->item(m_sample->count() - 1)->text()));
    }
    // Columns as wide as the widest member, rows as high as a line, so that members read one by one.
    m_sample->setGridSize(QSize(widest + 28, sampleRowHeight(m_sample)));
    const bool hasSample = !m_lastSample.isEmpty();
    m_sampleLabel->setVisible(hasSample);
    m_sample->setVisible(hasSample);
    emit summaryChanged();
}

void AudienceBuilderWidget::updateTabOrder()
{
    QList<QWidget *> chain{m_tagEdit, m_tagMode, m_addTag};
    for (QPushButton *chip : std::as_const(m_tagChipButtons))
        chain.append(chip);
    chain << m_minAge << m_maxAge << m_gender;
    for (QComboBox *combo : m_regionLevels)
        chain.append(combo);
    chain.append(m_addRegion);
    for (QPushButton *chip : std::as_const(m_regionChipButtons))
        chain.append(chip);
    chain << m_minLevel << m_maxLevel << m_lifeTag << m_fromDays << m_toDays << m_json << m_startOver
          << m_sample;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

// --- The count -------------------------------------------------------------------------------------

void AudienceBuilderWidget::onCounted(qint64 count, const QList<AudienceMember> &sample, double elapsedMs,
                                      const QDate &asOf)
{
    m_countError.reset();
    m_lastCount = count;
    m_lastElapsedMs = elapsedMs;
    m_lastSample = sample;
    m_countLabel->setToolTip(tr("Citizens in your scope, counted on %1").arg(HomeText::date(asOf)));
    refreshSummary();
}

void AudienceBuilderWidget::onCountFailed(const Error &error)
{
    m_countError = error;
    m_lastCount = -1;
    m_lastSample.clear();
    m_countLabel->setToolTip(QString());
    refreshSummary();
}

void AudienceBuilderWidget::onBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
    refreshSummary();
}

} // namespace gd
