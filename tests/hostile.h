#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTest>

#include <random>

// The catalogue of broken and hostile manifests that EdgeShift must refuse cleanly: a clear message
// naming the file and where it breaks, no crash, nothing written, the input unchanged. Shared by the
// command-line and the window tests.
namespace EdgeShift::Test {

struct HostileCase {
    QString name; // file name, also the test row
    QByteArray bytes;
    QString where; // what the message must hold besides the file name: "line:column" or a JSON path
};

inline QList<HostileCase> hostileCases()
{
    QByteArray binary(4096, '\0');
    std::mt19937 random(20261123);
    for (char &c : binary)
        c = char(random() & 0xff);
    QByteArray deepObjects;
    for (int i = 0; i < 100000; ++i)
        deepObjects += "{\"a\":";
    // As Windows PowerShell 5 writes a file with '>': UTF-16 with a byte-order mark.
    const QString manifest = QStringLiteral("{\"modulesContent\": {}}");
    const QByteArray utf16 = QByteArray("\xFF\xFE", 2)
        + QByteArray(reinterpret_cast<const char *>(manifest.utf16()), manifest.size() * 2);
    return {
        {QStringLiteral("empty.json"), QByteArray(), QStringLiteral("empty")},
        {QStringLiteral("truncated.json"), QByteArray("{\n  \"modulesContent\": {\n    \"$edgeAgent\": "),
            QStringLiteral(":3:")},
        {QStringLiteral("two-documents.json"), QByteArray("{\"HostConfig\": {}}\n{\"HostConfig\": {}}\n"),
            QStringLiteral(":2:1")},
        {QStringLiteral("nul-bytes.json"), QByteArray("{\"HostConfig\": \0\0}", 18), QStringLiteral(":1:16")},
        {QStringLiteral("random-binary.json"), binary, QStringLiteral(":5:24")}, // its first NUL byte
        {QStringLiteral("invalid-utf8.json"), QByteArray("{\"HostConfig\": {\"Binds\": [\"/data/\xc3\x28:/data\"]}}"),
            QStringLiteral(":1:")},
        {QStringLiteral("top-level-array.json"), QByteArray("[{\"modulesContent\": {}}]"), QStringLiteral("array")},
        {QStringLiteral("top-level-string.json"), QByteArray("\"modulesContent\""), QStringLiteral("string")},
        {QStringLiteral("modules-wrong-type.json"),
            QByteArray(R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": ["a", "b"]}}}})"),
            QStringLiteral("/modulesContent/$edgeAgent/properties.desired/modules")},
        {QStringLiteral("settings-wrong-type.json"),
            QByteArray(
                R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {"app": {"settings": 7}}}}}})"),
            QStringLiteral("/modulesContent/$edgeAgent/properties.desired/modules/app/settings")},
        {QStringLiteral("deep-arrays.json"), QByteArray(100000, '['), QStringLiteral(":1:257")},
        {QStringLiteral("deep-objects.json"), deepObjects, QStringLiteral(":1:")},
        {QStringLiteral("number-too-large.json"), QByteArray("{\"HostConfig\": {\"Memory\": 1e400}}"),
            QStringLiteral("1e400")},
        {QStringLiteral("utf-16.json"), utf16, QStringLiteral("UTF-16")},
        {QStringLiteral("integer-too-long.json"),
            QByteArray("{\"HostConfig\": {\"Memory\": 123456789012345678901234567890}}"),
            QStringLiteral("123456789012345678901234567890")},
    };
}

// The catalogue as the rows of a data-driven test: name, bytes, where.
inline void addHostileRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    for (const HostileCase &c : hostileCases())
        QTest::newRow(qPrintable(c.name)) << c.name << c.bytes << c.where;
}

} // namespace EdgeShift::Test
