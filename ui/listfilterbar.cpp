#include "ui/listfilterbar.h"

#include "models/listfilteroptions.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

namespace {

// The filter name each control sets in the repository's whitelist.
QString filterName(ListFilterBar::Filter filter)
{
    switch (filter) {
    case ListFilterBar::Filter::District:
        return QStringLiteral("district");
    case ListFilterBar::Filter::Grid:
        return QStringLiteral("grid");
    case ListFilterBar::Filter::Tag:
        return QStringLiteral("tag");
    case ListFilterBar::Filter::RealnameLevel:
        return QStringLiteral("realname_level");
    case ListFilterBar::Filter::OverdueBill:
        return QStringLiteral("overdue_bill");
    case ListFilterBar::Filter::Industry:
        return QStringLiteral("industry");
    case ListFilterBar::Filter::Stage:
        return QStringLiteral("stage");
    }
    return {};
}

// Long choices (grids, industries) are elided in the closed box and shown in full in the popup; the box
// keeps its width when the choices change (the row does not jump when a district is picked).
constexpr int kWideComboChars = 18;

} // namespace

ListFilterBar::ListFilterBar(ListFilterOptions *options, const QList<Filter> &filters, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_filters(filters)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("listSearchField"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &ListFilterBar::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &ListFilterBar::searchSubmitted);
    // The clear button of the line edit changes the text without textEdited().
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating)
            emit searchEdited(text);
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    QWidget *previous = m_search;
    for (Filter filter : m_filters) {
        QWidget *control = nullptr;
        if (filter == Filter::OverdueBill) {
            m_overdue = new QCheckBox(this);
            m_overdue->setObjectName(QStringLiteral("overdueBillFilter"));
            connect(m_overdue, &QCheckBox::toggled, this, [this] {
                if (!m_updating)
                    emit filtersChanged();
            });
            control = m_overdue;
        } else {
            static const QMap<Filter, const char *> names{
                {Filter::District, "districtFilter"}, {Filter::Grid, "gridFilter"},
                {Filter::Tag, "tagFilter"},           {Filter::RealnameLevel, "realnameLevelFilter"},
                {Filter::Industry, "industryFilter"}, {Filter::Stage, "stageFilter"}};
            QComboBox *combo = addCombo(filter, names.value(filter));
            auto *label = new QLabel(this);
            label->setBuddy(combo);
            m_labels.insert(filter, label);
            filterRow->addWidget(label);
            control = combo;
        }
        filterRow->addWidget(control);
        if (filter != m_filters.constLast())
            filterRow->addSpacing(8);
        setTabOrder(previous, control);
        previous = control;
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAutoDefault(false);
    connect(m_clear, &QPushButton::clicked, this, &ListFilterBar::clear);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_clear);
    filterRow->addStretch(1);
    setTabOrder(previous, m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    retranslate();
    fillOptions();
    if (m_options) {
        connect(m_options, &ListFilterOptions::optionsChanged, this, &ListFilterBar::fillOptions);
        connect(m_options, &ListFilterOptions::gridsLoaded, this, [this](const QString &district) {
            if (QComboBox *districts = m_combos.value(Filter::District);
                districts && districts->currentData().toString() == district)
                fillGrids();
        });
    }
}

QComboBox *ListFilterBar::addCombo(Filter filter, const char *objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    if (filter == Filter::Grid || filter == Filter::Industry) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(kWideComboChars);
    } else {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_combos.insert(filter, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, filter] {
        if (m_updating)
            return;
        if (filter == Filter::District)
            onDistrictChanged();
        emit filtersChanged();
    });
    return combo;
}

void ListFilterBar::fill(QComboBox *combo, const QList<FilterChoice> &choices, const QString &anyText)
{
    // Keeps the chosen value when it is still offered.
    const QString current = combo->currentData().toString();
    const bool wasUpdating = m_updating;
    m_updating = true;
    combo->clear();
    combo->addItem(anyText, QString());
    int width = combo->fontMetrics().horizontalAdvance(anyText);
    for (const FilterChoice &choice : choices) {
        combo->addItem(choice.label, choice.value);
        width = qMax(width, combo->fontMetrics().horizontalAdvance(choice.label));
    }
    combo->view()->setMinimumWidth(width + 48);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_updating = wasUpdating;
}

void ListFilterBar::fillOptions()
{
    const PagedListModel::Filters old = filters();
    if (QComboBox *combo = m_combos.value(Filter::District))
        fill(combo, m_options ? m_options->districts() : QList<FilterChoice>{}, tr("All districts"));
    if (QComboBox *combo = m_combos.value(Filter::Tag))
        fill(combo, m_options ? m_options->tags() : QList<FilterChoice>{}, tr("All tags"));
    if (QComboBox *combo = m_combos.value(Filter::Industry))
        fill(combo, m_options ? m_options->industries() : QList<FilterChoice>{}, tr("All industries"));
    if (QComboBox *combo = m_combos.value(Filter::RealnameLevel))
        fill(combo, ListFilterOptions::realnameLevels(), tr("All levels"));
    if (QComboBox *combo = m_combos.value(Filter::Stage))
        fill(combo, ListFilterOptions::stages(), tr("All stages"));
    onDistrictChanged();
    // A chosen value the new options no longer offer was dropped: the list must follow.
    if (filters() != old)
        emit filtersChanged();
}

void ListFilterBar::onDistrictChanged()
{
    QComboBox *grids = m_combos.value(Filter::Grid);
    if (!grids)
        return;
    const QString district = m_combos.contains(Filter::District)
                                 ? m_combos.value(Filter::District)->currentData().toString()
                                 : QString();
    if (!district.isEmpty() && m_options && !m_options->hasGrids(district))
        m_options->loadGrids(district);
    fillGrids();
}

void ListFilterBar::fillGrids()
{
    QComboBox *grids = m_combos.value(Filter::Grid);
    if (!grids)
        return;
    const QString district = m_combos.contains(Filter::District)
                                 ? m_combos.value(Filter::District)->currentData().toString()
                                 : QString();
    if (district.isEmpty()) {
        fill(grids, {}, tr("Choose a district first"));
        grids->setEnabled(false);
        return;
    }
    fill(grids, m_options ? m_options->grids(district) : QList<FilterChoice>{}, tr("All grids"));
    grids->setEnabled(true);
}

QString ListFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void ListFilterBar::setSearchText(const QString &text)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_search->setText(text);
    m_updating = wasUpdating;
}

void ListFilterBar::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void ListFilterBar::setSearchAccessibleName(const QString &text)
{
    m_search->setAccessibleName(text);
}

PagedListModel::Filters ListFilterBar::filters() const
{
    PagedListModel::Filters result;
    for (Filter filter : m_filters) {
        if (filter == Filter::OverdueBill) {
            if (m_overdue->isChecked())
                result.append({filterName(filter), QStringLiteral("1")});
            continue;
        }
        const QString value = m_combos.value(filter)->currentData().toString();
        if (!value.isEmpty())
            result.append({filterName(filter), value});
    }
    // A grid lies in its district: filtering by both only makes SQLite choose between two indexes.
    bool hasGrid = false;
    for (const auto &f : std::as_const(result))
        hasGrid = hasGrid || f.first == QLatin1String("grid");
    if (hasGrid)
        result.removeIf([](const auto &f) { return f.first == QLatin1String("district"); });
    return result;
}

bool ListFilterBar::hasFilters() const
{
    return !filters().isEmpty();
}

void ListFilterBar::clear()
{
    const bool hadSomething = hasFilters() || !m_search->text().isEmpty();
    m_updating = true;
    m_search->clear();
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
    if (m_overdue)
        m_overdue->setChecked(false);
    m_updating = false;
    fillGrids();
    if (hadSomething)
        emit filtersChanged(); // the page reads the (now empty) search text with the filters
}

QWidget *ListFilterBar::lastInTabOrder() const
{
    return m_clear;
}

bool ListFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            emit moveToResultsRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillOptions();
    }
}

void ListFilterBar::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        switch (it.key()) {
        case Filter::District:
            it.value()->setText(tr("&District:"));
            break;
        case Filter::Grid:
            it.value()->setText(tr("G&rid:"));
            break;
        case Filter::Tag:
            it.value()->setText(tr("&Tag:"));
            break;
        case Filter::RealnameLevel:
            it.value()->setText(tr("Real-name &level:"));
            break;
        case Filter::Industry:
            it.value()->setText(tr("&Industry:"));
            break;
        case Filter::Stage:
            it.value()->setText(tr("St&age:"));
            break;
        case Filter::OverdueBill:
            break;
        }
    }
    const QMap<Filter, QString> accessible{{Filter::District, tr("Filter by district")},
                                           {Filter::Grid, tr("Filter by grid")},
                                           {Filter::Tag, tr("Filter by tag")},
                                           {Filter::RealnameLevel, tr("Filter by real-name level")},
                                           {Filter::Industry, tr("Filter by industry")},
                                           {Filter::Stage, tr("Filter by lifecycle stage")}};
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setAccessibleName(accessible.value(it.key()));
    if (m_overdue) {
        m_overdue->setText(tr("With &overdue bills"));
        m_overdue->setAccessibleName(tr("Only citizens with overdue bills"));
    }
    m_clear->setText(tr("&Clear filters"));
    m_clear->setAccessibleName(tr("Clear the search and all filters"));
}

} // namespace gd
