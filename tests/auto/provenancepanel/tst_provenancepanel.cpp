// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibittablemodel.h"
#include "provenancepanel.h"
#include "text/valueformat.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace trendboard;

Q_DECLARE_METATYPE(trendboard::AnalystMark)

namespace {
// An exhibit of one series with the one point given.
ExhibitData exhibitWith(const PointRecord& point)
{
    ExhibitData data;
    data.info.id = QStringLiteral("p160-nvidia-revenue");
    data.info.title = QStringLiteral("NVIDIA revenue");
    data.info.page = 160;
    SeriesRecord series;
    series.name = QStringLiteral("Revenue");
    series.entity = QStringLiteral("NVIDIA");
    series.points = {point};
    data.series = {series};
    return data;
}
} // namespace

class tst_ProvenancePanel : public QObject
{
    Q_OBJECT
private slots:
    void analystStatusIsOneText_data();
    void analystStatusIsOneText();
};

// The tooltip and the panel say an analyst's change in the same words (the panel prefixes
// "Status: "), in English and in Chinese.
void tst_ProvenancePanel::analystStatusIsOneText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<AnalystMark>("mark");
    QTest::addColumn<QVariant>("reportValue");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusLine");
    QTest::addColumn<QString>("pointStatus");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        const bool zh = language == QLatin1String("zh");
        QTest::addRow("%s: edited", qPrintable(language))
            << language << AnalystMark::Edited << QVariant(39.0)
            << (zh ? QStringLiteral("经分析师修改 — 报告原值:$39B")
                   : QStringLiteral("edited by an analyst — the report states $39B"))
            << (zh ? QStringLiteral("状态:经分析师修改 — 报告原值:$39B")
                   : QStringLiteral("Status: edited by an analyst — the report states $39B"))
            << "reported";
        QTest::addRow("%s: edited, the report states none", qPrintable(language))
            << language << AnalystMark::Edited << QVariant()
            << (zh ? QStringLiteral("经分析师修改 — 报告原值:无")
                   : QStringLiteral("edited by an analyst — the report states no value"))
            << (zh ? QStringLiteral("状态:经分析师修改 — 报告原值:无")
                   : QStringLiteral("Status: edited by an analyst — the report states no value"))
            << "reported";
        QTest::addRow("%s: filled", qPrintable(language))
            << language << AnalystMark::Filled << QVariant()
            << (zh ? QStringLiteral("分析师数值 — 报告中未给出")
                   : QStringLiteral("analyst value — the report gives none"))
            << (zh ? QStringLiteral("状态:分析师数值 — 报告中未给出")
                   : QStringLiteral("Status: analyst value — the report gives none"))
            << "reported";
        QTest::addRow("%s: the report's own", qPrintable(language))
            << language << AnalystMark::None << QVariant() << QString()
            << (zh ? QStringLiteral("状态:原文") : QStringLiteral("Status: reported"))
            << "reported";
        // The derivation is the data's own text; the status before it is the interface's.
        QTest::addRow("%s: derived", qPrintable(language))
            << language << AnalystMark::None << QVariant() << QString()
            << (zh ? QStringLiteral("状态:推算 — 41 = 39 × 1.05")
                   : QStringLiteral("Status: derived — 41 = 39 × 1.05"))
            << "derived";
    }
}

void tst_ProvenancePanel::analystStatusIsOneText()
{
    QFETCH(QString, language);
    QFETCH(AnalystMark, mark);
    QFETCH(QVariant, reportValue);
    QFETCH(QString, status);
    QFETCH(QString, statusLine);
    QFETCH(QString, pointStatus);
    QTranslator translator;
    if (language == QLatin1String("zh")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/trendboard_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    PointRecord point;
    point.xLabel = QStringLiteral("FQ4:25");
    point.value = 41.0;
    point.unit = QStringLiteral("$B");
    point.status = pointStatus;
    point.derivation = QStringLiteral("41 = 39 × 1.05");
    point.page = 160;
    point.quote = QStringLiteral("$39B");
    point.analyst = mark;
    if (reportValue.isValid()) {
        point.reportValue = reportValue.toDouble();
        point.reportUnit = QStringLiteral("$B");
    }
    QCOMPARE(analystStatus(point), status);

    const ExhibitData data = exhibitWith(point);
    const QStringList tip = pointToolTip(data.series.first(), point).split(QLatin1Char('\n'));
    QCOMPARE(tip.contains(status), !status.isEmpty());

    ExhibitTableModel model;
    model.setExhibit(data);
    ProvenancePanel panel;
    panel.setModel(&model);
    panel.showRow(0);
    const QStringList lines = panel.text().split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(statusLine), qPrintable(panel.text()));
    if (language == QLatin1String("zh")) {
        // Under Chinese every line's words are Chinese: only values, units and the data's own
        // text (the quote, the derivation, names) may be Latin. A status left in English
        // ("reported", "derived", "edited") fails here whatever the expected line says.
        const QRegularExpression english(
            QStringLiteral("\\b(reported|derived|edited|analyst|stated|Status|Value|Page)\\b"));
        for (const QString& line : lines)
            QVERIFY2(!english.match(line).hasMatch(), qPrintable(line));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_ProvenancePanel)
#include "tst_provenancepanel.moc"
