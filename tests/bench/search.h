#pragma once
// govdesk-bench search [--citizens N] [--queries Q] [--seed S] [--cache-mib M] [--keep DIR]
// The local search index (store/searchindex.h) over N citizens (default 200000) in an encrypted SQLCipher
// file: names from the demo generator's NameGenerator, masked ID numbers and phones. Measures the index
// build (records/s, µs per record, tokenising alone, optimize), the file and index size, and for each
// query class (name1/name2/name3, pinyin, pinyin_prefix, pinyin_2letters, initials, id_fragment,
// phone_fragment) Q queries drawn from the data, each timed (p50/p95/max ms) as
//   the first page in FTS order: SearchIndex::search(LIMIT 50) + those rows (the main figures);
//   clause_*: the same page through SearchIndex::matchClause() without ORDER BY;
//   sorted_*: Repository-style, SearchIndex::count() + the page ORDER BY name through matchClause();
//   naive_*: LIKE '%…%' over name or id_number/phone in the same run (null for pinyin/initials),
// with hit counts, naive_p50/indexed_p50, and the index's total checked against LIKE's count.
// Prints {"scenario":"search",…}.

#include <QStringList>

namespace gd::bench {
int runSearch(const QStringList &args);
}
