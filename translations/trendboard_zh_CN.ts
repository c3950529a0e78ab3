<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Fill in %1 at %2</source>
        <translation>在 %2 填入 %1</translation>
    </message>
    <message>
        <source>Edit %1 to %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <source>Remove the value at %1</source>
        <translation>删除 %1 处的值</translation>
    </message>
    <message>
        <source>Revert %1 to the report</source>
        <translation>将 %1 恢复为报告中的值</translation>
    </message>
    <message>
        <source>Annotate %1</source>
        <translation>为 %1 添加注释</translation>
    </message>
    <message>
        <source>Remove the note on %1</source>
        <translation>删除 %1 上的注释</translation>
    </message>
</context>
<context>
    <name>trendboard</name>
    <message>
        <source>As stated</source>
        <translation>按原值</translation>
    </message>
    <message>
        <source>Indexed (first period = 100)</source>
        <translation>指数化(首期 = 100)</translation>
    </message>
    <message>
        <source>Change from previous period (%)</source>
        <translation>较上期变化(%)</translation>
    </message>
    <message>
        <source>%1: too few dated values to compute.</source>
        <translation>%1:有日期的数值太少,无法计算。</translation>
    </message>
    <message>
        <source>%1: its first value is not positive, so it cannot be indexed.</source>
        <translation>%1:首个数值不为正,无法指数化。</translation>
    </message>
    <message>
        <source>%1 has no value in the first period; indexed to its own first period, %2.</source>
        <translation>%1 在首期没有数值;已按其自身的首期 %2 指数化。</translation>
    </message>
    <message>
        <source>computed: %1 (%2) to %3 (%4)</source>
        <translation>计算所得:%1(%2)至 %3(%4)</translation>
    </message>
    <message>
        <source>%1: no two consecutive periods of one kind to compare.</source>
        <translation>%1:没有两个同类的相邻期间可供比较。</translation>
    </message>
    <message>
        <source>Index, first stated period = 100</source>
        <translation>指数,首个公布期 = 100</translation>
    </message>
    <message>
        <source>Change from the previous stated period, %</source>
        <translation>较上一公布期的变化,%</translation>
    </message>
    <message>
        <source>Computed from consecutive stated values; periods may be unequal. The report&apos;s own growth rates are listed as stated.</source>
        <translation>由相邻的公布值计算;各期长度可能不同。报告本身给出的增长率按原文列出。</translation>
    </message>
</context>
<context>
    <name>trendboard::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Draw the values as stated, indexed to their first period, or as the change from the previous stated period</source>
        <translation>按原值、按首期指数化或按较上一公布期的变化绘制数值</translation>
    </message>
    <message>
        <source>Draw as chart</source>
        <translation>绘制为图表</translation>
    </message>
    <message>
        <source>This exhibit&apos;s text states fewer than three values, shown as key figures; draw them on the report&apos;s chart instead</source>
        <translation>该图表的文字公布的数值少于三个,以关键数字显示;改为在报告的图表上绘制</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as a slide-ready PNG or SVG (1600×900)</source>
        <translation>将图表保存为可用于幻灯片的 PNG 或 SVG(1600×900)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Logarithmic value axis</source>
        <translation>对数数值轴</translation>
    </message>
    <message>
        <source>Shown as key figures: no value axis to make logarithmic</source>
        <translation>以关键数字显示:没有可设为对数的数值轴</translation>
    </message>
    <message>
        <source>Not available: a log axis needs every plotted value above zero, and this chart has values of zero or below (or none)</source>
        <translation>不可用:对数轴要求所有绘制的数值都大于零,而此图表有零或负值(或没有数值)</translation>
    </message>
    <message>
        <source>Details on p. %1 →</source>
        <translation>详见第 %1 页 →</translation>
    </message>
</context>
<context>
    <name>trendboard::CheckListButton</name>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>任意%1</translation>
    </message>
</context>
<context>
    <name>trendboard::ComparisonTab</name>
    <message>
        <source>Compare a measure across companies, products, countries and regions, from every exhibit of both reports.</source>
        <translation>从两份报告的所有图表中,比较公司、产品、国家和地区的同一指标。</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>已保存的比较</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <source>from, e.g. 2020 or Q1:24</source>
        <translation>起,例如 2020 或 Q1:24</translation>
    </message>
    <message>
        <source>to, e.g. 5/25</source>
        <translation>止,例如 5/25</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <source>Entities to compare</source>
        <translation>要比较的实体</translation>
    </message>
    <message>
        <source>Compared values</source>
        <translation>比较的数值</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1(%2 个数值)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 entities</source>
        <translation>%1 — %2,%3 个实体</translation>
    </message>
    <message>
        <source>%1 — %2, 1 value</source>
        <translation>%1 — %2,1 个数值</translation>
    </message>
    <message>
        <source>%1 — %2, %3 values</source>
        <translation>%1 — %2,%3 个数值</translation>
    </message>
    <message>
        <source>%1 — %2, no values</source>
        <translation>%1 — %2,没有数值</translation>
    </message>
    <message>
        <source>Tick two to twelve entities to compare.</source>
        <translation>勾选两到十二个实体进行比较。</translation>
    </message>
    <message>
        <source>The reports state no value of %1 for %2.</source>
        <translation>报告没有给出 %2 的 %1 数值。</translation>
    </message>
    <message>
        <source>1 value (%1).</source>
        <translation>1 个数值(%1)。</translation>
    </message>
    <message>
        <source>%1 values (%2).</source>
        <translation>%1 个数值(%2)。</translation>
    </message>
    <message>
        <source>No value for: %1.</source>
        <translation>没有数值:%1。</translation>
    </message>
    <message>
        <source>Saved comparisons…</source>
        <translation>已保存的比较…</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Replace comparison</source>
        <translation>替换比较</translation>
    </message>
    <message>
        <source>A comparison named &apos;%1&apos; exists. Replace it?</source>
        <translation>已存在名为&quot;%1&quot;的比较。要替换它吗?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Rename comparison</source>
        <translation>重命名比较</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <source>Delete the saved comparison &apos;%1&apos;?</source>
        <translation>删除已保存的比较&quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Export comparison chart</source>
        <translation>导出比较图表</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG vector images (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export compared values as CSV</source>
        <translation>将比较的数值导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitBrowser</name>
    <message>
        <source>Exhibits</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitFigure</name>
    <message>
        <source>Series values not stated in the report text: %1. Only the values the text states are shown; analysts can fill in the rest.</source>
        <translation>报告文字未给出以下系列的数值:%1。仅显示文字给出的数值;其余可由分析师补充。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Also in %1: %2</source>
        <translation>另见 %1:%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1:%2(%3)</translation>
    </message>
    <message>
        <source>, not stated here</source>
        <translation>,此处未给出</translation>
    </message>
    <message>
        <source>, here %1</source>
        <translation>,此处为 %1</translation>
    </message>
    <message>
        <source>Also stated on %1</source>
        <translation>亦见于 %1</translation>
    </message>
    <message>
        <source>Note: %1
%2</source>
        <translation>注:%1
%2</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitFilter</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>periods %1–%2</source>
        <translation>期间 %1–%2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>with values</source>
        <translation>有数值</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitTableModel</name>
    <message>
        <source>Derived: %1
From: “%2”</source>
        <translation>推算:%1
依据:“%2”</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>推算:%1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>基准单位数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>trendboard::FilterBar</name>
    <message>
        <source>Search every tab… (Ctrl+F)</source>
        <translation>在所有标签页中搜索…(Ctrl+F)</translation>
    </message>
    <message>
        <source>Search exhibits</source>
        <translation>搜索图表</translation>
    </message>
    <message>
        <source>Titles, headlines, notes, sources, series and the companies, products, countries and regions they name</source>
        <translation>标题、要点、注释、来源、系列以及其中提到的公司、产品、国家和地区</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Periods from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <source>Periods to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>With values</source>
        <translation>有数值</translation>
    </message>
    <message>
        <source>Only exhibits whose values the report text states</source>
        <translation>仅显示报告文字给出数值的图表</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>Level (amount)</source>
        <translation>水平(数量)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>A period the report prints: 2024, Q1:25, 4/25</source>
        <translation>报告中的期间写法:2024、Q1:25、4/25</translation>
    </message>
</context>
<context>
    <name>trendboard::FilterService</name>
    <message>
        <source>&apos;%1&apos; is not a period the report prints (2024, Q1:25, 4/25, 5/15/25)</source>
        <translation>&quot;%1&quot;不是报告中的期间写法(2024、Q1:25、4/25、5/15/25)</translation>
    </message>
</context>
<context>
    <name>trendboard::HeadlineBoard</name>
    <message>
        <source>%1 · %2 (pages %3–%4) ›</source>
        <translation>%1 · %2(第 %3–%4 页)›</translation>
    </message>
    <message>
        <source>Open section %1</source>
        <translation>打开第 %1 部分</translation>
    </message>
    <message>
        <source>The report text states no values in this section&apos;s exhibits yet.</source>
        <translation>报告文字尚未给出本部分图表的数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::HeadlineTileWidget</name>
    <message>
        <source>%1 · p. %2</source>
        <translation>%1 · 第 %2 页</translation>
    </message>
    <message>
        <source> · derived</source>
        <translation> · 推算</translation>
    </message>
    <message>
        <source>%1 (p. %2)
%3: %4
Click to open the exhibit.</source>
        <translation>%1(第 %2 页)
%3:%4
点击打开该图表。</translation>
    </message>
    <message>
        <source>%1, %2, %3, page %4</source>
        <translation>%1,%2,%3,第 %4 页</translation>
    </message>
</context>
<context>
    <name>trendboard::KeyFigureView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>推算:%1</translation>
    </message>
    <message>
        <source>stated, p. %1</source>
        <translation>原文数值,第 %1 页</translation>
    </message>
    <message>
        <source>Value axis: %1</source>
        <translation>数值轴:%1</translation>
    </message>
    <message>
        <source>Second axis: %1</source>
        <translation>次数值轴:%1</translation>
    </message>
    <message>
        <source>Across: %1</source>
        <translation>横轴:%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间:%1</translation>
    </message>
    <message>
        <source>%1 (values not stated)</source>
        <translation>%1(未给出数值)</translation>
    </message>
    <message>
        <source>The report draws: %1</source>
        <translation>报告绘制了:%1</translation>
    </message>
    <message>
        <source>Key figures: the report&apos;s text states only these values of this chart.</source>
        <translation>关键数字:报告文字只给出了此图表的这些数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::MainWindow</name>
    <message>
        <source>Trendboard — BOND Trends – Artificial Intelligence (5/25)</source>
        <translation>Trendboard — BOND《人工智能趋势》(5/25)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2(%3)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare a measure across companies, countries and regions</source>
        <translation>比较公司、国家和地区的同一指标</translation>
    </message>
    <message>
        <source>%1 exhibits · %2</source>
        <translation>%1 个图表 · %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;page…</source>
        <translation>转到页面(&amp;P)…</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <source>Report page (1–340):</source>
        <translation>报告页码(1–340):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language (takes effect on restart)</source>
        <translation>语言(重启后生效)(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when Trendboard starts again.</source>
        <translation>语言将在 Trendboard 下次启动时更改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Trendboard</source>
        <translation>关于 Trendboard(&amp;A)</translation>
    </message>
    <message>
        <source>About Trendboard</source>
        <translation>关于 Trendboard</translation>
    </message>
    <message>
        <source>Trendboard %1
An offline dashboard of BOND&apos;s Trends – Artificial Intelligence (5/25). Every value carries its page and a quote from the report.</source>
        <translation>Trendboard %1
BOND《人工智能趋势》(5/25)的离线仪表板。每个数值都附有其页码和报告原文引文。</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) match %1</source>
        <translation>
            <numerusform>%n 个图表符合 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report database cannot be read</source>
        <translation>无法读取报告数据库</translation>
    </message>
    <message>
        <source>%1

What is shown may be incomplete. Reinstall Trendboard or rebuild its database.</source>
        <translation>%1

显示的内容可能不完整。请重新安装 Trendboard 或重新生成其数据库。</translation>
    </message>
    <message>
        <source>Page %1 has no exhibit in the database.</source>
        <translation>数据库中第 %1 页没有图表。</translation>
    </message>
    <message>
        <source>Page %1 (section %2) has no exhibit in the database yet.</source>
        <translation>数据库中第 %1 页(第 %2 部分)尚无图表。</translation>
    </message>
</context>
<context>
    <name>trendboard::OverviewTab</name>
    <message>
        <source>Headline figures</source>
        <translation>要点数字</translation>
    </message>
    <message>
        <source>Each section&apos;s key stated figures; click one to open its exhibit</source>
        <translation>各部分公布的关键数字;点击可打开对应图表</translation>
    </message>
    <message>
        <source>Summary charts (pages %1–%2)</source>
        <translation>摘要图表(第 %1–%2 页)</translation>
    </message>
</context>
<context>
    <name>trendboard::ProfileDialog</name>
    <message>
        <source>Values stated about %1</source>
        <translation>关于 %1 的公布数值</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Profile — %1</source>
        <translation>概况 — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, part of %1</source>
        <translation>,隶属于 %1</translation>
    </message>
    <message>
        <source>; also called %1</source>
        <translation>;又称 %1</translation>
    </message>
    <message>
        <source>The reports state no value about it.</source>
        <translation>报告没有给出关于它的数值。</translation>
    </message>
    <message>
        <source>%1 values in %2 measures: %3</source>
        <translation>%2 个指标中的 %1 个数值:%3</translation>
    </message>
</context>
<context>
    <name>trendboard::ProvenancePanel</name>
    <message>
        <source>Provenance of the selected value</source>
        <translation>所选数值的出处</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Select a value in the table or on the chart.</source>
        <translation>请在表格或图表中选择一个数值。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告:%1</translation>
    </message>
    <message>
        <source>Section %1, page %2</source>
        <translation>第 %1 部分,第 %2 页</translation>
    </message>
    <message>
        <source>Exhibit: %1 (%2)</source>
        <translation>图表:%1(%2)</translation>
    </message>
    <message>
        <source>Series: %1%2</source>
        <translation>系列:%1%2</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>实体:%1</translation>
    </message>
    <message>
        <source>Period as printed: %1</source>
        <translation>原文期间:%1</translation>
    </message>
    <message>
        <source>Period as parsed: %1 to %2 (%3)</source>
        <translation>解析期间:%1 至 %2(%3)</translation>
    </message>
    <message>
        <source>Value as printed: %1</source>
        <translation>原文数值:%1</translation>
    </message>
    <message>
        <source>In base units: %1 %2</source>
        <translation>基准单位:%1 %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文字:%1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>指标:%1</translation>
    </message>
    <message>
        <source>Status: derived — %1</source>
        <translation>状态:推算 — %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <source>The text does not state this series&apos; other values.</source>
        <translation>文字未给出该系列的其他数值。</translation>
    </message>
    <message>
        <source>Quote: “%1”</source>
        <translation>引文:“%1”</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源:%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注:%1</translation>
    </message>
</context>
<context>
    <name>trendboard::QtChartsCanvas</name>
    <message>
        <source>The report&apos;s text does not state the cells of this %1 (page %2).
Its title, period and source are recorded; analysts can add the values.</source>
        <translation>报告文字未给出此%1的单元格(第 %2 页)。
已记录其标题、期间和来源;分析师可以补充数值。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The report text states no values for this exhibit (page %1).</source>
        <translation>报告文字未给出此图表的数值(第 %1 页)。</translation>
    </message>
    <message>
        <source>It draws: %1.</source>
        <translation>图中绘制:%1。</translation>
    </message>
    <message>
        <source>Axes: %1.</source>
        <translation>坐标轴:%1。</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>期间:%1。</translation>
    </message>
    <message>
        <source>Its title, source and note are recorded; analysts can add the values.</source>
        <translation>已记录其标题、来源和注释;分析师可以补充数值。</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>(推算)</translation>
    </message>
    <message>
        <source> (stated values only)</source>
        <translation>(仅公布值)</translation>
    </message>
    <message>
        <source> (not stated)</source>
        <translation>(未给出)</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1(推算)</translation>
    </message>
</context>
<context>
    <name>trendboard::SectionTab</name>
    <message>
        <source>Overview — the report&apos;s summary charts (pages %1–%2)</source>
        <translation>概览 — 报告的摘要图表(第 %1–%2 页)</translation>
    </message>
    <message>
        <source>%1. %2 (pages %3–%4)</source>
        <translation>%1. %2(第 %3–%4 页)</translation>
    </message>
    <message>
        <source>The exhibits of this section are not in the database yet.</source>
        <translation>数据库中尚无本部分的图表。</translation>
    </message>
    <message>
        <source>No exhibit of this tab matches %1</source>
        <translation>此标签页中没有符合 %1 的图表</translation>
    </message>
    <message>
        <source>Search looks at titles, headlines, notes, sources, series and the companies, products, countries and regions they name. Clear the filters above, or look at the other tabs&apos; counts.</source>
        <translation>搜索范围包括标题、要点、注释、来源、系列以及其中提到的公司、产品、国家和地区。请清除上方的筛选,或查看其他标签页的计数。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG vector images (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export datapoints as CSV</source>
        <translation>将数据点导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>trendboard::TimelineView</name>
    <message>
        <source>No events stated in the report text.</source>
        <translation>报告文字未给出任何事件。</translation>
    </message>
</context>
</TS>
