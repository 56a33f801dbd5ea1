// Every rule of RULES.md, firing on an FPGA module and silent on a module that is already GPU-ready.
#include "catalogue.h"
#include "k8snames.h"
#include "testutil.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

using namespace EdgeShift;
using namespace EdgeShift::Test;

namespace {

// Already converted options every "silent" module starts from.
const Json kGpuReady = Json::parse(R"({
    "HostConfig": {"Mounts": [{"Target": "/home/input", "Source": "input", "Type": "volume"}],
                   "PortBindings": {"5000/tcp": [{"HostPort": "5000"}]}},
    "k8s-experimental": {"resources": {"limits": {"nvidia.com/gpu": 1, "memory": "128Mi", "cpu": "500m"}},
                         "strategy": {"type": "Recreate"},
                         "serviceOptions": {"type": "ClusterIP"}}
})");

Json ready(const Json &patch)
{
    Json options = kGpuReady;
    options.merge_patch(patch);
    return options;
}

std::string one(const Json &options, const Json &env = Json(), const std::string &image = "example.azurecr.io/app:1.0")
{
    return manifestWith({{"app", moduleWith(options, env, image)}});
}

} // namespace

struct Case;
std::vector<Case> firingCases();
std::vector<Case> silentCases();

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void everyRuleHasBothCases();
    void fires_data();
    void fires();
    void silent_data();
    void silent();

    void bindsToMountsKinds();
    void fpgaCountFromDevices();
    void mountsTakeThePlaceOfBinds();
    void proposalShowsTheValuesDecided();
    void recreateStrategySaysWhy();
    void recreateStrategyFollowsTheDecisions_data();
    void recreateStrategyFollowsTheDecisions();
    void bindMountNeedsAHostPath();
    void fpgaImageNeedsAnotherImage();
    void imageOfAModuleThatAsksForTheFpga();
    void variablesSaidAsWrittenThere();
    void hostPortTypedMustBeFree();
    void dockerGpuCount();
    void oneGpuCountWithFpgaAndDocker();
    void deviceRequestsOtherThanGpus();
    void privateIpcSharesNothing();
    void moduleNameCollision();
    void chunksWithoutTheFirst();
    void hostPortSharedInAModule();
    void portRangesAreForTheOperator();
    void bindMountOfAShareBecomesAVolume();
    void sharePathsAsTheyResolve();
    void shareMountedOnceForItsFolders();
    void bindOfAllSharesIsForTheOperator();
    void nonAsciiNamesRenamedEverywhere();
    void moduleNameProposals_data();
    void moduleNameProposals();
    void reservedHostPortsGetFreeOnes();
    void referencesUseTheProposedHostPorts();
    void referencesFollowAReservedPortMoved();
    void portBoundTwice();
    void hostPortGivenOnce();
    void referencesSayTheNewNames();
    void handEditStillChecked();
    void referencesFollowATypedHostPort();
    void exposedPortsShareNoHostPort();
    void bindFileNeverHidesSystemFolders();
    void unsupportedOptionSaysWhatToDo();
    void fileInsideAShare();
    void wholeShareReplacesTheBindsChange();
    void subfolderSolvedByTheBindsChange();
    void chunkThatIsNotAString();
    void oneSourceMountedTwice();
    void bindFileNeverMountsAFolderTwice();
    void bindFileKnowsDevices();
    void bindFileKnowsFoldersByName();
    void bindFileMountsAFolderOnceReadOnlyIfAllWere();
    void bindFileVerdictHoldsOnTheResult_data();
    void bindFileVerdictHoldsOnTheResult();
    void changesThatMakeVolumesOfOneNameAreAProblem();
    void volumeNamesAsKubernetesCutsThem();
    void dockerKeysInAnyCase();
    void renameEverywhere();
    void unknownK8sOptionProposal();
    void envValueEqualsMovesToEnvSection();
    void envFixesTogether();
    void removedVariableIsNotMoved();
    void envColonNeverLosesAVariable();
    void paramsAreValidated();
    void quantitiesAsKubernetesReadsThem_data();
    void quantitiesAsKubernetesReadsThem();
    void dockerLimitsCarriedOver();
    void clusterOnlyServiceSaysWhy();
    void limitsNoLowerThanRequests();
    void limitsOfAModuleOnTheGpu();
    void rejectedFixLeavesModuleNotReady();
    void changesTouchOnlyTheirPlace();
    void analysedOnThreadsAsOnOne();
    void appliedOnThreadsAsOnOne();
};

struct Case {
    QString rule;
    std::string manifest;
    QString module;
};

// One FPGA-side case per id, on which the rule fires (for module `module`).
std::vector<Case> firingCases()
{
    std::vector<Case> cases;
    auto row = [&](const char *rule, const std::string &manifest, const char *module = "app") {
        cases.push_back({QString::fromLatin1(rule), manifest, QString::fromLatin1(module)});
    };
    row("binds-to-mounts", one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/input:/home/input"]}})")));
    row("share-subfolder", one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/data/in:/in"]}})")));
    row("bind-file", one(Json::parse(R"({"HostConfig":{"Binds":["/etc/hosts:/etc/hosts"]}})")));
    row("volume-name-collision", one(Json::parse(R"({"HostConfig":{"Binds":["/data/in_put:/a","/data/input:/b"]}})")));
    row("expose-hostport", one(Json::parse(R"({"ExposedPorts":{"80/tcp":{}}})")));
    row("tcp-udp-mix",
        one(Json::parse(
            R"({"HostConfig":{"PortBindings":{"53/udp":[{"HostPort":"53"}],"80/tcp":[{"HostPort":"80"}]}}})")));
    row("reserved-ports", one(Json::parse(R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostPort":"35000"}]}}})")));
    row("host-network", one(Json::parse(R"({"HostConfig":{"NetworkMode":"host"}})")));
    row("module-port-reference",
        manifestWith(
            {{"server",
                 moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"5001/tcp":[{"HostPort":"6001"}]}}})"))},
                {"app", moduleWith(Json::object(), {{"SERVER_URL", {{"value", "grpc://server:5001"}}}})}}));
    row("cluster-only-service",
        one(Json::parse(R"({"HostConfig":{"PortBindings":{"5000/tcp":[{"HostPort":"5000"}]}}})")));
    row("fpga-to-gpu",
        one(Json::parse(R"({"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":2}}}})")));
    row("device-bindings",
        one(Json::parse(
            R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0","PathInContainer":"/dev/catapult0"}]}})")));
    row("fpga-image", one(Json::object(), Json(), "mcr.microsoft.com/azureml/brainwave-resnet50:1.0"));
    row("docker-gpu", one(Json::parse(R"({"HostConfig":{"runtime":"nvidia"}})")));
    row("wireserver-env", one(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=10.139.218.1"]})")));
    row("resource-limits", one(Json::object()));
    row("resource-limits", one(Json::parse(R"({"HostConfig":{"Memory":536870912}})")));
    row("resource-limits", one(Json::parse(R"({"k8s-experimental":{"resources":{"limits":{"memory":"1Gi"}}}})")));
    row("host-ipc", one(Json::parse(R"({"HostConfig":{"IpcMode":"shareable"}})")));
    row("no-proxy",
        manifestWith(Json::object(),
            {{"edgeHub",
                {{"type", "docker"}, {"settings", {{"image", "hub"}, {"createOptions", ""}}},
                    {"env", {{"https_proxy", {{"value", "http://proxy:3128"}}}}}}}}),
        "edgeHub");
    row("upstream-protocol",
        manifestWith(Json::object(),
            {{"edgeHub",
                {{"type", "docker"}, {"settings", {{"image", "hub"}, {"createOptions", ""}}},
                    {"env", {{"https_proxy", {{"value", "http://proxy:3128"}}}}}}}}),
        "edgeHub");
    row("recreate-strategy", one(Json::parse(R"({"HostConfig":{"PortBindings":{"5000/tcp":[{"HostPort":"5000"}]}}})")));
    row("module-name", manifestWith({{"my_module", moduleWith(Json::object())}}), "my_module");
    row("unsupported-option", one(Json::parse(R"({"Entrypoint":["/bin/run"]})")));
    row("unknown-k8s-option", one(Json::parse(R"({"k8s-experimental":{"stratgy":{"type":"Recreate"}}})")));
    row("env-value-equals", one(Json::parse(R"({"Env":["CONN=HostName=h;SharedAccessKey=abc="]})")));
    row("env-colon", one(Json::object(), {{"Logging:LogLevel", {{"value", "Error"}}}}));
    row("backoff-note", one(Json::object()), "");
    row("invalid-create-options",
        manifestWith(
            {{"app", {{"type", "docker"}, {"settings", {{"image", "x"}, {"createOptions", "{\"HostConfig\": "}}}}}}));
    row("create-options-gap",
        manifestWith({{"app",
            {{"type", "docker"},
                {"settings", {{"image", "x"}, {"createOptions", "{\"Env\":"}, {"createOptions02", "[\"A=1\"]}"}}}}}}));
    row("duplicate-key",
        one(Json::parse(R"({"Env":["A=1"]})")).insert(1, "\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.1\",\n"),
        "");
    return cases;
}

void TestRules::fires_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QString>("module");
    QHash<QString, int> seen; // a rule with several cases: "resource-limits", "resource-limits 2"
    for (const Case &c : firingCases()) {
        const int n = ++seen[c.rule];
        const QString tag = n == 1 ? c.rule : c.rule + QLatin1Char(' ') + QString::number(n);
        QTest::newRow(qPrintable(tag)) << c.rule << QString::fromStdString(c.manifest) << c.module;
    }
}

void TestRules::fires()
{
    QFETCH(QString, rule);
    QFETCH(QString, manifest);
    QFETCH(QString, module);
    const Analysis a = loadOrFail(manifest.toStdString());
    const auto found = findingsOf(a, rule.toStdString(), module.toStdString());
    QVERIFY2(!found.empty(), qPrintable(rule + QLatin1String(" did not fire")));
    QCOMPARE(QString::fromStdString(found.front()->module.str()), module);
    for (const Finding *f : found) {
        QVERIFY2(pathResolves(a, *f), f->path.str().c_str());
        // Its sentence, as the decisions make it: a rule that reads a parameter its finding lacks
        // throws, and the test fails.
        (void)messageOf(*f, Decisions());
    }
    // Its parameters are the ones the rule says it has (the command line checks --set by them).
    if (const Rule *r = findRule(rule.toStdString())) {
        const std::span<const ParamSpec> specs = r->info().params;
        for (const Finding *f : found) {
            for (const Param &p : f->params) {
                QVERIFY2(std::any_of(specs.begin(), specs.end(),
                             [&](const ParamSpec &spec) { return spec.name == p.name && spec.type == p.type; }),
                    p.name.data());
                // The message argument that shows the value shows the proposal until it is changed.
                if (p.arg >= 0)
                    QCOMPARE(f->args.at(std::size_t(p.arg)), p.defaultValue);
            }
        }
    }
}

// One GPU-ready case per id, close to what the rule looks for, on which it stays silent.
std::vector<Case> silentCases()
{
    std::vector<Case> cases;
    auto row = [&](const char *rule, const std::string &manifest) {
        cases.push_back({QString::fromLatin1(rule), manifest, QStringLiteral("app")});
    };
    row("binds-to-mounts", one(kGpuReady));
    row("share-subfolder",
        one(ready(Json::parse(R"({"HostConfig":{"Mounts":[{"Target":"/in","Source":"data","Type":"volume"}]}})"))));
    row("bind-file",
        one(ready(
            Json::parse(R"({"HostConfig":{"Mounts":[{"Target":"/etc/app","Source":"/etc/app","Type":"bind"}]}})"))));
    row("volume-name-collision",
        one(ready(Json::parse(
            R"({"HostConfig":{"Mounts":[{"Target":"/a","Source":"input","Type":"volume"},{"Target":"/b","Source":"output","Type":"volume"}]}})"))));
    row("expose-hostport", one(ready(Json::parse(R"({"ExposedPorts":{"5000/tcp":{}}})"))));
    row("tcp-udp-mix", one(kGpuReady));
    row("reserved-ports",
        one(ready(Json::parse(R"({"HostConfig":{"PortBindings":{"35000/tcp":[{"HostPort":"35002"}]}}})"))));
    row("host-network", one(ready(Json::parse(R"({"HostConfig":{"NetworkMode":"bridge"}})"))));
    row("module-port-reference",
        manifestWith({{"server", moduleWith(kGpuReady)},
            {"app", moduleWith(kGpuReady, {{"SERVER_URL", {{"value", "grpc://server:5000"}}}})}}));
    row("cluster-only-service", one(kGpuReady));
    row("fpga-to-gpu", one(kGpuReady));
    row("device-bindings", one(kGpuReady));
    row("fpga-image", one(kGpuReady, Json(), "mcr.microsoft.com/azureml/resnet50-gpu:1.0"));
    row("docker-gpu", one(kGpuReady));
    row("wireserver-env", one(ready(Json::parse(R"({"Env":["MODEL=resnet50"]})"))));
    row("resource-limits", one(kGpuReady));
    row("host-ipc", one(kGpuReady));
    row("no-proxy",
        manifestWith(Json::object(),
            {{"edgeHub",
                {{"type", "docker"}, {"settings", {{"image", "hub"}, {"createOptions", ready(Json::object()).dump()}}},
                    {"env",
                        {{"https_proxy", {{"value", "http://proxy:3128"}}}, {"no_proxy", {{"value", "localhost"}}},
                            {"UpstreamProtocol", {{"value", "AmqpWs"}}}}}}}}));
    row("upstream-protocol",
        manifestWith(Json::object(),
            {{"edgeHub",
                {{"type", "docker"}, {"settings", {{"image", "hub"}, {"createOptions", ready(Json::object()).dump()}}},
                    {"env",
                        {{"https_proxy", {{"value", "http://proxy:3128"}}}, {"no_proxy", {{"value", "localhost"}}},
                            {"UpstreamProtocol", {{"value", "MqttWs"}}}}}}}}));
    row("recreate-strategy", one(kGpuReady));
    row("module-name", manifestWith({{"my-module", moduleWith(kGpuReady)}}));
    row("unsupported-option", one(ready(Json::parse(R"({"Labels":{"a":"b"},"HostConfig":{"Privileged":true}})"))));
    row("unknown-k8s-option", one(ready(Json::parse(R"({"k8s-experimental":{"NodeSelector":{"gpu":"true"}}})"))));
    row("env-value-equals",
        one(ready(Json::parse(R"({"Env":["LEVEL=debug"]})")),
            {{"CONN", {{"value", "HostName=h;SharedAccessKey=abc="}}}}));
    row("env-colon", one(kGpuReady, {{"Logging__LogLevel", {{"value", "Error"}}}}));
    row("backoff-note", one(kGpuReady));
    row("invalid-create-options", one(kGpuReady));
    row("create-options-gap", one(kGpuReady));
    row("duplicate-key", one(kGpuReady));
    return cases;
}

void TestRules::silent_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("manifest");
    for (const Case &c : silentCases())
        QTest::newRow(qPrintable(c.rule)) << c.rule << QString::fromStdString(c.manifest);
}

void TestRules::silent()
{
    QFETCH(QString, rule);
    QFETCH(QString, manifest);
    const Analysis a = loadOrFail(manifest.toStdString());
    // The module under test has nothing to change and nothing for the operator.
    for (const Finding &f : a.findings) {
        if (f.module.empty()) {
            // About the manifest, not a module: a GPU-ready manifest has notes there (backoff-note
            // is on every one), never a change or an item for the operator.
            QVERIFY2(f.kind == Kind::Info, f.rule.data());
            continue;
        }
        if (f.module == "edgeAgent"
            || (f.module == "edgeHub" && rule != QLatin1String("no-proxy")
                && rule != QLatin1String("upstream-protocol")))
            continue;
        QVERIFY2(f.rule != rule.toStdString(),
            qPrintable(QStringLiteral("%1 fired on %2").arg(rule, QString::fromStdString(f.module.str()))));
        QVERIFY2(f.kind != Kind::Fix && f.kind != Kind::Manual,
            qPrintable(QStringLiteral("the GPU-ready module has a %1 finding").arg(QString::fromUtf8(f.rule))));
    }
}

void TestRules::everyRuleHasBothCases()
{
    QSet<QString> ids;
    for (const RuleInfo &info : allRuleInfos())
        ids.insert(QString::fromLatin1(info.id));
    ids.remove(QString::fromLatin1(kCreateOptionsTooLong)); // arises only while applying: tst_golden covers it
    ids.remove(QString::fromLatin1(kHandEditIncomplete)); // and this one: handEditStillChecked covers it
    QSet<QString> firing, silent;
    for (const Case &c : firingCases())
        firing.insert(c.rule);
    for (const Case &c : silentCases())
        silent.insert(c.rule);
    QCOMPARE(firing, ids);
    QCOMPARE(silent, ids);
}

void TestRules::bindsToMountsKinds()
{
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares/input:/home/input","/var/lib/app:/data:ro","models:/models","${MODELS}:/m","$OUT:/out"]}})")));
    const Result r = apply(a, Decisions());
    const Json mounts = r.optionsOf(a, 2)["HostConfig"]["Mounts"];
    COMPARE_JSON(mounts, Json::parse(R"([
        {"Target":"/home/input","Source":"input","Type":"volume"},
        {"Target":"/data","Source":"/var/lib/app","Type":"bind","ReadOnly":true},
        {"Target":"/models","Source":"models","Type":"volume"},
        {"Target":"/m","Source":"${MODELS}","Type":"bind"},
        {"Target":"/out","Source":"$OUT","Type":"bind"}])"));
    QVERIFY(!json::find(r.optionsOf(a, 2)["HostConfig"], "Binds"));
    // Each sentence says what the source is: a share, a host path, a volume, a placeholder.
    std::vector<std::string_view> messages;
    for (const Finding *f : findingsOf(a, "binds-to-mounts"))
        messages.push_back(messageOf(*f, Decisions()));
    QCOMPARE(messages,
        std::vector<std::string_view>({"binds-to-mounts.share", "binds-to-mounts.bind", "binds-to-mounts.volume",
            "binds-to-mounts.placeholder", "binds-to-mounts.placeholder"}));
}

void TestRules::fpgaCountFromDevices()
{
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0"},{"PathOnHost":"/dev/catapult1"},{"PathOnHost":"/dev/video0"}]}})")));
    const auto f = findingsOf(a, "fpga-to-gpu");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f.front()->params.front().defaultValue, std::string("2"));
    // What asked for the FPGA (the devices, by their paths), and where the GPU is asked for.
    QCOMPARE(f.front()->before.view(), std::string_view(R"(["/dev/catapult0","/dev/catapult1"])"));
    QCOMPARE(f.front()->path.view(), std::string_view("/k8s-experimental/resources/limits"));
    // A count no GPU device has is proposed as the most the parameter takes, and is applied.
    const Analysis many = loadOrFail(
        one(Json::parse(R"({"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":100}}}})")));
    const Finding &count = *findingsOf(many, "fpga-to-gpu").front();
    QCOMPARE(count.params.front().defaultValue, std::string("64"));
    const Result converted = apply(many, Decisions());
    QCOMPARE(converted.states[static_cast<std::size_t>(&count - many.findings.data())], FindingState::Applied);
    QCOMPARE(converted.optionsOf(many, 2)["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"], Json(64));
    // A GPU count the module already asks Kubernetes for stays as written: Docker's request only goes.
    auto withLimit = [](const char *limit) {
        return loadOrFail(one(Json::parse(
            std::string(
                R"({"HostConfig":{"Runtime":"nvidia"},"k8s-experimental":{"resources":{"limits":{"nvidia.com/gpu":)")
            + limit + "}}}}")));
    };
    for (const char *limit : {"100", "\"100\"", "2"}) {
        const Analysis asked = withLimit(limit);
        const auto docker = findingsOf(asked, "docker-gpu");
        QCOMPARE(docker.size(), std::size_t(1));
        QCOMPARE(docker.front()->message, std::string_view("docker-gpu.with-limit"));
        QVERIFY(docker.front()->params.empty());
        const Json options = apply(asked, Decisions()).optionsOf(asked, 2);
        QVERIFY(!options.contains("HostConfig"));
        COMPARE_JSON(options["k8s-experimental"]["resources"],
            Json::parse(std::string(R"({"limits":{"nvidia.com/gpu":)") + limit + "}}"));
    }
    // A count of none asks for no GPU: Docker's is proposed in its place.
    for (const char *limit : {"0", "null", "\"0\""}) {
        const Analysis none = withLimit(limit);
        const auto docker = findingsOf(none, "docker-gpu");
        QCOMPARE(docker.front()->message, std::string_view("docker-gpu"));
        QCOMPARE(
            apply(none, Decisions()).optionsOf(none, 2)["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"],
            Json(1));
    }
    const Result r = apply(a, Decisions());
    const Json options = r.optionsOf(a, 2);
    QCOMPARE(options["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"].get<int>(), 2);
    COMPARE_JSON(options["HostConfig"]["Devices"], Json::parse(R"([{"PathOnHost":"/dev/video0"}])"));
    QVERIFY(!findingsOf(a, "unsupported-option").empty()); // /dev/video0 is not carried over
}

void TestRules::mountsTakeThePlaceOfBinds()
{
    // Key order is kept: the new Mounts list stands where Binds stood; an existing one stays put.
    const Analysis a
        = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/a:/b"],"Privileged":true,"ShmSize":1}})")));
    Decisions d;
    d.setRule("binds-to-mounts", true);
    const Result r = apply(a, d);
    QStringList keys;
    for (const auto &[key, value] : r.optionsOf(a, 2)["HostConfig"].items())
        keys << QString::fromStdString(key);
    QCOMPARE(keys, QStringList({"Mounts", "Privileged", "ShmSize"}));

    const Analysis b = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/c","Target":"/d"}],"Privileged":true,"Binds":["/a:/b"]}})")));
    keys.clear();
    const Json host = apply(b, d).optionsOf(b, 2)["HostConfig"];
    for (const auto &[key, value] : host.items())
        keys << QString::fromStdString(key);
    QCOMPARE(keys, QStringList({"Mounts", "Privileged"}));
    QCOMPARE(host["Mounts"].size(), std::size_t(2));
}

void TestRules::fpgaImageNeedsAnotherImage()
{
    // An image that still names the FPGA is refused: converting again would find it again.
    const Analysis a = loadOrFail(one(Json::object(), Json(), "acr.io/resnet50-fpga:1.0"));
    const Finding &f = *findingsOf(a, "fpga-image").front();
    const Param &image = f.params.front();
    Decisions d;
    const Result r = apply(a, d);
    QCOMPARE(validateParam(a, r, d, f, image, "acr.io/resnet50-fpga:2.0"), ParamError::FpgaImage);
    QCOMPARE(validateParam(a, r, d, f, image, "acr.io/BrainWave/resnet50:2.0"), ParamError::FpgaImage);
    QCOMPARE(validateParam(a, r, d, f, image, "acr.io/resnet50-gpu:2.0"), ParamError::None);
    d.setFinding(f.key(), true);
    d.setParam(f.key(), "image", "acr.io/resnet50-fpga:2.0");
    const auto index = static_cast<std::size_t>(&f - a.findings.data());
    QCOMPARE(apply(a, d).states[index], FindingState::Open);
    // Until an image is given nothing is proposed; once given, the proposal is that image (what
    // reports and the command line show as its after).
    QCOMPARE(proposalOf(a, apply(a, Decisions()), Decisions(), f), std::string());
    d.setParam(f.key(), "image", "acr.io/resnet50-gpu:2.0");
    const Result given = apply(a, d);
    QCOMPARE(given.states[index], FindingState::Applied);
    QCOMPARE(proposalOf(a, given, d, f), std::string(R"("acr.io/resnet50-gpu:2.0")"));
}

void TestRules::imageOfAModuleThatAsksForTheFpga()
{
    // A module that asks for the FPGA most likely runs a build for it, whatever the image is
    // called (a placeholder, as in the Data Box Edge deployments): the operator names the image
    // that runs on the GPU, which may be the same one.
    for (const char *options :
        {R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0","PathInContainer":"/dev/catapult0"}]}})",
            R"({"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":1}}}})"}) {
        const Analysis a = loadOrFail(one(Json::parse(options), Json(), "$HOST_URL"));
        const auto images = findingsOf(a, "fpga-image");
        QCOMPARE(images.size(), std::size_t(1));
        const Finding &f = *images.front();
        QCOMPARE(f.message, std::string_view("fpga-image.used-fpga"));
        QCOMPARE(f.kind, Kind::Manual);
        QCOMPARE(f.args.front().view(), std::string_view("$HOST_URL"));
        Decisions d;
        d.setRule("fpga-to-gpu", true);
        const auto index = static_cast<std::size_t>(&f - a.findings.data());
        QVERIFY(!apply(a, d).gpuReady);
        QCOMPARE(apply(a, d).states[index], FindingState::Open);
        d.setFinding(f.key(), true);
        d.setParam(f.key(), "image", "$HOST_URL");
        const Result r = apply(a, d);
        QCOMPARE(r.states[index], FindingState::Applied);
        QCOMPARE(messageOf(f, d), std::string_view("fpga-image.used-fpga.given"));
        QVERIFY(r.gpuReady);
        // Converted, it asks for the GPU: nothing more to say about its image.
        QVERIFY(findingsOf(loadOrFail(r.text()), "fpga-image").empty());
    }
    // A module that asks for no FPGA keeps its image unremarked.
    QVERIFY(findingsOf(loadOrFail(one(Json::object(), Json(), "$HOST_URL")), "fpga-image").empty());
}

void TestRules::variablesSaidAsWrittenThere()
{
    // A variable's before and after read as it is written where it goes: "NAME=value" in
    // createOptions Env, {"NAME":{"value":…}} in the env section.
    for (const bool inOptions : {false, true}) {
        Json hub = {{"type", "docker"}, {"settings", {{"image", "hub"}, {"createOptions", ""}}}};
        if (inOptions)
            hub["settings"]["createOptions"]
                = Json {{"Env", {"https_proxy=http://proxy:3128", "UpstreamProtocol=Amqp"}}}.dump();
        else
            hub["env"] = {{"https_proxy", {{"value", "http://proxy:3128"}}}, {"UpstreamProtocol", {{"value", "Amqp"}}}};
        const Analysis a = loadOrFail(manifestWith(Json::object(), {{"edgeHub", hub}}));
        const Finding &noProxy = *findingsOf(a, "no-proxy", "edgeHub").front();
        const Finding &upstream = *findingsOf(a, "upstream-protocol", "edgeHub").front();
        QCOMPARE(noProxy.after.str(),
            std::string(inOptions ? R"("no_proxy=localhost")" : R"({"no_proxy":{"value":"localhost"}})"));
        QCOMPARE(upstream.before.str(),
            std::string(inOptions ? R"("UpstreamProtocol=Amqp")" : R"({"UpstreamProtocol":{"value":"Amqp"}})"));
        QCOMPARE(upstream.after.str(),
            std::string(inOptions ? R"("UpstreamProtocol=AmqpWs")" : R"({"UpstreamProtocol":{"value":"AmqpWs"}})"));
        // And the result holds what they say.
        Decisions d;
        d.setRule("upstream-protocol", true);
        const Result r = apply(a, d);
        const Json written
            = Json::parse(r.text())["modulesContent"]["$edgeAgent"]["properties.desired"]["systemModules"]["edgeHub"];
        if (inOptions) {
            const Json env = Json::parse(written["settings"]["createOptions"].get<std::string>())["Env"];
            QCOMPARE(
                env, Json::array({"https_proxy=http://proxy:3128", "UpstreamProtocol=AmqpWs", "no_proxy=localhost"}));
        } else {
            QCOMPARE(written["env"]["no_proxy"], Json::parse(R"({"value":"localhost"})"));
            QCOMPARE(written["env"]["UpstreamProtocol"], Json::parse(R"({"value":"AmqpWs"})"));
        }
    }
}

void TestRules::hostPortTypedMustBeFree()
{
    // A module's ports are one Kubernetes Service, which has each port once: a host port typed for
    // one mapping must be no other's of the module. Each module's Service has an address of its
    // own: another module's port is free.
    const Analysis a = loadOrFail(manifestWith({
        {"web",
            moduleWith(Json::parse(
                R"({"ExposedPorts":{"80/tcp":{}},"HostConfig":{"PortBindings":{"9000/tcp":[{"HostPort":"9000"}],"8080/tcp":[{"HostPort":"35000"}]}}})"))},
        {"api", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"9200/tcp":[{"HostPort":"9200"}]}}})"))},
    }));
    const Finding &exposed = *findingsOf(a, "expose-hostport", "web").front();
    const Finding &reserved = *findingsOf(a, "reserved-ports", "web").front();
    Decisions d;
    Result r = apply(a, d);
    const Param &port = exposed.params.front();
    QCOMPARE(validateParam(a, r, d, exposed, port, port.defaultValue.str()), ParamError::None); // the proposal
    QCOMPARE(validateParam(a, r, d, exposed, port, "9000"), ParamError::PortTaken); // web binds it
    QCOMPARE(validateParam(a, r, d, exposed, port, "9200"), ParamError::None); // api's, on its own address
    QCOMPARE(validateParam(a, r, d, exposed, port, "9100"), ParamError::None);
    // A host port another accepted finding of the module is given is taken too.
    d.setFinding(reserved.key(), true);
    d.setParam(reserved.key(), "hostPort", "9100");
    r = apply(a, d);
    QCOMPARE(validateParam(a, r, d, exposed, port, "9100"), ParamError::PortTaken);
    QCOMPARE(validateParam(a, r, d, reserved, reserved.params.front(), "9100"), ParamError::None); // its own
    d.setFinding(reserved.key(), false);
    QCOMPARE(validateParam(a, r, d, exposed, port, "9100"), ParamError::None);
    // Given a port another module binds, it is made.
    d.setParam(exposed.key(), "hostPort", "9200");
    r = apply(a, d);
    QCOMPARE(r.states[static_cast<std::size_t>(&exposed - a.findings.data())], FindingState::Applied);
}

void TestRules::bindMountNeedsAHostPath()
{
    // A share made a bind mount must be given a path on the node: until then the change waits.
    const Analysis a = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/input:/in"]}})")));
    const Finding &f = *findingsOf(a, "binds-to-mounts").front();
    Decisions d;
    d.setParam(f.key(), "type", "bind");
    const Param &source = f.params.back();
    const auto index = static_cast<std::size_t>(&f - a.findings.data());
    Result r = apply(a, d);
    QCOMPARE(r.states[index], FindingState::Open);
    QVERIFY(!r.gpuReady);
    QCOMPARE(validateParam(a, r, d, f, source, "input"), ParamError::NotAHostPath);
    QCOMPARE(validateParam(a, r, d, f, source, "/srv/in"), ParamError::None);
    QCOMPARE(validateParam(a, r, d, f, source, "$DATA"), ParamError::None); // a placeholder
    QCOMPARE(validateParam(a, r, Decisions(), f, source, "input"), ParamError::None); // a volume's name
    QCOMPARE(validateParam(a, r, Decisions(), f, source, "/srv/in"), ParamError::NotAVolumeName);
    d.setParam(f.key(), "source", "/srv/in");
    r = apply(a, d);
    QCOMPARE(r.states[index], FindingState::Applied);
    COMPARE_JSON(r.optionsOf(a, 2)["HostConfig"]["Mounts"],
        Json::parse(R"([{"Target":"/in","Source":"/srv/in","Type":"bind"}])"));

    // share-subfolder's volume keeps the bind read-only, as its after says.
    const Analysis readOnly
        = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/s/sub:/z:ro"]}})")));
    QCOMPARE(findingsOf(readOnly, "share-subfolder").front()->after,
        std::string(R"({"Target":"/z","Source":"s","Type":"volume","ReadOnly":true})"));
    // share-subfolder's volume takes a share's name too, not a path.
    const Analysis sub = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/s/sub:/in"]}})")));
    const Finding &whole = *findingsOf(sub, "share-subfolder").front();
    const Result none = apply(sub, Decisions());
    QCOMPARE(validateParam(sub, none, Decisions(), whole, whole.params.front(), "/x"), ParamError::NotAVolumeName);
    QCOMPARE(validateParam(sub, none, Decisions(), whole, whole.params.front(), "s"), ParamError::None);
    // Its sentence names the share typed: the folder provisioned as a share of its own.
    Decisions own;
    QCOMPARE(messageOf(whole, own), std::string_view("share-subfolder"));
    own.setParam(whole.key(), "source", "sub");
    QCOMPARE(messageOf(whole, own), std::string_view("share-subfolder.own-share"));
    QCOMPARE(whole.args[static_cast<std::size_t>(whole.params.front().arg)].view(), std::string_view("s"));
    own.setParam(whole.key(), "source", "s");
    QCOMPARE(messageOf(whole, own), std::string_view("share-subfolder"));
    // A name Kubernetes makes no volume name of (no letter to start it) is none.
    for (const char *nameless : {"123", "..", "-_-"}) {
        QCOMPARE(
            validateParam(sub, none, Decisions(), whole, whole.params.front(), nameless), ParamError::NoVolumeName);
        QCOMPARE(validateParam(a, r, Decisions(), f, source, nameless), ParamError::NoVolumeName);
    }
}

void TestRules::proposalShowsTheValuesDecided()
{
    // What the report and the CLI show as "after": the proposal with the values decided, each in
    // its own place (a bind's target that reads as its source stays the target).
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"ExposedPorts":{"5000/tcp":{}},"HostConfig":{"Binds":["/data:/data"]},"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":2}}}})")));
    const Finding &bind = *findingsOf(a, "binds-to-mounts").front();
    const Finding &gpu = *findingsOf(a, "fpga-to-gpu").front();
    const Finding &port = *findingsOf(a, "expose-hostport").front();
    Decisions d;
    QCOMPARE(d.proposal(bind), bind.after.str());
    d.setParam(bind.key(), "source", "/srv/data");
    d.setParam(gpu.key(), "count", "3");
    d.setParam(port.key(), "hostPort", "5001");
    QCOMPARE(d.proposal(bind), std::string(R"({"Target":"/data","Source":"/srv/data","Type":"bind"})"));
    QCOMPARE(d.proposal(gpu), std::string(R"({"nvidia.com/gpu":3})"));
    QCOMPARE(d.proposal(port), std::string(R"([{"HostPort":"5001"}])"));
    d.setParam(bind.key(), "type", "volume");
    d.setParam(bind.key(), "source", "data");
    QCOMPARE(d.proposal(bind), std::string(R"({"Target":"/data","Source":"data","Type":"volume"})"));
}

void TestRules::recreateStrategySaysWhy()
{
    // Host ports given, or only exposed ports (which get host ports from expose-hostport).
    const auto why = [](const char *options) {
        const Analysis a = loadOrFail(one(Json::parse(options)));
        const auto f = findingsOf(a, "recreate-strategy");
        return f.size() == 1 ? std::string(f.front()->message) : std::string("none");
    };
    QCOMPARE(why(R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"8080"}]}}})"),
        std::string("recreate-strategy.ports"));
    QCOMPARE(why(R"({"ExposedPorts":{"80/tcp":{}}})"), std::string("recreate-strategy.exposed"));
    QCOMPARE(why(R"({"HostConfig":{"PortBindings":{"80/tcp":[{}]}}})"), std::string("recreate-strategy.exposed"));
    QCOMPARE(why(R"({"Env":["A=b"]})"), std::string("none"));
    QCOMPARE(why(R"({"HostConfig":{"Binds":["/home/hcsshares/s:/data"]}})"), std::string("recreate-strategy.volumes"));
    QCOMPARE(why(R"({"HostConfig":{"Mounts":[{"Type":"volume","Source":"s","Target":"/d"}]}})"),
        std::string("recreate-strategy.volumes"));
    // A claim of the module's own, in k8s-experimental.volumes.
    QCOMPARE(why(R"({"k8s-experimental":{"volumes":[{"volume":{"name":"v","persistentVolumeClaim":{"claimName":"c"}},)"
                 R"("volumeMounts":[{"name":"v","mountPath":"/d"}]}]}})"),
        std::string("recreate-strategy.volumes"));
    QCOMPARE(why(R"({"k8s-experimental":{"volumes":[{"volume":{"name":"v","emptyDir":{}}}]}})"), std::string("none"));
    // Binds become volumes only where the operator says so (binds-to-mounts' type, share-subfolder):
    // then the strategy is needed.
    QCOMPARE(why(R"({"HostConfig":{"Binds":["/srv/data:/data"]}})"), std::string("recreate-strategy.binds"));
    QCOMPARE(
        why(R"({"HostConfig":{"Binds":["/home/hcsshares/s/sub:/data"]}})"), std::string("recreate-strategy.binds"));
    QCOMPARE(
        why(R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/srv/d","Target":"/d"}]}})"), std::string("none"));
}

// recreate-strategy is made where the module, as the other decisions leave it, holds an
// accelerator, node ports or a volume; accepted, it is made as soon as they call for it.
void TestRules::recreateStrategyFollowsTheDecisions_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QByteArray>("rule"); // the rule decided
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("param"); // "name=value", or empty
    QTest::addColumn<bool>("needed");
    const QByteArray exposed = R"({"ExposedPorts":{"80/tcp":{}}})";
    const QByteArray bind = R"({"HostConfig":{"Binds":["/srv/data:/data"]}})";
    const QByteArray share = R"({"HostConfig":{"Binds":["/home/hcsshares/s:/data"]}})";
    const QByteArray subfolder = R"({"HostConfig":{"Binds":["/home/hcsshares/s/sub:/data:ro"]}})";
    QTest::newRow("exposed, host port given")
        << exposed << QByteArray("expose-hostport") << true << QByteArray() << true;
    QTest::newRow("exposed, no host port")
        << exposed << QByteArray("expose-hostport") << false << QByteArray() << false;
    QTest::newRow("host network, no host port")
        << QByteArray(R"({"ExposedPorts":{"80/tcp":{}},"HostConfig":{"NetworkMode":"host"}})")
        << QByteArray("expose-hostport") << false << QByteArray() << true;
    QTest::newRow("bind") << bind << QByteArray("binds-to-mounts") << true << QByteArray() << false;
    QTest::newRow("bind made a volume") << bind << QByteArray("binds-to-mounts") << true << QByteArray("type=volume")
                                        << true;
    QTest::newRow("share") << share << QByteArray("binds-to-mounts") << true << QByteArray() << true;
    QTest::newRow("share made a bind") << share << QByteArray("binds-to-mounts") << true << QByteArray("type=bind")
                                       << false;
    QTest::newRow("subfolder") << subfolder << QByteArray("share-subfolder") << false << QByteArray() << false;
    QTest::newRow("subfolder, whole share")
        << subfolder << QByteArray("share-subfolder") << true << QByteArray() << true;
    // Docker's ways of asking for an accelerator mean nothing on Kubernetes: kept, they hold nothing.
    const QByteArray runtime = R"({"HostConfig":{"Runtime":"nvidia"}})";
    QTest::newRow("docker gpu") << runtime << QByteArray("docker-gpu") << true << QByteArray() << true;
    QTest::newRow("docker gpu kept") << runtime << QByteArray("docker-gpu") << false << QByteArray() << false;
    const QByteArray catapult = R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0",)"
                                R"("PathInContainer":"/dev/catapult0","CgroupPermissions":"rwm"}]}})";
    QTest::newRow("fpga") << catapult << QByteArray("fpga-to-gpu") << true << QByteArray() << true;
    QTest::newRow("fpga kept") << catapult << QByteArray("fpga-to-gpu") << false << QByteArray() << false;
}

void TestRules::recreateStrategyFollowsTheDecisions()
{
    QFETCH(QByteArray, options);
    QFETCH(QByteArray, rule);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, param);
    QFETCH(bool, needed);
    const Analysis a = loadOrFail(one(Json::parse(options.toStdString())));
    const auto strategy = findingsOf(a, "recreate-strategy");
    QCOMPARE(strategy.size(), std::size_t(1));
    Decisions d;
    d.setRule(rule.toStdString(), accepted);
    if (!param.isEmpty()) {
        const Finding &f = *findingsOf(a, rule.toStdString().c_str()).front();
        const QList<QByteArray> nameValue = param.split('=');
        d.setParam(f.key(), nameValue[0].toStdString(), nameValue[1].toStdString());
        if (nameValue[1] == "volume")
            d.setParam(f.key(), "source", "data");
        else if (nameValue[1] == "bind")
            d.setParam(f.key(), "source", "/srv/s");
    }
    const Result r = apply(a, d);
    const auto index = static_cast<std::size_t>(strategy.front() - a.findings.data());
    QCOMPARE(r.states[index], needed ? FindingState::Applied : FindingState::NotNeeded);
    // It says why as decided: what holds the module to it, or that nothing does.
    const Wording *said = wordingOf(a, r, *strategy.front());
    const std::string_view says = said ? said->message : strategy.front()->message;
    QCOMPARE(says == std::string_view("recreate-strategy.not-needed"), !needed);
    const Json &out = r.optionsOf(a, strategy.front()->moduleIndex);
    QCOMPARE(out.contains("k8s-experimental") && out["k8s-experimental"]["strategy"]["type"] == "Recreate", needed);
    // Converted again with the same decisions: nothing more to make.
    const Analysis again = loadOrFail(r.text());
    const Result second = apply(again, d);
    for (std::size_t i = 0; i < again.findings.size(); ++i)
        QVERIFY2(again.findings[i].kind != Kind::Fix || second.states[i] != FindingState::Applied,
            again.findings[i].rule.data());
}

void TestRules::dockerGpuCount()
{
    const Analysis a = loadOrFail(one(
        Json::parse(R"({"HostConfig":{"DeviceRequests":[{"Driver":"nvidia","Count":-1,"Capabilities":[["gpu"]]}]}})")));
    Decisions d;
    d.setRuleParam("docker-gpu", "", "count", "3");
    const Result r = apply(a, d);
    const Json options = r.optionsOf(a, 2);
    QCOMPARE(options["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"].get<int>(), 3);
    QVERIFY(!json::find(options, "HostConfig")); // DeviceRequests was all it had
    QCOMPARE(findingsOf(a, "docker-gpu").front()->params.front().defaultValue, std::string("1"));

    // A GPU count already asked of Kubernetes stays; NVIDIA's driver is a GPU request too.
    for (const char *options :
        {R"({"HostConfig":{"Runtime":"nvidia"},"k8s-experimental":{"resources":{"limits":{"nvidia.com/gpu":2}}}})",
            R"({"HostConfig":{"DeviceRequests":[{"Count":1,"Capabilities":[["nvidia","compute"]]}]},"k8s-experimental":{"resources":{"limits":{"nvidia.com/gpu":"2"}}}})"}) {
        const Analysis b = loadOrFail(one(Json::parse(options)));
        const auto f = findingsOf(b, "docker-gpu");
        QVERIFY2(f.size() == 1, options);
        QVERIFY(f.front()->params.empty());
        const Json converted = apply(b, Decisions()).optionsOf(b, 2);
        COMPARE_JSON(converted["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"],
            Json::parse(options)["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"]);
        const Json *host = json::find(converted, "HostConfig");
        QVERIFY(!host || !json::find(*host, "DeviceRequests"));
    }
}

void TestRules::oneGpuCountWithFpgaAndDocker()
{
    // FPGA resources and Docker's GPU runtime in one module: the count is fpga-to-gpu's alone;
    // docker-gpu only removes the runtime.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Runtime":"nvidia","Devices":[{"PathOnHost":"/dev/catapult0","PathInContainer":"/dev/catapult0"}]},"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":2}}}})")));
    const auto docker = findingsOf(a, "docker-gpu");
    QCOMPARE(docker.size(), std::size_t(1));
    QCOMPARE(docker[0]->message, std::string_view("docker-gpu.with-fpga"));
    QVERIFY(docker[0]->params.empty());
    Decisions d;
    d.setRuleParam("fpga-to-gpu", "", "count", "3");
    const Json options = apply(a, d).optionsOf(a, 2);
    COMPARE_JSON(options["k8s-experimental"]["resources"]["limits"], Json::parse(R"({"nvidia.com/gpu":3})"));
    QVERIFY(!json::find(options, "HostConfig")); // the runtime and the FPGA device both gone
}

void TestRules::deviceRequestsOtherThanGpus()
{
    // A request for other devices is not carried over (unsupported-option), and is no accelerator;
    // the GPU requests beside it are docker-gpu's.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"DeviceRequests":[{"Count":2,"Capabilities":[["compute"]]},{"Count":2147483647,"Capabilities":[["gpu"]]},{"Count":2147483647,"Capabilities":[["gpu"]]}]}})")));
    const auto other = findingsOf(a, "unsupported-option");
    QCOMPARE(other.size(), std::size_t(1));
    QCOMPARE(other[0]->message, std::string_view("unsupported-option.devices"));
    QCOMPARE(other[0]->before.str(), std::string(R"([{"Count":2,"Capabilities":[["compute"]]}])"));
    const auto gpu = findingsOf(a, "docker-gpu");
    QCOMPARE(gpu.size(), std::size_t(1));
    QCOMPARE(gpu[0]->params[0].defaultValue, std::to_string(kMaxCount)); // two "all there are" requests
    Decisions d;
    d.setRule("unsupported-option", true);
    const Json options = apply(a, d).optionsOf(a, 2);
    QVERIFY(!json::find(options, "HostConfig")); // both kinds gone: nothing left of it
    QCOMPARE(options["k8s-experimental"]["resources"]["limits"]["nvidia.com/gpu"].get<int>(), kMaxCount);

    const Analysis compute = loadOrFail(
        one(Json::parse(R"({"HostConfig":{"DeviceRequests":[{"Count":1,"Capabilities":[["compute"]]}]}})")));
    QVERIFY(findingsOf(compute, "docker-gpu").empty());
    QVERIFY(findingsOf(compute, "recreate-strategy").empty()); // no accelerator
    QCOMPARE(findingsOf(compute, "unsupported-option").size(), std::size_t(1));
}

void TestRules::privateIpcSharesNothing()
{
    for (const char *mode : {"private", "none", "Private"})
        QVERIFY2(
            findingsOf(loadOrFail(one(Json::object({{"HostConfig", {{"IpcMode", mode}}}}))), "host-ipc").empty(), mode);
    // Shared: noted; in host mode already (as Kubernetes needs), said so.
    for (const char *mode : {"shareable", "container:producer", "host", "Host"}) {
        const auto f = findingsOf(loadOrFail(one(Json::object({{"HostConfig", {{"IpcMode", mode}}}}))), "host-ipc");
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f.front()->message, std::string_view(json::lower(mode) == "host" ? "host-ipc.host" : "host-ipc"));
    }
}

void TestRules::moduleNameCollision()
{
    const Analysis a = loadOrFail(manifestWith({{"my-module", moduleWith(Json::object())},
        {"my_module", moduleWith(Json::object())}, {"My.Module", moduleWith(Json::object())}}));
    const auto f = findingsOf(a, "module-name");
    QCOMPARE(f.size(), std::size_t(2));
    for (const Finding *finding : f) {
        QCOMPARE(finding->kind, Kind::Manual); // my-module is taken
        QVERIFY(finding->after != "\"my-module\"");
    }
    QVERIFY(f[0]->after != f[1]->after);
    // An operator-chosen name that collides is not applied.
    Decisions d;
    d.setRule("module-name", true);
    d.setParam(f[0]->key(), "name", "my-module");
    const Result r = apply(a, d);
    QCOMPARE(r.names[3], std::string("my_module"));
    QCOMPARE(r.problems.size(), std::size_t(1));
    QVERIFY(!r.gpuReady);

    // Kubernetes names a module's objects by its lower-cased name: "edgehub" is edgeHub's.
    const Analysis b = loadOrFail(manifestWith({{"Edge_Hub", moduleWith(Json::object())}}));
    const auto g = findingsOf(b, "module-name");
    QCOMPARE(g.size(), std::size_t(1));
    QCOMPARE(g.front()->after, std::string("\"edge-hub\""));
    Decisions e;
    e.setParam(g.front()->key(), "name", "edgehub");
    const Result s = apply(b, e);
    QCOMPARE(s.names[2], std::string("Edge_Hub"));
    QCOMPARE(s.problems.size(), std::size_t(1));
    QVERIFY(!s.gpuReady);
    const Analysis c = loadOrFail(manifestWith({{"EdgeHub!", moduleWith(Json::object())}}));
    QCOMPARE(findingsOf(c, "module-name").front()->after, std::string("\"edgehub-2\""));
}

void TestRules::chunksWithoutTheFirst()
{
    // Chunks without createOptions itself: the device reads none of them. They are joined in
    // order of their suffix, and a module changed is written back from createOptions on.
    const Analysis a = loadOrFail(manifestWith({{"app",
        {{"type", "docker"},
            {"settings", {{"image", "x"}, {"createOptions02", "\"A=1\"]}"}, {"createOptions01", "{\"Env\":["}}}}}}));
    const auto f = findingsOf(a, "create-options-gap");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f[0]->message, std::string_view("create-options-gap.no-first"));
    QCOMPARE(f[0]->args, std::vector<FindingText> {listOf({"01", "02"})});
    Decisions d;
    d.setRule("resource-limits", true); // (a change: the module is written anew)
    const Json settings = Json::parse(
        apply(a, d).text())["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"]["settings"];
    QCOMPARE(Json::parse(settings["createOptions"].get<std::string>())["Env"], Json::array({"A=1"}));
    QVERIFY(!settings.contains("createOptions01"));
    // Keys like chunks that are none (past createOptions99, or not of two digits) are said, and
    // kept as they are.
    const Analysis stray = loadOrFail(manifestWith({{"app",
        {{"type", "docker"},
            {"settings",
                {{"image", "x"}, {"createOptions", "{}"}, {"createOptions100", "x"}, {"createOptions1", "y"},
                    {"createOptionsX", "z"}}}}}}));
    const auto strays = findingsOf(stray, "create-options-gap");
    QCOMPARE(strays.size(), std::size_t(1));
    QCOMPARE(strays[0]->message, std::string_view("create-options-gap.stray"));
    QCOMPARE(strays[0]->args, std::vector<FindingText> {listOf({"createOptions100", "createOptions1"})});
    QVERIFY(findingsOf(stray, "invalid-create-options").empty());
    // With the first chunk, a gap is a gap.
    const Analysis gap = loadOrFail(manifestWith({{"app",
        {{"type", "docker"},
            {"settings", {{"image", "x"}, {"createOptions", "{\"Env\":"}, {"createOptions02", "[\"A=1\"]}"}}}}}}));
    QCOMPARE(findingsOf(gap, "create-options-gap").front()->message, std::string_view("create-options-gap"));
}

void TestRules::hostPortSharedInAModule()
{
    // Two ports of a module bound to one host port (on two addresses, as Docker allows) would be
    // one port twice in the module's Service, which Kubernetes refuses; of two protocols, or in
    // two modules, they are not.
    const Analysis a = loadOrFail(manifestWith({
        {"web",
            moduleWith(Json::parse(
                R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"10.0.0.1","HostPort":"9000"}],"8081/tcp":[{"HostIp":"10.0.0.2","HostPort":"9000"}],"53/udp":[{"HostPort":"9000"}]}}})"))},
        {"api", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"9000"}]}}})"))},
    }));
    const auto web = findingsOf(a, "unsupported-option", "web");
    QCOMPARE(web.size(), std::size_t(1));
    QCOMPARE(web[0]->message, std::string_view("unsupported-option.host-port-shared"));
    QCOMPARE(web[0]->args, (std::vector<FindingText> {"9000/tcp", listOf({"8080/tcp", "8081/tcp"})}));
    QVERIFY(!web[0]->hasProposal);
    QVERIFY(findingsOf(a, "unsupported-option", "api").empty());
    QVERIFY(!apply(a, Decisions()).gpuReady);
    // Solved where reserved-ports moves one of them off a reserved port they share.
    const Analysis reserved = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"10.0.0.1","HostPort":"35000"}],"8081/tcp":[{"HostIp":"10.0.0.2","HostPort":"35000"}]}}})")));
    const Finding &shared = *findingsOf(reserved, "unsupported-option").front();
    QCOMPARE(shared.message, std::string_view("unsupported-option.host-port-shared"));
    Decisions d;
    d.setRule("reserved-ports", true);
    QCOMPARE(apply(reserved, d).states[static_cast<std::size_t>(&shared - reserved.findings.data())],
        FindingState::NotNeeded);
}

void TestRules::portRangesAreForTheOperator()
{
    // A range of ports is no one port: no host port is proposed for it, and the operator is told
    // to write each port on its own.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"ExposedPorts":{"9000-9002/tcp":{},"7000/udp":{}},"HostConfig":{"PortBindings":{"9100-9101/udp":[{"HostPort":"9100-9101"}]}}})")));
    QCOMPARE(findingsOf(a, "expose-hostport").size(), std::size_t(1)); // 7000/udp's
    QCOMPARE(findingsOf(a, "expose-hostport").front()->subject.str(), std::string("7000/udp"));
    std::map<std::string, std::string> ranges; // subject → path
    for (const Finding *f : findingsOf(a, "unsupported-option")) {
        QCOMPARE(f->message, std::string_view("unsupported-option.port-range"));
        QVERIFY(!f->hasProposal);
        QVERIFY(pathResolves(a, *f));
        ranges[f->subject.str()] = f->path.str();
    }
    const std::map<std::string, std::string> expected {{"9000-9002/tcp", "/ExposedPorts/9000-9002~1tcp"},
        {"9100-9101/udp", "/HostConfig/PortBindings/9100-9101~1udp"}};
    QCOMPARE(ranges, expected);
    QVERIFY(!apply(a, everyRule(true)).gpuReady);
}

void TestRules::bindMountOfAShareBecomesAVolume()
{
    // The GPU device has no /home/hcsshares: a bind mount of a whole Edge share becomes a volume of
    // the share, as a bind of it does; its type and source stay the operator's.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/home/hcsshares/input","Target":"/in","ReadOnly":true},{"Type":"bind","Source":"/data","Target":"/data"}]}})")));
    const auto f = findingsOf(a, "binds-to-mounts");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f[0]->message, std::string_view("binds-to-mounts.share-mount"));
    QCOMPARE(f[0]->path.str(), std::string("/HostConfig/Mounts/0"));
    QVERIFY(pathResolves(a, *f[0]));
    QCOMPARE(f[0]->after.str(), std::string(R"({"Target":"/in","Source":"input","Type":"volume","ReadOnly":true})"));
    const Result r = apply(a, Decisions());
    COMPARE_JSON(r.optionsOf(a, 2)["HostConfig"]["Mounts"],
        Json::parse(
            R"([{"Type":"volume","Source":"input","Target":"/in","ReadOnly":true},{"Type":"bind","Source":"/data","Target":"/data"}])"));
    QCOMPARE(r.optionsOf(a, 2)["k8s-experimental"]["strategy"]["type"], Json("Recreate")); // a volume now
    QVERIFY(r.gpuReady);
    const Analysis again = loadOrFail(r.text());
    QCOMPARE(apply(again, Decisions()).changed, false);
    // Another share, or a path on the node, as the operator decides.
    Decisions d;
    d.setParam(f[0]->key(), "type", "bind");
    d.setParam(f[0]->key(), "source", "/srv/input");
    QCOMPARE(apply(a, d).optionsOf(a, 2)["HostConfig"]["Mounts"][0],
        Json::parse(R"({"Type":"bind","Source":"/srv/input","Target":"/in","ReadOnly":true})"));
    // Rejected, the mount stays as it was.
    Decisions rejected;
    rejected.setRule("binds-to-mounts", false);
    COMPARE_JSON(apply(a, rejected).document, a.manifest->document());
    // A bind's options go with the bind: Docker refuses them on a volume.
    const Analysis options = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/home/hcsshares/input","Target":"/in","BindOptions":{"Propagation":"rprivate"},"Consistency":"default"}]}})")));
    COMPARE_JSON(apply(options, Decisions()).optionsOf(options, 2)["HostConfig"]["Mounts"],
        Json::parse(R"([{"Type":"volume","Source":"input","Target":"/in","Consistency":"default"}])"));
}

void TestRules::sharePathsAsTheyResolve()
{
    // A share's path written oddly is the share's: "//", "." and ".." resolve as on the node.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares//output:/out","/home//hcsshares/./logs/:/logs","/home/hcsshares/in/../videos/cam1:/cam","/home/hcsshares/a/..:/all"]}})")));
    const auto binds = findingsOf(a, "binds-to-mounts");
    QCOMPARE(binds.size(), std::size_t(4));
    QCOMPARE(binds[0]->after.str(), std::string(R"({"Target":"/out","Source":"output","Type":"volume"})"));
    QCOMPARE(binds[1]->after.str(), std::string(R"({"Target":"/logs","Source":"logs","Type":"volume"})"));
    const auto folders = findingsOf(a, "share-subfolder");
    QCOMPARE(folders.size(), std::size_t(2));
    QCOMPARE(folders[0]->args[1].str(), std::string("videos"));
    QCOMPARE(folders[0]->args[2].str(), std::string("cam1"));
    QCOMPARE(folders[1]->message, std::string_view("share-subfolder.all-shares"));
}

void TestRules::shareMountedOnceForItsFolders()
{
    // Two folders of one share, or a folder of a share mounted whole elsewhere: the share is one
    // volume. Only the first folder's proposal mounts it; the others are reached through it.
    struct Case {
        const char *binds, *messages, *mountedAt;
    };
    for (const Case &c : {Case {R"(["/home/hcsshares/videos/cam1:/videos","/home/hcsshares/videos/cam2:/videos2"])",
                              "share-subfolder share-subfolder.share-mounted", "/videos"},
             Case {R"(["/home/hcsshares/videos/cam1:/cam","/home/hcsshares/videos:/all"])",
                 "share-subfolder.share-mounted", "/all"}}) {
        const Analysis a = loadOrFail(one(Json::parse(std::string(R"({"HostConfig":{"Binds":)") + c.binds + "}}")));
        QStringList messages;
        for (const Finding *f : findingsOf(a, "share-subfolder")) {
            messages << QString::fromUtf8(f->message.data(), qsizetype(f->message.size()));
            if (f->message == std::string_view("share-subfolder.share-mounted")) {
                QVERIFY(!f->hasProposal);
                QCOMPARE(f->args.back().str(), std::string(c.mountedAt));
            }
        }
        QCOMPARE(messages.join(QLatin1Char(' ')), QString::fromUtf8(c.messages));
        // Every proposal accepted: one volume of the share, no problem made.
        const Result r = apply(a, everyRule(true));
        QVERIFY2(r.problems.empty(), c.binds);
        QVERIFY(findingsOf(loadOrFail(r.text()), "volume-name-collision").empty());
    }
}

void TestRules::bindOfAllSharesIsForTheOperator()
{
    // /home/hcsshares itself holds every share: no one volume stands for it. The operator mounts
    // the shares the module uses; a mount of another source solves it.
    for (const char *host : {R"({"Binds":["/home/hcsshares:/shares"]})",
             R"({"Mounts":[{"Type":"bind","Source":"/home/hcsshares/","Target":"/shares"}]})"}) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", Json::parse(host)}}));
        const auto f = findingsOf(a, "share-subfolder");
        QVERIFY2(f.size() == 1, host);
        QCOMPARE(f[0]->message, std::string_view("share-subfolder.all-shares"));
        QVERIFY(!f[0]->hasProposal);
        const auto index = static_cast<std::size_t>(f[0] - a.findings.data());
        QCOMPARE(apply(a, Decisions()).states[index], FindingState::Open);
        QVERIFY(!apply(a, Decisions()).gpuReady);
        const auto binds = findingsOf(a, "binds-to-mounts");
        if (binds.empty())
            continue; // (a bind mount: the operator edits it by hand)
        Decisions d;
        d.setParam(binds[0]->key(), "type", "volume");
        d.setParam(binds[0]->key(), "source", "input");
        QCOMPARE(apply(a, d).states[index], FindingState::NotNeeded);
    }
}

void TestRules::moduleNameProposals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("proposal");
    auto row = [](const char *name, const char *proposal) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(proposal);
    };
    row("my_module", "my-module");
    row("SimulatedTemperatureSensor", "simulatedtemperaturesensor");
    row("2ndCamera", "ndcamera");
    row("camera.v2", "camera-v2");
    // A letter with a diacritic is its base letter; any other character one '-'.
    row("Ünïcode", "unicode");
    row("Zähler_Straße", "zahler-strasse");
    row("Œuvre", "oeuvre");
    row("カメラ_1", "module"); // no letter left to start with
    row("temp×2", "temp-2");
    row("naïve—ok", "naive-ok");
}

void TestRules::nonAsciiNamesRenamedEverywhere()
{
    // A name with letters beyond ASCII is one name: its references in other modules are renamed
    // too, and found as references to its ports.
    const Analysis a = loadOrFail(manifestWith(
        {{"Zähler_1", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"8080"}]}}})"))},
            {"cli",
                moduleWith(Json {{"Env",
                               {"TARGET=Zähler_1:80",
                                   "URL=http:"
                                   "//Zähler_1:8080/x"}}},
                    {{"PEER", {{"value", "Zähler_1"}}}})}},
        Json::object(), {{"r", "FROM /messages/modules/Zähler_1/outputs/out INTO $upstream"}}));
    QCOMPARE(findingsOf(a, "module-port-reference", "cli").size(), std::size_t(1)); // TARGET's 80
    const Result r = apply(a, Decisions());
    const std::string text = r.text();
    QVERIFY2(text.find("Zähler") == std::string::npos, text.c_str());
    QVERIFY(text.find("zahler-1:80") != std::string::npos);
    QVERIFY(text.find("//zahler-1:8080/x") != std::string::npos);
    QVERIFY(text.find(R"("value": "zahler-1")") != std::string::npos);
    QVERIFY(text.find("/messages/modules/zahler-1/outputs/out") != std::string::npos);
}

void TestRules::moduleNameProposals()
{
    // The name proposed is a safe Kubernetes name close to the module's own.
    QFETCH(QString, name);
    QFETCH(QString, proposal);
    const Analysis a = loadOrFail(manifestWith({{name.toStdString(), moduleWith(Json::object())}}));
    const auto f = findingsOf(a, "module-name");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(Json::parse(f.front()->after.str()).get<std::string>()), proposal);
    QVERIFY(k8s::isSafeName(proposal.toStdString()));
}

void TestRules::reservedHostPortsGetFreeOnes()
{
    // Two modules expose 35000 without a host port; a third binds 35001 and 35002 explicitly.
    const Analysis a = loadOrFail(manifestWith({
        {"first", moduleWith(Json::parse(R"({"ExposedPorts":{"35000/tcp":{}}})"))},
        {"second", moduleWith(Json::parse(R"({"ExposedPorts":{"35000/tcp":{}}})"))},
        {"third",
            moduleWith(Json::parse(
                R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostPort":"35001"}],"9000/tcp":[{"HostPort":"35002"}]}}})"))},
    }));
    // expose-hostport gives the unbound ports free host ports itself, each its own: nothing is
    // left for reserved-ports there. The explicit one gets the next free port.
    const auto exposed = findingsOf(a, "expose-hostport");
    QCOMPARE(exposed.size(), std::size_t(2));
    QCOMPARE(exposed[0]->params.front().defaultValue, std::string("35003"));
    QCOMPARE(exposed[1]->params.front().defaultValue, std::string("35004"));
    QCOMPARE(exposed[0]->message, std::string_view("expose-hostport.reserved"));
    const auto reserved = findingsOf(a, "reserved-ports");
    QCOMPARE(reserved.size(), std::size_t(1));
    QCOMPARE(reserved[0]->module, std::string("third"));
    QCOMPARE(reserved[0]->params.front().defaultValue, std::string("35005"));

    const Result r = apply(a, Decisions());
    QCOMPARE(r.optionsOf(a, 2)["HostConfig"]["PortBindings"]["35000/tcp"][0]["HostPort"].get<std::string>(),
        std::string("35003"));
    QCOMPARE(r.optionsOf(a, 3)["HostConfig"]["PortBindings"]["35000/tcp"][0]["HostPort"].get<std::string>(),
        std::string("35004"));
    QCOMPARE(r.status[2], ModuleStatus::Changed); // GPU-ready once saved: no manual item of the tool's making
    QCOMPARE(r.status[4], ModuleStatus::NeedsOperator);

    // On the host network the container's port is the node's: no other host port is proposed
    // (Kubernetes wants the two equal there), the module must listen elsewhere.
    for (const char *options : {R"({"ExposedPorts":{"35000/tcp":{}},"HostConfig":{"NetworkMode":"host"}})",
             R"({"HostConfig":{"NetworkMode":"host","PortBindings":{"8080/tcp":[{"HostPort":"35000"}]}}})"}) {
        const Analysis host = loadOrFail(one(Json::parse(options)));
        QVERIFY2(findingsOf(host, "expose-hostport").empty(), options);
        const auto manual = findingsOf(host, "reserved-ports");
        QCOMPARE(manual.size(), std::size_t(1));
        QCOMPARE(manual[0]->message, std::string_view("reserved-ports.host-network"));
        QVERIFY(!manual[0]->hasProposal);
        QVERIFY(!apply(host, Decisions()).gpuReady);
    }
}

namespace {

// module-port-reference accepted, and `reserved`'s move accepted or not, `hostPort` typed for it
// (or nullptr).
Decisions referencesWith(const Finding &reserved, bool acceptReserved, const char *hostPort)
{
    Decisions d;
    d.setRule("module-port-reference", true);
    d.setRule("reserved-ports", acceptReserved);
    if (hostPort)
        d.setParam(reserved.key(), "hostPort", hostPort);
    return d;
}

} // namespace

void TestRules::referencesUseTheProposedHostPorts()
{
    // "api" binds 8080 to a reserved host port, and exposes 9000, a host port it binds 7000 to:
    // the references go to the host ports the decisions give, not to ones the device will not have.
    // ("web" binds 9000 too, on its own Service's address.)
    const Analysis a = loadOrFail(manifestWith({
        {"api",
            moduleWith(Json::parse(
                R"({"ExposedPorts":{"9000/tcp":{}},"HostConfig":{"PortBindings":{"8080/tcp":[{"HostPort":"35000"}],"7000/tcp":[{"HostPort":"9000"}]}}})"))},
        {"web", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"9000"}]}}})"))},
        {"client", moduleWith(Json {{"Env", {"API=http://api:8080/v1", "FEED=api:9000"}}})},
    }));
    // Proposed as the default decisions make them: expose-hostport's 9001 (a fix), and the reserved
    // 35000 as it is (reserved-ports' move is manual).
    const auto refs = findingsOf(a, "module-port-reference");
    QCOMPARE(refs.size(), std::size_t(2));
    QCOMPARE(refs[0]->after, std::string("\"http://api:35000/v1\""));
    QCOMPARE(refs[1]->after, std::string(R"("api:9001")"));
    const Finding &reserved = *findingsOf(a, "reserved-ports").front();

    struct Row {
        const char *name;
        bool acceptReserved;
        const char *hostPort; // set for reserved-ports, or nullptr
        const char *api;
    };
    for (const Row &row : {Row {"reserved port kept", false, nullptr, "API=http://api:35000/v1"},
             Row {"reserved port moved", true, nullptr, "API=http://api:35002/v1"},
             Row {"reserved port moved elsewhere", true, "36000", "API=http://api:36000/v1"}}) {
        const Decisions d = referencesWith(reserved, row.acceptReserved, row.hostPort);
        const Result r = apply(a, d);
        COMPARE_JSON(r.optionsOf(a, 4)["Env"], Json::array({row.api, "FEED=api:9001"}));
        // Converted, it asks for nothing more: the references are the ports the modules have.
        const Analysis again = loadOrFail(r.text());
        QVERIFY2(findingsOf(again, "module-port-reference").empty(), row.name);
        QCOMPARE(findingsOf(again, "reserved-ports").size(), std::size_t(row.acceptReserved ? 0 : 1));
        QVERIFY(findingsOf(again, "expose-hostport").empty());
    }
}

void TestRules::referencesFollowAReservedPortMoved()
{
    // "admin" listens on 35001, bound to the same host port, which the IoT Edge proxy reserves:
    // a reference to it changes only if reserved-ports' move is accepted, and then to the port
    // decided. Converted again, with the same decisions, nothing more is proposed.
    const Analysis a = loadOrFail(manifestWith({
        {"admin", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"35001/tcp":[{"HostPort":"35001"}]}}})"))},
        {"client", moduleWith(Json {{"Env", {"ADMIN=admin:35001"}}})},
    }));
    const auto refs = findingsOf(a, "module-port-reference");
    QCOMPARE(refs.size(), std::size_t(1));
    QCOMPARE(refs[0]->message, std::string_view("module-port-reference.reserved"));
    QCOMPARE(refs[0]->after, std::string(R"("admin:35002")"));
    const Finding &reserved = *findingsOf(a, "reserved-ports").front();
    const auto index = static_cast<std::size_t>(refs[0] - a.findings.data());

    struct Row {
        bool acceptReserved;
        const char *hostPort; // typed for reserved-ports, or nullptr
        const char *admin; // the reference, as converted
        FindingState state; // module-port-reference's, accepted
    };
    for (const Row &row : {Row {false, nullptr, "ADMIN=admin:35001", FindingState::NotNeeded},
             Row {true, nullptr, "ADMIN=admin:35002", FindingState::Applied},
             Row {true, "36000", "ADMIN=admin:36000", FindingState::Applied}}) {
        const Decisions d = referencesWith(reserved, row.acceptReserved, row.hostPort);
        const Result r = apply(a, d);
        QCOMPARE(r.states[index], row.state);
        COMPARE_JSON(r.optionsOf(a, refs[0]->moduleIndex)["Env"], Json::array({row.admin}));
        const Analysis again = loadOrFail(r.text());
        const Result second = apply(again, d);
        for (std::size_t i = 0; i < again.findings.size(); ++i)
            QVERIFY2(second.states[i] != FindingState::Applied, again.findings[i].rule.data());
    }
}

void TestRules::portBoundTwice()
{
    // "web" binds 8080 twice, the second time on a reserved host port; "dual" binds 80 on IPv4 and
    // on IPv6 (as Docker shows it), on a reserved host port, after an entry without one; "client"
    // reaches web's 8080. A port bound twice is a Service Kubernetes refuses until one binding is
    // left: the first, the one that counts (the others go, reserved or not).
    const Analysis a = loadOrFail(manifestWith({
        {"web",
            moduleWith(Json::parse(
                R"({"HostConfig":{"PortBindings":{"8080/tcp":[{"HostPort":"9090"},{"HostIp":"::","HostPort":"35001"}]}}})"))},
        {"dual",
            moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"80/tcp":[{"HostIp":"10.0.0.1"},)"
                                   R"({"HostIp":"0.0.0.0","HostPort":"35000"},{"HostIp":"::","HostPort":35000}]}}})"))},
        {"client", moduleWith(Json {{"Env", {"WEB=web:8080"}}})},
    }));
    const auto twice = findingsOf(a, "unsupported-option");
    QCOMPARE(twice.size(), std::size_t(2));
    QCOMPARE(twice[0]->message, std::string_view("unsupported-option.bindings"));
    QCOMPARE(twice[0]->args, (std::vector<FindingText> {"8080/tcp", listOf({"9090", "35001"}), "9090"}));
    QCOMPARE(twice[1]->args, (std::vector<FindingText> {"80/tcp", listOf({"35000", "35000"}), "35000"}));
    const auto reserved = findingsOf(a, "reserved-ports");
    QCOMPARE(reserved.size(), std::size_t(1));
    QCOMPARE(reserved[0]->module.str(), std::string("dual"));
    QVERIFY(!apply(a, Decisions()).gpuReady);
    // The host ports of every binding are taken: none is proposed for another mapping (web's
    // 9090, on web's own Service, is free for dual's).
    QCOMPARE(reserved[0]->params.front().defaultValue.str(), std::string("35002"));
    QCOMPARE(validateParam(a, apply(a, Decisions()), Decisions(), *reserved[0], reserved[0]->params.front(), "9090"),
        ParamError::None);

    // The reserved port moved: in the binding that holds it, its HostIp kept.
    Decisions d;
    d.setRule("reserved-ports", true);
    d.setRule("module-port-reference", true);
    Result r = apply(a, d);
    COMPARE_JSON(r.optionsOf(a, reserved[0]->moduleIndex)["HostConfig"]["PortBindings"]["80/tcp"],
        Json::parse(
            R"([{"HostIp":"10.0.0.1"},{"HostIp":"0.0.0.0","HostPort":"35002"},{"HostIp":"::","HostPort":35000}])"));
    const auto refs = findingsOf(a, "module-port-reference");
    QCOMPARE(refs.size(), std::size_t(1));
    COMPARE_JSON(r.optionsOf(a, refs[0]->moduleIndex)["Env"], Json::array({"WEB=web:9090"}));
    // What keeping one binding would keep, as the reserved port's move left it (not accepted yet).
    d.setFinding(twice[1]->key(), true);
    r = apply(a, d);
    const Wording *said = wordingOf(a, r, *twice[1]);
    QVERIFY(said);
    QCOMPARE(said->args, (std::vector<std::string> {"80/tcp", listOf({"35002", "35000"}), "35002"}));
    QCOMPARE(proposalOf(a, r, d, *twice[1]), std::string(R"([{"HostIp":"0.0.0.0","HostPort":"35002"}])"));

    // One binding kept, the first that has a host port: converted again, nothing more to say.
    d.setRule("unsupported-option", true);
    r = apply(a, d);
    COMPARE_JSON(r.optionsOf(a, twice[0]->moduleIndex)["HostConfig"]["PortBindings"],
        Json::parse(R"({"8080/tcp":[{"HostPort":"9090"}]})"));
    COMPARE_JSON(r.optionsOf(a, reserved[0]->moduleIndex)["HostConfig"]["PortBindings"],
        Json::parse(R"({"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"35002"}]})"));
    QVERIFY(r.gpuReady);
    const Analysis again = loadOrFail(r.text());
    QVERIFY(findingsOf(again, "reserved-ports").empty());
    QVERIFY(findingsOf(again, "unsupported-option").empty());
}

void TestRules::hostPortGivenOnce()
{
    // "app" binds 8080 to 35001 (reserved-ports proposes 35002), exposes 9000 (expose-hostport
    // gives it 9000), binds 5432. A module's ports are one Service, which has each port once: a
    // host port given to two of its mappings is neither's until one changes, whichever was decided
    // first; and a port typed where another of its mappings binds it is not taken. ("other" binds
    // 35002 and 5432 too, on its own Service's address.)
    const Analysis a = loadOrFail(manifestWith({
        {"app",
            moduleWith(Json::parse(
                R"({"ExposedPorts":{"9000/tcp":{}},"HostConfig":{"PortBindings":{"8080/tcp":[{"HostPort":"35001"}],"5432/tcp":[{"HostPort":"5432"}]}}})"))},
        {"other",
            moduleWith(Json::parse(
                R"({"HostConfig":{"PortBindings":{"1/tcp":[{"HostPort":"35003"}],"5432/tcp":[{"HostPort":"5432"}]}}})"))},
    }));
    const Finding &reserved = *findingsOf(a, "reserved-ports").front();
    const Finding &exposed = *findingsOf(a, "expose-hostport", "app").front();
    QCOMPARE(reserved.params.front().defaultValue.str(), std::string("35002"));
    const auto at = [&](const Finding &f) { return static_cast<std::size_t>(&f - a.findings.data()); };
    auto webBinding = [&](const Result &r) {
        const Json &bindings = r.optionsOf(a, exposed.moduleIndex)["HostConfig"]["PortBindings"];
        return bindings.contains("9000/tcp") ? bindings["9000/tcp"][0]["HostPort"] : Json();
    };

    // Typed, a port moves the proposal it takes to a free one (the window does so: Document).
    const auto moved = proposalsMovedBy(a, Decisions(), exposed, "35002");
    QCOMPARE(moved.size(), std::size_t(1));
    QCOMPARE(moved.front().first, at(reserved));
    QCOMPARE(moved.front().second, std::string("35003"));
    QVERIFY(proposalsMovedBy(a, Decisions(), exposed, "36000").empty());

    Decisions d;
    d.setParam(exposed.key(), "hostPort", "35002");
    Result r = apply(a, d);
    QCOMPARE(r.states[at(exposed)], FindingState::Applied); // reserved-ports' proposal is not taken yet
    QCOMPARE(webBinding(r), Json("35002"));

    d.setRule("reserved-ports", true); // its proposal, 35002, now given twice
    r = apply(a, d);
    QCOMPARE(r.states[at(reserved)], FindingState::Open);
    QCOMPARE(r.states[at(exposed)], FindingState::Open);
    QVERIFY(webBinding(r).is_null());
    QCOMPARE(
        r.optionsOf(a, reserved.moduleIndex)["HostConfig"]["PortBindings"]["8080/tcp"][0]["HostPort"], Json("35001"));
    QVERIFY(!r.gpuReady);
    for (const Finding *f : {&reserved, &exposed}) {
        QCOMPARE(validateParam(a, r, d, *f, f->params.front(), d.param(*f, f->params.front())), ParamError::PortTaken);
    }

    d.setParam(reserved.key(), "hostPort", "36000"); // one changes: both are made
    r = apply(a, d);
    QCOMPARE(r.states[at(reserved)], FindingState::Applied);
    QCOMPARE(r.states[at(exposed)], FindingState::Applied);
    QCOMPARE(webBinding(r), Json("35002"));

    d.setParam(exposed.key(), "hostPort", "5432"); // db's
    r = apply(a, d);
    QCOMPARE(r.states[at(exposed)], FindingState::Open);
    QVERIFY(webBinding(r).is_null());
    QCOMPARE(validateParam(a, r, d, exposed, exposed.params.front(), "5432"), ParamError::PortTaken);
}

void TestRules::referencesSayTheNewNames()
{
    // What a change of the environment says it writes is what the result holds: with the module it
    // addresses renamed, the new name (renamed or not, as module-name is decided).
    const Analysis a = loadOrFail(manifestWith({
        {"image_classifier",
            moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"50051/tcp":[{"HostPort":"5051"}]}}})"))},
        {"camera", moduleWith(Json {{"Env", {"URL=grpc://image_classifier:50051"}}})},
    }));
    const Finding &ref = *findingsOf(a, "module-port-reference").front();
    QCOMPARE(ref.after.str(), json::compact(Json("grpc://image_classifier:5051")));
    for (const bool rename : {true, false}) {
        Decisions d;
        d.setRule("module-port-reference", true);
        d.setRule("module-name", rename);
        const Result r = apply(a, d);
        const std::string host = rename ? "image-classifier" : "image_classifier";
        COMPARE_JSON(r.optionsOf(a, ref.moduleIndex)["Env"], Json::array({"URL=grpc://" + host + ":5051"}));
        QCOMPARE(proposalOf(a, r, d, ref), json::compact(Json("grpc://" + host + ":5051")));
    }
}

void TestRules::handEditStillChecked()
{
    // A hand edit is the module's createOptions: what the rules would still change there keeps
    // the manifest from being GPU-ready, as checking the saved file would say; one that needs
    // nothing more is GPU-ready.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0","PathInContainer":"/dev/catapult0"}]}})")));
    const std::size_t app = a.modules.size() - 1;
    Decisions d;
    d.setHandEdit("app",
        Json::parse(R"({"HostConfig":{"Devices":[{"PathOnHost":"/dev/catapult0","PathInContainer":"/dev/catapult0"}]},)"
                    R"("Env":["WIRESERVER_ADDRESS=10.139.218.1"]})"));
    Result r = apply(a, d);
    QCOMPARE(r.problems.size(), std::size_t(1));
    const Finding &problem = r.problems.front();
    QCOMPARE(problem.rule, std::string_view(kHandEditIncomplete));
    QCOMPARE(problem.moduleIndex, app);
    QCOMPARE(problem.args,
        (std::vector<FindingText> {listOf({"fpga-to-gpu", "device-bindings", "wireserver-env", "recreate-strategy"})}));
    QCOMPARE(r.status[app], ModuleStatus::NeedsOperator);
    QVERIFY(!r.gpuReady);
    // The file saved, checked again, says the same.
    const Analysis saved = loadOrFail(r.text());
    QVERIFY(!findingsOf(saved, "fpga-to-gpu", "app").empty());
    QVERIFY(!findingsOf(saved, "wireserver-env", "app").empty());

    // A change the ones before would leave nothing to do for is not listed: a bind of a host path
    // stays a bind, which needs no strategy of its own.
    d.setHandEdit("app", Json::parse(R"({"HostConfig":{"Binds":["/data:/data"]}})"));
    r = apply(a, d);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems.front().args, (std::vector<FindingText> {"binds-to-mounts"}));
    d.setHandEdit("app", Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/input:/in"]}})")); // a volume
    QCOMPARE(apply(a, d).problems.front().args,
        (std::vector<FindingText> {listOf({"binds-to-mounts", "recreate-strategy"})}));

    d.setHandEdit("app",
        Json::parse(R"({"k8s-experimental":{"resources":{"limits":{"nvidia.com/gpu":1,"memory":"1Gi","cpu":"1"}},)"
                    R"("strategy":{"type":"Recreate"}}})"));
    r = apply(a, d);
    QVERIFY(r.problems.empty());
    // (The image, outside createOptions, is still the one that ran on the FPGA, until the operator
    // says it runs on the GPU.)
    QVERIFY(!r.gpuReady);
    d.setRuleParam("fpga-image", "app", "image", "example.azurecr.io/app:1.0");
    d.setRule("fpga-image", true);
    r = apply(a, d);
    QVERIFY(r.gpuReady);
}

void TestRules::referencesFollowATypedHostPort()
{
    // "server" exposes 80, which expose-hostport binds to host port 80: "client" reaching
    // server:80 changes only when another host port is typed, and then says the one typed.
    // A module's reference to itself is no module-to-module traffic.
    const Analysis a = loadOrFail(manifestWith({
        {"server", moduleWith(Json::parse(R"({"ExposedPorts":{"80/tcp":{}},"Env":["SELF=server:80"]})"))},
        {"client", moduleWith(Json {{"Env", {"A=server:80/x"}}})},
    }));
    const auto refs = findingsOf(a, "module-port-reference");
    QCOMPARE(refs.size(), std::size_t(1));
    const Finding &ref = *refs[0];
    QCOMPARE(ref.module.str(), std::string("client"));
    QCOMPARE(ref.message, std::string_view("module-port-reference.own-number"));
    QCOMPARE(ref.after, ref.before); // nothing to change while the host port is 80
    const Finding &port = *findingsOf(a, "expose-hostport").front();
    const auto index = static_cast<std::size_t>(&ref - a.findings.data());
    for (const char *typed : {"", "9090"}) {
        Decisions d;
        d.setRule("module-port-reference", true);
        if (*typed)
            d.setParam(port.key(), "hostPort", typed);
        const Result r = apply(a, d);
        const Wording *said = wordingOf(a, r, ref);
        QVERIFY(said);
        if (!*typed) {
            // Says that the port is its own host port as decided, and shows no change.
            QCOMPARE(r.states[index], FindingState::NotNeeded);
            QCOMPARE(said->message, std::string_view("module-port-reference.not-needed"));
            QCOMPARE(proposalOf(a, r, d, ref), ref.before.str());
            continue;
        }
        QCOMPARE(r.states[index], FindingState::Applied);
        COMPARE_JSON(r.optionsOf(a, ref.moduleIndex)["Env"], Json::array({"A=server:9090/x"}));
        QVERIFY(said);
        QCOMPARE(said->message, std::string_view("module-port-reference"));
        QCOMPARE(said->args, (std::vector<std::string> {"A", "server", "80", "9090"}));
        QCOMPARE(proposalOf(a, r, d, ref), std::string(R"("server:9090/x")"));
        // Converted again with the same decisions: nothing more changes.
        const Analysis again = loadOrFail(r.text());
        const Result second = apply(again, d);
        COMPARE_JSON(second.document, r.document);
    }
}

void TestRules::exposedPortsShareNoHostPort()
{
    // A module's ports are one Service, which has each port once: an exposed port whose number
    // another mapping of the module binds (or exposed first) gets the next free one; other
    // protocols, and other modules' ports (on their own Services' addresses), are free.
    const Analysis a = loadOrFail(manifestWith({
        {"web",
            moduleWith(Json::parse(
                R"({"ExposedPorts":{"443/tcp":{},"8080/tcp":{},"53/udp":{}},"HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"8080"}],"53/tcp":[{"HostPort":"53"}]}}})"))},
        {"api", moduleWith(Json::parse(R"({"ExposedPorts":{"8080/tcp":{}}})"))},
        {"gateway", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"443/tcp":[{"HostPort":"443"}]}}})"))},
    }));
    std::map<std::string, std::pair<std::string, std::string_view>> proposed; // module|port → host port, message
    for (const Finding *f : findingsOf(a, "expose-hostport"))
        proposed[f->module.str() + '|' + f->subject.str()] = {f->params.front().defaultValue.str(), f->message};
    using P = std::pair<std::string, std::string_view>;
    QCOMPARE(proposed["web|443/tcp"], P("443", "expose-hostport")); // gateway's 443 is its own
    QCOMPARE(proposed["web|8080/tcp"], P("8081", "expose-hostport.taken")); // web binds 80 to 8080
    QCOMPARE(proposed["web|53/udp"], P("53", "expose-hostport")); // web's 53 is TCP
    QCOMPARE(proposed["api|8080/tcp"], P("8080", "expose-hostport")); // web's 8080 is web's
    const Result r = apply(a, Decisions());
    QCOMPARE(r.optionsOf(a, 2)["HostConfig"]["PortBindings"]["8080/tcp"][0]["HostPort"], Json("8081"));
    // Converted, nothing more is proposed.
    QVERIFY(findingsOf(loadOrFail(r.text()), "expose-hostport").empty());

    // A port is one port however it is written: Docker reads "80" as "80/tcp", and the protocol in
    // any case. A host port no port can be is none.
    const Analysis spelt = loadOrFail(one(Json::parse(R"({"ExposedPorts":{"80":{},"443/TCP":{},"53/udp":{}},
        "HostConfig":{"PortBindings":{"80/tcp":[{"HostPort":"8080"}],"443/tcp":[{"HostPort":"8443"}],
                                      "53/udp":[{"HostPort":4294967349}]}}})")));
    const auto unbound = findingsOf(spelt, "expose-hostport");
    QCOMPARE(unbound.size(), std::size_t(1));
    QCOMPARE(unbound.front()->subject.view(), std::string_view("53/udp"));
    QCOMPARE(unbound.front()->params.front().defaultValue.view(), std::string_view("53"));

    // One binding written without its list is read, and kept when its host port moves.
    const Analysis single = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"PortBindings":{"80/tcp":{"HostIp":"0.0.0.0","HostPort":"35000"},"81/tcp":{"HostPort":"8081"}}}})")));
    QVERIFY(findingsOf(single, "expose-hostport").empty());
    QCOMPARE(findingsOf(single, "reserved-ports").size(), std::size_t(1));
    Decisions d;
    d.setRule("reserved-ports", true);
    COMPARE_JSON(apply(single, d).optionsOf(single, 2)["HostConfig"]["PortBindings"],
        Json::parse(R"({"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"35002"}],"81/tcp":{"HostPort":"8081"}})"));
}

void TestRules::bindFileNeverHidesSystemFolders()
{
    // A data file's folder can be mounted instead; /etc cannot, it would hide the image's own.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/data/config.yaml:/app/config.yaml","/etc/hosts:/etc/hosts","/var/run/docker.sock:/var/run/docker.sock"]}})")));
    const auto f = findingsOf(a, "bind-file");
    QCOMPARE(f.size(), std::size_t(3));
    QVERIFY(f[0]->hasProposal);
    QCOMPARE(f[0]->after, std::string(R"({"Target":"/app","Source":"/data","Type":"bind"})"));
    // What is proposed there is dropping the mount; a socket of the node is dropped too.
    for (const Finding *system : {f[1], f[2]}) {
        QVERIFY(system->hasProposal);
        QVERIFY(system->after.empty());
    }
    QCOMPARE(f[1]->message, std::string_view("bind-file.system-folder"));
    QCOMPARE(f[2]->message, std::string_view("bind-file.socket"));
    // As an optional proposal it is not made unless accepted: binds-to-mounts makes its mount.
    const Json kept = apply(a, Decisions()).optionsOf(a, 2)["HostConfig"]["Mounts"];
    QCOMPARE(kept.size(), std::size_t(3));
    QCOMPARE(kept[1]["Target"].get<std::string>(), std::string("/etc/hosts"));
    Decisions d;
    d.setRule("bind-file", true);
    COMPARE_JSON(apply(a, d).optionsOf(a, 2)["HostConfig"],
        Json::parse(R"({"Mounts":[{"Target":"/app","Source":"/data","Type":"bind"}]})"));
    // Accepting one drops that one; from Mounts too, and the list goes when it empties.
    Decisions single;
    single.setFinding(f[2]->key(), true);
    const Json binds = apply(a, single).optionsOf(a, 2)["HostConfig"]["Mounts"];
    QCOMPARE(binds.size(), std::size_t(2));
    QCOMPARE(binds[1]["Target"].get<std::string>(), std::string("/etc/hosts"));
    const Analysis mounted = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/etc/localtime","Target":"/etc/localtime","ReadOnly":true}]}})")));
    COMPARE_JSON(apply(mounted, d).optionsOf(mounted, 2), Json::object());

    // A file at the container's root would take the root's place; one at the node's, the node's.
    const Analysis root = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/opt/x/a.conf","Target":"/a.conf"},{"Type":"bind","Source":"/a.conf","Target":"/app/a.conf"},{"Type":"bind","Source":"$CONF/a.conf","Target":"/app/a.conf"}]}})")));
    const auto r = findingsOf(root, "bind-file");
    QCOMPARE(r.size(), std::size_t(3));
    QCOMPARE(r[0]->message, std::string_view("bind-file.system-folder"));
    QCOMPARE(r[1]->message, std::string_view("bind-file.no-folder"));
    QVERIFY(r[0]->hasProposal && r[0]->after.empty()); // the mount dropped
    QVERIFY(!r[1]->hasProposal);
    QCOMPARE(r[2]->after, std::string(R"({"Target":"/app","Source":"$CONF","Type":"bind"})"));
}

void TestRules::bindFileNeverMountsAFolderTwice()
{
    // The file's folder mounted at another target already (or as proposed for an earlier file)
    // would be a second volume of one name: nothing is proposed, and the finding says where it is
    // mounted, to reach the file through that mount.
    const struct {
        const char *binds;
        const char *messages; // of bind-file's findings, in order
        const char *elsewhere; // where the folder of the one that mounts nothing is mounted
    } cases[] = {
        {R"(["/home/hcsshares/share1:/data","/home/hcsshares/share1/config.json:/app/config.json"])",
            "bind-file.source-mounted", "/data"},
        {R"(["/data:/data","/data/config.yaml:/app/config.yaml"])", "bind-file.source-mounted", "/data"},
        {R"(["/data/:/in","/data/a.conf:/x/a.conf"])", "bind-file.source-mounted", "/in"},
        // Of two files of one folder at two places, the first keeps its proposal.
        {R"(["/data/a.conf:/x/a.conf","/data/b.conf:/y/b.conf"])", "bind-file bind-file.source-mounted", "/x"},
        {R"(["/data/x.json:/a/x.json","/data/x.json:/b/x.json"])", "bind-file bind-file.source-mounted", "/a"},
    };
    for (const auto &c : cases) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", {{"Binds", Json::parse(c.binds)}}}}));
        QStringList messages;
        for (const Finding *f : findingsOf(a, "bind-file")) {
            messages << QString::fromUtf8(f->message.data(), qsizetype(f->message.size()));
            if (f->message == std::string_view("bind-file.source-mounted")) {
                QVERIFY(!f->hasProposal);
                QCOMPARE(f->args.at(4).str(), std::string(c.elsewhere));
            }
        }
        QCOMPARE(messages.join(QLatin1Char(' ')), QString::fromUtf8(c.messages));
        // Everything accepted, the result mounts no volume twice.
        const Analysis again = loadOrFail(apply(a, everyRule(true)).text());
        QVERIFY(findingsOf(again, "volume-name-collision").empty());
    }
    // Mounted at the same folder, the file is inside that mount: one mount of the share.
    const Analysis inside = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares/s1:/app","/home/hcsshares/s1/a.json:/app/a.json"]}})")));
    QCOMPARE(findingsOf(inside, "bind-file").front()->message, std::string_view("bind-file.share"));
    Decisions files;
    files.setRule("bind-file", true);
    COMPARE_JSON(apply(inside, files).optionsOf(inside, 2)["HostConfig"],
        Json::parse(R"({"Mounts":[{"Target":"/app","Source":"s1","Type":"volume"}]})"));
}

void TestRules::bindFileMountsAFolderOnceReadOnlyIfAllWere()
{
    // Two files of one folder at one folder: one mount, read-only only if both binds were, as each
    // finding's after says.
    for (const bool bothReadOnly : {false, true}) {
        const Json binds = {"/data/conf/app.json:/app/conf/app.json" + std::string(bothReadOnly ? ":ro" : ""),
            "/data/conf/log.json:/app/conf/log.json:ro"};
        const Analysis a = loadOrFail(one(Json {{"HostConfig", {{"Binds", binds}}}}));
        const Json mount = bothReadOnly
            ? Json::parse(R"({"Target":"/app/conf","Source":"/data/conf","Type":"bind","ReadOnly":true})")
            : Json::parse(R"({"Target":"/app/conf","Source":"/data/conf","Type":"bind"})");
        for (const Finding *f : findingsOf(a, "bind-file"))
            QCOMPARE(f->after.str(), json::compact(mount));
        Decisions d;
        d.setRule("bind-file", true);
        COMPARE_JSON(apply(a, d).optionsOf(a, 2)["HostConfig"]["Mounts"], Json::array({mount}));
    }
}

void TestRules::bindFileKnowsDevices()
{
    // A device node is no folder (hostPath DirectoryOrCreate refuses it); /dev's folders are.
    const std::pair<const char *, bool> binds[] = {
        {"/dev/ttyUSB0:/dev/ttyUSB0", true},
        {"/dev/video0:/dev/video0", true},
        {"/dev/bus/usb/001/002:/dev/bus/usb/001/002", true},
        {"/dev/serial/by-id/usb-FTDI_FT232R-if00-port0:/dev/modbus", true},
        {"/dev//./i2c-1:/dev/i2c-1", true},
        {"/dev/bus/usb:/dev/bus/usb", false},
        {"/dev/bus/usb/001:/dev/bus/usb/001", false},
        {"/dev/serial/by-id:/dev/serial/by-id", false},
        {"/dev/input:/dev/input", false},
        {"/dev/shm:/dev/shm", false},
        {"/dev/shm/frames:/frames", false},
        {"/dev:/dev", false},
        {"/dev/:/host/dev", false},
        {"/devices/x:/x", false},
    };
    for (const auto &[bind, device] : binds) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", {{"Binds", {bind}}}}}));
        const auto f = findingsOf(a, "bind-file");
        QVERIFY2(f.size() == (device ? 1u : 0u), bind);
        if (device)
            QCOMPARE(f[0]->message, std::string_view("bind-file.device-unprivileged"));
    }
    // Its proposal is to drop the mount: a privileged module sees the node's devices in its /dev.
    const Analysis a = loadOrFail(
        one(Json::parse(R"({"HostConfig":{"Privileged":true,"Binds":["/dev/ttyUSB0:/dev/ttyUSB0","/data:/data"]}})")));
    const auto f = findingsOf(a, "bind-file");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f[0]->message, std::string_view("bind-file.device"));
    QVERIFY(f[0]->hasProposal && f[0]->after.empty());
    QVERIFY(!apply(a, Decisions()).gpuReady);
    Decisions d;
    d.setRule("bind-file", true);
    const Result r = apply(a, d);
    COMPARE_JSON(r.optionsOf(a, 2),
        Json::parse(
            R"({"HostConfig":{"Privileged":true,"Mounts":[{"Target":"/data","Source":"/data","Type":"bind"}]}})"));
    QVERIFY(findingsOf(loadOrFail(outputText(a, r)), "bind-file").empty());
}

void TestRules::bindFileKnowsFoldersByName()
{
    // A name with an extension is a file; a version number or a ".d" is a folder's name.
    const std::pair<const char *, bool> binds[] = {
        {"/data/config.yaml:/app/config.yaml", true},
        {"/data/model.onnx:/models/model.onnx", true},
        {"/opt/nginx/conf.d:/etc/nginx/conf.d", false},
        {"/data/models/v1.2:/models", false},
        {"/data/release.v2:/release.v2", false},
        {"/opt/node-v18.x:/opt/node-v18.x", false},
        {"/data/model.v2.onnx:/models/model.v2.onnx", true},
        {"/data/.cache:/root/.cache", false},
        {"/data/in:/in", false},
        {"/data/in/:/in.json/", false},
    };
    for (const auto &[bind, file] : binds) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", {{"Binds", {bind}}}}}));
        QVERIFY2(findingsOf(a, "bind-file").size() == (file ? 1u : 0u), bind);
    }
}

void TestRules::bindFileVerdictHoldsOnTheResult_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("messages"); // of bind-file's findings, in order
    auto row = [](const char *name, const char *options, const char *messages) {
        QTest::newRow(name) << QString::fromUtf8(options) << QString::fromUtf8(messages);
    };
    // Paths written oddly are the paths they name.
    row("target with '/'", R"({"HostConfig":{"Binds":["/etc/hosts:/etc/hosts/"]}})", "bind-file.system-folder");
    row("time zone",
        R"({"HostConfig":{"Binds":["/etc/localtime:/etc/localtime:ro","/etc/timezone:/etc/timezone:ro"]}})",
        "bind-file.time-zone bind-file.time-zone");
    row("'//', '.', '..'",
        R"({"HostConfig":{"Binds":["/etc/hosts:/etc//hosts","/etc/./localtime:/etc/../etc/localtime"]}})",
        "bind-file.system-folder bind-file.time-zone");
    row("folder with '/'",
        R"({"HostConfig":{"Binds":["/data/a.json:/x/a.json"],"Mounts":[{"Type":"bind","Source":"/data/","Target":"/x"}]}})",
        "bind-file");
    row("type in capitals",
        R"({"HostConfig":{"Binds":["/data/a.json:/x/a.json"],"Mounts":[{"Type":"Bind","Source":"/data","Target":"/x"}]}})",
        "bind-file");
    // A file bound twice is mounted once, or dropped once: no collision is left.
    row("dropped twice", R"({"HostConfig":{"Binds":["/etc/hosts:/etc/hosts","/etc/hosts:/etc/hosts:ro"]}})",
        "bind-file.system-folder bind-file.system-folder");
    row("bound twice", R"({"HostConfig":{"Binds":["/data/a.json:/x/a.json","/data/a.json:/x/a.json"]}})",
        "bind-file bind-file");
    // The share a folder inside it may become, mounted elsewhere.
    row("share's folder elsewhere",
        R"({"HostConfig":{"Binds":["/home/hcsshares/share1/sub:/data","/home/hcsshares/share1/a.json:/x/a.json"]}})",
        "bind-file.source-mounted");
    // A file in a share's folder is no mount of the whole share.
    row("file in a share's folder",
        R"({"HostConfig":{"Binds":["/home/hcsshares/s1/sub/a.json:/x/a.json","/home/hcsshares/s1/b.json:/y/b.json"]}})",
        "bind-file.share-subfolder bind-file.share");
    // Another source of the volume's name: not the file's folder (the same one at that target too).
    row("other sources", R"({"HostConfig":{"Binds":["/data/a.json:/x/a.json","/data:/y","/da_ta:/y"]}})",
        "bind-file.volume-name");
    // Another source of the volume's name: not the file's folder.
    row("another source", R"({"HostConfig":{"Binds":["/data/in_put/a.json:/x/a.json","/data/input:/y"]}})",
        "bind-file.volume-name");
    // A folder would show the file under its own name.
    row("renamed", R"({"HostConfig":{"Binds":["/data/app.prod.json:/app/appsettings.json:ro","/data/dir:/x/a.json"]}})",
        "bind-file.renamed bind-file.renamed");
    row("system trees",
        R"({"HostConfig":{"Binds":["/data/x.yaml:/usr/local/x.yaml","/data/l.so:/usr/local/lib/l.so","/data/u.conf:/usr2/u.conf","/etc/ssl/certs/ca.crt:/etc/ssl/certs/ca.crt"]}})",
        "bind-file.system-folder bind-file.system-folder bind-file bind-file.system-folder");
    row("socket",
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/run/docker.sock","Target":"/app/docker.sock"}]}})",
        "bind-file.socket");
}

void TestRules::bindFileVerdictHoldsOnTheResult()
{
    // Whatever the paths, the verdict of the conversion is the verdict on what it wrote.
    QFETCH(QString, options);
    QFETCH(QString, messages);
    const Analysis a = loadOrFail(one(Json::parse(options.toStdString())));
    QStringList found;
    for (const Finding *f : findingsOf(a, "bind-file"))
        found << QString::fromUtf8(f->message.data(), qsizetype(f->message.size()));
    QCOMPARE(found.join(QLatin1Char(' ')), messages);
    const Decisions d = everyRule(true);
    const Result r = apply(a, d);
    const Analysis converted = loadOrFail(outputText(a, r));
    QCOMPARE(apply(converted, d).gpuReady, r.gpuReady);
    // Nor does the conversion make two volumes of one name where the manifest had none.
    const std::size_t collisions = findingsOf(a, "volume-name-collision").size();
    QVERIFY(findingsOf(converted, "volume-name-collision").size() <= collisions);
}

void TestRules::oneSourceMountedTwice()
{
    // IoT Edge on Kubernetes makes a volume of each mount, named after its source: one source
    // mounted twice is two volumes of one name, which Kubernetes refuses.
    for (const char *host :
        {R"({"Binds":["/home/hcsshares/s:/a","/home/hcsshares/s:/b:ro"]})",
            R"({"Mounts":[{"Target":"/a","Source":"input","Type":"volume"},{"Target":"/b","Source":"input","Type":"volume"}]})",
            R"({"Binds":["/data:/a"],"Mounts":[{"Target":"/b","Source":"/data","Type":"bind"}]})",
            R"({"Binds":["/data/in:/a","/data/in/:/b"]})"}) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", Json::parse(host)}}));
        const auto f = findingsOf(a, "volume-name-collision");
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f.front()->message, std::string_view("volume-name-collision.same-source"));
        QCOMPARE(f.front()->args[2].str(), listOf({"/a", "/b"}));
        QVERIFY(!f.front()->hasProposal);
    }
}

void TestRules::changesThatMakeVolumesOfOneNameAreAProblem()
{
    // Mounts the decisions make volumes of one name (two folders of a share each made a mount of
    // the whole share, one source given to two mounts) keep the manifest from being GPU-ready, as
    // checking the saved file would say.
    struct Case {
        const char *binds, *accepted, *message;
        std::vector<std::pair<std::size_t, const char *>> sources; // of binds-to-mounts' findings
    };
    const Case cases[] = {
        {R"(["/home/hcsshares/videos/cam1:/videos","/data/b:/b"])", "share-subfolder",
            "volume-name-collision.same-source.made", {{1, "videos"}}},
        {R"(["/data/a:/a","/data/b:/b"])", "", "volume-name-collision.same-source.made",
            {{0, "/data/x"}, {1, "/data/x"}}},
        {R"(["/data/a:/a","/data/b:/b"])", "", "volume-name-collision.made", {{1, "/data/a_"}}},
    };
    for (const Case &c : cases) {
        const Analysis a = loadOrFail(one(Json::parse(std::string(R"({"HostConfig":{"Binds":)") + c.binds + "}}")));
        QVERIFY2(findingsOf(a, "volume-name-collision").empty(), c.binds);
        Decisions d;
        if (*c.accepted)
            d.setRule(c.accepted, true);
        const auto binds = findingsOf(a, "binds-to-mounts");
        for (const auto &[finding, source] : c.sources) {
            d.setParam(binds.at(finding)->key(), "source", source);
            if (*source != '/')
                d.setParam(binds.at(finding)->key(), "type", "volume"); // a share's name
        }
        const Result r = apply(a, d);
        QVERIFY2(r.problems.size() == 1, c.binds);
        QCOMPARE(r.problems.front().rule, std::string_view("volume-name-collision"));
        QCOMPARE(r.problems.front().message, std::string_view(c.message));
        QCOMPARE(r.problems.front().moduleIndex, a.modules.size() - 1);
        QVERIFY(!r.gpuReady);
        QVERIFY2(!findingsOf(loadOrFail(outputText(a, r)), "volume-name-collision").empty(), c.binds);
        // Without the decisions that make it, there is none.
        QVERIFY(apply(a, Decisions()).problems.empty());
    }
    // A collision of the original is its finding's, solved or not: not found twice.
    const Analysis a = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/data/in_put:/a","/data/input:/b"]}})")));
    QCOMPARE(findingsOf(a, "volume-name-collision").size(), std::size_t(1));
    QVERIFY(apply(a, everyRule(true)).problems.empty());
}

void TestRules::volumeNamesAsKubernetesCutsThem()
{
    // Two long sources that differ after the 63rd character, and two that differ by a trailing '-'.
    const std::string longPath = "/very/long/path/" + std::string(70, 'a');
    for (const std::string &binds :
        {"[\"" + longPath + "/one:/a\",\"" + longPath + "/two:/b\"]", std::string(R"(["/opt/x-:/a","/opt/x:/b"])")}) {
        const Analysis a = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":)" + binds + "}}")));
        QVERIFY2(findingsOf(a, "volume-name-collision").size() == 1, binds.c_str());
    }
}

void TestRules::chunkThatIsNotAString()
{
    // A chunk of another type: the module is left as it was, and the finding names the chunk.
    const Analysis a = loadOrFail(manifestWith({{"app",
        {{"type", "docker"},
            {"settings", {{"image", "x"}, {"createOptions", "{\"Env\":"}, {"createOptions01", Json::array()}}}}}}));
    const auto f = findingsOf(a, "invalid-create-options");
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f.front()->message, std::string_view("invalid-create-options.chunk"));
    QCOMPARE(f.front()->args.size(), std::size_t(1));
    QCOMPARE(f.front()->args.front().view(), std::string_view("createOptions01"));
    COMPARE_JSON(apply(a, Decisions()).document, a.manifest->document());
}

void TestRules::fileInsideAShare()
{
    // A file in a folder of an Edge share is bind-file's: share-subfolder would mount the whole
    // share where the file was.
    const Analysis a
        = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/s2/sub/file.txt:/in/file.txt"]}})")));
    QVERIFY(findingsOf(a, "share-subfolder").empty());
    QCOMPARE(findingsOf(a, "bind-file").size(), std::size_t(1));
    // Its folder is no share: there is nothing to propose on the GPU device, which has no /home/hcsshares.
    QCOMPARE(findingsOf(a, "bind-file").front()->message, std::string_view("bind-file.share-subfolder"));
    QVERIFY(!findingsOf(a, "bind-file").front()->hasProposal);

    // Its finding shows the entry as written: a Binds string, a Mounts object.
    QCOMPARE(
        findingsOf(a, "bind-file").front()->before, std::string(R"("/home/hcsshares/s2/sub/file.txt:/in/file.txt")"));
    const Analysis mounted = loadOrFail(
        one(Json::parse(R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/etc/hosts","Target":"/etc/hosts"}]}})")));
    QCOMPARE(findingsOf(mounted, "bind-file").front()->before,
        std::string(R"({"Type":"bind","Source":"/etc/hosts","Target":"/etc/hosts"})"));
    // A whole share is a folder, whatever its name: binds-to-mounts makes it a volume, no file's.
    const Analysis share
        = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/in.put:/ip","cache.db:/db"]}})")));
    QVERIFY(findingsOf(share, "bind-file").empty());
    QCOMPARE(findingsOf(share, "binds-to-mounts").size(), std::size_t(2));

    // A file at the top of a share: the share, whole, becomes a volume at the target's folder,
    // whether binds-to-mounts' change is made first or not at all.
    const Analysis top = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares/s1/config.json:/app/config.json:ro"],"Mounts":[{"Type":"bind","Source":"/home/hcsshares/s2/a.conf","Target":"/etc/app/a.conf"}]}})")));
    const auto files = findingsOf(top, "bind-file");
    QCOMPARE(files.size(), std::size_t(2));
    for (const Finding *f : files)
        QCOMPARE(f->message, std::string_view("bind-file.share"));
    QCOMPARE(files[0]->after, std::string(R"({"Target":"/app","Source":"s1","Type":"volume","ReadOnly":true})"));
    QCOMPARE(files[1]->args[2].view(), std::string_view("s2"));
    const Json volumes = Json::parse(R"([{"Type":"volume","Source":"s2","Target":"/etc/app"},
        {"Target":"/app","Source":"s1","Type":"volume","ReadOnly":true}])");
    for (const bool bindsToMounts : {true, false}) {
        Decisions d;
        d.setRule("bind-file", true);
        d.setRule("binds-to-mounts", bindsToMounts);
        const Result r = apply(top, d);
        for (const Finding *f : files)
            QCOMPARE(r.states[static_cast<std::size_t>(f - top.findings.data())], FindingState::Applied);
        COMPARE_JSON(r.optionsOf(top, 2)["HostConfig"], (Json {{"Mounts", volumes}}));
        // Converted, it asks for nothing more.
        const Analysis again = loadOrFail(r.text());
        QVERIFY(findingsOf(again, "bind-file").empty());
        QVERIFY(findingsOf(again, "binds-to-mounts").empty());
    }
    // Two files of one folder: one mount of it, however they were written.
    const Analysis two = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares/s1/a.json:/app/a.json","/home/hcsshares/s1/b.json:/app/b.json"],
            "Mounts":[{"Type":"bind","Source":"/opt/c/x.conf","Target":"/c/x.conf"},{"Type":"bind","Source":"/opt/c/y.conf","Target":"/c/y.conf"}]}})")));
    Decisions both;
    both.setRule("bind-file", true);
    const Result once = apply(two, both);
    for (const Finding *f : findingsOf(two, "bind-file"))
        QCOMPARE(once.states[static_cast<std::size_t>(f - two.findings.data())], FindingState::Applied);
    COMPARE_JSON(once.optionsOf(two, 2)["HostConfig"]["Mounts"],
        Json::parse(
            R"([{"Type":"bind","Source":"/opt/c","Target":"/c"},{"Target":"/app","Source":"s1","Type":"volume"}])"));
    QVERIFY(findingsOf(loadOrFail(once.text()), "bind-file").empty());
    // Files of two folders bound into one: their folders would be two mounts at one path.
    const Analysis apart = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/etc/a/x.conf:/cfg/x.conf","/etc/b/y.conf:/cfg/y.conf","/data:/in","/opt/z.conf:/in/z.conf"]}})")));
    for (const Finding *f : findingsOf(apart, "bind-file")) {
        QCOMPARE(f->message, std::string_view("bind-file.target-taken"));
        QVERIFY(!f->hasProposal);
    }
    QCOMPARE(findingsOf(apart, "bind-file").size(), std::size_t(3));
    // Read-only only if every file was: one bound writable stays writable.
    for (const char *binds : {R"(["/etc/app/a.conf:/cfg/a.conf:ro","/etc/app/b.conf:/cfg/b.conf"])",
             R"(["/etc/app/a.conf:/cfg/a.conf","/etc/app/b.conf:/cfg/b.conf:ro"])"}) {
        const Analysis modes = loadOrFail(one(Json::parse(std::string(R"({"HostConfig":{"Binds":)") + binds + "}}")));
        COMPARE_JSON(apply(modes, both).optionsOf(modes, 2)["HostConfig"]["Mounts"],
            Json::parse(R"([{"Target":"/cfg","Source":"/etc/app","Type":"bind"}])"));
    }

    // A folder there is share-subfolder's.
    const Analysis b = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/s2/sub:/in"]}})")));
    QCOMPARE(findingsOf(b, "share-subfolder").size(), std::size_t(1));
    QVERIFY(findingsOf(b, "bind-file").empty());
}

void TestRules::subfolderSolvedByTheBindsChange()
{
    // A share's sub-folder provisioned as a share of its own (binds-to-mounts' volume), or bound
    // from another host path: share-subfolder's problem is gone, and the module is GPU-ready.
    const Analysis a = loadOrFail(one(Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/input/sub:/data"]}})")));
    const Finding &share = *findingsOf(a, "share-subfolder").front();
    const Finding &bind = *findingsOf(a, "binds-to-mounts").front();
    const auto index = static_cast<std::size_t>(&share - a.findings.data());
    struct Row {
        const char *type, *source;
        FindingState state;
    };
    for (const Row &row : {Row {nullptr, nullptr, FindingState::Open}, Row {"volume", "sub", FindingState::NotNeeded},
             Row {"bind", "/srv/sub", FindingState::NotNeeded},
             Row {"bind", "/home/hcsshares/other/sub", FindingState::Open}, // inside a share still
             Row {"bind", "/home/hcsshares/input/sub/", FindingState::Open}}) {
        Decisions d;
        if (row.type) {
            d.setParam(bind.key(), "type", row.type);
            d.setParam(bind.key(), "source", row.source);
        }
        const Result r = apply(a, d);
        QCOMPARE(r.states[index], row.state);
        QCOMPARE(r.gpuReady, row.state == FindingState::NotNeeded);
    }
}

void TestRules::wholeShareReplacesTheBindsChange()
{
    // Accepting share-subfolder's proposal (the whole share as a volume) is how that bind becomes a
    // mount: binds-to-mounts' change for it is not made, whatever it was decided to be, and says so.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"HostConfig":{"Binds":["/home/hcsshares/input/sub:/data:ro","/home/hcsshares/output:/whole"]}})")));
    const Finding &share = *findingsOf(a, "share-subfolder").front();
    const Finding &bind = *findingsOf(a, "binds-to-mounts").front();
    const Finding &whole = *findingsOf(a, "binds-to-mounts").back();
    auto index = [&](const Finding &f) { return static_cast<std::size_t>(&f - a.findings.data()); };
    const Json wholeShare = Json::parse(R"([{"Target":"/data","Source":"input","Type":"volume","ReadOnly":true},
        {"Target":"/whole","Source":"output","Type":"volume"}])");

    Decisions d;
    d.setParam(bind.key(), "source", "/srv/sub"); // a bind of another host path, for that bind
    Result r = apply(a, d);
    QCOMPARE(r.states[index(bind)], FindingState::Applied);
    // (not accepted by default; that bind solves it: the sub-folder is bound no more)
    QCOMPARE(r.states[index(share)], FindingState::NotNeeded);
    QCOMPARE(r.optionsOf(a, 2)["HostConfig"]["Mounts"][0]["Source"], Json("/srv/sub"));
    QCOMPARE(replacedBy(a, d, bind), nullptr);

    d.setFinding(share.key(), true);
    r = apply(a, d);
    QCOMPARE(r.states[index(share)], FindingState::Applied);
    QCOMPARE(r.states[index(bind)], FindingState::Replaced);
    QCOMPARE(r.states[index(whole)], FindingState::Applied); // the other bind is not share-subfolder's
    QCOMPARE(replacedBy(a, d, bind), &share);
    QCOMPARE(replacedBy(a, d, whole), nullptr);
    COMPARE_JSON(r.optionsOf(a, 2)["HostConfig"]["Mounts"], wholeShare); // in the binds' order
    QVERIFY(r.gpuReady);
    const Summary accepted = summarize(a, r);

    // Rejecting the bind's own change does not undo the mount the whole share is.
    d.setFinding(bind.key(), false);
    r = apply(a, d);
    QCOMPARE(r.states[index(bind)], FindingState::Replaced);
    COMPARE_JSON(r.optionsOf(a, 2)["HostConfig"]["Mounts"], wholeShare);
    // (A replaced fix is not a rejected one left to do.)
    QCOMPARE(summarize(a, r).open, accepted.open);
    QCOMPARE(summarize(a, r).applied, accepted.applied);

    // No share named: share-subfolder's change waits, and replaces nothing.
    d.setParam(share.key(), "source", "");
    r = apply(a, d);
    QCOMPARE(r.states[index(share)], FindingState::Open);
    QCOMPARE(r.states[index(bind)], FindingState::Rejected);
}

void TestRules::unsupportedOptionSaysWhatToDo()
{
    // "Build it into the image" fits what the container runs, not its logs or its devices.
    const Analysis a = loadOrFail(one(Json::parse(R"({"Entrypoint":["/bin/run"],"WorkingDir":"/app","HostConfig":{
        "LogConfig":{"Type":"json-file"},"RestartPolicy":{"Name":"always"},"Devices":[{"PathOnHost":"/dev/video0"}],
        "ShmSize":1024,"ExtraHosts":["db:10.0.0.2"]}})")));
    std::map<std::string, std::string_view> messages;
    for (const Finding *f : findingsOf(a, "unsupported-option"))
        messages[f->subject.str()] = f->message;
    const std::map<std::string, std::string_view> expected {
        {"Entrypoint", "unsupported-option"},
        {"WorkingDir", "unsupported-option"},
        {"HostConfig.LogConfig", "unsupported-option.logs"},
        {"HostConfig.RestartPolicy", "unsupported-option.restart"},
        {"HostConfig.Devices", "unsupported-option.device-list"},
        {"HostConfig.ShmSize", "unsupported-option.shared-memory"},
        {"HostConfig.ExtraHosts", "unsupported-option.other"},
    };
    QCOMPARE(messages, expected);
    // Devices are named by their paths on the node; a privileged module sees them anyway (the
    // FPGA's are device-bindings').
    const Analysis privileged = loadOrFail(one(Json::parse(R"({"HostConfig":{"Privileged":true,"Devices":[
        {"PathOnHost":"/dev/catapult0"},{"PathOnHost":"/dev/ttyUSB0"},{"PathOnHost":"/dev/video0"}]}})")));
    const auto devices = findingsOf(privileged, "unsupported-option");
    QCOMPARE(devices.size(), std::size_t(1));
    QCOMPARE(devices[0]->message, std::string_view("unsupported-option.devices-privileged"));
    QCOMPARE(
        devices[0]->args, (std::vector<FindingText> {"HostConfig.Devices", listOf({"/dev/ttyUSB0", "/dev/video0"})}));
}

void TestRules::dockerKeysInAnyCase()
{
    // IoT Edge reads createOptions as Docker does, matching keys case-insensitively: "hostConfig"
    // is HostConfig. The rules see such keys, and unsupported-option never proposes removing them.
    const Analysis a = loadOrFail(one(Json::parse(R"({
        "hostConfig": {"binds": ["/home/hcsshares/input:/home/input"],
                       "devices": [{"pathOnHost": "/dev/catapult0", "pathInContainer": "/dev/catapult0"}],
                       "portBindings": {"80/tcp": [{"hostPort": "8080"}]}, "networkMode": "Host"},
        "env": ["WIRESERVER_ADDRESS=10.139.218.1", "A=b"],
        "exposedPorts": {"81/tcp": {}}})")));
    QVERIFY(findingsOf(a, "unsupported-option").empty());
    for (const char *rule :
        {"binds-to-mounts", "device-bindings", "fpga-to-gpu", "wireserver-env", "expose-hostport", "host-network"})
        QVERIFY2(findingsOf(a, rule).size() == 1, rule);
    QCOMPARE(findingsOf(a, "fpga-to-gpu").front()->params.front().defaultValue, std::string("1"));

    const Result r = apply(a, Decisions());
    const Json options = r.optionsOf(a, 2);
    // Each key keeps its spelling; what a change adds takes Docker's.
    COMPARE_JSON(options["hostConfig"]["Mounts"],
        Json::parse(R"([{"Target": "/home/input", "Source": "input", "Type": "volume"}])"));
    QVERIFY(!json::find(options["hostConfig"], "binds"));
    QVERIFY(!json::find(options["hostConfig"], "devices"));
    COMPARE_JSON(options["env"], Json::parse(R"(["A=b"])"));
    QVERIFY(json::find(options["hostConfig"]["portBindings"], "81/tcp"));

    // Converting the result again has nothing more to change.
    std::ostringstream text;
    writeOutput(a, r, text);
    const Analysis again = loadOrFail(text.str());
    const Result same = apply(again, Decisions());
    QVERIFY(same.gpuReady);
    QVERIFY(!same.changed);
}

void TestRules::renameEverywhere()
{
    Json routes
        = {{"r1", "FROM /messages/modules/my_sensor/outputs/* INTO BrokeredEndpoint(\"/modules/my_filter/inputs/in\")"},
            {"r2", {{"route", "FROM /messages/modules/my_filter/* INTO $upstream"}, {"priority", 1}}},
            {"r3", "FROM /messages/modules/other/* INTO $upstream"},
            {"r4",
                {{"route", "FROM /messages/* WHERE $connectionModuleId = 'my_filter' INTO $upstream"}, {"priority", 0},
                    {"timeToLiveSecs", 10}}},
            {"r5", "FROM /messages/* WHERE $connectionModuleId<>\"my_sensor\" AND level = 'my_filter' INTO $upstream"}};
    Json doc = parse(manifestWith(
        {{"my_sensor", moduleWith(Json::parse(R"({"HostConfig":{"IpcMode":"container:my_filter"}})"))},
            {"my_filter",
                moduleWith(
                    Json::parse(R"({"Env":["UPSTREAM=my_sensor","OUT=/messages/modules/my_sensor/outputs/out"]})"))},
            {"other",
                moduleWith(Json::object(),
                    {{"PEER", {{"value", "http://my_filter:80/x"}}}, {"DATA", {{"value", "/mnt/my_filter/in"}}},
                        {"IDENTITY", {{"value", "devices/x/modules/my_filter"}}}})}},
        Json::object(), routes));
    doc["modulesContent"]["my_filter"] = {{"properties.desired", {{"threshold", 3}}}};
    doc["modulesContent"]["other"] = {{"properties.desired",
        {{"TargetModuleId", "my_filter"}, {"Sources", {"my_sensor.output", "my_sensor_2"}}, {"path", "/mnt/my_filter"},
            {"note", "my_filter is the one to watch"}, {"url", "my_filter:5671"}, {"targets", "my_filter, other"},
            {"cmd", "my_filter:80 /x"}, {"both", "my_filter my_sensor"}, {"lines", "my_filter\nmy_sensor.output"},
            {"SenderSource", "my_sensor.DirectMethod.my_filter"}, {"host", "my_filter.local"},
            {"input", "/messages/modules/my_sensor/outputs/out"}, {"identity", "devices/edge-1/modules/my_filter"},
            {"inputs", "/messages/modules/my_filter,/messages/modules/my_sensor"},
            {"query", "devices/x/modules/my_filter?api-version=2020"}, {"quoted", "'/messages/modules/my_filter'"},
            {"model", "/mnt/models/modules/my_filter/model.onnx"}, {"relative", "modules/my_filter/config.json"},
            {"folder", "/mnt/devices/cam/modules/my_filter"},
            {"sas", "SharedAccessSignature sr=myhub.azure-devices.net/devices/d1/modules/my_filter&sig=x"},
            {"source", "https://github.com/org/repo/tree/main/modules/my_filter"}}}};
    const Analysis a = loadOrFail(doc.dump(2));
    const Result r = apply(a, Decisions());
    const Json &mc = r.document["modulesContent"];
    const Json &modules = mc["$edgeAgent"]["properties.desired"]["modules"];
    QStringList keys;
    for (const auto &[k, v] : modules.items())
        keys << QString::fromStdString(k);
    QCOMPARE(keys, QStringList({"my-sensor", "my-filter", "other"})); // order kept
    const Json &hubRoutes = mc["$edgeHub"]["properties.desired"]["routes"];
    QCOMPARE(hubRoutes["r1"].get<std::string>(),
        std::string(
            "FROM /messages/modules/my-sensor/outputs/* INTO BrokeredEndpoint(\"/modules/my-filter/inputs/in\")"));
    QCOMPARE(
        hubRoutes["r2"]["route"].get<std::string>(), std::string("FROM /messages/modules/my-filter/* INTO $upstream"));
    QCOMPARE(hubRoutes["r3"], routes["r3"]);
    // A condition on the sending module follows it (a value of another property does not).
    QCOMPARE(hubRoutes["r4"]["route"].get<std::string>(),
        std::string("FROM /messages/* WHERE $connectionModuleId = 'my-filter' INTO $upstream"));
    QCOMPARE(hubRoutes["r4"]["timeToLiveSecs"].get<int>(), 10);
    QCOMPARE(hubRoutes["r5"].get<std::string>(),
        std::string(
            "FROM /messages/* WHERE $connectionModuleId<>\"my-sensor\" AND level = 'my_filter' INTO $upstream"));
    QVERIFY(json::find(mc, "my-filter") && !json::find(mc, "my_filter"));
    QCOMPARE(modules["other"]["env"]["PEER"]["value"].get<std::string>(), std::string("http://my-filter:80/x"));
    // A folder of that name in a path is not the module.
    QCOMPARE(modules["other"]["env"]["DATA"]["value"].get<std::string>(), std::string("/mnt/my_filter/in"));
    // IoT Hub's paths of modules are references, in the environment as in routes.
    QCOMPARE(
        modules["other"]["env"]["IDENTITY"]["value"].get<std::string>(), std::string("devices/x/modules/my-filter"));
    QCOMPARE(
        Json::parse(modules["my-filter"]["settings"]["createOptions"].get<std::string>())["Env"][1].get<std::string>(),
        std::string("OUT=/messages/modules/my-sensor/outputs/out"));
    QCOMPARE(
        Json::parse(modules["my-filter"]["settings"]["createOptions"].get<std::string>())["Env"][0].get<std::string>(),
        std::string("UPSTREAM=my-sensor"));
    // Docker's container-sharing modes name the other module's container.
    QCOMPARE(Json::parse(modules["my-sensor"]["settings"]["createOptions"].get<std::string>())["HostConfig"]["IpcMode"]
                 .get<std::string>(),
        std::string("container:my-filter"));
    // Twins name modules in their desired properties, in lists and addresses too; another name, a
    // folder, or a word of a sentence the operator wrote is left alone.
    COMPARE_JSON(mc["other"]["properties.desired"],
        Json::parse(
            R"({"TargetModuleId":"my-filter","Sources":["my-sensor.output","my_sensor_2"],"path":"/mnt/my_filter",
                "note":"my_filter is the one to watch","url":"my-filter:5671","targets":"my-filter, other",
                "cmd":"my-filter:80 /x","both":"my-filter my-sensor","lines":"my-filter\nmy-sensor.output",
                "SenderSource":"my-sensor.DirectMethod.my-filter","host":"my-filter.local",
                "input":"/messages/modules/my-sensor/outputs/out","identity":"devices/edge-1/modules/my-filter",
                "inputs":"/messages/modules/my-filter,/messages/modules/my-sensor",
                "query":"devices/x/modules/my-filter?api-version=2020","quoted":"'/messages/modules/my-filter'",
                "model":"/mnt/models/modules/my_filter/model.onnx","relative":"modules/my_filter/config.json",
                "folder":"/mnt/devices/cam/modules/my_filter",
                "sas":"SharedAccessSignature sr=myhub.azure-devices.net/devices/d1/modules/my-filter&sig=x",
                "source":)"
            "\"https://github.com/org/repo/tree/main/modules/my_filter\"}"));
}

void TestRules::unknownK8sOptionProposal()
{
    const Analysis a = loadOrFail(one(Json::parse(R"({"k8s-experimental":{"nodeSelectr":{"a":"b"},"whatever":1}})")));
    const auto f = findingsOf(a, "unknown-k8s-option");
    QCOMPARE(f.size(), std::size_t(2));
    QVERIFY(f[0]->hasProposal);
    QCOMPARE(f[0]->after, std::string("\"nodeSelector\""));
    QCOMPARE(f[0]->before.str(), std::string("\"nodeSelectr\"")); // the key renamed
    QVERIFY(!f[1]->hasProposal);
    Decisions d;
    d.setFinding(f[0]->key(), true);
    const Result r = apply(a, d);
    const Json k8s = r.optionsOf(a, 2)["k8s-experimental"];
    QCOMPARE(k8s.begin().key(), std::string("nodeSelector"));

    // Misspelt resources: resource-limits adds the limit missing to it, and the corrected name
    // makes it one section; converting again proposes nothing more.
    const Analysis b = loadOrFail(one(Json::parse(R"({"k8s-experimental":{"resource":{"limits":{"cpu":"1"}}}})")));
    Decisions all;
    all.setRule("resource-limits", true);
    all.setRule("unknown-k8s-option", true);
    const Result merged = apply(b, all);
    COMPARE_JSON(merged.optionsOf(b, 2)["k8s-experimental"],
        Json::parse(R"({"resources":{"limits":{"cpu":"1","memory":"128Mi"}}})"));
    std::ostringstream text;
    writeOutput(b, merged, text);
    const Analysis again = loadOrFail(text.str());
    QVERIFY(!apply(again, all).changed);

    // The FPGA asked for under the misspelt name is the module's FPGA: it becomes as many GPUs,
    // asked for in that section, which keeps everything it holds; once its name is corrected,
    // IoT Edge reads it (until then it ignores it, and the module is not GPU-ready).
    const Analysis fpga = loadOrFail(one(Json::parse(
        R"({"k8s-experimental":{"resource":{"limits":{"microsoft.com/fpga_catapult":2,"memory":"1Gi"},"requests":{"microsoft.com/fpga_catapult":2}}}})")));
    QCOMPARE(findingsOf(fpga, "fpga-to-gpu").size(), std::size_t(1));
    QCOMPARE(findingsOf(fpga, "fpga-to-gpu").front()->params.front().defaultValue, std::string("2"));
    for (const bool corrected : {true, false}) {
        Decisions d;
        d.setRule("unknown-k8s-option", corrected);
        d.setRule("resource-limits", true);
        d.setRuleParam("fpga-image", "app", "image", "example.azurecr.io/app-gpu:1.0");
        d.setRule("fpga-image", true);
        const Result r = apply(fpga, d);
        const Json &k8s = r.optionsOf(fpga, 2)["k8s-experimental"];
        const Json expected = Json::parse(
            R"({"limits":{"memory":"1Gi","nvidia.com/gpu":2,"cpu":"500m"},"requests":{"nvidia.com/gpu":2}})");
        COMPARE_JSON(k8s[corrected ? "resources" : "resource"], expected);
        QCOMPARE(k8s.contains("resource"), !corrected);
        QCOMPARE(k8s.contains("resources"), corrected);
        QCOMPARE(r.gpuReady, corrected);
        // Converted again: nothing more, or the correction still proposed.
        const Analysis again = loadOrFail(r.text());
        QVERIFY(findingsOf(again, "fpga-to-gpu").empty());
        QVERIFY(findingsOf(again, "resource-limits", "app").empty());
        const auto typo = findingsOf(again, "unknown-k8s-option");
        QCOMPARE(typo.size(), std::size_t(corrected ? 0 : 1));
        if (!corrected)
            QVERIFY(typo.front()->hasProposal);
    }
}

void TestRules::envValueEqualsMovesToEnvSection()
{
    const Analysis a = loadOrFail(one(Json::parse(R"({"Env":["CONN=HostName=h;SharedAccessKey=abc=","LEVEL=1"]})")));
    const Result r = apply(a, Decisions());
    const Json &module = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"];
    QCOMPARE(module["env"]["CONN"]["value"].get<std::string>(), std::string("HostName=h;SharedAccessKey=abc="));
    COMPARE_JSON(
        Json::parse(module["settings"]["createOptions"].get<std::string>())["Env"], Json::parse(R"(["LEVEL=1"])"));
}

void TestRules::envFixesTogether()
{
    // A variable with ':' in its name and '=' in its value: moved to the env section, and renamed
    // there; converting the result again has nothing more to do.
    // Named twice in Env: the later value is the one that holds, as in Docker.
    const Analysis a = loadOrFail(one(Json::parse(
        R"({"Env":["Conn:Str=HostName=h;SharedAccessKey=k=","TOKEN=SharedAccessKey=X7","TOKEN=SharedAccessKey=X8"]})")));
    const Result r = apply(a, Decisions());
    const Json &module = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"];
    COMPARE_JSON(module["env"], Json::parse(R"({"Conn__Str": {"value": "HostName=h;SharedAccessKey=k="},
                                                "TOKEN": {"value": "SharedAccessKey=X8"}})"));
    std::ostringstream text;
    writeOutput(a, r, text);
    const Analysis again = loadOrFail(text.str());
    QVERIFY(!apply(again, Decisions()).changed);
    QVERIFY(findingsOf(again, "env-colon").empty());
}

void TestRules::removedVariableIsNotMoved()
{
    // An entry that names no variable ("=a=b") has nothing to move.
    QVERIFY(findingsOf(loadOrFail(one(Json::parse(R"({"Env":["=a=b"]})"))), "env-value-equals").empty());

    // WIRESERVER_ADDRESS with '=' in its value: wireserver-env removes it, so env-value-equals has
    // nothing to move and says why, made in its place; rejecting the removal lets the move be made.
    const Analysis a = loadOrFail(one(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=a=b","KEEP=1"]})")));
    const Finding &wire = *findingsOf(a, "wireserver-env").front();
    const Finding &equals = *findingsOf(a, "env-value-equals").front();
    auto index = [&](const Finding &f) { return static_cast<std::size_t>(&f - a.findings.data()); };
    Decisions d;
    Result r = apply(a, d);
    QCOMPARE(r.states[index(wire)], FindingState::Applied);
    QCOMPARE(r.states[index(equals)], FindingState::Replaced);
    QCOMPARE(replacedBy(a, d, equals), &wire);
    COMPARE_JSON(r.optionsOf(a, 2), Json::parse(R"({"Env":["KEEP=1"]})"));
    QVERIFY(!r.moduleOf(a, 2)->contains("env"));
    QVERIFY(r.gpuReady);

    d.setFinding(wire.key(), false);
    r = apply(a, d);
    QCOMPARE(r.states[index(equals)], FindingState::Applied);
    COMPARE_JSON((*r.moduleOf(a, 2))["env"], Json::parse(R"({"WIRESERVER_ADDRESS":{"value":"a=b"}})"));
}

void TestRules::envColonNeverLosesAVariable()
{
    // "X:Y" would become "X__Y", which the module has already (in Env or in its env section):
    // the operator renames one; nothing is overwritten.
    Json module = moduleWith(Json::parse(R"({"Env":["X:Y=1","X__Y=2","P:Q=3"]})"));
    module["env"] = Json::parse(R"({"S:T":{"value":"4"},"S__T":{"value":"5"}})");
    const Analysis a = loadOrFail(manifestWith({{"app", module}}));
    const auto found = findingsOf(a, "env-colon");
    QCOMPARE(found.size(), std::size_t(3));
    std::map<std::string, std::string_view> messages;
    for (const Finding *f : found)
        messages[f->args[0].str()] = f->message;
    QCOMPARE(messages["X:Y"], std::string_view("env-colon.taken"));
    QCOMPARE(messages["S:T"], std::string_view("env-colon.taken"));
    QCOMPARE(messages["P:Q"], std::string_view("env-colon"));
    Decisions d;
    d.setRule("env-colon", true);
    const Result r = apply(a, d);
    QVERIFY(!r.gpuReady);
    const Json &options = r.optionsOf(a, 2);
    COMPARE_JSON(options["Env"], Json::parse(R"(["X:Y=1","X__Y=2","P__Q=3"])"));
    COMPARE_JSON((*r.moduleOf(a, 2))["env"], module["env"]);
}

void TestRules::paramsAreValidated()
{
    QCOMPARE(validateParam(ParamType::Memory, "128Mi"), ParamError::None);
    QCOMPARE(validateParam(ParamType::Memory, "128MB"), ParamError::BadQuantity);
    QCOMPARE(validateParam(ParamType::Cpu, "500m"), ParamError::None);
    QCOMPARE(validateParam(ParamType::Cpu, "0"), ParamError::BadQuantity);
    // Memory counts bytes, CPU cores: half a byte, or 128 mebi-cores, is a slip of the other one.
    QCOMPARE(validateParam(ParamType::Memory, "500m"), ParamError::BadQuantity);
    QCOMPARE(validateParam(ParamType::Memory, "1G"), ParamError::None);
    QCOMPARE(validateParam(ParamType::Memory, "268435456"), ParamError::None);
    // A number of bytes without its unit: less than a mebibyte, in which no container starts.
    QCOMPARE(validateParam(ParamType::Memory, "512"), ParamError::TooLittleMemory);
    QCOMPARE(validateParam(ParamType::Memory, "1000Ki"), ParamError::TooLittleMemory);
    QCOMPARE(validateParam(ParamType::Memory, "1Mi"), ParamError::None);
    QCOMPARE(validateParam(ParamType::Cpu, "128Mi"), ParamError::BadQuantity);
    QCOMPARE(validateParam(ParamType::Cpu, "2"), ParamError::None);
    QCOMPARE(validateParam(ParamType::Cpu, "0.5"), ParamError::None);
    // The IoT Edge proxy's host ports cannot be given to a module.
    QCOMPARE(validateParam(ParamType::Port, "35000"), ParamError::ReservedPort);
    QCOMPARE(validateParam(ParamType::Port, "35001"), ParamError::ReservedPort);
    QCOMPARE(validateParam(ParamType::Port, "35002"), ParamError::None);
    QCOMPARE(validateParam(ParamType::ModuleName, "my-module"), ParamError::None);
    QCOMPARE(validateParam(ParamType::ModuleName, "My_Module"), ParamError::BadName);
    QCOMPARE(validateParam(ParamType::ModuleName, "1module"), ParamError::BadName);
    QCOMPARE(validateParam(ParamType::ModuleName, std::string(64, 'a')), ParamError::BadName);
    QCOMPARE(validateParam(ParamType::Port, "65536"), ParamError::OutOfRange);
    QCOMPARE(validateParam(ParamType::Port, "80x"), ParamError::NotANumber);
    // Written as typed: "08080" would be a host port of that text, "02" a count.
    QCOMPARE(validateParam(ParamType::Port, "08080"), ParamError::NotANumber);
    QCOMPARE(validateParam(ParamType::Count, "02"), ParamError::NotANumber);
    QCOMPARE(validateParam(ParamType::Count, "0"), ParamError::OutOfRange);
    QCOMPARE(validateParam(ParamType::MountType, "tmpfs"), ParamError::NotAMountType);
    QCOMPARE(validateParam(ParamType::Image, ""), ParamError::Empty);

    // An invalid value keeps the change from being applied.
    const Analysis a = loadOrFail(one(Json::object()));
    Decisions d;
    d.setRule("resource-limits", true);
    d.setRuleParam("resource-limits", "app", "memory", "lots");
    Result r = apply(a, d);
    QVERIFY(!r.options[2].has_value());
    d.setRuleParam("resource-limits", "app", "memory", "1Gi");
    r = apply(a, d);
    QCOMPARE(
        r.optionsOf(a, 2)["k8s-experimental"]["resources"]["limits"]["memory"].get<std::string>(), std::string("1Gi"));
}

void TestRules::quantitiesAsKubernetesReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value"); // -1: not a quantity
    QTest::newRow("mebibytes") << "128Mi" << 134217728.0;
    QTest::newRow("gigabytes") << "1G" << 1e9;
    QTest::newRow("exabytes") << "2E" << 2e18;
    QTest::newRow("exponent") << "1e3" << 1e3;
    QTest::newRow("capital exponent") << "1E+3" << 1e3;
    QTest::newRow("negative exponent") << "25e-2" << 0.25;
    QTest::newRow("millicores") << "500m" << 0.5;
    QTest::newRow("fraction") << "0.5" << 0.5;
    QTest::newRow("leading point") << ".5" << 0.5;
    QTest::newRow("trailing point") << "2." << 2.0;
    QTest::newRow("plus") << "+2" << 2.0;
    QTest::newRow("empty") << "" << -1.0;
    QTest::newRow("point alone") << "." << -1.0;
    QTest::newRow("unit alone") << "Mi" << -1.0;
    QTest::newRow("bytes as MB") << "128MB" << -1.0;
    QTest::newRow("minus") << "-1" << -1.0;
    QTest::newRow("space") << "1 Gi" << -1.0;
    QTest::newRow("exponent without digits") << "1e" << -1.0;
    QTest::newRow("exa, not an exponent") << "1E" << 1e18;
    QTest::newRow("comma") << "0,5" << -1.0;
    QTest::newRow("very long") << QString(200000, QLatin1Char('1')) << -1.0; // refused, not a deep recursion
}

void TestRules::quantitiesAsKubernetesReadsThem()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const std::optional<double> q = k8s::quantity(text.toStdString());
    if (value < 0)
        QVERIFY2(!q, qPrintable(text.left(20)));
    else
        QVERIFY2(q && std::abs(*q - value) <= value * 1e-12, qPrintable(text));
}

void TestRules::dockerLimitsCarriedOver()
{
    // IoT Edge on Kubernetes carries over the limits HostConfig gives Docker: a module with both
    // has limits, one with a memory limit alone lacks a CPU limit.
    QVERIFY(findingsOf(loadOrFail(one(Json::parse(R"({"HostConfig":{"Memory":536870912,"NanoCpus":1500000000}})"))),
        "resource-limits", "app")
                .empty());
    QVERIFY(findingsOf(loadOrFail(one(Json::parse(R"({"HostConfig":{"Memory":536870912,"CpuQuota":50000}})"))),
        "resource-limits", "app")
                .empty());
    const Analysis memoryOnly = loadOrFail(one(Json::parse(R"({"HostConfig":{"Memory":536870912}})")));
    const auto cpu = findingsOf(memoryOnly, "resource-limits", "app");
    QCOMPARE(cpu.size(), std::size_t(1));
    QCOMPARE(cpu.front()->message, std::string_view("resource-limits.cpu"));
    QCOMPARE(cpu.front()->after, std::string(R"({"cpu":"500m"})"));
    // Its sentence, accepted or not, is the CPU's (it has no memory to ask about).
    for (const bool accepted : {false, true})
        QCOMPARE(messageOf(*cpu.front(), everyRule(accepted)), std::string_view("resource-limits.cpu"));
}

void TestRules::clusterOnlyServiceSaysWhy()
{
    // edgeHub's service is for devices, which may connect from outside the cluster: the advice
    // says what restricting it would cut off.
    const Analysis system = loadOrFail(manifestWith(Json::object(),
        {{"edgeHub", moduleWith(Json::parse(R"({"HostConfig":{"PortBindings":{"443/tcp":[{"HostPort":"443"}]}}})"))}}));
    const auto hub = findingsOf(system, "cluster-only-service", "edgeHub");
    QCOMPARE(hub.size(), std::size_t(1));
    QCOMPARE(hub.front()->message, std::string_view("cluster-only-service.edge-hub"));
    QCOMPARE(hub.front()->kind, Kind::Advice);

    // A port Docker keeps on the device's loopback address is open to the network on Kubernetes,
    // which drops HostIp: the advice names it. Bound on another address as well, it was not local.
    struct Row {
        const char *bindings;
        const char *message;
        const char *loopback; // the ports named (apart by kListSeparator), or nullptr
    };
    for (const Row &row :
        {Row {R"({"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}],"80/tcp":[{"HostPort":"80"}]})",
             "cluster-only-service.loopback", "8080/tcp"},
            Row {
                R"({"8080/tcp":{"hostIP":"LOCALHOST","HostPort":"8080"},"9000/tcp":[{"HostIp":"::1","HostPort":"9000"}]})",
                "cluster-only-service.loopback",
                "8080/tcp\x1f"
                "9000/tcp"},
            Row {
                R"({"1/tcp":[{"HostIp":"::ffff:127.0.0.1","HostPort":"1"},{"HostIp":"0:0:0:0:0:0:0:1","HostPort":"2"}]})",
                "cluster-only-service.loopback", "1/tcp"},
            Row {R"({"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"},{"HostIp":"10.0.0.5","HostPort":"8081"}]})",
                "cluster-only-service", nullptr}}) {
        const Analysis a = loadOrFail(one(Json {{"HostConfig", {{"PortBindings", Json::parse(row.bindings)}}}}));
        const auto advice = findingsOf(a, "cluster-only-service", "app");
        QCOMPARE(advice.size(), std::size_t(1));
        QCOMPARE(advice.front()->message, std::string_view(row.message));
        QCOMPARE(advice.front()->args.size(), std::size_t(row.loopback ? 2 : 1));
        if (row.loopback)
            QCOMPARE(advice.front()->args[1].str(), std::string(row.loopback));
    }
}

void TestRules::limitsOfAModuleOnTheGpu()
{
    // The article's example values are small for a model on the GPU: the sentence says so while
    // they are the ones proposed, and no more once others are given.
    const Analysis a = loadOrFail(
        one(Json::parse(R"({"k8s-experimental":{"resources":{"limits":{"microsoft.com/fpga_catapult":1}}}})")));
    const Finding &f = *findingsOf(a, "resource-limits", "app").front();
    QCOMPARE(f.message, std::string_view("resource-limits.accelerator"));
    Decisions d;
    d.setFinding(f.key(), true);
    QCOMPARE(messageOf(f, d), std::string_view("resource-limits.accelerator"));
    d.setParam(f.key(), "cpu", "2"); // the memory is what a model outgrows
    QCOMPARE(messageOf(f, d), std::string_view("resource-limits.accelerator"));
    d.setParam(f.key(), "memory", "4Gi");
    QCOMPARE(messageOf(f, d), std::string_view("resource-limits"));
    // A module with no accelerator: the plain advice.
    QCOMPARE(findingsOf(loadOrFail(one(Json::object())), "resource-limits", "app").front()->message,
        std::string_view("resource-limits"));
}

void TestRules::limitsNoLowerThanRequests()
{
    // Kubernetes refuses a pod whose limit is below its request: the limit proposed is the request
    // where it is above the usual one, and a lower one is refused.
    const Analysis a
        = loadOrFail(one(Json::parse(R"({"k8s-experimental":{"resources":{"requests":{"cpu":2,"memory":"4Gi"}}}})")));
    const Finding &f = *findingsOf(a, "resource-limits").back(); // the module's, after edgeAgent's and edgeHub's
    QCOMPARE(f.params[0].defaultValue, std::string("4Gi"));
    QCOMPARE(f.params[1].defaultValue, std::string("2"));
    Decisions d;
    d.setRule("resource-limits", true);
    const Result r = apply(a, d);
    COMPARE_JSON(
        r.optionsOf(a, 2)["k8s-experimental"]["resources"]["limits"], Json::parse(R"({"memory":"4Gi","cpu":"2"})"));
    QCOMPARE(validateParam(a, r, d, f, f.params[0], "1Gi"), ParamError::BelowRequest);
    QCOMPARE(validateParam(a, r, d, f, f.params[0], "4096Mi"), ParamError::None);
    QCOMPARE(validateParam(a, r, d, f, f.params[1], "1500m"), ParamError::BelowRequest);
    QCOMPARE(validateParam(a, r, d, f, f.params[1], "2500m"), ParamError::None);
    // Small requests leave the usual proposal.
    const Analysis b = loadOrFail(
        one(Json::parse(R"({"k8s-experimental":{"resources":{"requests":{"cpu":"100m","memory":"64Mi"}}}})")));
    QCOMPARE(findingsOf(b, "resource-limits").back()->params[0].defaultValue, std::string("128Mi"));
    QCOMPARE(findingsOf(b, "resource-limits").back()->params[1].defaultValue, std::string("500m"));
}

void TestRules::rejectedFixLeavesModuleNotReady()
{
    const Analysis a = loadOrFail(one(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=10.0.0.1"]})")));
    QVERIFY(apply(a, Decisions()).gpuReady);
    Decisions d;
    d.setRule("wireserver-env", false);
    const Result r = apply(a, d);
    QVERIFY(!r.gpuReady);
    QCOMPARE(r.status[2], ModuleStatus::NeedsOperator);
}

void TestRules::changesTouchOnlyTheirPlace()
{
    // One variable in both createOptions Env and the env section: rejecting the finding of one
    // place leaves that place alone.
    const Analysis a = loadOrFail(one(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=10.0.0.1","A=x","A=b=c"]})"),
        {{"WIRESERVER_ADDRESS", {{"value", "10.0.0.2"}}}, {"Log:Level", {{"value", "1"}}}}));
    const auto wire = findingsOf(a, "wireserver-env");
    QCOMPARE(wire.size(), std::size_t(2));
    Decisions d;
    d.setFinding(wire[1]->key(), false); // keep the env section's
    const Result r = apply(a, d);
    const Json &module = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"];
    const Json options = Json::parse(module["settings"]["createOptions"].get<std::string>());
    QCOMPARE(module["env"]["WIRESERVER_ADDRESS"]["value"].get<std::string>(), std::string("10.0.0.2"));
    // env-value-equals moved the entry whose value holds '=', not the first of its name.
    COMPARE_JSON(options["Env"], Json::parse(R"(["A=x"])"));
    QCOMPARE(module["env"]["A"]["value"].get<std::string>(), std::string("b=c"));
    QVERIFY(json::find(module["env"], "Log__Level"));

    // In a bare createOptions there is no env section to move to: a manual finding, nothing lost.
    const Analysis bare = loadOrFail(R"({"Env":["CONN=HostName=h;SharedAccessKey=k="]})");
    const auto equals = findingsOf(bare, "env-value-equals");
    QCOMPARE(equals.size(), std::size_t(1));
    QCOMPARE(equals.front()->kind, Kind::Manual);
    COMPARE_JSON(apply(bare, Decisions()).document, bare.manifest->document());

    // The env section sets the variable too, and wins: the entry goes, and the finding says so.
    const Analysis shadowed = loadOrFail(one(Json::parse(R"({"Env":["CONN=HostName=h;SharedAccessKey=k="]})"),
        {{"CONN", {{"value", "$DEVICE_CONNECTION_STRING"}}}}));
    const auto moved = findingsOf(shadowed, "env-value-equals");
    QCOMPARE(moved.size(), std::size_t(1));
    QCOMPARE(moved.front()->message, std::string_view("env-value-equals.shadowed"));
    QVERIFY(moved.front()->after.empty());
    const Result applied = apply(shadowed, Decisions());
    const Json &kept = applied.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"];
    COMPARE_JSON(kept["env"], Json::parse(R"({"CONN":{"value":"$DEVICE_CONNECTION_STRING"}})"));
    QCOMPARE(kept["settings"]["createOptions"], Json(""));
}

namespace {

// A manifest of 1,200 modules: enough for several parts on threads of their own.
std::string manyModules()
{
    Json modules = Json::object();
    Json routes = Json::object();
    for (int i = 0; i < 1200; ++i) {
        const std::string n = std::to_string(i);
        Json options = Json::parse(R"({"HostConfig":{"Binds":["/home/hcsshares/in:/in","/data/m_)" + n
            + R"(:/models:ro"],"Devices":[{"PathOnHost":"/dev/catapult0"}]},"ExposedPorts":{"35000/tcp":{}},)"
              R"("Env":["WIRESERVER_ADDRESS=10.0.0.1","PEER=mod_)"
            + std::to_string((i + 1) % 1200) + R"(:5000"]})");
        if (i % 7 == 0)
            options = Json::parse(R"({"HostConfig":{"Privileged":true}})"); // nothing to change
        modules["mod_" + n] = moduleWith(options, Json {{"K:" + n, {{"value", "mod_" + n}}}});
        routes["r" + n] = "FROM /messages/modules/mod_" + n + "/outputs/* INTO $upstream";
    }
    return manifestWith(modules, Json::object(), routes);
}

// A finding as text: everything it says and holds.
std::string describe(const Finding &f)
{
    std::string text = f.key() + '|' + std::string(f.message) + '|' + f.path.str() + '|' + f.before.str() + '|'
        + f.after.str() + '|' + std::to_string(f.moduleIndex) + '|' + std::to_string(int(f.kind))
        + (f.hasProposal ? "|p" : "|-");
    for (const FindingText &arg : f.args)
        text += '|' + arg.str();
    for (const Param &param : f.params)
        text += '|' + std::string(param.name) + '=' + param.defaultValue.str();
    return text;
}

} // namespace

void TestRules::analysedOnThreadsAsOnOne()
{
    // The modules of a large manifest are analysed in parts on several threads: the findings must
    // be the ones a single thread makes, in the same order, each module's where it says.
    const std::string manifest = manyModules();
    const std::unique_ptr<void, void (*)(void *)> restore(
        nullptr, [](void *) { setMaxThreads(std::thread::hardware_concurrency()); });
    for (const AnalysisUse use : {AnalysisUse::Interactive, AnalysisUse::SingleConversion}) {
        LoadError error;
        setMaxThreads(1);
        const std::optional<Analysis> one = load(manifest, error, use);
        setMaxThreads(4);
        const std::optional<Analysis> several = load(manifest, error, use);
        QVERIFY(one && several);
        QCOMPARE(several->findings.size(), one->findings.size());
        QVERIFY(one->findings.size() > 1200 * 5);
        for (std::size_t i = 0; i < one->findings.size(); ++i)
            QCOMPARE(describe(several->findings[i]), describe(one->findings[i]));
        QCOMPARE(several->modules.size(), one->modules.size());
        for (std::size_t m = 0; m < one->modules.size(); ++m) {
            QCOMPARE(several->modules[m].findings.first, one->modules[m].findings.first);
            QCOMPARE(several->modules[m].findings.last, one->modules[m].findings.last);
            for (const std::size_t f : several->modules[m].findings)
                QCOMPARE(several->findings[f].moduleIndex, m);
        }
        QCOMPARE(several->hostPortsInUse, one->hostPortsInUse);
        QCOMPARE(several->readsHostPorts, one->readsHostPorts);
    }
}

void TestRules::appliedOnThreadsAsOnOne()
{
    // A large manifest is edited module by module on several threads: the result must be the one
    // a single thread gives, to the byte, with the same states and names.
    const Analysis a = loadOrFail(manyModules());
    Decisions all;
    for (const RuleInfo &info : allRuleInfos())
        all.setRule(info.id, true);
    // The machine's cores again afterwards, whatever happens.
    const std::unique_ptr<void, void (*)(void *)> restore(
        &all, [](void *) { setMaxThreads(std::thread::hardware_concurrency()); });
    for (const Decisions &decisions : {Decisions(), all}) {
        setMaxThreads(1);
        const Result one = apply(a, decisions);
        setMaxThreads(4);
        const Result several = apply(a, decisions);
        QCOMPARE(several.text(), one.text());
        QVERIFY(several.states == one.states);
        QVERIFY(several.names == one.names);
        QVERIFY(several.status == one.status);
        QCOMPARE(several.changed, one.changed);
        QCOMPARE(several.problems.size(), one.problems.size());
        QVERIFY(one.changed);
        QCOMPARE(one.names[3], std::string("mod-1"));
    }
}

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
