#include "store/changeapplier.h"

#include "core/logging.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <cstring>

namespace gd::store {

namespace {

// A minimal scanner over JSON text that finds where values start and end; it trusts the text to be the
// valid JSON that QJsonDocument parsed from the same bytes, and reports any surprise as a failure.
class Scanner {
public:
    explicit Scanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    const char *position() const { return m_p; }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    void skipSpace()
    {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }

    // A string token; *raw gets its bytes between the quotes (escapes left as they are).
    bool string(QByteArrayView *raw = nullptr)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"') {
            // QJsonDocument lets raw control characters and unknown escapes ("\\o") through in strings;
            // SQLite's JSON functions do not, so such a text is not kept as it is (the object is serialised
            // again, escaped) (found by fuzz_changefeed).
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            if (*m_p == '\\' && !escape())
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        if (raw)
            *raw = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    // Skips one value of any kind.
    bool value()
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"')
            return string();
        if (*m_p != '{' && *m_p != '[')
            return scalar();
        int depth = 0;
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            if (!std::strchr("{}[],: \n\r\t", c) || c == '\0') {
                if (!scalar())
                    return false;
                continue;
            }
            ++m_p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

private:
    // true, false, null or a number as JSON spells it: QJsonDocument also reads ".3" and the like, which
    // SQLite's JSON functions refuse (found by fuzz_changefeed).
    bool scalar()
    {
        for (const char *literal : {"true", "false", "null"}) {
            const auto n = qsizetype(std::strlen(literal));
            if (m_end - m_p >= n && std::memcmp(m_p, literal, size_t(n)) == 0) {
                m_p += n;
                return true;
            }
        }
        auto digits = [this] {
            const char *from = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p != from;
        };
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p != m_end && *m_p == '.' && (++m_p, !digits()))
            return false;
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    // At a backslash: steps onto the last character of a valid JSON escape.
    bool escape()
    {
        if (++m_p == m_end)
            return false;
        if (std::strchr("\"\\/bfnrt", *m_p) && *m_p != '\0')
            return true;
        if (*m_p != 'u' || m_end - m_p < 5)
            return false;
        for (int i = 1; i <= 4; ++i) {
            if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                return false;
        }
        m_p += 4;
        return true;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    const char *m_p;
    const char *m_end;
};

// Scans one change object; appends its "data" text when that is an object (else a null QByteArray).
bool scanChange(Scanner &s, QList<QByteArray> &out)
{
    if (!s.take('{'))
        return false;
    QByteArray data;
    if (!s.take('}')) {
        do {
            QByteArrayView key;
            if (!s.string(&key) || !s.take(':') || key.contains('\\'))
                return false;
            s.skipSpace();
            const char *start = s.position();
            if (!s.value())
                return false;
            // A repeated key: QJsonDocument keeps the last value, and so does this.
            if (key == "data")
                data = *start == '{' ? QByteArray::fromRawData(start, s.position() - start) : QByteArray();
        } while (s.take(','));
        if (!s.take('}'))
            return false;
    }
    out.append(data);
    return true;
}

} // namespace

QList<QByteArray> ChangeApplier::dataTexts(const QByteArray &body)
{
    QList<QByteArray> texts;
    Scanner s(body);
    if (!s.take('{'))
        return {};
    bool found = false;
    if (!s.take('}')) {
        do {
            QByteArrayView key;
            // Keys are compared as written: one with an escape might spell "changes" or "data", so such a
            // body gets no texts (its objects are serialised again) rather than another change's text.
            if (!s.string(&key) || !s.take(':') || key.contains('\\'))
                return {};
            if (key != "changes") {
                if (!s.value())
                    return {};
                continue;
            }
            // A repeated "changes": QJsonDocument keeps the last one, and so does this.
            found = true;
            texts.clear();
            if (!s.take('['))
                return {};
            if (s.take(']'))
                continue;
            do {
                if (!scanChange(s, texts))
                    return {};
            } while (s.take(','));
            if (!s.take(']'))
                return {};
        } while (s.take(','));
        if (!s.take('}'))
            return {};
    }
    return found ? texts : QList<QByteArray>{};
}

ChangeApplier::ChangeApplier(Store &store)
    : m_store(store)
{
}

Result<AppliedPage> ChangeApplier::apply(const QJsonArray &changes, qint64 next,
                                         const QList<QByteArray> &dataTexts)
{
    const bool haveTexts = dataTexts.size() == changes.size();
    auto pending = m_store.outbox().pendingObjects();
    if (!pending)
        return pending.error();
    auto tx = WriteTransaction::begin(m_store.connection());
    if (!tx)
        return tx.error();
    AppliedPage page;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QString id = change.value(QLatin1String("id")).toString();
        const LocalTable *table = localTable(entity);
        if (!table || id.isEmpty()) {
            ++page.skipped;
            continue;
        }
        if (!pending->isEmpty() && pending->contains(entity + QLatin1Char('/') + id)) {
            ++page.skipped;
            continue;
        }
        if (change.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
            if (auto r = m_store.entities().remove(*table, id); !r)
                return r.error();
        } else {
            const QJsonObject data = change.value(QLatin1String("data")).toObject();
            if (data.isEmpty()) {
                ++page.skipped;
                continue;
            }
            // The server's own text of the object when at hand: the same JSON, not serialised again.
            const QByteArray text = haveTexts ? dataTexts.at(i) : QByteArray();
            auto written = text.isEmpty() ? m_store.entities().upsert(*table, data)
                                          : m_store.entities().upsert(*table, data, text);
            if (!written)
                return written.error();
            if (!*written) {
                ++page.skipped;
                continue;
            }
        }
        ++page.written;
        page.changed[entity].append(id);
    }
    if (auto r = m_store.state().setPullCheckpoint(next); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return page;
}

} // namespace gd::store
