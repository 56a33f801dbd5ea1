#include "rules.h"

namespace EdgeShift::rules {

namespace {

// host-ipc: shared memory between modules needs host IPC mode on Kubernetes.
class HostIpc final : public Rule {
public:
    RuleInfo info() const override { return {"host-ipc", Kind::Info, Section::MemoryAndCpu}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *host = options::hostConfig(module.options);
        if (!host)
            return;
        std::string what;
        auto note = [&](const std::string &item) { appendListItem(what, item); };
        // "private" and "none" keep the module's memory to itself; shareable, container:NAME and host share it.
        bool hostMode = false;
        if (const Json *ipc = json::findNoCase(*host, "IpcMode"); ipc && ipc->is_string()) {
            const std::string mode = json::lower(ipc->get<std::string>());
            if (!mode.empty() && mode != "private" && mode != "none")
                note("IpcMode " + ipc->get<std::string>());
            hostMode = mode == "host";
        }
        if (json::findNoCase(*host, "ShmSize"))
            note("ShmSize");
        for (const options::MountRef &m : module.mounts()) {
            if (m.target == "/dev/shm" || m.target == "/dev/shm/")
                note("/dev/shm");
        }
        if (what.empty())
            return;
        // In host IPC mode already, as Kubernetes needs: the note says so rather than ask for it.
        Finding &f = sink.add("ipc", "/HostConfig/IpcMode", hostMode ? "host-ipc.host" : "");
        f.args = {what};
    }
};

} // namespace

std::unique_ptr<Rule> hostIpc()
{
    return std::make_unique<HostIpc>();
}

} // namespace EdgeShift::rules
