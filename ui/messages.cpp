#include "messages.h"

#include "catalogue.h"
#include "secrets.h"
#include "translator.h"

#include <QDir>

#include <unordered_map>

namespace EdgeShift {

namespace {

struct RuleText {
    const char *id;
    const char *title;
    const char *explanation;
};

// Titles and explanations of every rule, from the article's sections.
const RuleText kRuleTexts[] = {
    {"binds-to-mounts", QT_TRANSLATE_NOOP("Rules", "Binds become Mounts"),
        QT_TRANSLATE_NOOP("Rules",
            "A Kubernetes deployment cannot use binds to attach persistent storage or host paths. Each "
            "HostConfig.Binds entry becomes a HostConfig.Mounts entry: of type volume for an Edge share (its source is "
            "the name of the share provisioned on the GPU device) or a named volume, of type bind for a host path.")},
    {"share-subfolder", QT_TRANSLATE_NOOP("Rules", "Folder inside an Edge share"),
        QT_TRANSLATE_NOOP("Rules",
            "A volume mount takes a whole share, not a folder inside it. Mount the whole share at the same target (the "
            "module then finds the folder one level down), or provision the folder as a share of its own.")},
    {"bind-file", QT_TRANSLATE_NOOP("Rules", "Bind mount of a file"),
        QT_TRANSLATE_NOOP("Rules",
            "On IoT Edge on Kubernetes, bind mounts work for directories only, not for files. Mount the parent "
            "directory instead, or build the file into the image. For a file of a system folder such as /etc, whose "
            "folder would hide the container's own, the proposal is to drop the mount.")},
    {"volume-name-collision", QT_TRANSLATE_NOOP("Rules", "Volume names collide"),
        QT_TRANSLATE_NOOP("Rules",
            "Kubernetes volume names keep only lower-case letters, digits and '-' of a mount's source. Two different "
            "sources of one module that give the same name make Kubernetes refuse the pod, or mount the wrong data. "
            "Rename a share or a folder. One source mounted twice gives two volumes of one name too.")},
    {"expose-hostport", QT_TRANSLATE_NOOP("Rules", "Exposed port without HostPort"),
        QT_TRANSLATE_NOOP("Rules",
            "To expose a service both inside and outside the cluster, a HostPort must be given. The binding is added "
            "with the container port as host port (editable).")},
    {"tcp-udp-mix", QT_TRANSLATE_NOOP("Rules", "TCP and UDP ports in one module"),
        QT_TRANSLATE_NOOP("Rules",
            "Once a port mapping to TCP is added, UDP does not work in the same request. Split the module, or drop one "
            "protocol.")},
    {"reserved-ports", QT_TRANSLATE_NOOP("Rules", "Port reserved by the IoT Edge proxy"),
        QT_TRANSLATE_NOOP("Rules",
            "The IoT Edge proxy on the Kubernetes platform uses ports 35000 and 35001. A module on these ports causes "
            "a port conflict; the proposal is the next free host port.")},
    {"host-network", QT_TRANSLATE_NOOP("Rules", "Host network"),
        QT_TRANSLATE_NOOP("Rules",
            "The host network works with dnsPolicy = ClusterFirstWithHostNet, so not every container (edgeHub in "
            "particular) needs to be on the host network.")},
    {"module-port-reference", QT_TRANSLATE_NOOP("Rules", "Module addressed on its container port"),
        QT_TRANSLATE_NOOP("Rules",
            "Module-to-module communication needs a HostPort and a connection through the mapped port, not the port "
            "the container exposes.")},
    {"cluster-only-service", QT_TRANSLATE_NOOP("Rules", "Service only inside the cluster"),
        QT_TRANSLATE_NOOP("Rules",
            "A k8s-experimental option restricts a module's service to the cluster: serviceOptions type ClusterIP. Use "
            "it when nothing outside the device needs the module.")},
    {"fpga-to-gpu", QT_TRANSLATE_NOOP("Rules", "FPGA resource becomes a GPU resource"),
        QT_TRANSLATE_NOOP("Rules",
            "On the GPU device, request nvidia resources instead of catapult, through resource requests rather than "
            "device bindings: nvidia.com/gpu in k8s-experimental.resources, with the FPGA count (editable).")},
    {"device-bindings", QT_TRANSLATE_NOOP("Rules", "FPGA device bindings"),
        QT_TRANSLATE_NOOP("Rules",
            "The GPU is requested through resources, not device bindings: HostConfig.Devices entries that bind the "
            "FPGA (/dev/catapult*) are removed.")},
    {"fpga-image", QT_TRANSLATE_NOOP("Rules", "Image built for the FPGA"),
        QT_TRANSLATE_NOOP("Rules",
            "The module's image is a build for the FPGA (Project Brainwave, the Azure ML FPGA host) and will not use "
            "the GPU: its name says so, or the module asks for the FPGA. Give the GPU build of the model as the new "
            "image.")},
    {"docker-gpu", QT_TRANSLATE_NOOP("Rules", "GPU requested the Docker way"),
        QT_TRANSLATE_NOOP("Rules",
            "HostConfig.Runtime nvidia and HostConfig.DeviceRequests ask Docker for a GPU; Kubernetes ignores them, "
            "and without nvidia.com/gpu in k8s-experimental.resources the pod gets no GPU.")},
    {"wireserver-env", QT_TRANSLATE_NOOP("Rules", "WIRESERVER_ADDRESS"),
        QT_TRANSLATE_NOOP("Rules", "The GPU device needs no wire server: the WIRESERVER_ADDRESS variable is removed.")},
    {"resource-limits", QT_TRANSLATE_NOOP("Rules", "Memory and CPU limits"),
        QT_TRANSLATE_NOOP("Rules",
            "Memory and CPU are set with limits in the module's k8s-experimental section. They are not required but "
            "generally recommended; without requests, the limits are used as the minimum required.")},
    {"host-ipc", QT_TRANSLATE_NOOP("Rules", "Shared memory"),
        QT_TRANSLATE_NOOP("Rules",
            "Shared memory between modules needs another approach on Kubernetes: host IPC mode (IpcMode host), as Live "
            "Video Analytics uses with an inference solution.")},
    {"no-proxy", QT_TRANSLATE_NOOP("Rules", "no_proxy for the web proxy"),
        QT_TRANSLATE_NOOP("Rules",
            "With a web proxy, IoT Edge on Kubernetes also needs no_proxy = localhost in the deployment of edgeHub and "
            "edgeAgent.")},
    {"upstream-protocol", QT_TRANSLATE_NOOP("Rules", "UpstreamProtocol for the web proxy"),
        QT_TRANSLATE_NOOP(
            "Rules", "If the web proxy does not allow AMQP traffic, edgeHub needs UpstreamProtocol = AmqpWs.")},
    {"recreate-strategy", QT_TRANSLATE_NOOP("Rules", "Deployment strategy Recreate"),
        QT_TRANSLATE_NOOP("Rules",
            "The default behaviour of IoT Edge modules is a rolling update. When a module uses resources such as a "
            "hardware accelerator or network ports, the updated module then does not start; with persistent volumes it "
            "can have unexpected effects. Specify Recreate in the module's k8s-experimental section.")},
    {"module-name", QT_TRANSLATE_NOOP("Rules", "Module name"),
        QT_TRANSLATE_NOOP("Rules",
            "Module names must follow the Kubernetes naming conventions: a-z, 0-9 and '-', starting with a letter and "
            "ending with a letter or digit, at most 63 characters. IoT Edge on Kubernetes silently drops every other "
            "character. The module is renamed everywhere: the modules key, routes, its twin section and other modules' "
            "references.")},
    {"unsupported-option", QT_TRANSLATE_NOOP("Rules", "Create option that Kubernetes does not keep"),
        QT_TRANSLATE_NOOP("Rules",
            "Some Docker create options that work on the FPGA device do not work in the Kubernetes environment of the "
            "GPU device, for example Entrypoint. Each finding says what the option did there and what to do "
            "instead.")},
    {"unknown-k8s-option", QT_TRANSLATE_NOOP("Rules", "Unknown k8s-experimental option"),
        QT_TRANSLATE_NOOP("Rules",
            "IoT Edge on Kubernetes knows nodeSelector, resources, volumes, securityContext, serviceOptions and "
            "strategy in k8s-experimental. Any other key is ignored with only a warning: usually a typo.")},
    {"env-value-equals", QT_TRANSLATE_NOOP("Rules", "Environment value containing '='"),
        QT_TRANSLATE_NOOP("Rules",
            "IoT Edge on Kubernetes splits each createOptions Env entry on every '=' and silently drops entries that "
            "do not split in exactly two (connection strings, SAS tokens). The variable moves to the module's env "
            "section, which is passed through whole.")},
    {"env-colon", QT_TRANSLATE_NOOP("Rules", "Environment variable name with ':'"),
        QT_TRANSLATE_NOOP("Rules", "':' in environment variable names must be replaced with '__'.")},
    {"backoff-note", QT_TRANSLATE_NOOP("Rules", "Backoff while the pod is created"),
        QT_TRANSLATE_NOOP("Rules",
            "A Kubernetes pod in the ContainerCreating state shows the module in the Backoff state in IoT Hub, "
            "commonly while a large container image is pulled over a low-bandwidth connection. The module is "
            "starting.")},
    {"invalid-create-options", QT_TRANSLATE_NOOP("Rules", "createOptions is not valid"),
        QT_TRANSLATE_NOOP("Rules",
            "The createOptions of this module is not valid JSON, or not a JSON object. Nothing is changed in the "
            "module until it is corrected.")},
    {"create-options-too-long", QT_TRANSLATE_NOOP("Rules", "createOptions too long"),
        QT_TRANSLATE_NOOP("Rules",
            "createOptions is split into at most 100 chunks of 512 characters. The converted options would need more, "
            "so the module is left as it was.")},
    {"hand-edit-incomplete", QT_TRANSLATE_NOOP("Rules", "Hand edit not converted"),
        QT_TRANSLATE_NOOP("Rules",
            "The GPU side of this module is edited by hand, so the rules no longer change its createOptions; what "
            "they would still change there (the FPGA kept, say) is left for you.")},
    {"create-options-gap", QT_TRANSLATE_NOOP("Rules", "createOptions chunks with a gap"),
        QT_TRANSLATE_NOOP("Rules",
            "A long createOptions is split into createOptions, createOptions01, createOptions02 and so on. A missing "
            "number makes the device stop reading at the gap. EdgeShift joins every chunk in the order of its number, "
            "and writes them back without gaps when it changes the module; check that the joined options are what you "
            "meant.")},
    {"duplicate-key", QT_TRANSLATE_NOOP("Rules", "Key written twice"),
        QT_TRANSLATE_NOOP("Rules",
            "A JSON object holds the same key twice. As in IoT Edge, the last value is used and the first is ignored; "
            "EdgeShift writes the key once.")},
};

struct MessageText {
    const char *id;
    const char *text;
};

// Finding sentences; %1, %2… are the finding's arguments in order.
const MessageText kMessages[] = {
    {"binds-to-mounts.share",
        QT_TRANSLATE_NOOP("Findings", "The bind of the Edge share %1 to %2 becomes a volume mount of the share %3.")},
    {"binds-to-mounts.volume", QT_TRANSLATE_NOOP("Findings", "The bind of %1 to %2 becomes a mount of the volume %3.")},
    {"binds-to-mounts.bind",
        QT_TRANSLATE_NOOP("Findings", "The bind of the host path %1 to %2 becomes a mount of type bind.")},
    {"binds-to-mounts.placeholder",
        QT_TRANSLATE_NOOP("Findings",
            "The bind of %1 (a placeholder the deployment fills in) to %2 becomes a mount of type bind; the "
            "placeholder is kept.")},
    {"binds-to-mounts.bind-source",
        QT_TRANSLATE_NOOP("Findings", "The bind of %1 to %2 becomes a mount of type bind of the host path %3.")},
    {"binds-to-mounts.share-mount",
        QT_TRANSLATE_NOOP("Findings",
            "The bind mount of the Edge share %1 at %2 becomes a volume mount of the share %3: the GPU device has "
            "no %1.")},
    {"share-subfolder.share-mounted",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is a folder inside the Edge share %2, but a volume mount takes a whole share, and %2 is mounted at "
            "%5 already (as written or as proposed): Kubernetes refuses a second volume of one name. Reach %3 "
            "through that mount (at %5/%3), or provision %3 as a share of its own.")},
    {"share-subfolder.all-shares",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is the folder where the FPGA device mounts all its Edge shares; the GPU device has none, and a "
            "volume mount takes one share. Mount each share the module uses as a volume of its own, at %4/<share> "
            "if that is where the module looks.")},
    {"share-subfolder",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. Mount %2 at %4 (the "
            "module then finds %3 one level down), or provision %3 as a share of its own.")},
    {"share-subfolder.own-share",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is a folder inside the Edge share %2, but a volume mount takes a whole share. The share %5 is "
            "mounted at %4 instead: provision it on the GPU device with what %3 holds.")},
    {"bind-file",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the directory "
            "%3 at %4 (what the image keeps in %4 is hidden then).")},
    {"bind-file.target-taken",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and another folder is "
            "mounted at %2's folder too (Kubernetes refuses two mounts at one path): bind the files there from one "
            "folder, or build what they provide into the image.")},
    {"bind-file.source-mounted",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds "
            "it, at %4 would make a second volume named %6, which is mounted at %5 too (as written or as proposed): "
            "Kubernetes refuses two volumes of one name. Reach the file through the mount at %5, or build what it "
            "provides into the image.")},
    {"bind-file.volume-name",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting %3, which holds "
            "it, at %4 would make a volume named %6, the name of the volume mounted at %5 too: Kubernetes refuses two "
            "volumes of one name. Rename a folder or a share, or build what the file provides into the image.")},
    {"bind-file.renamed",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file under another name; on Kubernetes bind mounts work for directories only, and the "
            "folder %3 mounted at %4 would show the file under its own name. Keep it in a folder under the name the "
            "module reads, and mount that folder, or build what it provides into the image.")},
    {"bind-file.time-zone",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds the node's time zone file; on Kubernetes bind mounts work for directories only, and "
            "mounting the folder %4 instead would hide the container's own %4. Proposal: drop the mount, and give "
            "the module its time zone in the TZ environment variable (TZ=Asia/Tokyo, say) if it needs one.")},
    {"bind-file.socket",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a socket of the node; on Kubernetes bind mounts work for directories only, and no folder "
            "can bring it. Proposal: drop the mount (a module that talks to a service of the node through it, such "
            "as Docker, must do without it on the GPU device).")},
    {"bind-file.device",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only. The module is "
            "privileged (Privileged, which Kubernetes keeps), and so sees the node's devices in its /dev without "
            "the mount. Proposal: drop the mount; the module finds the device at %1.")},
    {"bind-file.device-unprivileged",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a device of the node; on Kubernetes bind mounts work for directories only, and only a "
            "privileged module can use the node's devices (HostConfig.Privileged true, which Kubernetes keeps): it "
            "then sees them all in its /dev, this one at %1. Proposal: drop the mount, and make the module "
            "privileged if it uses the device.")},
    {"bind-file.share",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only. Proposal: mount the Edge "
            "share %3 as a volume at %4 (what the image keeps in %4 is hidden then).")},
    {"bind-file.share-subfolder",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file in the folder %4 of the Edge share %3; on Kubernetes bind mounts work for "
            "directories only, and a volume mount takes a whole share. Provision %4 as a share of its own and mount "
            "it, or build what the file provides into the image.")},
    {"bind-file.no-folder",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and %1 is in no folder of "
            "its own on the node: move it into one and mount that, or build what it provides into the image.")},
    {"bind-file.system-folder",
        QT_TRANSLATE_NOOP("Findings",
            "%1 → %2 binds a file; on Kubernetes bind mounts work for directories only, and mounting the folder %4 "
            "instead would hide the container's own %4. Proposal: drop the mount (if the module needs what the file "
            "provides, build it into the image).")},
    {"volume-name-collision",
        QT_TRANSLATE_NOOP(
            "Findings", "The sources %2 become one Kubernetes volume name, %1. Rename a share or a folder.")},
    {"volume-name-collision.same-source",
        QT_TRANSLATE_NOOP("Findings",
            "%2 is mounted more than once (at %3): each mount becomes a Kubernetes volume named %1, and Kubernetes "
            "refuses two volumes of one name. Mount it once, and reach the other paths from there.")},
    {"volume-name-collision.made",
        QT_TRANSLATE_NOOP("Findings",
            "As the changes are decided, the sources %2 (mounted at %3) become one Kubernetes volume name, %1, and "
            "Kubernetes refuses two volumes of one name. Give a mount another source, or reject a change that "
            "makes one of them.")},
    {"volume-name-collision.same-source.made",
        QT_TRANSLATE_NOOP("Findings",
            "As the changes are decided, %2 is mounted more than once (at %3): each mount becomes a Kubernetes "
            "volume named %1, and Kubernetes refuses two volumes of one name. Give a mount another source, or "
            "reject a change that makes one of them.")},
    {"expose-hostport",
        QT_TRANSLATE_NOOP("Findings", "Port %1 has no HostPort; add host port %2 so that the service can be reached.")},
    {"expose-hostport.reserved",
        QT_TRANSLATE_NOOP("Findings",
            "Port %1 has no HostPort; add one so that the service can be reached. Port %3 is used by the IoT Edge "
            "proxy on Kubernetes, so host port %2 is proposed.")},
    {"expose-hostport.taken",
        QT_TRANSLATE_NOOP("Findings",
            "Port %1 has no HostPort; add one so that the service can be reached. Another port of the module has "
            "host port %3 already (the module's Kubernetes service takes each port once), so host port %2 is "
            "proposed.")},
    {"tcp-udp-mix",
        QT_TRANSLATE_NOOP("Findings",
            "UDP ports (%1) are mapped together with TCP ports (%2); UDP will not work. Split the module or drop one "
            "protocol.")},
    {"reserved-ports",
        QT_TRANSLATE_NOOP(
            "Findings", "Host port %2 of %1 is used by the IoT Edge proxy on Kubernetes; use host port %3 instead.")},
    {"reserved-ports.host-network",
        QT_TRANSLATE_NOOP("Findings",
            "Port %2 on the host network is used by the IoT Edge proxy on Kubernetes; the module must not listen on "
            "it.")},
    {"host-network",
        QT_TRANSLATE_NOOP("Findings",
            "%1 uses the host network, which works with dnsPolicy = ClusterFirstWithHostNet. Not every container "
            "(edgeHub in particular) needs it.")},
    {"module-port-reference",
        QT_TRANSLATE_NOOP("Findings",
            "%1 addresses %2 on container port %3; module-to-module traffic must use the host port %4 that %2 maps it "
            "to.")},
    {"module-port-reference.not-needed",
        QT_TRANSLATE_NOOP("Findings",
            "%1 addresses %2 on port %3, which, as the other changes are decided, is also the host port %2 has for "
            "it: nothing to change.")},
    {"module-port-reference.own-number",
        QT_TRANSLATE_NOOP("Findings",
            "%1 addresses %2 on port %3, which is also the host port %2 gets for it (expose-hostport); should you give "
            "it another host port, module-to-module traffic must use that one.")},
    {"module-port-reference.reserved",
        QT_TRANSLATE_NOOP("Findings",
            "%1 addresses %2 on port %3, which the IoT Edge proxy reserves; once %2 maps it to host port %4 "
            "(reserved-ports), module-to-module traffic must use that port.")},
    {"cluster-only-service",
        QT_TRANSLATE_NOOP("Findings",
            "The module exposes %1. If only modules in the cluster use it, restrict the service to the cluster "
            "(serviceOptions type ClusterIP).")},
    {"cluster-only-service.loopback",
        QT_TRANSLATE_NOOP("Findings",
            "The module binds %2 to the loopback address, where on Docker no other machine reaches it. IoT Edge on "
            "Kubernetes drops HostIp and makes a Service of the port that can be reached from outside the device: "
            "to keep it for modules in the cluster, restrict the service to the cluster (serviceOptions type "
            "ClusterIP).")},
    {"cluster-only-service.edge-hub",
        QT_TRANSLATE_NOOP("Findings",
            "edgeHub exposes %1 for the devices that connect to it. Restricting its service to the cluster "
            "(serviceOptions type ClusterIP) cuts off those outside the cluster, such as a gateway's downstream "
            "devices: do it only when none connect from outside.")},
    {"fpga-to-gpu",
        QT_TRANSLATE_NOOP("Findings",
            "The module requests the FPGA (microsoft.com/fpga_catapult); request nvidia.com/gpu: %1 instead.")},
    {"fpga-to-gpu.devices",
        QT_TRANSLATE_NOOP("Findings", "The module binds FPGA devices; request nvidia.com/gpu: %1 instead.")},
    {"device-bindings",
        QT_TRANSLATE_NOOP(
            "Findings", "The FPGA device bindings (%1) are removed: the GPU is requested through resources.")},
    {"fpga-image",
        QT_TRANSLATE_NOOP("Findings",
            "The image %1 is built for the FPGA and will not use the GPU. Give the image of the GPU build.")},
    {"fpga-image.given",
        QT_TRANSLATE_NOOP(
            "Findings", "The image %1 is built for the FPGA and will not use the GPU. GPU build given: %2.")},
    {"fpga-image.used-fpga",
        QT_TRANSLATE_NOOP("Findings",
            "The module asks for the FPGA, so its image %1 is most likely built for it and will not use the GPU. Give "
            "the image of the GPU build (the same one, if it runs on a GPU too).")},
    {"fpga-image.used-fpga.given",
        QT_TRANSLATE_NOOP("Findings", "The module asked for the FPGA with the image %1. GPU build given: %2.")},
    {"docker-gpu",
        QT_TRANSLATE_NOOP("Findings",
            "Runtime nvidia asks Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.")},
    {"docker-gpu.with-fpga",
        QT_TRANSLATE_NOOP("Findings",
            "Docker's GPU request (%2) is removed: Kubernetes ignores it, and the GPU count comes from the module's "
            "FPGA request (fpga-to-gpu).")},
    {"docker-gpu.with-limit",
        QT_TRANSLATE_NOOP("Findings",
            "Docker's GPU request (%2) is removed: Kubernetes ignores it, and the module asks Kubernetes for "
            "nvidia.com/gpu already.")},
    {"docker-gpu.both",
        QT_TRANSLATE_NOOP("Findings",
            "Runtime nvidia and DeviceRequests ask Docker for a GPU, which Kubernetes ignores; both are removed, and "
            "nvidia.com/gpu: %1 is requested instead.")},
    {"docker-gpu.device-requests",
        QT_TRANSLATE_NOOP("Findings",
            "DeviceRequests ask Docker for a GPU, which Kubernetes ignores; request nvidia.com/gpu: %1 instead.")},
    {"wireserver-env",
        QT_TRANSLATE_NOOP("Findings", "WIRESERVER_ADDRESS (%1) is removed: the GPU device needs no wire server.")},
    {"wireserver-env.no-value",
        QT_TRANSLATE_NOOP("Findings", "WIRESERVER_ADDRESS is removed: the GPU device needs no wire server.")},
    {"resource-limits",
        QT_TRANSLATE_NOOP(
            "Findings", "No memory and CPU limits are set; setting them is recommended: memory %1, CPU %2.")},
    {"resource-limits.accelerator",
        QT_TRANSLATE_NOOP("Findings",
            "No memory and CPU limits are set; setting them is recommended. Memory %1 and CPU %2 are the article's "
            "example: a module that runs a model on the GPU likely needs more memory, and one above its limit is "
            "stopped. Give values for this module.")},
    {"resource-limits.memory",
        QT_TRANSLATE_NOOP("Findings", "No memory limit is set; setting one is recommended: memory %1.")},
    {"resource-limits.cpu", QT_TRANSLATE_NOOP("Findings", "No CPU limit is set; setting one is recommended: CPU %2.")},
    {"host-ipc",
        QT_TRANSLATE_NOOP("Findings",
            "The module shares memory (%1). Shared memory between modules needs host IPC mode (IpcMode host) on "
            "Kubernetes.")},
    {"host-ipc.host",
        QT_TRANSLATE_NOOP("Findings",
            "The module shares memory (%1) in host IPC mode, which works on Kubernetes too; the modules it shares "
            "memory with need IpcMode host as well.")},
    {"no-proxy", QT_TRANSLATE_NOOP("Findings", "%1 uses https_proxy without no_proxy; add no_proxy=localhost.")},
    {"upstream-protocol",
        QT_TRANSLATE_NOOP("Findings",
            "edgeHub uses a web proxy; if the proxy does not allow AMQP traffic, set UpstreamProtocol to AmqpWs.")},
    {"recreate-strategy.accelerator",
        QT_TRANSLATE_NOOP("Findings",
            "The module uses a hardware accelerator; with a rolling update the updated module would not start. Use the "
            "Recreate strategy.")},
    {"recreate-strategy.ports",
        QT_TRANSLATE_NOOP("Findings",
            "The module uses host ports; with a rolling update the updated module would not start. Use the Recreate "
            "strategy.")},
    {"recreate-strategy.exposed",
        QT_TRANSLATE_NOOP("Findings",
            "The module exposes ports, which get host ports on the GPU device (expose-hostport); with a rolling "
            "update the updated module would not start. Use the Recreate strategy (not needed if you reject "
            "expose-hostport).")},
    {"recreate-strategy.volumes",
        QT_TRANSLATE_NOOP("Findings",
            "The module uses persistent volumes; a rolling update can have unexpected effects. Use the Recreate "
            "strategy.")},
    {"recreate-strategy.not-needed",
        QT_TRANSLATE_NOOP("Findings",
            "As the other changes are decided, the module holds no accelerator, host port or persistent volume on "
            "Kubernetes, and needs no particular strategy; should that change, the Recreate strategy is set.")},
    {"recreate-strategy.binds",
        QT_TRANSLATE_NOOP("Findings",
            "The module mounts host folders, which need no particular strategy. Should one of them become a volume "
            "(the mount type of binds-to-mounts, or share-subfolder's proposal), a rolling update can have unexpected "
            "effects: the Recreate strategy is then set.")},
    {"module-name",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not a valid Kubernetes name; it is renamed to %2 everywhere in this manifest. Whatever calls the "
            "module by name from outside it (direct methods, other deployments) must use the new name too.")},
    {"module-name.collision",
        QT_TRANSLATE_NOOP(
            "Findings", "%1 would become %3, which another module already has; choose another name, such as %2.")},
    {"module-name.taken", QT_TRANSLATE_NOOP("Findings", "%1 cannot be renamed to %2: another module has that name.")},
    {"unsupported-option",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes. It can be removed; build what it did into the image.")},
    {"unsupported-option.logs",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes, which keeps container logs its own way. It can be "
            "removed.")},
    {"unsupported-option.restart",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes: Kubernetes restarts the module's pod itself, as the "
            "module's restartPolicy in the deployment says. It can be removed.")},
    {"unsupported-option.devices",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can be "
            "removed; check that the module works without them.")},
    {"unsupported-option.host-port-shared",
        QT_TRANSLATE_NOOP("Findings",
            "%2 are bound to one host port, %1: IoT Edge on Kubernetes makes a port of the module's Service of each "
            "host port (whatever the HostIp), and Kubernetes refuses a Service with one port twice. Give each its "
            "own host port.")},
    {"unsupported-option.port-range",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is a range of ports, which IoT Edge on Kubernetes makes no Service port of: the module is not "
            "reached on them. Write each port of the range on its own (%2 and the ports after it).")},
    {"unsupported-option.device-list",
        QT_TRANSLATE_NOOP("Findings",
            "%1 (%2) is not carried over by IoT Edge on Kubernetes: the pod does not get these host devices. It can "
            "be removed; check that the module works without them, or make it privileged (HostConfig.Privileged "
            "true, which Kubernetes keeps): a privileged module sees the node's devices in its /dev.")},
    {"unsupported-option.devices-privileged",
        QT_TRANSLATE_NOOP("Findings",
            "%1 (%2) is not carried over by IoT Edge on Kubernetes, and is not needed there: the module is "
            "privileged (Privileged, which Kubernetes keeps), and so sees the node's devices in its /dev. It can be "
            "removed.")},
    {"unsupported-option.shared-memory",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes. It can be removed; modules that share memory need host "
            "IPC mode (IpcMode host).")},
    {"unsupported-option.bindings",
        QT_TRANSLATE_NOOP("Findings",
            "Port %1 has several host bindings (host ports %2). IoT Edge on Kubernetes makes a Service port of each, "
            "all of one name, and Kubernetes refuses such a Service. Keep only the first binding (host port %3).")},
    {"unsupported-option.other",
        QT_TRANSLATE_NOOP("Findings",
            "%1 is not carried over by IoT Edge on Kubernetes and has no effect there. It can be removed.")},
    {"unknown-k8s-option",
        QT_TRANSLATE_NOOP("Findings", "k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored.")},
    {"unknown-k8s-option.typo",
        QT_TRANSLATE_NOOP(
            "Findings", "k8s-experimental.%1 is not known to IoT Edge on Kubernetes and is ignored; did you mean %2?")},
    {"env-value-equals",
        QT_TRANSLATE_NOOP("Findings",
            "The value of %1 contains '=' and would be dropped on Kubernetes; it moves to the module's env section.")},
    {"env-value-equals.shadowed",
        QT_TRANSLATE_NOOP("Findings",
            "The value of %1 contains '=' and would be dropped on Kubernetes; the module's env section sets %1 too, "
            "and wins, so this createOptions entry is removed.")},
    {"env-value-equals.bare",
        QT_TRANSLATE_NOOP("Findings",
            "The value of %1 contains '=' and would be dropped on Kubernetes; move it to the module's env section in "
            "the deployment manifest.")},
    {"env-colon", QT_TRANSLATE_NOOP("Findings", "The variable name %1 contains ':'; it becomes %2.")},
    {"env-colon.taken",
        QT_TRANSLATE_NOOP("Findings",
            "The variable name %1 contains ':' and would become %2, but the module has a variable %2 already: "
            "rename one of the two, or one value would be lost.")},
    {"backoff-note",
        QT_TRANSLATE_NOOP("Findings",
            "While its pod is in the ContainerCreating state (a large image pulled over a slow link), IoT Hub "
            "shows the module as Backoff; it is starting.")},
    {"invalid-create-options",
        QT_TRANSLATE_NOOP("Findings",
            "createOptions is not valid JSON (it breaks at line %1, column %2); the module is left as it was.")},
    {"invalid-create-options.too-deep",
        QT_TRANSLATE_NOOP("Findings",
            "createOptions is nested too deeply to be Docker's create options (from line %1, column %2); the module "
            "is left as it was.")},
    {"invalid-create-options.not-object",
        QT_TRANSLATE_NOOP("Findings", "createOptions is not a JSON object; the module is left as it was.")},
    {"invalid-create-options.chunk",
        QT_TRANSLATE_NOOP(
            "Findings", "%1 is not a string, as every createOptions chunk must be; the module is left as it was.")},
    {"create-options-gap",
        QT_TRANSLATE_NOOP("Findings",
            "The createOptions chunks have a gap (suffixes %1); the device would stop reading at the gap. EdgeShift "
            "joins them in order of their suffix.")},
    {"create-options-gap.stray",
        QT_TRANSLATE_NOOP("Findings",
            "Written like createOptions chunks, but not read as ones (the device reads createOptions01 to "
            "createOptions99, two digits): %1. What they hold is no part of the createOptions, here or on the "
            "device: move it into the chunks the device reads, or remove them.")},
    {"create-options-gap.no-first",
        QT_TRANSLATE_NOOP("Findings",
            "The module has createOptions chunks (suffixes %1) but no createOptions, the first chunk: the device "
            "would read no options at all. EdgeShift joins them in order of their suffix, and writes a module it "
            "changes from createOptions on.")},
    {"duplicate-key", QT_TRANSLATE_NOOP("Findings", "The key %1 appears twice in %2; the last value is used.")},
    {"duplicate-key.create-options",
        QT_TRANSLATE_NOOP("Findings", "The key %1 appears twice in createOptions (at %2); the last value is used.")},
    {"hand-edit-incomplete",
        QT_TRANSLATE_NOOP("Findings",
            "The hand edit of createOptions still needs what these rules would change: %1. Make the changes in the "
            "GPU side, or revert the hand edit.")},
    {"create-options-too-long",
        QT_TRANSLATE_NOOP("Findings",
            "The converted createOptions would need %1 chunks, more than 100; the module is left as it was.")},
};

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString Messages::findingTitle(const QString &ruleId, const QString &subject)
{
    const QString title = ruleTitle(ruleId);
    //: a finding's title where its module has several of its rule: %1 the rule's title, %2 what it is about
    return subject.isEmpty() ? title : tr("%1: %2").arg(title, subject);
}

QString Messages::subjectText(const Finding &finding)
{
    // (A mount's subject is its source and target, "source>target".)
    return fromStd(maskSecrets(finding.subject.str())).replace(QLatin1Char('>'), QStringLiteral(" → "));
}

QString Messages::ruleTitle(const QString &ruleId)
{
    for (const RuleText &t : kRuleTexts) {
        if (ruleId == QLatin1String(t.id))
            return QCoreApplication::translate("Rules", t.title);
    }
    return ruleId;
}

QString Messages::ruleExplanation(const QString &ruleId)
{
    for (const RuleText &t : kRuleTexts) {
        if (ruleId == QLatin1String(t.id))
            return QCoreApplication::translate("Rules", t.explanation);
    }
    return {};
}

QString Messages::sectionName(Section section)
{
    switch (section) {
    case Section::Storage:
        return tr("Storage");
    case Section::Network:
        return tr("Network");
    case Section::ComputeAcceleration:
        return tr("Compute acceleration usage");
    case Section::MemoryAndCpu:
        return tr("Memory and CPU usage");
    case Section::WebProxy:
        return tr("Web proxy");
    case Section::OtherDifferences:
        return tr("Other differences");
    }
    return {};
}

QString Messages::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fix:
        return tr("fix");
    case Kind::Advice:
        return tr("advice");
    case Kind::Manual:
        return tr("manual");
    case Kind::Info:
        return tr("info");
    }
    return {};
}

QString Messages::stateName(FindingState state, Kind kind)
{
    switch (state) {
    case FindingState::Applied:
        return tr("applied");
    case FindingState::Rejected:
        return tr("rejected");
    case FindingState::Open:
        return tr("open");
    case FindingState::Note:
        return tr("note");
    case FindingState::Superseded:
        //: a finding whose change the operator's hand edit of the module replaces
        return tr("hand edit");
    case FindingState::Replaced:
        //: a finding whose change another accepted finding makes its own way
        return tr("replaced");
    case FindingState::NotNeeded:
        if (kind == Kind::Manual)
            //: a problem for the operator that the other decisions solve
            return tr("solved");
        //: an accepted change the other decisions leave nothing to do for
        return tr("not needed");
    }
    return {};
}

QString Messages::notMadeBecause(const Analysis &analysis, const Result &result, const Decisions &decisions,
    const Finding &finding, FindingState state)
{
    if (state == FindingState::Superseded)
        return tr("Not made: your hand edit of this module's createOptions decides. Revert the hand edit to "
                  "decide here again.");
    if (state == FindingState::Replaced) {
        const Finding *replacer = replacedBy(analysis, decisions, finding);
        if (!replacer)
            return {};
        const QString rule = QString::fromUtf8(replacer->rule);
        //: %1 is a rule's title, %2 its id
        return tr("Not made: the accepted change \"%1\" (%2) makes it its own way. Reject that change to decide "
                  "here again.")
            .arg(ruleTitle(rule), rule);
    }
    if (state == FindingState::NotNeeded && finding.kind == Kind::Manual)
        return tr("Solved: as the other changes are decided, the module no longer has this problem.");
    // (Where the finding's sentence, as worded then, says so itself, once is enough.)
    const Wording *wording = wordingOf(analysis, result, finding);
    if (state == FindingState::NotNeeded && wording && wording->message.ends_with(".not-needed"))
        return {};
    if (state == FindingState::NotNeeded)
        return tr("Not made: as the other changes are decided, this module does not need it. It is made as soon "
                  "as they call for it, while it stays accepted.");
    if (state != FindingState::Open || !decisions.accepted(finding))
        return {};
    for (const Param &param : finding.params) {
        const ParamError error
            = validateParam(analysis, result, decisions, finding, param, decisions.param(finding, param));
        if (error != ParamError::None)
            //: %1 is a parameter's label ("Mount source"), %2 why its value is not taken
            return tr("Not made yet: %1 — %2")
                .arg(paramLabel(QString::fromUtf8(param.name)), paramError(error, param.type));
    }
    return {};
}

QString Messages::statusName(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::Ready:
        return tr("GPU-ready");
    case ModuleStatus::Changed:
        return tr("changes proposed");
    case ModuleStatus::NeedsOperator:
        return tr("needs the operator");
    }
    return {};
}

QString Messages::message(const Finding &finding, const Decisions *decisions, const Wording *wording)
{
    static const std::unordered_map<std::string_view, const char *> sentences = [] {
        std::unordered_map<std::string_view, const char *> map;
        for (const MessageText &m : kMessages)
            map.emplace(m.id, m.text);
        return map;
    }();
    const std::string_view id = wording && !wording->message.empty() ? wording->message
        : decisions                                                  ? messageOf(finding, *decisions)
                                                                     : finding.message;
    const bool wordedArgs = wording && !wording->args.empty();
    const std::size_t argCount = wordedArgs ? wording->args.size() : finding.args.size();
    const auto sentence = sentences.find(id);
    const QString text
        = sentence == sentences.end() ? fromStd(id) : QCoreApplication::translate("Findings", sentence->second);
    // %1, %2… are replaced in one pass, so that an argument holding "%2" stays as it is and a
    // sentence may leave an argument out.
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && static_cast<std::size_t>(n) <= argCount) {
                std::string arg = wordedArgs ? wording->args[static_cast<std::size_t>(n - 1)]
                                             : finding.args[static_cast<std::size_t>(n - 1)].str();
                for (const Param &param : finding.params) {
                    if (decisions && !wordedArgs && param.arg == n - 1)
                        arg = decisions->param(finding, param);
                }
                out += fromStd(maskSecrets(arg)).replace(QLatin1Char(kListSeparator), listSeparator());
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString Messages::message(
    const Analysis &analysis, const Result &result, const Decisions &decisions, const Finding &finding)
{
    return message(finding, &decisions, wordingOf(analysis, result, finding));
}

QString Messages::listSeparator()
{
    //: Between the items of a list in a sentence: ports, rule ids, paths
    return tr(", ");
}

QString Messages::paramLabel(const QString &name)
{
    if (name == QLatin1String("count"))
        return tr("GPU count");
    if (name == QLatin1String("type"))
        return tr("Mount type");
    if (name == QLatin1String("source"))
        return tr("Mount source");
    if (name == QLatin1String("name"))
        return tr("New module name");
    if (name == QLatin1String("memory"))
        return tr("Memory limit");
    if (name == QLatin1String("cpu"))
        return tr("CPU limit");
    if (name == QLatin1String("hostPort"))
        return tr("Host port");
    if (name == QLatin1String("image"))
        return tr("Image");
    return name;
}

QString Messages::paramError(ParamError error, ParamType type)
{
    switch (error) {
    case ParamError::None:
        return {};
    case ParamError::Empty:
        return tr("Enter a value.");
    case ParamError::NotANumber:
        return tr("Enter a whole number, in digits, without leading zeros.");
    case ParamError::OutOfRange:
        if (type == ParamType::Port)
            return tr("Enter a port from 1 to 65535.");
        return tr("Enter a number from 1 to %1.").arg(kMaxCount);
    case ParamError::NotAHostPath:
        return tr("A mount of type bind takes a path on the node: start it with /.");
    case ParamError::TooLittleMemory:
        return tr("Less than 1Mi: no container starts with so little memory. Add the unit, as in 512Mi.");
    case ParamError::BelowRequest:
        return tr("Kubernetes refuses a limit below the module's request of it: enter at least the request.");
    case ParamError::NameTaken:
        return tr("Another module has this name on Kubernetes (where names are lower case); choose another.");
    case ParamError::ReservedPort:
        return tr("Host ports 35000 and 35001 are used by the IoT Edge proxy on Kubernetes; choose another.");
    case ParamError::NotAMountType:
        return tr("Enter bind or volume.");
    case ParamError::BadName:
        return tr("Use a-z, 0-9 and '-', start with a letter, end with a letter or digit, at most 63 characters.");
    case ParamError::BadQuantity:
        if (type == ParamType::Memory)
            return tr("Enter a memory size, such as 128Mi or 1Gi.");
        return tr("Enter a CPU amount in cores or millicores, such as 500m or 2.");
    case ParamError::BadImage:
        return tr("Enter an image reference without spaces or quotes.");
    case ParamError::PortTaken:
        return tr("Another port mapping of this module has this host port (the module's Kubernetes service takes "
                  "each port once); choose another.");
    case ParamError::FpgaImage:
        return tr("This image still names the FPGA (fpga, brainwave or catapult); enter the GPU build of the model.");
    case ParamError::NotAVolumeName:
        return tr("A volume's source is the name of an Edge share or a volume, not a path; enter a name, or "
                  "choose bind for a path on the node.");
    case ParamError::NoVolumeName:
        return tr("Kubernetes names the volume after this source's letters, digits and '-', from its first letter "
                  "on, and this one leaves no name; enter a name that has a letter.");
    }
    return {};
}

QString Messages::jsonTypeName(const std::string &type)
{
    //: JSON value types, as in "the file holds a JSON array"
    if (type == "object")
        return tr("object");
    if (type == "array")
        return tr("array");
    if (type == "string")
        return tr("string");
    if (type == "number")
        return tr("number");
    if (type == "boolean")
        return tr("boolean");
    if (type == "null")
        return tr("null");
    return fromStd(type);
}

QString Messages::handEditError(const JsonError &error)
{
    const QString line = QString::number(error.line), column = QString::number(error.column);
    if (error.code == JsonErrorCode::Syntax && !error.detail.empty()) {
        //: %3 the text where it breaks, at most a line
        return tr("Line %1, column %2: this is not valid JSON (at “%3”). Correct it, or discard the edit: until it "
                  "is valid it is not used.")
            .arg(line, column, fromStd(error.detail));
    }
    return tr("Line %1, column %2: this is not valid JSON. Correct it, or discard the edit: until it is valid it "
              "is not used.")
        .arg(line, column);
}

QString Messages::loadError(const LoadError &error, const QString &file)
{
    const QString name = QDir::toNativeSeparators(file);
    switch (error.code) {
    case LoadErrorCode::Json: {
        const JsonError &j = error.json;
        const QString line = QString::number(j.line), column = QString::number(j.column);
        switch (j.code) {
        case JsonErrorCode::Empty:
            return tr("%1: the file is empty. Open a deployment manifest.").arg(name);
        case JsonErrorCode::Syntax:
            //: %4 the text where it breaks, at most a line
            return tr("%1:%2:%3: this is not valid JSON (at “%4”). Correct the file and try again.")
                .arg(name, line, column, fromStd(j.detail));
        case JsonErrorCode::Truncated:
            return tr("%1:%2:%3: the file ends before the JSON does; it may have been cut short. Correct the file "
                      "and try again.")
                .arg(name, line, column);
        case JsonErrorCode::NumberTooLarge:
            return tr("%1:%2:%3: the number %4 is too large for JSON. Correct the file and try again.")
                .arg(name, line, column, fromStd(j.detail).left(40));
        case JsonErrorCode::NumberInexact:
            return tr("%1:%2:%3: the number %4 cannot be kept as written (it has more digits than a number holds "
                      "here, or is too small). Write it as a string, or correct it, and try again.")
                .arg(name, line, column, fromStd(j.detail).left(40));
        case JsonErrorCode::TooDeep:
            return tr("%1:%2:%3: the JSON is nested too deeply. This is not a deployment manifest.")
                .arg(name, line, column);
        case JsonErrorCode::InvalidUtf8:
            return tr("%1:%2:%3: the file is not UTF-8 text. Save it as UTF-8 and try again.").arg(name, line, column);
        case JsonErrorCode::Utf16:
            return tr("%1: the file is UTF-16 text (as Windows PowerShell writes it). Save it as UTF-8 and try "
                      "again.")
                .arg(name);
        case JsonErrorCode::NulByte:
            return tr("%1:%2:%3: the file holds a NUL byte: it is not a text file.").arg(name, line, column);
        }
        break;
    }
    case LoadErrorCode::NotAnObject:
        return tr("%1: the file holds a JSON %2, not an object: it is not a deployment manifest.")
            .arg(name, jsonTypeName(error.expected));
    case LoadErrorCode::NotAManifest:
        return tr("%1: this JSON is neither a deployment manifest (modulesContent) nor createOptions.").arg(name);
    case LoadErrorCode::WrongType:
        return tr("%1: %2 must be a JSON %3. Correct the manifest and try again.")
            .arg(name, fromStd(error.pointer), jsonTypeName(error.expected));
    }
    return name;
}

ReportStrings Messages::reportStrings(
    const Analysis &analysis, const Result &result, const Decisions &decisions, const QString &file)
{
    const Summary summary = summarize(analysis, result);
    ReportStrings s;
    s.title = reportTitle({file}).toStdString();
    const QString ready = result.gpuReady ? tr("The manifest is GPU-ready.") : tr("The manifest is not GPU-ready yet.");
    //: Summary of a report: %1 is "N changes made", %2 "N items left", %3 GPU-ready or not.
    s.summary = tr("%1, %2. %3")
                    .arg(tr("%n change(s) made", nullptr, summary.applied),
                        tr("%n item(s) left for the operator", nullptr, summary.open), ready)
                    .toStdString();
    s.language = Translator::language().replace(QLatin1Char('_'), QLatin1Char('-')).toStdString();
    s.changes = tr("Changes made").toStdString();
    s.open = tr("Left for the operator").toStdString();
    s.rejected = tr("Advice not taken").toStdString();
    s.notes = tr("Notes").toStdString();
    s.none = tr("None.").toStdString();
    s.rule = tr("Rule").toStdString();
    s.module = tr("Module").toStdString();
    s.before = tr("FPGA (before)").toStdString();
    s.after = tr("GPU (after)").toStdString();
    s.removed = tr("(removed)", "the GPU side of a change that removes the FPGA side's value").toStdString();
    s.what = tr("What").toStdString();
    s.message = [&analysis, &result, &decisions](const Finding &f, FindingState state) {
        // (A proposal or advice reads as one; among the changes made, it says it was taken.)
        const QString why = state == FindingState::Applied && f.kind != Kind::Fix
            ? tr("Accepted and made.", "a report's note on an accepted proposal or advice, among the changes made")
            : notMadeBecause(analysis, result, decisions, f, state);
        const QString said = message(analysis, result, decisions, f);
        //: A finding's sentence (%1), then why its change is not made (%2)
        return (why.isEmpty() ? said : tr("%1 %2").arg(said, why)).toStdString();
    };
    return s;
}

QString Messages::reportTitle(const QStringList &files)
{
    if (files.size() == 1)
        return tr("EdgeShift report: %1").arg(QDir::toNativeSeparators(files.front()));
    return tr("EdgeShift report: %n manifest(s)", nullptr, static_cast<int>(files.size()));
}

} // namespace EdgeShift
