<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HelpText</name>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="65"/>
        <location filename="../ui/helpdialogs.cpp" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="70"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="70"/>
        <source>Does</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="93"/>
        <source>Trendboard user guide</source>
        <translation>Trendboard 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="96"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="129"/>
        <source>&lt;h3&gt;Trendboard %1&lt;/h3&gt;&lt;p&gt;An offline dashboard of BOND, &lt;i&gt;Trends – Artificial Intelligence&lt;/i&gt;, May 2025 (cited as %2). Every value carries its page and a quote from the report.&lt;/p&gt;&lt;p&gt;Second source: %3.&lt;/p&gt;&lt;p&gt;Data: schema version %4 — %5 exhibits, %6 stated values, %7 pages.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Trendboard developers. Trendboard is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty. The values and quotes remain their publishers&apos; (BOND; the brokerage note&apos;s), cited with their pages.&lt;/p&gt;&lt;p&gt;Uses Qt %8 (LGPL-3 or GPL-2; Qt Charts GPL-3+), SQLite (public domain) and Boost.Date_Time (Boost Software License 1.0, BSL-1.0). Details: /usr/share/doc/trendboard/copyright.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="154"/>
        <source>About Trendboard</source>
        <translation>关于 Trendboard</translation>
    </message>
    <message>
        <location filename="../ui/helpdialogs.cpp" line="158"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>PageSaysView</name>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="33"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="39"/>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="43"/>
        <source>Fill in %1 at %2</source>
        <translation>在 %2 填入 %1</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="121"/>
        <source>Edit %1 to %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="144"/>
        <source>Remove the value at %1</source>
        <translation>删除 %1 处的值</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="161"/>
        <source>Revert %1 to the report</source>
        <translation>将 %1 恢复为报告中的值</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="179"/>
        <source>Annotate %1</source>
        <translation>为 %1 添加注释</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="201"/>
        <source>Remove the note on %1</source>
        <translation>删除 %1 上的注释</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="176"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="177"/>
        <source>This tab lists no exhibit (see the filters).</source>
        <translation>此标签页没有列出任何图表(请查看筛选条件)。</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="185"/>
        <source>Export this &amp;tab…</source>
        <translation>导出此标签页(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="187"/>
        <source>the exhibits listed in “%1”</source>
        <translation>“%1”中列出的图表</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="189"/>
        <source>this tab</source>
        <translation>此标签页</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="191"/>
        <source>Export &amp;everything…</source>
        <translation>全部导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="195"/>
        <source>every exhibit of both reports</source>
        <translation>两份报告的所有图表</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="66"/>
        <source>Pixels per slide pixel: 2× for a sharp image on a high-resolution projector or screen (PNG only)</source>
        <translation>每个幻灯片像素对应的像素数:选 2× 可在高分辨率投影仪或屏幕上得到清晰图像(仅限 PNG)</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="74"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="75"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="76"/>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="86"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../widgets/slideactions.cpp" line="89"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
</context>
<context>
    <name>trendboard::AnalystActions</name>
    <message>
        <location filename="../ui/analystactions.cpp" line="50"/>
        <source>the exhibit “%1”</source>
        <translation>图表“%1”</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="52"/>
        <source>the series “%1”</source>
        <translation>系列“%1”</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="54"/>
        <source>%1, %2%3</source>
        <translation>%1,%2%3</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="56"/>
        <source> (%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="73"/>
        <source>Edit value</source>
        <translation>编辑数值</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="74"/>
        <source>This cell is text (%1); only numbers can be edited.</source>
        <translation>此单元格是文字(%1);只能编辑数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analystactions.cpp" line="110"/>
        <source>Fill in %n value(s) of “%1”</source>
        <translation>
            <numerusform>补填“%1”的 %n 个数值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="119"/>
        <location filename="../ui/analystactions.cpp" line="129"/>
        <source>Annotate</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="119"/>
        <source>Note on %1:</source>
        <translation>%1 的注释:</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="130"/>
        <source>The note is %1 characters long; a note takes at most %2.</source>
        <translation>批注长 %1 个字符;批注最多 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="163"/>
        <source>&amp;Edit value…</source>
        <translation>编辑数值(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="165"/>
        <source>&amp;Revert to reported</source>
        <translation>恢复为报告值(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="167"/>
        <source>&amp;Annotate value…</source>
        <translation>注释数值(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="170"/>
        <source>Annotate &amp;series…</source>
        <translation>注释系列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="172"/>
        <source>Revert series to reported</source>
        <translation>将系列恢复为报告值</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="178"/>
        <source>&amp;Fill in “%1”…</source>
        <translation>填入“%1”(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="181"/>
        <source>Annotate e&amp;xhibit…</source>
        <translation>注释图表(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/analystactions.cpp" line="183"/>
        <source>Revert exhibit to reported</source>
        <translation>将图表恢复为报告值</translation>
    </message>
</context>
<context>
    <name>trendboard::AnalystCommand</name>
    <message>
        <location filename="../app/analyst/analystcommands.cpp" line="94"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>trendboard::AnalystDatabase</name>
    <message>
        <location filename="../db/analystdb.cpp" line="213"/>
        <source>key: a value needs an exhibit, a series and an x label</source>
        <translation>键:数值需要图表、系列和 x 标签</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="227"/>
        <source>value: not a finite number</source>
        <translation>数值:不是有限数</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="230"/>
        <source>unit: required</source>
        <translation>单位:必填</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="233"/>
        <source>unit: &apos;%1&apos; is not a unit of the report</source>
        <translation>单位:“%1”不是报告中的单位</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="238"/>
        <source>value: %1 is outside %2 to %3 for unit %4</source>
        <translation>数值:%1 超出单位 %4 的范围(%2 至 %3)</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="250"/>
        <source>period: &apos;%1&apos; is not a period label (%2)</source>
        <translation>期间:“%1”不是期间写法(%2)</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="255"/>
        <source>citation: required for a value the report does not state</source>
        <translation>出处:报告未给出的数值必须注明出处</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="361"/>
        <source>cannot read the analyst database %1: %2</source>
        <translation>无法读取分析师数据库 %1:%2</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="371"/>
        <source>the analyst database %1 is open for reading only</source>
        <translation>分析师数据库 %1 以只读方式打开</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="380"/>
        <location filename="../db/analystdb.cpp" line="405"/>
        <source>cannot write the analyst database %1: %2</source>
        <translation>无法写入分析师数据库 %1:%2</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="507"/>
        <source>key: %1 has no analyst value</source>
        <translation>键:%1 没有分析师数值</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="519"/>
        <source>key: revert needs an exhibit, a series or a point</source>
        <translation>键:还原需要图表、系列或数据点</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="547"/>
        <source>target: an annotation needs an exhibit, a series or a point</source>
        <translation>对象:批注需要图表、系列或数据点</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="551"/>
        <source>text: required</source>
        <translation>文字:必填</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="555"/>
        <source>text: </source>
        <translation>文字:</translation>
    </message>
    <message>
        <location filename="../db/analystdb.cpp" line="578"/>
        <source>target: %1 has no annotation</source>
        <translation>对象:%1 没有批注</translation>
    </message>
    <message>
        <location filename="../db/analystdb_batch.cpp" line="128"/>
        <source>conflict: the import cannot be undone, the layer changed since (%1)</source>
        <translation>冲突:无法撤销此次导入,数据层此后已有改动(%1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="92"/>
        <location filename="../db/analystdb_json.cpp" line="107"/>
        <location filename="../db/analystdb_json.cpp" line="118"/>
        <location filename="../db/analystdb_json.cpp" line="136"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1:%2</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="187"/>
        <source>file: not JSON (%1 at byte %2)</source>
        <translation>文件:不是 JSON(第 %2 字节处%1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="194"/>
        <source>file: not a JSON object</source>
        <translation>文件:不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="200"/>
        <source>format: not &apos;%1&apos;</source>
        <translation>format:不是“%1”</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="205"/>
        <source>version: not a number</source>
        <translation>version:不是数字</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="208"/>
        <source>version: %1 is not one this Trendboard reads (1 to %2)</source>
        <translation>version:本版 Trendboard 不能读取版本 %1(可读 1 至 %2)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="225"/>
        <source>file: %1 values and %2 annotations; an import takes at most %3 entries in all</source>
        <translation>文件:%1 个数值和 %2 条注释;一次导入最多共 %3 条</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="368"/>
        <source>values[%1]: conflict: %2 is %3 %4 in this layer, the file has %5 %6</source>
        <translation>values[%1]:冲突:%2 在本数据层中为 %3 %4,文件中为 %5 %6</translation>
    </message>
    <message>
        <location filename="../db/analystdb_json.cpp" line="383"/>
        <source>annotations[%1]: conflict: %2 is annotated differently in this layer</source>
        <translation>annotations[%1]:冲突:%2 在本数据层中的注释不同</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="103"/>
        <source>it cannot be read: %1</source>
        <translation>无法读取:%1</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="107"/>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="122"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="123"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="133"/>
        <location filename="../db/analystdb_open.cpp" line="167"/>
        <source>it belongs to another program (application id 0x%1)</source>
        <translation>它属于另一个程序(应用程序 ID 0x%1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="147"/>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite 无法读取它(%1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="175"/>
        <source>it has no Trendboard analyst tables (user_version %1)</source>
        <translation>其中没有 Trendboard 分析师数据表(user_version %1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="182"/>
        <source>it has no schema version</source>
        <translation>它没有架构版本</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="236"/>
        <source>no analyst database at %1</source>
        <translation>%1 处没有分析师数据库</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="251"/>
        <location filename="../db/analystdb_open.cpp" line="325"/>
        <source>the analyst database %1 is locked by another program; analyst values are unavailable until it is closed</source>
        <translation>分析师数据库 %1 被另一个程序锁定;在其关闭之前无法使用分析师数值</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="272"/>
        <source>cannot create the folder %1 for the analyst database</source>
        <translation>无法为分析师数据库创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="283"/>
        <location filename="../db/analystdb_open.cpp" line="330"/>
        <location filename="../db/analystdb_open.cpp" line="369"/>
        <source>is damaged (%1)</source>
        <translation>已损坏(%1)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="303"/>
        <source>the analyst database %1 %2; it was left as it is</source>
        <translation>分析师数据库 %1 %2;已保持原样</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="335"/>
        <location filename="../db/analystdb_open.cpp" line="402"/>
        <source>cannot open the analyst database %1 (%2): %3</source>
        <translation>无法打开分析师数据库 %1(%2):%3</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="350"/>
        <source>was written by a newer Trendboard (schema version %1, this one knows %2)</source>
        <translation>由更新版本的 Trendboard 写入(架构版本 %1,本版只认识 %2)</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="377"/>
        <source>the analyst database %1 has schema version %2 and needs upgrading to %3; open it once in the window</source>
        <translation>分析师数据库 %1 的架构版本为 %2,需要升级到 %3;请先在窗口中打开一次</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="474"/>
        <source>the analyst database %1 does not have the tables this Trendboard reads (%2: %3); it was left as it is</source>
        <translation>分析师数据库 %1 中没有本版 Trendboard 读取的数据表(%2:%3);已保持原样</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="497"/>
        <source>the analyst database %1 %2 and could not be moved aside; analyst values are unavailable</source>
        <translation>分析师数据库 %1 %2,且无法移到一旁;无法使用分析师数值</translation>
    </message>
    <message>
        <location filename="../db/analystdb_open.cpp" line="510"/>
        <source>the analyst database %1 %2; it was moved to %3 and an empty analyst layer was started</source>
        <translation>分析师数据库 %1 %2;已移至 %3,并新建了空的分析师数据层</translation>
    </message>
</context>
<context>
    <name>trendboard::AnalystService</name>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="21"/>
        <location filename="../app/analyst/analystservice.cpp" line="226"/>
        <location filename="../app/analyst/analystservice.cpp" line="281"/>
        <source>exhibit: no exhibit &apos;%1&apos; in the report</source>
        <translation>图表:报告中没有图表“%1”</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="26"/>
        <location filename="../app/analyst/analystservice.cpp" line="233"/>
        <location filename="../app/analyst/analystservice.cpp" line="288"/>
        <source>series: exhibit %1 has no series &apos;%2&apos;</source>
        <translation>系列:图表 %1 没有系列“%2”</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="77"/>
        <source>key: a value needs an exhibit, a series and an x label</source>
        <translation>键:数值需要图表、系列和 x 标签</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="113"/>
        <location filename="../app/analyst/analystservice.cpp" line="158"/>
        <source>key: the report states %1 (%2 %3); edit it instead of filling it in</source>
        <translation>键:报告给出了 %1(%2 %3);请修改它,而不是填补</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="127"/>
        <source>key: the report states no value at %1; fill it in instead</source>
        <translation>键:报告在 %1 没有给出数值;请改为填补</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="221"/>
        <source>target: an annotation needs an exhibit, a series or a point</source>
        <translation>对象:批注需要图表、系列或数据点</translation>
    </message>
    <message>
        <location filename="../app/analyst/analystservice.cpp" line="238"/>
        <location filename="../app/analyst/analystservice.cpp" line="293"/>
        <source>x_label: %1 is neither a point of the report nor a filled-in one</source>
        <translation>x 标签:%1 既不是报告的数据点,也不是已填补的数据点</translation>
    </message>
</context>
<context>
    <name>trendboard::AnnotationsDialog</name>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="43"/>
        <source>Annotations and audit trail</source>
        <translation>注释和审计记录</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="50"/>
        <source>Filter notes…</source>
        <translation>筛选注释…</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="53"/>
        <location filename="../ui/annotationsdialog.cpp" line="69"/>
        <source>Exhibit</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="53"/>
        <location filename="../ui/annotationsdialog.cpp" line="69"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="53"/>
        <location filename="../ui/annotationsdialog.cpp" line="69"/>
        <source>Value at</source>
        <translation>数值位置</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="53"/>
        <location filename="../ui/annotationsdialog.cpp" line="70"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="53"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="56"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="57"/>
        <source>When (UTC)</source>
        <translation>时间(UTC)</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="57"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="57"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="57"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="57"/>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="58"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="58"/>
        <location filename="../ui/annotationsdialog.cpp" line="70"/>
        <source>Citation</source>
        <translation>引用来源</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="60"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="63"/>
        <source>The report&apos;s data no longer has the exhibit, series or point of these entries (its data was updated). They are kept in your analyst database and in exports of the layer, but not shown.</source>
        <translation>报告数据中已不再有这些条目所属的图表、系列或数据点（数据已更新）。它们仍保存在您的分析师数据库中，也会随分析层一同导出，但不会显示。</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="70"/>
        <source>Value or note</source>
        <translation>数值或注释</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="73"/>
        <source>Not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="126"/>
        <source>edited value</source>
        <translation>修改的数值</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="126"/>
        <source>filled-in value</source>
        <translation>补填的数值</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="134"/>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/annotationsdialog.cpp" line="147"/>
        <source>Not shown (%1)</source>
        <translation>未显示（%1）</translation>
    </message>
</context>
<context>
    <name>trendboard::BatchExportDialog</name>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="54"/>
        <location filename="../ui/batchexportdialog.cpp" line="138"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="56"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="57"/>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="58"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="59"/>
        <source>as one PDF deck (a slide a page)</source>
        <translation>合并为一个 PDF 演示文稿(每页一张幻灯片)</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="60"/>
        <source>CSV data (with a README)</source>
        <translation>CSV 数据(附 README)</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="73"/>
        <source>Include annotations</source>
        <translation>包含注释</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="79"/>
        <source>%n exhibit(s): %1</source>
        <translation>
            <numerusform>%n 个图表:%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="80"/>
        <source>Formats:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="81"/>
        <source>Slide size:</source>
        <translation>幻灯片尺寸:</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="82"/>
        <source>Pixel ratio (PNG):</source>
        <translation>像素比(PNG):</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="83"/>
        <source>Theme:</source>
        <translation>主题:</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="85"/>
        <source>Folder:</source>
        <translation>文件夹:</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="87"/>
        <location filename="../ui/batchexportdialog.cpp" line="141"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="124"/>
        <source>Export %n exhibit(s)</source>
        <translation>
            <numerusform>导出 %n 个图表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="125"/>
        <source> to %n file(s) in %1?</source>
        <translation>
            <numerusform>，共 %n 个文件，保存到 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="128"/>
        <source>%n of these files already exist and will be replaced (%1).</source>
        <translation>
            <numerusform>其中 %n 个文件已存在，将被替换（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="146"/>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="146"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batchexportdialog.cpp" line="157"/>
        <source>%n file(s) written to %1, listed in index.csv.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1,并列于 index.csv 中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="160"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="163"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="164"/>
        <source>Cancelled. Only complete files were kept: %1</source>
        <translation>已取消。仅保留了完整的文件:%1</translation>
    </message>
    <message>
        <location filename="../ui/batchexportdialog.cpp" line="166"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
</context>
<context>
    <name>trendboard::ChartTransform</name>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="50"/>
        <source>As stated</source>
        <translation>按原值</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="52"/>
        <source>Indexed (first period = 100)</source>
        <translation>指数化(首期 = 100)</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="54"/>
        <source>Change from previous period (%)</source>
        <translation>较上期变化(%)</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="83"/>
        <source>%1: too few dated values to compute.</source>
        <translation>%1:有日期的数值太少,无法计算。</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="99"/>
        <source>%1: its first value is not positive, so it cannot be indexed.</source>
        <translation>%1:首个数值不为正,无法指数化。</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="106"/>
        <source>%1 has no value in the first period; indexed to its own first period, %2.</source>
        <translation>%1 在首期没有数值;已按其自身的首期 %2 指数化。</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="130"/>
        <source>computed: %1 (%2) to %3 (%4)</source>
        <translation>计算所得:%1(%2)至 %3(%4)</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="138"/>
        <source>%1: no two consecutive periods of one kind to compare.</source>
        <translation>%1:没有两个同类的相邻期间可供比较。</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="148"/>
        <source>Index, first stated period = 100</source>
        <translation>指数,首个公布期 = 100</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="149"/>
        <source>Change from the previous stated period, %</source>
        <translation>较上一公布期的变化,%</translation>
    </message>
    <message>
        <location filename="../app/figure/charttransform.cpp" line="155"/>
        <source>Computed from consecutive stated values; periods may be unequal. The report&apos;s own growth rates are listed as stated.</source>
        <translation>由相邻的公布值计算;各期长度可能不同。报告本身给出的增长率按原文列出。</translation>
    </message>
</context>
<context>
    <name>trendboard::ChartView</name>
    <message>
        <location filename="../widgets/chartview.cpp" line="29"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="31"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="32"/>
        <source>Draw the values as stated, indexed to their first period, or as the change from the previous stated period</source>
        <translation>按原值、按首期指数化或按较上一公布期的变化绘制数值</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="37"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="38"/>
        <source>Show annotations</source>
        <translation>显示注释</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="39"/>
        <source>The analyst&apos;s notes as numbered markers and callouts on the chart</source>
        <translation>以编号标记和标注框在图表上显示分析师注释</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="42"/>
        <source>Draw as chart</source>
        <translation>绘制为图表</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="43"/>
        <source>This exhibit&apos;s text states fewer than three values, shown as key figures; draw them on the report&apos;s chart instead</source>
        <translation>该图表的文字公布的数值少于三个,以关键数字显示;改为在报告的图表上绘制</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="46"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="47"/>
        <source>Save the chart as a slide: PNG, SVG or PDF, in a slide&apos;s size and theme</source>
        <translation>将图表保存为幻灯片:PNG、SVG 或 PDF,采用幻灯片的尺寸和主题</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="50"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="54"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="56"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="57"/>
        <source>Copy the chart as a slide image (with its values as text)</source>
        <translation>将图表复制为幻灯片图像(并附带数值文本)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="58"/>
        <source>Copy data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="59"/>
        <source>Copy the values drawn as tab-separated text</source>
        <translation>将绘制的数值复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="62"/>
        <source>Details in the report</source>
        <translation>报告中的详细信息</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="183"/>
        <source>Logarithmic value axis</source>
        <translation>对数数值轴</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="185"/>
        <source>Shown as key figures: no value axis to make logarithmic</source>
        <translation>以关键数字显示:没有可设为对数的数值轴</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="186"/>
        <source>Not available: a log axis needs every plotted value above zero, and this chart has values of zero or below (or none)</source>
        <translation>不可用:对数轴要求所有绘制的数值都大于零,而此图表有零或负值(或没有数值)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="192"/>
        <source>Details on p. %1 →</source>
        <translation>详见第 %1 页 →</translation>
    </message>
</context>
<context>
    <name>trendboard::CheckListButton</name>
    <message>
        <location filename="../widgets/checklistbutton.cpp" line="30"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../widgets/checklistbutton.cpp" line="32"/>
        <source>Find %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <location filename="../widgets/checklistbutton.cpp" line="145"/>
        <source>Any %1</source>
        <translation>任意%1</translation>
    </message>
</context>
<context>
    <name>trendboard::CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="178"/>
        <source>no stated value of %1 for %2</source>
        <translation>%2 没有 %1 的原文数值</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="184"/>
        <source>nothing to compare</source>
        <translation>没有可比较的数值</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="212"/>
        <source>%1: %2 values of %3</source>
        <translation>%1:%3 的 %2 个数值</translation>
    </message>
</context>
<context>
    <name>trendboard::Comparison</name>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="146"/>
        <location filename="../app/compare/comparisontable.cpp" line="22"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisontable.cpp" line="33"/>
        <source>also p. %1</source>
        <translation>另见第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="119"/>
        <source>%1 (p. %2)</source>
        <translation>%1(第 %2 页)</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="143"/>
        <source>p. %1 %2</source>
        <translation>第 %1 页 %2</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="35"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="174"/>
        <source>no %1 &apos;%2&apos; (see %3)</source>
        <translation>没有%1“%2”(见 %3)</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="176"/>
        <source>no %1 &apos;%2&apos;; did you mean %3?</source>
        <translation>没有%1“%2”;是否指 %3?</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="193"/>
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="209"/>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="220"/>
        <source>a comparison takes %1 to %2 different entities, not %3</source>
        <translation>比较需要 %1 至 %2 个不同的实体,而不是 %3 个</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="242"/>
        <source>period &apos;%1&apos;: %2</source>
        <translation>期间“%1”:%2</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonservice.cpp" line="251"/>
        <source>the period %1:%2 ends before it starts</source>
        <translation>期间 %1:%2 的结束早于开始</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="122"/>
        <location filename="../app/compare/comparisonexhibit.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/compare/comparisonexhibit.cpp" line="153"/>
        <source>Values from %n exhibit(s), which may measure different things: %1.</source>
        <translation>
            <numerusform>数值来自 %n 个图表,其衡量的内容可能不同:%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="157"/>
        <source>; </source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="391"/>
        <source>%1, %2</source>
        <translation>%1,%2</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="195"/>
        <source>%1 p. %2</source>
        <translation>%1 第 %2 页</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="394"/>
        <source>values as stated, compared by Trendboard</source>
        <translation>按原文数值,由 Trendboard 比较</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="207"/>
        <source>No stated value of this measure for: %1.</source>
        <translation>以下对象没有该指标的原文数值:%1。</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="212"/>
        <source>%1 of the values are the analyst&apos;s (edited or filled in), marked as such.</source>
        <translation>其中 %1 个数值为分析师数值(修改或填补),已标出。</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="221"/>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2(%3,%4)</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="227"/>
        <source>Stated without a date, in the table only: %1.</source>
        <translation>未注明日期,仅列于表中:%1。</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="270"/>
        <source> (%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../app/compare/comparisonexhibit.cpp" line="284"/>
        <source>, p. %1</source>
        <translation>,第 %1 页</translation>
    </message>
</context>
<context>
    <name>trendboard::ComparisonTab</name>
    <message>
        <location filename="../ui/comparisontab.cpp" line="91"/>
        <source>Compare a measure across companies, products, countries and regions, from every exhibit of both reports.</source>
        <translation>从两份报告的所有图表中,比较公司、产品、国家和地区的同一指标。</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="99"/>
        <source>Saved comparisons</source>
        <translation>已保存的比较</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="101"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="102"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="103"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="113"/>
        <location filename="../ui/comparisontab.cpp" line="115"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="117"/>
        <location filename="../ui/comparisontab.cpp" line="122"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="118"/>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="124"/>
        <source>from, e.g. 2020 or Q1:24</source>
        <translation>起,例如 2020 或 Q1:24</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="126"/>
        <source>to, e.g. 5/25</source>
        <translation>止,例如 5/25</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="128"/>
        <source>Compare from period</source>
        <translation>比较的起始期间</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="129"/>
        <source>Compare to period</source>
        <translation>比较的截止期间</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="133"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="137"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="139"/>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="142"/>
        <source>Entities to compare</source>
        <translation>要比较的实体</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="144"/>
        <source>Include analyst values</source>
        <translation>包含分析师数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="145"/>
        <source>The values analysts edited or filled in, marked; off: the reports&apos; values only</source>
        <translation>分析师修改或补填的数值（已标记）；关闭时仅显示报告中的数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="162"/>
        <source>Compared values</source>
        <translation>比较的数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="225"/>
        <source>%1 (%2 values)</source>
        <translation>%1(%2 个数值)</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="228"/>
        <source>%1 — %2, %3 entities</source>
        <translation>%1 — %2,%3 个实体</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="254"/>
        <source>%1 — %2, 1 value</source>
        <translation>%1 — %2,1 个数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="255"/>
        <source>%1 — %2, %3 values</source>
        <translation>%1 — %2,%3 个数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="256"/>
        <source>%1 — %2, no values</source>
        <translation>%1 — %2,没有数值</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="436"/>
        <source>Tick two to twelve entities to compare.</source>
        <translation>勾选两到十二个实体进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="454"/>
        <source>The reports state no value of %1 for %2.</source>
        <translation>报告没有给出 %2 的 %1 数值。</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="467"/>
        <source>1 value (%1).</source>
        <translation>1 个数值(%1)。</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="467"/>
        <source>%1 values (%2).</source>
        <translation>%1 个数值(%2)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparisontab.cpp" line="471"/>
        <source>%n of them the analyst&apos;s, marked.</source>
        <translation>
            <numerusform>其中 %n 个为分析师数值，已标记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="475"/>
        <source>No value for: %1.</source>
        <translation>没有数值:%1。</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="491"/>
        <source>Saved comparisons…</source>
        <translation>已保存的比较…</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="509"/>
        <source>Save comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="509"/>
        <location filename="../ui/comparisontab.cpp" line="534"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="515"/>
        <source>Replace comparison</source>
        <translation>替换比较</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="516"/>
        <source>A comparison named &apos;%1&apos; exists. Replace it?</source>
        <translation>已存在名为&quot;%1&quot;的比较。要替换它吗?</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="522"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="534"/>
        <source>Rename comparison</source>
        <translation>重命名比较</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="540"/>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="551"/>
        <source>Delete comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="552"/>
        <source>Delete the saved comparison &apos;%1&apos;?</source>
        <translation>删除已保存的比较&quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="579"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="572"/>
        <source>Export compared values as CSV</source>
        <translation>将比较的数值导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="48"/>
        <source>Big Six USA tech companies</source>
        <translation>美国六大科技公司</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="50"/>
        <source>LLM makers</source>
        <translation>LLM 开发商</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="52"/>
        <source>LLM products</source>
        <translation>LLM 产品</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="54"/>
        <source>World Bank regions</source>
        <translation>世界银行地区</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="64"/>
        <source>Entities with values of this measure</source>
        <translation>有此指标数值的实体</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="66"/>
        <source>Countries with values of this measure</source>
        <translation>有此指标数值的国家</translation>
    </message>
    <message>
        <location filename="../ui/comparisontab.cpp" line="573"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>trendboard::DataTableView</name>
    <message>
        <location filename="../widgets/datatableview.cpp" line="45"/>
        <source>Values of this exhibit</source>
        <translation>此图表的数值</translation>
    </message>
</context>
<context>
    <name>trendboard::DisplayLanguage</name>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="119"/>
        <source>Faster Than Ever</source>
        <translation>前所未有之快</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="120"/>
        <source>Users, Usage &amp; CapEx</source>
        <translation>用户、使用与资本支出</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="121"/>
        <source>Compute &amp; Inference Costs</source>
        <translation>算力与推理成本</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="122"/>
        <source>Usage, Cost &amp; Loss</source>
        <translation>使用、成本与亏损</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="123"/>
        <source>Monetization Threats</source>
        <translation>变现威胁</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="124"/>
        <source>Physical World</source>
        <translation>物理世界</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="125"/>
        <source>Internet Users</source>
        <translation>互联网用户</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="126"/>
        <source>Work Evolution</source>
        <translation>工作变革</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="127"/>
        <source>Brokerage note</source>
        <translation>券商研报</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="220"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="222"/>
        <source>headline</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="224"/>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="226"/>
        <source>axis titles</source>
        <translation>坐标轴标题</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="228"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="232"/>
        <source>Chinese %1: Trendboard&apos;s translation</source>
        <extracomment>%1: the parts in Trendboard&apos;s Chinese, e.g. &quot;title, note&quot;</extracomment>
        <translation>中文%1为 Trendboard 译文</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="234"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="242"/>
        <source>Source: %1, %2</source>
        <translation>来源:%1,%2</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="244"/>
        <source>Source: %1, %2, p. %3</source>
        <translation>来源:%1,%2,第 %3 页</translation>
    </message>
    <message>
        <location filename="../app/text/displaylanguage.cpp" line="248"/>
        <source>; %1</source>
        <translation>;%1</translation>
    </message>
</context>
<context>
    <name>trendboard::EntityProfile</name>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="40"/>
        <source>no entity &apos;%1&apos; (see --list-entities)</source>
        <translation>没有实体“%1”(见 --list-entities)</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="43"/>
        <source>no entity &apos;%1&apos;; did you mean %2?</source>
        <translation>没有实体“%1”;是否指 %2?</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="124"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="125"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="126"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="127"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="128"/>
        <source>Quote</source>
        <translation>原文引述</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="129"/>
        <source>Exhibit</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="130"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="131"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="132"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="133"/>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="134"/>
        <source>Report&apos;s value</source>
        <translation>报告数值</translation>
    </message>
    <message>
        <location filename="../app/browse/entityprofile.cpp" line="135"/>
        <source>Citation</source>
        <translation>出处</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitBrowser</name>
    <message>
        <location filename="../widgets/exhibitbrowser.cpp" line="77"/>
        <source>no values</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location filename="../widgets/exhibitbrowser.cpp" line="216"/>
        <source>Exhibits</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitFigure</name>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="221"/>
        <source>Series values not stated in the report text: %1. The values drawn for them are the analyst&apos;s.</source>
        <translation>报告文字未给出以下系列的数值:%1。图中这些系列的数值为分析师数值。</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="163"/>
        <source>; includes analyst values</source>
        <translation>;含分析师数值</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="188"/>
        <source>Analyst&apos;s note: %1</source>
        <translation>分析师注释：%1</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="192"/>
        <location filename="../app/figure/exhibitfigure.cpp" line="288"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="196"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="211"/>
        <source>Values as stated in the report&apos;s text.</source>
        <translation>数值均为报告文字所述。</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="224"/>
        <source>Series values not stated in the report text: %1. Only the values the text states are shown; analysts can fill in the rest.</source>
        <translation>报告文字未给出以下系列的数值:%1。仅显示文字给出的数值;其余可由分析师补充。</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="244"/>
        <location filename="../app/figure/exhibitfigure.cpp" line="284"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="250"/>
        <source>Also in %1: %2</source>
        <translation>另见 %1:%2</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="255"/>
        <source>%1: %2 (%3)</source>
        <translation>%1:%2(%3)</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="257"/>
        <source>, not stated here</source>
        <translation>,此处未给出</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="259"/>
        <source>, here %1</source>
        <translation>,此处为 %1</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="264"/>
        <source>Also stated on %1</source>
        <translation>亦见于 %1</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="298"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="304"/>
        <source>Also on page %1: %2</source>
        <translation>本页另见 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="308"/>
        <source>Stated on other pages: %1</source>
        <translation>其他页面所述：%1</translation>
    </message>
    <message>
        <location filename="../app/figure/exhibitfigure.cpp" line="348"/>
        <source>Note: %1
%2</source>
        <translation>注:%1
%2</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitFilter</name>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="46"/>
        <location filename="../app/browse/exhibitfilter.cpp" line="50"/>
        <location filename="../app/browse/exhibitfilter.cpp" line="52"/>
        <location filename="../app/browse/exhibitfilter.cpp" line="54"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="48"/>
        <source>periods %1–%2</source>
        <translation>期间 %1–%2</translation>
    </message>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="52"/>
        <source>in %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="54"/>
        <source>from %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="56"/>
        <source>with values</source>
        <translation>有数值</translation>
    </message>
    <message>
        <location filename="../app/browse/exhibitfilter.cpp" line="207"/>
        <source>&apos;%1&apos; is not a period the report prints (2024, Q1:25, 4/25, 5/15/25)</source>
        <translation>&quot;%1&quot;不是报告中的期间写法(2024、Q1:25、4/25、5/15/25)</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitListModel</name>
    <message>
        <location filename="../app/models/exhibitlistmodel.cpp" line="179"/>
        <source>p. %1   %2</source>
        <translation>第 %1 页   %2</translation>
    </message>
    <message>
        <location filename="../app/models/exhibitlistmodel.cpp" line="186"/>
        <source>The report&apos;s text states no values for this exhibit: it shows what the page says.</source>
        <translation>报告文字未给出此图表的数值：显示该页所述内容。</translation>
    </message>
</context>
<context>
    <name>trendboard::ExhibitTableModel</name>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="207"/>
        <source>Note: %1</source>
        <translation>注:%1</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="209"/>
        <source>Derived: %1
From: “%2”</source>
        <translation>推算:%1
依据:“%2”</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="247"/>
        <source>edited (report: %1)</source>
        <translation>已修改(报告:%1)</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="251"/>
        <source>analyst: %1</source>
        <translation>分析师:%1</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="256"/>
        <source>derived: %1</source>
        <translation>推算:%1</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="268"/>
        <source>The report&apos;s units: K = thousand, MM = million, B = billion, T = trillion</source>
        <translation>报告的单位:K = 千,MM = 百万,B = 十亿,T = 万亿</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="280"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="282"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="284"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="286"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="288"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="291"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="293"/>
        <source>Base value</source>
        <translation>基准单位数值</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="295"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="297"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../app/models/exhibittablemodel.cpp" line="299"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>trendboard::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="35"/>
        <source>Export slide</source>
        <translation>导出幻灯片</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="39"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="40"/>
        <source>SVG vector image</source>
        <translation>SVG 矢量图像</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="41"/>
        <source>PDF page</source>
        <translation>PDF 页面</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="60"/>
        <source>Include annotations</source>
        <translation>包含注释</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="61"/>
        <source>The analyst&apos;s notes as numbered markers and callouts on the chart, and listed under it</source>
        <translation>以编号标记和标注框在图表上显示分析师注释，并在图表下方列出</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="69"/>
        <source>Format:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="70"/>
        <source>Size:</source>
        <translation>尺寸:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="71"/>
        <source>Custom size:</source>
        <translation>自定义尺寸:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="72"/>
        <source>Pixel ratio:</source>
        <translation>像素比:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>Theme:</source>
        <translation>主题:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>Folder:</source>
        <translation>文件夹:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>File name:</source>
        <translation>文件名:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="82"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="87"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="88"/>
        <source>Copy data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="154"/>
        <source>Vector: %1 × %2 at any resolution</source>
        <translation>矢量:%1 × %2,任意分辨率</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="183"/>
        <location filename="../ui/exportdialog.cpp" line="202"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="184"/>
        <source>The folder %1 %2. Choose another folder.</source>
        <translation>文件夹 %1 %2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="185"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="187"/>
        <source>is not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="188"/>
        <source>cannot be written to (no permission)</source>
        <translation>无法写入(没有权限)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="194"/>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="194"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗?</translation>
    </message>
</context>
<context>
    <name>trendboard::ExportService</name>
    <message>
        <location filename="../app/export/batchexport.cpp" line="172"/>
        <source>no exhibits to export</source>
        <translation>没有要导出的图表</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="174"/>
        <source>no format chosen (PNG, SVG, PDF or CSV)</source>
        <translation>未选择格式(PNG、SVG、PDF 或 CSV)</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="177"/>
        <source>no folder given</source>
        <translation>未指定文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="181"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="183"/>
        <source>cannot write in the folder %1: permission denied</source>
        <translation>无法写入文件夹 %1:权限不足</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="276"/>
        <location filename="../app/export/batchexport.cpp" line="344"/>
        <location filename="../app/export/csv.cpp" line="332"/>
        <location filename="../app/export/csv.cpp" line="339"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="294"/>
        <location filename="../app/export/exportservice.cpp" line="200"/>
        <source>no exhibit &apos;%1&apos;</source>
        <translation>没有图表“%1”</translation>
    </message>
    <message>
        <location filename="../app/export/csv.cpp" line="315"/>
        <location filename="../app/export/csv.cpp" line="321"/>
        <location filename="../app/export/exportservice.cpp" line="55"/>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出:%1</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="29"/>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="35"/>
        <source>%1 is a symbolic link (to %2); an export does not write through a link: name the file itself or choose another name</source>
        <translation>%1 是符号链接(指向 %2);导出不会通过链接写入:请直接指定该文件或换一个名称</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="41"/>
        <source>%1 exists and is not a regular file (%2); choose another name</source>
        <translation>%1 已存在且不是普通文件(%2);请换一个名称</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="45"/>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="46"/>
        <source>a device, pipe or socket</source>
        <translation>一个设备、管道或套接字</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="70"/>
        <source>nothing was rendered for standard output</source>
        <translation>没有为标准输出绘制任何内容</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="76"/>
        <location filename="../app/export/exportservice.cpp" line="151"/>
        <source>nothing was rendered for %1</source>
        <translation>没有为 %1 绘制任何内容</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="92"/>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>无法写入 %1:%2;未写入任何内容</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="102"/>
        <source>cannot write %1: %2%3</source>
        <translation>无法写入 %1:%2%3</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="160"/>
        <source>cannot encode PNG for %1</source>
        <translation>无法为 %1 编码 PNG</translation>
    </message>
    <message>
        <location filename="../app/export/exportservice.cpp" line="175"/>
        <source>cannot encode PNG for %1: %2</source>
        <translation>无法为 %1 编码 PNG:%2</translation>
    </message>
    <message>
        <location filename="../app/export/fileerror.cpp" line="14"/>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <location filename="../app/export/fileerror.cpp" line="17"/>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <location filename="../app/export/fileerror.cpp" line="20"/>
        <source>file too large</source>
        <translation>文件过大</translation>
    </message>
</context>
<context>
    <name>trendboard::FillSeriesDialog</name>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="39"/>
        <source>Fill in “%1”</source>
        <translation>填入“%1”</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="41"/>
        <source>%1 (p. %2). The report text states no values for this series but those shown in grey. Fill in the periods you have from filings; empty rows are left out.</source>
        <translation>%1(第 %2 页)。除灰色显示的数值外,报告文字未给出此系列的数值。请根据申报文件填入已有期间的数值;空行将被忽略。</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="50"/>
        <source>Citation for every row:</source>
        <translation>所有行的引用来源:</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="52"/>
        <source>filing, URL or source, and its date</source>
        <translation>申报文件、URL 或来源,及其日期</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="53"/>
        <source>Citation for every row</source>
        <translation>所有行的引用来源</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="59"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="59"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="59"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="59"/>
        <source>Citation (if not the one above)</source>
        <translation>引用来源(如与上方不同)</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="75"/>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="109"/>
        <source>stated in the report</source>
        <translation>报告中已给出</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="131"/>
        <source>row %1 (%2)</source>
        <translation>第 %1 行(%2)</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="134"/>
        <source>%1, value: &apos;%2&apos; is not a number</source>
        <translation>%1,数值:&quot;%2&quot;不是数字</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="145"/>
        <source>period: required</source>
        <translation>期间:必填</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="147"/>
        <source>%1, %2</source>
        <translation>%1,%2</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="163"/>
        <source>Nothing was stored:
%1</source>
        <translation>未保存任何内容:
%1</translation>
    </message>
    <message>
        <location filename="../ui/fillseriesdialog.cpp" line="167"/>
        <source>Type a value in at least one row.</source>
        <translation>请至少在一行中输入数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::FilterBar</name>
    <message>
        <location filename="../widgets/filterbar.cpp" line="24"/>
        <source>Search every tab… (Ctrl+F)</source>
        <translation>在所有标签页中搜索…(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="26"/>
        <source>Search exhibits</source>
        <translation>搜索图表</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="27"/>
        <source>Titles, headlines, notes, sources, series and the companies, products, countries and regions they name</source>
        <translation>标题、要点、注释、来源、系列以及其中提到的公司、产品、国家和地区</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="31"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="32"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="39"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="40"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="41"/>
        <source>Periods from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="42"/>
        <source>Periods to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="45"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="46"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="47"/>
        <source>With values</source>
        <translation>有数值</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="48"/>
        <source>Only exhibits whose values the report text states</source>
        <translation>仅显示报告文字给出数值的图表</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="50"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="51"/>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="83"/>
        <source>Level (amount)</source>
        <translation>水平(数量)</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="85"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="87"/>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="89"/>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="91"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="93"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="133"/>
        <source>A period the report prints: 2024, Q1:25, 4/25</source>
        <translation>报告中的期间写法:2024、Q1:25、4/25</translation>
    </message>
</context>
<context>
    <name>trendboard::FlatTableModel</name>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="18"/>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="19"/>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="20"/>
        <source>period_start</source>
        <translation>期间起</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="21"/>
        <source>period_end</source>
        <translation>期间止</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="22"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="23"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="24"/>
        <source>base_value</source>
        <translation>基本单位数值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="25"/>
        <source>base_unit</source>
        <translation>基本单位</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="26"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="27"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="28"/>
        <source>exhibit_id</source>
        <translation>图表编号</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="29"/>
        <source>page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="30"/>
        <source>stated_value</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="31"/>
        <source>stated_unit</source>
        <translation>原文单位</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="32"/>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="33"/>
        <source>derivation</source>
        <translation>推算方法</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="34"/>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="35"/>
        <source>report_value</source>
        <translation>报告数值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="36"/>
        <source>citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="37"/>
        <source>also_stated</source>
        <translation>另见</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="38"/>
        <source>section_no</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="39"/>
        <source>exhibit_title</source>
        <translation>图表标题</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="40"/>
        <source>exhibit_kind</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="41"/>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="42"/>
        <source>series_stated</source>
        <translation>系列有原文数值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="43"/>
        <source>entity_kind</source>
        <translation>实体类型</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="44"/>
        <source>x_label</source>
        <translation>x 标签</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="45"/>
        <source>granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="46"/>
        <source>text_value</source>
        <translation>文字值</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="47"/>
        <source>quantity</source>
        <translation>数量类型</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="48"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="49"/>
        <source>datapoint_id</source>
        <translation>数据点编号</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="50"/>
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/models/flattablemodel.cpp" line="51"/>
        <source>annotation</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>trendboard::HeadlineBoard</name>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="160"/>
        <source>%1 · %2 (pages %3–%4) ›</source>
        <translation>%1 · %2(第 %3–%4 页)›</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="166"/>
        <source>Open section %1</source>
        <translation>打开第 %1 部分</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="176"/>
        <source>The report text states no values in this section&apos;s exhibits yet.</source>
        <translation>报告文字尚未给出本部分图表的数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::HeadlineTileWidget</name>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="69"/>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="70"/>
        <source>%1 · p. %2</source>
        <translation>%1 · 第 %2 页</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="72"/>
        <source> · derived</source>
        <translation> · 推算</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="77"/>
        <source>%1 (p. %2)
%3: %4
Click to open the exhibit.</source>
        <translation>%1(第 %2 页)
%3:%4
点击打开该图表。</translation>
    </message>
    <message>
        <location filename="../widgets/headlineboard.cpp" line="81"/>
        <source>%1, %2, %3, page %4</source>
        <translation>%1,%2,%3,第 %4 页</translation>
    </message>
</context>
<context>
    <name>trendboard::KeyFigureView</name>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="231"/>
        <source>analyst value, edited (report: %1, p. %2)</source>
        <translation>分析师数值,已修改(报告:%1,第 %2 页)</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="233"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="236"/>
        <source>analyst value, not in the report</source>
        <translation>分析师数值,报告中没有</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="237"/>
        <source>analyst value: %1</source>
        <translation>分析师数值:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="259"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="265"/>
        <source>Key figures: the report&apos;s text states no value of this chart.</source>
        <translation>关键数字:报告文字未给出此图表的任何数值。</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="266"/>
        <source>Key figures: the report&apos;s text states only %1 of this chart.</source>
        <translation>关键数字:报告文字只给出了此图表的 %1。</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="269"/>
        <source>The analyst&apos;s values: %1.</source>
        <translation>分析师数值:%1。</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="187"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="242"/>
        <source>derived: %1</source>
        <translation>推算:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="243"/>
        <source>stated, p. %1</source>
        <translation>原文数值,第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="208"/>
        <source>Value axis: %1</source>
        <translation>数值轴:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="210"/>
        <source>Second axis: %1</source>
        <translation>次数值轴:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="212"/>
        <source>Across: %1</source>
        <translation>横轴:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="214"/>
        <source>Period: %1</source>
        <translation>期间:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="218"/>
        <source>%1 (values not stated)</source>
        <translation>%1(未给出数值)</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="220"/>
        <source>The report draws: %1</source>
        <translation>报告绘制了:%1</translation>
    </message>
    <message>
        <location filename="../app/figure/keyfigureview.cpp" line="261"/>
        <source>Key figures: the report&apos;s text states only these values of this chart.</source>
        <translation>关键数字:报告文字只给出了此图表的这些数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Trendboard — BOND Trends – Artificial Intelligence (5/25)</source>
        <translation>Trendboard — BOND《人工智能趋势》(5/25)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="55"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="88"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2(%3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="97"/>
        <source>%1 — brokerage industry note (%2)</source>
        <translation>%1 — 券商行业研报(%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="76"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="77"/>
        <source>Compare a measure across companies, countries and regions</source>
        <translation>比较公司、国家和地区的同一指标</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Filter matches</source>
        <translation>筛选匹配数</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Exhibits and values of this tab</source>
        <translation>此标签页的图表和数值</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Data: %1</source>
        <translation>数据:%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Analyst entries that no longer match the report&apos;s data: %1. They are kept and listed in Edit ▸ Annotations and audit trail ▸ Not shown.</source>
        <translation>与报告数据不再对应的分析师条目：%1 条。它们已保留，并列在“编辑 ▸ 注释和审计记录 ▸ 未显示”中。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>&lt;the report&apos;s values as opened&gt;</source>
        <translation>&lt;打开时的报告数值&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Edit selected value…</source>
        <translation>编辑所选数值(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Analyst &amp;actions for this exhibit…</source>
        <translation>此图表的分析师操作(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>E&amp;xport analyst layer…</source>
        <translation>导出分析师数据层(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Import analyst layer…</source>
        <translation>导入分析师数据层(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>A&amp;nnotations and audit trail…</source>
        <translation>注释和审计记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Export analyst layer</source>
        <translation>导出分析师数据层</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Analyst layers (*.json)</source>
        <translation>分析师数据层 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Analyst layer written to %1</source>
        <translation>分析师数据层已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Import analyst layer</source>
        <translation>导入分析师数据层</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>%1 has %n problem(s); nothing was applied.</source>
        <translation>
            <numerusform>%1 有 %n 个问题;未应用任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n 个图表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Imported %1 and %2 from %3</source>
        <translation>已从 %3 导入 %1 和 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="87"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="92"/>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Open an exhibit first.</source>
        <translation>请先打开一个图表。</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="97"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="99"/>
        <source>Export &amp;data as CSV…</source>
        <translation>将数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="110"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="115"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="116"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="117"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="119"/>
        <source>Go to &amp;page…</source>
        <translation>转到页面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="121"/>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="121"/>
        <source>Report page (1–340):</source>
        <translation>报告页码(1–340):</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="127"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="128"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="132"/>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="137"/>
        <source>P&amp;revious tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="145"/>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="148"/>
        <source>Tab %1</source>
        <translation>标签页 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="157"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="159"/>
        <source>&amp;Language (takes effect on restart)</source>
        <translation>语言(重启后生效)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="198"/>
        <source>The language changes when Trendboard starts again.</source>
        <translation>语言将在 Trendboard 下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="166"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="169"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="169"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="169"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="206"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="208"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="210"/>
        <source>&amp;About Trendboard</source>
        <translation>关于 Trendboard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="211"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>%n exhibit(s) match %1</source>
        <translation>
            <numerusform>%n 个图表符合 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>The report database cannot be read</source>
        <translation>无法读取报告数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>%1

What is shown may be incomplete. Reinstall Trendboard or rebuild its database.</source>
        <translation>%1

显示的内容可能不完整。请重新安装 Trendboard 或重新生成其数据库。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Page %1 has no exhibit in the database.</source>
        <translation>数据库中第 %1 页没有图表。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Page %1 (section %2) has no exhibit in the database yet.</source>
        <translation>数据库中第 %1 页(第 %2 部分)尚无图表。</translation>
    </message>
</context>
<context>
    <name>trendboard::MiniSeriesChart</name>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="262"/>
        <source>Stated on %1 (%2)</source>
        <translation>见于%1（%2）</translation>
    </message>
</context>
<context>
    <name>trendboard::OverviewTab</name>
    <message>
        <location filename="../ui/overviewtab.cpp" line="33"/>
        <source>Headline figures</source>
        <translation>要点数字</translation>
    </message>
    <message>
        <location filename="../ui/overviewtab.cpp" line="34"/>
        <source>Each section&apos;s key stated figures; click one to open its exhibit</source>
        <translation>各部分公布的关键数字;点击可打开对应图表</translation>
    </message>
    <message>
        <location filename="../ui/overviewtab.cpp" line="46"/>
        <source>Summary charts (page %1)</source>
        <translation>摘要图表（第 %1 页）</translation>
    </message>
    <message>
        <location filename="../ui/overviewtab.cpp" line="47"/>
        <source>Summary charts (pages %1–%2)</source>
        <translation>摘要图表(第 %1–%2 页)</translation>
    </message>
</context>
<context>
    <name>trendboard::PageSaysView</name>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="96"/>
        <source>%n regions</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="98"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="100"/>
        <source>%n companies</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figure/pagesaysview.cpp" line="102"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 个系列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="107"/>
        <source>The chart draws %1</source>
        <translation>图表绘制：%1</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="109"/>
        <source>The %1 on this page</source>
        <translation>本页的%1</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="116"/>
        <source>axis: %1</source>
        <translation>坐标轴：%1</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="126"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="155"/>
        <source>• %1 — %2 (%3)</source>
        <translation>• %1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="160"/>
        <source>Note on the page: %1</source>
        <translation>本页注释：%1</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="162"/>
        <source>On page %1:</source>
        <translation>第 %1 页：</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="174"/>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="177"/>
        <source>Stated on other pages, of these entities or their region:</source>
        <translation>其他页面所述（同一实体或其所属地区）：</translation>
    </message>
    <message>
        <location filename="../app/figure/pagesaysview.cpp" line="181"/>
        <source>The report text states no values for this exhibit (page %1); analysts can add the values.</source>
        <translation>报告文字未给出此图表的数值（第 %1 页）；分析师可补充数值。</translation>
    </message>
</context>
<context>
    <name>trendboard::ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.cpp" line="32"/>
        <source>Include analyst values</source>
        <translation>包含分析师数值</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="33"/>
        <source>The values analysts edited or filled in, in purple italics; off: the reports&apos; values only</source>
        <translation>分析师修改或补填的数值以紫色斜体显示；关闭时仅显示报告中的数值</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="41"/>
        <source>Values stated about %1</source>
        <translation>关于 %1 的公布数值</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="49"/>
        <source>Double-click a value (or press Enter) to open its exhibit</source>
        <translation>双击数值（或按 Enter）打开其图表</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="78"/>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="85"/>
        <source>Profile — %1</source>
        <translation>概况 — %1</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="91"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="93"/>
        <source>, part of %1</source>
        <translation>,隶属于 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="95"/>
        <source>; also called %1</source>
        <translation>;又称 %1</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="98"/>
        <source>The reports state no value about it.</source>
        <translation>报告没有给出关于它的数值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="99"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="100"/>
        <source> in %n measure(s): %1</source>
        <translation>
            <numerusform>,分布于 %n 个指标:%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profiledialog.cpp" line="103"/>
        <source>%n of them the analyst&apos;s (edited or filled in), in purple italics.</source>
        <translation>
            <numerusform>其中 %n 个为分析师数值（修改或补填），以紫色斜体显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trendboard::ProvenancePanel</name>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="80"/>
        <source>Analyst&apos;s value: %1</source>
        <translation>分析师数值:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="18"/>
        <source>Provenance of the selected value</source>
        <translation>所选数值的出处</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="31"/>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="55"/>
        <source>Select a value in the table or on the chart.</source>
        <translation>请在表格或图表中选择一个数值。</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="63"/>
        <source>Report: %1</source>
        <translation>报告:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="65"/>
        <source>Section %1, page %2</source>
        <translation>第 %1 部分,第 %2 页</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="66"/>
        <source>Exhibit: %1 (%2)</source>
        <translation>图表:%1(%2)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="67"/>
        <source>Series: %1%2</source>
        <translation>系列:%1%2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="73"/>
        <source>Entity: %1</source>
        <translation>实体:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="74"/>
        <source>Period as printed: %1</source>
        <translation>原文期间:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="76"/>
        <source>Period as parsed: %1 to %2 (%3)</source>
        <translation>解析期间:%1 至 %2(%3)</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="85"/>
        <source>Value as printed: %1</source>
        <translation>原文数值:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="82"/>
        <location filename="../widgets/provenancepanel.cpp" line="87"/>
        <source>In base units: %1 %2</source>
        <translation>基准单位:%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="90"/>
        <source>Text: %1</source>
        <translation>文字:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="93"/>
        <source>Measure: %1</source>
        <translation>指标:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="97"/>
        <source>Status: derived — %1</source>
        <translation>状态:推算 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="95"/>
        <location filename="../widgets/provenancepanel.cpp" line="99"/>
        <source>Status: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="101"/>
        <source>Analyst&apos;s citation: %1</source>
        <translation>分析师的引用来源:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="103"/>
        <source>Note on this value: %1</source>
        <translation>此数值的注释:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="105"/>
        <source>Note on this series: %1</source>
        <translation>此系列的注释:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="107"/>
        <source>Note on this exhibit: %1</source>
        <translation>此图表的注释:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="109"/>
        <source>The text does not state this series&apos; other values.</source>
        <translation>文字未给出该系列的其他数值。</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="110"/>
        <source>Quote: “%1”</source>
        <translation>引文:“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="111"/>
        <source>Source: %1</source>
        <translation>来源:%1</translation>
    </message>
    <message>
        <location filename="../widgets/provenancepanel.cpp" line="115"/>
        <source>Note: %1</source>
        <translation>注:%1</translation>
    </message>
</context>
<context>
    <name>trendboard::QtChartsCanvas</name>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="169"/>
        <source>Exhibit table</source>
        <translation>图表中的表格</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="403"/>
        <source>The report&apos;s text does not state the cells of this %1 (page %2).
Its title, period and source are recorded; analysts can add the values.</source>
        <translation>报告文字未给出此%1的单元格(第 %2 页)。
已记录其标题、期间和来源;分析师可以补充数值。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="405"/>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="405"/>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="417"/>
        <source>The report text states no values for this exhibit (page %1).</source>
        <translation>报告文字未给出此图表的数值(第 %1 页)。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="420"/>
        <source>It draws: %1.</source>
        <translation>图中绘制:%1。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="426"/>
        <source>Axes: %1.</source>
        <translation>坐标轴:%1。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="428"/>
        <source>Period: %1.</source>
        <translation>期间:%1。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartscanvas.cpp" line="429"/>
        <source>Its title, source and note are recorded; analysts can add the values.</source>
        <translation>已记录其标题、来源和注释;分析师可以补充数值。</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsxy.cpp" line="69"/>
        <source> (analyst)</source>
        <translation>(分析师)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsxy.cpp" line="71"/>
        <source> (derived)</source>
        <translation>(推算)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="164"/>
        <location filename="../app/chart/qtchartsbars.cpp" line="233"/>
        <location filename="../app/chart/qtchartsxy.cpp" line="81"/>
        <source> (stated values only)</source>
        <translation>(仅公布值)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="72"/>
        <location filename="../app/chart/qtchartsxy.cpp" line="291"/>
        <source> (not stated)</source>
        <translation>(未给出)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="162"/>
        <source> (with analyst values)</source>
        <translation>(含分析师数值)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="182"/>
        <source>%1 (derived)</source>
        <translation>%1(推算)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="445"/>
        <source>Analyst values (edited or filled in)</source>
        <translation>分析师数值（已编辑或补充）</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="178"/>
        <source>%1 (edited)</source>
        <translation>%1(已修改)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsbars.cpp" line="180"/>
        <source>%1 (analyst)</source>
        <translation>%1(分析师)</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsannotations.cpp" line="189"/>
        <source>Analyst&apos;s note: %1</source>
        <translation>分析师注释：%1</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsannotations.cpp" line="209"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsannotations.cpp" line="214"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/chart/qtchartsinteraction.cpp" line="247"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>trendboard::ReportDatabase</name>
    <message>
        <location filename="../db/reportdb_also.cpp" line="69"/>
        <location filename="../db/reportdb_also.cpp" line="123"/>
        <location filename="../db/reportdb_also.cpp" line="179"/>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>trendboard::SectionTab</name>
    <message>
        <location filename="../ui/sectiontab.cpp" line="109"/>
        <source>Overview — the report&apos;s summary charts (pages %1–%2)</source>
        <translation>概览 — 报告的摘要图表(第 %1–%2 页)</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="113"/>
        <source>%1. %2 (pages %3–%4)</source>
        <translation>%1. %2(第 %3–%4 页)</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="130"/>
        <source>The exhibits of this section are not in the database yet.</source>
        <translation>数据库中尚无本部分的图表。</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="216"/>
        <source>No exhibit of this tab matches %1</source>
        <translation>此标签页中没有符合 %1 的图表</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="217"/>
        <source>Search looks at titles, headlines, notes, sources, series and the companies, products, countries and regions they name. Clear the filters above, or look at the other tabs&apos; counts.</source>
        <translation>搜索范围包括标题、要点、注释、来源、系列以及其中提到的公司、产品、国家和地区。请清除上方的筛选,或查看其他标签页的计数。</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="483"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="471"/>
        <source>Export datapoints as CSV</source>
        <translation>将数据点导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/sectiontab.cpp" line="472"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>trendboard::SlideExport</name>
    <message>
        <location filename="../app/export/slideexport.cpp" line="114"/>
        <source>Square — 1080 × 1080</source>
        <translation>正方形 — 1080 × 1080</translation>
    </message>
    <message>
        <location filename="../app/export/slideexport.cpp" line="118"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
</context>
<context>
    <name>trendboard::TimelineView</name>
    <message>
        <location filename="../app/chart/timelineview.cpp" line="115"/>
        <source>No events stated in the report text.</source>
        <translation>报告文字未给出任何事件。</translation>
    </message>
</context>
<context>
    <name>trendboard::ValueDialog</name>
    <message>
        <location filename="../ui/valuedialog.cpp" line="26"/>
        <source>Edit value</source>
        <translation>编辑数值</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="26"/>
        <source>Fill in value</source>
        <translation>填入数值</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="33"/>
        <source>The report states:</source>
        <translation>报告给出:</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="38"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="39"/>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="45"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="46"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="48"/>
        <source>as the report prints it: 2024, Q1:25, 4/25</source>
        <translation>按报告的写法:2024、Q1:25、4/25</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="52"/>
        <source>none: “%1” is a category, not a period</source>
        <translation>无:“%1”是类别,不是期间</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="54"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="56"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="58"/>
        <source>where the new value comes from (optional)</source>
        <translation>新数值的来源(可选)</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="59"/>
        <source>filing, URL or source, and its date (required)</source>
        <translation>申报文件、URL 或来源,及其日期(必填)</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="60"/>
        <source>Citation</source>
        <translation>引用来源</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="62"/>
        <source>&amp;Citation:</source>
        <translation>引用来源(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="115"/>
        <source>value: type a number</source>
        <translation>数值:请输入数字</translation>
    </message>
    <message>
        <location filename="../ui/valuedialog.cpp" line="116"/>
        <source>value: &apos;%1&apos; is not a number</source>
        <translation>数值:&quot;%1&quot;不是数字</translation>
    </message>
</context>
<context>
    <name>trendboard::ValueFormat</name>
    <message>
        <location filename="../app/text/valueformat.cpp" line="120"/>
        <source>derived: %1</source>
        <translation>推算:%1</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="125"/>
        <source>citation: %1</source>
        <translation>出处:%1</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="127"/>
        <source>note: %1</source>
        <translation>批注:%1</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="129"/>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="136"/>
        <source>reported</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="138"/>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="144"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="145"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="146"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="147"/>
        <source>half</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="148"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="149"/>
        <source>decade</source>
        <translation>十年</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="150"/>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="161"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="162"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="163"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="164"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="165"/>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="176"/>
        <source>level</source>
        <translation>水平值</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="177"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="178"/>
        <source>growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="179"/>
        <source>multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="64"/>
        <location filename="../app/text/valueformat.cpp" line="180"/>
        <source>index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="181"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="182"/>
        <source>percent growth</source>
        <translation>百分比增长</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="193"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="194"/>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="195"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="196"/>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="197"/>
        <source>percent growth per year</source>
        <translation>年均百分比增长</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="198"/>
        <source>count change</source>
        <translation>数量变化</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="65"/>
        <location filename="../app/text/valueformat.cpp" line="199"/>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="47"/>
        <location filename="../app/text/valueformat.cpp" line="200"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="48"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="49"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="50"/>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="51"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="52"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="53"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="54"/>
        <location filename="../app/text/valueformat.cpp" line="201"/>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="60"/>
        <source>chats</source>
        <translation>次对话</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="61"/>
        <source>discoveries</source>
        <translation>项发现</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="62"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="63"/>
        <source>CAGR</source>
        <translation>年复合增长率</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="66"/>
        <source>per unit</source>
        <translation>每单位</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="67"/>
        <source>sq ft</source>
        <translation>平方英尺</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="68"/>
        <source>bps</source>
        <translation>基点</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="69"/>
        <source>MW-year</source>
        <translation>兆瓦·年</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="202"/>
        <source>tokens per MW</source>
        <translation>Token/兆瓦</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="203"/>
        <source>USD per MM tokens</source>
        <translation>美元/百万 Token</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="204"/>
        <source>USD per unit</source>
        <translation>美元/单位</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="205"/>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="206"/>
        <source>J</source>
        <translation>焦耳</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="207"/>
        <source>W</source>
        <translation>瓦</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="208"/>
        <source>Wh</source>
        <translation>瓦时</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="58"/>
        <location filename="../app/text/valueformat.cpp" line="209"/>
        <source>acres</source>
        <translation>英亩</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="210"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="211"/>
        <source>chats per hour</source>
        <translation>每小时对话数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="212"/>
        <source>discoveries per USD B</source>
        <translation>每十亿美元发现数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="59"/>
        <location filename="../app/text/valueformat.cpp" line="213"/>
        <source>gallons</source>
        <translation>加仑</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="57"/>
        <location filename="../app/text/valueformat.cpp" line="214"/>
        <source>miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="56"/>
        <location filename="../app/text/valueformat.cpp" line="215"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="216"/>
        <source>square feet</source>
        <translation>平方英尺</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="55"/>
        <location filename="../app/text/valueformat.cpp" line="217"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="229"/>
        <source>edited by an analyst — the report states %1</source>
        <translation>经分析师修改 — 报告原值:%1</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="231"/>
        <source>no value</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/text/valueformat.cpp" line="233"/>
        <source>analyst value — the report gives none</source>
        <translation>分析师数值 — 报告中未给出</translation>
    </message>
</context>
</TS>
