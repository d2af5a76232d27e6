#pragma once
// The local search index's own tokenisation (SearchIndex stores the result in FTS5 with the `ascii`
// tokenizer, which then only splits on the spaces put here). Pure functions of text: no database.
//
// Three columns per person or enterprise:
//   name     every Han character is a token, ASCII letter/digit runs are tokens, in order; a query is a
//            phrase over them, so 1- and 2-character names work and 张三 does not find 三张 or 张四三.
//   pinyin   joined pinyin from every syllable on ("zhangsanfeng sanfeng feng"), initials from every
//            syllable on ("zsf sf") and full-then-initials ("zhangsf"), at most kPinyinWindow syllables
//            each; queries are prefixes, so "zhangs", "zhang san", "zs", "zsf", "zhangsf", "sanf" all
//            find 张三丰. Readings come from ICU's Han-Latin transliterator plus the small override tables
//            in the .cpp (surnames such as 单 shan, 曾 zeng as the first character of a person's name;
//            厦 xia, 行 hang/xing everywhere; ü also as v); polyphones are indexed under both readings.
//   numbers  the visible runs of the masked ID number and phone and the USCC, each run by its suffixes of
//            length >= 2 ("1234 234 34"), so a prefix query on them finds any fragment of a run.
//            Asterisks separate runs and are never tokens. An ID number or phone that arrives unmasked
//            is masked here first (identity::maskIdNumber/maskPhone): the index never holds more digits
//            than the server shows.
//
// Not thread-safe: owns ICU transliterators and a per-character cache. One instance per thread (the
// store thread); SearchIndex owns one.

#include <QString>

#include <memory>

namespace gd::store {

struct SearchDocument {
    QString name;     // person or enterprise name
    QString idNumber; // citizen ID number as cached: masked, 3502**********1234
    QString phone;    // masked, 138****8000
    QString code;     // enterprise USCC (public, unmasked)
};

// Space-separated tokens for the three FTS5 columns.
struct SearchColumns {
    QString name;
    QString pinyin;
    QString numbers;
};

class SearchTokenizer {
public:
    // A person's first character may be a surname with its own reading (单 shan); an organisation's
    // name is read as ordinary text.
    enum class NameKind { Person, Organisation };

    static constexpr int kPinyinWindow = 4;     // syllables per joined-pinyin token
    static constexpr int kInitialsWindow = 12;  // letters per initials token
    static constexpr int kMinFragment = 2;      // shortest indexed/queried number fragment
    static constexpr int kMaxQueryLength = 256; // longer queries are cut
    static constexpr int kMaxQueryTerms = 8;    // further terms are ignored

    SearchTokenizer();
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    // False when ICU's Han-Latin transliterator is missing (broken ICU data): names then index without
    // pinyin, everything else works.
    bool hasPinyin() const;

    SearchColumns tokens(const SearchDocument &doc, NameKind kind = NameKind::Person) const;

    // An FTS5 MATCH expression for what a user typed, for the tables of SearchIndex, or an empty string
    // when the query has nothing searchable (blank, punctuation, asterisks, a lone digit or letter).
    // Han runs -> name phrases; letters (with any Han glued to them, "张san") -> one pinyin prefix term,
    // consecutive letter words joined ("zhang san" = "zhangsan"); runs with digits -> numbers prefix
    // terms; the terms are ANDed. User text only ever appears inside FTS5 strings made of tokens this
    // class produced, so it can't inject FTS5 syntax.
    QString matchExpression(const QString &userQuery) const;

    // Helpers, primary readings only: pinyin("张三") = "zhang san", initials("张三") = "zs". Characters
    // without a reading are left out.
    QString pinyin(const QString &text, NameKind kind = NameKind::Person) const;
    QString initials(const QString &text, NameKind kind = NameKind::Person) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gd::store
