<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>trendboard::AnalystActions</name>
    <message numerus="yes">
        <location filename="../ui/analystactions.cpp" line="110"/>
        <source>Fill in %n value(s) of “%1”</source>
        <translation>
            <numerusform>Fill in %n value of “%1”</numerusform>
            <numerusform>Fill in %n values of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::BatchExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="79"/>
        <source>%n exhibit(s): %1</source>
        <translation>
            <numerusform>%n exhibit: %1</numerusform>
            <numerusform>%n exhibits: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="124"/>
        <source>Export %n exhibit(s)</source>
        <translation>
            <numerusform>Export %n exhibit</numerusform>
            <numerusform>Export %n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="125"/>
        <source> to %n file(s) in %1?</source>
        <translation>
            <numerusform> to %n file in %1?</numerusform>
            <numerusform> to %n files in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="128"/>
        <source>%n of these files already exist and will be replaced (%1).</source>
        <translation>
            <numerusform>%n of these files already exist and will be replaced (%1).</numerusform>
            <numerusform>%n of these files already exist and will be replaced (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="157"/>
        <source>%n file(s) written to %1, listed in index.csv.</source>
        <translation>
            <numerusform>%n file written to %1, listed in index.csv.</numerusform>
            <numerusform>%n files written to %1, listed in index.csv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::Comparison</name>
    <message numerus="yes">
        <location filename="../app/compare/comparisonexhibit.cpp" line="153"/>
        <source>Values from %n exhibit(s), which may measure different things: %1.</source>
        <translation>
            <numerusform>Values from %n exhibit, which may measure different things: %1.</numerusform>
            <numerusform>Values from %n exhibits, which may measure different things: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::ComparisonTab</name>
    <message numerus="yes">
        <location filename="../ui/comparisontab.cpp" line="471"/>
        <source>%n of them the analyst&apos;s, marked.</source>
        <translation>
            <numerusform>%n of them the analyst&apos;s, marked.</numerusform>
            <numerusform>%n of them the analyst&apos;s, marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>%1 has %n problem(s); nothing was applied.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was applied.</numerusform>
            <numerusform>%1 has %n problems; nothing was applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>%n exhibit(s) match %1</source>
        <translation>
            <numerusform>%n exhibit match %1</numerusform>
            <numerusform>%n exhibits match %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::PageSaysView</name>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="96"/>
        <source>%n regions</source>
        <translation>
            <numerusform>%n regions</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="98"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n countries</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="100"/>
        <source>%n companies</source>
        <translation>
            <numerusform>%n companies</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="102"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="99"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="100"/>
        <source> in %n measure(s): %1</source>
        <translation>
            <numerusform> in %n measure: %1</numerusform>
            <numerusform> in %n measures: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="103"/>
        <source>%n of them the analyst&apos;s (edited or filled in), in purple italics.</source>
        <translation>
            <numerusform>%n of them the analyst&apos;s (edited or filled in), in purple italics.</numerusform>
            <numerusform>%n of them the analyst&apos;s (edited or filled in), in purple italics.</numerusform>
        </translation>
    </message>
</context>
</TS>
