#pragma once
// Plain rows of the demo data as the generators produce them and DemoWriter stores them. A DemoBatch
// holds every row of one grid (its residents, households, enterprises and everything they did), so a
// 2M-citizen run never holds more than one grid's worth of rows in memory.
// Times are UTC milliseconds since the epoch; kNoTime (-1) means NULL.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace gd::server {

inline constexpr qint64 kNoTime = -1;

// Who a service is for; the application generator matches citizens and enterprises against it.
enum class Audience : quint8 {
    General,    // any adult
    Worker,     // employed adults 18-60
    YoungAdult, // 20-35
    Elderly,    // 60+
    Pregnant,
    Newborn,      // the main carer of a child under one
    SchoolFamily, // parents of a 3-15 year old
    Unemployed,
    Disabled,
    Veteran,
    NewResident, // 新市民: registered outside Xiamen, arrived recently
    CarOwner,
    LowIncome, // 低保 households
    Enterprise,
    EnterpriseNew,
    EnterpriseClosing,
    Count
};

// Citizen tags of the catalogue (TagCatalogue maps them to ids such as "t_pregnant").
enum class CitizenTag : quint8 {
    Pregnant,
    SeniorEighty,
    NewResident,
    Disabled,
    Veteran,
    CarOwner,
    ElderlyAtHome,
    NewbornFamily,
    SchoolChildFamily,
    LivingAloneElderly,
    LowIncome,
    Unemployed,
    FlexibleEmployment,
    HousingFund,
    MedicalInsured,
    MobileUser,
    NightActive,
    FrequentApplicant,
    CounterPreferred,
    InterestEducation,
    InterestHealth,
    InterestHousing,
    InterestJobs,
    InterestTraffic,
    InterestEldercare,
    LeftBehindChild,     // 留守儿童 (a restricted special group, domain/grid.h)
    CommunityCorrection, // 社区矫正对象 (restricted too)
    Count
};

enum class EnterpriseTag : quint8 {
    New,
    Growing,
    Mature,
    Closing,
    HighTech,
    SmallMicro,
    ForeignTrade,
    Specialized,
    Count
};

enum class TagSource : quint8 { Registry, Application, GridVisit, Model };

enum class Channel : quint8 { Pc, Mobile, Pad, Tv, Counter, Hotline };

// "pc", "mobile", "pad", "tv", "counter", "hotline"
inline const QString &channelName(Channel c)
{
    static const QString names[] = {QStringLiteral("pc"),      QStringLiteral("mobile"),
                                    QStringLiteral("pad"),     QStringLiteral("tv"),
                                    QStringLiteral("counter"), QStringLiteral("hotline")};
    return names[int(c)];
}

// Departmental systems a citizen's identity is linked to (citizens.linked_systems), as bits.
enum LinkedSystem : quint16 {
    LinkedSocialInsurance = 1 << 0,
    LinkedMedicalInsurance = 1 << 1,
    LinkedHousingFund = 1 << 2,
    LinkedRealEstate = 1 << 3,
    LinkedTax = 1 << 4,
    LinkedTraffic = 1 << 5,
    LinkedEducation = 1 << 6,
    LinkedHouseholdRegister = 1 << 7,
    LinkedSystemCount = 8
};

struct DemoRegion {
    QString id;
    QString parentId; // empty for districts
    QString level;    // "district", "street", "community", "grid"
    QString name;
    QString districtCode;
};

struct DemoGrid {
    QString id;
    QString name;
    QString districtCode;
    QString districtName;
    QString streetId;
    QString streetName;
    QString communityId;
    QString communityName;
    QStringList places; // residential places (…里, …花园) of the community, for addresses
    bool rural = false; // a village (村) of a town
    int residents = 0;
    int enterprises = 0;
};

struct DemoTagAssignment {
    quint8 tag = 0; // CitizenTag or EnterpriseTag
    QDate since;
    TagSource source = TagSource::Registry;
};

struct DemoHousehold {
    QString id;
    QString address;
    QString headCitizenId;
    qint64 updatedMs = 0;
};

struct DemoCitizen {
    QString id;
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QString householdId;
    QString relation;  // 户主, 配偶, 子女, 父母, 孙子女 …
    QString officerId; // empty = NULL
    QDate birthDate;
    int age = 0;
    bool male = false;
    int realnameLevel = 1;
    quint16 linkedSystems = 0;
    qint64 registeredMs = 0;
    qint64 updatedMs = 0;
    quint64 tagBits = 0;
    QVarLengthArray<DemoTagAssignment, 8> tags;

    // Profile traits the later generators read (not stored as columns).
    int household = 0; // index into DemoBatch::households
    int householdSize = 1;
    bool native = true; // ID number registered in Xiamen
    QDate arrivedOn;    // non-natives: when they came to Xiamen
    bool employed = false;
    bool mainCarer = false; // applies for the household's children
    QDate childBirth;       // youngest child under one, for the newborn bundle
    QDate pregnantSince;
    Channel channel = Channel::Mobile; // preferred online channel

    bool has(CitizenTag t) const { return tagBits & (quint64(1) << int(t)); }
};

// A licence of an enterprise (营业执照, 食品经营许可证 …).
struct DemoLicence {
    QString name;
    QString number;
    QString issuer;
    QDate issuedOn;
    QDate validUntil;
};

// One month of an enterprise's social-insurance contributions.
struct DemoInsuranceMonth {
    QString month; // "2026-10"
    int employees = 0;
    qint64 amountCents = 0;
    QString status; // "paid", "due", "overdue"
};

struct DemoEnterprise {
    QString id;
    QString name;
    QString uscc;
    QString legalPerson;
    QString legalPersonId; // the legal representative's citizen id; empty = NULL
    QString industry;
    QString stage; // "new", "growing", "mature", "closing"
    qint64 capitalCents = 0;
    QDate establishedOn;
    QString address;
    QString phone;
    qint64 updatedMs = 0;
    QVarLengthArray<DemoTagAssignment, 4> tags;
    std::vector<DemoLicence> licences;         // 营业执照 first
    std::vector<DemoInsuranceMonth> insurance; // newest month first
};

struct DemoApplicationStep {
    QString name;
    QString departmentId;
    QString status; // "waiting", "active", "done", "rejected", "cancelled"
    qint64 startedMs = kNoTime;
    qint64 finishedMs = kNoTime;
    qint64 dueMs = kNoTime;
    QString handlerId; // empty = NULL
    int stage = 1;
    int slaDays = 1;
    QString claimedBy; // empty = NULL
    qint64 claimedMs = kNoTime;
    QString transferredFrom; // empty = NULL
};

// One history event of an application (application_events); see ApplicationEvent in casework.h.
struct DemoApplicationEvent {
    qint64 atMs = 0;
    QString actorId; // "" for the applicant or the system
    QString actorName;
    QString action;
    int stepSeq = 0;        // 0 = NULL
    QString departmentId;   // empty = NULL
    QString toDepartmentId; // empty = NULL
    QString reason;         // empty = NULL
    QString materialsJson;  // empty = NULL
    QString comment;        // empty = NULL
    qint64 version = 0;
};

struct DemoApplicationMaterial {
    QString name;
    bool received = true;
};

struct DemoPointItem {
    QString item;
    double points = 0;
};

struct DemoApplication {
    QString id;
    QString number; // "YYYYMMDD-NNNNNN"
    QString serviceId;
    QString applicantType; // "citizen" / "enterprise"
    QString applicantId;
    QString status; // "submitted", "in_progress", "supplement", "completed", "rejected"
    int currentStep = 1;
    QString channel;
    qint64 submittedMs = 0;
    qint64 dueMs = 0;
    qint64 completedMs = kNoTime;
    int rating = 0;        // 0 = not rated
    QString ratingComment; // empty = NULL
    QString districtCode;
    QString gridId;
    qint64 updatedMs = 0;
    QVarLengthArray<DemoApplicationStep, 6> steps;
    // Since schema 4. History only for applications of the last DemoClock weeks and open ones (older ones
    // predate the workflow history, as rows migrated from schema 3); materials only when the department
    // lacks some (otherwise the service's list, all received).
    qint64 version = 1;
    qint64 pausedMs = kNoTime;
    QString missingMaterialsJson; // empty = NULL
    std::vector<DemoApplicationEvent> events;
    std::vector<DemoApplicationMaterial> materials;
    std::vector<DemoPointItem> points;
};

struct DemoBill {
    QString id;
    QString citizenId;    // empty for an enterprise's bill
    QString enterpriseId; // empty = NULL (a citizen's bill)
    QString kind;
    QString title;
    qint64 amountCents = 0;
    QDate dueDate;
    QString status; // "due", "overdue", "paid"
    qint64 paidMs = kNoTime;
    qint64 updatedMs = 0;
};

struct DemoBenefit {
    QString id;
    QString citizenId;    // empty for an enterprise's application
    QString enterpriseId; // empty = NULL (a citizen's application)
    QString kind;         // "subsidy", "tax_refund"
    QString title;
    qint64 amountCents = 0;
    QString status; // "submitted", "reviewing", "approved", "paid", "rejected"
    qint64 submittedMs = 0;
    qint64 decidedMs = kNoTime;
    qint64 updatedMs = 0;
};

struct DemoMessage {
    QString id;
    QString citizenId;
    QString kind; // "complaint", "consultation", "suggestion", "praise"
    QString channel;
    QString title;
    QString content;
    QString departmentId; // empty = NULL
    QString status;       // "new", "assigned", "replied", "closed"
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

struct DemoPush {
    QString id;
    QString citizenId;
    QString serviceId;
    QString channel; // "app", "sms", "wechat"
    QString message;
    QString sentBy;
    qint64 sentMs = 0;
    QString status; // "queued", "delivered", "opened", "applied", "ignored"
    qint64 respondedMs = kNoTime;
    qint64 updatedMs = 0;
};

struct DemoNote {
    QString id;
    QString subjectType; // "citizen" / "enterprise"
    QString subjectId;
    QString authorId;
    QString authorName;
    QString text;
    qint64 createdMs = 0;
};

struct DemoUsageEvent {
    QString citizenId;
    QString kind; // "login", "view", "apply"
    QString channel;
    QString serviceId; // empty = NULL
    qint64 occurredMs = 0;
};

// Everything generated for one grid.
struct DemoBatch {
    const DemoGrid *grid = nullptr;
    std::vector<DemoHousehold> households;
    std::vector<DemoCitizen> citizens;
    std::vector<DemoEnterprise> enterprises;
    std::vector<DemoApplication> applications;
    std::vector<DemoBill> bills;
    std::vector<DemoBenefit> benefits;
    std::vector<DemoMessage> messages;
    std::vector<DemoUsageEvent> usageEvents;
    std::vector<DemoPush> pushes;
    std::vector<DemoNote> notes;

    void clear()
    {
        grid = nullptr;
        households.clear();
        citizens.clear();
        enterprises.clear();
        applications.clear();
        bills.clear();
        benefits.clear();
        messages.clear();
        usageEvents.clear();
        pushes.clear();
        notes.clear();
    }
};

} // namespace gd::server
