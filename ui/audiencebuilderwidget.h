#pragma once
// The audience builder the push campaign editor embeds (issue 7): staff say who a push goes to, see the
// sentence it means and how many citizens of their scope it reaches, with a masked sample.
//
//   Tags       a tag picker (type a name — a completer offers the catalogue's citizen tags — and press
//              Enter or Add) with a mode (必须有 must have / 任一 any of / 排除 exclude); the chips, one
//              row per mode, coloured by mode. A chip takes the focus: Delete or Backspace removes it,
//              Space or a click opens its menu (change the mode, remove).
//   Attributes age from/to (不限 = open), gender, area (district → street → community → grid; "Add
//              another area" keeps the chosen one as a chip and the areas are OR'ed), real-name level
//              from/to, life event (a tag acquired from/to days ago).
//   Summary    AudienceBuilder::describe(), the live count ("约 12,345 人 · 0.4 ms", a busy bar while
//              counting, "离线 — 人数需联网计算" without the server) and the sample (up to 20 masked
//              members: surname, gender, age, district).
//
// setExpression() loads a campaign's audience; one the conditions cannot show (AudienceBuilder::
// fromExpression() refuses it) is shown as read-only JSON with a message and counted as it is, until
// "Start over". expressionChanged() fires on every edit by the user (not for setExpression()).
//
// Tag and region names come from an AudienceCatalogue read on the reader thread, the count from an
// AudienceCounter (debounced); both follow setContext(). A count that failed is tried again when the
// session's client signs in or reaches the server again. Every control has an object name, an accessible
// name and a label with a mnemonic; the tab order runs top to bottom. GUI thread; owns the catalogue and
// the counter, not the context.

#include "domain/audience.h"
#include "domain/error.h"
#include "models/audiencebuilder.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QCompleter;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStringListModel;

namespace gd {

class AudienceCatalogue;
class AudienceCounter;
class DataContext;
class FlowLayout;

class AudienceBuilderWidget : public QWidget {
    Q_OBJECT
public:
    explicit AudienceBuilderWidget(QWidget *parent = nullptr);
    ~AudienceBuilderWidget() override;

    // The session's context: the local copy for names, the server for counts. Null: no choices and
    // "offline". Not owned; the widget re-reads the catalogue and counts again.
    void setContext(DataContext *context);
    DataContext *context() const { return m_context; }

    AudienceCatalogue *catalogue() const { return m_catalogue; }
    AudienceCounter *counter() const { return m_counter; }

    // The audience as edited (AudienceBuilder::expression()), or the loaded JSON while read-only.
    QJsonObject expression() const;
    // Loads an audience without expressionChanged(); starts a count.
    void setExpression(const QJsonObject &expression);
    bool isReadOnly() const { return m_readOnly; }
    // The conditions as edited (empty while read-only).
    const AudienceBuilder &builder() const { return m_builder; }
    // The sentence shown under the conditions.
    QString description() const;
    // The count line ("About 12,345 people · 0.4 ms", "Counting…", offline, an error).
    QString countText() const;

public slots:
    // Everyone: removes every condition (and leaves the read-only view); emits expressionChanged().
    void clear();

signals:
    void expressionChanged(const QJsonObject &expression);
    // The description or the count line changed.
    void summaryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildEditor();
    void addTagRows(QWidget *editor, QGridLayout *form, int &row);
    void addAgeAndGenderRows(QWidget *editor, QGridLayout *form, int &row);
    void addAreaRow(QWidget *editor, QGridLayout *form, int &row);
    void addLevelAndLifeEventRows(QWidget *editor, QGridLayout *form, int &row);
    QWidget *buildReadOnlyView();
    void retranslate();
    void updateTabOrder();

    // Tags.
    void addTagFromEditor();
    void addTag(const QString &tagId, AudienceBuilder::TagMode mode);
    void setTagMode(const QString &tagId, AudienceBuilder::TagMode mode);
    void removeTag(const QString &tagId);
    void rebuildTagChips(const QString &focusTagId = {}, int focusIndex = -1);

    // Regions.
    void fillRegionLevel(int level, const QString &parentId, const QString &selectedId);
    void onRegionLevelChanged(int level);
    QString cascadeRegion() const;
    void selectCascade(const QString &regionId);
    void addAnotherRegion();
    void removeRegionChip(const QString &regionId);
    void rebuildRegionChips(int focusIndex = -1);

    // Catalogue and controls.
    void onCatalogueChanged();
    void fillTagChoices();
    void readControls();
    void writeControls();
    void onConditionsEdited();
    void refreshSummary();
    void startCount();

    // The count.
    void onCounted(qint64 count, const QList<gd::AudienceMember> &sample, double elapsedMs,
                   const QDate &asOf);
    void onCountFailed(const gd::Error &error);
    void onBusyChanged(bool busy);

    DataContext *m_context = nullptr;
    QList<QMetaObject::Connection> m_clientConnections;
    AudienceCatalogue *m_catalogue = nullptr;
    AudienceCounter *m_counter = nullptr;

    AudienceBuilder m_builder;
    bool m_readOnly = false;
    QJsonObject m_readOnlyExpression;
    QStringList m_regionChips; // the areas kept with "Add another area", before the cascade's
    bool m_updating = false;   // writing controls: no expressionChanged()
    qint64 m_lastCount = -1;
    double m_lastElapsedMs = 0;
    QList<AudienceMember> m_lastSample;
    std::optional<Error> m_countError;

    QStackedWidget *m_pages = nullptr;

    QLabel *m_tagsHeading = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_tagNames = nullptr;
    QComboBox *m_tagMode = nullptr;
    QPushButton *m_addTag = nullptr;
    QLabel *m_tagHint = nullptr;
    QLabel *m_noTags = nullptr;
    QLabel *m_modeLabels[3] = {};
    QWidget *m_chipRows[3] = {};
    FlowLayout *m_chipFlows[3] = {};
    QList<QPushButton *> m_tagChipButtons;

    QLabel *m_attributesHeading = nullptr;
    QLabel *m_ageLabel = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QLabel *m_ageTo = nullptr;
    QLabel *m_ageUnit = nullptr;
    QLabel *m_genderLabel = nullptr;
    QComboBox *m_gender = nullptr;
    QLabel *m_areaLabel = nullptr;
    QComboBox *m_regionLevels[4] = {};
    QPushButton *m_addRegion = nullptr;
    QWidget *m_regionChipBox = nullptr;
    FlowLayout *m_regionFlow = nullptr;
    QList<QPushButton *> m_regionChipButtons;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_minLevel = nullptr;
    QLabel *m_levelTo = nullptr;
    QComboBox *m_maxLevel = nullptr;
    QLabel *m_lifeLabel = nullptr;
    QComboBox *m_lifeTag = nullptr;
    QLabel *m_lifeAcquired = nullptr;
    QSpinBox *m_fromDays = nullptr;
    QLabel *m_lifeTo = nullptr;
    QSpinBox *m_toDays = nullptr;
    QLabel *m_lifeUnit = nullptr;

    QLabel *m_readOnlyMessage = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_startOver = nullptr;

    QLabel *m_description = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QListWidget *m_sample = nullptr;
};

} // namespace gd
