// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/yamlguard.h"

#include <QStringDecoder>

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace trendboard {

namespace {

// More than every data source of the report needs many times over; an input beyond it is a
// mistake or an attack, and stopping early keeps the compiler's time and memory bounded.
constexpr int kMaxNodes = 200000;
constexpr int kMaxDepth = 64;

struct Stop
{
    YamlProblem problem;
};

class Checker : public YAML::EventHandler
{
public:
    int documents = 0;

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        if (++documents > 1)
            stop(mark, QStringLiteral("a data source holds one YAML document, not several"));
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        node(mark, anchor, std::string("~"), false);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        stop(mark, QStringLiteral("YAML aliases (*name) are not allowed in data sources; "
                                  "write the value out"));
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        // An escape in a quoted scalar ("\x01") brings back what the text check refused.
        for (const unsigned char c : value) {
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
                stop(mark, QStringLiteral("control character U+%1 in a value")
                               .arg(int(c), 4, 16, QLatin1Char('0')));
        }
        if (!QString::fromStdString(value).toUtf8().startsWith(QByteArray::fromStdString(value)))
            stop(mark, QStringLiteral("a value is not valid UTF-8"));
        node(mark, anchor, value, false);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        node(mark, anchor, {}, true);
        m_frames.push_back({false, true, {}});
        checkDepth(mark);
    }
    void OnSequenceEnd() override { m_frames.pop_back(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        node(mark, anchor, {}, true);
        m_frames.push_back({true, true, {}});
        checkDepth(mark);
    }
    void OnMapEnd() override { m_frames.pop_back(); }

private:
    struct Frame
    {
        bool map = false;
        bool expectingKey = true;
        std::set<std::string> keys;
    };

    [[noreturn]] static void stop(const YAML::Mark& mark, const QString& message)
    {
        throw Stop{{mark.line >= 0 ? mark.line + 1 : 0, message}};
    }

    void checkDepth(const YAML::Mark& mark)
    {
        if (int(m_frames.size()) > kMaxDepth)
            stop(mark, QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
    }

    void node(const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& scalar,
              bool collection)
    {
        if (anchor != YAML::NullAnchor)
            stop(mark, QStringLiteral("YAML anchors (&name) are not allowed in data sources"));
        if (++m_nodes > kMaxNodes)
            stop(mark, QStringLiteral("more than %1 YAML nodes").arg(kMaxNodes));
        if (m_frames.empty() || !m_frames.back().map)
            return;
        Frame& frame = m_frames.back();
        if (frame.expectingKey) {
            if (collection)
                stop(mark, QStringLiteral("a key must be a plain value, not a list or map"));
            if (!frame.keys.insert(scalar).second)
                stop(mark, QStringLiteral("duplicate key '%1'")
                               .arg(abbreviated(QString::fromStdString(scalar))));
        }
        frame.expectingKey = !frame.expectingKey;
    }

    std::vector<Frame> m_frames;
    int m_nodes = 0;
};

} // namespace

QString abbreviated(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length) + QStringLiteral("…");
}

std::optional<YamlProblem> checkYamlSource(const QByteArray& bytes)
{
    // Text first: a byte that is not UTF-8, or a control character, named by its line.
    int line = 1;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    int lineStart = 0;
    for (int i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes.at(i) == '\n') {
            const QByteArray text = bytes.mid(lineStart, i - lineStart);
            const QString decoded = decoder.decode(text);
            if (decoder.hasError())
                return YamlProblem{line, QStringLiteral("not valid UTF-8")};
            for (QChar c : decoded) {
                const char16_t u = c.unicode();
                if ((u < 0x20 && u != '\t' && u != '\r') || u == 0x7f || (u >= 0x80 && u < 0xa0))
                    return YamlProblem{line, QStringLiteral("control character U+%1 in the text")
                                                 .arg(int(u), 4, 16, QLatin1Char('0'))};
                if (u == 0xfeff && !(line == 1 && decoded.indexOf(c) == 0))
                    return YamlProblem{line, QStringLiteral("byte order mark inside the text")};
            }
            ++line;
            lineStart = i + 1;
        }
    }
    try {
        std::istringstream in(bytes.toStdString());
        YAML::Parser parser(in);
        Checker checker;
        while (parser.HandleNextDocument(checker)) {
        }
    } catch (const Stop& stop) {
        return stop.problem;
    } catch (const YAML::Exception& e) {
        return YamlProblem{e.mark.line >= 0 ? e.mark.line + 1 : 0,
                           QStringLiteral("not valid YAML: %1")
                               .arg(abbreviated(QString::fromStdString(e.msg), 120))};
    }
    return std::nullopt;
}

} // namespace trendboard
