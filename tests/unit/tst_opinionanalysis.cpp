// Public-opinion text analysis (server/analytics): segmentation with the domain dictionary, negation and
// degree handling in sentiment, topics on hand cases, rolling TF-IDF, spike detection, the evaluation
// metrics, and the hand-labelled dataset data/opinion/labelled.tsv.
#include "analytics/classificationreport.h"
#include "analytics/keywordwindow.h"
#include "analytics/labelleddataset.h"
#include "analytics/opinionanalyzer.h"
#include "analytics/segmenter.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/spikedetector.h"
#include "analytics/topicclassifier.h"

#include <QSet>
#include <QTest>

using namespace gd::analytics;

namespace {

Sentiment sentimentOf(const QString &text)
{
    static const Segmenter segmenter;
    return SentimentAnalyzer().analyze(text, segmenter.segment(text));
}

QString topicOf(const QString &text)
{
    static const Segmenter segmenter;
    return TopicClassifier().classify(segmenter.segment(text)).primary;
}

} // namespace

class TestOpinionAnalysis : public QObject {
    Q_OBJECT
private slots:
    void segmenterKeepsDomainWordsWhole()
    {
        const Segmenter s;
        const QStringList tokens =
            s.segment(QStringLiteral("积分入学的积分怎么算？楼下噪音扰民，渣土车乱跑"));
        QVERIFY2(tokens.contains(QStringLiteral("积分入学")), qPrintable(tokens.join(u'|')));
        QVERIFY2(tokens.contains(QStringLiteral("噪音扰民")), qPrintable(tokens.join(u'|')));
        QVERIFY2(tokens.contains(QStringLiteral("渣土车")), qPrintable(tokens.join(u'|')));
        QVERIFY(tokens.contains(QStringLiteral("？")));
        QCOMPARE(tokens.join(QString()), QStringLiteral("积分入学的积分怎么算？楼下噪音扰民，渣土车乱跑"));
    }
    void segmenterSplitsWordsAndDropsSpaces()
    {
        const Segmenter s;
        const QStringList tokens = s.segment(QStringLiteral("小区楼下烧烤店晚上噪音太大 严重影响休息"));
        QVERIFY(tokens.contains(QStringLiteral("噪音")));
        QVERIFY(tokens.contains(QStringLiteral("休息")));
        QVERIFY(!tokens.contains(QStringLiteral(" ")));
        QVERIFY(tokens.size() >= 8);
    }
    void contentWordsDropStopWordsAndPunctuation()
    {
        const Segmenter s;
        const QStringList words =
            Segmenter::contentWords(s.segment(QStringLiteral("请问公积金的提取需要什么材料？")));
        QVERIFY(words.contains(QStringLiteral("公积金")));
        QVERIFY(!words.contains(QStringLiteral("的")));
        QVERIFY(!words.contains(QStringLiteral("请问")));
        QVERIFY(!words.contains(QStringLiteral("？")));
    }

    void negationFlipsPolarity()
    {
        const Sentiment plain = sentimentOf(QStringLiteral("办事很方便"));
        const Sentiment negated = sentimentOf(QStringLiteral("办事很不方便"));
        QCOMPARE(plain.polarity, Polarity::Positive);
        QCOMPARE(negated.polarity, Polarity::Negative);
        QVERIFY(sentimentOf(QStringLiteral("对这次的处理结果不满意")).score < 0);
    }
    void degreeAdverbsScale()
    {
        const double strong = sentimentOf(QStringLiteral("窗口的工作人员非常耐心")).score;
        const double plain = sentimentOf(QStringLiteral("窗口的工作人员耐心")).score;
        const double weak = sentimentOf(QStringLiteral("窗口的工作人员稍微耐心")).score;
        QVERIFY(strong > plain);
        QVERIFY(plain > weak);
        QVERIFY(weak > 0);
    }
    void contrastWeighsTheSecondClause()
    {
        QVERIFY(sentimentOf(QStringLiteral("虽然城管来过一次，但是走了以后照样吵，根本没用。")).score < 0);
        QVERIFY(sentimentOf(QStringLiteral("虽然排队有点慢，但是工作人员很耐心，很满意。")).score > 0);
    }
    void complaintPatternsAndNeutralEnquiries()
    {
        QCOMPARE(sentimentOf(QStringLiteral("楼下的烧烤摊已经多次反映，至今没人处理。")).polarity,
                 Polarity::Negative);
        QCOMPARE(sentimentOf(QStringLiteral("请问居住证怎么续签？")).polarity, Polarity::Neutral);
        QCOMPARE(sentimentOf(QStringLiteral("真是“感谢”街道，问题拖了半年。")).polarity, Polarity::Negative);
        const double score = sentimentOf(QStringLiteral("太差了！！")).score;
        QVERIFY(score >= -1.0 && score < -0.3);
    }

    void topicsOnHandCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("topic");
        QTest::newRow("noise") << QStringLiteral("隔壁广场舞音响太吵了") << QStringLiteral("噪音");
        QTest::newRow("parking") << QStringLiteral("小区停车位被人装了地锁") << QStringLiteral("停车");
        QTest::newRow("school") << QStringLiteral("积分入学的分数线什么时候公布") << QStringLiteral("学位");
        QTest::newRow("medical") << QStringLiteral("异地就医的医保报销要多久") << QStringLiteral("医保");
        QTest::newRow("fund") << QStringLiteral("公积金提取被退回了") << QStringLiteral("社保");
        QTest::newRow("waste") << QStringLiteral("垃圾桶满了没人收，臭气熏天") << QStringLiteral("环境卫生");
        QTest::newRow("traffic") << QStringLiteral("这个路口的红绿灯坏了") << QStringLiteral("交通");
        QTest::newRow("property") << QStringLiteral("物业费又涨了") << QStringLiteral("物业");
        QTest::newRow("other") << QStringLiteral("营业执照怎么变更") << QStringLiteral("其他");
    }
    void topicsOnHandCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, topic);
        QCOMPARE(topicOf(text), topic);
    }
    void topicScoresAreOrderedWithConfidence()
    {
        const Segmenter s;
        const TopicResult r =
            TopicClassifier().classify(s.segment(QStringLiteral("物业不管小区里的违停车辆")));
        QVERIFY(r.scores.size() >= 2);
        QVERIFY(r.scores.at(0).score >= r.scores.at(1).score);
        QVERIFY(r.confidence > 0 && r.confidence <= 1);
    }

    void keywordWindowEvictsOldDocuments()
    {
        KeywordWindow w(7);
        const QDate d0(2026, 11, 1);
        w.add(d0, {QStringLiteral("噪音"), QStringLiteral("烧烤")});
        w.add(d0.addDays(1), {QStringLiteral("噪音"), QStringLiteral("工地")});
        QCOMPARE(w.documentFrequency(QStringLiteral("噪音")), 2);
        w.add(d0.addDays(7), {QStringLiteral("停车")}); // the window is d0+1 … d0+7: d0 leaves
        QCOMPARE(w.documentCount(), 2);
        QCOMPARE(w.documentFrequency(QStringLiteral("噪音")), 1);
        QCOMPARE(w.documentFrequency(QStringLiteral("烧烤")), 0);
    }
    void keywordWindowRanksRareWordsHigher()
    {
        KeywordWindow w(30);
        const QDate d(2026, 11, 1);
        for (int i = 0; i < 10; ++i)
            w.add(d, {QStringLiteral("小区"), i == 0 ? QStringLiteral("渣土车") : QStringLiteral("物业")});
        const QList<Keyword> top = w.topKeywords({QStringLiteral("小区"), QStringLiteral("渣土车")}, 1);
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().word, QStringLiteral("渣土车"));
        const QList<Keyword> set = w.topKeywordsOfSet(
            {{QStringLiteral("物业"), QStringLiteral("小区")}, {QStringLiteral("物业")}}, 2);
        QCOMPARE(set.first().word, QStringLiteral("物业"));
    }

    void spikeDetectorFlagsAPlantedSpike()
    {
        QList<int> counts;
        for (int i = 0; i < 40; ++i)
            counts.append(8 + (i % 3)); // 8, 9, 10 …
        counts[35] = 37;
        const QDate first(2026, 10, 19);
        const QList<Spike> spikes = detectSpikes(counts, first);
        QCOMPARE(spikes.size(), 1);
        QCOMPARE(spikes.first().date, first.addDays(35));
        QCOMPARE(spikes.first().count, 37);
        QVERIFY(spikes.first().ratio > 3.5);
        const QString text = describeSpike(QStringLiteral("湖里区"), QStringLiteral("噪音"), spikes.first());
        QVERIFY2(text.startsWith(QStringLiteral("湖里区 噪音 类诉求 11月23日 37 件，为近28天均值 ")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral(" 倍")));
    }
    void spikeDetectorIgnoresNoiseAndSmallCounts()
    {
        QList<int> steady;
        for (int i = 0; i < 60; ++i)
            steady.append(10 + (i % 5) - 2); // 8 … 12, no spike
        QVERIFY(detectSpikes(steady, QDate(2026, 9, 1)).isEmpty());
        QList<int> quiet(40, 0);
        quiet[30] = 2; // 0 → 2 is not a spike (minimum volume, σ floor)
        QVERIFY(detectSpikes(quiet, QDate(2026, 9, 1)).isEmpty());
        quiet[30] = 4; // still under the minimum volume
        QVERIFY(detectSpikes(quiet, QDate(2026, 9, 1)).isEmpty());
    }

    void reportComputesMacroF1AndBaseline()
    {
        const QStringList gold{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"),
                               QStringLiteral("c")};
        const QStringList pred{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b"),
                               QStringLiteral("c")};
        const ClassificationReport r = ClassificationReport::compute(gold, pred, {});
        QCOMPARE(r.n, 4);
        QCOMPARE(r.accuracy, 0.75);
        // F1: a = 2·1·0.5/1.5 = 2/3, b = 2·0.5·1/1.5 = 2/3, c = 1.
        QVERIFY(qAbs(r.macroF1 - (2.0 / 3 + 2.0 / 3 + 1) / 3) < 1e-9);
        QCOMPARE(r.confusion[0][1], 1);
        const ClassificationReport base = ClassificationReport::majorityBaseline(gold, r.labels);
        QCOMPARE(base.accuracy, 0.5);
        QVERIFY(qAbs(base.macroF1 - (2.0 / 3) / 3) < 1e-9);
    }

    void datasetParsesWithBothSplits()
    {
        const LabelledDataset d = LabelledDataset::load(QStringLiteral(GOVDESK_OPINION_DATA));
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QVERIFY(d.rows.size() >= 300);
        QVERIFY(!d.split(QStringLiteral("dev")).isEmpty());
        QVERIFY(!d.split(QStringLiteral("test")).isEmpty());
        const QStringList topics = TopicClassifier::labels();
        const QSet<QString> sentiments{QStringLiteral("negative"), QStringLiteral("neutral"),
                                       QStringLiteral("positive")};
        QSet<QString> ids;
        for (const LabelledMessage &m : d.rows) {
            QVERIFY2(topics.contains(m.topic), qPrintable(m.id));
            QVERIFY2(sentiments.contains(m.sentiment), qPrintable(m.id));
            QVERIFY(!m.text.isEmpty());
            ids.insert(m.id);
        }
        QCOMPARE(ids.size(), d.rows.size());
    }
    void datasetParserRejectsBadLines()
    {
        QVERIFY(!LabelledDataset::parse("nope\n").error.isEmpty());
        QVERIFY(!LabelledDataset::parse("id\tsplit\ttopic\tsentiment\ttext\nx\tdev\t噪音\n").error.isEmpty());
        QVERIFY(!LabelledDataset::parse("id\tsplit\ttopic\tsentiment\ttext\nx\ttrain\ta\tb\tc\n")
                     .error.isEmpty());
    }
    void analyzerGivesTopicSentimentAndWords()
    {
        const OpinionAnalyzer analyzer;
        const OpinionAnalysis a =
            analyzer.analyze(QStringLiteral("湖里区某小区物业费涨了，电梯还是经常坏，太不像话了！"));
        QCOMPARE(a.topic.primary, QStringLiteral("物业"));
        QCOMPARE(a.sentiment.polarity, Polarity::Negative);
        QVERIFY(a.contentWords.contains(QStringLiteral("物业费")));
    }
};

QTEST_GUILESS_MAIN(TestOpinionAnalysis)
#include "tst_opinionanalysis.moc"
