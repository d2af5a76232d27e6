#pragma once
// Everything a homepage shows about one citizen or one enterprise, read in one go on the reader thread
// (loadCitizenProfile / loadEnterpriseProfile over a Store) or assembled from the server's answers for an
// object outside the local copy (ProfileLoader). Plain values: the homepage renders them, nothing more.

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/grid.h"
#include "domain/outreach.h"
#include "domain/recommendation.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace gd::store {

class Store;

// Names of the region tree nodes of an address (empty when the node is not in the local copy).
struct RegionPath {
    QString district;
    QString street;
    QString community;
    QString grid;
};

// A tag assignment with its catalogue entry (tag.id empty when the catalogue lacks it).
struct TagView {
    TagAssignment assignment;
    Tag tag;
};

struct CitizenProfile {
    Citizen citizen;
    RegionPath region;
    QList<TagView> tags;                     // catalogue order: class, then name
    QList<Application> applications;         // the citizen's, newest first (at most 200)
    QList<Push> pushes;                      // newest first (at most 200)
    QList<Message> messages;                 // newest first (at most 200)
    QList<Visit> visits;                     // newest first (at most 200)
    QList<Note> notes;                       // newest first (at most 200)
    QList<Bill> bills;                       // unpaid first (earliest due first), then paid (latest first)
    QList<BenefitApplication> benefits;      // newest first
    QList<Citizen> household;                // the other members of the household, by name
    QList<ServiceMatch> recommended;         // best first (at most 8)
    QHash<QString, ServiceItem> services;    // every service the lists above refer to, by id
    QHash<QString, QString> departmentNames; // department id → name
    bool fromServer = false;                 // fetched from the server (not in the local copy)
};

struct EnterpriseProfile {
    Enterprise enterprise;
    RegionPath region;
    QList<TagView> tags;
    std::optional<Citizen> legalPerson; // when legal_person_id is set and the citizen is readable
    QList<Application> applications;    // newest first (at most 200)
    QList<Bill> bills;                  // unpaid first (earliest due first), then paid (latest first)
    QList<BenefitApplication> benefits; // newest first
    QList<Note> notes;                  // newest first
    QList<ServiceMatch> recommended;    // best first (at most 8)
    QHash<QString, ServiceItem> services;
    QHash<QString, QString> departmentNames;
    bool fromServer = false;
};

// Reads one citizen's / enterprise's homepage from the local copy; nullopt when it is not there. One
// indexed read per section (at most 200 rows each). `now` (invalid: the current time) decides which
// services count as recently applied for: a service the subject has an application for that is not
// rejected and was submitted within the last 365 days is not recommended again.
// Reader thread (or whichever thread owns the Store).
Result<std::optional<CitizenProfile>> loadCitizenProfile(Store &store, const QString &citizenId,
                                                         const QDateTime &now = {});
Result<std::optional<EnterpriseProfile>> loadEnterpriseProfile(Store &store, const QString &enterpriseId,
                                                               const QDateTime &now = {});

// What a profile needs from the reference data, whichever way it was read: the local copy
// (loadProfileCatalogue) or the server's catalogue endpoints (ProfileLoader).
struct ProfileCatalogue {
    QHash<QString, Tag> tags;                // by id: at least the subject's tags
    QList<ServiceItem> services;             // the whole service catalogue (recommendations look at all)
    QHash<QString, QString> departmentNames; // department id → name
    QList<Region> regions; // at least the district, street, community and grid of the subject
};

// The catalogue entries a profile of a subject with these tags and this address needs, from the local
// copy.
Result<ProfileCatalogue> loadProfileCatalogue(Store &store, const QList<TagAssignment> &tags,
                                              const QString &districtCode, const QStringList &regionIds);

// Fills in everything that comes from the catalogue (region names, tags with their catalogue entries,
// referenced services, department names, recommendations) and puts every list in the order documented
// above. The sections themselves must be filled in. Used by both ways of loading a profile, so that a
// profile from the server looks exactly like one from the local copy.
void completeProfile(CitizenProfile &profile, const ProfileCatalogue &catalogue, const QDateTime &now);
void completeProfile(EnterpriseProfile &profile, const ProfileCatalogue &catalogue, const QDateTime &now);

// The sections' size limit (one page of each list).
constexpr int kProfileSectionLimit = 200;
// How many recommendations a profile shows.
constexpr int kProfileRecommendations = 8;

} // namespace gd::store
