#pragma once
// sentiment-eval: the public-opinion analyser (server/analytics) against the hand-labelled set
// data/opinion/labelled.tsv — sentiment and topic accuracy/macro-F1 beside the majority-class baseline,
// per-class precision/recall, confusion matrices, and µs per analysed message.

#include <QStringList>

namespace gd::bench {

int runSentimentEval(const QStringList &args);

} // namespace gd::bench
