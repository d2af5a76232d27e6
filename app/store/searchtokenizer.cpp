#include "store/searchtokenizer.h"

#include "domain/identity.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

namespace gd::store {
namespace {

// Characters whose ICU reading is wrong or one-sided for this city's text: both readings are indexed,
// the first is the one used for queries typed half in Han ("厦men").
struct Polyphone {
    char32_t character;
    const char *primary;
    const char *alternate;
};
constexpr Polyphone kPolyphones[] = {
    {U'厦', "xia", "sha"},     // 厦门 (ICU: sha)
    {U'行', "xing", "hang"},   // 银行, 分行
    {U'长', "chang", "zhang"}, // 长泰, 长江 (ICU: zhang)
    {U'重', "zhong", "chong"}, // 重庆
    {U'乐', "le", "yue"},      // 音乐
    {U'朝', "chao", "zhao"},   // 朝阳 / 朝气
};

// Surnames read differently from the character's usual reading, applied to the first character of a
// person's name only; the ordinary reading stays indexed as the alternate. ICU reads 单 dan, 曾 ceng,
// 解 jie, 仇 chou, 朴 pu, 区 qu, 查 cha, 盖 gai, 乐 le, 覃 tan, 翟 di, 缪 mou, 薄 bao, 种 zhong.
struct Surname {
    char32_t character;
    const char *reading;
};
constexpr Surname kSurnames[] = {
    {U'单', "shan"}, {U'曾', "zeng"}, {U'解', "xie"}, {U'仇', "qiu"},   {U'朴', "piao"},
    {U'区', "ou"},   {U'查', "zha"},  {U'盖', "ge"},  {U'乐', "yue"},   {U'覃', "qin"},
    {U'翟', "zhai"}, {U'缪', "miao"}, {U'薄', "bo"},  {U'种', "chong"},
};

struct CharInfo {
    enum class Class : quint8 {
        Separator, // spaces, punctuation, asterisks: end a run
        Ignore,    // combining marks: dropped without ending a run
        Alnum,     // folds to ASCII letters/digits (text)
        Ideograph, // a token of its own: Han, or a letter with no ASCII form
    };
    Class cls = Class::Separator;
    QString text;      // Alnum: ASCII lower-case folding (é -> e, ｚ -> z); Ideograph: the character
    QString reading;   // Ideograph: pinyin syllable in ASCII lower case; empty when unknown
    QString alternate; // Ideograph: a second reading, or empty
};

// One name-column token and its pinyin readings.
struct Unit {
    QString token;
    QString reading; // empty: no reading, which breaks the pinyin tokens around it
    QString alternate;
};

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Joined pinyin, initials and full-then-initials tokens of one run of readable syllables (see header).
void appendPinyinTokens(const QList<QStringView> &syllables, QStringList &out)
{
    const qsizetype n = syllables.size();
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype end = std::min(n, k + SearchTokenizer::kPinyinWindow);
        QString full;
        for (qsizetype i = k; i < end; ++i)
            full += syllables[i];
        out.append(full);
        // Full syllables up to j, initials after; j = end - 2 would be a prefix of `full`.
        for (qsizetype j = k; j + 3 <= end; ++j) {
            QString mixed;
            for (qsizetype i = k; i <= j; ++i)
                mixed += syllables[i];
            for (qsizetype i = j + 1; i < end; ++i)
                mixed += syllables[i].front();
            out.append(mixed);
        }
        const qsizetype initialsEnd = std::min(n, k + SearchTokenizer::kInitialsWindow);
        if (initialsEnd - k >= 2) { // one initial is a prefix of `full` anyway
            QString initials;
            for (qsizetype i = k; i < initialsEnd; ++i)
                initials += syllables[i].front();
            out.append(initials);
        }
    }
}

// Pinyin tokens of a unit list: per run of units with readings, for the primary readings and for each
// of the first few alternates on its own (not their combinations).
void appendPinyinTokens(const QList<Unit> &units, QStringList &out)
{
    constexpr int kMaxVariants = 3;
    QList<QStringView> syllables;
    QList<qsizetype> alternates; // positions in `syllables`
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= units.size(); ++i) {
        const bool readable = i < units.size() && !units[i].reading.isEmpty();
        if (readable) {
            if (syllables.isEmpty())
                runStart = i;
            syllables.append(units[i].reading);
            if (!units[i].alternate.isEmpty() && alternates.size() < kMaxVariants)
                alternates.append(i - runStart);
            continue;
        }
        if (syllables.isEmpty())
            continue;
        appendPinyinTokens(syllables, out);
        for (qsizetype position : std::as_const(alternates)) {
            QList<QStringView> variant = syllables;
            variant[position] = units[runStart + position].alternate;
            appendPinyinTokens(variant, out);
        }
        syllables.clear();
        alternates.clear();
    }
}

} // namespace

struct SearchTokenizer::Private {
    std::unique_ptr<icu::Transliterator> han;   // "Han-Latin": syllables with tone marks
    std::unique_ptr<icu::Transliterator> latin; // "NFKC; Latin-ASCII": é -> e, ｚ -> z, ß -> ss
    std::array<CharInfo, 128> ascii;
    mutable QHash<char32_t, CharInfo> cache;

    Private()
    {
        UErrorCode status = U_ZERO_ERROR;
        han.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin"),
                                                      UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            han.reset();
        status = U_ZERO_ERROR;
        latin.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("NFKC; Latin-ASCII"),
                                                        UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            latin.reset();
        for (char32_t c = 0; c < 128; ++c) {
            CharInfo &info = ascii[c];
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
                info.cls = CharInfo::Class::Alnum;
                info.text = QChar(char16_t(c));
            } else if (c >= 'A' && c <= 'Z') {
                info.cls = CharInfo::Class::Alnum;
                info.text = QChar(char16_t(c - 'A' + 'a'));
            }
        }
    }

    const CharInfo &info(char32_t c) const
    {
        if (c < 128)
            return ascii[c];
        auto found = cache.constFind(c);
        if (found != cache.constEnd())
            return *found;
        return *cache.insert(c, classify(c));
    }

    static QString toQString(const icu::UnicodeString &s)
    {
        return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
    }

    CharInfo classify(char32_t c) const
    {
        CharInfo info;
        if (QChar::isMark(c)) {
            info.cls = CharInfo::Class::Ignore;
            return info;
        }
        if (!QChar::isLetterOrNumber(c))
            return info; // Separator
        const QString self = QString::fromUcs4(&c, 1);
        if (QChar::script(c) == QChar::Script_Han) {
            info.cls = CharInfo::Class::Ideograph;
            info.text = self;
            for (const Polyphone &p : kPolyphones) {
                if (p.character == c) {
                    info.reading = QString::fromLatin1(p.primary);
                    info.alternate = QString::fromLatin1(p.alternate);
                    return info;
                }
            }
            if (!han)
                return info;
            icu::UnicodeString s(static_cast<UChar32>(c));
            han->transliterate(s);
            // "lǚ" decomposes to l u U+0308 U+030C: the diaeresis marks ü, indexed as u and as v.
            const QString decomposed = toQString(s).normalized(QString::NormalizationForm_D);
            bool umlaut = false;
            for (QChar ch : decomposed) {
                if (ch.unicode() == 0x0308)
                    umlaut = true;
                else if (ch.unicode() < 128 && ch.isLetter())
                    info.reading += ch.toLower();
            }
            if (umlaut && info.reading.contains(QLatin1Char('u')))
                info.alternate = QString(info.reading).replace(QLatin1Char('u'), QLatin1Char('v'));
            return info;
        }
        QString folded;
        if (latin) {
            icu::UnicodeString s(static_cast<UChar32>(c));
            latin->transliterate(s);
            for (QChar ch : toQString(s)) {
                if (ch.unicode() < 128 && ch.isLetterOrNumber())
                    folded += ch.toLower();
            }
        }
        if (folded.isEmpty()) {
            info.cls = CharInfo::Class::Ideograph; // Cyrillic, kana …: a token without a reading
            info.text = self;
        } else {
            info.cls = CharInfo::Class::Alnum;
            info.text = folded;
        }
        return info;
    }

    // Calls f(const CharInfo &) for every code point of text.
    template <typename F> void scan(QStringView text, F f) const
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            char32_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i;
            }
            f(info(c));
        }
    }

    QList<Unit> units(QStringView text, NameKind kind) const
    {
        QList<Unit> out;
        QString run;
        auto flush = [&] {
            if (!run.isEmpty()) {
                out.append(Unit{run, run, {}});
                run.clear();
            }
        };
        scan(text, [&](const CharInfo &ci) {
            switch (ci.cls) {
            case CharInfo::Class::Alnum:
                run += ci.text;
                break;
            case CharInfo::Class::Ideograph:
                flush();
                out.append(Unit{ci.text, ci.reading, ci.alternate});
                break;
            case CharInfo::Class::Separator:
                flush();
                break;
            case CharInfo::Class::Ignore:
                break;
            }
        });
        flush();
        if (kind == NameKind::Person && !out.isEmpty() && out.constFirst().token.size() <= 2) {
            Unit &first = out.first();
            const char32_t c = first.token.toUcs4().value(0);
            for (const Surname &s : kSurnames) {
                if (s.character == c) {
                    const QString reading = QString::fromLatin1(s.reading);
                    if (first.reading != reading)
                        first.alternate = first.reading;
                    first.reading = reading;
                    break;
                }
            }
        }
        return out;
    }

    // Suffixes of length >= kMinFragment of each visible run of value: folded ASCII letters and digits,
    // ended by anything else ('*', '-', spaces).
    void appendNumberFragments(QStringView value, QStringList &out) const
    {
        QString run;
        auto flush = [&] {
            for (qsizetype i = 0; i + kMinFragment <= run.size(); ++i)
                out.append(run.mid(i));
            run.clear();
        };
        scan(value, [&](const CharInfo &ci) {
            if (ci.cls == CharInfo::Class::Alnum)
                run += ci.text;
            else if (ci.cls != CharInfo::Class::Ignore)
                flush();
        });
        flush();
    }
};

SearchTokenizer::SearchTokenizer()
    : d(std::make_unique<Private>())
{
}

SearchTokenizer::~SearchTokenizer() = default;

bool SearchTokenizer::hasPinyin() const
{
    return d->han != nullptr;
}

SearchColumns SearchTokenizer::tokens(const SearchDocument &doc, NameKind kind) const
{
    SearchColumns columns;
    const QList<Unit> units = d->units(doc.name, kind);

    for (const Unit &u : units) {
        if (!columns.name.isEmpty())
            columns.name += QLatin1Char(' ');
        columns.name += u.token;
    }

    QStringList pinyin;
    appendPinyinTokens(units, pinyin);
    bool alternates = false;
    for (const Unit &u : units)
        alternates = alternates || !u.alternate.isEmpty();
    if (alternates)
        pinyin.removeDuplicates();
    columns.pinyin = pinyin.join(QLatin1Char(' '));

    // The index never holds more of an ID number or phone than its masked form shows.
    QStringList numbers;
    if (!doc.idNumber.isEmpty())
        d->appendNumberFragments(identity::looksMasked(doc.idNumber) ? doc.idNumber
                                                                     : identity::maskIdNumber(doc.idNumber),
                                 numbers);
    if (!doc.phone.isEmpty())
        d->appendNumberFragments(
            identity::looksMasked(doc.phone) ? doc.phone : identity::maskPhone(doc.phone), numbers);
    if (!doc.code.isEmpty())
        d->appendNumberFragments(doc.code, numbers);
    numbers.removeDuplicates();
    columns.numbers = numbers.join(QLatin1Char(' '));
    return columns;
}

QString SearchTokenizer::matchExpression(const QString &userQuery) const
{
    const QStringView query = QStringView(userQuery).left(kMaxQueryLength);

    QStringList terms;
    auto addTerm = [&](const QString &term) {
        if (!terms.contains(term) && terms.size() < kMaxQueryTerms)
            terms.append(term);
    };
    auto addName = [&](const QStringList &chars) {
        if (!chars.isEmpty())
            addTerm(QStringLiteral("name : ") + quoted(chars.join(QLatin1Char(' '))));
    };
    // A lone letter or digit would match a large part of the index through a slow prefix merge and
    // means nothing yet (the first keystroke); it is left out.
    auto addPinyin = [&](const QString &letters) {
        if (letters.size() >= 2)
            addTerm(QStringLiteral("{pinyin numbers} : ") + quoted(letters) + QStringLiteral(" *"));
    };
    auto addNumber = [&](const QString &fragment) {
        if (fragment.size() >= kMinFragment)
            addTerm(QStringLiteral("numbers : ") + quoted(fragment) + QStringLiteral(" *"));
    };

    // Words are separated by anything that is not a letter or digit. Letter-only words (with any Han
    // glued to them) accumulate into one pinyin term until a word of another kind comes.
    QString pendingPinyin;
    auto flushPinyin = [&] {
        addPinyin(pendingPinyin);
        pendingPinyin.clear();
    };

    struct Piece {
        bool ideograph;
        QString text;    // ideograph: the character; otherwise the ASCII run
        QString reading; // ideograph: primary reading
    };
    QList<Piece> word;
    auto finishWord = [&] {
        if (word.isEmpty())
            return;
        bool hasDigit = false;
        bool hasLetter = false;
        bool unreadable = false;
        for (const Piece &p : std::as_const(word)) {
            if (p.ideograph) {
                unreadable = unreadable || p.reading.isEmpty();
                continue;
            }
            for (QChar c : p.text)
                (isAsciiDigit(c) ? hasDigit : hasLetter) = true;
        }
        if (hasLetter && !hasDigit && !unreadable) {
            // "zhang", "张san", "厦men": one pinyin string.
            for (const Piece &p : std::as_const(word))
                pendingPinyin += p.ideograph ? p.reading : p.text;
        } else {
            flushPinyin();
            QStringList chars;
            for (const Piece &p : std::as_const(word)) {
                if (p.ideograph) {
                    chars.append(p.text);
                    continue;
                }
                addName(chars);
                chars.clear();
                if (std::any_of(p.text.cbegin(), p.text.cend(), isAsciiDigit))
                    addNumber(p.text);
                else
                    addPinyin(p.text);
            }
            addName(chars);
        }
        word.clear();
    };

    d->scan(query, [&](const CharInfo &ci) {
        switch (ci.cls) {
        case CharInfo::Class::Alnum:
            if (word.isEmpty() || word.constLast().ideograph)
                word.append(Piece{false, ci.text, {}});
            else
                word.last().text += ci.text;
            break;
        case CharInfo::Class::Ideograph:
            word.append(Piece{true, ci.text, ci.reading});
            break;
        case CharInfo::Class::Separator:
            finishWord();
            break;
        case CharInfo::Class::Ignore:
            break;
        }
    });
    finishWord();
    flushPinyin();
    return terms.join(QLatin1String(" AND "));
}

QString SearchTokenizer::pinyin(const QString &text, NameKind kind) const
{
    QStringList syllables;
    for (const Unit &u : d->units(text, kind)) {
        if (!u.reading.isEmpty())
            syllables.append(u.reading);
    }
    return syllables.join(QLatin1Char(' '));
}

QString SearchTokenizer::initials(const QString &text, NameKind kind) const
{
    QString out;
    for (const Unit &u : d->units(text, kind)) {
        if (!u.reading.isEmpty())
            out += u.reading.front();
    }
    return out;
}

} // namespace gd::store
