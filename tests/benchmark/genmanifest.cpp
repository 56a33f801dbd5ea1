// Writes a generated FPGA deployment manifest of N modules to standard output, for benchmarks:
// each module has binds, ports, environment, FPGA resources and devices, a twin section, and a
// route naming it and the next module. Names need renaming (scorer_N), the worst case for routes.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    const long count = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 0;
    if (count <= 0 || count > 1000000) {
        std::fprintf(stderr, "usage: genmanifest MODULES > manifest.json\n");
        return 64;
    }
    using Json = nlohmann::ordered_json;
    Json modules = Json::object(), routes = Json::object(), content = Json::object();
    for (long i = 0; i < count; ++i) {
        const std::string name = "scorer_" + std::to_string(i);
        const std::string next = "scorer_" + std::to_string((i + 1) % count);
        const std::string port = std::to_string(10000 + i % 50000);
        Json options = {{"HostConfig",
                            {{"Binds",
                                 {"/home/hcsshares/input" + std::to_string(i % 8) + ":/home/input",
                                     "/data/models/" + name + ":/models:ro"}},
                                {"PortBindings", {{"5000/tcp", {{{"HostPort", port}}}}}},
                                {"Devices",
                                    {{{"PathOnHost", "/dev/catapult0"}, {"PathInContainer", "/dev/catapult0"},
                                        {"CgroupPermissions", "rwm"}}}}}},
            {"ExposedPorts", {{"5000/tcp", Json::object()}}},
            {"k8s-experimental",
                {{"resources",
                    {{"limits", {{"microsoft.com/fpga_catapult", 1}}},
                        {"requests", {{"microsoft.com/fpga_catapult", 1}}}}}}},
            {"Env", {"WIRESERVER_ADDRESS=10.139.218.1", "PEER=" + next + ":5000", "MODEL=resnet50"}}};
        modules[name] = {{"version", "1.0"}, {"type", "docker"}, {"status", "running"}, {"restartPolicy", "always"},
            {"settings", {{"image", "contoso.azurecr.io/" + name + ":1.0"}, {"createOptions", options.dump()}}},
            {"env", {{"LOG_LEVEL", {{"value", "info"}}}}}};
        routes["r" + std::to_string(i)] = "FROM /messages/modules/" + name
            + "/outputs/* INTO BrokeredEndpoint(\"/modules/" + next + "/inputs/in\")";
        content[name] = {{"properties.desired", {{"threshold", 0.5}}}};
    }
    Json system
        = {{"edgeAgent",
               {{"type", "docker"},
                   {"settings", {{"image", "mcr.microsoft.com/azureiotedge-agent:1.1"}, {"createOptions", ""}}}}},
            {"edgeHub",
                {{"type", "docker"},
                    {"settings", {{"image", "mcr.microsoft.com/azureiotedge-hub:1.1"}, {"createOptions", ""}}}}}};
    Json manifest = {{"modulesContent",
        {{"$edgeAgent",
             {{"properties.desired", {{"schemaVersion", "1.1"}, {"systemModules", system}, {"modules", modules}}}}},
            {"$edgeHub", {{"properties.desired", {{"schemaVersion", "1.1"}, {"routes", routes}}}}}}}};
    for (auto &[key, value] : content.items())
        manifest["modulesContent"][key] = std::move(value); // ordered_json: quadratic, but only here
    std::cout << manifest.dump(2) << '\n';
    return 0;
}
