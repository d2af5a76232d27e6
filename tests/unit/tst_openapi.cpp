// docs/api/openapi.yaml against the route table of govdesk-server (buildApiRouter): every registered route
// is documented and every documented operation is registered, `security: []` exactly on the public routes,
// `x-roles` exactly on the role-limited ones, path parameters declared, and — by calling the list handlers
// against an empty database — the query parameters of each list endpoint are exactly the filters and sort
// keys the server accepts, within the documented bounds. No YAML library is installed, so the document is
// read by a small reader for the block-style subset it is written in (two-space indentation, block maps and
// lists, flow lists of scalars, quoted and plain scalars, `|` block scalars, whole-line comments).

#include "auth/authservice.h"
#include "db/auditlog.h"
#include "db/changenotifier.h"
#include "db/database.h"
#include "db/entities.h"
#include "http/api.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace gd;
using namespace gd::server;

namespace {

struct YamlNode {
    enum class Kind { Null, Scalar, Map, List };
    Kind kind = Kind::Null;
    QString scalar;
    std::vector<QString> keys;   // Map: keys in document order, parallel to items
    std::vector<YamlNode> items; // Map values or List items
    int line = 0;

    const YamlNode *value(QStringView key) const
    {
        if (kind != Kind::Map)
            return nullptr;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key)
                return &items[i];
        }
        return nullptr;
    }
    QString text(QStringView key) const
    {
        const YamlNode *v = value(key);
        return v && v->kind == Kind::Scalar ? v->scalar : QString();
    }
    QStringList scalars() const
    {
        QStringList out;
        for (const YamlNode &item : items) {
            if (item.kind == Kind::Scalar)
                out.append(item.scalar);
        }
        return out;
    }
};

class YamlReader {
public:
    explicit YamlReader(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            int indent = 0;
            while (indent < line.size() && line[indent] == QLatin1Char(' '))
                ++indent;
            if (line[indent] == QLatin1Char('\t')) {
                fail(i + 1, QStringLiteral("tab in indentation"));
                return;
            }
            m_lines.push_back(Line{i + 1, indent, line.mid(indent).trimmed()});
        }
        if (m_lines.empty()) {
            fail(0, QStringLiteral("empty document"));
            return;
        }
        if (m_lines.front().indent != 0)
            fail(m_lines.front().number, QStringLiteral("the document must start at indent 0"));
        else
            m_root = parseBlock(0);
        if (m_error.isEmpty() && m_pos < m_lines.size())
            fail(m_lines[m_pos].number, QStringLiteral("unexpected indentation"));
    }

    const YamlNode &root() const { return m_root; }
    const QString &error() const { return m_error; }

private:
    struct Line {
        int number;
        int indent;
        QString text;
    };

    void fail(int line, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("openapi.yaml line %1: %2").arg(line).arg(what);
        m_pos = m_lines.size();
    }

    static bool isListItem(const QString &text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    // "key: rest", "key:" or "'quoted key': rest"; false when the text is not a mapping entry.
    static bool splitKey(const QString &text, QString *key, QString *rest)
    {
        qsizetype colon = -1;
        if (text.startsWith(QLatin1Char('\'')) || text.startsWith(QLatin1Char('"'))) {
            const QChar quote = text[0];
            qsizetype close = 1;
            while ((close = text.indexOf(quote, close)) >= 0 && quote == QLatin1Char('\'') &&
                   close + 1 < text.size() && text[close + 1] == QLatin1Char('\''))
                close += 2;
            if (close < 0 || close + 1 >= text.size() || text[close + 1] != QLatin1Char(':'))
                return false;
            colon = close + 1;
            *key = unquote(text.left(close + 1));
        } else {
            colon = text.indexOf(QLatin1String(": "));
            if (colon < 0 && text.endsWith(QLatin1Char(':')))
                colon = text.size() - 1;
            if (colon <= 0)
                return false;
            *key = text.left(colon);
        }
        if (colon + 1 < text.size() && text[colon + 1] != QLatin1Char(' '))
            return false;
        *rest = text.mid(colon + 1).trimmed();
        return true;
    }

    static QString unquote(const QString &text)
    {
        if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
            return text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            return text.mid(1, text.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        return text;
    }

    YamlNode inlineValue(const QString &text, int line)
    {
        YamlNode node;
        node.line = line;
        if (text.startsWith(QLatin1Char('['))) {
            if (!text.endsWith(QLatin1Char(']'))) {
                fail(line, QStringLiteral("flow lists must end on their line"));
                return node;
            }
            node.kind = YamlNode::Kind::List;
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            if (inner.isEmpty())
                return node;
            for (const QString &part : inner.split(QLatin1Char(','))) {
                YamlNode item;
                item.kind = YamlNode::Kind::Scalar;
                item.scalar = unquote(part.trimmed());
                item.line = line;
                node.items.push_back(item);
            }
            return node;
        }
        if (text.startsWith(QLatin1Char('{'))) {
            if (text != QLatin1String("{}"))
                fail(line, QStringLiteral("only empty flow maps {} are supported"));
            node.kind = YamlNode::Kind::Map;
            return node;
        }
        node.kind = YamlNode::Kind::Scalar;
        node.scalar = unquote(text);
        return node;
    }

    YamlNode parseBlock(int indent)
    {
        return isListItem(m_lines[m_pos].text) ? parseList(indent) : parseMap(indent);
    }

    // The value after "key:" on a line at `indent`: inline, a block scalar, a nested block or null.
    YamlNode valueAfterKey(const QString &rest, int indent, int line)
    {
        if (rest.startsWith(QLatin1Char('|')) || rest.startsWith(QLatin1Char('>'))) {
            YamlNode node;
            node.kind = YamlNode::Kind::Scalar;
            node.line = line;
            QStringList text;
            while (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
                text.append(m_lines[m_pos++].text);
            node.scalar = text.join(QLatin1Char('\n'));
            return node;
        }
        if (!rest.isEmpty())
            return inlineValue(rest, line);
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
            if (m_lines[m_pos].indent != indent + 2) {
                fail(m_lines[m_pos].number, QStringLiteral("indent by two spaces"));
                return {};
            }
            return parseBlock(indent + 2);
        }
        YamlNode null;
        null.line = line;
        return null;
    }

    YamlNode parseMap(int indent)
    {
        YamlNode node;
        node.kind = YamlNode::Kind::Map;
        node.line = m_lines[m_pos].number;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent) {
            const Line line = m_lines[m_pos];
            QString key;
            QString rest;
            if (isListItem(line.text) || !splitKey(line.text, &key, &rest)) {
                fail(line.number, QStringLiteral("expected \"key: value\""));
                break;
            }
            if (node.value(key)) {
                fail(line.number, QStringLiteral("duplicate key ") + key);
                break;
            }
            ++m_pos;
            YamlNode value = valueAfterKey(rest, indent, line.number);
            node.keys.push_back(key);
            node.items.push_back(std::move(value));
        }
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
            fail(m_lines[m_pos].number, QStringLiteral("unexpected indentation"));
        return node;
    }

    YamlNode parseList(int indent)
    {
        YamlNode node;
        node.kind = YamlNode::Kind::List;
        node.line = m_lines[m_pos].number;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent && isListItem(m_lines[m_pos].text)) {
            Line &line = m_lines[m_pos];
            const QString content = line.text.mid(1).trimmed();
            QString key;
            QString rest;
            if (content.isEmpty()) {
                ++m_pos;
                node.items.push_back(valueAfterKey({}, indent, line.number));
            } else if (splitKey(content, &key, &rest)) {
                // "- key: value" opens a map whose entries sit at indent + 2.
                line.indent = indent + 2;
                line.text = content;
                node.items.push_back(parseMap(indent + 2));
            } else {
                ++m_pos;
                node.items.push_back(inlineValue(content, line.number));
            }
        }
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
            fail(m_lines[m_pos].number, QStringLiteral("unexpected indentation"));
        return node;
    }

    std::vector<Line> m_lines;
    size_t m_pos = 0;
    YamlNode m_root;
    QString m_error;
};

const QStringList kMethods{QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
                           QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                           QStringLiteral("patch"),  QStringLiteral("trace")};

struct Operation {
    QString method; // upper case, as in Route
    QString path;
    const YamlNode *node = nullptr;
    const YamlNode *pathItem = nullptr;

    QString name() const { return method + QLatin1Char(' ') + path; }
};

// A query or path parameter with its reference resolved.
struct Parameter {
    QString name;
    QString in;
    bool required = false;
    const YamlNode *schema = nullptr;
};

} // namespace

class TestOpenApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void declaresOpenApi303();
    void pathsAreWellFormed();
    void everyRouteIsDocumented();
    void everyDocumentedOperationIsARoute();
    void securityMatchesPublicRoutes();
    void rolesMatchRouteRoles();
    void operationsHaveSummaryAndOperationId();
    void pathParametersAreDeclared();
    void queryParametersMatchTheServer();

private:
    const Route *routeFor(const Operation &op) const;
    const Operation *operationFor(const Route &route) const;
    QList<Parameter> parametersOf(const Operation &op, QStringList *problems) const;
    int statusOf(const Route &route, const QList<QPair<QString, QString>> &query);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuthService> m_auth;
    ChangeNotifier m_notifier;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<YamlReader> m_yaml;
    QList<Operation> m_operations;
    QStringList m_pathProblems;
};

void TestOpenApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqliteInDirectory(m_dir.path()));
    const auto migrated = m_db->migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_auth = std::make_unique<AuthService>(*m_db, *m_audit);
    m_router = std::make_unique<Router>(buildApiRouter({*m_db, *m_auth, *m_audit, m_notifier}));
    QVERIFY(!m_router->routes().isEmpty());

    const QString docPath = QStringLiteral(GOVDESK_SOURCE_DIR "/docs/api/openapi.yaml");
    QFile file(docPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(docPath + QStringLiteral(": ") + file.errorString()));
    m_yaml = std::make_unique<YamlReader>(QString::fromUtf8(file.readAll()));
    QVERIFY2(m_yaml->error().isEmpty(), qPrintable(m_yaml->error()));

    const YamlNode *paths = m_yaml->root().value(u"paths");
    QVERIFY2(paths && paths->kind == YamlNode::Kind::Map, "openapi.yaml has no `paths:` map");
    for (size_t i = 0; i < paths->keys.size(); ++i) {
        const QString &path = paths->keys[i];
        const YamlNode &item = paths->items[i];
        if (!path.startsWith(QLatin1Char('/')) || item.kind != YamlNode::Kind::Map) {
            m_pathProblems.append(QStringLiteral("line %1: %2 is not a path item").arg(item.line).arg(path));
            continue;
        }
        for (size_t j = 0; j < item.keys.size(); ++j) {
            const QString &key = item.keys[j];
            if (kMethods.contains(key)) {
                if (item.items[j].kind != YamlNode::Kind::Map)
                    m_pathProblems.append(key.toUpper() + QLatin1Char(' ') + path +
                                          QStringLiteral(": not a map"));
                else
                    m_operations.append(Operation{key.toUpper(), path, &item.items[j], &item});
            } else if (key != QLatin1String("summary") && key != QLatin1String("description") &&
                       key != QLatin1String("parameters")) {
                m_pathProblems.append(path + QStringLiteral(": unexpected key '") + key +
                                      QStringLiteral("' (methods are lower case)"));
            }
        }
    }
    QVERIFY2(!m_operations.isEmpty(), "openapi.yaml documents no operations");
}

const Route *TestOpenApi::routeFor(const Operation &op) const
{
    for (const Route &r : m_router->routes()) {
        if (r.method == op.method && r.pattern == op.path)
            return &r;
    }
    return nullptr;
}

const Operation *TestOpenApi::operationFor(const Route &route) const
{
    for (const Operation &op : m_operations) {
        if (op.method == route.method && op.path == route.pattern)
            return &op;
    }
    return nullptr;
}

QList<Parameter> TestOpenApi::parametersOf(const Operation &op, QStringList *problems) const
{
    const YamlNode *components = m_yaml->root().value(u"components");
    const YamlNode *shared = components ? components->value(u"parameters") : nullptr;
    QList<Parameter> out;
    for (const YamlNode *owner : {op.pathItem, op.node}) {
        const YamlNode *list = owner->value(u"parameters");
        if (!list)
            continue;
        if (list->kind != YamlNode::Kind::List) {
            problems->append(op.name() + QStringLiteral(": parameters is not a list"));
            continue;
        }
        for (const YamlNode &item : list->items) {
            const YamlNode *p = &item;
            const QString ref = item.text(u"$ref");
            if (!ref.isEmpty()) {
                static const QString prefix = QStringLiteral("#/components/parameters/");
                p = ref.startsWith(prefix) && shared ? shared->value(ref.mid(prefix.size())) : nullptr;
                if (!p) {
                    problems->append(op.name() + QStringLiteral(": unresolved parameter ") + ref);
                    continue;
                }
            }
            out.append(Parameter{p->text(u"name"), p->text(u"in"),
                                 p->text(u"required") == QLatin1String("true"), p->value(u"schema")});
        }
    }
    return out;
}

int TestOpenApi::statusOf(const Route &route, const QList<QPair<QString, QString>> &query)
{
    Principal admin;
    admin.staffId = QStringLiteral("openapi-check");
    admin.username = QStringLiteral("openapi-check");
    admin.role = Role::Admin;
    admin.clientAddress = QStringLiteral("127.0.0.1");
    RequestContext ctx;
    ctx.method = route.method;
    ctx.path = route.pattern;
    ctx.query = query;
    ctx.clientAddress = admin.clientAddress;
    ctx.principal = admin;
    return route.handler(ctx).status;
}

void TestOpenApi::declaresOpenApi303()
{
    QCOMPARE(m_yaml->root().text(u"openapi"), QStringLiteral("3.0.3"));
}

void TestOpenApi::pathsAreWellFormed()
{
    QVERIFY2(m_pathProblems.isEmpty(), qPrintable(m_pathProblems.join(QLatin1Char('\n'))));
}

void TestOpenApi::everyRouteIsDocumented()
{
    QStringList problems;
    for (const Route &r : m_router->routes()) {
        if (!operationFor(r))
            problems.append(r.method + QLatin1Char(' ') + r.pattern +
                            QStringLiteral(": registered route is not documented in docs/api/openapi.yaml"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::everyDocumentedOperationIsARoute()
{
    QStringList problems;
    for (const Operation &op : std::as_const(m_operations)) {
        if (!routeFor(op))
            problems.append(op.name() +
                            QStringLiteral(": documented in openapi.yaml (line %1) but not registered by "
                                           "buildApiRouter()")
                                .arg(op.node->line));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::securityMatchesPublicRoutes()
{
    QStringList problems;
    for (const Operation &op : std::as_const(m_operations)) {
        const Route *route = routeFor(op);
        if (!route)
            continue;
        const YamlNode *security = op.node->value(u"security");
        const bool documentedPublic =
            security && security->kind == YamlNode::Kind::List && security->items.empty();
        if (route->isPublic && !documentedPublic)
            problems.append(op.name() + QStringLiteral(": public route, document `security: []`"));
        else if (!route->isPublic && documentedPublic)
            problems.append(op.name() +
                            QStringLiteral(": documented `security: []` but the route needs a bearer token"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::rolesMatchRouteRoles()
{
    QStringList problems;
    for (const Operation &op : std::as_const(m_operations)) {
        const Route *route = routeFor(op);
        if (!route)
            continue;
        QStringList expected;
        for (Role role : route->roles)
            expected.append(roleName(role));
        expected.sort();
        const YamlNode *xRoles = op.node->value(u"x-roles");
        if (expected.isEmpty()) {
            if (xRoles)
                problems.append(op.name() +
                                QStringLiteral(": documents x-roles but every signed-in role may call it"));
            continue;
        }
        if (!xRoles || xRoles->kind != YamlNode::Kind::List) {
            problems.append(op.name() + QStringLiteral(": limited to roles [") +
                            expected.join(QStringLiteral(", ")) + QStringLiteral("], document `x-roles: [") +
                            expected.join(QStringLiteral(", ")) + QStringLiteral("]`"));
            continue;
        }
        QStringList documented = xRoles->scalars();
        documented.sort();
        if (documented != expected)
            problems.append(op.name() + QStringLiteral(": x-roles [") +
                            documented.join(QStringLiteral(", ")) +
                            QStringLiteral("] but the route allows [") + expected.join(QStringLiteral(", ")) +
                            QLatin1Char(']'));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::operationsHaveSummaryAndOperationId()
{
    QStringList problems;
    QSet<QString> ids;
    for (const Operation &op : std::as_const(m_operations)) {
        if (op.node->text(u"summary").trimmed().isEmpty())
            problems.append(op.name() + QStringLiteral(": empty or missing summary"));
        const QString id = op.node->text(u"operationId");
        if (id.isEmpty())
            problems.append(op.name() + QStringLiteral(": missing operationId"));
        else if (ids.contains(id))
            problems.append(op.name() + QStringLiteral(": operationId ") + id +
                            QStringLiteral(" is used twice"));
        ids.insert(id);
        if (!op.node->value(u"responses"))
            problems.append(op.name() + QStringLiteral(": no responses"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::pathParametersAreDeclared()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList problems;
    for (const Operation &op : std::as_const(m_operations)) {
        QStringList inPath;
        for (auto it = placeholder.globalMatch(op.path); it.hasNext();)
            inPath.append(it.next().captured(1));
        QStringList declared;
        for (const Parameter &p : parametersOf(op, &problems)) {
            if (p.in != QLatin1String("path"))
                continue;
            declared.append(p.name);
            if (!p.required)
                problems.append(op.name() + QStringLiteral(": path parameter ") + p.name +
                                QStringLiteral(" must be required: true"));
        }
        inPath.sort();
        declared.sort();
        if (inPath != declared)
            problems.append(op.name() + QStringLiteral(": path parameters [") +
                            declared.join(QStringLiteral(", ")) +
                            QStringLiteral("] do not match the path's [") +
                            inPath.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOpenApi::queryParametersMatchTheServer()
{
    // Every filter and sort key any list endpoint knows: each must be accepted exactly where documented.
    QSet<QString> knownFilters{QStringLiteral("zz_not_a_parameter")};
    QSet<QString> knownSortKeys;
    for (const EntitySpec &spec : entitySpecs()) {
        for (auto it = spec.filters.constBegin(); it != spec.filters.constEnd(); ++it)
            knownFilters.insert(it.key());
        for (auto it = spec.sortColumns.constBegin(); it != spec.sortColumns.constEnd(); ++it) {
            knownSortKeys.insert(it.key());
            knownSortKeys.insert(QLatin1Char('-') + it.key());
        }
    }

    QStringList problems;
    int calls = 0;
    const auto expect = [&](const Operation &op, const Route &route, const QString &name,
                            const QString &value, bool accepted) {
        ++calls;
        const int status = statusOf(route, {{name, value}});
        if (accepted && status == 400)
            problems.append(op.name() + QStringLiteral(": documented ") + name + QLatin1Char('=') + value +
                            QStringLiteral(" is rejected by the server (400)"));
        else if (!accepted && status != 400)
            problems.append(op.name() + QStringLiteral(": ") + name + QLatin1Char('=') + value +
                            QStringLiteral(" is accepted by the server (%1) but not documented").arg(status));
    };

    for (const Operation &op : std::as_const(m_operations)) {
        const Route *route = routeFor(op);
        if (!route || op.method != QLatin1String("GET") || op.path.contains(QLatin1Char('{')))
            continue;
        QSet<QString> documented;
        QStringList documentedSorts;
        for (const Parameter &p : parametersOf(op, &problems)) {
            if (p.in != QLatin1String("query"))
                continue;
            documented.insert(p.name);
            const YamlNode *schema = p.schema;
            if (!schema) {
                problems.append(op.name() + QStringLiteral(": query parameter ") + p.name +
                                QStringLiteral(" has no schema"));
                continue;
            }
            const YamlNode *values = schema->value(u"enum");
            if (values) {
                for (const QString &v : values->scalars())
                    expect(op, *route, p.name, v, true);
                if (p.name == QLatin1String("sort"))
                    documentedSorts = values->scalars();
            } else if (schema->text(u"type") == QLatin1String("integer")) {
                bool hasMin = false;
                bool hasMax = false;
                const qint64 min = schema->text(u"minimum").toLongLong(&hasMin);
                const qint64 max = schema->text(u"maximum").toLongLong(&hasMax);
                if (hasMin) {
                    expect(op, *route, p.name, QString::number(min), true);
                    expect(op, *route, p.name, QString::number(min - 1), false);
                }
                if (hasMax) {
                    expect(op, *route, p.name, QString::number(max), true);
                    expect(op, *route, p.name, QString::number(max + 1), false);
                }
                expect(op, *route, p.name, QStringLiteral("not-a-number"), false);
            } else if (schema->text(u"format") == QLatin1String("date-time")) {
                // Typed time filters: ISO 8601 times and dates pass, anything else is a 400.
                expect(op, *route, p.name, QStringLiteral("2026-11-01T00:00:00.000Z"), true);
                expect(op, *route, p.name, QStringLiteral("2026-11-01"), true);
                expect(op, *route, p.name, QStringLiteral("x"), false);
            } else if (schema->text(u"format") == QLatin1String("date")) {
                // Local dates: yyyy-MM-dd passes, anything else is a 400.
                expect(op, *route, p.name, QStringLiteral("2026-11-01"), true);
                expect(op, *route, p.name, QStringLiteral("x"), false);
            } else {
                expect(op, *route, p.name, QStringLiteral("x"), true);
            }
        }
        // Entity lists (they page with offset): no undocumented filter or sort key may be accepted.
        if (!documented.contains(QStringLiteral("offset")))
            continue;
        for (const QString &name : std::as_const(knownFilters)) {
            if (!documented.contains(name))
                expect(op, *route, name, QStringLiteral("x"), false);
        }
        for (const QString &key : std::as_const(knownSortKeys)) {
            if (!documentedSorts.contains(key))
                expect(op, *route, QStringLiteral("sort"), key, false);
        }
    }
    QVERIFY(calls > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
