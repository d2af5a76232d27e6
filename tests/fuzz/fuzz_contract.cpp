// libFuzzer target: every JSON decoder of the contract (models/domain codecs, the client's reply decoders).
// Input: one selector byte, then JSON text. The selector picks a domain type T (or one of the other
// decoders at the end of the table); the text is decoded as T leniently (the client reading replies)
// and strictly (the server reading request bodies). Whatever decodes must:
//   - decode strictly only if it decodes leniently;
//   - encode with toJson() and with the streaming writeJson() to the same JSON values (codec.h promises
//     writeJson()'s text equals QJsonDocument's output value for value);
//   - decode again, strictly, from its own encoding, and encode to the same object again (round trip);
//   - keep every number of the input it accepted as it was (no silent wrap of a too large integer).
// A top-level array is decoded as a list of T (listFromJson), with the same checks per element.

#include "fuzzsupport.h"

#include "domain/analytics.h"
#include "domain/audience.h"
#include "domain/campaign.h"
#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/codec.h"
#include "domain/error.h"
#include "domain/grid.h"
#include "domain/jsonreader.h"
#include "domain/outreach.h"
#include "domain/recommendation.h"
#include "domain/staff.h"
#include "domain/sync.h"
#include "net/replydecoder.h"
#include "net/serverhealth.h"
#include "net/tokenreply.h"

#include <QJsonDocument>

#include <cmath>

using namespace gd;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Numbers of `input` that `encoded` has at the same place must be equal: a decoder that accepts a number
// keeps it (an int field given 4294967297 must be refused, not read as 1).
void checkNumbersKept(const QJsonValue &input, const QJsonValue &encoded, const QString &path)
{
    if (input.isObject() && encoded.isObject()) {
        const QJsonObject in = input.toObject();
        const QJsonObject out = encoded.toObject();
        for (auto it = out.constBegin(); it != out.constEnd(); ++it) {
            if (in.contains(it.key()))
                checkNumbersKept(in.value(it.key()), it.value(), path + QLatin1Char('.') + it.key());
        }
    } else if (input.isArray() && encoded.isArray()) {
        const QJsonArray in = input.toArray();
        const QJsonArray out = encoded.toArray();
        if (in.size() != out.size())
            return;
        for (qsizetype i = 0; i < in.size(); ++i)
            checkNumbersKept(in.at(i), out.at(i), path + QStringLiteral("[%1]").arg(i));
    } else if (input.isDouble() && encoded.isDouble()) {
        FUZZ_CHECK(input.toDouble() == encoded.toDouble(),
                   path + QStringLiteral(": %1 decoded as %2").arg(input.toDouble()).arg(encoded.toDouble()));
    }
}

template <typename T> void checkValue(const T &value, const QJsonObject &input)
{
    const QJsonObject encoded = toJson(value);
    // writeJson() == toJson(), value for value.
    const QByteArray written = toJsonBytes(value);
    QJsonParseError error{};
    const QJsonDocument reread = QJsonDocument::fromJson(written, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && reread.isObject(),
               QStringLiteral("writeJson() wrote no JSON object: ") + QString::fromUtf8(written));
    FUZZ_CHECK(reread.object() == encoded, QStringLiteral("writeJson() ") + QString::fromUtf8(written) +
                                               QStringLiteral("\n  toJson() ") + compact(encoded));
    // Round trip: the encoding decodes strictly to a value with the same encoding.
    const Result<T> again = fromJson<T>(encoded, true);
    FUZZ_CHECK(again.ok(), QStringLiteral("own encoding refused: ") +
                               (again ? QString() : again.error().message) + QStringLiteral("\n  ") +
                               compact(encoded));
    const QJsonObject encodedAgain = toJson(*again);
    FUZZ_CHECK(encodedAgain == encoded, QStringLiteral("round trip changed ") + compact(encoded) +
                                            QStringLiteral(" to ") + compact(encodedAgain));
    checkNumbersKept(input, encoded, QStringLiteral("$"));
}

template <typename T> void decodeAs(const QJsonDocument &document)
{
    if (document.isArray()) {
        const Result<QList<T>> list = listFromJson<T>(document.array());
        if (!list)
            return;
        FUZZ_CHECK(list->size() == document.array().size(), QStringLiteral("list size changed"));
        for (qsizetype i = 0; i < list->size(); ++i)
            checkValue(list->at(i), document.array().at(i).toObject());
        return;
    }
    const QJsonObject object = document.object();
    const Result<T> lenient = fromJson<T>(object, false);
    const Result<T> strict = fromJson<T>(object, true);
    FUZZ_CHECK(lenient.ok() || !strict.ok(), QStringLiteral("strict decoding accepted what lenient refused"));
    if (lenient)
        checkValue(*lenient, object);
}

// The error body of a failed request, as the client reads it.
void decodeErrorReply(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    const Error lenient = Error::fromJson(document.object());
    // What the server writes for an error reads back as the same error.
    const Error again = Error::fromJson(lenient.toJson());
    FUZZ_CHECK(again.code == lenient.code && again.message == lenient.message &&
                   again.details == lenient.details,
               QStringLiteral("error round trip: ") + compact(lenient.toJson()));
    const int status = text.isEmpty() ? 0 : 100 + static_cast<unsigned char>(text.at(0)) * 2;
    const qsizetype newline = text.indexOf('\n');
    const Error http = ReplyDecoder::httpError(status, text, newline < 0 ? QByteArray() : text.left(newline));
    FUZZ_CHECK(http.details.value(QStringLiteral("http_status")).toInt() == status,
               QStringLiteral("http_status lost"));
}

// The sign-in and refresh replies.
void decodeTokens(const QByteArray &text)
{
    ApiResponse response;
    response.status = 200;
    response.body = text;
    response.json = QJsonDocument::fromJson(text).object();
    const Result<AuthTokens> tokens = decodeTokenReply(response);
    if (tokens) {
        FUZZ_CHECK(!tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty(),
                   QStringLiteral("empty tokens"));
        FUZZ_CHECK(tokens->tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0,
                   QStringLiteral("not Bearer"));
    } else {
        FUZZ_CHECK(tokens.error().code == ErrorCode::Internal, QStringLiteral("a bad reply is Internal"));
    }
}

// The time and date spellings of the contract: what parses prints canonically and parses back equal.
void decodeTimes(const QByteArray &text)
{
    const QString string = QString::fromUtf8(text);
    const QDateTime time = fromIsoUtc(string);
    if (time.isValid()) {
        const QString canonical = toIsoUtc(time);
        FUZZ_CHECK(fromIsoUtc(canonical) == time,
                   QStringLiteral("time round trip: ") + string + QStringLiteral(" -> ") + canonical);
        QByteArray written;
        codec::appendIsoUtc(written, time);
        FUZZ_CHECK(written == '"' + canonical.toUtf8() + '"', QStringLiteral("appendIsoUtc ") +
                                                                  QString::fromUtf8(written) +
                                                                  QStringLiteral(" toIsoUtc ") + canonical);
    }
    const QDate date = fromIsoDate(string);
    if (date.isValid()) {
        const QString canonical = date.toString(Qt::ISODate);
        FUZZ_CHECK(fromIsoDate(canonical) == date,
                   QStringLiteral("date round trip: ") + string + QStringLiteral(" -> ") + canonical);
        QByteArray written;
        codec::appendIsoDate(written, date);
        FUZZ_CHECK(written == '"' + canonical.toUtf8() + '"', QStringLiteral("appendIsoDate ") +
                                                                  QString::fromUtf8(written) +
                                                                  QStringLiteral(" toString ") + canonical);
    }
}

// Any JSON value through the raw-value helpers and the string writer.
void decodeRaw(const QByteArray &text)
{
    const QJsonValue value = codec::parseRawJson(text);
    if (!value.isUndefined()) {
        const QByteArray serialised = codec::serialiseJsonValue(value);
        FUZZ_CHECK(codec::parseRawJson(serialised) == value,
                   QStringLiteral("raw JSON round trip: ") + QString::fromUtf8(serialised));
    }
    // appendJsonString() == QJsonDocument's escaping of the same text.
    const QString string = QString::fromUtf8(text);
    QByteArray mine;
    codec::appendJsonString(mine, string);
    const QByteArray theirs = codec::serialiseJsonValue(QJsonValue(string));
    FUZZ_CHECK(mine == theirs, QStringLiteral("appendJsonString ") + QString::fromUtf8(mine) +
                                   QStringLiteral(" vs ") + QString::fromUtf8(theirs));
    const Result<QJsonObject> body = JsonReader::parseObject(text);
    if (body) {
        JsonReader reader(*body, QStringLiteral("body"));
        (void)reader.optionalString(QStringLiteral("id"));
        (void)reader.optionalInteger(QStringLiteral("version"));
        (void)reader.stringList(QStringLiteral("tags"));
        reader.rejectUnknownFields();
        FUZZ_CHECK(reader.ok() || reader.error().code == ErrorCode::BadRequest,
                   QStringLiteral("reader error code"));
    }
}

using Decoder = void (*)(const QByteArray &text);

template <typename T> void decodeText(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    decodeAs<T>(document);
}

const Decoder kDecoders[] = {
    // analytics.h
    decodeText<RatingFigures>,
    decodeText<HandlingFigures>,
    decodeText<UsageFigures>,
    decodeText<UsageReport>,
    decodeText<OpinionFigures>,
    decodeText<TopicTrend>,
    decodeText<OpinionSpike>,
    decodeText<OpinionReport>,
    // audience.h
    decodeText<AudienceCountRequest>,
    decodeText<AudienceMember>,
    decodeText<AudienceCount>,
    // campaign.h
    decodeText<CampaignSchedule>,
    decodeText<Campaign>,
    decodeText<CampaignCreateRequest>,
    decodeText<CampaignUpdate>,
    decodeText<CampaignAction>,
    decodeText<CampaignFunnel>,
    decodeText<CampaignEffect>,
    decodeText<CampaignSegment>,
    decodeText<CampaignDay>,
    decodeText<CampaignResults>,
    decodeText<InboxMessage>,
    decodeText<InboxOpenedRequest>,
    // casework.h
    decodeText<ApplicationStep>,
    decodeText<ApplicationMaterial>,
    decodeText<ApplicationEvent>,
    decodeText<PointItem>,
    decodeText<Allocation>,
    decodeText<Application>,
    decodeText<ApplicationAction>,
    decodeText<ApplicationRating>,
    decodeText<EnrolmentRound>,
    decodeText<ApplicationUpdate>,
    decodeText<Bill>,
    decodeText<BenefitApplication>,
    decodeText<Message>,
    // catalog.h
    decodeText<Region>,
    decodeText<Department>,
    decodeText<Tag>,
    decodeText<WorkflowStep>,
    decodeText<ServiceItem>,
    // citizen.h
    decodeText<TagAssignment>,
    decodeText<Citizen>,
    decodeText<Licence>,
    decodeText<InsurancePayment>,
    decodeText<Enterprise>,
    decodeText<RevealRequest>,
    // grid.h
    decodeText<HouseholdMember>,
    decodeText<Household>,
    decodeText<SpecialGroupMembers>,
    decodeText<GridSpecialGroups>,
    decodeText<Visit>,
    decodeText<VisitCreateRequest>,
    decodeText<VisitUpdate>,
    decodeText<AttachmentInfo>,
    decodeText<AttachmentUpload>,
    decodeText<Incident>,
    decodeText<IncidentCreateRequest>,
    decodeText<IncidentUpdate>,
    decodeText<IncidentAction>,
    decodeText<GridTask>,
    decodeText<TaskCreateRequest>,
    decodeText<TaskUpdate>,
    decodeText<TaskAction>,
    // outreach.h
    decodeText<Push>,
    decodeText<PushCreateRequest>,
    decodeText<Note>,
    decodeText<NoteCreateRequest>,
    decodeText<ApplicationCreateRequest>,
    // recommendation.h
    decodeText<RecommendationSignals>,
    decodeText<Recommendation>,
    decodeText<RecommendationList>,
    decodeText<RecommendationBatchRequest>,
    decodeText<RecommendationBatch>,
    // staff.h
    decodeText<StaffUser>,
    decodeText<AuthTokens>,
    decodeText<LoginRequest>,
    decodeText<RefreshRequest>,
    // sync.h
    decodeText<Change>,
    decodeText<ChangePage>,
    decodeText<AuditEntry>,
    // net
    decodeText<ServerHealth>,
    decodeErrorReply,
    decodeTokens,
    decodeTimes,
    decodeRaw,
};
constexpr size_t kDecoderCount = sizeof kDecoders / sizeof kDecoders[0];

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Decoder decode = kDecoders[data[0] % kDecoderCount];
    decode(fuzz::bytesOf(data + 1, size - 1));
    return 0;
}
