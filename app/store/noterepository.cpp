#include "store/noterepository.h"

#include "store/clientid.h"

namespace gd::store {

namespace {

constexpr qsizetype kMaxText = 2000;

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), field}});
}

} // namespace

NoteRepository::NoteRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                               const CitizenRepository &citizens, const EnterpriseRepository &enterprises)
    : Repository(connection, search, QStringLiteral("note"),
                 ListSpec{{{QStringLiteral("subject"), "subject_id = ?"}},
                          {{QStringLiteral("created_at"), "created_at"}},
                          "created_at"})
    , m_writer(writer)
    , m_citizens(citizens)
    , m_enterprises(enterprises)
{
}

Result<OutboxItem> NoteRepository::add(NoteCreateRequest request, const QString &staffId,
                                       const QString &staffName, const QDateTime &now)
{
    auto id = clientObjectId(request.id);
    if (!id)
        return id.error();
    const bool citizen = request.subjectType == QLatin1String("citizen");
    if (!citizen && request.subjectType != QLatin1String("enterprise"))
        return badField(QStringLiteral("subject_type"), QStringLiteral("must be citizen or enterprise"));
    if (request.subjectId.isEmpty())
        return badField(QStringLiteral("subject_id"), QStringLiteral("is required"));
    const QString text = request.text.trimmed();
    if (text.isEmpty() || text.size() > kMaxText)
        return badField(QStringLiteral("text"), QStringLiteral("give 1 to 2000 characters"));
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a note needs the time it is written"));

    request.id = *id;
    request.text = text;
    Note note;
    note.id = request.id;
    note.subjectType = request.subjectType;
    note.subjectId = request.subjectId;
    note.authorId = staffId;
    note.authorName = staffName;
    note.text = text;
    note.createdAt = now.toUTC();
    if (citizen) {
        auto subject = m_citizens.get(request.subjectId);
        if (!subject)
            return subject.error();
        if (*subject) {
            note.districtCode = (*subject)->districtCode;
            note.gridId = (*subject)->gridId;
        }
    } else {
        auto subject = m_enterprises.get(request.subjectId);
        if (!subject)
            return subject.error();
        if (*subject) {
            note.districtCode = (*subject)->districtCode;
            note.gridId = (*subject)->gridId;
        }
    }
    note.version = 0; // not on the server yet
    note.updatedAt = note.createdAt;

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/notes");
    item.body = toJson(request);
    item.entity = QStringLiteral("note");
    item.entityId = note.id;
    item.summary = note.subjectType;
    return m_writer.write(m_reader.table(), toJson(note), std::move(item));
}

} // namespace gd::store
